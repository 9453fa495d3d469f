/**
 * Building the knowledge graph: nodes merge by key, edges merge by (kind, source, target)
 * and accumulate evidence. Pure functions over a graphology graph, graphology-style.
 */
import Graph from 'graphology';
import { edgeKey } from './keys';
import type { EdgeAttributes, EdgeKind, Evidence, GraphAttributes, NodeAttributes } from './types';
import { CONTRACT_VERSION } from './types';

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(attributes: GraphAttributes = {}): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  graph.replaceAttributes({ contract: CONTRACT_VERSION, ...attributes });
  return graph;
}

/** What one ingested file contributes; produced per file (possibly in a worker), merged in file order. */
export interface GraphFragment {
  nodes: Array<{ key: string; attributes: NodeAttributes }>;
  edges: FragmentEdge[];
}

/**
 * An edge of a fragment with one evidence item, or with every item the fragment has for it (in
 * order, as `FragmentEdges` collects them): merging a list looks the edge up once, not per item.
 */
export interface FragmentEdge {
  kind: EdgeKind;
  source: string;
  target: string;
  evidence?: Evidence | Evidence[];
}

/** A fragment edge's evidence items as a list (none, one, or the collected ones). */
export function fragmentEvidence(edge: FragmentEdge): Evidence[] {
  const { evidence } = edge;
  return evidence === undefined ? [] : Array.isArray(evidence) ? evidence : [evidence];
}

/**
 * Adds a fragment's edges one per (kind, source, target), collecting each edge's evidence in
 * order: a document names the same body dozens of times. Edges keep the order of their first
 * item, so the merged graph is the same as with one edge per item. Looked up by source, then
 * target: strings a fragment reuses (V8 keeps their hashes), where a joined key would be a new
 * string to build and hash per item.
 */
export class FragmentEdges {
  private readonly bySource = new Map<string, Map<string, FragmentEdge[]>>();
  constructor(private readonly fragment: GraphFragment) {}

  add(kind: EdgeKind, source: string, target: string, evidence?: Evidence): void {
    let byTarget = this.bySource.get(source);
    if (!byTarget) this.bySource.set(source, (byTarget = new Map()));
    let edges = byTarget.get(target);
    if (!edges) byTarget.set(target, (edges = []));
    let edge = edges.find((candidate) => candidate.kind === kind);
    if (!edge) {
      edge = { kind, source, target };
      edges.push(edge);
      this.fragment.edges.push(edge);
    }
    if (!evidence) return;
    // a lone item stays a plain item, as most edges of a fragment have one
    if (Array.isArray(edge.evidence)) edge.evidence.push(evidence);
    else edge.evidence = edge.evidence ? [edge.evidence, evidence] : evidence;
  }
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
  const current = graph.getNodeAttributes(key) as unknown as Record<string, unknown>;
  // most merges repeat a node another file already gave in full: nothing to copy or replace
  if (!changesNode(current, attributes as unknown as Record<string, unknown>)) return;
  const merged: Record<string, unknown> = { ...current };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name === 'aliases' && Array.isArray(value)) {
      merged.aliases = [...((current.aliases as string[] | undefined) ?? []), ...value];
    } else if (current[name] === undefined || current[name] === null) {
      merged[name] = value;
    }
  }
  graph.replaceNodeAttributes(key, normaliseAliases(merged as unknown as NodeAttributes));
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

function normaliseAliases<T extends NodeAttributes>(attributes: T): T {
  const withAliases = attributes as T & { aliases?: string[] };
  if (Array.isArray(withAliases.aliases)) {
    withAliases.aliases = [...new Set(withAliases.aliases)].sort(compareStrings);
  }
  return attributes;
}

/**
 * Evidence already recorded per edge, by document and offsets: makes the duplicate check O(1)
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
 * The (doc, start, end) of an edge's evidence items. Offsets are paired into a number, not a
 * string: the check runs once per evidence item of the whole corpus.
 */
class EvidenceIndex {
  private readonly byDoc = new Map<string, Set<number | string>>();

  /** Records the item's identity; false when an item with the same doc and offsets was there. */
  add(item: Evidence): boolean {
    let offsets = this.byDoc.get(item.doc);
    if (!offsets) this.byDoc.set(item.doc, (offsets = new Set()));
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
 * (same doc and offsets) is recorded once, so re-merging a fragment changes nothing. Items keep
 * insertion order here (deterministic, as fragments merge in file order); `exportGraph` sorts them.
 */
export function addEdge(
  graph: KnowledgeGraph,
  kind: EdgeKind,
  source: string,
  target: string,
  evidence?: Evidence,
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
  items: readonly Evidence[],
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

export function mergeFragment(graph: KnowledgeGraph, fragment: GraphFragment): void {
  for (const node of fragment.nodes) mergeNode(graph, node.key, node.attributes);
  for (const edge of fragment.edges) {
    const { kind, source, target } = edge;
    const key = edgeKey(kind, source, target);
    const exists = graph.hasEdge(key);
    // an existing edge's endpoints exist: only a new edge needs its nodes checked
    if (!exists && (!graph.hasNode(source) || !graph.hasNode(target))) {
      throw new Error(`edge ${kind} ${source} -> ${target} names a node the fragment lacks`);
    }
    if (source !== target) mergeEdge(graph, key, kind, source, target, fragmentEvidence(edge), exists);
  }
}

/** Puts every edge's evidence in canonical order (document, then offsets); run once after merging. */
export function sortEvidence(graph: KnowledgeGraph): void {
  graph.forEachEdge((_key, attributes) => {
    const evidence = attributes.evidence;
    // merged file by file, most lists are in order already: checking costs less than sorting a copy
    if (evidence && !isSorted(evidence)) evidence.sort(compareEvidence);
  });
}

function isSorted(evidence: Evidence[]): boolean {
  for (let index = 1; index < evidence.length; index++) {
    if (compareEvidence(evidence[index - 1]!, evidence[index]!) > 0) return false;
  }
  return true;
}

export function compareEvidence(a: Evidence, b: Evidence): number {
  return compareStrings(a.doc, b.doc) || a.start - b.start || a.end - b.end;
}

/** Code-unit order: locale-independent, so output is the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
