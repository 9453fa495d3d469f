/**
 * Building the knowledge graph: nodes merge by key, edges merge by (kind, source, target)
 * and accumulate evidence. Pure functions over a graphology graph, graphology-style.
 */
import Graph from 'graphology';
import { edgeKey } from './keys';
import type {
  EdgeAttributes,
  EdgeKind,
  Evidence,
  GraphAttributes,
  NodeAttributes,
} from './types';
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
  edges: Array<{ kind: EdgeKind; source: string; target: string; evidence?: Evidence }>;
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

function normaliseAliases<T extends NodeAttributes>(attributes: T): T {
  const withAliases = attributes as T & { aliases?: string[] };
  if (Array.isArray(withAliases.aliases)) {
    withAliases.aliases = [...new Set(withAliases.aliases)].sort(compareStrings);
  }
  return attributes;
}

/**
 * Evidence already recorded per edge, as "doc offsets" strings: makes the duplicate check O(1)
 * instead of a scan of the edge's list (edges such as MENTIONS of a frequent body collect
 * thousands of items). Kept beside the graph so graphs stay plain graphology objects.
 */
const seenEvidence = new WeakMap<KnowledgeGraph, Map<string, Set<string>>>();

function evidenceSeen(graph: KnowledgeGraph, key: string): Set<string> {
  let byEdge = seenEvidence.get(graph);
  if (!byEdge) seenEvidence.set(graph, (byEdge = new Map()));
  let seen = byEdge.get(key);
  if (!seen) {
    const items = graph.hasEdge(key) ? (graph.getEdgeAttribute(key, 'evidence') ?? []) : [];
    seen = new Set(items.map(evidenceId));
    byEdge.set(key, seen);
  }
  return seen;
}

const evidenceId = (item: Evidence): string => `${item.doc}\u0000${item.start}\u0000${item.end}`;

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
  if (!graph.hasEdge(key)) {
    const attributes: EdgeAttributes = evidence
      ? { kind, weight: 1, evidence: [evidence] }
      : { kind, weight: 1 };
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
    if (evidence) evidenceSeen(graph, key);
    return key;
  }
  if (!evidence) return key;
  const seen = evidenceSeen(graph, key);
  const id = evidenceId(evidence);
  if (seen.has(id)) return key;
  seen.add(id);
  const items = graph.getEdgeAttribute(key, 'evidence') ?? [];
  items.push(evidence); // in place: copying the list on every occurrence would be quadratic
  graph.mergeEdgeAttributes(key, { evidence: items, weight: items.length });
  return key;
}

export function mergeFragment(graph: KnowledgeGraph, fragment: GraphFragment): void {
  for (const node of fragment.nodes) mergeNode(graph, node.key, node.attributes);
  for (const edge of fragment.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) {
      throw new Error(`edge ${edge.kind} ${edge.source} -> ${edge.target} names a node the fragment lacks`);
    }
    addEdge(graph, edge.kind, edge.source, edge.target, edge.evidence);
  }
}

/** Puts every edge's evidence in canonical order (document, then offsets); run once after merging. */
export function sortEvidence(graph: KnowledgeGraph): void {
  graph.forEachEdge((_key, attributes) => {
    attributes.evidence?.sort(compareEvidence);
  });
}

export function compareEvidence(a: Evidence, b: Evidence): number {
  return compareStrings(a.doc, b.doc) || a.start - b.start || a.end - b.end;
}

/** Code-unit order: locale-independent, so output is the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
