import { describe, expect, it } from 'vitest';
import { layoutPage, lineText, type PdfTextRun } from './pdf-layout';

const run = (
  text: string,
  x: number,
  y: number,
  width: number,
  extra: Partial<PdfTextRun> = {},
): PdfTextRun => ({
  text,
  x,
  y,
  width,
  height: 10,
  rtl: false,
  ...extra,
});

describe('lineText', () => {
  it('joins runs with a space where they stand apart, without one where they touch', () => {
    expect(lineText([run('Recalling', 148.7, 500, 42.8), run('its primary', 195, 500, 50)])).toBe(
      'Recalling its primary',
    );
    expect(lineText([run('situa', 100, 500, 25), run('tions', 125, 500, 25)])).toBe('situations');
  });

  it('rebuilds a right-to-left line in logical order (Arabic with numbers and brackets)', () => {
    // as pdf.js reports "القرار 2532 (2020)" set right to left: runs at their visual places
    const runs = [
      run('القرار', 473.9, 651, 25.6, { rtl: true }),
      run('2532', 441.2, 651, 29.7),
      run('(', 432.5, 651, 5.9),
      run('2020', 402.6, 651, 29.7),
      run(')', 396.8, 651, 5.9),
    ];
    expect(lineText(runs, true)).toBe('القرار 2532 (2020)');
  });

  it('puts a run drawn inside another back at its place: a "/" from a fallback font, a ligature\'s zero-width alef', () => {
    const date = [
      run('الذي اتخذه مجلس الأمن في', 382.3, 621, 117, { rtl: true }),
      run('1', 372.6, 621, 6.9),
      run('تموز يوليه', 325.5, 621, 44.6, { rtl: true }),
      run('/', 347.6, 621, 4),
      run('2020', 295.3, 621, 27.4),
    ];
    expect(lineText(date, true)).toBe('الذي اتخذه مجلس الأمن في 1 تموز/يوليه 2020');
    const ligature = [
      run('كوفيد', 242.2, 482, 30, { rtl: true }),
      run('-', 238, 482, 4.3),
      run('19', 224.1, 482, 13.7),
      run('ا', 112.6, 482, 0, { rtl: true }),
      run('في جميع أنحاء العالم، ول', 112.6, 482, 108.9, { rtl: true }),
    ];
    expect(lineText(ligature, true)).toBe('كوفيد-19 في جميع أنحاء العالم، ولا');
  });

  it('repairs a lam-alef ligature and a mark the reader split with a space', () => {
    expect(lineText([run('الإنسانية ل ا ينطبقان', 100, 300, 200, { rtl: true })], true)).toBe(
      'الإنسانية لا ينطبقان',
    );
    expect(lineText([run('المعروف أيضا ً باسم', 100, 300, 200, { rtl: true })], true)).toBe(
      'المعروف أيضاً باسم',
    );
    // a lam ending a word before an alef is left alone
    expect(lineText([run('المال الذي', 100, 300, 200, { rtl: true })], true)).toBe('المال الذي');
  });

  it('drops the space a typesetter puts between Chinese and digits, keeps the one after a number', () => {
    expect(
      lineText([run('第', 100, 300, 10), run('2532(2020)', 113, 300, 50), run('号决议', 166, 300, 30)]),
    ).toBe('第2532(2020)号决议');
    expect(lineText([run('1.', 112.7, 300, 8), run('要求在安理会议程', 148.7, 300, 80)])).toBe(
      '1. 要求在安理会议程',
    );
  });
});

describe('layoutPage', () => {
  const page = (runs: PdfTextRun[]) => ({ width: 612, height: 792, runs });

  it('splits a masthead line at its wide gap and keeps a hanging paragraph number with its text', () => {
    const lines = layoutPage(
      page([
        run('United Nations', 76.7, 744.4, 71.1),
        run('S/RES/2532 (2020)', 397.4, 738, 138.1, { height: 16 }),
        run('1.', 112.7, 600, 8.1),
        run('Demands a general and immediate cessation', 148.7, 600, 350),
      ]),
      0,
    );
    expect(lines.map((line) => line.text)).toEqual([
      'United Nations',
      'S/RES/2532 (2020)',
      '1. Demands a general and immediate cessation',
    ]);
  });

  it('reads two columns one after the other, under a full-width title', () => {
    const runs = [
      run('Resolution 1624 (2005) adopted by the Security Council on 14 September 2005', 112, 700, 380),
    ];
    for (let i = 0; i < 6; i++) {
      runs.push(run(`left ${i}`, 112, 650 - i * 16, 140));
      // the right column's baselines need not line up with the left one's
      runs.push(run(`right ${i}`, 350, 647 - i * 16, 140));
    }
    const lines = layoutPage(page(runs), 0);
    expect(lines.map((line) => line.text)).toEqual([
      'Resolution 1624 (2005) adopted by the Security Council on 14 September 2005',
      ...[0, 1, 2, 3, 4, 5].map((i) => `left ${i}`),
      ...[0, 1, 2, 3, 4, 5].map((i) => `right ${i}`),
    ]);
    expect(lines.slice(1, 7).every((line) => line.column === 1)).toBe(true);
    expect(lines.slice(7).every((line) => line.column === 2)).toBe(true);
  });

  it('reads one column when no gutter runs through the text', () => {
    const runs: PdfTextRun[] = [];
    for (let i = 0; i < 8; i++) runs.push(run(`a full line of text number ${i}`, 112, 650 - i * 16, 387));
    const lines = layoutPage(page(runs), 0);
    expect(lines.map((line) => line.column)).toEqual(new Array(8).fill(0));
    expect(lines[7]!.text).toBe('a full line of text number 7');
  });
});
