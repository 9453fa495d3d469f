/** Span lookup: where a match sits in the document's structure, and where a list of spans sorted by start reaches an offset. */

/** Index of the segment (or paragraph: any span) containing `offset` (spans sorted by start, disjoint), or -1. */
export function segmentAt(segments: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
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

/** Index of the first span starting at or after `offset` (spans sorted by start), or their count. */
export function firstStartingFrom(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
