/**
 * graph.json's records (contract 2, docs/graph-contract.md) and what readers derive from them.
 * A record is a node; an ingested Document's record also holds its paragraphs, and each
 * paragraph the evidence found in it. Paragraph nodes and every edge are derived here, and only
 * here, so every reader (viewer, exports, Neo4j, evaluations) sees the same graph.
 * Pure functions, no I/O: graph-file.ts reads and writes the file.
 */
import { edgeKey, paragraphKey } from './keys';
import { compareStrings, createGraph, type KnowledgeGraph } from './model';
import { quoteOf } from './quote';
import {
  EVIDENCE_KINDS,
  REFINEMENTS,
  type DocumentNode,
  type EdgeKind,
  type EvidenceItem,
  type EvidenceKind,
  type GraphAttributes,
  type NodeAttributes,
  type ParagraphNode,
  type ParagraphSection,
  type Refinement,
  type Section,
} from './types';

export type Refinements = Partial<Record<Refinement, string>>;

/** `[target, start, end, verb, refinements]`, trailing nulls and empties omitted. */
export type ItemRow =
  | [target: string, start: number, end: number]
  | [target: string, start: number, end: number, verb: string | null]
  | [target: string, start: number, end: number, verb: string | null, refinements: Refinements];

export type ParagraphItems = Partial<Record<EvidenceKind, ItemRow[]>>;

/** `[section, paragraph, start, text, textOf, items]`, trailing nulls and empties omitted. */
export type ParagraphRow =
  | [section: ParagraphSection, paragraph: string | null, start: number, text: string]
  | [section: ParagraphSection, paragraph: string | null, start: number, text: string, textOf: number | null]
  | [section: ParagraphSection, paragraph: string | null, start: number, text: string, textOf: number | null, items: ParagraphItems];

/** One line of graph.json: a node, with its paragraphs when it is an ingested Document. */
export interface GraphRecord {
  key: string;
  attributes: NodeAttributes;
  paragraphs?: ParagraphRow[];
}

/** An edge derived from the records: kind, ends, and its evidence in the order met. */
export interface DerivedEdge {
  key: string;
  kind: EdgeKind;
  source: string;
  target: string;
  evidence: EvidenceItem[];
}

// ---------------------------------------------------------------- writing rows

/** A paragraph row with its trailing nulls and empties left out (the file's compact form). */
export function paragraphRow(
  section: ParagraphSection,
  paragraph: string | null,
  start: number,
  text: string,
  textOf: number | null,
  items: ParagraphItems | null,
): ParagraphRow {
  if (items && Object.keys(items).length > 0) return [section, paragraph, start, text, textOf, items];
  if (textOf !== null) return [section, paragraph, start, text, textOf];
  return [section, paragraph, start, text];
}

/** An item row with its trailing nulls and empties left out. */
export function itemRow(target: string, start: number, end: number, verb: string | null, refinements?: Refinements | null): ItemRow {
  if (refinements && Object.keys(refinements).length > 0) return [target, start, end, verb, refinements];
  if (verb !== null) return [target, start, end, verb];
  return [target, start, end];
}

/** Items in canonical order: start, end, target. */
export function compareItems(a: ItemRow, b: ItemRow): number {
  return a[1] - b[1] || a[2] - b[2] || compareStrings(a[0], b[0]);
}

/**
 * A record as its graph.json line: object keys sorted, undefined values left out, nothing else
 * varying, so the same record always gives the same bytes.
 */
export function encodeRecord(record: GraphRecord): string {
  return JSON.stringify(canonical(record));
}

