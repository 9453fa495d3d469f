/**
 * GEXF 1.3 for Gephi, written here line by line. graphology-gexf (which wrote it before) needs a
 * whole graphology graph in memory and returns the file as one string, which a large corpus cannot
 * afford (2.4 GB RSS for a 249 MB graph.json, and V8's string limit beyond); it cannot stream. The
 * format we write is small and fixed, the same elements graphology-gexf wrote: `<meta>` with only
 * creator and description (GEXF 1.3's schema allows nothing else there), typed `<attributes>`
 * declarations, then nodes (label, `<attvalues>`, `viz:color` as hex and r/g/b, `viz:size`,
 * `viz:position`) and edges (label, weight, `<attvalues>`). An edge's `kind` is a declared
 * attribute column like every other flattened attribute, never GEXF's own edge `kind` (Gephi's
 * edge type, which splits the graph into parallel layers and is lost as a column). Empty strings
 * are left out, as graphology-gexf did. Text is escaped with line breaks and tabs as character
 * references, so a multi-line quote survives attribute-value normalisation.
 */
import type { KnowledgeGraph } from '../model';
import { ColumnTypes, flatEdges, flatNodes, type ColumnType, type FlatAttributes, type FlatEdge, type FlatNode } from './flatten';

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', '\r': '&#xD;', '\n': '&#xA;', '\t': '&#x9;' };

/**
 * Escapes text for a double-quoted attribute value or element content: what XML requires (`&`,
 * `<`, `"`; `>` and `'` stay readable, as graphology-gexf wrote them) and line breaks and tabs as
 * references, which attribute-value normalisation would otherwise turn into spaces.
 */
export function escapeGexf(text: string): string {
  return /[&<"\r\n\t]/.test(text) ? text.replace(/[&<"\r\n\t]/g, (char) => ATTRIBUTE_ESCAPES[char]!) : text;
}

export interface GexfOptions {
  /** indent the XML (default true: Gephi does not mind, humans diffing the file do) */
  pretty?: boolean;
  /** GEXF <meta> description; defaults to the graph's name */
  description?: string;
}

/** What the header of the file declares: known before the first node is written. */
export interface GexfHeader {
  description: string;
  nodeColumns: Map<string, ColumnType>;
  edgeColumns: Map<string, ColumnType>;
}

/** The attribute values GEXF carries: empty strings are no value. */
export function gexfValues(attributes: FlatAttributes): FlatAttributes {
  let values: FlatAttributes | undefined;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === '') {
      values ??= { ...attributes };
      delete values[name];
    }
  }
  return values ?? attributes;
}

/** The description of a graph: its name, or a generic one. */
export function gexfDescription(name: unknown, description?: string): string {
  return description ?? (typeof name === 'string' && name ? name : 'UN knowledge graph');
}

export function exportGexf(graph: KnowledgeGraph, options: GexfOptions = {}): string {
  return [...graphGexfLines(graph, options)].join(options.pretty === false ? '' : '\n');
}

/** The GEXF document of a graph in memory, line by line (no trailing line break). */
export function graphGexfLines(graph: KnowledgeGraph, options: GexfOptions = {}): Generator<string> {
  const nodes = flatNodes(graph);
  const edges = flatEdges(graph);
  const nodeColumns = new ColumnTypes();
  for (const node of nodes) nodeColumns.add(gexfValues(node.attributes));
  const edgeColumns = new ColumnTypes();
  for (const edge of edges) edgeColumns.add(gexfValues(edge.attributes));
  const header = { description: gexfDescription(graph.getAttribute('name'), options.description), nodeColumns: nodeColumns.types, edgeColumns: edgeColumns.types };
  return gexfLines(header, nodes, edges, options);
}

/**
 * The GEXF document line by line, from the declared columns and the nodes and edges in the order
 * they are written (nodes and edges are consumed once, as they come: a streamed export passes
 * generators).
 */
export function* gexfLines(header: GexfHeader, nodes: Iterable<FlatNode>, edges: Iterable<FlatEdge>, options: GexfOptions = {}): Generator<string> {
  const pretty = options.pretty !== false;
  const pad = (depth: number): string => (pretty ? '  '.repeat(depth) : '');
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">';
  yield `${pad(1)}<meta>`;
  yield `${pad(2)}<creator>unkg</creator>`;
  yield `${pad(2)}<description>${escapeGexf(header.description)}</description>`;
  yield `${pad(1)}</meta>`;
  yield `${pad(1)}<graph defaultedgetype="directed">`;
  for (const [scope, columns] of [['node', header.nodeColumns], ['edge', header.edgeColumns]] as const) {
    if (columns.size === 0) continue;
    yield `${pad(2)}<attributes class="${scope}">`;
    for (const [name, type] of columns) {
      const id = escapeGexf(name);
      yield `${pad(3)}<attribute id="${id}" title="${id}" type="${type}"/>`;
    }
    yield `${pad(2)}</attributes>`;
  }
  const attvalues = function* (columns: Map<string, ColumnType>, attributes: FlatAttributes): Generator<string> {
    const values = gexfValues(attributes);
    let open = false;
    for (const name of columns.keys()) {
      const value = values[name];
      if (value === undefined) continue;
      if (!open) yield `${pad(4)}<attvalues>`;
      open = true;
      yield `${pad(5)}<attvalue for="${escapeGexf(name)}" value="${escapeGexf(String(value))}"/>`;
    }
    if (open) yield `${pad(4)}</attvalues>`;
  };

  yield `${pad(2)}<nodes>`;
  for (const node of nodes) {
    yield `${pad(3)}<node id="${escapeGexf(node.key)}" label="${escapeGexf(node.label)}">`;
    yield* attvalues(header.nodeColumns, node.attributes);
    const [r, g, b] = [1, 3, 5].map((offset) => parseInt(node.color.slice(offset, offset + 2), 16));
    yield `${pad(4)}<viz:color hex="${node.color}" r="${r}" g="${g}" b="${b}"/>`;
    yield `${pad(4)}<viz:size value="${node.size}"/>`;
    if (node.x !== undefined && node.y !== undefined) yield `${pad(4)}<viz:position x="${node.x}" y="${node.y}"/>`;
    yield `${pad(3)}</node>`;
  }
  yield `${pad(2)}</nodes>`;
  yield `${pad(2)}<edges>`;
  for (const edge of edges) {
    yield `${pad(3)}<edge id="${escapeGexf(edge.key)}" source="${escapeGexf(edge.source)}" target="${escapeGexf(edge.target)}" weight="${edge.weight}" label="${escapeGexf(edge.label)}">`;
    yield* attvalues(header.edgeColumns, edge.attributes);
    yield `${pad(3)}</edge>`;
  }
  yield `${pad(2)}</edges>`;
  yield `${pad(1)}</graph>`;
  yield '</gexf>';
}
