/**
 * Scale: the same graph.json, byte for byte, whatever the route — one run, one run whose document
 * records spill to sorted runs on disk, worker threads, or shards (`--shard i/n`, on "several
 * machines") merged with `unkg merge`. On the samples and a share of the UN corpus in six
 * languages, so that nodes are contributed by many files of every part.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestToFile, mergeShards, processPaths, writeShardRun } from '@unkg/ingest/pipeline';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus/unsc/text');
const hasCorpus = existsSync(CORPUS);

/** The samples, and every text of 2020 resolutions 2505-2524 in six languages (they cite each other). */
function inputs(): string[] {
  const paths = [join(ROOT, 'data/samples')];
  if (hasCorpus) for (const name of readdirSync(CORPUS)) if (/^S_RES_25[0-2]\d_2020\./.test(name)) paths.push(join(CORPUS, name));
  return paths;
}

let work: string;
let reference: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'unkg-shards-'));
  reference = join(work, 'one', 'graph.json');
  await ingestToFile(inputs(), reference, { workers: 1 });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const bytes = (path: string) => readFileSync(path);

describe('one graph.json whatever the route', () => {
  it('spilling document records to sorted runs on disk gives the same bytes', async () => {
    const path = join(work, 'spilled', 'graph.json');
    const report = await ingestToFile(inputs(), path, { workers: 1, spillBytes: 50_000 });
    expect(report.spilledRuns).toBeGreaterThan(5);
    expect(bytes(path).equals(bytes(reference))).toBe(true);
    // the run files are gone
    expect(readdirSync(join(work, 'spilled'))).toEqual(['graph.json']);
  }, 300_000);

  it('shards merged with unkg merge give the same bytes, spilled or not, with workers or not', async () => {
    const count = 3;
    const files: string[] = [];
    for (let index = 1; index <= count; index++) {
      const run = await processPaths(inputs(), { shard: { index, count }, workers: index === 2 ? 2 : 1, spillDirectory: join(work, 'shards'), spillBytes: index === 3 ? 40_000 : undefined });
      const file = join(work, 'shards', `shard-${index}-of-${count}.unkg`);
      writeShardRun(run, file);
      files.push(file);
    }
    // the parts in any order
    const merged = join(work, 'merged', 'graph.json');
    const report = mergeShards([files[2]!, files[0]!, files[1]!], merged);
    expect(bytes(merged).equals(bytes(reference))).toBe(true);
    expect(report.files.read).toBe(report.files.found);
    // and through the command, from the directory
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/cli.ts', 'merge', join(work, 'shards'), '--out', join(work, 'cli'), '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(bytes(join(work, 'cli', 'graph.json')).equals(bytes(reference))).toBe(true);
  }, 300_000);

  it('refuses a missing part, a part given twice, and parts of different runs', async () => {
    const shard = async (index: number, count: number, paths = inputs()) => {
      const file = join(work, 'bad', `shard-${index}-of-${count}-${paths.length}.unkg`);
      writeShardRun(await processPaths(paths, { shard: { index, count }, workers: 1, entities: false, spillDirectory: join(work, 'bad') }), file);
      return file;
    };
    const [one, two] = [await shard(1, 2), await shard(2, 2)];
    expect(() => mergeShards([one], join(work, 'bad', 'graph.json'))).toThrow('missing part 2 of 2');
    expect(() => mergeShards([one, two, one], join(work, 'bad', 'graph.json'))).toThrow(/part 1\/2 again/);
    const other = await shard(2, 2, inputs().slice(0, 1));
    expect(() => mergeShards([one, other], join(work, 'bad', 'graph.json'))).toThrow(/shard 2\/2 of another run/);
    // a shard written before documents carried their layout links (no L rows)
    const old = join(work, 'bad', 'old-1-of-2.unkg');
    writeFileSync(old, readFileSync(one, 'utf8').split('\n').filter((line) => !line.startsWith('["L"')).join('\n'));
    expect(() => mergeShards([old, two], join(work, 'bad', 'graph.json'))).toThrow(/old-1-of-2.unkg: a shard file of an older unkg/);
    expect(existsSync(join(work, 'bad', 'graph.json'))).toBe(false);
  }, 300_000);
});
