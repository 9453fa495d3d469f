import { describe, expect, it } from 'vitest';
import { findFurniture, type PagedLine } from './furniture';

const line = (page: number, y: number, text: string): PagedLine => ({ page, y, text });

describe('findFurniture', () => {
  const pages = [
    [
      line(0, 744, 'United Nations'),
      line(0, 738, 'S/RES/2532 (2020)'),
      line(0, 703, 'Security Council'),
      line(0, 714, 'Distr.: General'),
      line(0, 692, '1 July 2020'),
      line(0, 600, 'Recalling its primary responsibility for the maintenance of peace,'),
      line(0, 44, '20-08735 (E)'),
      line(0, 44, '*2008735*'),
    ],
    [
      line(1, 745, 'S/RES/2532 (2020)'),
      line(1, 700, '1. Demands a general and immediate cessation of hostilities;'),
      line(1, 44, '2/3'),
      line(1, 44, '20-08735'),
    ],
    [
      line(2, 745, 'S/RES/2532 (2020)'),
      line(2, 700, '8. Decides to remain seized of the matter.'),
      line(2, 400, '12'),
      line(2, 60, '14'),
      line(2, 44, '20-08735'),
      line(2, 44, '3/3'),
    ],
  ].flat();
  const furniture = findFurniture(pages, [792, 792, 792]);
  const removed = pages.filter((_, index) => furniture[index]).map((l) => `${l.page}:${l.text}`);

  it('removes page numbers, job numbers, bar codes, running headers and the distribution line', () => {
    expect(removed).toEqual([
      '0:Distr.: General',
      '0:20-08735 (E)',
      '0:*2008735*',
      '1:S/RES/2532 (2020)',
      '1:2/3',
      '1:20-08735',
      '2:S/RES/2532 (2020)',
      '2:14',
      '2:20-08735',
      '2:3/3',
    ]);
  });

  it('keeps the masthead, the text, and a number that is not at the edge of its page', () => {
    const kept = pages.filter((_, index) => !furniture[index]).map((l) => l.text);
    expect(kept).toContain('S/RES/2532 (2020)'); // the first page's masthead states the symbol
    expect(kept).toContain('1 July 2020');
    expect(kept).toContain('8. Decides to remain seized of the matter.');
    // a lone number in the middle of a page (a table cell) is text; one at its foot is a page number
    expect(kept).toContain('12');
  });

  it('reads a job number whatever order a right-to-left footer put its parts in, and a text footnote separator', () => {
    const lines = [
      line(0, 600, 'القرار 2532 (2020)'),
      line(0, 300, '__________'),
      line(0, 44, 'A( 20-08831)'),
    ];
    expect(findFurniture(lines, [792])).toEqual([false, true, true]);
  });

  it('keeps a short body line repeated on pages when it is not at their edges', () => {
    const lines = [0, 1, 2].flatMap((page) => [
      line(page, 745, `header ${page}`),
      line(page, 500, 'Annex'),
      line(page, 400, 'text'),
      line(page, 300, 'more text'),
      line(page, 44, `${page + 1}/3`),
    ]);
    const flags = findFurniture(lines, [792, 792, 792]);
    expect(lines.filter((_, index) => flags[index]).map((l) => l.text)).toEqual([
      '1/3',
      'header 1',
      '2/3',
      'header 2',
      '3/3',
    ]);
  });
});
