/**
 * Renders the corpus's plain texts (../shared/corpus/unsc/text) as the UN publishes them: PDF and
 * Word files laid out like an official document, typeset by LibreOffice (a real typesetter from
 * Debian), so the PDF/DOCX readers are measured on what a user downloads, not on text we wrote.
 *
 * Each text becomes a Flat ODT (one XML file) with the UN's layout, which LibreOffice converts:
 * - page 1: the masthead ("United Nations" and the symbol, the organ, "Distr.: General" and the
 *   date), the title; its footer holds the job number with the language letter "20-08735 (E)"
 *   and the bar code "*2008735*";
 * - later pages: the symbol as a running header (right on odd pages, left on even ones), the page
 *   number "2/6" and the job number in the footer;
 * - justified paragraphs with automatic hyphenation (en, fr, es, ru), the first word of a
 *   preambular or operative paragraph in italics, operative numbers "1." hanging;
 * - the six scripts in Noto fonts; Arabic laid out right to left;
 * - `--columns 2`: the body in two columns under a full-width masthead and title.
 * Job numbers come from the file names the UN gave the AKN originals (documents.jsonl
 * `source_path`, "…-2000407A.xml", "…_N0170757.xml"); when a file has none, one is derived from
 * the symbol (same format, stable).
 *
 * Needs LibreOffice (Debian: libreoffice-writer-nogui or libreoffice-writer) and the fonts
 * (fonts-noto-core fonts-noto-cjk), hyphenation patterns (hyphen-en-us hyphen-fr hyphen-es
 * hyphen-ru). Not needed by the tests: they use the renderings committed in data/samples.
 *
 *   npx tsx scripts/render-un-documents.ts [--out DIR] [--formats pdf,docx,doc] [--columns 1|2]
 *       [--limit N] [--every K] [--match REGEX] <text file or directory>...
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface RenderOptions {
  columns: 1 | 2;
}

export interface SourceText {
  /** file stem, e.g. S_RES_2532_2020.fr */
  stem: string;
  lang: string;
  text: string;
  /** "20-08831 (F)" */
  jobNumber: string;
}

const LANGUAGE_LETTER: Record<string, string> = { en: 'E', fr: 'F', es: 'S', ru: 'R', ar: 'A', zh: 'C' };
/** fo:language / fo:country for hyphenation and spelling; Arabic and Chinese use the complex and Asian slots */
const LOCALE: Record<string, [string, string]> = {
  en: ['en', 'US'],
  fr: ['fr', 'FR'],
  es: ['es', 'ES'],
  ru: ['ru', 'RU'],
  ar: ['ar', 'EG'],
  zh: ['zh', 'CN'],
};

