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
  const xml = write(staging, {
    version: '1.3',
    pedantic: true,
    pretty: options.pretty ?? true,
    formatNode: (_key, record) => ({ label: record.label, viz: record.viz, attributes: record.attributes }),
    formatEdge: (_key, record) => ({ label: record.label, weight: record.weight, attributes: record.attributes }),
  });
  return withRgbChannels(xml);
}

/**
 * graphology-gexf writes a 1.3 colour as `hex` only; GEXF 1.3 allows `r`, `g`, `b` beside it, and
 * readers that predate 1.3 (networkx, Gephi 0.9) need them. The writer's output is ours and
 * regular (`<viz:color hex="#rrggbb"/>`), so the channels are added to each such element.
 */
export function withRgbChannels(xml: string): string {
  return xml.replace(/<viz:color hex="#([0-9a-fA-F]{6})"\/>/g, (_element, hex: string) => {
    const [r, g, b] = [0, 2, 4].map((offset) => parseInt(hex.slice(offset, offset + 2), 16));
    return `<viz:color hex="#${hex}" r="${r}" g="${g}" b="${b}"/>`;
  });
}
