/**
 * Turns contract attributes into the flat, typed, readable attributes that file formats for
 * other tools (GEXF, GraphML) can hold: scalars only, evidence summarised per edge, lists
 * joined, display data (colour, size, position) split out. Shared by the GEXF and GraphML
 * writers so that Gephi sees the same columns whichever format the user picks.
 */
import { compareStrings, type KnowledgeGraph } from '../model';
import { kindColor } from '../palette';
import { quoteOf } from '../quote';
import type { EdgeAttributes, EvidenceItem } from '../types';

export type FlatValue = string | number | boolean;
export type FlatAttributes = Record<string, FlatValue>;

/** What a writer needs for one node: Gephi's label and viz data, plus typed attribute columns. */
export interface FlatNode {
  key: string;
  label: string;
  color: string;
  size: number;
  /** present only when the graph carries a layout (numeric x and y on the node) */
  x?: number;
  y?: number;
  attributes: FlatAttributes;
}

export interface FlatEdge {
  key: string;
  source: string;
  target: string;
  label: string;
  weight: number;
  attributes: FlatAttributes;
}

/** Separator of joined lists (aliases, documents, verbs): readable, and rare in UN names. */
export const LIST_SEPARATOR = ' | ';

export { KIND_COLORS, kindColor } from '../palette';

/** Attributes that are display data, not columns. */
const DISPLAY_ATTRIBUTES = new Set(['label', 'x', 'y', 'z', 'size', 'color', 'type']);

/**
 * XML 1.0 cannot hold most control characters, lone surrogates or U+FFFE/U+FFFF, even escaped;
 * noisy input text may carry them, so they are dropped from every exported string. The Unicode
 * line breaks NEL, LS and PS become '\n': some XML parsers (xmldom) turn them into '\n' and
 * others keep them, so writing '\n' gives every reader the same text.
 */
