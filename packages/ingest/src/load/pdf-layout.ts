/**
 * PDF page layout, pure: the positioned text runs of a page (as a PDF reader gives them) become
 * lines in reading order. A PDF has no lines or paragraphs, only runs drawn at coordinates:
 * - runs whose vertical extents overlap form a line (a superscript joins its line; a 20-point
 *   organ name and a 10-point distribution line beside it are one visual line);
 * - a page set in two columns (a vertical gutter that no run crosses, with text on both sides
 *   over several lines) is read column by column, the first column being the left one, or the
 *   right one on a right-to-left page; full-width lines above and below stay in place;
 * - within a line, a wide gap (a masthead's "United Nations ... S/RES/2532 (2020)", a footer's
 *   job number and page number) separates pieces that are read as lines of their own;
 * - right-to-left lines (Arabic) are rebuilt from visual order into logical order with the
 *   Unicode Bidirectional Algorithm (bidi-js), so "القرار 2532 (2020)" reads as it was typed.
 * Coordinates are PDF points with y growing upwards, as the reader reports them.
 */
import bidiFactory from 'bidi-js';

/** One run of text drawn on a page. */
export interface PdfTextRun {
  text: string;
  /** left edge and baseline, in points */
  x: number;
  y: number;
  width: number;
  /** font size, in points */
  height: number;
  /** the reader saw right-to-left characters in it (its text is then in logical order) */
  rtl: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: PdfTextRun[];
}

/** A line of text in reading order, with the geometry later stages use. */
export interface LayoutLine {
  text: string;
  /** 0-based page index */
  page: number;
  /** column on the page: 0 for a single-column page or a full-width line, 1 and 2 for columns */
  column: number;
  left: number;
  right: number;
  /** baseline */
  y: number;
  /** largest font size in the line */
  size: number;
  rtl: boolean;
}

/** A gap wider than this many font sizes splits a line into pieces read apart ... */
const PIECE_GAP_EM = 3.6;
/** ... or this many within a column, where a justified line of two long words has a wide gap. */
const COLUMN_PIECE_GAP_EM = 8;
/** After punctuation (a paragraph number "(c)" and its tab) even a narrow gap is a space. */
const AFTER_PUNCTUATION_GAP_EM = 0.05;
/** Columns have at least this many lines on each side (a masthead's two cells have three). */
const COLUMN_LINES = 5;
/** Two runs farther apart than this share a space. */
const SPACE_GAP_EM = 0.2;
const RTL_SPACE_GAP_EM = 0.12;

const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/gu;
const LTR_CHARS = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;

let bidi: ReturnType<typeof bidiFactory> | undefined;

/** The lines of one page in reading order. */
export function layoutPage(page: PdfPage, pageIndex: number): LayoutLine[] {
  const runs = page.runs.filter((run) => run.text.trim() !== '' && run.height > 0);
  if (runs.length === 0) return [];
  // the reader's own spaces (word-wide ones, not a tab's or a masthead's gap) are kept as hints
  const rtlPage = countMatches(runs, RTL_CHARS) > countMatches(runs, LTR_CHARS);
  const rawLines = groupLines(runs);
  attachSpaces(rawLines, page.runs);
  const columns = findColumns(rawLines, runs);
  const out: LayoutLine[] = [];
  const emit = (line: RawLine, column: number): void => {
    for (const piece of splitPieces(line, rtlPage, column > 0 ? COLUMN_PIECE_GAP_EM : PIECE_GAP_EM))
      out.push(buildLine(piece, pageIndex, column, rtlPage));
  };
  if (!columns) {
    for (const line of rawLines) emit(line, 0);
    return out;
  }
  // full-width lines above the columns, the first column, the second, then the lines below
  const { gutter, top, bottom } = columns;
  const above = rawLines.filter((line) => line.y > top);
  const below = rawLines.filter((line) => line.y < bottom);
  const inside = rawLines.filter((line) => line.y <= top && line.y >= bottom);
  const left: RawLine[] = [];
  const right: RawLine[] = [];
  for (const line of inside) {
    const [l, r] = splitAt(line, gutter);
    if (l) left.push(l);
    if (r) right.push(r);
  }
  for (const line of above) emit(line, 0);
  const [first, second] = rtlPage ? [right, left] : [left, right];
  for (const line of first) emit(line, 1);
  for (const line of second) emit(line, 2);
  for (const line of below) emit(line, 0);
  return out;
}

