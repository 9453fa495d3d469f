/**
 * Building the knowledge graph: nodes merge by key, edges merge by (kind, source, target)
 * and accumulate evidence. Pure functions over a graphology graph, graphology-style.
 */
import Graph from 'graphology';
import { edgeKey, paragraphKey } from './keys';
import type { EdgeAttributes, EdgeKind, EvidenceItem, GraphAttributes, NodeAttributes, ParagraphNode, ParagraphSection } from './types';
import { CONTRACT_VERSION } from './types';

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(attributes: GraphAttributes = {}): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  graph.replaceAttributes({ contract: CONTRACT_VERSION, ...attributes });
  return graph;
}

/**
 * Adds a node or merges it into the existing one: alias lists are united, and a value that is
 * null or missing is filled in; a value already present is kept (first writer wins, so merge
 * order decides and must be deterministic).
 */
export function mergeNode(graph: KnowledgeGraph, key: string, attributes: NodeAttributes): void {
  if (!graph.hasNode(key)) {
    graph.addNode(key, normaliseAliases({ ...attributes }));
    return;
  }
  const current = graph.getNodeAttributes(key);
  // most merges repeat a node another file already gave in full: nothing to copy or replace
  if (!changesNode(current as unknown as Record<string, unknown>, attributes as unknown as Record<string, unknown>)) return;
  graph.replaceNodeAttributes(key, mergeAttributes(current, attributes));
}

/**
 * `current` with `attributes` merged in (a new object): alias lists united and sorted, a value
 * that is null or missing filled in, a value already present kept. mergeNode's rule, for callers
 * that merge outside a graph (the ingest assembler folds a node's contributions with it).
 */
export function mergeAttributes(current: NodeAttributes, attributes: NodeAttributes): NodeAttributes {
  const merged: Record<string, unknown> = { ...current };
  const known = current as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name === 'aliases' && Array.isArray(value)) {
      merged.aliases = [...((known.aliases as string[] | undefined) ?? []), ...value];
    } else if (known[name] === undefined || known[name] === null) {
      merged[name] = value;
    }
  }
  return normaliseAliases(merged as unknown as NodeAttributes);
}

/** Would merging `attributes` into `current` change it? (a new alias, or a value for a missing one) */
function changesNode(current: Record<string, unknown>, attributes: Record<string, unknown>): boolean {
  for (const name of Object.keys(attributes)) {
    const value = attributes[name];
    if (value === undefined) continue;
    if (name === 'aliases' && Array.isArray(value)) {
      const known = current.aliases as string[] | undefined;
      if (!known) return true;
      const knownSet = new Set(known);
      if (value.some((alias) => !knownSet.has(alias))) return true;
    } else if ((current[name] === undefined || current[name] === null) && value !== current[name])
      return true;
  }
  return false;
}

export function normaliseAliases<T extends NodeAttributes>(attributes: T): T {
  const withAliases = attributes as T & { aliases?: string[] };
  if (Array.isArray(withAliases.aliases)) {
    withAliases.aliases = [...new Set(withAliases.aliases)].sort(compareStrings);
  }
  return attributes;
}

/**
 * Evidence already recorded per edge, by paragraph and offsets: makes the duplicate check O(1)
 * instead of a scan of the edge's list (edges such as MENTIONS of a frequent body collect
 * thousands of items). Kept beside the graph so graphs stay plain graphology objects.
 */
const seenEvidence = new WeakMap<KnowledgeGraph, Map<string, EvidenceIndex>>();

function evidenceSeen(graph: KnowledgeGraph, key: string): EvidenceIndex {
  let byEdge = seenEvidence.get(graph);
  if (!byEdge) seenEvidence.set(graph, (byEdge = new Map()));
  let seen = byEdge.get(key);
  if (!seen) {
    seen = new EvidenceIndex();
    for (const item of graph.hasEdge(key) ? (graph.getEdgeAttribute(key, 'evidence') ?? []) : [])
      seen.add(item);
    byEdge.set(key, seen);
  }
  return seen;
}

/** Offsets below this pair into one exact number (start * limit + end < 2^52). */
const OFFSET_LIMIT = 2 ** 26;

/**
 * The (para, start, end) of an edge's evidence items. Offsets are paired into a number, not a
 * string: the check runs once per evidence item.
 */
class EvidenceIndex {
  private readonly byParagraph = new Map<string, Set<number | string>>();

  /** Records the item's identity; false when an item with the same paragraph and offsets was there. */
  add(item: EvidenceItem): boolean {
    let offsets = this.byParagraph.get(item.para);
    if (!offsets) this.byParagraph.set(item.para, (offsets = new Set()));
    const { start, end } = item;
    const id =
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      end >= 0 &&
      start < OFFSET_LIMIT &&
      end < OFFSET_LIMIT
        ? start * OFFSET_LIMIT + end
        : `${start}:${end}`;
    if (offsets.has(id)) return false;
    offsets.add(id);
    return true;
  }
}

/**
 * Adds an edge of `kind` or, when it exists, appends the evidence to it. `weight` is the number
 * of evidence items (1 for an edge without evidence, such as TEXT_OF). Identical evidence
 * (same paragraph and offsets) is recorded once. Items keep insertion order here; `sortEvidence`
 * puts them in canonical order.
 */
