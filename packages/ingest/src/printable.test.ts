import { describe, expect, it } from 'vitest';
import { printable } from './printable';

describe('printable', () => {
  it('shows a newline as \\n, so a name cannot forge a line of the summary', () => {
    const name = 'x\n  error: FAKE-MESSAGE.txt';
    expect(printable(name)).toBe('x\\n  error: FAKE-MESSAGE.txt');
    expect(printable(name)).not.toContain('\n');
  });

  it('shows ANSI escapes (ESC and the one-byte CSI) as hex, so they cannot colour the terminal', () => {
    expect(printable('red\x1b[31m.txt')).toBe('red\\x1B[31m.txt');
    expect(printable('csi\u009b2J')).toBe('csi\\x9B2J');
    expect(printable('bell\x07 del\x7f nul\0')).toBe('bell\\x07 del\\x7F nul\\x00');
  });

  it('shows carriage returns, tabs, line separators and bidi overrides', () => {
    expect(printable('a\rb\tc')).toBe('a\\rb\\tc');
    expect(printable('a\u2028b\u2029c')).toBe('a\\u2028b\\u2029c');
    // "Trojan source": a right-to-left override makes txt.exe read as exe.txt
    expect(printable('report\u202Etxt.exe')).toBe('report\\u202Etxt.exe');
    expect(printable('\u2066isolate\u2069')).toBe('\\u2066isolate\\u2069');
  });

  it('leaves every other character alone: accents, scripts, no-break spaces, backslashes', () => {
    for (const text of [
      'résolution 2370 (2017).txt',
      'قرار مجلس الأمن',
      '安全理事会第2370(2017)号决议',
      'Совет Безопасности',
      'S/RES/2370\u00a0(2017)',
      'C:\\corpus\\a.txt',
      '',
    ])
      expect(printable(text)).toBe(text);
  });
});
