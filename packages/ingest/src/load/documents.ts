/**
 * Loading any supported file: text formats through load.ts (strict decoding, markup to text),
 * PDF and Word files through their asynchronous readers (pdf.ts, docx.ts). The readers are
 * imported on first use, so a run without such files never loads pdf.js or mammoth. Every
 * problem is a LoadError naming the file.
 */
import { readFile } from 'node:fs/promises';
import { BINARY_FORMATS, formatOf, LoadError, loadFile } from '../load';
import type { LoadedDocument } from '../types';
import { readDoc, readDocx, WordProblem } from './docx';
import { PdfProblem, readPdf } from './pdf';

export async function loadDocument(source: string): Promise<LoadedDocument> {
  const format = formatOf(source);
  if (!format || !BINARY_FORMATS.has(format)) return loadFile(source);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (error) {
    throw new LoadError(
      source,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  if (bytes.length === 0) throw new LoadError(source, 'is empty');
  try {
    if (format === 'pdf') {
      const { text, declared } = await readPdf(bytes);
      return { source, format, text, declared, bytes: bytes.length };
    }
    const text = format === 'docx' ? await readDocx(bytes) : await readDoc(bytes);
    if (!/[\p{L}\p{N}]/u.test(text)) throw new LoadError(source, 'is empty (no text in the document)');
    return { source, format, text, declared: {}, bytes: bytes.length };
  } catch (error) {
    if (error instanceof PdfProblem || error instanceof WordProblem)
      throw new LoadError(source, error.message);
    throw error;
  }
}
