/**
 * Loading: read and decode a file (which files: walk.ts), and turn each format into visible
 * text with one paragraph per line.
 * Markup is parsed by real parsers (saxes, strict, for Akoma Ntoso XML; htmlparser2's tokenizer
 * for HTML, html-reader.ts keeping the open elements in linear time);
 * what the container declares about itself (AKN FRBR metadata, HTML <title>/<html lang>) is kept
 * in `declared`. Bad files become an IngestIssue naming the file and the problem.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { SaxesParser } from 'saxes';
import type { DocType } from '@unkg/graph';
import { decodeText, UndecodableError, type DecodedText } from './decode';
import { readHtml } from './html-reader';
import type { DocumentIdentity, LoadedDocument, SourceFormat } from './types';

const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'akn',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.doc': 'doc',
};

/** Formats read from bytes by an asynchronous reader (load/documents.ts), not decoded as text. */
export const BINARY_FORMATS: ReadonlySet<SourceFormat> = new Set<SourceFormat>(['pdf', 'docx', 'doc']);

/** The extensions read, for messages: `.txt, .text, .md, …`. */
export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

export function formatOf(path: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

export class LoadError extends Error {
  constructor(
    readonly source: string,
    problem: string,
  ) {
    super(problem);
    this.name = 'LoadError';
  }
}

/** Reads one file; throws LoadError (message = the problem) when it cannot be used. */
export function loadFile(source: string): LoadedDocument {
  const format = formatOf(source);
  if (!format) throw new LoadError(source, `unsupported extension "${extname(source)}"`);
  if (BINARY_FORMATS.has(format))
    throw new LoadError(source, `is a ${format.toUpperCase()} file: read it with loadDocument (load/documents.ts)`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(source);
  } catch (error) {
    throw new LoadError(source, `cannot be read (${errorCode(error)})`);
  }
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes, format);
  } catch (error) {
    if (error instanceof UndecodableError) throw new LoadError(source, error.message);
    throw error;
  }
  const document = parseDocument(source, format, decoded.text, bytes.length);
  return decoded.warning ? { ...document, warnings: [decoded.warning] } : document;
}

export function parseDocument(
  source: string,
  format: SourceFormat,
  raw: string,
  bytes: number,
): LoadedDocument {
  switch (format) {
    case 'text':
    case 'markdown':
      return { source, format, text: raw, declared: {}, bytes };
    case 'html':
      return { source, format, ...htmlToText(raw), bytes };
    case 'akn':
      return { source, format, ...xmlToText(source, raw), bytes };
    default:
      throw new LoadError(source, `is a ${format.toUpperCase()} file, not text`);
  }
}

// ---------------------------------------------------------------- HTML

const HTML_BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'title',
  'body',
]);
const HTML_HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);

