/**
 * Real texts for tests that check a property over many documents (shapes.test.ts, triggers.test.ts):
 * the seeds, the news and every n-th file of the parallel corpus, read and segmented once per step.
 * Without ../shared the list is empty, and in CI that is an error.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadFile } from '../load';
import { analyseDocument } from '../pipeline';
import type { SegmentedDocument } from '../types';

const CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));

const read = new Map<number, SegmentedDocument[]>();

export function corpusSample(every: number): SegmentedDocument[] {
  const cached = read.get(every);
  if (cached) return cached;
  if (!existsSync(CORPUS)) {
    if (process.env.CI) throw new Error(`${CORPUS} is missing: the corpus is needed`);
    return [];
  }
  const paths = [
    ...readdirSync(`${CORPUS}seeds`).filter((name) => name.endsWith('.txt')).map((name) => `${CORPUS}seeds/${name}`),
    ...readdirSync(`${CORPUS}news/text`).map((name) => `${CORPUS}news/text/${name}`),
    ...readdirSync(`${CORPUS}unsc/text`).sort().filter((_, index) => index % every === 0).map((name) => `${CORPUS}unsc/text/${name}`),
  ];
  const documents = paths.map((path) => analyseDocument(loadFile(path)));
  read.set(every, documents);
  return documents;
}
