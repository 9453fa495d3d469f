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
 * The sentence or clause around [start, end) inside [from, to), at most 300 characters:
 * bounded by sentence ends and semicolons, then trimmed around the match.
 */
export function quoteAround(text: string, start: number, end: number, from: number, to: number): { quote: string; start: number; end: number } {
  let left = start;
  while (left > from && !isClauseEnd(text, left - 1)) left--;
  let right = end;
  while (right < to && !isClauseEnd(text, right)) right++;
  if (right < to) right++;
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
