/**
 * The graph as first sent to the browser: every node and edge, without the evidence items
 * (which are most of a graph.json's bytes: the UN corpus's 53 MB graph.json becomes a ~1.8 MB
 * skeleton). Each edge keeps what the first view needs from its evidence (count, languages of
 * the documents, verbs) in a compact row; the items themselves are fetched per node when its
 * panel opens.
 */
import type { Evidence, SerializedGraph } from '@unkg/graph/types';

export interface SkeletonEdgeAttributes {
  kind: string;
  weight: number;
  evidenceCount?: number;
  /** languages of the documents the evidence comes from */
  evidenceLangs?: string[];
  /** distinct clause verbs, most frequent first */
  verbs?: string[];
  [name: string]: unknown;
}

/** One edge: source and target as indexes into `nodes`, kind as an index into `edgeKinds`. */
export type CompactEdge = [source: number, target: number, kind: number, weight: number, evidenceCount: number, langs: string, verbs: string];

export interface ViewSkeleton {
  attributes: Record<string, unknown>;
  nodes: SerializedGraph['nodes'];
  edgeKinds: string[];
  edges: CompactEdge[];
  /** explicit keys, only when some edge key is not the contract's `KIND:source->target` */
  edgeKeys?: string[];
  /** attributes beyond kind, weight and evidence, by edge index */
  edgeExtras?: Record<number, Record<string, unknown>>;
  /** contract problems found when the server read the file */
  warnings: string[];
}

export interface EvidenceIndex {
  /** evidence of an edge, by edge key */
  byEdge: Map<string, Evidence[]>;
  /** keys of the edges touching a node */
  edgesOf: Map<string, string[]>;
}

function distinctByFrequency(values: Array<string | null | undefined>): string[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
}

const contractEdgeKey = (kind: string, source: string, target: string) => `${kind}:${source}->${target}`;

export function toViewSkeleton(data: SerializedGraph, warnings: string[] = []): { skeleton: ViewSkeleton; evidence: EvidenceIndex } {
  const docLang = new Map<string, string>();
  const nodeIndex = new Map<string, number>();
  data.nodes.forEach((node, index) => {
    nodeIndex.set(node.key, index);
    const attributes = node.attributes as { kind?: string; lang?: string };
    if (attributes.kind === 'Document' && typeof attributes.lang === 'string') docLang.set(node.key, attributes.lang);
  });
  const byEdge = new Map<string, Evidence[]>();
  const edgesOf = new Map<string, string[]>();
  const touch = (node: string, edge: string) => {
    const list = edgesOf.get(node);
    if (list) list.push(edge);
    else edgesOf.set(node, [edge]);
  };
  const edgeKinds: string[] = [];
  const keys: string[] = [];
  let keysDerivable = true;
  const edgeExtras: Record<number, Record<string, unknown>> = {};
  const edges = data.edges.map((edge, index): CompactEdge => {
    const { evidence, kind, weight, ...extra } = edge.attributes as unknown as { kind: string; weight: number; evidence?: Evidence[] };
    let kindIndex = edgeKinds.indexOf(kind);
    if (kindIndex < 0) kindIndex = edgeKinds.push(kind) - 1;
    keys.push(edge.key);
    if (edge.key !== contractEdgeKey(kind, edge.source, edge.target)) keysDerivable = false;
    if (Object.keys(extra).length > 0) edgeExtras[index] = extra;
    let langs = '';
    let verbs = '';
    if (Array.isArray(evidence) && evidence.length > 0) {
      byEdge.set(edge.key, evidence);
      touch(edge.source, edge.key);
      touch(edge.target, edge.key);
      langs = distinctByFrequency(evidence.map((item) => docLang.get(item.doc))).join('|');
      verbs = distinctByFrequency(evidence.map((item) => item.verb)).join('|');
    }
    return [nodeIndex.get(edge.source) ?? -1, nodeIndex.get(edge.target) ?? -1, kindIndex, weight, evidence?.length ?? 0, langs, verbs];
  });
  const skeleton: ViewSkeleton = { attributes: { ...data.attributes }, nodes: data.nodes, edgeKinds, edges, warnings };
  if (!keysDerivable) skeleton.edgeKeys = keys;
  if (Object.keys(edgeExtras).length > 0) skeleton.edgeExtras = edgeExtras;
  return { skeleton, evidence: { byEdge, edgesOf } };
}

/** The skeleton's edges in graphology's serialised form (what `graph.import` takes). */
export function expandSkeletonEdges(skeleton: ViewSkeleton): Array<{ key: string; source: string; target: string; attributes: SkeletonEdgeAttributes }> {
  return skeleton.edges.map(([sourceIndex, targetIndex, kindIndex, weight, evidenceCount, langs, verbs], index) => {
    const source = skeleton.nodes[sourceIndex]?.key;
    const target = skeleton.nodes[targetIndex]?.key;
    const kind = skeleton.edgeKinds[kindIndex];
    if (source === undefined || target === undefined || kind === undefined) throw new Error(`edge ${index} of the served graph names a node or kind that does not exist`);
    const attributes: SkeletonEdgeAttributes = { ...skeleton.edgeExtras?.[index], kind, weight };
    if (evidenceCount > 0) attributes.evidenceCount = evidenceCount;
    if (langs) attributes.evidenceLangs = langs.split('|');
    if (verbs) attributes.verbs = verbs.split('|');
    return { key: skeleton.edgeKeys?.[index] ?? contractEdgeKey(kind, source, target), source, target, attributes };
  });
}

/** The evidence of every edge touching `node`, keyed by edge. */
export function evidenceOfNode(index: EvidenceIndex, node: string): Record<string, Evidence[]> {
  const result: Record<string, Evidence[]> = {};
  for (const edge of index.edgesOf.get(node) ?? []) result[edge] = index.byEdge.get(edge) ?? [];
  return result;
}
