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

/** Does a sentence (or clause, for ';') end right after text[index]? Char codes: this runs per character. */
function endsSentence(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 10 || code === 0x3002 /* 。 */ || code === 0xff1b /* ； */) return true;
  if (code !== 46 /* . */ && code !== 59 /* ; */ && code !== 33 /* ! */ && code !== 63 /* ? */) return false;
  return index + 1 >= text.length || isSpaceCode(text.charCodeAt(index + 1));
}

/** The sentence of text[from, to) around [start, end), cut to MAX_QUOTE characters around the citation. */
export function quoteAround(text: string, from: number, to: number, start: number, end: number): string {
  // Only the window the quote can reach is scanned: a long paragraph with many citations stays linear.
  let sentenceStart = Math.max(from, start - MAX_QUOTE);
  for (let index = start - 1; index >= sentenceStart; index -= 1) {
    if (endsSentence(text, index)) {
      sentenceStart = index + 1;
      break;
    }
  }
  let sentenceEnd = Math.min(to, end + MAX_QUOTE);
  for (let index = end; index < sentenceEnd; index += 1) {
    if (endsSentence(text, index)) {
      sentenceEnd = index + 1;
      break;
    }
  }
  let quoteStart = sentenceStart;
  let quoteEnd = sentenceEnd;
  if (quoteEnd - quoteStart > MAX_QUOTE) {
    // Centre a window on the citation, then shrink it back to whole words.
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
