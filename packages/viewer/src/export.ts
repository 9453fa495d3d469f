/**
 * Exports of the current view: GEXF 1.3 (what Gephi opens) of the visible subgraph with its
 * colours, sizes and positions, and a PNG composed from sigma's layered canvases.
 */
import Graph from 'graphology';
import type { KnowledgeGraph } from '@unkg/graph';
import { exportGexf } from '@unkg/graph/export/gexf';
import type { ViewGraph } from './graph-types';
import type { Visibility } from './filters';

/** Sigma's drawing flags: state of the view, not data, so they stay out of the export. */
const SIGMA_FLAGS = ['hidden', 'highlighted', 'zIndex', 'forceLabel', 'type'];

function withoutSigmaFlags<T extends Record<string, unknown>>(attributes: T): T {
  const copy = { ...attributes };
  for (const flag of SIGMA_FLAGS) delete copy[flag];
  return copy;
}

/** The visible part of the graph as it is drawn (positions, sizes and colours as sigma shows them). */
export function visibleSubgraph(graph: ViewGraph, visible: Visibility): ViewGraph {
  const subgraph: ViewGraph = new Graph({ type: 'directed', allowSelfLoops: false });
  graph.forEachNode((node, attributes) => {
    if (visible.nodes.has(node)) subgraph.addNode(node, withoutSigmaFlags(attributes));
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (visible.edges.has(edge)) subgraph.addDirectedEdgeWithKey(edge, source, target, withoutSigmaFlags(attributes));
  });
  return subgraph;
}

/**
 * The visible subgraph as GEXF 1.3, written by the same exporter as `unkg export` (so Gephi sees
 * the same columns, `kind` as an attribute, evidence summarised), with the colours, sizes and
 * positions as drawn.
 */
export function toGexf(graph: ViewGraph, visible: Visibility): string {
  return exportGexf(visibleSubgraph(graph, visible) as unknown as KnowledgeGraph, {
    description: 'UN knowledge graph (view exported from the unkg viewer)',
  });
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

/**
 * RFC 4180 CSV: every field quoted (quotes doubled), CRLF line ends, and a byte-order mark so
 * spreadsheet programs read the UN's six languages as UTF-8.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  const field = (value: string | number | null | undefined) => `"${value === null || value === undefined ? '' : String(value).replace(/"/g, '""')}"`;
  return `\ufeff${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
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
