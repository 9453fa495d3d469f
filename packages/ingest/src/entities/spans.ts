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

/** Offsets of every clause end (sentence ends, semicolons, line breaks), found in one pass. */
export function clauseEnds(text: string): Int32Array {
  const found: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code === 10 || code === 59 || code === 46 || code === 33 || code === 63) && isClauseEnd(text, index)) found.push(index);
  }
  return Int32Array.from(found);
}

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
  const raw = text.slice(left, right);
  const leading = raw.length - raw.trimStart().length;
  const quote = raw.trim();
  return { quote, start: left + leading, end: left + leading + quote.length };
}

function isClauseEnd(text: string, index: number): boolean {
  const char = text[index];
  if (char === '\n' || char === ';') return true;
  if (char === '.' || char === '!' || char === '?') {
    const next = text[index + 1];
    const previous = text[index - 1] ?? '';
    // "M. Roux", "H.E." and "S/RES/2370" keep going
    if (next !== undefined && next !== ' ' && next !== '\n') return false;
    if (/\p{Lu}/u.test(previous) && !/\p{L}/u.test(text[index - 2] ?? ' ')) return false;
    return true;
  }
  return false;
}