/** "…-2000407A.xml" → 20-00407 (A); "…_N0170757.xml" → 01-70757 (E); else one derived from the symbol. */
export function jobNumberOf(sourcePath: string | undefined, symbol: string, lang: string): string {
  const letter = LANGUAGE_LETTER[lang] ?? 'E';
  const match = /(?:-|_N)(\d{2})(\d{5})([A-Z]?)\.xml$/.exec(sourcePath ?? '');
  if (match) return `${match[1]}-${match[2]} (${match[3] || letter})`;
  const year = /\((\d{4})\)|\/(\d{4})\//.exec(symbol);
  const yy = (year?.[1] ?? year?.[2] ?? '2000').slice(2);
  const digits =
    parseInt(createHash('sha1').update(`${symbol} ${lang}`).digest('hex').slice(0, 8), 16) % 100000;
  return `${yy}-${String(digits).padStart(5, '0')} (${letter})`;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Spaces as ODF wants them: a run of spaces is one space and a <text:s/>. */
const odfText = (text: string): string =>
  escapeXml(text).replace(/ {2,}/g, (run) => ` <text:s text:c="${run.length - 1}"/>`);

const OPERATIVE = /^((?:\d{1,3}|[\u0660-\u0669]{1,3})\s*(?:\.|-|–|．))\s*(.*)$/u;
const SUB_PARAGRAPH = /^(\((?:[a-z]{1,2}|[ivxlc]{1,6}|[\u0621-\u064a]{1,2})\))\s*(.*)$/u;

/** The first word of a Latin or Cyrillic paragraph in italics, as the UN sets preambular and operative verbs. */
function withItalicLead(text: string, lang: string): string {
  if (lang === 'ar' || lang === 'zh') return odfText(text);
  const match = /^([\p{L}’'-]+)(.*)$/su.exec(text);
  if (!match || match[1]!.length < 4) return odfText(text);
  return `<text:span text:style-name="Lead">${odfText(match[1]!)}</text:span>${odfText(match[2]!)}`;
}

/** One document as Flat ODT. */
export function toFlatOdt(source: SourceText, options: RenderOptions): string {
  const lines = source.text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
  const rtl = source.lang === 'ar';
  const [language, country] = LOCALE[source.lang] ?? ['en', 'US'];
  const symbol = lines[1] ?? '';
  const hasMasthead = lines.length > 4 && /^Distr/i.test(lines[3] ?? '');
  const body: string[] = [];
  let first = true;
  const para = (style: string, content: string): void => {
    // the first paragraph carries the first page's master page (its footer holds the job number)
    body.push(`<text:p text:style-name="${first ? `${style}First` : style}">${content}</text:p>`);
    if (first) firstStyles.add(style);
    first = false;
  };
  const firstStyles = new Set<string>();
  let index = 0;
  if (hasMasthead) {
    const cell = (style: string, content: string[]): string =>
      `<table:table-cell office:value-type="string">${content.map((text) => `<text:p text:style-name="${style}">${odfText(text)}</text:p>`).join('')}</table:table-cell>`;
    const row1 = [cell('MastOrg', [lines[0]!]), cell('MastSymbol', [lines[1]!])];
    // the masthead table carries the first page's master page (its footer holds the job number)
    first = false;
    const row2 = [cell('MastOrgan', [lines[2]!]), cell('MastDistr', [lines[3]!, lines[4]!])];
    body.push(
      `<table:table table:name="Masthead" table:style-name="Masthead"><table:table-column table:style-name="MastCol1"/><table:table-column table:style-name="MastCol2"/>` +
        `<table:table-row>${row1.join('')}</table:table-row><table:table-row>${row2.join('')}</table:table-row></table:table>`,
    );
    index = 5;
  }
  // the title and adoption line, up to the first blank line
  let titleLine = 0;
  for (; index < lines.length && lines[index] !== ''; index++)
    para(titleLine++ === 0 ? 'Title' : 'Subtitle', odfText(lines[index]!));
  const bodyStart = body.length;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') {
      body.push('<text:p text:style-name="Blank"/>');
      continue;
    }
    const operative = OPERATIVE.exec(line);
    const sub = operative ? null : SUB_PARAGRAPH.exec(line);
    if (operative)
      para('Operative', `${odfText(operative[1]!)}<text:tab/>${withItalicLead(operative[2]!, source.lang)}`);
    else if (sub) para('SubParagraph', `${odfText(sub[1]!)}<text:tab/>${odfText(sub[2]!)}`);
    else para('Body', withItalicLead(line, source.lang));
  }
  if (options.columns === 2) {
    const columns = body.splice(bodyStart);
    body.push(
      `<text:section text:style-name="TwoColumns" text:name="Body">${columns.join('')}</text:section>`,
    );
  }

  const jobPlain = source.jobNumber.replace(/ \([A-Z]\)$/, '');
  const barcode = `*${jobPlain.replace('-', '')}*`;
  const align = rtl ? 'end' : 'start';
  const writing = rtl ? 'rl-tb' : 'lr-tb';
  const para_ = (name: string, paragraph: string, text = '', parent = 'Standard'): string =>
    `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${parent}"><style:paragraph-properties style:writing-mode="${writing}" ${paragraph}/>${text ? `<style:text-properties ${text}/>` : ''}</style:style>`;
  const hyphenate = source.lang === 'ar' || source.lang === 'zh' ? 'false' : 'true';
  // the indent unit: the UN's 1.27 cm, half of it in a column
  const u = options.columns === 2 ? 0.635 : 1.27;
  const paragraphStyles = [
    para_(
      'Body',
      `fo:margin-left="${u}cm" fo:margin-right="${u}cm" fo:text-indent="${u}cm" fo:margin-bottom="0.21cm" fo:text-align="justify" fo:line-height="120%"`,
      `fo:hyphenate="${hyphenate}" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3" fo:hyphenation-ladder-count="2"`,
    ),
    para_(
      'Operative',
      `fo:margin-left="${2 * u}cm" fo:margin-right="${u}cm" fo:text-indent="-${u}cm" fo:margin-bottom="0.21cm" fo:text-align="justify" fo:line-height="120%"`,
      `fo:hyphenate="${hyphenate}" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3" fo:hyphenation-ladder-count="2"`,
    ),
    para_(
      'SubParagraph',
      `fo:margin-left="${3 * u}cm" fo:margin-right="${u}cm" fo:text-indent="-${u}cm" fo:margin-bottom="0.21cm" fo:text-align="justify" fo:line-height="120%"`,
      `fo:hyphenate="${hyphenate}" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3" fo:hyphenation-ladder-count="2"`,
    ),
    para_('Blank', `fo:margin-bottom="0cm" fo:line-height="100%"`),
    para_(
      'Title',
      `fo:margin-left="1.27cm" fo:margin-top="0.6cm" fo:margin-bottom="0.3cm" fo:text-align="${align}"`,
      `fo:font-size="12pt" fo:font-weight="bold" style:font-size-complex="13pt" style:font-weight-complex="bold" style:font-size-asian="13pt" style:font-weight-asian="bold"`,
    ),
    para_('Subtitle', `fo:margin-left="1.27cm" fo:margin-bottom="0.5cm" fo:text-align="${align}"`),
    para_('MastOrg', `fo:margin-top="0cm" fo:text-align="${align}"`, `fo:font-size="10pt"`),
    para_(
      'MastSymbol',
      `fo:text-align="${rtl ? 'start' : 'end'}"`,
      `fo:font-size="16pt" fo:font-weight="bold" style:font-size-complex="16pt" style:font-weight-complex="bold"`,
    ),
    para_(
      'MastOrgan',
      `fo:margin-top="0.3cm" fo:text-align="${align}"`,
      `fo:font-size="20pt" fo:font-weight="bold" style:font-size-complex="20pt" style:font-weight-complex="bold" style:font-size-asian="20pt" style:font-weight-asian="bold"`,
    ),
    para_(
      'MastDistr',
      `fo:margin-top="0.3cm" fo:margin-left="1.5cm"${rtl ? ` fo:text-align="end"` : ` fo:text-align="start"`}`,
    ),
    para_('HeaderOdd', `fo:text-align="end"`, `fo:font-size="9pt" fo:font-weight="bold"`),
    para_('HeaderEven', `fo:text-align="start"`, `fo:font-size="9pt" fo:font-weight="bold"`),
    para_('Footer', `fo:text-align="start"`, `fo:font-size="8pt"`),
  ];
  const firstPageStyles = [...firstStyles].map(
    (style) =>
      `<style:style style:name="${style}First" style:family="paragraph" style:parent-style-name="${style}" style:master-page-name="Standard"/>`,
  );
  const tabs =
    '<style:tab-stops><style:tab-stop style:position="16.2cm" style:type="right"/></style:tab-stops>';
  // footers: the job number and the page number "2/6" on opposite sides, mirrored on even pages
  const pageOf =
    '<text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count>';
  const footer = (left: string, right: string): string =>
    `<text:p text:style-name="FooterTabs">${left}<text:tab/>${right}</text:p>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${escapeXml(symbol)}</dc:title><dc:language>${language}-${country}</dc:language></office:meta>
<office:font-face-decls>
<style:font-face style:name="Noto Serif" svg:font-family="'Noto Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
<style:font-face style:name="Noto Naskh Arabic" svg:font-family="'Noto Naskh Arabic'" style:font-family-generic="roman" style:font-pitch="variable"/>
<style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="${writing}"/><style:text-properties style:font-name="Noto Serif" fo:font-size="10pt" fo:language="${source.lang === 'ar' || source.lang === 'zh' ? 'en' : language}" fo:country="${source.lang === 'ar' || source.lang === 'zh' ? 'US' : country}" style:font-name-asian="Noto Serif CJK SC" style:font-size-asian="10.5pt" style:language-asian="zh" style:country-asian="CN" style:font-name-complex="Noto Naskh Arabic" style:font-size-complex="12pt" style:language-complex="ar" style:country-complex="EG"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
${paragraphStyles.join('\n')}
<style:style style:name="FooterTabs" style:family="paragraph" style:parent-style-name="Footer"><style:paragraph-properties>${tabs}</style:paragraph-properties></style:style>
<style:style style:name="Lead" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="Page" style:page-usage="mirrored"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" fo:margin-top="1.3cm" fo:margin-bottom="1.3cm" fo:margin-left="2.7cm" fo:margin-right="2.7cm" style:writing-mode="${writing}"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout>
<style:style style:name="Masthead" style:family="table"><style:table-properties style:width="16.19cm" table:align="margins" style:writing-mode="${writing}"/></style:style>
<style:style style:name="MastCol1" style:family="table-column"><style:table-column-properties style:column-width="9.5cm"/></style:style>
<style:style style:name="MastCol2" style:family="table-column"><style:table-column-properties style:column-width="6.69cm"/></style:style>
<style:style style:name="TwoColumns" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
${firstPageStyles.join('\n')}
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="Page">
<style:header><text:p text:style-name="HeaderOdd">${escapeXml(symbol)}</text:p></style:header>
<style:header-left><text:p text:style-name="HeaderEven">${escapeXml(symbol)}</text:p></style:header-left>
<style:header-first><text:p text:style-name="HeaderOdd"/></style:header-first>
<style:footer>${footer(escapeXml(jobPlain), pageOf)}</style:footer>
<style:footer-left>${footer(pageOf, escapeXml(jobPlain))}</style:footer-left>
<style:footer-first>${footer(escapeXml(source.jobNumber), escapeXml(barcode))}</style:footer-first>
</style:master-page>
</office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}

/** documents.jsonl beside the text directory: file stem → source_path (the UN's file name, with the job number). */
function readSourcePaths(textDir: string): Map<string, string> {
  const index = join(dirname(textDir), 'documents.jsonl');
  const paths = new Map<string, string>();
  if (!existsSync(index)) return paths;
  for (const line of readFileSync(index, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { file: string; source_path?: string };
    if (record.source_path) paths.set(basename(record.file).replace(/\.txt$/, ''), record.source_path);
  }
  return paths;
}

function listTexts(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory())
      files.push(
        ...readdirSync(path)
          .filter((name) => name.endsWith('.txt'))
          .sort()
          .map((name) => join(path, name)),
      );
    else files.push(path);
  }
  return files;
}

const FILTERS: Record<string, string> = {
  pdf: 'pdf:writer_pdf_Export',
  docx: 'docx:MS Word 2007 XML',
  doc: 'doc:MS Word 97',
  odt: 'odt',
};

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'renderings' },
      formats: { type: 'string', default: 'pdf,docx' },
      columns: { type: 'string', default: '1' },
      limit: { type: 'string' },
      every: { type: 'string', default: '1' },
      match: { type: 'string' },
      batch: { type: 'string', default: '40' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    process.stdout.write(
      'usage: npx tsx scripts/render-un-documents.ts [--out DIR] [--formats pdf,docx,doc] [--columns 1|2] [--limit N] [--every K] [--match REGEX] <text file or dir>...\n',
    );
    process.exit(values.help ? 0 : 2);
  }
  const soffice = ['soffice', 'libreoffice'].find(
    (name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0,
  );
  if (!soffice) {
    process.stderr.write(
      'render-un-documents: LibreOffice not found (Debian: apt-get install libreoffice-writer-nogui fonts-noto-core fonts-noto-cjk)\n',
    );
    process.exit(1);
  }
  const formats = values.formats.split(',').map((format) => format.trim());
  for (const format of formats)
    if (!FILTERS[format]) throw new Error(`unknown format ${format} (pdf, docx, doc, odt)`);
  const columns = values.columns === '2' ? 2 : 1;
  const match = values.match ? new RegExp(values.match) : null;
  let files = listTexts(positionals.map((path) => resolve(path))).filter(
    (file) => !match || match.test(basename(file)),
  );
  files = files.filter((_, i) => i % Number(values.every) === 0);
  if (values.limit) files = files.slice(0, Number(values.limit));
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'unkg-render-'));
  const profile = `file://${join(work, 'profile')}`;
  const sourcePaths = new Map<string, Map<string, string>>();
  const fodts: string[] = [];
  for (const file of files) {
    const dir = dirname(file);
    if (!sourcePaths.has(dir)) sourcePaths.set(dir, readSourcePaths(dir));
    const stem = basename(file).replace(/\.txt$/, '');
    const lang = /\.([a-z]{2})$/.exec(stem)?.[1] ?? 'en';
    const text = readFileSync(file, 'utf8');
    const symbol = text.split('\n')[1]?.trim() ?? stem;
    const jobNumber = jobNumberOf(sourcePaths.get(dir)!.get(stem), symbol, lang);
    const fodt = join(work, `${stem}.fodt`);
    writeFileSync(fodt, toFlatOdt({ stem, lang, text, jobNumber }, { columns }));
    fodts.push(fodt);
  }
  const batch = Math.max(1, Number(values.batch));
  for (const format of formats) {
    for (let start = 0; start < fodts.length; start += batch) {
      const chunk = fodts.slice(start, start + batch);
      const run = spawnSync(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          FILTERS[format]!,
          '--outdir',
          out,
          ...chunk,
        ],
        { encoding: 'utf8', timeout: 600_000 },
      );
      if (run.status !== 0) throw new Error(`${soffice} failed (exit ${run.status}): ${run.stderr}`);
      for (const fodt of chunk) {
        const produced = join(out, basename(fodt).replace(/\.fodt$/, `.${format}`));
        if (!existsSync(produced)) throw new Error(`${soffice} did not write ${produced}: ${run.stderr}`);
      }
      process.stdout.write(`${format}: ${Math.min(start + batch, fodts.length)}/${fodts.length}\n`);
    }
  }
  if (formats.includes('odt')) for (const fodt of fodts) renameSync(fodt, join(out, basename(fodt)));
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(
    `rendered ${files.length} files (${formats.join(', ')}, ${columns} column${columns > 1 ? 's' : ''}) into ${out}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