/** Word spaces the reader reported as runs of their own go into the line on their baseline. */
function attachSpaces(lines: RawLine[], all: PdfTextRun[]): void {
  for (const space of all) {
    if (space.text === '' || space.text.trim() !== '' || space.width <= 0) continue;
    const line = lines.find((candidate) => Math.abs(candidate.y - space.y) < 0.5);
    if (!line || space.width > line.size) continue;
    line.runs.push({ ...space, text: ' ', height: line.size });
    line.runs.sort((a, b) => a.x - b.x);
  }
}

interface RawLine {
  runs: PdfTextRun[];
  y: number;
  /** largest font size */
  size: number;
  /** vertical extent */
  low: number;
  high: number;
}

function countMatches(runs: PdfTextRun[], pattern: RegExp): number {
  let count = 0;
  for (const run of runs) count += run.text.match(pattern)?.length ?? 0;
  return count;
}

/** Runs whose vertical extents overlap by half the smaller height form one line; lines top to bottom. */
function groupLines(runs: PdfTextRun[]): RawLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: RawLine[] = [];
  for (const run of sorted) {
    const low = run.y - run.height * 0.2;
    const high = run.y + run.height * 0.8;
    let home: RawLine | undefined;
    // only the last few lines can overlap a run met in top-to-bottom order
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
      const line = lines[i]!;
      const overlap = Math.min(high, line.high) - Math.max(low, line.low);
      if (overlap >= 0.5 * Math.min(high - low, line.high - line.low)) {
        home = line;
        break;
      }
    }
    if (home) {
      home.runs.push(run);
      home.low = Math.min(home.low, low);
      home.high = Math.max(home.high, high);
      // the baseline of a line is that of its largest text (a superscript does not move it)
      if (run.height > home.size) {
        home.y = run.y;
        home.size = run.height;
      }
    } else lines.push({ runs: [run], y: run.y, low, high, size: run.height });
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  lines.sort((a, b) => b.y - a.y);
  return lines;
}

interface Columns {
  gutter: number;
  /** the baselines of the first and last lines set in columns */
  top: number;
  bottom: number;
}

/**
 * A vertical gutter in the middle of the text block that no run crosses while lines on both of
 * its sides stand side by side: at least three baselines with text left of it and right of it.
 */
function findColumns(lines: RawLine[], runs: PdfTextRun[]): Columns | null {
  if (lines.length < 6) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const run of runs) {
    minX = Math.min(minX, run.x);
    maxX = Math.max(maxX, run.x + run.width);
  }
  const width = maxX - minX;
  const size = median(runs.map((run) => run.height));
  // how many runs cover each point of the middle of the text block: a gutter is where few do
  // (only lines crossing it above or below the columns), so only there is a gutter tried
  const from = Math.floor(minX + width * 0.3);
  const to = Math.ceil(minX + width * 0.7);
  const cover = new Int32Array(to - from + 2);
  for (const run of runs) {
    const start = Math.max(from, Math.ceil(run.x));
    const end = Math.min(to + 1, Math.floor(run.x + run.width));
    if (start > end) continue;
    cover[start - from]! += 1;
    cover[end - from + 1]! -= 1;
  }
  for (let i = 1; i < cover.length; i++) cover[i]! += cover[i - 1]!;
  const few = Math.max(2, lines.length * 0.25);
  // each stretch of little coverage wide enough for a gutter is tried at its middle
  let best: { band: number; columns: Columns } | null = null;
  let start = -1;
  for (let g = from; g <= to + 1; g++) {
    const low = g <= to && cover[g - from]! <= few;
    if (low && start < 0) start = g;
    if (!low && start >= 0) {
      const band = g - 1 - start;
      const columns = band >= size * 0.8 ? columnsAt(lines, (start + g - 1) / 2) : null;
      if (columns && (!best || band > best.band)) best = { band, columns };
      start = -1;
    }
  }
  return best?.columns ?? null;
}

