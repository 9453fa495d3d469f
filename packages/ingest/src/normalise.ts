/**
 * Normalisation: one canonical form of a document's text, on which every later stage works and
 * to which every evidence offset refers. A pure function, string → string, on the hot path:
 * a handful of linear regex passes plus one pass over lines, no backtracking-prone patterns.
 *
 * Rules (docs/ingest.md lists them with examples):
 * - Unicode NFC; CR/CRLF → LF; form feeds → line breaks.
 * - Every space character (no-break U+00A0, figure, thin, narrow no-break U+202F, en/em spaces…,
 *   tabs) → a plain space; zero-width characters and soft hyphens removed; the non-breaking
 *   hyphen U+2011 → "-". Runs of spaces collapse, lines are trimmed.
 * - Arabic vowel signs (tashkil, U+064B–U+0652) and tatweel (U+0640) removed.
 * - Curly quotes and apostrophes → straight (' and "). French guillemets « » are kept: they are
 *   the quotation marks of French typography, not a variant of ", and keeping them keeps quotes
 *   readable in evidence.
 * - Markdown residue: links `[1373 \(2001\)](#)` → `1373 (2001)`, backslash escapes, emphasis
 *   `*…*`, `**…**`, `__…__`, superscripts `8017^e` → `8017e`, heading and quote markers, rules.
 * - Page-break debris: reissue notes (`* Nouveau tirage pour raisons techniques (7 août 2017).`,
 *   `* Reissued for technical reasons.`), job numbers and bar codes (`17-13543 (F)`, `*1713543*`),
 *   lone page numbers, lines of lone punctuation (`/`, `* * *`), running headers (a document
 *   symbol line repeated after its first occurrence). A paragraph cut by a page break (ending
 *   in a lower-case word, the next starting with one) is joined again.
 * - Repetition: a line equal to the previous one, and a paragraph or line of 40+ characters
 *   already seen in the document, are dropped.
 * - Blank-line runs collapse to one blank line (a blank line still separates parts).
 * - Hard-wrapped text (PDF-to-text, ~80 columns): the lines of a paragraph are joined again
 *   (hardWrapWidth, unwrap); texts with one paragraph per line are left alone.
 */
import { Buffer } from 'node:buffer';
import { leadVerb } from './verbs';

/**
 * Character folding in one pass: every space character → " ", curly quotes → straight, the
 * non-breaking hyphen → "-", invisible characters (zero-width, soft hyphen, BOM) removed.
 */
const FOLDED_CHARACTERS =
  /[\u064b-\u0652\t\v\u00a0\u00ad\u0640\u1680\u2000-\u200d\u2010\u2011\u2018-\u201f\u202f\u2032\u2033\u205f\u2060\ufeff]/g;
const FOLDING: Record<string, string> = {};
for (const c of '\t\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f')
  FOLDING[c] = ' ';
for (const c of '\u00ad\u200b\u200c\u200d\u2060\ufeff') FOLDING[c] = '';
// Arabic: the optional vowel signs (tashkil: fathatan … sukun, U+064B–U+0652) and the tatweel
// (U+0640, a justification stroke) are written in some words only ("يمدّد", "لجنةَ", "وفقاً"):
// without them every word has one spelling, the one the word lists and the gazetteer hold
for (let code = 0x064b; code <= 0x0652; code++) FOLDING[String.fromCharCode(code)] = '';
FOLDING['\u0640'] = '';
for (const c of '\u2018\u2019\u201a\u201b\u2032') FOLDING[c] = "'";
for (const c of '\u201c\u201d\u201e\u201f\u2033') FOLDING[c] = '"';
for (const c of '\u2010\u2011') FOLDING[c] = '-';
/**
 * A character some Markdown markup needs: stripMarkdown runs only if one is seen. A test of its
 * own, not one class with FOLDED_CHARACTERS: V8 scans a class of only the wide folded characters
 * (and tab, vertical tab) five times faster than one that also holds these ASCII ones (18 MB: 58
 * against 277 ms), and the test stops at the first hit.
 */
