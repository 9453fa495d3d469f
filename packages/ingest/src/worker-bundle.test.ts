import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { loadEntityExtractor, processFile, type FileResult, type WorkerResult } from './pipeline';
import { buildWorkerBundle } from './worker-bundle';

const SAMPLE = fileURLToPath(new URL('../../../data/samples/seeds/003_806dc498987e8b5c.txt', import.meta.url));

/** Starts a worker on `entry`, sends it one file, and returns its answer (the record's line, sent as UTF-8 bytes, as text). */
function processInWorker(entry: URL, source: string): Promise<FileResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { entities: true } });
    worker.on('message', (reply: { ready: true } | { index: number; result: WorkerResult }) => {
      if ('ready' in reply) worker.postMessage({ index: 0, file: { path: source, name: 'samples/sample.txt' } });
      else {
        const { record, ...rest } = reply.result;
        expect(record?.line).toBeInstanceOf(Uint8Array);
        const line = record ? new TextDecoder().decode(record.line as Uint8Array) : null;
        void worker.terminate().then(() => resolve({ ...rest, record: record && line !== null ? { key: record.key, line } : null }));
      }
    });
    worker.on('error', reject);
  });
}

describe('buildWorkerBundle', () => {
  it('builds a worker that gives exactly the in-process result, entities and data files included', async () => {
    expect(existsSync(SAMPLE)).toBe(true);
    const bundle = await buildWorkerBundle();
    try {
      const fromWorker = await processInWorker(bundle.url, SAMPLE);
      const inProcess = await processFile({ path: SAMPLE, name: 'samples/sample.txt' }, { extractEntities: await loadEntityExtractor() });
      expect(fromWorker.nodes.some((value, index) => index % 2 === 0 && value.startsWith('body:'))).toBe(true);
      expect(fromWorker.record?.line).toContain('"MANDATES"');
      expect(fromWorker).toEqual(inProcess);
    } finally {
      bundle.dispose();
    }
    expect(existsSync(fileURLToPath(bundle.url))).toBe(false);
  }, 60_000);
});
