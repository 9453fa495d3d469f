/**
 * Exports of the current view: GEXF 1.3 (what Gephi opens) of the visible subgraph with its
 * colours, sizes and positions, and a PNG composed from sigma's layered canvases.
 */
import Graph from 'graphology';
import { write } from 'graphology-gexf/browser';
import type { ViewGraph } from './graph-types';
import type { Visibility } from './filters';

const DISPLAY_ATTRIBUTES = new Set(['x', 'y', 'size', 'color', 'label', 'hidden', 'highlighted', 'type', 'zIndex', 'forceLabel']);

/** GEXF attributes are scalars: lists are joined with '|', evidence is summarised. */
function flatten(attributes: Record<string, unknown>): Record<string, string | number | boolean> {
  const flat: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (DISPLAY_ATTRIBUTES.has(name) || value === null || value === undefined) continue;
    if (name === 'evidence' && Array.isArray(value)) {
      const verbs = [...new Set(value.map((item: { verb?: string | null }) => item.verb).filter(Boolean))];
      flat.evidenceCount = value.length;
      if (verbs.length) flat.verbs = verbs.join('|');
      const first = value[0] as { quote?: string } | undefined;
      if (first?.quote) flat.quote = first.quote;
    } else if (Array.isArray(value)) flat[name] = value.join('|');
    else if (typeof value === 'object') flat[name] = JSON.stringify(value);
    else flat[name] = value as string | number | boolean;
  }
  return flat;
}

/** The visible part of the graph as it is drawn (positions, sizes and colours as sigma shows them). */
export function visibleSubgraph(graph: ViewGraph, visible: Visibility): ViewGraph {
  const subgraph: ViewGraph = new Graph({ type: 'directed', allowSelfLoops: false });
  graph.forEachNode((node, attributes) => {
    if (visible.nodes.has(node)) subgraph.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (visible.edges.has(edge)) subgraph.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return subgraph;
}

/**
 * The official GEXF 1.3 schema declares color, position and size in the main GEXF namespace,
 * while graphology-gexf writes them as viz:*; unprefixed, the file validates against the
 * schema, and Gephi and graphology-gexf (which match on the local name) read it the same.
 */
function vizInGexfNamespace(xml: string): string {
  return xml.replace(/<(\/?)viz:/g, '<$1').replace(/\s+xmlns:viz="[^"]*"/, '');
}

export function toGexf(graph: ViewGraph, visible: Visibility): string {
  const subgraph = visibleSubgraph(graph, visible);
  return vizInGexfNamespace(write(subgraph, {
    version: '1.3',
    formatNode: (_key, attributes) => ({
      label: attributes.label,
      attributes: flatten(attributes),
      viz: { color: attributes.color, size: attributes.size, x: attributes.x, y: attributes.y },
    }),
    formatEdge: (_key, attributes) => ({
      label: attributes.kind,
      kind: attributes.kind,
      weight: attributes.weight,
      attributes: flatten(attributes),
    }),
  }));
}

/**
 * Draws every canvas layer of the sigma container, in document order, onto one canvas. It must
 * run right after a synchronous render: the WebGL layers keep no drawing buffer afterwards.
 */
export function composeCanvases(container: HTMLElement, render: () => void, background = '#ffffff'): HTMLCanvasElement {
  render();
  const layers = [...container.querySelectorAll('canvas')];
  const width = Math.max(...layers.map((layer) => layer.width), 1);
  const height = Math.max(...layers.map((layer) => layer.height), 1);
  const output = document.createElement('canvas');
  output.width = width;
  output.height = height;
  const context = output.getContext('2d')!;
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  for (const layer of layers) if (layer.width > 0 && layer.height > 0) context.drawImage(layer, 0, 0, width, height);
  return output;
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
