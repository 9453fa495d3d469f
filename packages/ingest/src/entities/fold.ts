/**
 * Length-preserving folding: every UTF-16 code unit maps to one code unit (lower case, accents
 * stripped, typographic apostrophes and dashes unified), so offsets in folded text are offsets
 * in the original. Built once as a 64K table: folding 10 MB is a single pass.
 */

const FOLD = buildFoldTable();
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

/** Code units back to a string; chunked String.fromCharCode beats TextDecoder's Buffer path here. */
export function decodeUnits(units: Uint16Array, from = 0, to = units.length): string {
  const length = to - from;
  if (length <= 8) {
    let word = '';
    for (let index = from; index < to; index++) word += String.fromCharCode(units[index]!);
    return word;
  }
  if (length <= 64) return String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  const parts: string[] = [];
  for (let start = from; start < to; start += 8192) {
    parts.push(String.fromCharCode.apply(null, units.subarray(start, Math.min(to, start + 8192)) as unknown as number[]));
  }
  return parts.join('');
}

/** Folded code units of `text` (same length): what the tokenizer and the matcher read. */
export function foldUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index++) units[index] = FOLD[text.charCodeAt(index)]!;
  return units;
}

/** Folds `text` to lower case without accents; the result has exactly the same length. */
export function foldText(text: string): string {
  return decodeUnits(foldUnits(text));
}

export interface Tokens {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

/** Word tokens (runs of letters/digits; each CJK ideograph alone) of folded code units. */
export function tokenize(units: Uint16Array, from = 0, to = units.length): Tokens {
  let capacity = Math.max(16, ((to - from) >> 2) + 16);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let count = 0;
  let index = from;
  while (index < to) {
    const kind = CHAR_CLASS[units[index]!]!;
    if (kind === 0) {
      index++;
      continue;
    }
    const start = index++;
    if (kind === 1) while (index < to && CHAR_CLASS[units[index]!] === 1) index++;
    if (count === capacity) {
      capacity *= 2;
      const grownStarts = new Int32Array(capacity);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Int32Array(capacity);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    starts[count] = start;
    ends[count] = index;
    count++;
  }
  return { starts, ends, count };
}

/** The tokens of a name, folded: how gazetteer aliases are keyed. */
export function nameTokens(name: string): string[] {
  const units = foldUnits(name);
  const folded = decodeUnits(units);
  const { starts, ends, count } = tokenize(units);
  const tokens: string[] = [];
  for (let index = 0; index < count; index++) tokens.push(folded.slice(starts[index], ends[index]));
  return tokens;
}

/** Comparison key for names: folded tokens joined by one space ("Al-Qaïda" → "al qaida"). */
export function foldKey(name: string): string {
  return nameTokens(name).join(' ');
}
