/** The evidence quote: the clause holding a citation, at most 300 characters. */

export const MAX_QUOTE = 300;
const SENTENCE_END = /[.;!?。；](?=\s|$)|[\n。；]/g;

/** The sentence of text[from, to) around [start, end), cut to MAX_QUOTE characters around the citation. */
export function quoteAround(text: string, from: number, to: number, start: number, end: number): string {
  let sentenceStart = from;
  let sentenceEnd = to;
  const span = text.slice(from, to);
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(span); match; match = SENTENCE_END.exec(span)) {
    const position = from + match.index + match[0].length;
    if (position <= start) sentenceStart = position;
    else if (position >= end) {
      sentenceEnd = position;
      break;
    }
  }
  let quoteStart = sentenceStart;
  let quoteEnd = sentenceEnd;
  if (quoteEnd - quoteStart > MAX_QUOTE) {
    // Centre a window on the citation, then widen it back to whole words.
    const room = Math.max(0, MAX_QUOTE - (end - start));
    quoteStart = Math.max(sentenceStart, start - Math.floor(room / 2));
    quoteEnd = Math.min(sentenceEnd, quoteStart + MAX_QUOTE);
    quoteStart = Math.max(sentenceStart, quoteEnd - MAX_QUOTE);
    quoteStart = wordStart(text, quoteStart, start);
    quoteEnd = wordEnd(text, quoteEnd, end);
  }
  return text.slice(quoteStart, quoteEnd).replace(/\s+/g, ' ').trim().slice(0, MAX_QUOTE);
}

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
