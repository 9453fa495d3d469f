/**
 * PDF input: the text layer read by pdf.js (pdfjs-dist, Mozilla's reader; the legacy build runs
 * on Node 20), laid out into lines (pdf-layout.ts), cleared of page furniture (furniture.ts) and
 * rebuilt into paragraphs (paragraphs.ts). A PDF without a text layer (a scan) is an error that
 * says so; so are encrypted and damaged files.
 */
import type { DocumentIdentity } from '../types';
import { findFurniture } from '../furniture';
import { layoutPage, type LayoutLine, type PdfPage, type PdfTextRun } from './pdf-layout';
import { rebuildParagraphs } from './paragraphs';

/** A PDF that cannot give text: the message says why (the caller names the file). */
export class PdfProblem extends Error {}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** Justification kashidas (tatweel) that a typesetter stretches Arabic lines with. */
const TATWEEL = /\u0640/g;

export async function readPdf(
  bytes: Uint8Array,
): Promise<{ text: string; declared: Partial<DocumentIdentity>; pages: number }> {
  let document: PdfDocument;
  try {
    document = await openPdf(bytes, false);
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException')
      throw new PdfProblem('is an encrypted PDF (a password is needed to read it)');
    throw new PdfProblem(`is not a readable PDF (${(error as Error).message})`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: PdfTextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , e, f] = item.transform as number[];
        runs.push({
          text: item.str.replace(TATWEEL, ''),
          // page coordinates from the bottom-left corner of the viewport
          x: e! - viewport.viewBox[0]!,
          y: f! - viewport.viewBox[1]!,
          width: item.width,
          height: item.height || Math.hypot(a!, b!),
          rtl: item.dir === 'rtl',
        });
      }
      pages.push({ width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    const text = pagesToText(pages);
    if (!/[\p{L}\p{N}]/u.test(text)) {
      // pdf.js passes over what it cannot read: say so rather than call a broken page a scan
      const failure = await firstPageFailure(bytes);
      if (failure) throw new PdfProblem(`is not a readable PDF (${failure})`);
      throw new PdfProblem(
        `has no text layer (${document.numPages} page${document.numPages === 1 ? '' : 's'} of images: a scan?); run OCR first (e.g. ocrmypdf) and ingest the result`,
      );
    }
    return { text, declared: {}, pages: document.numPages };
  } finally {
    await document.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** Opens a PDF; `stopAtErrors`: pdf.js throws at what it cannot read instead of passing over it. */
async function openPdf(bytes: Uint8Array, stopAtErrors: boolean): Promise<PdfDocument> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  // pdf.js takes ownership of the buffer it is given: hand it a copy
  return getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors,
    verbosity: 0,
  }).promise;
}

/**
 * The first page whose text pdf.js cannot read, with its error ("page 1: Maximum call stack size
 * exceeded" for a content stream nested 100,000 deep), or null. Only run when no text was found.
 */
async function firstPageFailure(bytes: Uint8Array): Promise<string | null> {
  const document = await openPdf(bytes, true);
  try {
    for (let number = 1; number <= document.numPages; number++) {
      try {
        await (await document.getPage(number)).getTextContent();
      } catch (error) {
        return `page ${number}: ${(error as Error).message}`;
      }
    }
    return null;
  } finally {
    await document.destroy();
  }
}

/** Pages of positioned runs → the document's text, one paragraph per line. */
export function pagesToText(pages: PdfPage[]): string {
  const lines: LayoutLine[] = pages.flatMap((page, index) => layoutPage(page, index));
  const furniture = findFurniture(
    lines,
    pages.map((page) => page.height),
  );
  return rebuildParagraphs(lines.filter((_, index) => !furniture[index]));
}
