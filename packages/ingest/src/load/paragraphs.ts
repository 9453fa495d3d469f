/**
 * Paragraphs rebuilt from the lines of a paged document (pure). A typeset page breaks a
 * paragraph into lines, and a page or column break cuts it again; the pipeline wants one
 * paragraph per line, a blank line where the page shows a wider gap (a part boundary).
 * - Within a column, a paragraph ends at a wider gap than the usual line pitch, at a change of
 *   font size, or after a short line that ends a sentence; pieces of one visual line (a
 *   masthead) are paragraphs of their own.
 * - Across a page or column break, the paragraph goes on when the last line was full and the
 *   next line neither starts a numbered paragraph nor looks like a new paragraph's first line.
 * - Lines are joined with a space, without one between Chinese or Japanese characters; a word
 *   hyphenated at a line end is rejoined ("situa-" + "tions" → "situations") unless the document
 *   writes it with its hyphen elsewhere ("post-conflict") or the second part starts with a
 *   capital or a digit ("Al-Qaida", "COVID-19").
 */
import type { LayoutLine } from './pdf-layout';

/** A gap over this many line pitches ends a paragraph ... */
const PARAGRAPH_GAP = 1.2;
/** ... and over this many it is a blank line (a part boundary). */
const BLANK_GAP = 1.8;
/** A line ending this many font sizes short of the column edge is a paragraph's last line. */
const SHORT_LINE_EM = 2;

const CJK = /[\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const SENTENCE_END = /[.,;:!?،؛。，；：！？)"»”』」]$/u;
const NUMBERED_START =
  /^(?:\(?[0-9\u0660-\u0669]{1,3}\s*[.)．-]|\((?:[a-z]{1,2}|[ivxlc]{1,6}|[\u0621-\u064a]{1,2})\))(?:\s|$)/u;
const HYPHEN_END = /(\p{L}+)\s?[-\u00ad\u2010]$/u;
const WORD_START = /^(\p{L}+)/u;
const HYPHENATED_WORDS = /\p{L}+(?:-\p{L}+)+/gu;
const WORDS = /\p{L}+/gu;

interface Edges {
  left: number;
  right: number;
}

interface Stats {
  size: number;
  pitch: number;
  edges: Map<string, Edges>;
  /** words the document writes with a hyphen inside a line ("post-conflict") */
  hyphenated: Set<string>;
  /** every word written whole inside a line */
  words: Set<string>;
}

/** The text of the lines, one paragraph per line. */
export function rebuildParagraphs(lines: LayoutLine[]): string {
  if (lines.length === 0) return '';
  const stats = measure(lines);
  const out: string[] = [];
  let paragraph = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const decision = boundary(prev, line, stats);
    if (decision === 'join') {
      paragraph = joinLines(paragraph, line.text, stats);
      continue;
    }
    out.push(paragraph);
    if (decision === 'blank') out.push('');
    paragraph = line.text;
  }
  out.push(paragraph);
  return out.join('\n');
}

function measure(lines: LayoutLine[]): Stats {
  const size = median(lines.map((line) => line.size));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    if (sameColumn(prev, line) && prev.y > line.y && nearSize(prev.size, size) && nearSize(line.size, size))
      gaps.push(prev.y - line.y);
  }
  // the usual pitch is the most frequent gap (lines within paragraphs outnumber paragraph breaks)
  const pitch = mode(gaps, 0.5) ?? size * 1.2;
  // a column's edges are the outermost places where many of its lines start and end (justified
  // text; hanging paragraph numbers), not the extremes a masthead or a wide table reaches once
  const lefts = new Map<string, number[]>();
  const rights = new Map<string, number[]>();
  for (const line of lines) {
    if (!nearSize(line.size, size)) continue;
    const key = edgeKey(line);
    if (!lefts.has(key)) {
      lefts.set(key, []);
      rights.set(key, []);
    }
    lefts.get(key)!.push(line.left);
    rights.get(key)!.push(line.right);
  }
  const edges = new Map<string, Edges>();
  for (const [key, values] of lefts) {
    const right = rights.get(key)!;
    edges.set(key, { left: commonExtreme(values, -1), right: commonExtreme(right, 1) });
  }
  const hyphenated = new Set<string>();
  const words = new Set<string>();
  for (const line of lines) {
    // words hyphenated inside a line (a line's last word may be a line-end hyphenation)
    const text = line.text.replace(/[-\u00ad\u2010]$/u, '');
    for (const word of text.match(HYPHENATED_WORDS) ?? []) hyphenated.add(word.toLowerCase());
    for (const word of text.match(WORDS) ?? []) words.add(word.toLowerCase());
  }
  return { size, pitch, edges, hyphenated, words };
}

/** Mirrored page layouts put odd and even pages' columns at different places. */
function edgeKey(line: LayoutLine): string {
  return `${line.column}:${line.page % 2}`;
}

function sameColumn(a: LayoutLine, b: LayoutLine): boolean {
  return a.page === b.page && a.column === b.column;
}

function nearSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.15 * Math.max(a, b);
}

