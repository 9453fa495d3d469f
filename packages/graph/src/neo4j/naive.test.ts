import { describe, expect, it } from 'vitest';
import { evenSample } from './naive';

describe('evenSample', () => {
  it('takes items at a regular stride from the first, in order', () => {
    const items = Array.from({ length: 10 }, (_, index) => index);
    expect(evenSample(items, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(evenSample(items, 3)).toEqual([0, 3, 6]);
  });

  it('keeps everything without a limit or with a limit at least the length', () => {
    expect(evenSample([1, 2, 3])).toEqual([1, 2, 3]);
    expect(evenSample([1, 2, 3], 7)).toEqual([1, 2, 3]);
  });
});
