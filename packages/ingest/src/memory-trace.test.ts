import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startMemoryTrace } from './memory-trace';

const work = mkdtempSync(join(tmpdir(), 'unkg-memory-trace-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('startMemoryTrace', () => {
  it('writes nothing without UNKG_MEMORY_TRACE, and JSON lines of process.memoryUsage() with it', () => {
    const file = join(work, 'trace.jsonl');
    const previous = process.env.UNKG_MEMORY_TRACE;
    try {
      delete process.env.UNKG_MEMORY_TRACE;
      startMemoryTrace()();
      expect(() => readFileSync(file)).toThrow();
      process.env.UNKG_MEMORY_TRACE = file;
      const stop = startMemoryTrace();
      // a second start while tracing adds no second timer
      startMemoryTrace()();
      stop();
      const samples = readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map(
          (line) => JSON.parse(line) as Record<string, number> & { spaces: Record<string, [number, number]> },
        );
      expect(samples).toHaveLength(2);
      for (const sample of samples) {
        expect(Object.keys(sample)).toEqual([
          't',
          'thread',
          'rss',
          'heapUsed',
          'heapTotal',
          'external',
          'arrayBuffers',
          'spaces',
        ]);
        expect(sample.rss).toBeGreaterThan(sample.heapUsed!);
        // each space's committed and used bytes, named without the "_space" suffix
        const [committed, used] = sample.spaces.old!;
        expect(committed).toBeGreaterThanOrEqual(used);
        expect(used).toBeGreaterThan(0);
      }
    } finally {
      if (previous === undefined) delete process.env.UNKG_MEMORY_TRACE;
      else process.env.UNKG_MEMORY_TRACE = previous;
    }
  });
});
