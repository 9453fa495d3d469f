/**
 * The citation engine, eyecite-style: tokenise (tokenize.ts: one regex pass, typed tokens) →
 * resolve (resolve.ts: lists, organs, years, pins, committees, validity from the series table
 * in data/citations) → attribute (here: the citing resolution of each segment, self-citations
 * dropped, evidence with section, paragraph, lead verb, quote and offsets).
 */
import type { Section } from '@unkg/graph';
import type { CitationMatch, Segment, SegmentedDocument } from '../types';
import { leadVerb } from '../verbs';
import { quoteAround } from './quote';
import { resolveTokens, type ResolvedCitation } from './resolve';
import { tokenize } from './tokenize';

export type { ResolvedCitation } from './resolve';
export { tokenize, type CitationToken } from './tokenize';
export { resolveTokens } from './resolve';

/** Every citation in the document, attributed to the resolution whose text holds it. */
export function extractCitations(doc: SegmentedDocument): CitationMatch[] {
  const segments: Segment[] =
    doc.segments.length > 0
      ? doc.segments
      : [{ section: 'body', paragraph: null, start: 0, end: doc.text.length, textOf: null }];
  const matches: CitationMatch[] = [];
  for (const segment of segments) {
    const found = citationsInSpan(doc.text, segment.start, segment.end);
    if (found.length === 0) continue;
    const section: Section = segment.section === 'cover' ? 'body' : segment.section;
    const verb = section === 'body' ? null : leadVerb(doc.text.slice(segment.start, segment.end), doc.identity.lang);
    for (const citation of found) {
      if (isSelfCitation(citation, segment, doc)) continue;
      const evidence: CitationMatch['evidence'] = {
        section,
        paragraph: segment.paragraph,
        verb,
        quote: quoteAround(doc.text, segment.start, segment.end, citation.start, citation.end),
        start: citation.start,
        end: citation.end,
      };
      if (citation.pin) evidence.pin = citation.pin;
      if (citation.note) evidence.note = citation.note;
      matches.push({ target: citation.target, citing: segment.textOf, evidence });
    }
  }
  return matches;
}

/** Citations in text[from, to) without attribution: the engine for any caller with its own spans. */
export function citationsInSpan(text: string, from: number, to: number): ResolvedCitation[] {
  return resolveTokens(text, tokenize(text, from, to), from, to);
}

/**
 * A resolution never cites itself. On the cover, the document's own symbol ("S/RES/2370 (2017)*")
 * and title ("Résolution 2370 (2017)", even when the cover's symbol has a typo in the year) are
 * no citations either.
 */
function isSelfCitation(citation: ResolvedCitation, segment: Segment, doc: SegmentedDocument): boolean {
  const symbol = citation.target.symbol;
  if (segment.textOf !== null && symbol === segment.textOf) return true;
  if (segment.section !== 'cover') return false;
  const own = [doc.identity.symbol, ...doc.identity.textOf].filter((value): value is string => value !== null);
  return own.some((ownSymbol) => ownSymbol === symbol || sameSeriesNumber(ownSymbol, symbol));
}

/** "S/RES/2510 (2019)" and "S/RES/2510 (2020)": same series and number, the year aside. */
function sameSeriesNumber(a: string, b: string): boolean {
  const pattern = /^(S\/RES\/\d+) \(\d{4}\)$/;
  const left = pattern.exec(a)?.[1];
  return left !== undefined && left === pattern.exec(b)?.[1];
}