/** Visible text of an HTML page, one block per line; <title> and <html lang> are declared. */
export function htmlToText(html: string): { text: string; declared: Partial<DocumentIdentity> } {
  const lines = new LineBuilder();
  const declared: Partial<DocumentIdentity> = {};
  let hidden = 0;
  let inTitle = false;
  let title = '';
  readHtml(html, {
    onopentag(name, attributes) {
      // "fr", "fr-CH", "fra": an ISO 639 code, never whatever else the attribute holds
      const code = /^([a-z]{2,3})(?:-|$)/i.exec(attributes.lang ?? '')?.[1]?.toLowerCase();
      const lang = code?.length === 3 ? ISO639_2_TO_1[code] : code;
      if (name === 'html' && lang) declared.lang = lang;
      if (name === 'title') inTitle = true;
      if (HTML_HIDDEN.has(name)) hidden++;
      else if (HTML_BLOCKS.has(name)) lines.breakLine();
    },
    ontext(text) {
      if (inTitle) title += text;
      else if (hidden === 0) lines.append(text);
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false;
      if (HTML_HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
      else if (HTML_BLOCKS.has(name)) lines.breakLine();
    },
  });
  const cleanTitle = collapse(title);
  if (cleanTitle) declared.title = cleanTitle;
  return { text: lines.finish(), declared };
}

// ---------------------------------------------------------------- Akoma Ntoso XML

/** ISO 639-2 (B and T) codes of the six official languages → ISO 639-1. */
const ISO639_2_TO_1: Record<string, string> = {
  ara: 'ar',
  chi: 'zh',
  zho: 'zh',
  eng: 'en',
  fre: 'fr',
  fra: 'fr',
  rus: 'ru',
  spa: 'es',
  ger: 'de',
  deu: 'de',
  por: 'pt',
  ita: 'it',
};

const AKN_DOC_TYPES: Record<string, DocType> = {
  resolution: 'resolution',
  presidentialStatement: 'statement',
  draftResolution: 'draft-resolution',
};

/** Elements whose text is never shown. */
const AKN_HIDDEN = new Set(['meta', 'img', 'noteRef']);
/**
 * Footnotes (`<authorialNote>`) are kept inline where their marker stands, as the UN's plain-text
 * rendering does ("…sustaining peace, A/74/976-S/2020/773. and the valuable…"): they hold
 * citations. Their inner paragraphs do not break the line.
 */
const AKN_NOTE = 'authorialNote';
/** Elements that start a new line (paragraph) of visible text. */
const AKN_BLOCKS = new Set([
  'p',
  'heading',
  'subheading',
  'formula',
  'container',
  'paragraph',
  'point',
  'intro',
  'wrapUp',
  'alinea',
  'step',
  'tr',
  'li',
  'blockList',
  'item',
  'docTitle',
  'block',
  'tblock',
  'listIntroduction',
  'listWrapUp',
  'crossHeading',
  'subparagraph',
  'list',
  'content',
  'preface',
  'conclusions',
]);
/** Elements that start a new part of the document: a blank line separates parts. */
const AKN_PARTS = new Set(['coverPage', 'preface', 'preamble', 'mainBody', 'conclusions', 'attachment']);

/**
 * Visible text of an XML file in document order. For Akoma Ntoso (the UN's AKN4UN), the text is
 * laid out like the UN's own plain-text rendering: the cover page, the preamble and the body as
 * blank-line-separated parts, one paragraph per line, `<num>` joined to its paragraph ("1. Decides",
 * "(a) to lead"), so the segmenter reads both alike. FRBR metadata become `declared` facts.
 * Strict: malformed or truncated XML throws a LoadError with the parser's line and column.
 */
export function xmlToText(
  source: string,
  xml: string,
): { text: string; declared: Partial<DocumentIdentity> } {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const lines = new LineBuilder();
  const declared: Partial<DocumentIdentity> = {};
  const stack: string[] = [];
  let hidden = 0;
  let inNote = 0;
  let rootName: string | null = null;
  let inExpression = false;
  let inDocNumber = false;
  let docNumber = '';
  let titleText = '';
  let titleDepth = -1;
  let firstTitle: string | null = null;
  // the workflow step names the meeting record (S/PV.N), which can differ from the adoption meeting
  // the cover states: the cover's adoptionMeeting wins
  let adoptionStepDate: string | undefined;
  let adoptionStepMeeting: number | undefined;
  let error: Error | null = null;

  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    rootName ??= name;
    stack.push(name);
    const attr = (key: string): string | undefined => {
      const value = tag.attributes[key];
      return typeof value === 'string' ? value : undefined;
    };
    if (name === 'FRBRExpression') inExpression = true;
    if (inExpression && name === 'FRBRlanguage' && !declared.lang) {
      const code = (attr('language') ?? '').toLowerCase();
      declared.lang = ISO639_2_TO_1[code] ?? (code.length === 2 ? code : undefined);
    }
    if (name === 'FRBRdate' && attr('name') === 'adoption' && !declared.date)
      declared.date = isoDate(attr('date'));
    if (name === 'statement' || name === 'doc' || name === 'act' || name === 'bill') {
      const docType = AKN_DOC_TYPES[attr('name') ?? ''];
      if (docType && !declared.docType) declared.docType = docType;
    }
    if (name === 'inline' && attr('name') === 'adoptionMeeting' && declared.meeting === undefined) {
      const meeting = parseInt(attr('title') ?? '', 10);
      if (Number.isFinite(meeting)) declared.meeting = meeting;
    }
    if (name === 'docDate' && attr('refersTo') === '#adoptionDate' && !declared.date)
      declared.date = isoDate(attr('date'));
    // the workflow's adoption step: <step outcome="adopted" as="S/PV.8917" date="2021-12-03">
    if (name === 'step' && attr('outcome') === 'adopted') {
      const meeting = /^S\/PV\.(\d+)/.exec(attr('as') ?? '')?.[1];
      if (meeting) adoptionStepMeeting ??= Number(meeting);
      adoptionStepDate ??= isoDate(attr('date'));
    }
    if (name === 'docNumber' && hidden === 0) inDocNumber = true;
    if (name === 'docTitle' && titleDepth < 0) {
      titleDepth = stack.length;
      titleText = '';
    }
    if (AKN_HIDDEN.has(name)) hidden++;
    if (hidden > 0) return;
    if (name === AKN_NOTE) {
      inNote++;
      lines.append(' ');
    }
    if (inNote > 0) return;
    if (AKN_PARTS.has(name)) lines.breakPart();
    else if (name === 'num') lines.breakLine();
    else if (AKN_BLOCKS.has(name)) lines.breakLineUnlessNumbered();
    else if (name === 'td' || name === 'th') lines.append(' ');
  });
  parser.on('text', (text) => {
    if (hidden > 0 || stack.length === 0) return;
    if (inDocNumber) docNumber += text;
    if (titleDepth > 0) titleText += text;
    lines.append(text);
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    stack.pop();
    if (name === 'FRBRExpression') inExpression = false;
    if (AKN_HIDDEN.has(name)) {
      hidden = Math.max(0, hidden - 1);
      return;
    }
    if (hidden > 0) return;
    if (name === AKN_NOTE) inNote = Math.max(0, inNote - 1);
    if (inNote > 0 || name === AKN_NOTE) return;
    if (name === 'docNumber') inDocNumber = false;
    if (name === 'docTitle' && titleDepth === stack.length + 1) {
      titleDepth = -1;
      const clean = collapse(titleText);
      // the first docTitle is the resolution number or the statement's title; the adoption line comes after
      if (clean && firstTitle === null) firstTitle = clean;
    }
    if (name === 'num') lines.markNumbered();
    else if (AKN_BLOCKS.has(name) || AKN_PARTS.has(name)) lines.breakLine();
  });

  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e as Error;
  }
  if (error) throw new LoadError(source, `is not well-formed XML (${describeSaxError(error as Error)})`);
  if (rootName !== 'akomaNtoso') {
    throw new LoadError(
      source,
      `is XML but not Akoma Ntoso (root element <${rootName ?? '?'}>, expected <akomaNtoso>)`,
    );
  }
  const symbol = collapse(docNumber);
  if (symbol) declared.symbol = symbol;
  declared.date ??= adoptionStepDate;
  if (
    declared.meeting === undefined &&
    !/\d{3,5}\s*(?:st|nd|rd|th|e|ª|-?м|次)?\s*(?:meeting|séance|sesión|заседани|会议)|جلسته/.test(
      lines.peek(),
    )
  ) {
    if (adoptionStepMeeting !== undefined) declared.meeting = adoptionStepMeeting;
  }
  if (firstTitle) declared.title = firstTitle;
  return { text: lines.finish(), declared };
}