function boundary(prev: LayoutLine, line: LayoutLine, stats: Stats): 'join' | 'break' | 'blank' {
  if (!nearSize(prev.size, line.size)) return 'break';
  const short = isShort(prev, stats);
  if (sameColumn(prev, line) && prev.y > line.y + 0.2 * line.size) {
    const gap = (prev.y - line.y) / (stats.pitch * (line.size / stats.size));
    if (gap > BLANK_GAP) return 'blank';
    if (gap > PARAGRAPH_GAP) return 'break';
    if (short && SENTENCE_END.test(prev.text)) return 'break';
    if (NUMBERED_START.test(line.text) && startsOutdented(prev, line)) return 'break';
    return 'join';
  }
  if (sameColumn(prev, line)) return 'break'; // pieces of one visual line
  // into or out of a page's columns (a full-width title above them, a footnote below): another block
  if (prev.page === line.page && (prev.column === 0 || line.column === 0))
    return prev.y - line.y > BLANK_GAP * stats.pitch * (line.size / stats.size) ? 'blank' : 'break';
  // a page or column break
  if (short || NUMBERED_START.test(line.text)) return 'break';
  if (SENTENCE_END.test(prev.text) && /^\p{Lu}/u.test(line.text) && isIndented(line, stats)) return 'break';
  return 'join';
}

function isShort(line: LayoutLine, stats: Stats): boolean {
  const edges = stats.edges.get(edgeKey(line));
  if (!edges) return true;
  const room = SHORT_LINE_EM * line.size;
  return line.rtl ? line.left > edges.left + room : line.right < edges.right - room;
}

/** The line starts further out than the previous one: a hanging paragraph number. */
function startsOutdented(prev: LayoutLine, line: LayoutLine): boolean {
  return line.rtl ? line.right > prev.right + 0.5 * line.size : line.left < prev.left - 0.5 * line.size;
}

function isIndented(line: LayoutLine, stats: Stats): boolean {
  const edges = stats.edges.get(edgeKey(line));
  if (!edges) return false;
  return line.rtl ? line.right < edges.right - 0.8 * line.size : line.left > edges.left + 0.8 * line.size;
}

/** Joins a line to its paragraph: rejoins hyphenated words, no space between CJK characters. */
export function joinLines(
  paragraph: string,
  next: string,
  stats: Pick<Stats, 'hyphenated' | 'words'>,
): string {
  const hyphen = HYPHEN_END.exec(paragraph);
  const start = WORD_START.exec(next);
  if (hyphen && start) {
    const right = start[1]!;
    // the paragraph up to the hyphenated syllable, without the hyphen (nor a space the reader put before it)
    const base = paragraph.slice(0, hyphen.index + hyphen[1]!.length);
    const left = hyphen[1]!;
    // the document's own spelling decides ("post-conflict", "UNOWAS"), an acronym is rejoined
    // ("AMI-SOM"); else a capital after the hyphen keeps it ("Al-Qaida"), a syllable loses it
    const keep = stats.hyphenated.has(`${lastWord(`${base}-`)}${right}`.toLowerCase())
      ? true
      : stats.words.has(`${left}${right}`.toLowerCase()) || isAcronymSplit(left, right)
        ? false
        : /^\p{Lu}/u.test(right);
    return keep ? `${base}-${next}` : `${base}${next}`;
  }
  if (/[-\u2010]$/u.test(paragraph) && /^\d/u.test(next)) return `${paragraph}${next}`;
  // a line broken after an opening bracket or before closing punctuation ("2255 (" / "2015)"),
  // or inside a symbol after one of its slashes ("S/2020/" / "202")
  if (/[([{«“/]$/u.test(paragraph) || /^[)\]}.,;:!?»”،؛]/u.test(next)) return `${paragraph}${next}`;
  // Chinese breaks lines anywhere, even inside a number ("14" / "55(2003)"), and never at a space
  if (CJK.test(paragraph.slice(-12)) || CJK.test(next.slice(0, 12))) return `${paragraph}${next}`;
  return `${paragraph} ${next}`;
}

/** A typesetter hyphenating capitals splits an acronym ("AMI-" / "SOM"): capitals on both sides. */
function isAcronymSplit(left: string, right: string): boolean {
  return /^\p{Lu}{2,}$/u.test(left) && /^\p{Lu}{2,}$/u.test(right);
}

/** The hyphenated word ending a paragraph, hyphen included ("post-" of "… post-"). */
function lastWord(paragraph: string): string {
  return /(?:\p{L}+-)*\p{L}+[-\u00ad\u2010]$/u.exec(paragraph)?.[0].replace(/[\u00ad\u2010]$/u, '-') ?? '';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The smallest (sign -1) or largest (sign 1) value, to a point, that a tenth of the values share. */
function commonExtreme(values: number[], sign: 1 | -1): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1);
  const enough = Math.max(2, values.length * 0.1);
  const common = [...counts].filter(([, count]) => count >= enough).map(([value]) => value);
  const pool = common.length > 0 ? common : values;
  return sign < 0 ? Math.min(...pool) : Math.max(...pool);
}

/** The most frequent value, in buckets of `step` points. */
function mode(values: number[], step: number): number | null {
  if (values.length === 0) return null;
  const counts = new Map<number, number>();
  for (const value of values) {
    const bucket = Math.round(value / step) * step;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [bucket, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && bucket < best)) {
      best = bucket;
      bestCount = count;
    }
  }
  return best;
}
