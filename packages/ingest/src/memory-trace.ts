/**
 * A debugging aid, off by default: with `UNKG_MEMORY_TRACE=<file>` in the environment, the main
 * thread and every ingest worker append a sample of `process.memoryUsage()` to `<file>` about
 * every 100 ms, one JSON line each: `{"t":ms since the epoch,"thread":0 for the main thread or the
 * worker's id,"rss":…,"heapUsed":…,"heapTotal":…,"external":…,"arrayBuffers":…,"spaces":{"old":
 * [committed,used],"code":…,"new":…,…}}` (bytes; rss is the process's, the others the thread's own
 * heap; `spaces` are V8's heap spaces that hold any room, to tell the old space from code, the
 * young generation or large objects). Nothing is written anywhere else, and the output of a run is
 * the same with it or without it. A worker samples between files (its event loop runs only then),
 * so a long file gives a longer interval.
 */
import { appendFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { threadId } from 'node:worker_threads';

const INTERVAL_MS = 100;

let tracing = false;

/** Starts sampling this thread's memory into the trace file when one is named; stops with the thread (or the returned function). */
export function startMemoryTrace(): () => void {
  const file = process.env.UNKG_MEMORY_TRACE;
  if (!file || tracing) return () => {};
  tracing = true;
  const sample = (): void => {
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    // each heap space's committed and used bytes: which of them grows (old, code, new, large objects)
    const spaces: Record<string, [number, number]> = {};
    for (const space of getHeapSpaceStatistics()) {
      if (space.space_size > 0)
        spaces[space.space_name.replace(/_space$/, '')] = [space.space_size, space.space_used_size];
    }
    appendFileSync(
      file,
      `${JSON.stringify({ t: Date.now(), thread: threadId, rss, heapUsed, heapTotal, external, arrayBuffers, spaces })}\n`,
    );
  };
  sample();
  const timer = setInterval(sample, INTERVAL_MS);
  // the sampling never keeps a thread alive
  timer.unref();
  return () => {
    clearInterval(timer);
    tracing = false;
    sample();
  };
}
