/**
 * The graph the browser tests load: the real pipeline over data/samples when both exist (the
 * graph users see first), else the viewer's small contract-following test graph, saying so.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serializeGraph } from '@unkg/graph';
import { buildTestGraph } from '@unkg/viewer/test-graph';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const SAMPLES = resolve(PROJECT_ROOT, 'data/samples');
const PIPELINE = resolve(PROJECT_ROOT, 'packages/ingest/src/pipeline.ts');

export interface SampleGraph {
  json: string;
  origin: string;
}

function hasFiles(directory: string): boolean {
  return existsSync(directory) && readdirSync(directory, { recursive: true, withFileTypes: true }).some((entry) => entry.isFile() && !entry.name.endsWith('.md'));
}

export async function sampleGraph(): Promise<SampleGraph> {
  if (existsSync(PIPELINE) && hasFiles(SAMPLES)) {
    const { ingestPaths } = (await import('@unkg/ingest/pipeline')) as typeof import('@unkg/ingest/pipeline');
    const { graph } = await ingestPaths([SAMPLES], { workers: 1 });
    return { json: serializeGraph(graph), origin: 'the ingest pipeline over data/samples' };
  }
  return { json: serializeGraph(buildTestGraph()), origin: 'the viewer test graph (packages/viewer/src/test-graph.ts): no pipeline or data/samples yet' };
}
