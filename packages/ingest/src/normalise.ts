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
 */

/**
 * Character folding in one pass: every space character → " ", curly quotes → straight, the
 * non-breaking hyphen → "-", invisible characters (zero-width, soft hyphen, BOM) removed.
 */
const FOLDED_CHARACTERS =
  /[\t\v\u00a0\u00ad\u1680\u2000-\u200d\u2010\u2011\u2018-\u201f\u202f\u2032\u2033\u205f\u2060\ufeff]/g;
const FOLDING: Record<string, string> = {};
for (const c of '\t\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f')
  FOLDING[c] = ' ';
for (const c of '\u00ad\u200b\u200c\u200d\u2060\ufeff') FOLDING[c] = '';
for (const c of '\u2018\u2019\u201a\u201b\u2032') FOLDING[c] = "'";
for (const c of '\u201c\u201d\u201e\u201f\u2033') FOLDING[c] = '"';
for (const c of '\u2010\u2011') FOLDING[c] = '-';
const foldCharacter = (c: string): string => FOLDING[c] ?? c;

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
  text = text.normalize('NFC');
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\f')) text = text.replace(/\f/g, '\n');
  text = text.replace(FOLDED_CHARACTERS, foldCharacter);
  text = stripMarkdown(text);
  return cleanLines(text);
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
  const lines = text.split('\n');
  const out: string[] = [];
  const seenLong = new Set<string>();
  const seenParagraphs = new Set<string>();
  const seenSymbols = new Set<string>();
  let previous = '';
  let pendingBlank = false;
  let paragraph: string[] = [];

  const flushParagraph = (): void => {
    if (paragraph.length === 0) return;
    // a whole paragraph (a few lines between blank lines) seen before is dropped, so a repeated
    // hard-wrapped paragraph leaves no orphan short line behind
    if (paragraph.length > 1 && paragraph.length <= MAX_PARAGRAPH_LINES) {
      const joined = paragraph.join('\n');
      if (joined.length >= MIN_REPEATED_LENGTH) {
        const repeated = seenParagraphs.has(joined);
        seenParagraphs.add(joined);
        if (repeated) {
          paragraph = [];
          return;
        }
      }
    }
    const kept: string[] = [];
    for (const line of paragraph) {
      if (line === previous) continue;
      if (line.length >= MIN_REPEATED_LENGTH) {
        if (seenLong.has(line)) continue;
        seenLong.add(line);
      }
      previous = line;
      kept.push(line);
    }
    paragraph = [];
    if (kept.length === 0) return;
    if (pendingBlank && out.length > 0) {
      const last = out[out.length - 1]!;
      if (isCutByPageBreak(last, kept[0]!)) out[out.length - 1] = `${last} ${kept.shift()}`;
      else out.push('');
    }
    for (const line of kept) out.push(line);
    pendingBlank = false;
  };

  for (const rawLine of lines) {
    const line = collapseSpaces(rawLine);
    if (line === '') {
      flushParagraph();
      if (out.length > 0) pendingBlank = true;
      continue;
    }
    if (line.length <= MAX_DEBRIS_LENGTH && DEBRIS_LINE.test(line)) continue;
    if (
      line.charCodeAt(1) === 0x2f /* "/" */ ||
      line.charCodeAt(2) === 0x2f ||
      line.charCodeAt(3) === 0x2f ||
      line.charCodeAt(4) === 0x2f
    ) {
      if (DOCUMENT_SYMBOL_LINE.test(line)) {
        if (seenSymbols.has(line)) continue;
        seenSymbols.add(line);
      }
    }
    paragraph.push(line);
  }
  flushParagraph();
  return out.join('\n');
}

function collapseSpaces(line: string): string {
  let result = line;
  if (result.includes('  ')) result = result.replace(/ {2,}/g, ' ');
  return result.trim();
}

/** "… y compris en" ⏎⏎ "renforçant, s'il y a lieu …": a sentence split across a page. */
function isCutByPageBreak(before: string, after: string): boolean {
  return /\p{Ll}$/u.test(before) && /^\p{Ll}/u.test(after);
}
