/**
 * The sample corpus graph every cross-package test works on: data/samples through the real
 * ingest pipeline, built once per test file. The path is given relative to the working
 * directory, as a user would type it; document keys read `doc:samples/…` however it is typed.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeGraph } from '@unkg/graph';
import { ingestPaths } from '@unkg/ingest/pipeline';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLES = relative(process.cwd(), join(ROOT, 'data/samples')) || '.';

export interface SampleGraph {
  graph: KnowledgeGraph;
  origin: string;
}

let sample: Promise<SampleGraph> | undefined;

export function sampleGraph(): Promise<SampleGraph> {
  sample ??= ingestPaths([SAMPLES], { workers: 1 }).then(({ graph }) => ({
    graph,
    origin: `data/samples (${graph.order} nodes, ${graph.size} edges)`,
  }));
  return sample;
}