const MARKUP = /[\]\\*_^#>]/;

/**
 * FOLDED_CHARACTERS replaced by their FOLDING, without a callback per match (curly quotes are
 * frequent), and whether the text may hold Markdown (most do not).
 */
function foldCharacters(text: string): { folded: string; markup: boolean } {
  let out = '';
  let copied = 0;
  FOLDED_CHARACTERS.lastIndex = 0;
  for (let match = FOLDED_CHARACTERS.exec(text); match; match = FOLDED_CHARACTERS.exec(text)) {
    out += text.slice(copied, match.index) + FOLDING[match[0]]!;
    copied = match.index + 1;
  }
  return { folded: copied === 0 ? text : out + text.slice(copied), markup: MARKUP.test(text) };
}

/**
 * A character from U+0100 up other than those foldCharacters replaces and NFC leaves as they are
 * (its quotes, dashes and spaces; not the Arabic vowel signs, combining marks, nor U+2000 and
 * U+2001, which NFC changes): a text without one is its own NFC and fits one byte per character
 * once folded.
 */
const NOT_PLAIN = (() => {
  const plain = Object.keys(FOLDING)
    .map((char) => char.charCodeAt(0))
    .filter((code) => code >= 0x100 && !(code >= 0x064b && code <= 0x0652) && code !== 0x2000 && code !== 0x2001)
    .sort((a, b) => a - b);
  const ranges: string[] = [];
  const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
  let from = 0x100;
  for (const code of [...plain, 0x10000]) {
    if (code > from) ranges.push(code - 1 > from ? `${hex(from)}-${hex(code - 1)}` : hex(from));
    from = code + 1;
  }
  return new RegExp(`[${ranges.join('')}]`);
})();

/** The fold of each FOLDED_CHARACTERS character as one code, -1 where it is removed. */
const FOLDED_CODE = (() => {
  const table = new Int32Array(0x10000).fill(-1);
  for (const [char, fold] of Object.entries(FOLDING)) table[char.charCodeAt(0)] = fold === '' ? -1 : fold.charCodeAt(0);
  return table;
})();

/**
 * foldCharacters and compactLatin1 at once for a text without Markdown whose folded characters
 * are its only ones above U+00FF (English, French and Spanish texts: curly quotes, dashes, no-break
 * spaces): its bytes as Latin-1, each folded character's byte set in place, then one string of one
 * byte per character. No concatenation per hit, no two-byte copy of the whole text, no match arrays
 * (`test`). Null when a character is removed (a soft hyphen, zero-width space…: the text shrinks).
 */
function foldLatin1(text: string): string | null {
  const bytes = Buffer.from(text, 'latin1');
  FOLDED_CHARACTERS.lastIndex = 0;
  while (FOLDED_CHARACTERS.test(text)) {
    const at = FOLDED_CHARACTERS.lastIndex - 1;
    const code = FOLDED_CODE[text.charCodeAt(at)]!;
    if (code < 0) return null;
    bytes[at] = code;
  }
  return bytes.toString('latin1');
}

// patterns start with a literal character so the regex engine can skip ahead to candidates
const MARKDOWN_LINK = /\[([^[\]\n]*)\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)/g;
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!<>|~^])/g;
const STRONG = /\*\*((?:[^*\n]|\n(?!\n))+?)\*\*|__((?:[^_\n]|\n(?!\n))+?)__/g;
const EMPHASIS = /(?<![\p{L}\p{N}*\\])\*(?![\s*])((?:[^*\n]|\n(?!\n))*?[^\s*])\*(?![\p{L}\p{N}*])/gu;
const SUPERSCRIPT = /(?<=[\p{L}\p{N}])\^([\p{L}\p{N}]{1,4})\^?/gu;

