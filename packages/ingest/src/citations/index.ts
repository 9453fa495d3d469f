/**
 * The citation engine, eyecite-style: tokenise (tokenize.ts: one regex pass, typed tokens) →
 * resolve (resolve.ts: lists, organs, years, pins, committees, validity from the series table
 * in data/citations) → attribute (here: the citing resolution of each segment, self-citations
 * dropped, evidence with section, paragraph, lead verb and offsets; quotes are derived from the
 * paragraph by readers, @unkg/graph's quoteOf).
 */
import type { Section } from '@unkg/graph';
import type { CitationMatch, Segment, SegmentedDocument } from '../types';
import { findClauseVerbs, leadVerb } from '../verbs';
import { isYearlessScResolution, scResolution } from './series';
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
    const clauseVerb = section === 'body' ? null : segmentVerb(doc, segments, segment);
    for (const citation of found) {
      if (isSelfCitation(citation, segment, doc)) continue;
      const evidence: CitationMatch['evidence'] = {
        section,
        paragraph: segment.paragraph,
        verb: section === 'body' ? narrativeVerb(doc, segment, citation.start) : clauseVerb,
        start: citation.start,
        end: citation.end,
      };
      if (citation.pin) evidence.pin = citation.pin;
      if (citation.note) evidence.note = citation.note;
      matches.push({ target: citation.target, citing: segment.textOf, evidence });
    }
  }
  return withDocumentYears(matches);
}

/**
 * "resolution 2370 (2017) … resolution 2370": a number written without a year takes the year the
 * same document gives it elsewhere (eyecite's short forms), before the table of the Council's
 * numbering (series.json) is consulted; a number neither gives stays year-less.
 */
function withDocumentYears(matches: CitationMatch[]): CitationMatch[] {
  if (!matches.some((match) => isYearlessScResolution(match.target))) return matches;
  const years = new Map<string, number>();
  for (const { target } of matches) {
    if (target.kind === 'Resolution' && target.organ === 'SC' && typeof target.year === 'number' && target.number) years.set(target.number, target.year);
  }
  return matches.map((match) => {
    const year = isYearlessScResolution(match.target) ? years.get(match.target.number ?? '') : undefined;
    return year === undefined ? match : { ...match, target: scResolution(match.target.number!, year) };
  });
}

/**
 * The lead verb of a preambular or operative paragraph. A lettered sub-paragraph ("5 (a) To
 * assist …") has none of its own: it continues its paragraph's ("5. Decides that the mandate
 * shall be: …"), so the verb is the paragraph's.
 */
function segmentVerb(doc: SegmentedDocument, segments: Segment[], segment: Segment): string | null {
  const own = leadVerb(doc.text.slice(segment.start, segment.end), doc.identity.lang);
  const parentNumber = own === null ? /^(\d+)\s*\(/.exec(segment.paragraph ?? '')?.[1] : undefined;
  if (parentNumber === undefined) return own;
  const parent = segments.find(
    (candidate) => candidate.section === 'operative' && candidate.paragraph === parentNumber,
  );
  return parent ? leadVerb(doc.text.slice(parent.start, parent.end), doc.identity.lang) : null;
}

const SENTENCE_END = /[.;!?。；\n]\s/g;

/**
 * In narrative text (a presidential statement's "The Security Council recalls its resolution
 * 1325 (2000)", a press release) the verb is the last clause verb before the citation in its sentence.
 */
function narrativeVerb(doc: SegmentedDocument, segment: Segment, start: number): string | null {
  const from = Math.max(segment.start, start - 300);
  const before = doc.text.slice(from, start);
  let sentenceStart = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(before); match; match = SENTENCE_END.exec(before)) {
    sentenceStart = match.index + match[0].length;
  }
  const verbs = findClauseVerbs(before.slice(sentenceStart), doc.identity.lang);
  return verbs.length > 0 ? verbs[verbs.length - 1]!.lemma : null;
}

/**
 * Citations in text[from, to) without attribution: the engine for any caller with its own spans. The words around the span on the
 * same line are still read as the list's context, so a number reads as it does in the document's own citations ("le Conseil des
 * droits de l’homme, qui, dans sa résolution 51/37": A/HRC/RES/51/37 from a span that starts at "résolution"; "In resolution 24/30,
 * adopted in September 2013, the Human Rights Council": A/HRC/RES/24/30 from a span that ends before the Council).
 */
export function citationsInSpan(text: string, from: number, to: number): ResolvedCitation[] {
  const lineEnd = text.indexOf('\n', to);
  return resolveTokens(text, tokenize(text, from, to), text.lastIndexOf('\n', from - 1) + 1, lineEnd < 0 ? text.length : lineEnd);
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
  const { identity } = doc;
  if (identity.symbol !== null && isSameDocument(identity.symbol, symbol)) return true;
  for (const ownSymbol of identity.textOf) if (isSameDocument(ownSymbol, symbol)) return true;
  return false;
}

function isSameDocument(ownSymbol: string, symbol: string): boolean {
  return ownSymbol === symbol || sameSeriesNumber(ownSymbol, symbol);
}

/** "S/RES/2510 (2019)" and "S/RES/2510 (2020)": same series and number, the year aside. */
function sameSeriesNumber(a: string, b: string): boolean {
  const left = SC_RESOLUTION_SYMBOL.exec(a)?.[1];
  return left !== undefined && left === SC_RESOLUTION_SYMBOL.exec(b)?.[1];
}

const SC_RESOLUTION_SYMBOL = /^(S\/RES\/\d+) \(\d{4}\)$/;
