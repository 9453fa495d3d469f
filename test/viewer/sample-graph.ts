/** The graph the browser tests load: the sample corpus (test/support), as graph.json text. */
import { resolve } from 'node:path';
import { serializeGraph } from '@unkg/graph';
import { layoutGraph } from '@unkg/graph/layout';
import { sampleGraph as sampleCorpus } from '../support/sample-graph';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface SampleGraph {
  json: string;
  origin: string;
}

/** As `unkg ingest` writes it: laid out (`layout: false` for a graph.json without positions). */
export async function sampleGraph(options: { layout?: boolean } = {}): Promise<SampleGraph> {
  const { graph, origin } = await sampleCorpus();
  const copy = graph.copy();
  if (options.layout !== false) layoutGraph(copy);
  return { json: serializeGraph(copy), origin };
}