/** Values with object keys in code-unit order and undefined members dropped; arrays kept in order. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareStrings)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = canonical(item);
    }
    return out;
  }
  return value;
}

// ---------------------------------------------------------------- reading rows

export const rowSection = (row: ParagraphRow): ParagraphSection => row[0];
export const rowNumber = (row: ParagraphRow): string | null => row[1];
export const rowStart = (row: ParagraphRow): number => row[2];
export const rowText = (row: ParagraphRow): string => row[3];
export const rowTextOf = (row: ParagraphRow): number | null => (row.length > 4 ? (row[4] ?? null) : null);
export const rowItems = (row: ParagraphRow): ParagraphItems | undefined => (row.length > 5 ? row[5] : undefined);
export const itemVerb = (item: ItemRow): string | null => (item.length > 3 ? (item[3] ?? null) : null);
export const itemRefinements = (item: ItemRow): Refinements | undefined => (item.length > 4 ? item[4] : undefined);

/** Is this record an ingested document (it holds paragraphs)? */
export function isDocumentRecord(record: GraphRecord): record is GraphRecord & { paragraphs: ParagraphRow[]; attributes: DocumentNode } {
  return Array.isArray(record.paragraphs);
}

/** The section an evidence item reports: a cover page reads as `body`. */
export function evidenceSection(section: ParagraphSection): Section {
  return section === 'cover' ? 'body' : section;
}

/**
 * The name a paragraph's language versions share: `S/RES/2370 (2017) OP5`, `OP5 (a)`, `PP3`
 * (the third preambular paragraph), `¶4` (the fourth paragraph of a text that numbers none).
 * `ordinal` counts the paragraphs of the same text and section before it, from 1.
 */
export function paragraphVersion(textOf: string, section: ParagraphSection, paragraph: string | null, ordinal: number): string | undefined {
  if (section === 'preamble') return `${textOf} PP${ordinal}`;
  if (section !== 'operative') return undefined;
  return paragraph !== null ? `${textOf} OP${paragraph}` : `${textOf} ¶${ordinal}`;
}

/** The Paragraph nodes of a document record, in order, with their keys. */
export function paragraphNodes(record: GraphRecord): Array<{ key: string; attributes: ParagraphNode }> {
  if (!isDocumentRecord(record)) return [];
  const textOfList = record.attributes.textOf ?? [];
  const lang = record.attributes.lang ?? 'und';
  const ordinals = new Map<string, number>();
  return record.paragraphs.map((row, position) => {
    const index = position + 1;
    const key = paragraphKey(record.key, index);
    const text = rowText(row);
    const start = rowStart(row);
    const section = rowSection(row);
    const attributes: ParagraphNode = {
      kind: 'Paragraph',
      label: `${record.attributes.label ?? record.key} #${index}`,
      doc: record.key,
      index,
      section,
      paragraph: rowNumber(row),
      lang,
      text,
      start,
      end: start + text.length,
    };
    const textOfIndex = rowTextOf(row);
    const textOf = textOfIndex === null ? undefined : textOfList[textOfIndex];
    if (textOf !== undefined) {
      attributes.textOf = textOf;
      const counter = `${textOf}\u0000${section}`;
      const ordinal = (ordinals.get(counter) ?? 0) + 1;
      ordinals.set(counter, ordinal);
      const version = paragraphVersion(textOf, section, attributes.paragraph, ordinal);
      if (version !== undefined) attributes.version = version;
    }
    return { key, attributes };
  });
}

export interface DerivationOptions {
  /** derive quotes: for every item, for the first item of each edge (what exports show), or none (default) */
  quotes?: 'all' | 'first' | 'none';
}

/**
 * The edges a record implies, with their evidence: TEXT_OF to each of a document's `textOf`,
 * HAS_PARAGRAPH to each paragraph, and one item per paragraph item (MENTIONS from the document,
 * CITES/MANDATES/ADDRESSES from the paragraph's `textOf`). `onItem` receives every item; the
 * returned lists are those without evidence.
 */