export function xmlSafe(text: string): string {
  return text
    .replace(/[\u0085\u2028\u2029]/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** One attribute value as a scalar: lists joined, nested objects as JSON, null dropped. */
export function flatValue(value: unknown): FlatValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return xmlSafe(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? undefined : xmlSafe(value.map((item) => String(item)).join(LIST_SEPARATOR));
  }
  return xmlSafe(JSON.stringify(value));
}

/** Columns in a stable order: `kind` first, then by name. */
function orderedEntries(attributes: object): Array<[string, unknown]> {
  return Object.entries(attributes).sort(([a], [b]) =>
    a === 'kind' ? -1 : b === 'kind' ? 1 : compareStrings(a, b),
  );
}

export function flattenNodeAttributes(attributes: object): FlatAttributes {
  const flat: FlatAttributes = {};
  for (const [name, value] of orderedEntries(attributes)) {
    if (DISPLAY_ATTRIBUTES.has(name)) continue;
    const scalar = flatValue(value);
    if (scalar !== undefined) flat[name] = scalar;
  }
  return flat;
}

const unique = (values: Array<string | null>): string[] =>
  [...new Set(values.filter((value): value is string => value !== null && value !== ''))];

/** Paragraph numbers in reading order: "2" before "10", "5" before "5 (a)". */
function compareParagraphs(a: string, b: string): number {
  return (parseInt(a, 10) || 0) - (parseInt(b, 10) || 0) || compareStrings(a, b);
}

/**
 * An edge's evidence as readable columns: how many occurrences, in which documents, sections,
 * operative paragraphs, under which clause verbs, and the first quote (evidence is kept sorted
 * by document and offset, so "first" is the earliest occurrence in the first document).
 */
export function flattenEvidence(evidence: readonly EvidenceItem[]): FlatAttributes {
  const flat: FlatAttributes = { evidenceCount: evidence.length };
  const lists: Array<[string, string[]]> = [
    ['documents', unique(evidence.map((item) => item.doc)).sort(compareStrings)],
    ['sections', unique(evidence.map((item) => item.section)).sort(compareStrings)],
    ['paragraphs', unique(evidence.map((item) => item.paragraph)).sort(compareParagraphs)],
    ['verbs', unique(evidence.map((item) => item.verb)).sort(compareStrings)],
  ];
  for (const [name, values] of lists) {
    if (values.length > 0) flat[name] = xmlSafe(values.join(LIST_SEPARATOR));
  }
  const first = evidence[0];
  if (first?.quote) flat.firstQuote = xmlSafe(first.quote);
  return flat;
}

/**
 * The same columns as flattenEvidence, accumulated item by item (items in canonical order): what
 * an export streamed from graph.json keeps per edge instead of every item.
 */
export class EvidenceSummary {
  count = 0;
  private readonly documents = new Set<string>();
  private readonly sections = new Set<string>();
  private readonly paragraphs = new Set<string>();
  private readonly verbs = new Set<string>();
  private firstQuote: string | undefined;

  add(item: Pick<EvidenceItem, 'doc' | 'section' | 'paragraph' | 'verb'>, quote: () => string): void {
    if (this.count === 0) this.firstQuote = quote();
    this.count++;
    this.documents.add(item.doc);
    this.sections.add(item.section);
    if (item.paragraph) this.paragraphs.add(item.paragraph);
    if (item.verb) this.verbs.add(item.verb);
  }

  /** The flat columns, as flattenEvidence gives them for the same items. */
  flat(): FlatAttributes {
    const flat: FlatAttributes = { evidenceCount: this.count };
    const lists: Array<[string, string[]]> = [
      ['documents', [...this.documents].sort(compareStrings)],
      ['sections', [...this.sections].sort(compareStrings)],
      ['paragraphs', [...this.paragraphs].sort(compareParagraphs)],
      ['verbs', [...this.verbs].sort(compareStrings)],
    ];
    for (const [name, values] of lists) if (values.length > 0) flat[name] = xmlSafe(values.join(LIST_SEPARATOR));
    if (this.firstQuote) flat.firstQuote = xmlSafe(this.firstQuote);
    return flat;
  }
}

/** The evidence columns, in the order flattenEvidence gives them. */
const SUMMARY_COLUMNS = ['evidenceCount', 'documents', 'sections', 'paragraphs', 'verbs', 'firstQuote'];

export function flattenEdgeAttributes(attributes: EdgeAttributes): FlatAttributes {
  // evidence items are sorted (document, paragraph, offsets): "first" is the earliest occurrence
  const { evidence, weight: _weight, ...rest } = attributes as EdgeAttributes & Record<string, unknown>;
  const own = flattenNodeAttributes(rest);
  const summary = flattenEvidence(evidence ?? []);
  const flat: FlatAttributes = {};
  for (const [name, value] of Object.entries(own)) if (!SUMMARY_COLUMNS.includes(name)) flat[name] = value;
  // a graph whose evidence was summarised already (a streamed export, the viewer's page graph) keeps its own columns
  for (const name of SUMMARY_COLUMNS) {
    const value = name in own ? own[name] : summary[name];
    if (value !== undefined) flat[name] = value;
  }
  return flat;
}

/** Node size from weighted degree: grows slowly, so hubs stand out without swamping the view. */
export function nodeSize(weightedDegree: number): number {
  return Math.round((4 + 3 * Math.sqrt(weightedDegree)) * 100) / 100;
}

function weightedDegree(graph: KnowledgeGraph, node: string): number {
  let total = 0;
  graph.forEachEdge(node, (_edge, attributes) => {
    if (isLexical(attributes.kind)) return;
    total += typeof attributes.weight === 'number' ? attributes.weight : 1;
  });
  return total;
}

/**
 * The graph these formats carry is the entity graph: Paragraph nodes and HAS_PARAGRAPH edges
 * (the lexical layer, thousands of text nodes Gephi users do not want to lay out) stay out; the
 * evidence is summarised on each edge, its first quote derived from its paragraph.
 */
const isLexical = (kind: unknown): boolean => kind === 'Paragraph' || kind === 'HAS_PARAGRAPH';

/** Nodes sorted by key, flattened: the same graph gives the same list whatever its insertion order. */
export function flatNodes(graph: KnowledgeGraph): FlatNode[] {
  return graph
    .filterNodes((_key, attributes) => !isLexical(attributes.kind))
    .sort(compareStrings)
    .map((key) => flatNode(key, graph.getNodeAttributes(key), () => weightedDegree(graph, key)));
}

/**
 * One node as the writers need it, from its contract attributes; `weightedDegree` is asked only
 * when the node has no size of its own (a streamed export counts degrees in a first pass).
 */
export function flatNode(key: string, nodeAttributes: object, weightedDegree: () => number): FlatNode {
  const attributes = nodeAttributes as Record<string, unknown>;
  const kind = String(attributes.kind);
  const node: FlatNode = {
    key,
    label: xmlSafe(typeof attributes.label === 'string' && attributes.label ? attributes.label : key),
    color: typeof attributes.color === 'string' && /^#[0-9a-f]{6}$/i.test(attributes.color) ? attributes.color : kindColor(kind),
    size: typeof attributes.size === 'number' && attributes.size > 0 ? attributes.size : nodeSize(weightedDegree()),
    attributes: flattenNodeAttributes(attributes),
  };
  if (Number.isFinite(attributes.x) && Number.isFinite(attributes.y)) {
    node.x = attributes.x as number;
    node.y = attributes.y as number;
  }
  return node;
}

export function flatEdges(graph: KnowledgeGraph): FlatEdge[] {
  return graph
    .filterEdges((_key, attributes) => !isLexical(attributes.kind))
    .sort(compareStrings)
    .map((key) => {
      let attributes = graph.getEdgeAttributes(key);
      const first = attributes.evidence?.[0];
      if (first && first.quote === undefined && graph.hasNode(first.para)) {
        // an in-memory graph with its paragraphs: the first quote from the paragraph's text
        const paragraph = graph.getNodeAttributes(first.para);
        if (paragraph.kind === 'Paragraph') {
          attributes = { ...attributes, evidence: [{ ...first, quote: quoteOf(paragraph.text, first.start, first.end) }, ...attributes.evidence!.slice(1)] };
        }
      }
      return {
        key,
        source: graph.source(key),
        target: graph.target(key),
        label: attributes.kind,
        weight: typeof attributes.weight === 'number' ? attributes.weight : 1,
        attributes: flattenEdgeAttributes(attributes),
      };
    });
}

export type ColumnType = 'boolean' | 'integer' | 'long' | 'double' | 'string';

/**
 * The type of each column over all elements, in first-seen order (elements are sorted, so the
 * order is stable): mixed numbers widen to double, anything mixed with text becomes string.
 */
export function columnTypes(records: Iterable<FlatAttributes>): Map<string, ColumnType> {
  const columns = new ColumnTypes();
  for (const record of records) columns.add(record);
  return columns.types;
}

/** columnTypes, accumulated element by element (what a streamed export keeps: one entry per column). */
export class ColumnTypes {
  readonly types = new Map<string, ColumnType>();

  add(record: FlatAttributes): void {
    for (const [name, value] of Object.entries(record)) {
      const type = valueType(value);
      const current = this.types.get(name);
      this.types.set(name, current === undefined ? type : widen(current, type));
    }
  }

  /** Adds the columns of other elements, typed already (the columns of elements that come after these). */
  addTypes(types: ReadonlyMap<string, ColumnType>): void {
    for (const [name, type] of types) {
      const current = this.types.get(name);
      this.types.set(name, current === undefined ? type : widen(current, type));
    }
  }
}

function valueType(value: FlatValue): ColumnType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (Number.isInteger(value)) return Math.abs(value) <= 0x7fffffff ? 'integer' : 'long';
  return 'double';
}

const NUMERIC_RANK: Partial<Record<ColumnType, number>> = { integer: 0, long: 1, double: 2 };

function widen(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  const rankA = NUMERIC_RANK[a];
  const rankB = NUMERIC_RANK[b];
  if (rankA !== undefined && rankB !== undefined) return rankA > rankB ? a : b;
  return 'string';
}
