/**
 * Necessary triggers: a finder that cannot produce anything in a paragraph lacking one of a set
 * of words is run only on the paragraphs that hold one. The words are whole folded tokens, taken
 * from the finder's own data (the first word of each form of a clause verb, …), and the test is
 * made on the document's token hashes (computed by foldAndTokenize), not on its characters.
 *
 * The trigger words are registered in KEYWORDS under a finder's flag: the pass that finds the
 * word-list rules' tokens (KEYWORDS.hits) finds them too, and `segmentsHolding` reads off the
 * paragraphs that hold one.
 *
 * The finders match their own text (lower-cased, not folded; with word boundaries that are
 * letters, not tokens), so a token test is exact only where the two readings agree. Where they may
 * not, the paragraph is `irregular` and always run: a letter glued to a digit ("1decides": one
 * token, but the finder sees a word start), a combining mark or a tatweel (the verb finder strips
 * them), a surrogate, a token cut by the paragraph's edge, and any character whose lower case
 * folds or splits words differently from its own fold (built from the fold table, not listed by
 * hand). Outside those, a finder's match starting and ending at word boundaries is a token of the
 * paragraph.
 */
import type { Segment } from '../types';
import { charClass, foldUnit, type Tokens } from './fold';
import { KEYWORDS } from './keywords';

/** Per code unit: 1 a letter or mark, 2 a digit, 0 anything else (made on first use, with IRREGULAR). */
let WORD_CLASS: Uint8Array | null = null;
/** 1 where a token test may disagree with a finder's reading (the module comment's list). */
let IRREGULAR: Uint8Array | null = null;

/** The code units the tables read, [from, to): Latin, Greek and Cyrillic, general punctuation, currency signs. */
const READ: ReadonlyArray<[number, number]> = [
  [0, 0x0530],
  [0x1e00, 0x2070],
  [0x20a0, 0x20c0],
];

/**
 * The two tables, from every code unit at once: one string of all of them, lower-cased as a
 * whole, digits and marks found by a regex replace over it (a test per character costs ~0.1 s
 * at start-up), letters from the tokenizer's own table (charClass).
 */
function tables(): { wordClass: Uint8Array; irregular: Uint8Array } {
  if (WORD_CLASS && IRREGULAR) return { wordClass: WORD_CLASS, irregular: IRREGULAR };
  const wordClass = new Uint8Array(0x10000);
  const irregular = new Uint8Array(0x10000);
  // the gated languages' scripts (Latin, Greek, Cyrillic) and punctuation are read; every other code
  // unit is irregular unread (the tables take ~1 ms, not ~60): the surrogates (the verb finder strips
  // marks beyond the BMP), ideographs (a token each, some not letters), the tatweel … Among those read,
  // "İ" (lower-cased to two units) and "Σ" (its lower case depends on the next letter) are set apart,
  // and the two markers of the class strings below
  irregular.fill(1);
  const codes: number[] = [];
  for (const [from, to] of READ) {
    for (let code = from; code < to; code++) {
      if (code === 0x0130 || code === 0x03a3 || code === 1 || code === 2) continue;
      irregular[code] = 0;
      codes.push(code);
    }
  }
  irregular[1] = 0;
  irregular[2] = 0;
  const all = fromCodes(codes);
  const lower = all.toLowerCase();
  if (lower.length !== all.length) throw new Error('triggers: a code unit lower-cases to more than one');
  const digits = all.replace(/\p{N}/gu, '\u0001');
  const lowerDigits = lower.replace(/\p{N}/gu, '\u0001');
  const marks = all.replace(/\p{M}/gu, '\u0001');
  const folded = codes.map(foldUnit);
  const foldedDigits = fromCodes(folded).replace(/\p{N}/gu, '\u0001');
  /** 1 a letter or mark, 2 a digit, 0 else; -1 an ideograph (no class: irregular) */
  const kind = (code: number, digit: boolean): number => {
    const token = charClass(code);
    return token === 2 ? -1 : token === 0 ? 0 : digit ? 2 : 1;
  };
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index]!;
    const own = kind(code, digits.charCodeAt(index) === 1);
    wordClass[code] = Math.max(0, own);
    const lowerUnit = lower.charCodeAt(index);
    const foldedUnit = folded[index]!;
    // a mark (stripped by the verb finder), an ideograph, or a character whose lower case or fold is of another class, or folds differently
    if (
      own === -1 ||
      marks.charCodeAt(index) === 1 ||
      kind(lowerUnit, lowerDigits.charCodeAt(index) === 1) !== own ||
      kind(foldedUnit, foldedDigits.charCodeAt(index) === 1) !== own ||
      foldUnit(lowerUnit) !== foldedUnit
    ) {
      irregular[code] = 1;
    }
  }
  WORD_CLASS = wordClass;
  IRREGULAR = irregular;
  return { wordClass, irregular };
}

