/**
 * The graph as first sent to the browser: every node (Paragraph nodes aside) and every edge,
 * without evidence items. Each edge keeps what the first view needs from its evidence (count,
 * languages of the documents, verbs) in a compact row; the items, their paragraphs and the
 * paragraphs' language versions are fetched when a panel opens (server.ts reads them from
 * graph.json then). Built from graph.json's records (contract 2) as they stream past.
 */
import {
  compareStrings,
  edgeKey,
  forEachRecordEdge,
  isDocumentRecord,
  type EvidenceItem,
  type GraphRecord,
  type NodeAttributes,
} from '@unkg/graph';

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
  nodes: Array<{ key: string; attributes: NodeAttributes }>;
  edgeKinds: string[];
  edges: CompactEdge[];
  /** contract problems found when the server read the file */
  warnings: string[];
}

/** Where an edge's evidence is: its kind and ends, and the documents holding its items, in order. */
export interface EdgeEvidence {
  kind: string;
  source: string;
  target: string;
  weight: number;
  docs: string[];
}

export interface EvidenceIndex {
  /** evidence of an edge, by edge key */
  byEdge: Map<string, EdgeEvidence>;
  /** keys of the edges with evidence touching a node */
  edgesOf: Map<string, string[]>;
  /** the documents that are a text of each resolution or statement (TEXT_OF), by symbol */
  textsOf: Map<string, string[]>;
}

interface EdgeSummary extends EdgeEvidence {
  langs: Map<string, number>;
  verbs: Map<string, number>;
}

function distinctByFrequency(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
}

/** Builds the skeleton and the evidence index from records (in any order). */
export class SkeletonBuilder {
  private readonly nodes: Array<{ key: string; attributes: NodeAttributes }> = [];
  private readonly edges = new Map<string, EdgeSummary>();
  private readonly textsOf = new Map<string, string[]>();

  add(record: GraphRecord): void {
    this.nodes.push({ key: record.key, attributes: record.attributes });
    if (!isDocumentRecord(record)) return;
    const lang = record.attributes.lang ?? '';
    const doc = record.key;
    forEachRecordEdge(
      record,
      (kind, source, target, item) => this.count(kind, source, target, doc, lang, item),
      (kind, source, target) => {
        if (kind !== 'TEXT_OF') return;
        const key = edgeKey(kind, source, target);
        if (!this.edges.has(key)) this.edges.set(key, { kind, source, target, weight: 1, docs: [], langs: new Map(), verbs: new Map() });
        const texts = this.textsOf.get(target);
        if (texts) texts.push(doc);
        else this.textsOf.set(target, [doc]);
      },
    );
  }

  private count(kind: string, source: string, target: string, doc: string, lang: string, item: EvidenceItem): void {
    const key = edgeKey(kind as never, source, target);
    let edge = this.edges.get(key);
    if (!edge) this.edges.set(key, (edge = { kind, source, target, weight: 0, docs: [], langs: new Map(), verbs: new Map() }));
    edge.weight++;
    if (edge.docs[edge.docs.length - 1] !== doc) edge.docs.push(doc);
    if (lang) edge.langs.set(lang, (edge.langs.get(lang) ?? 0) + 1);
    if (item.verb) edge.verbs.set(item.verb, (edge.verbs.get(item.verb) ?? 0) + 1);
  }

  finish(attributes: Record<string, unknown>, warnings: string[] = []): { skeleton: ViewSkeleton; evidence: EvidenceIndex } {
    const nodes = this.nodes.sort((a, b) => compareStrings(a.key, b.key));
    const nodeIndex = new Map<string, number>();
    nodes.forEach((node, index) => nodeIndex.set(node.key, index));
    const edgeKinds: string[] = [];
    const byEdge = new Map<string, EdgeEvidence>();
    const edgesOf = new Map<string, string[]>();
    const touch = (node: string, edge: string) => {
      const list = edgesOf.get(node);
      if (list) list.push(edge);
      else edgesOf.set(node, [edge]);
    };
    const keys = [...this.edges.keys()].sort(compareStrings);
    const edges = keys.map((key): CompactEdge => {
      const edge = this.edges.get(key)!;
      let kindIndex = edgeKinds.indexOf(edge.kind);
      if (kindIndex < 0) kindIndex = edgeKinds.push(edge.kind) - 1;
      const count = edge.docs.length > 0 ? edge.weight : 0;
      if (count > 0) {
        byEdge.set(key, { kind: edge.kind, source: edge.source, target: edge.target, weight: edge.weight, docs: edge.docs });
        touch(edge.source, key);
        touch(edge.target, key);
      }
      return [nodeIndex.get(edge.source) ?? -1, nodeIndex.get(edge.target) ?? -1, kindIndex, edge.weight, count, distinctByFrequency(edge.langs).join('|'), distinctByFrequency(edge.verbs).join('|')];
    });
    this.edges.clear();
    return { skeleton: { attributes: { ...attributes }, nodes, edgeKinds, edges, warnings }, evidence: { byEdge, edgesOf, textsOf: this.textsOf } };
  }
}

/** The skeleton of records (tests, small graphs). */
export function toViewSkeleton(attributes: Record<string, unknown>, records: Iterable<GraphRecord>, warnings: string[] = []): { skeleton: ViewSkeleton; evidence: EvidenceIndex } {
  const builder = new SkeletonBuilder();
  for (const record of records) builder.add(record);
  return builder.finish(attributes, warnings);
}

const contractEdgeKey = (kind: string, source: string, target: string) => `${kind}:${source}->${target}`;

/** The skeleton's edges in graphology's serialised form (what `graph.import` takes). */
export function expandSkeletonEdges(skeleton: ViewSkeleton): Array<{ key: string; source: string; target: string; attributes: SkeletonEdgeAttributes }> {
  return skeleton.edges.map(([sourceIndex, targetIndex, kindIndex, weight, evidenceCount, langs, verbs], index) => {
    const source = skeleton.nodes[sourceIndex]?.key;
    const target = skeleton.nodes[targetIndex]?.key;
    const kind = skeleton.edgeKinds[kindIndex];
    if (source === undefined || target === undefined || kind === undefined) throw new Error(`edge ${index} of the served graph names a node or kind that does not exist`);
    const attributes: SkeletonEdgeAttributes = { kind, weight };
    if (evidenceCount > 0) attributes.evidenceCount = evidenceCount;
    if (langs) attributes.evidenceLangs = langs.split('|');
    if (verbs) attributes.verbs = verbs.split('|');
    return { key: contractEdgeKey(kind, source, target), source, target, attributes };
  });
}
