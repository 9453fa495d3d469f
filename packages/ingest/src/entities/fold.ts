/**
 * Length-preserving folding: every UTF-16 code unit maps to one code unit (lower case, accents
 * stripped, typographic apostrophes and dashes unified), so offsets in folded text are offsets
 * in the original. Built once as a 64K table: folding 10 MB is a single pass.
 */
import { Buffer } from 'node:buffer';

const FOLD = buildFoldTable();
/** A Uint16Array's bytes are UTF-16LE only on a little-endian machine (decodeUnits' fast path). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** 1 for letters and digits (token characters), 2 for CJK ideographs and kana (one token each). */
const CHAR_CLASS = buildCharClassTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    table[code] = code;
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const base = String.fromCharCode(code).normalize('NFD')[0] ?? '';
    const lower = base.toLowerCase();
    if (lower.length === 1) table[code] = lower.charCodeAt(0);
    else if (base.length === 1) table[code] = base.charCodeAt(0);
  }
  for (const quote of '\u2019\u2018\u02bc\u2032\u00b4`') table[quote.charCodeAt(0)] = 0x27;
  for (const dash of '\u2010\u2011\u2012\u2013\u2014\u2212') table[dash.charCodeAt(0)] = 0x2d;
  for (const space of '\u00a0\u202f\u2007\u2009') table[space.charCodeAt(0)] = 0x20;
  return table;
}

function buildCharClassTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}\p{M}]/u;
  const ideograph = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (ideograph.test(char)) table[code] = 2;
    else if (word.test(char)) table[code] = 1;
  }
  return table;
}

/**
 * Code units back to a string. Long runs go through a Buffer view (one copy into a two-byte
 * string, ~10× faster than String.fromCharCode over a whole document); a Buffer costs more than
 * it saves on a word.
 */
export function decodeUnits(units: Uint16Array, from = 0, to = units.length): string {
  const length = to - from;
  if (length <= 8) {
    let word = '';
    for (let index = from; index < to; index++) word += String.fromCharCode(units[index]!);
    return word;
  }
  if (length <= 64 || !LITTLE_ENDIAN) return fromCharCodes(units, from, to);
  return Buffer.from(units.buffer, units.byteOffset + from * 2, length * 2).toString('utf16le');
}

