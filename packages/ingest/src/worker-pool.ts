/**
 * A small pool of worker threads for per-file work: files are handed out one at a time as
 * workers become free (so large files do not stall a whole batch), and each result is handed to
 * `onResult` with the file's position as it arrives (the assembler does not depend on the order).
 */
import { Worker } from 'node:worker_threads';
import type { WorkerResult } from './pipeline';
import type { SourceFile } from './walk';
import type { WorkerBundle } from './worker-bundle';

/** Runs worker.ts through tsx: the fallback when the prebuilt bundle cannot be built. */
const BOOTSTRAP = new URL('./worker-bootstrap.mjs', import.meta.url);

type Reply = { ready: true } | { index: number; result: WorkerResult };

export async function processInWorkers(
  files: SourceFile[],
  options: { workers: number; entities: boolean },
  onResult: (position: number, result: WorkerResult) => void,
  onProgress?: (done: number, total: number, source: string) => void,
): Promise<void> {
  let next = 0;
  let done = 0;
  const count = Math.max(1, Math.min(options.workers, files.length));
  // imported here, not at the top: it loads esbuild, which a run without workers never needs
  const bundle = await import('./worker-bundle')
    .then(({ buildWorkerBundle }) => buildWorkerBundle())
    .catch((): WorkerBundle | undefined => undefined);
  const entry = bundle?.url ?? BOOTSTRAP;
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(entry, { workerData: { entities: options.entities } });
      let finished = false;
      const handOut = (): void => {
        if (next >= files.length) {
          finished = true;
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        if (room) worker.postMessage({ index, file: files[index], room }, [room]);
        else worker.postMessage({ index, file: files[index] });
        room = undefined;
      };
      /** the worker's room for record lines, back from it with a result, to be moved back with the next file (worker.ts) */
      let room: ArrayBuffer | undefined;
      worker.on('message', (reply: Reply) => {
        if ('ready' in reply) return handOut();
        // onResult copies the line's bytes (assemble.ts): the room is free again after it
        onResult(reply.index, reply.result);
        const line = reply.result.record?.line;
        room = line instanceof Uint8Array ? (line.buffer as ArrayBuffer) : undefined;
        done++;
        onProgress?.(done, files.length, reply.result.source);
        handOut();
      });
      worker.on('error', (error: Error) => {
        finished = true;
        reject(new Error(`ingest worker failed: ${error.message}`));
      });
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`ingest worker stopped unexpectedly (exit code ${code})`));
      });
    });
  try {
    await Promise.all(Array.from({ length: count }, runWorker));
  } finally {
    bundle?.dispose();
  }
}
