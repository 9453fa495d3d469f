/**
 * Quotes are derived, never stored (contract 2): the clause of a paragraph around an evidence
 * item's span, always whole words. One implementation for every reader (viewer, exports, Neo4j
 * cookbook checks), so a quote reads the same everywhere.
 */

/** Longest quote, in characters (the ellipses included). */
export const MAX_QUOTE = 300;

const ELLIPSIS = '…';

/**
 * The clause of `text` that holds [start, end): bounded by sentence ends, semicolons and line
 * breaks (isClauseEnd). A clause longer than `max` is cut to the span and whole words around it,
 * with `…` where it was cut. Offsets outside the text are clamped.
 */
export function quoteOf(text: string, start: number, end: number, max = MAX_QUOTE): string {
  return markedQuoteOf(text, start, end, max).quote;
}

/** A quote (quoteOf) and where the span lies in it: `quote.slice(mark[0], mark[1])` is the span's text. */
export interface MarkedQuote {
  quote: string;
  mark: [start: number, end: number];
}

/** quoteOf, with the span's place in the quote (the viewer highlights it). */
export function markedQuoteOf(text: string, start: number, end: number, max = MAX_QUOTE): MarkedQuote {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let left = 0;
  for (let index = from - 1; index >= 0; index--) {
    if (isClauseEnd(text, index)) {
      left = index + 1;
      break;
    }
  }
  let right = text.length;
  for (let index = to; index < text.length; index++) {
    if (isClauseEnd(text, index)) {
      // the mark belongs to the clause it ends; a line break does not
      right = text.charCodeAt(index) === 10 ? index : index + 1;
      break;
    }
  }
  while (left < from && isSpace(text.charCodeAt(left))) left++;
  while (right > to && isSpace(text.charCodeAt(right - 1))) right--;
  if (right - left <= max) return { quote: text.slice(left, right), mark: [from - left, to - left] };
  return window(text, left, right, from, to, max);
}

/** Whole words around [from, to) within [left, right), at most `max` characters with the ellipses. */
function window(text: string, left: number, right: number, from: number, to: number, max: number): MarkedQuote {
  const budget = max - 2 * ELLIPSIS.length;
  const room = Math.max(0, budget - (to - from));
  let cutLeft = Math.max(left, from - Math.floor(room / 2));
  let cutRight = Math.min(right, cutLeft + Math.max(budget, to - from));
  cutLeft = Math.max(left, Math.min(cutLeft, cutRight - Math.max(budget, to - from)));
  // never inside a word: move inwards to a space, keeping the span whole
  if (cutLeft > left && !isSpace(text.charCodeAt(cutLeft - 1))) {
    const space = findSpace(text, cutLeft, from);
    if (space >= 0) cutLeft = space + 1;
  }
  if (cutRight < right && !isSpace(text.charCodeAt(cutRight))) {
    const space = findSpaceBackwards(text, cutRight, to);
    if (space >= 0) cutRight = space;
  }
  // a text without spaces (Chinese) is cut at characters, never inside a surrogate pair
  if (cutLeft > left && isLowSurrogate(text.charCodeAt(cutLeft))) cutLeft++;
  if (cutRight < right && isLowSurrogate(text.charCodeAt(cutRight))) cutRight--;
  while (cutLeft < from && isSpace(text.charCodeAt(cutLeft))) cutLeft++;
  while (cutRight > to && isSpace(text.charCodeAt(cutRight - 1))) cutRight--;
  const prefix = cutLeft > left ? ELLIPSIS : '';
  const offset = prefix.length - cutLeft;
  return {
    quote: `${prefix}${text.slice(cutLeft, cutRight)}${cutRight < right ? ELLIPSIS : ''}`,
    mark: [Math.max(prefix.length, from + offset), Math.min(to, cutRight) + offset],
  };
}

/** First whitespace in [from, limit), or -1. */
function findSpace(text: string, from: number, limit: number): number {
  for (let index = from; index < limit; index++) if (isSpace(text.charCodeAt(index))) return index;
  return -1;
}

/** Last whitespace in [limit, from), or -1. */
function findSpaceBackwards(text: string, from: number, limit: number): number {
  for (let index = from - 1; index >= limit; index--) if (isSpace(text.charCodeAt(index))) return index;
  return -1;
}

/**
 * Does the clause end at text[index]? Line breaks, semicolons (; ； ؛), the CJK full stop and
 * full-width ！？ always; . ! ? ؟ before a space, a line break or the end, except a full stop
 * after a lone capital ("M. Roux", "H.E.") or after a paragraph's number ("5. Decides").
 */
export function isClauseEnd(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  switch (code) {
    case 10: // \n
    case 59: // ;
    case 0x3002: // 。
    case 0xff1b: // ；
    case 0x061b: // ؛
    case 0xff01: // ！
    case 0xff1f: // ？
      return true;
    case 33: // !
    case 63: // ?
    case 0x061f: // ؟
      return endsSentence(text, index);
    case 46: // .
      return endsSentence(text, index) && !afterLoneCapital(text, index) && !isParagraphNumber(text, index);
    default:
      return false;
  }
}

function endsSentence(text: string, index: number): boolean {
  if (index + 1 >= text.length) return true;
  const next = text.charCodeAt(index + 1);
  return next === 32 || next === 10;
}

function afterLoneCapital(text: string, index: number): boolean {
  if (index === 0) return false;
  const before = text[index - 1]!;
  if (before.toUpperCase() !== before || before.toLowerCase() === before) return false;
  return index < 2 || !isLetter(text[index - 2]!);
}

/** "5. Decides": the number a paragraph starts with. */
function isParagraphNumber(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at--;
  if (at === index - 1) return false;
  while (at >= 0 && text.charCodeAt(at) !== 10 && isSpace(text.charCodeAt(at))) at--;
  return at < 0 || text.charCodeAt(at) === 10 || text.charCodeAt(at) === 34;
}

function isLetter(char: string): boolean {
  return char.toUpperCase() !== char.toLowerCase();
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || code === 0x202f || (code >= 0x2000 && code <= 0x200a);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
