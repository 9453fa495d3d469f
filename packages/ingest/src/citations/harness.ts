/**
 * A minimal segmenter for the corpus's plain-text layout (cover, "The Security Council,",
 * preamble lines, numbered operative paragraphs, lettered sub-paragraphs). The real pipeline
 * has its own (segment.ts); this one lets the citation engine be tested and evaluated alone.
 */
import type { DocType } from '@unkg/graph';
import { ENACTING_FORMULA } from '../identity';
import type { Segment, SegmentedDocument } from '../types';

const OPERATIVE = /^(\d{1,3})\s*(?:\.|-|–)\s+/;
const LETTERED = /^\(?([a-z]{1,4})\)\s+/;
/** Some texts have no opening line: the cover then ends with the adoption line. */
const ADOPTION = /^(?:Adopted|Adoptée|Aprobada|Принята|принятая|(?:الذي )?اتخذه|.*通过\s*$)/u;

export function segmentCorpusText(
  text: string,
  lang: string,
  symbol: string | null,
  source = 'corpus.txt',
): SegmentedDocument {
  const segments: Segment[] = [];
  const isStatement = symbol?.startsWith('S/PRST/') ?? false;
  let section: Segment['section'] = 'cover';
  let paragraph: string | null = null;
  let offset = 0;
  const lines = text.split('\n');
  const hasOpening = lines.some((line) => ENACTING_FORMULA.test(line.trim()));
  for (const line of lines) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (line.trim() === '') continue;
    if (section === 'cover' && (ENACTING_FORMULA.test(line.trim()) || (isStatement && /^[“"]/.test(line)))) {
      section = isStatement ? 'body' : 'preamble';
      if (!isStatement) continue;
    }
    if (section === 'cover' && !hasOpening && !isStatement && ADOPTION.test(line.trim())) {
      segments.push({ section, paragraph: null, start, end, textOf: null });
      section = 'preamble';
      continue;
    }
    const operative = OPERATIVE.exec(line);
    const lettered = LETTERED.exec(line);
    if (section !== 'cover' && !isStatement && operative) {
      section = 'operative';
      paragraph = operative[1]!;
    }
    const label =
      section === 'operative' && lettered && !operative
        ? `${paragraph} (${lettered[1]})`
        : section === 'operative'
          ? paragraph
          : null;
    segments.push({ section, paragraph: label, start, end, textOf: section === 'cover' ? null : symbol });
  }
  const docType: DocType = isStatement ? 'statement' : 'resolution';
  return {
    source,
    format: 'text',
    text,
    declared: {},
    bytes: Buffer.byteLength(text),
    identity: { lang, docType, symbol, title: '', date: null, meeting: null, textOf: symbol ? [symbol] : [] },
    segments,
  };
}
