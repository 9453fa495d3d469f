/**
 * What extractors produce for one document: the nodes they name and the edges they find, each
 * with its evidence as found (offsets in the document's text). The ingest pipeline turns a
 * document's fragments into its graph.json record (evidence placed in paragraphs).
 */
import type { EdgeKind, Evidence, NodeAttributes } from './types';

/** What one ingested file contributes, produced per file (possibly in a worker). */
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

