import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCore, readDataFile, type EnvoysFile, type StatesFile } from './gazetteer';
import { cachedCore, decodeCore, encodeCore } from './gazetteer-cache';
import { scan } from './matcher';

const build = () => buildCore(readDataFile<StatesFile>('states.json'), readDataFile<EnvoysFile>('envoys.json'));

describe('gazetteer cache', () => {
  const original = { TMPDIR: process.env.TMPDIR, UNKG_GAZETTEER_CACHE: process.env.UNKG_GAZETTEER_CACHE };
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'unkg-gazetteer-test-'));
    process.env.TMPDIR = directory; // os.tmpdir() reads it on every call
    delete process.env.UNKG_GAZETTEER_CACHE;
  });
  afterEach(() => {
    for (const [name, value] of Object.entries(original)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(directory, { recursive: true, force: true });
  });

  it('gives back the core it was given: the same trie, rules, entities, countries', () => {
    const built = build();
    const revived = decodeCore(encodeCore(built));
    expect(revived.matcher.size).toBe(built.matcher.size);
    expect(revived.matcher.rootBits).toEqual(built.matcher.rootBits);
    expect(revived.matcher.root).toEqual(built.matcher.root);
    expect([...revived.entities]).toEqual([...built.entities]);
    expect(revived.countries).toEqual(built.countries);
    expect([...revived.addresseeOnly]).toEqual([...built.addresseeOnly]);
    // bodies.json's names by language, for references.ts: a warm run does not parse bodies.json again
    expect(revived.bodies).toEqual(built.bodies);
    expect(revived.bodies.find((body) => body.id === 'UNOCT')?.names['fr']).toContain('Bureau de lutte contre le terrorisme');
    const text = 'The Counter-Terrorism Committee and the Government of Mali, with l\u2019ONUDC.';
    expect(scan(revived.matcher, { text })).toEqual(scan(built.matcher, { text }));
  });

  it('builds once, then reads the file; a damaged file is built again and replaced', () => {
    let builds = 0;
    const counted = () => {
      builds++;
      return build();
    };
    const first = cachedCore(counted);
    const files = readdirSync(join(directory, 'unkg-cache'));
    expect(files).toHaveLength(1);
    const second = cachedCore(counted);
    expect(builds).toBe(1);
    expect(second.matcher.root).toEqual(first.matcher.root);
    const path = join(directory, 'unkg-cache', files[0]!);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 8));
    cachedCore(counted);
    expect(builds).toBe(2);
    cachedCore(counted);
    expect(builds).toBe(2);
    writeFileSync(path, '{"format":1,"trie":[');
    cachedCore(counted);
    expect(builds).toBe(3);
  });

  it('is not used when UNKG_GAZETTEER_CACHE=0', () => {
    process.env.UNKG_GAZETTEER_CACHE = '0';
    let builds = 0;
    cachedCore(() => (builds++, build()));
    cachedCore(() => (builds++, build()));
    expect(builds).toBe(2);
  });
});