function fromCodes(codes: number[]): string {
  const parts: string[] = [];
  for (let start = 0; start < codes.length; start += 8192) parts.push(String.fromCharCode(...codes.slice(start, start + 8192)));
  return parts.join('');
}

/**
 * The first words of `phrases` (lower case, as a finder matches them), to register in KEYWORDS
 * as a finder's trigger; or null when one does not start with a letter, its first word does not
 * end with one, or it holds a character the token test cannot vouch for: the finder must then
 * run everywhere.
 */
export function firstWords(phrases: Iterable<string>): string[] | null {
  const { wordClass: WORD_CLASS, irregular: IRREGULAR } = tables();
  const words = new Set<string>();
  for (const phrase of phrases) {
    let end = 0;
    while (end < phrase.length && WORD_CLASS[phrase.charCodeAt(end)] !== 0) {
      if (IRREGULAR[phrase.charCodeAt(end)] === 1) return null;
      end++;
    }
    if (end === 0 || WORD_CLASS[phrase.charCodeAt(0)] !== 1 || WORD_CLASS[phrase.charCodeAt(end - 1)] !== 1) return null;
    if (end < phrase.length && IRREGULAR[phrase.charCodeAt(end)] === 1) return null;
    words.add(phrase.slice(0, end));
  }
  return [...words];
}

/**
 * 1 for each segment where a token of KEYWORDS.hits(tokens) (`hits`) carrying `flag` starts:
 * the paragraphs that hold a finder's trigger, from the one pass over the document's tokens.
 */
export function segmentsHolding(flag: number, hits: readonly number[], tokens: Tokens, segments: readonly Segment[]): Uint8Array {
  const holding = new Uint8Array(segments.length);
  const { starts, hashes } = tokens;
  let segment = 0;
  for (let position = 0; position < hits.length; position++) {
    const hit = hits[position]!;
    if ((KEYWORDS.flagsOf(hashes[hit]!) & flag) === 0) continue;
    const start = starts[hit]!;
    // hits are in text order: the segment pointer only moves forward (segments are sorted, may leave gaps)
    while (segment < segments.length && segments[segment]!.end <= start) segment++;
    if (segment < segments.length && segments[segment]!.start <= start) holding[segment] = 1;
  }
  return holding;
}

/**
 * Whether text[from, to) must be read by the finder although none of its tokens is a trigger: a
 * token cut by its start or end (the finder reads the paragraph alone), or a character where a
 * token test and the finder's own reading may disagree (see the module comment).
 */
export function unsureWithoutTrigger(text: string, tokens: Tokens, from: number, to: number): boolean {
  const { starts, ends, count } = tokens;
  let index = firstTokenAt(starts, count, from);
  if (index > 0 && ends[index - 1]! > from) return true;
  index = firstTokenAt(starts, count, to) - 1;
  if (index >= 0 && ends[index]! > to) return true;
  return irregular(text, from, to);
}

/** Whether text[from, to) holds a character where a token test and a finder's own reading may disagree (see the module comment). */
export function irregular(text: string, from: number, to: number): boolean {
  const kinds = scanKinds();
  // kinds: 0 none, 1 a letter, 2 a digit, 3 irregular; a letter and a digit side by side xor to 3
  const before = from > 0 ? kinds[text.charCodeAt(from - 1)]! : 0;
  let previous = before === 3 ? 0 : before;
  for (let index = from; index < to; index++) {
    const kind = kinds[text.charCodeAt(index)]!;
    if (kind === 3 || (kind ^ previous) === 3) return true;
    previous = kind;
  }
  return to < text.length && (kinds[text.charCodeAt(to)]! ^ previous) === 3;
}

let KINDS: Uint8Array | null = null;

/** WORD_CLASS and IRREGULAR as one table (3: irregular), for the scan above. */
function scanKinds(): Uint8Array {
  if (KINDS) return KINDS;
  const { wordClass, irregular } = tables();
  KINDS = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) KINDS[code] = irregular[code] === 1 ? 3 : wordClass[code]!;
  return KINDS;
}

/** Index of the first token starting at or after `offset` (tokens sorted by start). */
export function firstTokenAt(starts: Int32Array, count: number, offset: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
