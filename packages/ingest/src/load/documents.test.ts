import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCitations } from '../citations';
import { LoadError } from '../load';
import { normaliseText } from '../normalise';
import { analyseDocument } from '../pipeline';
import { loadDocument } from './documents';
import { DOCX_LIMITS, docxHtmlToText } from './docx';
import JSZip from 'jszip';

const RENDERINGS = fileURLToPath(new URL('../../../../data/samples/renderings/', import.meta.url));
const CORPUS_TEXT = fileURLToPath(new URL('../../../../../shared/corpus/unsc/text/', import.meta.url));
const SAMPLE_TEXT = fileURLToPath(new URL('../../../../data/samples/unsc/', import.meta.url));

/** The text a rendering was made from: the corpus's file, or the bundled sample's copy. */
function sourceText(stem: string): string {
  for (const dir of [CORPUS_TEXT, SAMPLE_TEXT]) {
    try {
      return readFileSync(join(dir, `${stem}.txt`), 'utf8');
    } catch {
      // next place
    }
  }
  throw new Error(`no text for ${stem}`);
}

const renderings = readdirSync(RENDERINGS)
  .filter((name) => /\.(pdf|docx|doc)$/.test(name))
  .sort();

describe('loadDocument: the committed renderings give back the text they were typeset from', () => {
  it('has renderings in the six languages', () => {
    expect(
      renderings
        .filter((name) => name.endsWith('.pdf'))
        .map((name) => name.split('.')[1])
        .sort(),
    ).toEqual(['ar', 'en', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  for (const name of renderings) {
    it(name, async () => {
      const stem = name.replace(/\.[^.]+$/, '');
      const loaded = await loadDocument(join(RENDERINGS, name));
      expect(loaded.format).toBe(name.split('.').pop());
      const text = normaliseText(loaded.text);
      const original = normaliseText(sourceText(stem));
      // every paragraph after the cover comes back whole: no furniture in it, no line broken.
      // Arabic diacritics are drawn as glyphs of their own over their letter; which letter a
      // reader gives one to is approximate, so Arabic lines are compared without them
      const marks = (line: string): string => (name.includes('.ar.') ? line.replace(/\p{M}/gu, '') : line);
      const body = original.split('\n\n').slice(1).join('\n').split('\n').filter(Boolean).map(marks);
      const lines = new Set(text.split('\n').map(marks));
      const missing = body.filter((line) => !lines.has(line));
      expect(missing).toEqual([]);
      expect(text).not.toMatch(/\d{2}-\d{5}|\*\d{7}\*|^\d+\/\d+$/m);
      // the same citations, in the same paragraphs
      const cite = (doc: ReturnType<typeof analyseDocument>) =>
        extractCitations(doc)
          .map((match) => `${match.target.symbol} ${match.evidence.section} ${match.evidence.paragraph}`)
          .sort();
      const fromRendering = analyseDocument({ ...loaded });
      const fromText = analyseDocument({
        source: `${stem}.txt`,
        format: 'text',
        text: sourceText(stem),
        declared: {},
        bytes: 0,
      });
      expect(cite(fromRendering)).toEqual(cite(fromText));
      expect(fromRendering.identity).toMatchObject({
        symbol: fromText.identity.symbol,
        lang: fromText.identity.lang,
        docType: fromText.identity.docType,
      });
    });
  }
});

/** A one-page PDF whose page is an image and nothing else, as a scanner makes. */
function imageOnlyPdf(): Buffer {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream',
    '<< /Length 30 >>\nstream\nq 612 0 0 792 0 0 cm /Im1 Do Q\nendstream',
  ]);
}

/** A one-page PDF that shows one line of Helvetica, after `before` in its content stream. */
function textPdf(line: string, before = ''): Buffer {
  const content = `${before}BT /F1 12 Tf 72 720 Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/** A PDF of these objects (numbered from 1, the first the catalogue), with its cross-reference table. */
function pdfOf(objects: string[]): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('loadDocument: files that give no text are errors naming the problem', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'unkg-documents-'));
  });
  const write = (name: string, bytes: Buffer | string): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('a scanned PDF (no text layer)', async () => {
    const path = write('scan.pdf', imageOnlyPdf());
    await expect(loadDocument(path)).rejects.toThrow(LoadError);
    await expect(loadDocument(path)).rejects.toThrow(/has no text layer \(1 page of images: a scan\?\)/);
  });

  it('a damaged PDF, an empty one, a Word file that is not one', async () => {
    await expect(loadDocument(write('broken.pdf', 'not a PDF at all'))).rejects.toThrow(
      /is not a readable PDF/,
    );
    await expect(loadDocument(write('empty.pdf', ''))).rejects.toThrow(/is empty/);
    await expect(loadDocument(write('fake.docx', 'plain text'))).rejects.toThrow(
      /is not a readable Word \(\.docx\) file/,
    );
    await expect(loadDocument(write('fake.doc', 'plain text'))).rejects.toThrow(
      /is not a readable Word 97–2003 \(\.doc\) file.*save it as \.docx or PDF/,
    );
  });

  it('a page pdf.js cannot read (a content stream nested 100,000 deep) is named, not taken for a scan', async () => {
    const line = 'The Security Council recalls resolution 1373 (2001).';
    expect((await loadDocument(write('plain.pdf', textPdf(line)))).text).toBe(line);
    const path = write('deep.pdf', textPdf(line, `${'['.repeat(100_000)}${']'.repeat(100_000)} pop `));
    const error = await loadDocument(path).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ source: path });
    expect((error as Error).message).toMatch(/^is not a readable PDF \(page 1: .+\)$/);
  });

  it('says which file: the error carries its path', async () => {
    const path = write('scan2.pdf', imageOnlyPdf());
    await expect(loadDocument(path)).rejects.toMatchObject({ source: path });
  });
});

describe('docxHtmlToText', () => {
  it('puts footnotes back where their mark stands, numbers list items, keeps empty paragraphs as blank lines', () => {
    const html =
      '<p>United Nations</p><p></p><p>Recalling the report<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> of the Secretary-General,</p>' +
      '<ol><li>Decides to renew the mandate;</li><li>Requests a report:<ol><li>on progress;</li></ol></li></ol>' +
      '<ol><li id="footnote-1"><p> S/2021/1000. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(docxHtmlToText(html)).toBe(
      [
        'United Nations',
        '',
        'Recalling the report S/2021/1000. of the Secretary-General,',
        '1. Decides to renew the mandate;',
        '2. Requests a report:',
        '(a) on progress;',
      ].join('\n'),
    );
  });
});

describe('loadDocument: a crafted .docx is refused in linear time, with the part and the reason', () => {
  let dir: string;
  let documentXml: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'unkg-docx-'));
    const zip = await JSZip.loadAsync(readFileSync(join(RENDERINGS, 'S_RES_2611_2021.en.docx')));
    documentXml = await zip.file('word/document.xml')!.async('string');
  });
  /** The sample rendering with its body replaced. */
  const craft = async (name: string, body: string): Promise<string> => {
    const zip = await JSZip.loadAsync(readFileSync(join(RENDERINGS, 'S_RES_2611_2021.en.docx')));
    const head = documentXml.slice(0, documentXml.indexOf('<w:body>') + '<w:body>'.length);
    zip.file('word/document.xml', `${head}${body}</w:body></w:document>`);
    const path = join(dir, name);
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return path;
  };
  const paragraph = '<w:p><w:r><w:t>The Security Council recalls resolution 1373 (2001).</w:t></w:r></w:p>';
  const tables = (depth: number): string =>
    `${'<w:tbl><w:tr><w:tc>'.repeat(depth)}${paragraph}${'</w:tc></w:tr></w:tbl>'.repeat(depth)}`;

  it('100,000 nested elements: an error naming the file and the part (mammoth overflowed its stack)', async () => {
    const path = await craft('deep.docx', tables(33_334));
    const started = performance.now();
    const error = await loadDocument(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject({ source: path });
    expect((error as Error).message).toBe(
      `word/document.xml nests elements more than ${DOCX_LIMITS.depth} deep, past what this reader follows (a crafted file?)`,
    );
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('tables nested as deep as the limit allows are read', async () => {
    const path = await craft('nested.docx', tables(Math.floor((DOCX_LIMITS.depth - 8) / 3)));
    expect((await loadDocument(path)).text).toBe('The Security Council recalls resolution 1373 (2001).');
  });

  it('a 50 MB text run: refused before mammoth builds its DOM (1 GB and 10 s before)', async () => {
    const run = 'The Security Council recalls resolution 1373 (2001). '.repeat(1_000_000);
    expect(run.length).toBeGreaterThan(50_000_000);
    const path = await craft('long-run.docx', `<w:p><w:r><w:t>${run}</w:t></w:r></w:p>`);
    const before = process.memoryUsage().rss;
    const error = await loadDocument(path).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ source: path });
    expect((error as Error).message).toBe(
      'word/document.xml holds more than 32 MB of XML, past what this reader takes in one part',
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
  }, 60_000);

  it('a 1 MB run is read whole', async () => {
    const run = 'The Security Council recalls resolution 1373 (2001). '.repeat(20_000);
    const path = await craft('run.docx', `<w:p><w:r><w:t>${run}</w:t></w:r></w:p>`);
    const text = (await loadDocument(path)).text;
    expect(text).toBe(run.trim());
  });
});

describe('docxHtmlToText: linear in the nesting', () => {
  it('100,000 nested elements take about the time of 100,000 flat ones', () => {
    const count = 100_000;
    const body = '<p>The Security Council recalls resolution 1373 (2001).</p>';
    const time = (html: string): { text: string; ms: number } => {
      const started = performance.now();
      const text = docxHtmlToText(html);
      return { text, ms: performance.now() - started };
    };
    const flat = time(`${'<table></table>'.repeat(count)}${body}`);
    const nested = time(`${'<table><tr><td>'.repeat(count)}${body}${'</td></tr></table>'.repeat(count)}`);
    expect(nested.text).toBe('The Security Council recalls resolution 1373 (2001).');
    expect(flat.text).toBe(nested.text);
    expect(nested.ms).toBeLessThan(10 * flat.ms + 500);
  });
});