export function forEachRecordEdge(
  record: GraphRecord,
  onItem: (kind: EvidenceKind, source: string, target: string, item: EvidenceItem, text: string) => void,
  onEdge?: (kind: 'TEXT_OF' | 'HAS_PARAGRAPH', source: string, target: string) => void,
): void {
  if (!isDocumentRecord(record)) return;
  const doc = record.key;
  const textOfList = record.attributes.textOf ?? [];
  if (onEdge) for (const symbol of textOfList) onEdge('TEXT_OF', doc, symbol);
  record.paragraphs.forEach((row, position) => {
    const para = paragraphKey(doc, position + 1);
    onEdge?.('HAS_PARAGRAPH', doc, para);
    const items = rowItems(row);
    if (!items) return;
    const textOfIndex = rowTextOf(row);
    const textOf = textOfIndex === null ? undefined : textOfList[textOfIndex];
    const section = evidenceSection(rowSection(row));
    const paragraph = rowNumber(row);
    const text = rowText(row);
    for (const kind of EVIDENCE_KINDS) {
      const list = items[kind];
      if (!list) continue;
      const paragraphSource = kind === 'MENTIONS' ? doc : textOf;
      for (const row of list) {
        const refinements = itemRefinements(row);
        // a news paragraph reporting a resolution's provision: the item names its resolution
        const source = kind === 'MENTIONS' ? doc : (refinements?.resolution ?? paragraphSource);
        if (source === undefined) continue; // the validator reports it
        const item: EvidenceItem = { para, start: row[1], end: row[2], verb: itemVerb(row), doc, section, paragraph };
        if (refinements) for (const name of REFINEMENTS) if (refinements[name] !== undefined) item[name] = refinements[name];
        onItem(kind, source, row[0], item, text);
      }
    }
  });
}

export interface GraphFromRecordsOptions extends DerivationOptions {
  /** add the Paragraph nodes and HAS_PARAGRAPH edges (default true); evidence items name them either way */
  paragraphs?: boolean;
}

/**
 * Builds the graph the records describe (contract 2's model): nodes, Paragraph nodes, derived
 * edges with their evidence in canonical order. Records may come in any order.
 */
export function graphFromRecords(
  attributes: GraphAttributes,
  records: Iterable<GraphRecord>,
  options: GraphFromRecordsOptions = {},
): KnowledgeGraph {
  const graph = createGraph(attributes);
  const withParagraphs = options.paragraphs !== false;
  const quotes = options.quotes ?? 'none';
  const evidence = new Map<string, DerivedEdge>();
  const plain: Array<[EdgeKind, string, string]> = [];
  for (const record of records) {
    graph.addNode(record.key, record.attributes);
    if (!isDocumentRecord(record)) continue;
    if (withParagraphs) for (const paragraph of paragraphNodes(record)) graph.addNode(paragraph.key, paragraph.attributes);
    forEachRecordEdge(
      record,
      (kind, source, target, item, text) => {
        const key = edgeKey(kind, source, target);
        let edge = evidence.get(key);
        if (!edge) evidence.set(key, (edge = { key, kind, source, target, evidence: [] }));
        if (quotes === 'all' || (quotes === 'first' && edge.evidence.length === 0)) item.quote = quoteOf(text, item.start, item.end);
        edge.evidence.push(item);
      },
      (kind, source, target) => {
        if (kind === 'TEXT_OF' || withParagraphs) plain.push([kind, source, target]);
      },
    );
  }
  for (const [kind, source, target] of plain) {
    graph.addDirectedEdgeWithKey(edgeKey(kind, source, target), source, target, { kind, weight: 1 });
  }
  for (const edge of [...evidence.values()].sort((a, b) => compareStrings(a.key, b.key))) {
    edge.evidence.sort(compareEvidenceItems);
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, { kind: edge.kind, weight: edge.evidence.length, evidence: edge.evidence });
  }
  return graph;
}

/** Canonical order of evidence: document, paragraph, offsets. */
export function compareEvidenceItems(a: EvidenceItem, b: EvidenceItem): number {
  return compareStrings(a.doc, b.doc) || paragraphIndex(a.para) - paragraphIndex(b.para) || a.start - b.start || a.end - b.end;
}