/**
 * The column region if a gutter at x = g works, else null: lines left of it and lines right of
 * it overlap vertically over at least five lines each (their baselines need not align), no line
 * crosses it there, and the region extends up and down to the nearest line that crosses it.
 */
function columnsAt(lines: RawLine[], g: number): Columns | null {
  const left: number[] = [];
  const right: number[] = [];
  const crossing: number[] = [];
  for (const line of lines) {
    let hasLeft = false;
    let hasRight = false;
    let crosses = false;
    for (const run of line.runs) {
      if (run.x + run.width <= g) hasLeft = true;
      else if (run.x >= g) hasRight = true;
      else crosses = true;
    }
    if (crosses) crossing.push(line.y);
    else {
      if (hasLeft) left.push(line.y);
      if (hasRight) right.push(line.y);
    }
  }
  if (left.length < COLUMN_LINES || right.length < COLUMN_LINES) return null;
  // the bands between lines that cross the gutter; columns are the band with most lines on both sides
  const cuts = [Infinity, ...crossing.sort((a, b) => b - a), -Infinity];
  let best: Columns | null = null;
  let bestCount = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const within = (y: number): boolean => y < cuts[i]! && y > cuts[i + 1]!;
    const l = left.filter(within);
    const r = right.filter(within);
    if (l.length < COLUMN_LINES || r.length < COLUMN_LINES || l.length + r.length <= bestCount) continue;
    // side by side: each column's lines span the other's (not a masthead's right cell above the text)
    const overlap = Math.min(Math.max(...l), Math.max(...r)) - Math.max(Math.min(...l), Math.min(...r));
    if (overlap <= 0) continue;
    bestCount = l.length + r.length;
    best = { gutter: g, top: Math.max(...l, ...r), bottom: Math.min(...l, ...r) };
  }
  return best;
}

function splitAt(line: RawLine, g: number): [RawLine | null, RawLine | null] {
  const left = line.runs.filter((run) => run.x + run.width / 2 < g);
  const right = line.runs.filter((run) => run.x + run.width / 2 >= g);
  const make = (runs: PdfTextRun[]): RawLine | null => (runs.length ? { ...line, runs } : null);
  return [make(left), make(right)];
}

/** A line cut at wide gaps, pieces in reading order (right to left on a right-to-left page). */
function splitPieces(line: RawLine, rtlPage: boolean, gapEm: number): PdfTextRun[][] {
  const pieces: PdfTextRun[][] = [[]];
  let end = -Infinity;
  for (const run of line.runs) {
    const size = Math.max(run.height, 1);
    const current = pieces[pieces.length - 1]!;
    if (current.length > 0 && run.x - end > gapEm * size) pieces.push([run]);
    else current.push(run);
    end = Math.max(end, run.x + run.width);
  }
  return rtlPage ? pieces.reverse() : pieces;
}

function buildLine(runs: PdfTextRun[], page: number, column: number, rtlPage: boolean): LayoutLine {
  const size = Math.max(...runs.map((run) => run.height));
  const left = Math.min(...runs.map((run) => run.x));
  const right = Math.max(...runs.map((run) => run.x + run.width));
  const y = runs.reduce((best, run) => (run.height >= best.height ? run : best)).y;
  const text = lineText(runs, rtlPage);
  return { text, page, column, left, right, y, size, rtl: RTL_CHAR.test(text) && isMostlyRtl(text) };
}

