import { describe, expect, it } from 'vitest';
import { createProgress, progressWanted } from './progress';

const stream = (isTTY: boolean) => ({ isTTY }) as unknown as NodeJS.WriteStream;

describe('progressWanted', () => {
  it('shows a bar only at a terminal, outside CI, when not quiet', () => {
    expect(progressWanted(true, stream(true), {})).toBe(true);
    expect(progressWanted(true, stream(false), {})).toBe(false);
    expect(progressWanted(true, stream(true), { CI: 'true' })).toBe(false);
    expect(progressWanted(false, stream(true), {})).toBe(false);
  });

  it('is silent when not wanted', () => {
    const written: string[] = [];
    const sink = {
      isTTY: false,
      write: (chunk: string) => written.push(chunk),
    } as unknown as NodeJS.WriteStream;
    const progress = createProgress({ enabled: true, stream: sink });
    progress.update(1, 2, 'a.txt');
    progress.stop();
    expect(written).toEqual([]);
  });
});