function paragraphIndex(para: string): number {
  return Number(para.slice(para.lastIndexOf('#') + 1));
}

// ---------------------------------------------------------------- from an in-memory graph

/**
 * The records of an in-memory graph (the inverse of graphFromRecords), sorted by key. Throws
 * when the graph holds what the file cannot say: evidence whose paragraph is missing, an edge
 * that is not the one its paragraph implies, a TEXT_OF edge missing from its document's `textOf`.
 */
export function recordsFromGraph(graph: KnowledgeGraph): GraphRecord[] {
  const documents = new Map<string, { record: GraphRecord; rows: Array<{ node: ParagraphNode; items: ParagraphItems }> }>();
  const records: GraphRecord[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'Paragraph') return;
    if (attributes.kind === 'Document' && typeof attributes.source === 'string') {
      const record: GraphRecord = { key, attributes: { ...attributes, textOf: [...(attributes.textOf ?? [])] }, paragraphs: [] };
      documents.set(key, { record, rows: [] });
      records.push(record);
    } else records.push({ key, attributes });
  });
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'Paragraph') return;
    const document = documents.get(attributes.doc);
    if (!document) throw new Error(`paragraph ${key}: its document ${attributes.doc} is not an ingested Document of the graph`);
    if (key !== paragraphKey(attributes.doc, attributes.index)) throw new Error(`paragraph ${key}: the key must be ${paragraphKey(attributes.doc, attributes.index)}`);
    document.rows[attributes.index - 1] = { node: attributes, items: {} };
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const { kind } = attributes;
    if (kind === 'HAS_PARAGRAPH') return;
    if (kind === 'TEXT_OF') {
      const textOf = documents.get(source)?.record.attributes as DocumentNode | undefined;
      if (!textOf?.textOf?.includes(target)) throw new Error(`edge ${key}: TEXT_OF is derived from the document's textOf attribute, which does not list ${target}`);
      return;
    }
    for (const item of attributes.evidence ?? []) {
      const paragraph = graph.hasNode(item.para) ? graph.getNodeAttributes(item.para) : undefined;
      if (paragraph?.kind !== 'Paragraph') throw new Error(`edge ${key}: evidence names ${item.para}, which is not a Paragraph of the graph`);
      const implied = kind === 'MENTIONS' ? paragraph.doc : (item.resolution ?? paragraph.textOf);
      if (implied !== source) throw new Error(`edge ${key}: evidence in ${item.para} implies an edge from ${implied ?? '(no textOf)'}`);
      const row = documents.get(paragraph.doc)!.rows[paragraph.index - 1]!;
      const refinements: Refinements = {};
      for (const name of REFINEMENTS) if (item[name] !== undefined) refinements[name] = item[name];
      (row.items[kind as EvidenceKind] ??= []).push(itemRow(target, item.start, item.end, item.verb, refinements));
    }
  });
  for (const { record, rows } of documents.values()) {
    const textOfList = (record.attributes as DocumentNode).textOf ?? [];
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index];
      if (!row) throw new Error(`document ${record.key}: paragraph ${index + 1} is missing (paragraphs are numbered from 1 without gaps)`);
      const { node, items } = row;
      let textOf: number | null = null;
      if (node.textOf !== undefined) {
        textOf = textOfList.indexOf(node.textOf);
        if (textOf < 0) throw new Error(`paragraph ${paragraphKey(record.key, index + 1)}: textOf ${node.textOf} is not in its document's textOf`);
      }
      for (const list of Object.values(items)) list.sort(compareItems);
      record.paragraphs!.push(paragraphRow(node.section, node.paragraph, node.start, node.text, textOf, items));
    }
  }
  return records.sort((a, b) => compareStrings(a.key, b.key));
}
