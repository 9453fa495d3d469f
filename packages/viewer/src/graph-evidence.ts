/**
 * The server's evidence API over graph.json (contract 2), read on demand: the evidence items
 * of a node's edges with their quotes, and a paragraph with its span's context and its language
 * versions. Only the places of document records are kept in memory; records are read from the
 * file when asked for (the last ones parsed are cached), so memory does not grow with the corpus.
 */
import {
  forEachRecordEdge,
  paragraphNodes,
  parseParagraphKey,
  markedQuoteOf,
  type EvidenceItem,
  type GraphRecord,
  type ParagraphNode,
} from '@unkg/graph';
import type { GraphFile } from '@unkg/graph/graph-file';
import type { EvidenceIndex } from './skeleton';

/** An evidence item as the page gets it: the item, its quote, and where its paragraph is. */
export interface EvidenceView extends EvidenceItem {
  quote: string;
  /** where the span lies in the quote: `quote.slice(mark[0], mark[1])` */
  mark: [number, number];
  /** the language of the item's document */
  lang: string;
  /** the name the paragraph's language versions share, when it has one */
  version?: string;
}

/** A paragraph as the page gets it, with its language versions (other documents' paragraphs of the same version). */
export interface ParagraphView {
  key: string;
  doc: string;
  lang: string;
  section: ParagraphNode['section'];
  paragraph: string | null;
  text: string;
  textOf?: string;
  version?: string;
  versions: Array<{ key: string; doc: string; lang: string; paragraph: string | null; text: string }>;
}

/** Items per edge in a node's evidence (the panel shows 40), and edges served with items. */
export const EVIDENCE_LIMITS = { itemsPerEdge: 100, edges: 400 };

export class GraphEvidence {
  private readonly cache = new Map<string, GraphRecord>();

  constructor(
    private readonly file: GraphFile,
    /** byte place of each document record in the file */
    private readonly places: ReadonlyMap<string, { offset: number; bytes: number }>,
    private readonly index: EvidenceIndex,
    private readonly cacheSize = 64,
  ) {}

  /** The record of an ingested document (read from the file, cached). */
  document(key: string): GraphRecord | undefined {
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const place = this.places.get(key);
    if (!place) return undefined;
    const record = this.file.recordAt(place.offset, place.bytes);
    this.cache.set(key, record);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    return record;
  }

  /**
   * The evidence of every edge touching `node`, keyed by edge: the items of each edge in
   * canonical order, at most `itemsPerEdge` each, for the `edges` heaviest edges.
   */
  evidenceOfNode(node: string, limits = EVIDENCE_LIMITS): Record<string, EvidenceView[]> {
    const keys = [...(this.index.edgesOf.get(node) ?? [])]
      .map((key) => ({ key, edge: this.index.byEdge.get(key)! }))
      .sort((a, b) => b.edge.weight - a.edge.weight || (a.key < b.key ? -1 : 1))
      .slice(0, limits.edges);
    const result: Record<string, EvidenceView[]> = {};
    for (const { key, edge } of keys) {
      const items: EvidenceView[] = [];
      for (const doc of edge.docs) {
        if (items.length >= limits.itemsPerEdge) break;
        const record = this.document(doc);
        if (!record) continue;
        const lang = (record.attributes as { lang?: string }).lang ?? '';
        const versions = new Map(paragraphNodes(record).map((paragraph) => [paragraph.key, paragraph.attributes.version]));
        forEachRecordEdge(record, (kind, source, target, item, text) => {
          if (kind !== edge.kind || source !== edge.source || target !== edge.target || items.length >= limits.itemsPerEdge) return;
          const view: EvidenceView = { ...item, ...markedQuoteOf(text, item.start, item.end), lang };
          const version = versions.get(item.para);
          if (version !== undefined) view.version = version;
          items.push(view);
        });
      }
      result[key] = items;
    }
    return result;
  }

  /** A paragraph with its language versions, or undefined for an unknown key. */
  paragraph(key: string): ParagraphView | undefined {
    const place = parseParagraphKey(key);
    if (!place) return undefined;
    const record = this.document(place.doc);
    if (!record) return undefined;
    const node = paragraphNodes(record)[place.index - 1];
    if (!node) return undefined;
    const paragraph = node.attributes;
    const view: ParagraphView = {
      key,
      doc: paragraph.doc,
      lang: paragraph.lang,
      section: paragraph.section,
      paragraph: paragraph.paragraph,
      text: paragraph.text,
      versions: [],
    };
    if (paragraph.textOf !== undefined) view.textOf = paragraph.textOf;
    if (paragraph.version === undefined || paragraph.textOf === undefined) return view;
    view.version = paragraph.version;
    // a sub-paragraph a language version does not letter ("OP5 (a)") falls back to its paragraph ("OP5")
    const fallback = /^(.* OP\d+) \(/.exec(paragraph.version)?.[1];
    for (const doc of this.index.textsOf.get(paragraph.textOf) ?? []) {
      if (doc === paragraph.doc) continue;
      const other = this.document(doc);
      if (!other) continue;
      const nodes = paragraphNodes(other);
      let matches = nodes.filter((candidate) => candidate.attributes.version === paragraph.version);
      if (matches.length === 0 && fallback) matches = nodes.filter((candidate) => candidate.attributes.version === fallback);
      for (const match of matches) {
        view.versions.push({ key: match.key, doc, lang: match.attributes.lang, paragraph: match.attributes.paragraph, text: match.attributes.text });
      }
    }
    return view;
  }
}
