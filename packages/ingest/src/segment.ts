/**
 * Structure: the normalised text cut into segments with their role. A paragraph is a line (the
 * loaders and the normaliser put one paragraph per line; AKN is rendered that way from its
 * structure). Resolutions: the cover, one segment per preambular paragraph, operative paragraphs
 * numbered "5" and lettered sub-paragraphs "5 (a)" (Arabic letters mapped to their Latin rank,
 * Arabic-Indic digits to ASCII, roman sub-sub-paragraphs "5 (a) (i)"). Statements: the cover,
 * then the statement's paragraphs (section `operative`, as the UN marks them up). Press releases
 * and news: `body` paragraphs, and the text of a quoted draft resolution segmented like a
 * resolution, attributed to the resolution it became.
 */
import type { Section } from '@unkg/graph';
import { ENACTING_FORMULA, findQuotedDrafts, RESOLUTION_TITLE_LINE } from './identity';
import type { DocumentIdentity, Segment } from './types';

interface Line {
  text: string;
  start: number;
  end: number;
  /** a blank line precedes it (a part or page boundary) */
  afterBlank: boolean;
}

export function segmentDocument(text: string, identity: DocumentIdentity): Segment[] {
  const lines = splitLines(text);
  const own =
    identity.symbol && identity.textOf.includes(identity.symbol)
      ? identity.symbol
      : (identity.textOf[0] ?? null);
  switch (identity.docType) {
    case 'resolution':
    case 'draft-resolution':
      return segmentResolution(lines, identity.docType === 'resolution' ? own : null, true);
    case 'statement':
      return segmentStatement(lines, own);
    default:
      return segmentNarrative(text, lines);
  }
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let afterBlank = false;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) {
      // lines are trimmed by the normaliser; trim again so other callers get exact spans
      let s = start;
      let e = end;
      while (s < e && text.charCodeAt(s) <= 0x20) s++;
      while (e > s && text.charCodeAt(e - 1) <= 0x20) e--;
      if (e > s) {
        lines.push({ text: text.slice(s, e), start: s, end: e, afterBlank });
        afterBlank = false;
      } else afterBlank = true;
    } else afterBlank = true;
    start = end + 1;
  }
  return lines;
}

// ---------------------------------------------------------------- resolutions

/** "1. Decides", "1 - يقرر", "١ - …", "10．决定", "1) …" */
const OPERATIVE_NUMBER =
  /^"?([0-9]{1,3}|[\u0660-\u0669]{1,3}|[\u06f0-\u06f9]{1,3})\s*(?:[.\-–—．]|\))\s*(?=\S)/u;
/** "(a) …", "a) …", "(aa) …", "(i) …", "(أ) …" */
const SUB_PARAGRAPH = /^"?\(?([a-z]{1,2}|[ivxlc]{1,6}|[\u0621-\u064a]{1,2})\)\s*/u;
const ANNEX_HEADING = /^(?:annex|annexe|anexo|приложение|المرفق|附件)(?:\s+[IVXLC\d]+)?\s*\*?$/iu;
/** Abjad order, in which UN Arabic texts letter sub-paragraphs: (أ) = (a), (ب) = (b), (ج) = (c)… */
const ABJAD = [
  'أ',
  'ب',
  'ج',
  'د',
  'ه',
  'و',
  'ز',
  'ح',
  'ط',
  'ي',
  'ك',
  'ل',
  'م',
  'ن',
  'س',
  'ع',
  'ف',
  'ص',
  'ق',
  'ر',
  'ش',
  'ت',
  'ث',
  'خ',
  'ذ',
  'ض',
  'ظ',
  'غ',
];

export function segmentResolution(lines: Line[], textOf: string | null, withCover: boolean): Segment[] {
  const segments: Segment[] = [];
  if (lines.length === 0) return segments;
  let formula = lines.findIndex((line, index) => index < 60 && ENACTING_FORMULA.test(line.text));
  if (formula === -1 && withCover) {
    // no enacting formula: the cover ends with the title or adoption line when there is one
    const title = lines.findIndex(
      (line, index) =>
        index < 15 &&
        (RESOLUTION_TITLE_LINE.test(line.text) || /^(?:adopted|adoptée|aprobada|принята)/iu.test(line.text)),
    );
    formula = title;
  }
  if (formula >= 0) {
    segments.push({
      section: 'cover',
      paragraph: null,
      start: lines[0]!.start,
      end: lines[formula]!.end,
      textOf,
    });
  }
  const body = lines.slice(formula + 1);
  // operative paragraphs start at the first numbered one; some texts (a single decision, older
  // renderings) number none, and then the part after the preamble's closing blank line is operative
  const hasNumbers = body.some((line) => OPERATIVE_NUMBER.test(line.text));
  const everyLineAfterBlank = body.length > 1 && body.every((line) => line.afterBlank);
  const unnumberedStart = hasNumbers || everyLineAfterBlank ? -1 : body.findIndex((line) => line.afterBlank);
  let section: Section = 'preamble';
  let paragraph: string | null = null;
  let number = 0;
  let letter: string | null = null;
  for (const [index, line] of body.entries()) {
    if (index === unnumberedStart) section = 'operative';
    if (ANNEX_HEADING.test(line.text)) {
      section = 'body';
      paragraph = null;
    }
    const numbered = section !== 'body' ? OPERATIVE_NUMBER.exec(line.text) : null;
    if (numbered) {
      section = 'operative';
      number = Number(asciiDigits(numbered[1]!));
      paragraph = String(number);
      letter = null;
    } else if (section === 'operative' && number > 0) {
      const sub = subParagraphOf(line.text, letter);
      if (sub) {
        if (sub.kind === 'letter') {
          letter = sub.value;
          paragraph = `${number} (${letter})`;
        } else {
          paragraph = `${number} (${letter}) (${sub.value})`;
        }
      }
    }
    segments.push({
      section,
      paragraph: section === 'operative' ? paragraph : null,
      start: line.start,
      end: line.end,
      textOf,
    });
  }
  return segments;
}

