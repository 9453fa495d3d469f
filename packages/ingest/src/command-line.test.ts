import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCommandLine } from './command-line';

const OPTIONS = { graph: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
const USAGE = 'usage: unkg try [--graph <g>] [<dir>]\n';

describe('parseCommandLine', () => {
  const written = { out: '', err: '' };
  afterEach(() => {
    vi.restoreAllMocks();
    written.out = written.err = '';
  });
  const capture = (): void => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((written.out += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((written.err += String(chunk)), true));
  };

  it('returns the values and positionals', () => {
    const parsed = parseCommandLine('try', ['dir', '--graph', 'g.json'], OPTIONS, USAGE, 1);
    expect(parsed).toMatchObject({ values: { graph: 'g.json' }, positionals: ['dir'] });
  });

  it('--help prints the usage and gives 0', () => {
    capture();
    expect(parseCommandLine('try', ['-h'], OPTIONS, USAGE)).toBe(0);
    expect(written.out).toBe(USAGE);
  });

  it('an unknown option, or one positional more than allowed, is a usage error (2) naming the command', () => {
    capture();
    expect(parseCommandLine('eval try', ['--nope'], OPTIONS, USAGE)).toBe(2);
    expect(written.err).toMatch(/^unkg eval try: Unknown option '--nope'/);
    expect(written.err.endsWith(USAGE)).toBe(true);
    written.err = '';
    expect(parseCommandLine('eval try', ['a', 'b'], OPTIONS, USAGE, 1)).toBe(2);
    expect(written.err).toMatch(/^unkg eval try: unexpected argument "b"\n\nusage/);
    expect(parseCommandLine('eval try', ['a', 'b', 'c'], OPTIONS, USAGE)).toMatchObject({ positionals: ['a', 'b', 'c'] });
  });
});