/** Lines that are page furniture, never content. */
const DEBRIS_LINE = new RegExp(
  [
    // reissue notes: "* Nouveau tirage pour raisons techniques (7 août 2017)."
    String.raw`\*\s*(?:nouveau tirage|reissued|publicado nuevamente|vuelto a publicar|переиздано|أعيد إصدار|因技术原因).{0,100}`,
    // UN job numbers "17-13543 (F)", optionally with a date, and bar codes "*1713543*"
    String.raw`\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{6})?`,
    // a PDF page foot: job number and page, "21-12345 3/7" (odd pages), "2/7 21-12345" (even pages)
    String.raw`\d{2}-\d{5}\s*(?:\([A-Z]\))?\s+\d{1,3}\s*/\s*\d{1,3}`,
    String.raw`\d{1,3}\s*/\s*\d{1,3}\s+\d{2}-\d{5}(?:\s*\([A-Z]\))?`,
    String.raw`\*?\d{7,}\*?`,
    // page numbers: "12", "- 12 -", "Page 3", "3/12"
    String.raw`(?:-\s*)?\d{1,3}(?:\s*-)?`,
    String.raw`(?:page|página|страница)\s+\d{1,3}(?:\s*(?:/|of|de|sur|из)\s*\d{1,3})?`,
    String.raw`\d{1,3}\s*/\s*\d{1,3}`,
    // lone punctuation and Markdown rules: "/", "* * *", "---"
    String.raw`[\p{P}\p{S}\s]{1,9}`,
  ]
    .map((pattern) => `(?:${pattern})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')$'),
  'iu',
);
/** A line that is only a document symbol: after its first occurrence, a running header. */
const DOCUMENT_SYMBOL_LINE = /^(?:[A-Z]{1,4}\/)(?:[A-Z0-9.-]+\/)*[A-Z0-9.-]+(?: \(\d{4}\))?\*?$/;
const MIN_REPEATED_LENGTH = 40;
/** Paragraphs compared whole are short ones (hard-wrapped text); long blocks are compared line by line. */
const MAX_PARAGRAPH_LINES = 12;
/** Debris lines are short: longer lines skip the debris test (most paragraphs). */
const MAX_DEBRIS_LENGTH = 130;

export function normaliseText(input: string): string {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Latin-1 but for quotes, dashes and spaces the fold replaces (English, French, Spanish texts)
  const plain = !NOT_PLAIN.test(text);
  // every character below U+0300 is its own NFC (no decomposition, combining class 0): a text of
  // only those needs no ICU pass; the test costs nothing on one-byte strings (ASCII files). Nor does
  // a plain text (the ICU pass ran over every text with a curly quote)
  if (!plain && MAY_NEED_NFC.test(text)) text = text.normalize('NFC');
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\f')) text = text.replace(/\f/g, '\n');
  if (plain && !MARKUP.test(text)) {
    const folded = foldLatin1(text);
    if (folded !== null) return cleanLines(folded);
  }
  const { folded, markup } = foldCharacters(text);
  return cleanLines(compactLatin1(markup ? stripMarkdown(folded) : folded));
}

/** A character from U+0300 (the combining marks) up, the first that NFC may change. */
const MAY_NEED_NFC = /[\u0300-\uffff]/;

/** A character beyond Latin-1: the text needs two bytes per character. */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * The same text, stored one byte per character when every character fits. Decoding and folding
 * leave two-byte strings even where folding removed the last wide character (English and French
 * texts once their curly quotes are straight, two thirds of the corpus); every later scan
 * (line pass, citation regexes, quotes, entities) runs faster on one-byte strings.
 */
function compactLatin1(text: string): string {
  if (BEYOND_LATIN1.test(text)) return text;
  return Buffer.from(text, 'latin1').toString('latin1');
}

/** Markdown markup → its text. Emphasis may span a single line break (a bold cover line does). */
export function stripMarkdown(text: string): string {
  let out = text;
  if (out.includes('](')) out = out.replace(MARKDOWN_LINK, '$1');
  if (out.includes('\\')) out = out.replace(MARKDOWN_ESCAPE, '$1');
  if (out.includes('**') || out.includes('__'))
    out = out.replace(STRONG, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
  if (out.includes('*')) out = out.replace(EMPHASIS, '$1');
  if (out.includes('^')) out = out.replace(SUPERSCRIPT, '$1');
  if (out.includes('#')) out = out.replace(/^[ ]{0,3}#{1,6}[ ]+/gm, '');
  if (out.includes('>')) out = out.replace(/^[ ]{0,3}>[ ]?/gm, '');
  return out;
}

/**
 * One pass over the lines: trims and collapses spaces, drops debris, running headers and
 * repetitions, joins paragraphs cut by a page break, and collapses blank-line runs.
 */
function cleanLines(text: string): string {
  // one scan of the text instead of one per line: most texts have no run of spaces at all
  const hasSpaceRuns = text.includes('  ');
  const paragraphs = new ParagraphPass(text, hardWrapWidth(text));
  const seenSymbols = new Set<string>();
  // lines as text.split('\n') gives them, read in place (no array of every line)
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const rawLine = text.slice(lineStart, lineEnd);
    const start = lineStart;
    lineStart = lineEnd + 1;
    const line = (hasSpaceRuns && rawLine.includes('  ') ? rawLine.replace(/ {2,}/g, ' ') : rawLine).trim();
    if (line === '') {
      paragraphs.blankLine();
      continue;
    }
    if (line.length <= MAX_DEBRIS_LENGTH && mayBeDebris(line) && DEBRIS_LINE.test(line)) continue;
    if (hasSlashNearStart(line)) {
      if (DOCUMENT_SYMBOL_LINE.test(line)) {
        if (seenSymbols.has(line)) continue;
        seenSymbols.add(line);
      }
    }
    paragraphs.add(line, line === rawLine ? start : -1);
  }
  return paragraphs.finish();
}

/**
 * The paragraph side of the line pass: lines gather into a paragraph until a blank line, then
 * the paragraph's repetitions are dropped and its lines go out. A class rather than a closure
 * over the pass's variables (those lived in a heap context, read on every line).
 */
class ParagraphPass {
  private readonly out: OutputLines;
  private readonly seenLong = new LineSet();
  private readonly seenParagraphs = new Set<string>();
  private previous = '';
  /** the last line of the paragraph flushed last, as it stood before the joining of wrapped lines */
  private lastPiece = '';
  private pendingBlank = false;
  private paragraph: string[] = [];
  /** where each paragraph line stands verbatim in the text, or -1 (rewritten) */
  private paragraphStarts: number[] = [];

  /** @param wrapWidth the column a hard-wrapped text is wrapped at (hardWrapWidth), 0 if it is not */
  constructor(
    text: string,
    private readonly wrapWidth: number,
  ) {
    this.out = new OutputLines(text);
  }

  add(line: string, start: number): void {
    this.paragraph.push(line);
    this.paragraphStarts.push(start);
  }

  blankLine(): void {
    this.flush();
    if (this.out.lines.length > 0) this.pendingBlank = true;
  }

  finish(): string {
    this.flush();
    return this.out.finish();
  }

  private flush(): void {
    const { paragraph, paragraphStarts, out } = this;
    if (paragraph.length === 0) return;
    this.paragraph = [];
    this.paragraphStarts = [];
    const lastPiece = this.lastPiece;
    this.lastPiece = paragraph[paragraph.length - 1]!;
    // a whole paragraph (a few lines between blank lines) seen before is dropped, so a repeated
    // hard-wrapped paragraph leaves no orphan short line behind
    if (paragraph.length > 1 && paragraph.length <= MAX_PARAGRAPH_LINES) {
      const joined = paragraph.join('\n');
      if (joined.length >= MIN_REPEATED_LENGTH) {
        const repeated = this.seenParagraphs.has(joined);
        this.seenParagraphs.add(joined);
        if (repeated) return;
      }
    }
    // a hard-wrapped paragraph's lines are joined first: its fragments may repeat ("terroristes, et
    // engage la Direction exécutive du Comité contre le terrorisme à" is in two paragraphs)
    if (this.wrapWidth > 0) unwrap(paragraph, paragraphStarts, this.wrapWidth);
    const kept: string[] = [];
    const keptStarts: number[] = [];
    let previous = this.previous;
    for (let index = 0; index < paragraph.length; index++) {
      const line = paragraph[index]!;
      if (line === previous) continue;
      if (line.length >= MIN_REPEATED_LENGTH && this.seenLong.addOrFind(line)) continue;
      previous = line;
      kept.push(line);
      keptStarts.push(paragraphStarts[index]!);
    }
    this.previous = previous;
    if (kept.length === 0) return;
    let first = 0;
    if (this.pendingBlank && out.lines.length > 0) {
      const last = out.lines[out.lines.length - 1]!;
      if (isCutByPageBreak(last, kept[0]!)) out.replaceLast(`${last} ${kept[first++]}`);
      else if (
        // a wrapped sentence cut by a page break: the last line before it full, no sentence end
        this.wrapWidth > 0 &&
        !ENDS_SENTENCE.test(lastPiece) &&
        continuesWrappedLine(lastPiece, kept[0]!, this.wrapWidth)
      )
        out.replaceLast(last + wrapJoint(lastPiece, kept[0]!) + kept[first++]!);
      else out.pushBlank();
    }
    for (let index = first; index < kept.length; index++) out.push(kept[index]!, keptStarts[index]!);
    this.pendingBlank = false;
  }
}

/**
 * The kept lines, to be joined by line breaks. Nearly always they are one stretch of the input,
 * nothing dropped or rewritten in between: the result is then a slice of the input instead of a
 * copy of every line (joining was a third of the line pass).
 */
class OutputLines {
  readonly lines: string[] = [];
  /** the input span equal to the lines so far, while they form one */
  private runStart = -1;
  private runEnd = -1;
  private contiguous = true;

  constructor(private readonly input: string) {}

  /** Adds a line; `start` is where it stands verbatim in the input, or -1. */
  push(line: string, start: number): void {
    if (this.contiguous) {
      if (this.lines.length === 0) {
        this.runStart = start;
        this.contiguous = start >= 0;
      } else {
        // the next line of the input: right after the run's line break
        this.contiguous =
          start >= 0 && start === this.runEnd + 1 && this.input.charCodeAt(this.runEnd) === 10;
      }
      this.runEnd = start + line.length;
    }
    this.lines.push(line);
  }

  /** Adds the empty line between parts: verbatim when the input has one right there. */
  pushBlank(): void {
    const at = this.runEnd + 1;
    this.push('', this.input.charCodeAt(at) === 10 ? at : -1);
  }

  replaceLast(line: string): void {
    this.lines[this.lines.length - 1] = line;
    this.contiguous = false;
  }

  finish(): string {
    return this.contiguous && this.lines.length > 0
      ? this.input.slice(this.runStart, this.runEnd)
      : this.lines.join('\n');
  }
}

/**
 * A set of lines keyed by a sample of their characters: hashing every long line whole (hundreds
 * of characters, tens of thousands of lines in the corpus) was a large share of the line pass.
 * Exact: lines with the same key are compared in full, and a key shared by many lines (a table
 * of lines alike but for a few characters) falls back to a hashed set, so the cost stays linear.
 */
class LineSet {
  private readonly byKey = new Map<number, string | string[] | Set<string>>();

  /** Adds the line; true when it was there already. */
  addOrFind(line: string): boolean {
    const key = sampleKey(line);
    const known = this.byKey.get(key);
    if (known === undefined) {
      this.byKey.set(key, line);
      return false;
    }
    if (typeof known === 'string') {
      if (known === line) return true;
      this.byKey.set(key, [known, line]);
      return false;
    }
    if (known instanceof Set) {
      if (known.has(line)) return true;
      known.add(line);
      return false;
    }
    if (known.includes(line)) return true;
    if (known.length < MAX_KEY_SHARERS) known.push(line);
    else this.byKey.set(key, new Set([...known, line]));
    return false;
  }
}

/** Lines compared one by one under a shared key before the key's lines go to a hashed set. */
const MAX_KEY_SHARERS = 8;

/** A 32-bit key from the length and 17 characters spread over the line (first and last included). */
function sampleKey(line: string): number {
  const last = line.length - 1;
  let key = line.length;
  for (let step = 0; step <= 16; step++)
    key = (Math.imul(key, 31) + line.charCodeAt(Math.floor((step * last) / 16))) | 0;
  return key;
}

/**
 * Can DEBRIS_LINE match? Each of its forms starts with "*", "-", a digit or "page" (any case, in
 * three languages), or is at most 9 code points of punctuation: a first-character test skips the
 * regex for ordinary lines.
 */
function mayBeDebris(line: string): boolean {
  if (line.length <= 18) return true; // 9 code points, surrogate pairs included
  const first = line.charCodeAt(0);
  return (
    first === 0x2a /* * */ ||
    first === 0x2d /* - */ ||
    (first >= 0x30 && first <= 0x39) ||
    first === 0x70 /* p */ ||
    first === 0x50 /* P */ ||
    first === 0x441 /* с */ ||
    first === 0x421 /* С */
  );
}

/**
 * A "/" among the line's characters 2 to 5, where a document symbol has its first one ("S/…",
 * "A/RES/…", "CTOC/…"). Reads only characters the line has: charCodeAt past the end gives NaN,
 * which V8's optimised code treats as an out-of-bounds access and deoptimises the line pass on.
 */
function hasSlashNearStart(line: string): boolean {
  const last = Math.min(line.length, 5);
  for (let index = 1; index < last; index++) if (line.charCodeAt(index) === 0x2f) return true;
  return false;
}

/** Lines of a hard-wrapped text are at most this long (PDF-to-text: 60–90 columns, Chinese ~40). */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 30;
/** A text is hard-wrapped when at least this many lines, a third of them, end near its widest line. */
const MIN_WRAPPED_LINES = 8;
const WRAP_SLACK = 15;

/**
 * The width a text is hard-wrapped at ("Recalling its decision in resolution 2422 (2018) adopted on
 * 27 June 2018 appointing the" ⏎ "Prosecutor of the Mechanism …"), or 0: no line is longer than
 * MAX_WRAP_WIDTH and at least a third of the lines (MIN_WRAPPED_LINES or more) end within WRAP_SLACK
 * columns of the widest. A text with one paragraph per line has longer lines, and the scan stops at
 * the first of them.
 */
function hardWrapWidth(text: string): number {
  const lengths: number[] = [];
  const ends: number[] = [];
  let width = 0;
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const length = lineEnd - lineStart;
    if (length > MAX_WRAP_WIDTH) return 0;
    if (length > 0) {
      lengths.push(length);
      ends.push(lineEnd);
    }
    if (length > width) width = length;
    lineStart = lineEnd + 1;
  }
  if (width < MIN_WRAP_WIDTH) return 0;
  let near = 0;
  let cut = 0;
  for (let index = 0; index < lengths.length; index++) {
    if (lengths[index]! < width - WRAP_SLACK) continue;
    near++;
    if (!ENDS_SENTENCE.test(text.charAt(ends[index]! - 1))) cut++;
  }
  // most full lines of a wrapped text end inside a sentence; the lines of a table or list end theirs
  return near >= MIN_WRAPPED_LINES && near * 3 >= lengths.length && cut * 2 >= near ? width : 0;
}

/**
 * A line that starts a paragraph of its own: "2. Requests", Arabic "2 - يقرر", "(a) Prevent", "(iv)",
 * "- item", "• item"; not a year in brackets, "(2020) وهذا القرار؛", a wrapped citation's end.
 */
const STARTS_PARAGRAPH = /^(?:\d{1,3}\s?[.-]\s|\((?:\p{L}{1,2}|[ivxlc]{1,6}|\d{1,2})\)\s|[-•*–—]\s)/u;
/**
 * A sentence end before an opening quote: a paragraph of a statement ends there ('… in Africa.' ⏎
 * '"The Security Council stresses'). A sentence end before a capital is not a paragraph end: a
 * paragraph's second sentence often starts a line ('… including in Africa.' ⏎ 'The Council encourages').
 */
const ENDS_SENTENCE = /[.;:!?。；：！？]$/;
const STARTS_QUOTE = /^["«']/;
/** A comma: a preambular paragraph ends with one ("," Chinese "，", Arabic "،"). */
const ENDS_COMMA = /[,，،]$/;
/**
 * A comma before a clause's lead verb in any language (data/verbs, `leadVerb`): a preambular
 * paragraph ends there ('… of the Mechanism,' ⏎ 'Recalling its decision', '…大流行，' ⏎ '认识到秘书长');
 * a wrapped sentence goes on after a comma with a name ('… the Mechanism, in particular France,' ⏎
 * 'Luxembourg, the United States'). A lower-case word goes on the sentence whatever it is.
 */
function startsClause(line: string): boolean {
  return !/^\p{Ll}/u.test(line) && leadVerb(line, 'und') !== null;
}
/** Chinese, Japanese: lines are cut between any two characters and join without a space. */
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Joins the lines of a hard-wrapped paragraph in place: a line continues the one before when its
 * first word would not have fitted on it (the wrap width reached) and it does not start a paragraph
 * of its own (a number, a sub-paragraph letter, a bullet, or a quote after a sentence end). A
 * compound cut at its hyphen before a capital ("Secretary-" ⏎ "General") and the lines of Chinese
 * text join without a space ("第74/270号决议"全球团结抗击201" ⏎ "9冠状病毒病"); "troop-" ⏎ "and
 * police-contributing" keeps it.
 */
function unwrap(lines: string[], starts: number[], width: number): void {
  let into = 0;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    // the line before as it stood (the last one joined into lines[into]): its end is tested, not
    // the joined paragraph's ($-anchored patterns would scan it whole, line after line)
    const previous = lines[index - 1]!;
    // a line repeated right after itself (the repetition test comes after the joining)
    if (line === previous) continue;
    if (continuesWrappedLine(previous, line, width)) {
      lines[into] = lines[into]! + wrapJoint(previous, line) + line;
      starts[into] = -1;
    } else {
      into++;
      lines[into] = line;
      starts[into] = starts[index]!;
    }
  }
  lines.length = into + 1;
  starts.length = into + 1;
}

/** Does `line` go on the sentence of `previous`, the line before it in a text wrapped at `width`? */
function continuesWrappedLine(previous: string, line: string, width: number): boolean {
  const space = line.indexOf(' ');
  const firstWord = CJK.test(line.charAt(0)) ? 1 : space === -1 ? line.length : space;
  return (
    previous.length + 1 + firstWord > width - Math.ceil(width / 12) &&
    !STARTS_PARAGRAPH.test(line) &&
    !(ENDS_SENTENCE.test(previous) && STARTS_QUOTE.test(line)) &&
    !(ENDS_COMMA.test(previous) && startsClause(line))
  );
}

/** What joins two wrapped lines: nothing in Chinese and after "Secretary-" before "General", else a space. */
function wrapJoint(previous: string, line: string): string {
  return CJK.test(previous) || CJK.test(line.charAt(0)) || (/\p{L}-$/u.test(previous) && /^\p{Lu}/u.test(line)) ? '' : ' ';
}

const ENDS_LOWER_CASE = /\p{Ll}$/u;
const STARTS_LOWER_CASE = /^\p{Ll}/u;

/** "… y compris en" ⏎⏎ "renforçant, s'il y a lieu …": a sentence split across a page. */
function isCutByPageBreak(before: string, after: string): boolean {
  return ENDS_LOWER_CASE.test(before) && STARTS_LOWER_CASE.test(after);
}
