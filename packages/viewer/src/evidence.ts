/**
 * Evidence as the panel shows it: clauses. This is the one place that knows where evidence comes
 * from (the server's per-node endpoint, `/view/evidence?node=`, and its paragraphs,
 * `/view/paragraph?key=`) and how evidence items become clauses.
 *
 * A resolution's texts in six languages each give an evidence item for the same clause; items
 * are grouped back into one clause per paragraph version (`S/RES/2370 (2017) OP5`, the name the
 * language versions of a paragraph share, when the server gives it; else section and paragraph
 * number), verb and occurrence in its document, with one version per language. Each version
 * keeps its paragraph's key and the span, so the panel can show the whole paragraph with the
 * span highlighted.
 */
import type { EvidenceItem as Evidence } from '@unkg/graph/types';
import type { ViewGraph } from './graph-types';

/** An evidence item as the server sends it: with the span's place in its quote and the paragraph's version name. */
export type ServedEvidence = Evidence & { mark?: [number, number]; version?: string };

/** Fetches the evidence of every edge touching a node, keyed by edge. */
export type EvidenceLoader = (node: string) => Promise<Record<string, Evidence[]>>;

/** A paragraph as the server sends it (`/view/paragraph?key=`): its text and its language versions. */
export interface ServedParagraph {
  key: string;
  doc: string;
  lang: string;
  paragraph: string | null;
  text: string;
  version?: string;
  versions: Array<{ key: string; doc: string; lang: string; paragraph: string | null; text: string }>;
}

/** Fetches a paragraph by its key. */
export type ParagraphLoader = (key: string) => Promise<ServedParagraph>;

export function loadServedParagraph(fetcher: typeof fetch = fetch): ParagraphLoader {
  const cache = new Map<string, Promise<ServedParagraph>>();
  return (key) => {
    let paragraph = cache.get(key);
    if (!paragraph) {
      paragraph = fetcher(`view/paragraph?key=${encodeURIComponent(key)}`).then(async (response) => {
        if (!response.ok) throw new Error(`paragraph ${key}: the server answered ${response.status}`);
        return (await response.json()) as ServedParagraph;
      });
      paragraph.catch(() => cache.delete(key));
      cache.set(key, paragraph);
    }
    return paragraph;
  };
}

export function loadServedEvidence(fetcher: typeof fetch = fetch): EvidenceLoader {
  return async (node) => {
    const response = await fetcher(`view/evidence?node=${encodeURIComponent(node)}`);
    if (!response.ok) throw new Error(`evidence of ${node}: the server answered ${response.status}`);
    return (await response.json()) as Record<string, Evidence[]>;
  };
}

export interface ClauseVersion {
  /** language of the document (null when the document does not say) */
  lang: string | null;
  doc: string;
  text: string;
  /** the quote stops before the clause does */
  truncated: boolean;
  /** where the span lies in `text`, when the server says */
  mark: [number, number] | null;
  /** the paragraph's key and the span in its text, when the evidence names a paragraph */
  para: string | null;
  start: number;
  end: number;
}

export interface Clause {
  section: Evidence['section'];
  paragraph: string | null;
  verb: string | null;
  /** the cited paragraph(s), when the citation names them ("paragraph 5 of resolution 2370") */
  pin: string | null;
  versions: ClauseVersion[];
}

/** Quotes are stored cut at this length (graph contract). */
const QUOTE_LIMIT = 300;

/** A stored quote as readable text: one cut at the limit ends at a whole word, with an ellipsis. */
export function readableQuote(quote: string): { text: string; truncated: boolean } {
  let text = quote.trim();
  if (text.length < QUOTE_LIMIT - 1) return { text, truncated: false };
  // a window cut out of a longer clause: drop the broken words at either end
  const firstSpace = text.indexOf(' ');
  const startsMidWord = /^\p{Ll}/u.test(text) && firstSpace > 0 && firstSpace < 30;
  if (startsMidWord) text = `… ${text.slice(firstSpace + 1)}`;
  const space = text.lastIndexOf(' ');
  return { text: `${(space > QUOTE_LIMIT * 0.6 ? text.slice(0, space) : text).replace(/[\s,;:]+$/u, '')} …`, truncated: true };
}

/** Clauses of each evidence list already grouped: a panel re-rendered (a node revisited, a page more) reuses them. */
const clauseCache = new WeakMap<readonly Evidence[], Clause[]>();

/** Groups an edge's evidence into clauses, in document order of the first language seen. */
export function clausesOf(graph: ViewGraph, evidence: readonly Evidence[]): Clause[] {
  let clauses = clauseCache.get(evidence);
  if (!clauses) clauseCache.set(evidence, (clauses = groupClauses(graph, evidence)));
  return clauses;
}

function groupClauses(graph: ViewGraph, evidence: readonly Evidence[]): Clause[] {
  const langOf = (doc: string): string | null => {
    if (!graph.hasNode(doc)) return null;
    const lang = graph.getNodeAttribute(doc, 'lang');
    return typeof lang === 'string' ? lang : null;
  };
  const occurrence = new Map<string, number>();
  const clauses = new Map<string, Clause>();
  const sorted = [...evidence].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  for (const item of sorted as ServedEvidence[]) {
    const place = item.version !== undefined ? `v|${item.version}` : `${item.section}|${item.paragraph ?? ''}`;
    const base = `${place}|${item.verb ?? ''}|${item.pin ?? ''}`;
    const nth = occurrence.get(`${item.doc}|${base}`) ?? 0;
    occurrence.set(`${item.doc}|${base}`, nth + 1);
    const key = `${base}|${nth}`;
    let clause = clauses.get(key);
    if (!clause) clauses.set(key, (clause = { section: item.section, paragraph: item.paragraph, verb: item.verb, pin: item.pin ?? null, versions: [] }));
    const lang = langOf(item.doc);
    // one version per language: a second text in the same language adds nothing to read
    if (clause.versions.some((version) => version.lang === lang && lang !== null)) continue;
    // a served quote is already the clause in whole words, cut with "…" (graph quoteOf)
    const quote = item.mark ? { text: item.quote ?? '', truncated: /^…|…$/.test(item.quote ?? '') } : readableQuote(item.quote ?? '');
    clause.versions.push({ lang, doc: item.doc, ...quote, mark: item.mark ?? null, para: item.para ?? null, start: item.start, end: item.end });
  }
  return [...clauses.values()];
}

/** The version to show first: the preferred language, else English, else the first. */
export function preferredVersion(clause: Clause, lang: string): ClauseVersion {
  return clause.versions.find((version) => version.lang === lang) ?? clause.versions.find((version) => version.lang === 'en') ?? clause.versions[0]!;
}

/** Where a clause stands in its text: "paragraph 3", "preamble", "paragraph 5, citing paragraph 2". */
export function clausePlace(clause: Pick<Clause, 'section' | 'paragraph' | 'pin'>): string {
  const place = clause.paragraph ? `paragraph ${clause.paragraph}` : clause.section === 'body' ? 'text' : clause.section;
  return clause.pin ? `${place}, citing paragraph ${clause.pin}` : place;
}
