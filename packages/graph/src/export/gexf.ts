/**
 * GEXF 1.3 for Gephi, written by graphology-gexf. Its default formatter would move an edge's
 * `kind` into GEXF's own edge `kind` (Gephi's edge type, which splits the graph into parallel
 * layers and is lost as an attribute), so our formatters hand it over as a declared attribute
 * column, like every other flattened attribute; label, weight, colour, size and position go to
 * their GEXF slots.
 */
import Graph from 'graphology';
import { write } from 'graphology-gexf';
import type { KnowledgeGraph } from '../model';
import { flatEdges, flatNodes, type FlatAttributes } from './flatten';

export interface GexfOptions {
  /** indent the XML (default true: Gephi does not mind, humans diffing the file do) */
  pretty?: boolean;
  /** GEXF <meta> description; defaults to the graph's name */
  description?: string;
}

interface VizRecord {
  color: string;
  size: number;
  x?: number;
  y?: number;
}

type FlatNodeRecord = { label: string; viz: VizRecord; attributes: FlatAttributes };
type FlatEdgeRecord = { label: string; weight: number; attributes: FlatAttributes };

export function exportGexf(graph: KnowledgeGraph, options: GexfOptions = {}): string {
  const staging = new Graph<FlatNodeRecord, FlatEdgeRecord>({ type: 'directed', multi: false, allowSelfLoops: true });
  for (const node of flatNodes(graph)) {
    const viz: VizRecord = { color: node.color, size: node.size };
    if (node.x !== undefined && node.y !== undefined) Object.assign(viz, { x: node.x, y: node.y });
    staging.addNode(node.key, { label: node.label, viz, attributes: node.attributes });
  }
  for (const edge of flatEdges(graph)) {
    staging.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
      label: edge.label,
      weight: edge.weight,
      attributes: edge.attributes,
    });
  }
  // pedantic: only creator/description in <meta>, which is all the GEXF 1.3 schema allows there
  const name = graph.getAttribute('name');
  staging.replaceAttributes({
    creator: 'unkg',
    description: options.description ?? (typeof name === 'string' && name ? name : 'UN knowledge graph'),
  } as never);
  return write(staging, {
    version: '1.3',
    pedantic: true,
    pretty: options.pretty ?? true,
    formatNode: (_key, record) => ({ label: record.label, viz: record.viz, attributes: record.attributes }),
    formatEdge: (_key, record) => ({ label: record.label, weight: record.weight, attributes: record.attributes }),
  });
}
