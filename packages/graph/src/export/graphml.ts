/**
 * GraphML with typed keys. Written here because graphology-graphml only parses, and no
 * maintained npm writer declares typed keys from mixed data; the format is small: <key>
 * declarations, then nodes and edges with <data> values.
 *
 * Key names follow what Gephi's GraphML importer maps to its own properties: `label`, `size`,
 * `r`/`g`/`b` (colour), `x`/`y` on nodes and `label`, `weight` on edges; graphology-graphml
 * reads `r`/`g`/`b` back as a `color` hex. Every other flattened attribute is a typed column.
 */
import type { KnowledgeGraph } from '../model';
import { columnTypes, flatEdges, flatNodes, type ColumnType, type FlatEdge, type FlatNode, type FlatValue } from './flatten';

export interface GraphmlOptions {
  /** indent the XML (default true) */
  pretty?: boolean;
}

type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';

const GRAPHML_TYPES: Record<ColumnType, GraphmlType> = {
  boolean: 'boolean',
  integer: 'int',
  long: 'long',
  double: 'double',
  string: 'string',
};

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#xD;',
  '\n': '&#xA;',
  '\t': '&#x9;',
};
const NEEDS_ESCAPE = /[&<>"'\r\n\t]/;

/**
 * Escapes text for an XML attribute value or element content (quotes and line breaks as
 * references, so the same text survives in both).
 */
export function escapeXml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"'\r\n\t]/g, (char) => XML_ESCAPES[char]!) : text;
}

function formatValue(value: FlatValue): string {
  return escapeXml(String(value));
}

function declareKeys(prefix: string, columns: Map<string, GraphmlType>): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const [name, type] of columns) keys.set(name, { id: `${prefix}${keys.size}`, name, type });
  return keys;
}

export function exportGraphml(graph: KnowledgeGraph, options: GraphmlOptions = {}): string {
  const newline = options.pretty === false ? '' : '\n';
  return [...graphmlLines(graph, options)].join(newline);
}

/** The GraphML document of a graph in memory line by line (the last is ''), so that a writer never holds it whole. */
export function graphmlLines(graph: KnowledgeGraph, options: GraphmlOptions = {}): Generator<string> {
  const nodes = flatNodes(graph);
  const edges = flatEdges(graph);
  const header: GraphmlHeader = {
    hasLayout: nodes.length > 0 && nodes.every((node) => node.x !== undefined),
    nodeColumns: columnTypes(nodes.map((node) => node.attributes)),
    edgeColumns: columnTypes(edges.map((edge) => edge.attributes)),
  };
  return graphmlDocument(header, nodes, edges, options);
}

/** What the keys of the file declare: known before the first node is written. */
export interface GraphmlHeader {
  /** every node has x and y (positions are written for all nodes or none) */
  hasLayout: boolean;
  nodeColumns: Map<string, ColumnType>;
  edgeColumns: Map<string, ColumnType>;
}

/**
 * The GraphML document line by line (the last is ''), from the declared columns and the nodes
 * and edges in the order they are written, each consumed once as it comes (a streamed export
 * passes generators).
 */
export function* graphmlDocument(header: GraphmlHeader, nodes: Iterable<FlatNode>, edges: Iterable<FlatEdge>, options: GraphmlOptions = {}): Generator<string> {
  const { hasLayout } = header;
  const nodeColumns = new Map<string, GraphmlType>([
    ['label', 'string'],
    ['size', 'double'],
    ['r', 'int'],
    ['g', 'int'],
    ['b', 'int'],
    ...(hasLayout ? ([['x', 'double'], ['y', 'double']] as const) : []),
  ]);
  for (const [name, type] of header.nodeColumns) {
    if (!nodeColumns.has(name)) nodeColumns.set(name, GRAPHML_TYPES[type]);
  }
  const edgeColumns = new Map<string, GraphmlType>([
    ['label', 'string'],
    ['weight', 'double'],
  ]);
  for (const [name, type] of header.edgeColumns) {
    if (!edgeColumns.has(name)) edgeColumns.set(name, GRAPHML_TYPES[type]);
  }
  const nodeKeys = declareKeys('n', nodeColumns);
  const edgeKeys = declareKeys('e', edgeColumns);

  const indent = options.pretty === false ? '' : '  ';
  const newline = options.pretty === false ? '' : '\n';
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">';
  for (const [scope, keys] of [['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const key of keys.values()) {
      yield `${indent}<key id="${key.id}" for="${scope}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`;
    }
  }
  yield `${indent}<graph id="G" edgedefault="directed">`;
  const data = (keys: Map<string, Key>, name: string, value: FlatValue | undefined): string =>
    value === undefined ? '' : `${indent.repeat(3)}<data key="${keys.get(name)!.id}">${formatValue(value)}</data>${newline}`;

  for (const node of nodes) {
    const [r, g, b] = hexToRgb(node.color);
    let body =
      data(nodeKeys, 'label', node.label) +
      data(nodeKeys, 'size', node.size) +
      data(nodeKeys, 'r', r) +
      data(nodeKeys, 'g', g) +
      data(nodeKeys, 'b', b);
    if (hasLayout) body += data(nodeKeys, 'x', node.x) + data(nodeKeys, 'y', node.y);
    for (const [name, value] of Object.entries(node.attributes)) {
      if (!['label', 'size', 'r', 'g', 'b', 'x', 'y'].includes(name)) body += data(nodeKeys, name, value);
    }
    yield `${indent.repeat(2)}<node id="${escapeXml(node.key)}">${newline}${body}${indent.repeat(2)}</node>`;
  }
  for (const edge of edges) {
    let body = data(edgeKeys, 'label', edge.label) + data(edgeKeys, 'weight', edge.weight);
    for (const [name, value] of Object.entries(edge.attributes)) {
      if (name !== 'label' && name !== 'weight') body += data(edgeKeys, name, value);
    }
    yield `${indent.repeat(2)}<edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${newline}${body}${indent.repeat(2)}</edge>`;
  }
  yield `${indent}</graph>`;
  yield '</graphml>';
  yield '';
}

function hexToRgb(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