function isMostlyRtl(text: string): boolean {
  return (text.match(RTL_CHARS)?.length ?? 0) >= (text.match(LTR_CHARS)?.length ?? 0);
}

/**
 * The text of runs sorted left to right: spaces where the runs stand apart. On a right-to-left
 * page, or when the line holds right-to-left text, the line is assembled in visual order and
 * reordered into logical order with the page's base direction, as the typesetter laid it out.
 * A short run drawn inside a longer one (a "/" or "-" from a fallback font over the gap the
 * reader filled with a space, the zero-width alef of a lam-alef ligature, a combining mark) is
 * put back at its place in that run.
 */
export function lineText(runs: PdfTextRun[], rtlPage = false): string {
  const rtl = rtlPage || runs.some((run) => run.rtl || RTL_CHAR.test(run.text));
  const sorted = [...runs].sort((a, b) => a.x - b.x || a.width - b.width);
  const visualOf = (run: PdfTextRun): string => (rtl && run.rtl ? reorder(run.text, 'rtl') : run.text);
  const pieces = new Map<PdfTextRun, string>();
  const inside = new Map<PdfTextRun, PdfTextRun[]>();
  for (const run of sorted) {
    const container =
      run.text.trim() !== '' &&
      run.text.length <= 2 &&
      sorted.find(
        (other) =>
          other !== run &&
          other.text.length > run.text.length &&
          other.width > run.width &&
          run.x >= other.x - 0.5 &&
          run.x + run.width <= other.x + other.width + 0.5 &&
          !inside.has(other),
      );
    if (container) {
      let list = inside.get(container);
      if (!list) inside.set(container, (list = []));
      list.push(run);
    } else pieces.set(run, visualOf(run));
  }
  for (const [container, within] of inside) {
    if (!pieces.has(container)) continue;
    pieces.set(container, splice(pieces.get(container)!, container, within, visualOf));
  }
  let visual = '';
  let end = -Infinity;
  const last = sorted[sorted.length - 1];
  // justified Chinese spreads its characters apart: only a tab-wide gap is a space there
  // (an Arabic font's space is narrow, and brackets in another font stand apart: repaired after)
  const spaceGap = isMostlyCjk(runs) ? 1 : rtl ? RTL_SPACE_GAP_EM : SPACE_GAP_EM;
  for (const run of sorted) {
    const text = pieces.get(run);
    if (text === undefined) continue;
    const gap = run.x - end;
    // a hyphen ending a left-to-right line is a hyphenation, drawn apart from its syllable
    const lineEndHyphen = run === last && !rtl && /^[-\u00ad\u2010]$/u.test(text);
    if (
      visual &&
      gap >
        (/[).:;,]$/u.test(visual) && /^\p{L}/u.test(text) ? AFTER_PUNCTUATION_GAP_EM : spaceGap) *
          Math.max(run.height, 1) &&
      !/\s$/.test(visual) &&
      !/^[\s\p{M}]/u.test(text) &&
      !lineEndHyphen
    )
      visual += ' ';
    visual += text;
    end = Math.max(end, run.x + run.width);
  }
  let line = rtl ? reorder(visual, rtlPage || isMostlyRtl(visual) ? 'rtl' : 'ltr') : visual;
  line = line.replace(/\s+/g, ' ').trim();
  if (rtl) line = repairArabic(line);
  // a typesetter spaces Chinese from Latin letters and digits; the text has no space there
  if (CJK_CHAR.test(line)) line = line.replace(CJK_SPACE, '');
  return line;
}

/**
 * Artefacts of reading Arabic glyph runs: a combining mark set apart from its word (a tanween
 * drawn over its letter: "أيضا ً"), a space inside a lam-alef ligature drawn as two glyphs ("ول ا سيما",
 * "كامل ا"): a lone lam, with or without a proclitic, or a lone alef is no Arabic word; spaces
 * inside brackets set in another font.
 */