function fromCharCodes(units: Uint16Array, from: number, to: number): string {
  const parts: string[] = [];
  for (let start = from; start < to; start += 8192) {
    parts.push(String.fromCharCode.apply(null, units.subarray(start, Math.min(to, start + 8192)) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * The same string as a fresh flat copy, one byte per character when it fits. A slice of a
 * document that holds any character above U+00FF is two-byte and shares the document's storage;
 * the regex engine runs up to 2× faster on a compact copy of a short window, and copying costs
 * little next to a large alternation scanned at every position.
 */
export function compactCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/** The tokenizer's class of a folded code unit: 0 none, 1 a letter, digit or mark, 2 a CJK ideograph or kana (a token alone). */
export function charClass(code: number): number {
  return CHAR_CLASS[code]!;
}

/** The fold of one code unit (what foldUnits puts at its place). */
export function foldUnit(code: number): number {
  return FOLD[code]!;
}

/** Folded code units of `text` (same length): what the tokenizer and the matcher read. */
export function foldUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index++) units[index] = FOLD[text.charCodeAt(index)]!;
  return units;
}

/** Folds `text` to lower case without accents; the result has exactly the same length. */
export function foldText(text: string): string {
  // a word already folded (most words of the data files' lists, written in lower case) is its own
  // fold: no array and no new string (the rules fold thousands of them as they compile)
  let index = 0;
  while (index < text.length && FOLD[text.charCodeAt(index)] === text.charCodeAt(index)) index++;
  return index === text.length ? text : decodeUnits(foldUnits(text));
}

export interface Tokens {
  starts: Int32Array;
  ends: Int32Array;
  /** hashUnits(units, start, end) of each token: what the matcher's trie is keyed by */
  hashes: Int32Array;
  count: number;
}

/**
 * Token hash (31-polynomial seeded with the length): computed while tokenizing, or here for one
 * token. With `lead`, the hash of that unit followed by units[start, end) (a letter the text elides).
 */
export function hashUnits(units: ArrayLike<number>, start: number, end: number, lead?: number): number {
  let hash = end - start;
  if (lead !== undefined) hash = (Math.imul(hash + 1, 31) + lead) | 0;
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + units[index]!) | 0;
  return hash;
}

/** Growable token and code-unit arrays; one can be reused from document to document (see `foldAndTokenize`). */
export class TokenBuffer {
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  count = 0;
  /** made on first use: a buffer that only collects tokens (tokenize) needs none */
  private unitStore: Uint16Array | null = null;
  constructor(private readonly capacity = 1024) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
  }
  /** the bytes of unitStore, to copy a string's code units in (Buffer.write) */
  private unitBytes: Buffer | null = null;
  /** A view of `length` code units over storage kept from call to call (grown when too small). */
  units(length: number): Uint16Array {
    if (!this.unitStore || this.unitStore.length < length) {
      this.unitStore = new Uint16Array(Math.max(length, (this.unitStore?.length ?? this.capacity * 4) * 2));
      this.unitBytes = null;
    }
    return this.unitStore.subarray(0, length);
  }
  /**
   * The code units of `text` in that storage (units(text.length) holding them). One native copy
   * (Buffer.write as UTF-16LE), so the fold below reads a typed array and never calls charCodeAt,
   * whose cost depends on how V8 holds the string (one or two bytes per character, a slice, a
   * concatenation): the fold and tokenize pass takes ~12 % less.
   */
  unitsOf(text: string): Uint16Array {
    const units = this.units(text.length);
    if (!LITTLE_ENDIAN) {
      for (let index = 0; index < text.length; index++) units[index] = text.charCodeAt(index);
      return units;
    }
    const store = this.unitStore!;
    this.unitBytes ??= Buffer.from(store.buffer, store.byteOffset, store.byteLength);
    this.unitBytes.write(text, 0, 'utf16le');
    return units;
  }
  push(start: number, end: number, hash: number): void {
    if (this.count === this.starts.length) {
      const capacity = this.count * 2;
      const grow = (values: Int32Array): Int32Array => {
        const grown = new Int32Array(capacity);
        grown.set(values);
        return grown;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.hashes = grow(this.hashes);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.hashes[this.count] = hash;
    this.count++;
  }
  clear(): void {
    this.count = 0;
  }
  tokens(): Tokens {
    return { starts: this.starts, ends: this.ends, hashes: this.hashes, count: this.count };
  }
}

/**
 * Word tokens (runs of letters/digits; each CJK ideograph alone) of folded code units, with
 * their hashes. The hash is built as the token is read: the sum of units times powers of 31,
 * plus the length times 31^length once the length is known (= hashUnits).
 */
export function tokenize(units: Uint16Array, from = 0, to = units.length, buffer = new TokenBuffer(Math.max(16, ((to - from) >> 2) + 16))): Tokens {
  buffer.clear();
  let index = from;
  while (index < to) {
    const unit = units[index]!;
    const kind = CHAR_CLASS[unit]!;
    if (kind === 0) {
      index++;
      continue;
    }
    const start = index++;
    let sum = unit;
    let power = 31;
    if (kind === 1) {
      while (index < to) {
        const next = units[index]!;
        if (CHAR_CLASS[next] !== 1) break;
        sum = (Math.imul(sum, 31) + next) | 0;
        power = Math.imul(power, 31);
        index++;
      }
    }
    buffer.push(start, index, (sum + Math.imul(index - start, power)) | 0);
  }
  return buffer.tokens();
}

/**
 * foldUnits(text) and tokenize() of it in one pass over the text: the entity stage reads every
 * document once here. With `buffer`, the folded units and the tokens live in its arrays (grown
 * as needed) and stay valid until its next use: no new arrays, and less garbage, per document
 * (a fresh 2-byte-per-character array per document was 36 MB of allocation on the 18 MB corpus).
 * The loop is tokenize's, written again on purpose: folding in place and then calling tokenize gives the
 * same tokens but cost 0.6 G more instructions on a cold ingest of unsc/text (megamorphic loads in
 * baseline code; cachegrind, stop 25), more than the seven lines it saves.
 */
export function foldAndTokenize(text: string, buffer = new TokenBuffer(Math.max(16, (text.length >> 2) + 16))): { units: Uint16Array; tokens: Tokens } {
  const length = text.length;
  // the text's code units, folded in place below
  const units = buffer.unitsOf(text);
  buffer.clear();
  let index = 0;
  while (index < length) {
    const unit = FOLD[units[index]!]!;
    units[index] = unit;
    const kind = CHAR_CLASS[unit]!;
    if (kind === 0) {
      index++;
      continue;
    }
    const start = index++;
    let sum = unit;
    let power = 31;
    if (kind === 1) {
      while (index < length) {
        const next = FOLD[units[index]!]!;
        if (CHAR_CLASS[next] !== 1) break;
        units[index] = next;
        sum = (Math.imul(sum, 31) + next) | 0;
        power = Math.imul(power, 31);
        index++;
      }
    }
    buffer.push(start, index, (sum + Math.imul(index - start, power)) | 0);
  }
  return { units, tokens: buffer.tokens() };
}

/** The tokens of a name, folded: how gazetteer aliases are keyed. */
/** Reused by nameTokens (tens of thousands of gazetteer names at load): the tokens are read at once. */
const NAME_TOKENS = new TokenBuffer(64);

export function nameTokens(name: string): string[] {
  const { units, tokens } = foldAndTokenize(name, NAME_TOKENS);
  const { starts, ends, count } = tokens;
  const words: string[] = [];
  // each word decoded on its own (short: a loop of fromCharCode), not the whole name then sliced
  for (let index = 0; index < count; index++) words.push(decodeUnits(units, starts[index], ends[index]));
  return words;
}

/** Comparison key for names: folded tokens joined by one space ("Al-Qaïda" → "al qaida"). */
export function foldKey(name: string): string {
  return nameTokens(name).join(' ');
}

const LETTER = /^\p{L}$/u;

/**
 * Letters most texts are written in (Latin, Latin-1, Cyrillic, Arabic, CJK ideographs): a subset of \p{L}, a class
 * of a few ranges that the regex engine tests inline, where \p{L} is hundreds of ranges searched by a run-time helper
 * at each position of a two-byte text.
 */
const COMMON_LETTERS = 'a-zA-Z\\u00df-\\u00f6\\u00f8-\\u00ff\\u0401\\u0410-\\u044f\\u0451\\u0621-\\u064a\\u4e00-\\u9fff';

/**
 * `(?<![\p{L}])` (and with `marks`, `(?<![\p{L}\p{M}])`) for a 'u' regex, the same test: a lookbehind on the common
 * letters first rejects most positions inside words at the cost of a few comparisons.
 */
export function notAfterLetter(marks = false): string {
  return `(?<![${COMMON_LETTERS}])(?<![\\p{L}${marks ? '\\p{M}' : ''}])`;
}

/**
 * Whether the code point before `index` is a letter (what a leading `(?<![\p{L}])` rejects): a
 * match that starts there does not start a word. A surrogate pair is read as its code point.
 */
export function letterBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && index >= 2 && text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff;
  return LETTER.test(pair ? text.slice(index - 2, index) : text[index - 1]!);
}