export function addEdge(
  graph: KnowledgeGraph,
  kind: EdgeKind,
  source: string,
  target: string,
  evidence?: EvidenceItem,
): string {
  if (source === target) return '';
  const key = edgeKey(kind, source, target);
  mergeEdge(graph, key, kind, source, target, evidence ? [evidence] : [], graph.hasEdge(key));
  return key;
}

/**
 * addEdge for a key already built and looked up (`exists`), with the edge's items in order (a
 * fragment collects them per edge): the edge and its duplicate check are looked up once.
 */
function mergeEdge(
  graph: KnowledgeGraph,
  key: string,
  kind: EdgeKind,
  source: string,
  target: string,
  items: readonly EvidenceItem[],
  exists: boolean,
): void {
  let from = 0;
  if (!exists) {
    const first = items[0];
    const attributes: EdgeAttributes = first ? { kind, weight: 1, evidence: [first] } : { kind, weight: 1 };
    // the duplicate check's set is made when a second item comes (from the items then)
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
    from = 1;
  }
  if (from >= items.length) return;
  const seen = evidenceSeen(graph, key);
  // in place: copying the list on every occurrence would be quadratic, and a graphology merge
  // (a new object, an event) per evidence item costs more than the item
  const attributes = graph.getEdgeAttributes(key);
  const list = (attributes.evidence ??= []);
  for (let index = from; index < items.length; index++) {
    const item = items[index]!;
    if (seen.add(item)) list.push(item);
  }
  attributes.weight = list.length;
}

/** Puts every edge's evidence in canonical order (document, paragraph, offsets). */
export function sortEvidence(graph: KnowledgeGraph): void {
  graph.forEachEdge((_key, attributes) => {
    const evidence = attributes.evidence;
    // merged file by file, most lists are in order already: checking costs less than sorting a copy
    if (evidence && !isSorted(evidence)) evidence.sort(compareEvidence);
  });
}

function isSorted(evidence: EvidenceItem[]): boolean {
  for (let index = 1; index < evidence.length; index++) {
    if (compareEvidence(evidence[index - 1]!, evidence[index]!) > 0) return false;
  }
  return true;
}

export function compareEvidence(a: EvidenceItem, b: EvidenceItem): number {
  return compareStrings(a.doc, b.doc) || paragraphIndex(a.para) - paragraphIndex(b.para) || a.start - b.start || a.end - b.end;
}

function paragraphIndex(para: string): number {
  return Number(para.slice(para.lastIndexOf('#') + 1));
}

/**
 * Adds a paragraph to an ingested Document of an in-memory graph (its Paragraph node and the
 * HAS_PARAGRAPH edge), numbered after the document's last one; returns its key. For graphs built
 * in code (tests, tools); ingest writes paragraphs straight into records.
 */
export function addParagraph(
  graph: KnowledgeGraph,
  doc: string,
  paragraph: { section: ParagraphSection; paragraph?: string | null; text: string; start?: number; textOf?: string },
): string {
  const document = graph.getNodeAttributes(doc);
  if (document.kind !== 'Document') throw new Error(`${doc} is not a Document`);
  let index = 1;
  let end = 0;
  graph.forEachOutEdge(doc, (_edge, attributes, _source, target, _s, targetAttributes) => {
    if (attributes.kind === 'HAS_PARAGRAPH' && targetAttributes.kind === 'Paragraph') {
      index = Math.max(index, targetAttributes.index + 1);
      end = Math.max(end, targetAttributes.end);
    }
  });
  const key = paragraphKey(doc, index);
  const start = paragraph.start ?? (index === 1 ? 0 : end + 1);
  const node: ParagraphNode = {
    kind: 'Paragraph',
    label: `${document.label} #${index}`,
    doc,
    index,
    section: paragraph.section,
    paragraph: paragraph.paragraph ?? null,
    lang: document.lang ?? 'und',
    text: paragraph.text,
    start,
    end: start + paragraph.text.length,
  };
  if (paragraph.textOf !== undefined) node.textOf = paragraph.textOf;
  graph.addNode(key, node);
  graph.addDirectedEdgeWithKey(edgeKey('HAS_PARAGRAPH', doc, key), doc, key, { kind: 'HAS_PARAGRAPH', weight: 1 });
  return key;
}

/**
 * An evidence item for the span [start, end) of paragraph `para` of an in-memory graph, its
 * derived fields (doc, section, paragraph) taken from the paragraph. With `spanOf`, the span is
 * where that text first occurs in the paragraph.
 */
export function evidenceIn(
  graph: KnowledgeGraph,
  para: string,
  span: { start: number; end: number } | { spanOf: string },
  verb: string | null = null,
  refinements: { pin?: string; role?: string; note?: string; resolution?: string } = {},
): EvidenceItem {
  const paragraph = graph.getNodeAttributes(para);
  if (paragraph.kind !== 'Paragraph') throw new Error(`${para} is not a Paragraph`);
  let start: number;
  let end: number;
  if ('spanOf' in span) {
    start = paragraph.text.indexOf(span.spanOf);
    if (start < 0) throw new Error(`${para} does not contain ${JSON.stringify(span.spanOf)}`);
    end = start + span.spanOf.length;
  } else ({ start, end } = span);
  return {
    para,
    start,
    end,
    verb,
    ...refinements,
    doc: paragraph.doc,
    section: paragraph.section === 'cover' ? 'body' : paragraph.section,
    paragraph: paragraph.paragraph,
  };
}

/** Code-unit order: locale-independent, so output is the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