function repairArabic(line: string): string {
  return (
    line
      // a mark standing alone after a word is that word's ("أيضا ً" → "أيضاً") ...
      .replace(/\s+(\p{M}+)(?=[\s\p{P}]|$)/gu, '$1')
      // ... one before a word's first letter belongs to a letter it lost track of: dropped
      .replace(/(^|\s)\p{M}+(?=\p{L})/gu, '$1')
      .replace(/(^|\s)([وفب]?ل) (?=ا)/gu, '$1$2')
      // a lone alef is no word either: the end of a word-final lam-alef ("كامل ا")
      .replace(/ل (ا)(?=\p{M}*(?:[\s\p{P}]|$))/gu, 'ل$1')
      // brackets drawn in a fallback font stand apart from what they enclose: "( ك)"
      // (the space may have moved to the wrong side of one: "2015 )من" is "2015) من")
      .replace(/ ([)\]])(?=\p{L})/gu, '$1 ')
      .replace(/(?<=\p{L})([([]) /gu, ' $1')
      .replace(/([([]) +/gu, '$1')
      .replace(/ +([)\]])/gu, '$1')
      // Arabic quotes open with ” and close with “, set apart the same way
      .replace(/(?<=”) +(?=\p{L})/gu, '')
      .replace(/(?<=\p{L}) +(?=“)/gu, '')
  );
}

function isMostlyCjk(runs: PdfTextRun[]): boolean {
  let cjk = 0;
  let other = 0;
  for (const run of runs) {
    cjk += run.text.match(CJK_CHARS)?.length ?? 0;
    other += run.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  }
  return cjk * 2 > other;
}

const CJK_CHARS = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/gu;
const CJK_CHAR = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;
const CJK_SPACE =
  /(?<=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]) (?=[\p{L}\p{N}(])|(?<=[\p{L}\p{N})]) (?=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef])/gu;

/** Short runs drawn inside a longer one, put at their proportional place in its visual text. */
function splice(
  text: string,
  container: PdfTextRun,
  within: PdfTextRun[],
  visualOf: (run: PdfTextRun) => string,
): string {
  const chars = Array.from(text);
  const placed = within
    .map((run) => {
      const ratio = container.width > 0 ? (run.x - container.x) / container.width : 0;
      const piece = visualOf(run);
      // a mark stands over its letter and comes before it in visual order; other runs go between letters
      let at = /^\p{M}+$/u.test(piece)
        ? Math.max(0, Math.min(chars.length - 1, Math.floor(ratio * chars.length)))
        : Math.max(0, Math.min(chars.length, Math.round(ratio * chars.length)));
      let replace = false;
      // punctuation over a gap the reader filled with a space takes the space's place
      if (!/^\p{M}/u.test(piece) && !/^\p{L}/u.test(piece)) {
        for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
          if (chars[at + delta] === ' ') {
            at += delta;
            replace = true;
            break;
          }
        }
      }
      return { at, piece, replace };
    })
    .sort((a, b) => b.at - a.at);
  for (const { at, piece, replace } of placed) chars.splice(at, replace ? 1 : 0, piece);
  return chars.join('');
}

/**
 * Visual order (left to right) to logical order, or back: the bidirectional algorithm's runs
 * are reversed as a renderer would; the reordering is its own inverse for the runs of a line
 * (Arabic words, numbers, Latin symbols inside Arabic text).
 */
function reorder(text: string, direction: 'ltr' | 'rtl'): string {
  bidi ??= bidiFactory();
  const levels = bidi.getEmbeddingLevels(text, direction);
  const chars = Array.from(text);
  // getReorderSegments works on UTF-16 indices; the text of a line is in the BMP in practice
  if (chars.length !== text.length) return text;
  for (const segment of bidi.getReorderSegments(text, levels)) {
    const [start, end] = segment as [number, number];
    const reversed = chars.slice(start, end + 1).reverse();
    chars.splice(start, reversed.length, ...reversed);
  }
  return chars.join('');
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