function subParagraphOf(
  line: string,
  letter: string | null,
): { kind: 'letter' | 'roman'; value: string } | null {
  const match = SUB_PARAGRAPH.exec(line);
  if (!match) {
    // "c     de faire …": a letter whose parenthesis was lost, accepted only as the next letter
    const bare = /^([a-z])\s+(?=\p{Ll})/u.exec(line);
    if (bare && bare[1] === nextLetter(letter)) return { kind: 'letter', value: bare[1]! };
    return null;
  }
  const token = match[1]!;
  const arabic = ABJAD.indexOf(token);
  if (arabic >= 0) return { kind: 'letter', value: String.fromCharCode(0x61 + arabic) };
  if (/^[\u0621-\u064a]/u.test(token)) return null;
  if (/^[ivxlc]+$/.test(token) && letter !== null && token !== nextLetter(letter))
    return { kind: 'roman', value: token };
  return { kind: 'letter', value: token };
}

function nextLetter(letter: string | null): string {
  if (letter === null) return 'a';
  if (letter.length === 1 && letter < 'z') return String.fromCharCode(letter.charCodeAt(0) + 1);
  return letter.length === 1 ? 'aa' : `${letter}${letter[0]}`;
}

function asciiDigits(digits: string): string {
  // Arabic-Indic digits are U+0660 on: ASCII numbers (nearly all) need no replace
  if (digits.charCodeAt(0) < 0x80) return digits;
  return digits
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
}

// ---------------------------------------------------------------- statements

const STATEMENT_COVER_END =
  /made the following statement|a fait la déclaration suivante|formuló la siguiente declaración|сделал(?:а)? следующее заявление|أدلى .* بالبيان التالي|发表(?:了)?如下声明/iu;

function segmentStatement(lines: Line[], textOf: string | null): Segment[] {
  const coverEnd = lines.findIndex((line, index) => index < 20 && STATEMENT_COVER_END.test(line.text));
  const titleIndex = lines.findIndex(
    (line, index) =>
      index < 20 &&
      /^(?:statement by the president|déclaration du président|declaración de la presiden|заявление председателя|بيان من رئيس|安全理事会主席)/iu.test(
        line.text,
      ),
  );
  const lastCover = coverEnd >= 0 ? coverEnd : titleIndex;
  const segments: Segment[] = [];
  if (lastCover >= 0)
    segments.push({
      section: 'cover',
      paragraph: null,
      start: lines[0]!.start,
      end: lines[lastCover]!.end,
      textOf,
    });
  for (const line of lines.slice(lastCover + 1)) {
    segments.push({ section: 'operative', paragraph: null, start: line.start, end: line.end, textOf });
  }
  return segments;
}

// ---------------------------------------------------------------- press releases and news

/** Where a quoted text ends: the release's closing note. */
const RELEASE_TRAILER =
  /^(?:à l'intention des organes d'information|for information media|para información de los medios|для средств массовой информации|\*\s*\*\*\s*\*|\*\*\*)/iu;

function segmentNarrative(text: string, lines: Line[]): Segment[] {
  const quoted = findQuotedDrafts(text);
  const segments: Segment[] = [];
  let index = 0;
  const body = (line: Line): void => {
    segments.push({ section: 'body', paragraph: null, start: line.start, end: line.end, textOf: null });
  };
  for (let q = 0; q < quoted.length; q++) {
    const header = quoted[q]!;
    const nextStart = quoted[q + 1]?.start ?? Number.POSITIVE_INFINITY;
    while (index < lines.length && lines[index]!.end <= header.end) body(lines[index++]!);
    const region: Line[] = [];
    while (
      index < lines.length &&
      lines[index]!.start < nextStart &&
      !RELEASE_TRAILER.test(lines[index]!.text)
    )
      region.push(lines[index++]!);
    segments.push(...segmentResolution(region, header.textOf, false));
  }
  while (index < lines.length) body(lines[index++]!);
  return segments;
}
