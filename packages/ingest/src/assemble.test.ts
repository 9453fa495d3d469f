import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentRuns } from './assemble';

const work = mkdtempSync(join(tmpdir(), 'unkg-assemble-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every entry of the sorted sources, merged by key then position (as the assembler merges them). */
function entries(runs: DocumentRuns): Array<{ key: string; index: number; line: string }> {
  const all: Array<{ key: string; index: number; line: string }> = [];
  for (const source of runs.sources()) {
    for (let next = source.next(); !next.done; next = source.next()) {
      const { key, index, line } = next.value;
      all.push({ key, index, line: typeof line === 'string' ? line : Buffer.from(line).toString('utf8') });
    }
  }
  return all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
}

describe('DocumentRuns', () => {
  it('copies a line given as bytes: the caller reuses its buffer at once (a worker gets its room back), held and spilled lines intact', () => {
    const runs = new DocumentRuns(join(work, 'reused'), 40_000);
    const room = new Uint8Array(1 << 16);
    const expected: Array<{ key: string; index: number; line: string }> = [];
    for (let index = 0; index < 60; index++) {
      const key = `doc-${String((index * 37) % 60).padStart(2, '0')}`;
      // a line past U+00FF (a curly quote, Arabic), a few KB long
      const line = JSON.stringify({ key, text: `“${'س'.repeat(index * 40)}” ${index}` });
      const { written } = new TextEncoder().encodeInto(line, room);
      runs.add(key, index, [0, 0, 0, 0, 0, 0, [], key], room.subarray(0, written));
      room.fill(0x7a);
      expected.push({ key, index, line });
    }
    expect(runs.runCount).toBeGreaterThan(2);
    expect(entries(runs)).toEqual(expected.sort((a, b) => (a.key < b.key ? -1 : 1)));
    runs.dispose();
  });

  it('reuses its slabs from one run to the next: the room held does not grow with the lines added', () => {
    const runs = new DocumentRuns(join(work, 'slabs'), 200_000);
    const line = 'x'.repeat(9_000);
    for (let index = 0; index < 400; index++) runs.add(`doc-${index}`, index, [0, 0, 0, 0, 0, 0, [], ''], line);
    // 3.6 MB of lines in runs of 200 KB: one 1 MB slab, used again after each spill
    expect(runs.runCount).toBeGreaterThan(15);
    expect(runs.slabBytes).toBe(1 << 20);
    expect(entries(runs)).toHaveLength(400);
    runs.dispose();
  });
});
