/** Segment lookup and quotes: where a match sits in the document's structure. */
import type { Segment } from '../types';

/** Index of the segment containing `offset` (segments sorted by start), or -1. */
export function segmentAt(segments: Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (offset < segment.start) high = middle - 1;
    else if (offset >= segment.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

const QUOTE_LIMIT = 300;

/**
 * Offsets of every clause end (sentence ends, semicolons, line breaks), in order. One indexOf
 * sweep per mark: the engine's vectorised search is ~5× faster than a loop over every character.
 */
export function clauseEnds(text: string): Int32Array {
  const found: number[] = [];
  for (const mark of CLAUSE_MARKS) {
    const code = mark.charCodeAt(0);
    for (let index = text.indexOf(mark); index >= 0; index = text.indexOf(mark, index + 1)) {
      if (isClauseEnd(text, index, code)) found.push(index);
    }
  }
  return Int32Array.from(found).sort();
}

const CLAUSE_MARKS = ['\n', ';', '.', '!', '?'];

/**
 * Per code unit: 2 for upper-case letters, 1 for other letters, 0 otherwise. A lone code unit is
 * what the regexes this replaces (/\p{Lu}/u, /\p{L}/u on one character of the text) saw, so
 * surrogates are 0 for them too.
 */
const LETTER_CASE = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (/\p{Lu}/u.test(char)) table[code] = 2;
    else if (/\p{L}/u.test(char)) table[code] = 1;
  }
  return table;
})();

/** First index in the sorted array whose value is >= target. */
function lowerBound(values: Int32Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The sentence or clause around [start, end) inside [from, to), at most 300 characters:
 * bounded by sentence ends and semicolons (`ends`, from clauseEnds), then trimmed around the match.
 */
export function quoteAround(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  ends: Int32Array = clauseEnds(text),
): { quote: string; start: number; end: number } {
  const before = lowerBound(ends, start) - 1;
  let left = Math.max(from, before >= 0 ? ends[before]! + 1 : 0);
  const after = lowerBound(ends, end);
  let right = Math.min(to, after < ends.length ? ends[after]! + 1 : text.length);
  if (right - left > QUOTE_LIMIT) {
    const spare = Math.max(0, QUOTE_LIMIT - (end - start));
    left = Math.max(left, start - (spare >> 1));
    right = Math.min(right, left + QUOTE_LIMIT);
    if (right - left > QUOTE_LIMIT) right = left + QUOTE_LIMIT;
  }
  // trimmed by code unit, one slice instead of three strings (\s is exactly what trim() removes)
  while (left < right && WHITESPACE[text.charCodeAt(left)] === 1) left++;
  while (right > left && WHITESPACE[text.charCodeAt(right - 1)] === 1) right--;
  return { quote: text.slice(left, right), start: left, end: right };
}

const WHITESPACE = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) if (/^\s$/u.test(String.fromCharCode(code))) table[code] = 1;
  return table;
})();

function isClauseEnd(text: string, index: number, code: number): boolean {
  if (code === 10 || code === 59) return true;
  // full stop, "!" or "?"
  if (index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next !== 32 && next !== 10) return false;
  }
  // "M. Roux", "H.E." and "S/RES/2370" keep going
  if (index > 0 && LETTER_CASE[text.charCodeAt(index - 1)] === 2 && (index < 2 || LETTER_CASE[text.charCodeAt(index - 2)] === 0)) return false;
  return true;
}
