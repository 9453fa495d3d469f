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
const encoder = new TextEncoder();
/**
 * Room the record lines are encoded into, moved to the main thread with each result and moved
 * back with the next file (worker-pool.ts): one buffer goes back and forth, rather than a new one
 * for every record that the main thread would free only at its next collection.
 */
let room = new Uint8Array(1 << 20);
port.on('message', (message: { index: number; file: SourceFile; room?: ArrayBuffer }) => {
  if (message.room) room = new Uint8Array(message.room);
  void processFile(message.file, { extractEntities, sent }).then(({ record, ...rest }) => {
    // the record's line as UTF-8 bytes, moved: the main thread holds records as bytes, and a
    // string would be copied into its heap (twice the characters for most lines) only to be encoded there
    const bytes = record ? encodeLine(record.line) : null;
    const result: WorkerResult = { ...rest, record: record && bytes ? { key: record.key, line: bytes } : null };
    port.postMessage({ index: message.index, result }, bytes ? [bytes.buffer as ArrayBuffer] : []);
  });
});

/** A line's UTF-8 bytes in `room` (grown when too small, at most 3 bytes a UTF-16 unit). */
function encodeLine(line: string): Uint8Array {
  if (room.byteLength < line.length * 3) room = new Uint8Array(line.length * 3);
  return room.subarray(0, encoder.encodeInto(line, room).written);
}
port.postMessage({ ready: true });
