/**
 * Word input. `.docx` through mammoth (a well-kept reader of Office Open XML): its HTML gives the
 * body's paragraphs, tables and lists, without the running headers and footers (page furniture
 * lives there in a Word file). Footnotes are put back inline where their mark stands, as the AKN
 * reader does, since UN footnotes hold citations. `.doc` (Word 97–2003) through word-extractor,
 * a pure-JavaScript reader of the binary format: body, then footnotes and endnotes.
 *
 * mammoth reads each XML part into a DOM and walks it recursively, so a crafted file can exhaust
 * the stack (100,000 nested elements) or the memory (a 50 MB part took 1 GB and 10 s). Every XML
 * part is therefore first streamed through saxes, in linear time and bounded memory, and refused
 * past DOCX_LIMITS with a message that says which part and why. mammoth's HTML is read with
 * html-reader.ts, linear whatever its nesting.
 */
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import { readHtml } from '../html-reader';

/** A Word file that cannot give text: the message says why (the caller names the file). */
export class WordProblem extends Error {}

/**
 * What a .docx may hold for mammoth to read it. Depth: mammoth's recursion overflowed Node's
 * default stack from about 1,500 nested elements (tables in tables); a real document nests a few
 * dozen. Bytes: mammoth's DOM takes about 20 times a part's size in memory.
 */
export const DOCX_LIMITS = { depth: 400, partBytes: 32 * 1024 * 1024 };

type Mammoth = typeof import('mammoth');
let mammoth: Promise<Mammoth> | undefined;
type JSZipClass = typeof import('jszip');
let jszip: Promise<JSZipClass> | undefined;

const notReadable = (error: unknown): WordProblem =>
  new WordProblem(`is not a readable Word (.docx) file (${(error as Error).message})`);

export async function readDocx(bytes: Uint8Array, limits = DOCX_LIMITS): Promise<string> {
  await checkDocxParts(bytes, limits);
  mammoth ??= import('mammoth').then(
    (module) => ((module as { default?: Mammoth }).default ?? module) as Mammoth,
  );
  const { convertToHtml } = await mammoth;
  let html: string;
  try {
    const result = await convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false });
    html = result.value;
  } catch (error) {
    if (error instanceof RangeError)
      throw new WordProblem('nests its elements too deeply to be read (the reader ran out of stack)');
    throw notReadable(error);
  }
  return docxHtmlToText(html);
}

/**
 * Streams every XML part of the package through saxes, counting its bytes and its depth, and throws
 * a WordProblem at the first part past a limit. Malformed XML is left for mammoth to report.
 */
export async function checkDocxParts(bytes: Uint8Array, limits = DOCX_LIMITS): Promise<void> {
  jszip ??= import('jszip').then(
    (module) => ((module as { default?: JSZipClass }).default ?? module) as JSZipClass,
  );
  const JSZip = await jszip;
  let zip: InstanceType<JSZipClass>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw notReadable(error);
  }
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(?:xml|rels)$/i.test(entry.name)) continue;
    const problem = await measurePart(entry, limits);
    if (problem) throw new WordProblem(`${entry.name} ${problem}`);
  }
}

/** The first limit a part goes past, said in words, or null. */
function measurePart(entry: import('jszip').JSZipObject, limits: typeof DOCX_LIMITS): Promise<string | null> {
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  let problem: string | null = null;
  parser.on('opentag', () => {
    if (++depth > limits.depth && problem === null)
      problem = `nests elements more than ${limits.depth} deep, past what this reader follows (a crafted file?)`;
  });
  parser.on('closetag', () => {
    depth--;
  });
  parser.on('error', () => {
    // malformed XML: mammoth says so, with its own words
  });
  const decoder = new TextDecoder();
  let read = 0;
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer') as Readable;
    stream
      .on('data', (chunk: Buffer) => {
        if (problem !== null) return;
        read += chunk.length;
        if (read > limits.partBytes)
          problem = `holds more than ${mebibytes(limits.partBytes)} of XML, past what this reader takes in one part`;
        else parser.write(decoder.decode(chunk, { stream: true }));
        if (problem !== null) {
          stream.destroy();
          resolve(problem);
        }
      })
      .on('error', (error: Error) => reject(notReadable(error)))
      .on('end', () => resolve(problem));
  });
}

const mebibytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'tr',
  'table',
  'ol',
  'ul',
  'br',
]);

/**
 * mammoth's HTML → one paragraph per line: an empty paragraph is a blank line (a part boundary),
 * list items get their number ("1. ", nested "(a) "), footnotes and endnotes are inlined.
 */