function describeSaxError(error: Error): string {
  // saxes messages look like "file:12:34: unexpected end"; keep the position and the reason
  return error.message
    .replace(/^undefined:/, 'line ')
    .replace(/\s+/g, ' ')
    .trim();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function isoDate(value: string | undefined): string | undefined {
  // AKN uses 0001-01-01 as a placeholder for an unknown date
  const match = /^((\d{4})-\d{2}-\d{2})/.exec(value ?? '');
  return match && Number(match[2]) >= 1900 ? match[1] : undefined;
}

// ---------------------------------------------------------------- shared helpers

/**
 * Accumulates visible text as lines: whitespace runs inside a line collapse to one space,
 * `breakLine` ends the current line, `breakPart` leaves a blank line. A line holding only a
 * paragraph number stays open so the paragraph's text joins it.
 */
class LineBuilder {
  private readonly out: string[] = [];
  private current: string[] = [];
  private numbered = false;

  append(text: string): void {
    this.current.push(text);
  }
  markNumbered(): void {
    this.current.push(' ');
    this.numbered = true;
  }
  breakLineUnlessNumbered(): void {
    if (!this.numbered) this.breakLine();
  }
  breakLine(): void {
    const line = collapse(this.current.join(''));
    this.current = [];
    this.numbered = false;
    if (line) this.out.push(line);
  }
  breakPart(): void {
    this.breakLine();
    if (this.out.length > 0 && this.out[this.out.length - 1] !== '') this.out.push('');
  }
  /** the text so far (the cover, when called early enough) */
  peek(): string {
    return this.out.slice(0, 40).join('\n');
  }
  finish(): string {
    this.breakLine();
    while (this.out.length > 0 && this.out[this.out.length - 1] === '') this.out.pop();
    return this.out.join('\n');
  }
}

function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f\v]+/g, ' ').trim();
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
