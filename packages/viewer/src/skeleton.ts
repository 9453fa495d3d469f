/**
 * The graph as first sent to the browser: every node and edge, without the evidence items
 * (which are most of a graph.json's bytes: 53 MB of 56 for the UN corpus). Each edge keeps
 * what the first view needs from its evidence (count, languages of the documents, verbs);
 * the items themselves are fetched per node when its panel opens.
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

export interface ViewSkeleton {
  attributes: Record<string, unknown>;
  nodes: SerializedGraph['nodes'];
  edges: Array<{ key: string; source: string; target: string; attributes: SkeletonEdgeAttributes }>;
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

export function toViewSkeleton(data: SerializedGraph, warnings: string[] = []): { skeleton: ViewSkeleton; evidence: EvidenceIndex } {
  const docLang = new Map<string, string>();
  for (const node of data.nodes) {
    const attributes = node.attributes as { kind?: string; lang?: string };
    if (attributes.kind === 'Document' && typeof attributes.lang === 'string') docLang.set(node.key, attributes.lang);
  }
  const byEdge = new Map<string, Evidence[]>();
  const edgesOf = new Map<string, string[]>();
  const touch = (node: string, edge: string) => {
    const list = edgesOf.get(node);
    if (list) list.push(edge);
    else edgesOf.set(node, [edge]);
  };
  const edges = data.edges.map((edge) => {
    const { evidence, ...rest } = edge.attributes as unknown as SkeletonEdgeAttributes & { evidence?: Evidence[] };
    const attributes: SkeletonEdgeAttributes = { ...rest };
    if (Array.isArray(evidence) && evidence.length > 0) {
      byEdge.set(edge.key, evidence);
      touch(edge.source, edge.key);
      touch(edge.target, edge.key);
      attributes.evidenceCount = evidence.length;
      const langs = distinctByFrequency(evidence.map((item) => docLang.get(item.doc)));
      if (langs.length) attributes.evidenceLangs = langs;
      const verbs = distinctByFrequency(evidence.map((item) => item.verb));
      if (verbs.length) attributes.verbs = verbs;
    }
    return { key: edge.key, source: edge.source, target: edge.target, attributes };
  });
  return { skeleton: { attributes: { ...data.attributes }, nodes: data.nodes, edges, warnings }, evidence: { byEdge, edgesOf } };
}

/** The evidence of every edge touching `node`, keyed by edge. */
export function evidenceOfNode(index: EvidenceIndex, node: string): Record<string, Evidence[]> {
  const result: Record<string, Evidence[]> = {};
  for (const edge of index.edgesOf.get(node) ?? []) result[edge] = index.byEdge.get(edge) ?? [];
  return result;
}
