/**
 * Worker-thread entry: processes the files the pool sends, one message per file, and answers
 * with the plain-data FileResult. The pool runs it as a bundle built at the start of the run
 * (worker-bundle.ts), or through worker-bootstrap.mjs, which registers tsx, if that build fails.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startMemoryTrace } from './memory-trace';
import { loadEntityExtractor, processFile, SentNodes, type WorkerResult } from './pipeline';
import type { SourceFile } from './walk';

interface WorkerSetup {
  entities: boolean;
}

startMemoryTrace();
const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread (see worker-pool.ts)');

const extractEntities = setup.entities ? await loadEntityExtractor() : undefined;
// a worker serves one run and gets its files one at a time, in increasing order (worker-pool.ts)
const sent = new SentNodes();
port.on('message', (message: { index: number; file: SourceFile }) => {
  void processFile(message.file, { extractEntities, sent }).then(({ record, ...rest }) => {
    // the record's line as UTF-8 bytes, moved: the main thread holds records as bytes, and a
    // string would be copied into its heap (twice the characters for most lines) only to be encoded there
    const bytes = record ? new TextEncoder().encode(record.line) : null;
    const result: WorkerResult = { ...rest, record: record && bytes ? { key: record.key, line: bytes } : null };
    port.postMessage({ index: message.index, result }, bytes ? [bytes.buffer] : []);
  });
});
port.postMessage({ ready: true });
