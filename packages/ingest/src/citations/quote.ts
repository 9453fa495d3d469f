/** The evidence quote: the clause holding a citation, at most 300 characters. */

export const MAX_QUOTE = 300;

/** Exactly the characters of /\s/, by code. */
const isSpaceCode = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  (code >= 0xa0 &&
    (code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff));

/**
 * Where a sentence (or clause, for ';') ends: a line break, 。 or ；, or . ; ! ? before whitespace
 * or the end of the text. A match at index i means the sentence ends right after text[i].
 */
const SENTENCE_END = /[\n\u3002\uff1b]|[.;!?](?=\s|$)/g;

/** The sentence of text[from, to) around [start, end), cut to MAX_QUOTE characters around the citation. */
export function quoteAround(text: string, from: number, to: number, start: number, end: number): string {
  return new SpanQuoter(text, from, to).quote(start, end);
}

/**
 * Quotes for the citations of one span (a paragraph): the sentence ends of the span are found once,
 * in the window the citations' quotes can reach, instead of once per citation (a list of ten
 * resolutions is one sentence), and a sentence quoted whole is built once for all its citations.
 * Gives exactly what `quoteAround` gives for each citation.
 */
export class SpanQuoter {
  /** positions right after a sentence end (index + 1 for a SENTENCE_END match at index), ascending */
  private ends: number[] | null = null;
  private scannedFrom = 0;
  private scannedTo = 0;
  private lastStart = -1;
  private lastEnd = -1;
  private lastQuote = '';

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  quote(start: number, end: number): string {
    const { text, from, to } = this;
    // the window the scans of quoteAround would cover for this citation
    const low = Math.max(from, start - MAX_QUOTE);
    const high = Math.min(to, end + MAX_QUOTE);
    const ends = this.sentenceEnds(low, high);
    // the last sentence end at or before start (scanned backward from start - 1 down to low), and
    // the first after end (scanned forward up to high); the ends between lie in this window
    let sentenceStart = low;
    let sentenceEnd = high;
    for (let index = firstAbove(ends, low); index < ends.length; index++) {
      const position = ends[index]!;
      if (position <= start) sentenceStart = position;
      else if (position > end) {
        if (position < sentenceEnd) sentenceEnd = position;
        break;
      }
    }
    if (sentenceEnd - sentenceStart <= MAX_QUOTE) {
      // the whole sentence: the same quote for every citation in it
      if (sentenceStart !== this.lastStart || sentenceEnd !== this.lastEnd) {
        this.lastStart = sentenceStart;
        this.lastEnd = sentenceEnd;
        this.lastQuote = collapsedSlice(text, sentenceStart, sentenceEnd);
      }
      return this.lastQuote;
    }
    // Centre a window on the citation, then shrink it back to whole words.
    const room = Math.max(0, MAX_QUOTE - (end - start));
    let quoteStart = Math.max(sentenceStart, start - Math.floor(room / 2));
    let quoteEnd = Math.min(sentenceEnd, quoteStart + MAX_QUOTE);
    quoteStart = Math.max(sentenceStart, quoteEnd - MAX_QUOTE);
    quoteStart = wordStart(text, quoteStart, start);
    quoteEnd = wordEnd(text, quoteEnd, end);
    return collapsedSlice(text, quoteStart, quoteEnd);
  }

  /** Sentence ends in [low, high), scanning only what earlier calls did not (citations come in text order). */
  private sentenceEnds(low: number, high: number): number[] {
    if (this.ends === null || low < this.scannedFrom) {
      // the first citation, or one left of the scanned part: start afresh from its window
      this.ends = [];
      this.scanInto(this.ends, low, high);
      this.scannedFrom = low;
      this.scannedTo = high;
    } else if (high > this.scannedTo) {
      // from where the last scan stopped: the scanned range stays one interval
      this.scanInto(this.ends, this.scannedTo, high);
      this.scannedTo = high;
    }
    return this.ends;
  }

  private scanInto(into: number[], low: number, high: number): void {
    // The regex engine finds candidates faster than a loop over char codes. It runs on a window
    // one character past `high` (the lookahead reads it), so a long line is never scanned to its end.
    const window = this.text.slice(low, Math.min(high + 1, this.text.length));
    const last = high - low;
    SENTENCE_END.lastIndex = 0;
    for (
      let match = SENTENCE_END.exec(window);
      match && match.index < last;
      match = SENTENCE_END.exec(window)
    )
      into.push(low + match.index + 1);
  }
}

/** Index of the first item of an ascending list greater than `value`. */
function firstAbove(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * text.slice(start, end) with whitespace runs collapsed to one space and trimmed, at most
 * MAX_QUOTE characters. Normalised text rarely needs it (single spaces, one paragraph per line):
 * a char-code check skips the regex replace, which costs a few microseconds per quote.
 */
function collapsedSlice(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  const clean =
    slice.length > 0 &&
    !isSpaceCode(slice.charCodeAt(0)) &&
    !isSpaceCode(slice.charCodeAt(slice.length - 1)) &&
    !OTHER_SPACE.test(slice) &&
    !slice.includes('  ');
  const collapsed = clean ? slice : slice.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_QUOTE ? collapsed.slice(0, MAX_QUOTE) : collapsed;
}

/** Whitespace other than the space (a line break, a tab, an ideographic space…). */
const OTHER_SPACE = /[^\S ]/;

function wordStart(text: string, position: number, limit: number): number {
  if (position === 0 || /\s/.test(text[position - 1] ?? ' ')) return position;
  const space = text.slice(position, limit).search(/\s/);
  return space < 0 ? position : position + space + 1;
}

function wordEnd(text: string, position: number, limit: number): number {
  if (/\s/.test(text[position] ?? ' ')) return position;
  const head = text.slice(limit, position);
  const space = head.lastIndexOf(' ');
  return space < 0 ? position : limit + space;
}
