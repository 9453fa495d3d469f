/**
 * Page furniture of UN documents, removed from a paged document before its text is rebuilt:
 * running headers with the symbol, page numbers ("2/6"), job numbers and bar codes
 * ("17-13566 (F)", "*1713566*"), "Please recycle", the masthead's distribution line
 * ("Distr.: General") and footnote separators drawn as text. Pure: lines in, lines out.
 * The forms are data (data/furniture/patterns.json); what is structural stays here:
 * - a pattern line is furniture only at the top or bottom of a page (a "12" in a table is text);
 * - on the pages after the first, a top or bottom line that repeats (digits aside) at the top
 *   or bottom of another page is a running header or footer; the first page's masthead, which
 *   states the symbol the header repeats, is kept.
 */
import patterns from '../../../data/furniture/patterns.json';

/** What furniture detection needs of a line. */
export interface PagedLine {
  text: string;
  page: number;
  /** baseline, y growing upwards */
  y: number;
}

interface Compiled {
  edge: RegExp;
  masthead: RegExp;
  separator: RegExp;
}

let compiled: Compiled | undefined;

function whole(sources: string[]): RegExp {
  return new RegExp(`^(?:${sources.map((source) => `(?:${source})`).join('|')})$`, 'iu');
}

function patternsOf(): Compiled {
  compiled ??= {
    edge: whole([...patterns.pageNumbers, ...patterns.jobNumbers, ...patterns.recycling]),
    masthead: whole(patterns.masthead),
    separator: whole(patterns.separators),
  };
  return compiled;
}

/** Lines at the top or bottom of a page that may be furniture: this many at each edge. */
const EDGE_LINES = 3;
/** ... and within this share of the page height from its edge. */
const EDGE_SHARE = 0.15;
/** The masthead is at most this many lines at the start of the first page. */
const MASTHEAD_LINES = 15;

/** Is each line furniture? `heights[page]` is the page's height in points. */
export function findFurniture(lines: PagedLine[], heights: number[]): boolean[] {
  const { edge, masthead, separator } = patternsOf();
  const furniture = lines.map(() => false);
  const edgeIndexes = edgeLines(lines, heights);
  const keyOf = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  // how many pages show each (digit-folded) edge line
  const pagesByKey = new Map<string, Set<number>>();
  for (const index of edgeIndexes) {
    const key = keyOf(lines[index]!.text);
    let pages = pagesByKey.get(key);
    if (!pages) pagesByKey.set(key, (pages = new Set()));
    pages.add(lines[index]!.page);
  }
  for (const index of edgeIndexes) {
    const line = lines[index]!;
    const text = line.text.trim();
    if (edge.test(text)) furniture[index] = true;
    // a repeated header has words (a symbol, a title); numbers alone are page numbers (patterns) or text
    else if (line.page > 0 && /\p{L}{2}/u.test(text) && (pagesByKey.get(keyOf(text))?.size ?? 0) > 1)
      furniture[index] = true;
  }
  let seenOnFirstPage = 0;
  for (const [index, line] of lines.entries()) {
    if (separator.test(line.text.trim())) furniture[index] = true;
    if (line.page === 0 && seenOnFirstPage++ < MASTHEAD_LINES && masthead.test(line.text.trim()))
      furniture[index] = true;
  }
  return furniture;
}

/** Indexes of the lines at the top and bottom edges of their page. */
function edgeLines(lines: PagedLine[], heights: number[]): number[] {
  const byPage = new Map<number, number[]>();
  for (const [index, line] of lines.entries()) {
    let list = byPage.get(line.page);
    if (!list) byPage.set(line.page, (list = []));
    list.push(index);
  }
  const out: number[] = [];
  for (const [page, indexes] of byPage) {
    const height = heights[page] ?? 792;
    const byY = [...indexes].sort((a, b) => lines[b]!.y - lines[a]!.y);
    const top = byY.slice(0, EDGE_LINES).filter((i) => lines[i]!.y >= height * (1 - EDGE_SHARE));
    const bottom = byY.slice(-EDGE_LINES).filter((i) => lines[i]!.y <= height * EDGE_SHARE);
    out.push(...new Set([...top, ...bottom]));
  }
  return out.sort((a, b) => a - b);
}
