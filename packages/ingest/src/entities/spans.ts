/** Segment lookup: where a match sits in the document's structure. */
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