export function docxHtmlToText(html: string): string {
  const notes = collectNotes(html);
  const lines: string[] = [];
  let current = '';
  let skipDepth = 0;
  let inNoteRef = false;
  const lists: Array<{ ordered: boolean; count: number }> = [];
  let paragraphOpen = false;
  let paragraphText = false;
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  readHtml(html, {
    onopentag(name, attributes) {
      if (skipDepth > 0) {
        skipDepth++;
        return;
      }
      // the notes themselves are read by collectNotes; their list is skipped here
      if (name === 'li' && /^(?:footnote|endnote)-\d+$/.test(attributes.id ?? '')) {
        skipDepth = 1;
        return;
      }
      if (name === 'a' && /^#(?:footnote|endnote)-\d+$/.test(attributes.href ?? '')) {
        inNoteRef = true;
        const note = notes.get(attributes.href!.slice(1));
        if (note) current += ` ${note} `;
        return;
      }
      if (name === 'ol' || name === 'ul') lists.push({ ordered: name === 'ol', count: 0 });
      if (!BLOCKS.has(name)) return;
      flush();
      if (name === 'p') {
        paragraphOpen = true;
        paragraphText = false;
      }
      if (name === 'li') {
        const list = lists[lists.length - 1];
        if (list?.ordered) {
          list.count++;
          current +=
            lists.length > 1
              ? `(${String.fromCharCode(0x60 + Math.min(list.count, 26))}) `
              : `${list.count}. `;
        }
      }
    },
    ontext(text) {
      if (skipDepth > 0 || inNoteRef) return;
      current += text;
      if (/\S/.test(text)) paragraphText = true;
    },
    onclosetag(name) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (name === 'a' && inNoteRef) {
        inNoteRef = false;
        return;
      }
      if (name === 'ol' || name === 'ul') lists.pop();
      if (!BLOCKS.has(name)) return;
      flush();
      if (name === 'p' && paragraphOpen) {
        // an empty paragraph is the vertical space a Word file separates parts with
        if (!paragraphText && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
        paragraphOpen = false;
      }
    },
  });
  flush();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** Footnote and endnote texts by id ("footnote-1"), without their back-link. */
function collectNotes(html: string): Map<string, string> {
  const notes = new Map<string, string>();
  let id: string | null = null;
  let depth = 0;
  let text = '';
  let inBackLink = false;
  readHtml(html, {
    onopentag(name, attributes) {
      if (id !== null) {
        depth++;
        if (name === 'a' && /^#(?:footnote|endnote)-ref-\d+$/.test(attributes.href ?? '')) inBackLink = true;
        else if (BLOCKS.has(name)) text += ' ';
        return;
      }
      if (name === 'li' && /^(?:footnote|endnote)-\d+$/.test(attributes.id ?? '')) {
        id = attributes.id!;
        depth = 1;
        text = '';
      }
    },
    ontext(chunk) {
      if (id !== null && !inBackLink) text += chunk;
    },
    onclosetag(name) {
      if (id === null) return;
      if (name === 'a') inBackLink = false;
      if (--depth === 0) {
        notes.set(id, text.replace(/\s+/g, ' ').trim());
        id = null;
      }
    },
  });
  return notes;
}

type WordExtractorClass = typeof import('word-extractor');
let wordExtractor: Promise<WordExtractorClass> | undefined;

export async function readDoc(bytes: Uint8Array): Promise<string> {
  wordExtractor ??= import('word-extractor').then(
    (module) => ((module as { default?: WordExtractorClass }).default ?? module) as WordExtractorClass,
  );
  const WordExtractor = await wordExtractor;
  let document: Awaited<ReturnType<InstanceType<WordExtractorClass>['extract']>>;
  try {
    document = await new WordExtractor().extract(Buffer.from(bytes));
  } catch (error) {
    throw new WordProblem(
      `is not a readable Word 97–2003 (.doc) file (${(error as Error).message}); save it as .docx or PDF and ingest that`,
    );
  }
  const parts = [document.getBody(), document.getFootnotes(), document.getEndnotes()];
  return (
    parts
      // Word's own codes: U+001E a non-breaking hyphen, U+001F an optional (soft) hyphen, cell and line marks
      .map((part) =>
        part
          .replace(/\r\n?/g, '\n')
          .replaceAll('\u001e', '\u2011')
          .replaceAll('\u001f', '')
          .replaceAll('\u0007', '\n')
          .replaceAll('\u000b', '\n')
          .trim(),
      )
      .filter(Boolean)
      .join('\n\n')
  );
}
