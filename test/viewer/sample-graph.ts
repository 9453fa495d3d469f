/** The graph the browser tests load: the sample corpus (test/support), as graph.json text. */
import { resolve } from 'node:path';
import { serializeGraph } from '@unkg/graph';
import { sampleGraph as sampleCorpus } from '../support/sample-graph';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface SampleGraph {
  json: string;
  origin: string;
}

export async function sampleGraph(): Promise<SampleGraph> {
  const { graph, origin } = await sampleCorpus();
  return { json: serializeGraph(graph), origin };
}
