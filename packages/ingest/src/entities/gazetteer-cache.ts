/**
 * The compiled gazetteer (27,000 names in the matcher's trie, the entities, the countries) kept on
 * disk between runs. Building it runs ~50,000 names through folding, tokenizing and Russian case
 * rules in code not yet optimised, in every process and every worker thread (0.13 s of an
 * ingest's start-up); reading it back is a JSON.parse of its strings and a walk over the trie's
 * 32-bit words that remakes the Maps. (The trie as nested JSON arrays, 3.5 MB, cost about twice
 * as much to read: a number parsed and an array made for every level and rule.)
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
import type { BodyNames, CountryNames, EntityInfo, GazetteerCore } from './gazetteer';
import { aliasRule, matcherOf, type AliasRule, type TrieNode } from './matcher';

/** bumped when the file's layout changes */
const CACHE_FORMAT = 3;
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
  const path = join(directory, `gazetteer-${key}.bin`);
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
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return null;
  }
  try {
    return decodeCore(file);
  } catch {
    // a damaged file: built again and replaced
    return null;
  }
}

function writeCache(directory: string, path: string, core: GazetteerCore): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(directory, { recursive: true });
    writeFileSync(temporary, encodeCore(core));
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

/**
 * The file: a header of four 32-bit words (MAGIC, CACHE_FORMAT, the byte length of the JSON part,
 * the number of words of the trie), the JSON part (strings, entities, countries) and the trie as
 * 32-bit words, so that reading it parses no number and makes no array per trie level or rule.
 * The trie is written level by level, depth first: a level is its node count, then per node
 * hash, token (index in `strings`), rule count, each rule as four words (kind, id and requires as
 * indexes in `strings`, requires -1 when none; flags: 1 case-sensitive, 2 capital required), and
 * the node's next level (a count of 0 when none).
 */
const MAGIC = 0x756b4746;
const HEADER_WORDS = 4;

interface EncodedStrings {
  size: number;
  strings: string[];
  entities: EntityInfo[];
  countries: CountryNames[];
  addresseeOnly: string[];
  bodies: BodyNames[];
}

export function encodeCore(core: GazetteerCore): Uint8Array {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const stringIndex = (value: string): number => {
    let index = indexes.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      indexes.set(value, index);
    }
    return index;
  };
  const words: number[] = [];
  const encodeLevel = (level: Map<number, TrieNode> | null): void => {
    words.push(level ? level.size : 0);
    if (!level) return;
    for (const [hash, node] of level) {
      words.push(hash, stringIndex(node.token), node.rules ? node.rules.length : 0);
      for (const rule of node.rules ?? []) {
        const flags = (rule.caseSensitive ? 1 : 0) | (rule.requireCapital ? 2 : 0);
        words.push(stringIndex(rule.kind), stringIndex(rule.id), rule.requires === undefined ? -1 : stringIndex(rule.requires), flags);
      }
      encodeLevel(node.next);
    }
  };
  encodeLevel(core.matcher.root);
  const encoded: EncodedStrings = {
    size: core.matcher.size,
    strings,
    entities: [...core.entities.values()],
    countries: core.countries,
    addresseeOnly: [...core.addresseeOnly],
    bodies: core.bodies,
  };
  const json = Buffer.from(JSON.stringify(encoded), 'utf8');
  const jsonBytes = (json.length + 3) & ~3;
  const file = new Uint8Array(HEADER_WORDS * 4 + jsonBytes + words.length * 4);
  const header = new Int32Array(file.buffer, 0, HEADER_WORDS);
  header.set([MAGIC, CACHE_FORMAT, json.length, words.length]);
  file.set(json, HEADER_WORDS * 4);
  new Int32Array(file.buffer, HEADER_WORDS * 4 + jsonBytes, words.length).set(words);
  return file;
}

export function decodeCore(file: Uint8Array): GazetteerCore {
  if (file.byteLength < HEADER_WORDS * 4) throw new Error('no header');
  // an aligned copy of the header (a Buffer may start anywhere in its pool)
  const header = new Int32Array(file.slice(0, HEADER_WORDS * 4).buffer);
  if (header[0] !== MAGIC || header[1] !== CACHE_FORMAT) throw new Error('another cache format');
  const jsonLength = header[2]!;
  const wordCount = header[3]!;
  const jsonBytes = (jsonLength + 3) & ~3;
  const wordsAt = HEADER_WORDS * 4 + jsonBytes;
  if (jsonLength < 0 || wordCount < 0 || file.byteLength !== wordsAt + wordCount * 4) throw new Error('a cut or damaged file');
  const encoded = JSON.parse(Buffer.from(file.buffer, file.byteOffset + HEADER_WORDS * 4, jsonLength).toString('utf8')) as EncodedStrings;
  const offset = file.byteOffset + wordsAt;
  const words = offset % 4 === 0 ? new Int32Array(file.buffer, offset, wordCount) : new Int32Array(file.slice(wordsAt).buffer);
  const { strings } = encoded;
  const string = (index: number): string => {
    const value = strings[index];
    if (value === undefined) throw new Error('a damaged file');
    return value;
  };
  let at = 0;
  const decodeLevel = (level: Map<number, TrieNode>, count: number): void => {
    for (let node = 0; node < count; node++) {
      const hash = words[at]!;
      const token = string(words[at + 1]!);
      const ruleCount = words[at + 2]!;
      at += 3;
      let rules: AliasRule[] | null = null;
      if (ruleCount > 0) {
        rules = [];
        for (let rule = 0; rule < ruleCount; rule++) {
          const requires = words[at + 2]!;
          const flags = words[at + 3]!;
          rules.push(aliasRule(string(words[at]!) as AliasRule['kind'], string(words[at + 1]!), (flags & 1) !== 0, (flags & 2) !== 0, requires < 0 ? undefined : string(requires)));
          at += 4;
        }
      }
      const trieNode: TrieNode = { token, next: null, rules };
      const nextCount = words[at++]!;
      if (nextCount > 0) decodeLevel((trieNode.next = new Map()), nextCount);
      level.set(hash, trieNode);
    }
  };
  const root = new Map<number, TrieNode>();
  decodeLevel(root, words[at++]!);
  if (at !== wordCount) throw new Error('a damaged file');
  const matcher = matcherOf(root, encoded.size);
  const entities = new Map<string, EntityInfo>();
  for (const info of encoded.entities) entities.set(`${info.kind}:${info.id}`, info);
  if (!Array.isArray(encoded.bodies)) throw new Error('a damaged file');
  return { matcher, entities, countries: encoded.countries, addresseeOnly: new Set(encoded.addresseeOnly), bodies: encoded.bodies };
}
