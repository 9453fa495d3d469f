/**
 * The compiled gazetteer (27,000 names in the matcher's trie, the entities, the countries) kept on
 * disk between runs. Building it runs ~50,000 names through folding, tokenizing and Russian case
 * rules in code not yet optimised, in every process and every worker thread (0.13 s of an
 * ingest's start-up); reading it back is one JSON.parse and a walk that remakes the Maps.
 *
 * The cache file is keyed by a hash of everything the build reads: the data files, the
 * i18n-iso-countries version and the source of the modules that build (this one, gazetteer.ts,
 * matcher.ts, fold.ts, russian.ts). A changed file gives a new key; a cache that cannot be read,
 * or a source that cannot be found (the key is then unknown), means building, as without a
 * cache. Written to a temporary name and renamed, so concurrent runs never read half a file.
 * UNKG_GAZETTEER_CACHE=0 turns it off; the directory is the OS's temporary one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountryNames, EntityInfo, GazetteerCore } from './gazetteer';
import { aliasRule, matcherOf, type AliasRule, type TrieNode } from './matcher';

/** bumped when the file's layout changes */
const CACHE_FORMAT = 1;
const DATA_FILES = ['bodies.json', 'threats.json', 'groups.json', 'states.json', 'governments.json', 'envoys.json', 'stops.json', 'russian.json'];
const BUILDER_SOURCES = ['./gazetteer-cache.ts', './gazetteer.ts', './matcher.ts', './fold.ts', './russian.ts'];
/** a cache file not written or read for this long is removed by the next run that writes one */
const STALE_MS = 24 * 3600 * 1000;
const DATA_DIR = fileURLToPath(new URL('../../../../data/entities/', import.meta.url));

/** The core from the cache when there is one for these inputs, else built (and cached). */
export function cachedCore(build: () => GazetteerCore): GazetteerCore {
  if (process.env.UNKG_GAZETTEER_CACHE === '0') return build();
  const key = cacheKey();
  if (key === null) return build();
  const directory = join(tmpdir(), 'unkg-cache');
  const path = join(directory, `gazetteer-${key}.json`);
  const found = readCache(path);
  if (found) return found;
  const core = build();
  writeCache(directory, path, core);
  return core;
}

function cacheKey(): string | null {
  const hash = createHash('sha256');
  hash.update(`unkg gazetteer ${CACHE_FORMAT}\0`);
  try {
    for (const name of DATA_FILES) hash.update(readFileSync(DATA_DIR + name)).update('\0');
    for (const source of BUILDER_SOURCES) hash.update(readFileSync(fileURLToPath(new URL(source, import.meta.url)))).update('\0');
    const require = createRequire(import.meta.url);
    hash.update((require('i18n-iso-countries/package.json') as { version: string }).version);
  } catch {
    return null;
  }
  return hash.digest('hex').slice(0, 32);
}

function readCache(path: string): GazetteerCore | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    return decodeCore(JSON.parse(text) as EncodedCore);
  } catch {
    // a damaged file: built again and replaced
    return null;
  }
}

function writeCache(directory: string, path: string, core: GazetteerCore): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(directory, { recursive: true });
    writeFileSync(temporary, JSON.stringify(encodeCore(core)));
    renameSync(temporary, path);
    removeStaleCaches(directory, path);
  } catch {
    // a cache is an optimisation: a read-only or full disk only means building next time too
    rmSync(temporary, { force: true });
  }
}

/**
 * Caches of earlier data or code, once unused for a day (several checkouts of different versions
 * may share the directory, each with its own key).
 */
function removeStaleCaches(directory: string, current: string): void {
  const now = Date.now();
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (!name.startsWith('gazetteer-') || path === current) continue;
    try {
      if (now - statSync(path).atimeMs > STALE_MS && now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    } catch {
      // removed by another run meanwhile
    }
  }
}

/** A rule as [kind, id, caseSensitive, requireCapital, requires?] (booleans as 0/1). */
type EncodedRule = [AliasRule['kind'], string, 0 | 1, 0 | 1] | [AliasRule['kind'], string, 0 | 1, 0 | 1, string];
/** A trie level as a flat list: hash, token, rules (0: none), next level (0: none), … */
type EncodedLevel = Array<number | string | EncodedRule[] | EncodedLevel | 0>;

export interface EncodedCore {
  format: number;
  size: number;
  trie: EncodedLevel;
  entities: EntityInfo[];
  countries: CountryNames[];
  addresseeOnly: string[];
}

export function encodeCore(core: GazetteerCore): EncodedCore {
  return {
    format: CACHE_FORMAT,
    size: core.matcher.size,
    trie: encodeLevel(core.matcher.root),
    entities: [...core.entities.values()],
    countries: core.countries,
    addresseeOnly: [...core.addresseeOnly],
  };
}

function encodeLevel(level: Map<number, TrieNode>): EncodedLevel {
  const out: EncodedLevel = [];
  for (const [hash, node] of level) {
    const rules = node.rules ? node.rules.map(encodeRule) : 0;
    out.push(hash, node.token, rules, node.next ? encodeLevel(node.next) : 0);
  }
  return out;
}

function encodeRule(rule: AliasRule): EncodedRule {
  const head: EncodedRule = [rule.kind, rule.id, rule.caseSensitive ? 1 : 0, rule.requireCapital ? 1 : 0];
  return rule.requires === undefined ? head : [...head, rule.requires];
}

export function decodeCore(encoded: EncodedCore): GazetteerCore {
  if (encoded.format !== CACHE_FORMAT) throw new Error('another cache format');
  const root = new Map<number, TrieNode>();
  decodeLevel(encoded.trie, root);
  const matcher = matcherOf(root, encoded.size);
  const entities = new Map<string, EntityInfo>();
  for (const info of encoded.entities) entities.set(`${info.kind}:${info.id}`, info);
  return { matcher, entities, countries: encoded.countries, addresseeOnly: new Set(encoded.addresseeOnly) };
}

function decodeLevel(encoded: EncodedLevel, level: Map<number, TrieNode>): void {
  for (let index = 0; index < encoded.length; index += 4) {
    const rules = encoded[index + 2] as EncodedRule[] | 0;
    const next = encoded[index + 3] as EncodedLevel | 0;
    const node: TrieNode = { token: encoded[index + 1] as string, next: null, rules: rules === 0 ? null : rules.map(decodeRule) };
    if (next !== 0) decodeLevel(next, (node.next = new Map()));
    level.set(encoded[index] as number, node);
  }
}

function decodeRule(encoded: EncodedRule): AliasRule {
  return aliasRule(encoded[0], encoded[1], encoded[2] === 1, encoded[3] === 1, encoded.length > 4 ? encoded[4] : undefined);
}
