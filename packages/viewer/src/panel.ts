/**
 * The node panel: attributes, mandates, tracing controls, and the node's neighbours grouped by
 * edge kind with each edge's evidence (document, paragraph, verb, quote). Built with `el`, so
 * every text from the documents is rendered as text.
 */
import type { EvidenceItem as Evidence } from '@unkg/graph/types';
import { el } from './dom';
import { nodeYear, type ViewGraph } from './graph-types';
import { bodiesMandatedBy, mandatesOfBody, type MandateLink } from './mandates';
import type { Trace, TraceDirection } from './state';
import { kindColor } from './style';
import type { CitationPath, Subgraph } from './trace';

export interface PanelContext {
  graph: ViewGraph;
  node: string;
  trace: Trace | null;
  traced: Subgraph | null;
  pathStart: string | null;
  path: CitationPath | null;
  pathEnds: [string, string] | null;
  select(node: string): void;
  setTrace(trace: Trace | null): void;
  setPathStart(node: string | null): void;
  showPath(from: string, to: string): void;
  clearPath(): void;
  close(): void;
}

const HIDDEN_ATTRIBUTES = new Set(['x', 'y', 'size', 'color', 'label', 'kind', 'hidden', 'highlighted', 'type', 'zIndex', 'forceLabel']);
const MAX_ITEMS = 150;

const EDGE_GROUP_TITLES: Record<string, [outgoing: string, incoming: string]> = {
  CITES: ['Cites', 'Cited by'],
  MANDATES: ['Mandates', 'Mandated by'],
  ADDRESSES: ['Addresses', 'Addressed by'],
  MENTIONS: ['Mentions', 'Mentioned in'],
  TEXT_OF: ['Text of', 'Texts'],
};

function nodeLink(context: PanelContext, node: string): HTMLElement {
  const graph = context.graph;
  if (!graph.hasNode(node)) return el('span', { class: 'node-link missing', text: node });
  const attributes = graph.getNodeAttributes(node);
  return el('button', { class: 'node-link', title: `${attributes.kind}: ${node}`, attrs: { type: 'button', 'data-node': node }, on: { click: () => context.select(node) } }, [
    el('span', { class: 'dot', attrs: { style: `background:${kindColor(attributes.kind)}` } }),
    attributes.label || node,
  ]);
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(' · ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function attributesTable(context: PanelContext): HTMLElement {
  const attributes = context.graph.getNodeAttributes(context.node);
  const rows = Object.entries(attributes)
    .filter(([name, value]) => !HIDDEN_ATTRIBUTES.has(name) && value !== null && value !== undefined && value !== '')
    .map(([name, value]) => el('tr', {}, [el('th', { text: name }), el('td', { text: formatValue(value) })]));
  rows.unshift(el('tr', {}, [el('th', { text: 'key' }), el('td', { text: context.node })]));
  return el('table', { class: 'attributes' }, [el('tbody', {}, rows)]);
}

function evidenceItem(context: PanelContext, item: Evidence): HTMLElement {
  const doc = context.graph.hasNode(item.doc) ? context.graph.getNodeAttributes(item.doc) : null;
  const where = [item.section, item.paragraph ? `¶ ${item.paragraph}` : null, doc?.lang ? String(doc.lang) : null].filter(Boolean).join(' · ');
  return el('li', { class: 'evidence' }, [
    el('div', { class: 'evidence-meta' }, [
      context.graph.hasNode(item.doc) ? nodeLink(context, item.doc) : el('span', { text: item.doc }),
      el('span', { class: 'where', text: where }),
      item.verb ? el('span', { class: 'verb', text: item.verb }) : null,
    ]),
    el('blockquote', { class: 'quote', text: item.quote ?? '' }),
  ]);
}

function edgeItem(context: PanelContext, edge: string, other: string): HTMLElement {
  const attributes = context.graph.getEdgeAttributes(edge);
  const evidence = attributes.evidence;
  // the server sends at most 100 items of an edge: the count is the edge's own
  const count = attributes.evidenceCount ?? evidence?.length ?? 0;
  const verbs = evidence ? [...new Set(evidence.map((item) => item.verb).filter((verb): verb is string => Boolean(verb)))] : (attributes.verbs ?? []);
  if (count === 0) return el('li', { class: 'edge' }, [el('div', { class: 'edge-row' }, [nodeLink(context, other)])]);
  const summary = el('summary', {}, [nodeLink(context, other), verbs.length ? el('span', { class: 'verbs', text: verbs.join(', ') }) : null, el('span', { class: 'count', text: String(count) })]);
  const body = evidence
    ? el('ul', { class: 'evidence-list' }, [...evidence.slice(0, 40).map((item) => evidenceItem(context, item)), count > 40 ? el('li', { class: 'more', text: `… and ${count - 40} more` }) : null])
    : el('p', { class: 'loading', text: 'Loading evidence…' });
  return el('li', { class: 'edge', attrs: { 'data-edge': edge } }, [el('details', {}, [summary, body])]);
}

function connections(context: PanelContext): HTMLElement {
  const { graph, node } = context;
  const groups = new Map<string, Array<{ edge: string; other: string }>>();
  const add = (title: string, edge: string, other: string) => {
    let list = groups.get(title);
    if (!list) groups.set(title, (list = []));
    list.push({ edge, other });
  };
  const titles = (kind: string) => EDGE_GROUP_TITLES[kind] ?? [`${kind} →`, `← ${kind}`];
  graph.forEachOutEdge(node, (edge, attributes, _source, target) => add(titles(attributes.kind)[0], edge, target));
  graph.forEachInEdge(node, (edge, attributes, source) => add(titles(attributes.kind)[1], edge, source));
  const sections = [...groups].map(([title, items]) => {
    items.sort((a, b) => graph.getEdgeAttribute(b.edge, 'weight') - graph.getEdgeAttribute(a.edge, 'weight') || (a.other < b.other ? -1 : 1));
    return el('section', { class: 'group' }, [
      el('h3', { text: `${title} (${items.length})` }),
      el('ul', { class: 'edges' }, items.slice(0, MAX_ITEMS).map(({ edge, other }) => edgeItem(context, edge, other))),
      items.length > MAX_ITEMS ? el('p', { class: 'more', text: `… and ${items.length - MAX_ITEMS} more` }) : null,
    ]);
  });
  return el('div', { class: 'connections' }, sections.length ? sections : [el('p', { class: 'empty', text: 'No connections.' })]);
}

function mandateRow(context: PanelContext, link: MandateLink): HTMLElement {
  return el('li', {}, [nodeLink(context, link.node), el('span', { class: 'verbs', text: [link.verbs.join(', '), link.paragraphs.length ? `¶ ${link.paragraphs.join(', ')}` : ''].filter(Boolean).join(' · ') })]);
}

function mandatesSection(context: PanelContext): HTMLElement | null {
  const { graph, node } = context;
  const kind = graph.getNodeAttribute(node, 'kind');
  if (kind === 'Body') {
    const groups = mandatesOfBody(graph, node);
    if (groups.length === 0) return null;
    return el('section', { class: 'mandates' }, [
      el('h3', { text: `Mandated by (${groups.reduce((sum, group) => sum + group.links.length, 0)} resolutions)` }),
      el('dl', {}, groups.flatMap((group) => [el('dt', { text: group.year === null ? 'year unknown' : String(group.year) }), el('dd', {}, [el('ul', {}, group.links.map((link) => mandateRow(context, link)))])])),
    ]);
  }
  if (kind === 'Resolution') {
    const links = bodiesMandatedBy(graph, node);
    if (links.length === 0) return null;
    return el('section', { class: 'mandates' }, [el('h3', { text: `Bodies mandated (${links.length})` }), el('ul', {}, links.map((link) => mandateRow(context, link)))]);
  }
  return null;
}

const DIRECTION_LABELS: Record<TraceDirection, string> = { ancestors: 'Ancestry', descendants: 'Descendants', both: 'Both' };

function traceSection(context: PanelContext): HTMLElement | null {
  const { graph, node, trace } = context;
  const cites = graph.someEdge(node, (_edge, attributes) => attributes.kind === 'CITES');
  if (!cites) return null;
  const depth = trace?.depth ?? 3;
  const depthSelect = el('select', { attrs: { id: 'trace-depth', 'aria-label': 'Trace depth' }, on: { change: () => trace && context.setTrace({ ...trace, depth: Number(depthSelect.value) }) } },
    [1, 2, 3, 4, 5, 10].map((value) => el('option', { text: value === 10 ? 'all' : `depth ${value}`, attrs: { value: String(value), ...(value === depth ? { selected: '' } : {}) } })));
  const buttons = (Object.keys(DIRECTION_LABELS) as TraceDirection[]).map((direction) =>
    el('button', { text: DIRECTION_LABELS[direction], class: trace?.direction === direction ? 'active' : '', attrs: { type: 'button', 'data-trace': direction, 'aria-pressed': String(trace?.direction === direction) }, on: { click: () => context.setTrace({ direction, depth: Number(depthSelect.value) }) } }),
  );
  const children: Array<HTMLElement | null> = [el('h3', { text: 'Trace citations' }), el('div', { class: 'button-row' }, [...buttons, depthSelect, trace ? el('button', { text: 'Clear', attrs: { type: 'button', 'data-trace': 'clear' }, on: { click: () => context.setTrace(null) } }) : null])];
  if (trace && context.traced) {
    const byDepth = [...context.traced.depth].filter(([other]) => other !== node).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    children.push(el('p', { class: 'trace-summary', attrs: { id: 'trace-summary' }, text: `${DIRECTION_LABELS[trace.direction]}: ${byDepth.length} documents, ${context.traced.edges.size} citations` }));
    children.push(el('ol', { class: 'trace-list' }, byDepth.slice(0, MAX_ITEMS).map(([other, distance]) => el('li', {}, [el('span', { class: 'depth', text: String(distance) }), nodeLink(context, other)]))));
  }
  // Shortest path: pick a start here, then open another resolution.
  const start = context.pathStart;
  const pathRow = el('div', { class: 'button-row' }, [
    el('button', { text: start === node ? 'Path start ✓' : 'Set as path start', attrs: { type: 'button', 'data-path': 'start' }, on: { click: () => context.setPathStart(start === node ? null : node) } }),
    start && start !== node && graph.hasNode(start) ? el('button', { text: `Shortest path from ${graph.getNodeAttribute(start, 'label')}`, attrs: { type: 'button', 'data-path': 'show' }, on: { click: () => context.showPath(start, node) } }) : null,
  ]);
  children.push(el('h3', { text: 'Citation path' }), pathRow);
  if (context.pathEnds) {
    const [from, to] = context.pathEnds;
    const label = (key: string) => (graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key);
    children.push(
      context.path
        ? el('div', { class: 'path', attrs: { id: 'path-summary' } }, [
            el('p', { text: `${context.path.nodes.length - 1} steps from ${label(from)} to ${label(to)}${context.path.directed ? '' : ' (citations in either direction)'}` }),
            el('ol', {}, context.path.nodes.map((other) => el('li', {}, [nodeLink(context, other)]))),
            el('button', { text: 'Clear path', attrs: { type: 'button' }, on: { click: () => context.clearPath() } }),
          ])
        : el('p', { class: 'empty', attrs: { id: 'path-summary' }, text: `No citation path between ${label(from)} and ${label(to)}.` }),
    );
  }
  return el('section', { class: 'trace' }, children);
}

export function renderPanel(container: HTMLElement, context: PanelContext): void {
  const attributes = context.graph.getNodeAttributes(context.node);
  const year = nodeYear(attributes);
  container.replaceChildren(
    el('header', { class: 'panel-header' }, [
      el('span', { class: 'kind-badge', text: attributes.kind, attrs: { style: `background:${kindColor(attributes.kind)}` } }),
      year !== null ? el('span', { class: 'year', text: String(year) }) : null,
      el('button', { class: 'close', text: '×', title: 'Close (Esc)', attrs: { type: 'button', 'aria-label': 'Close panel' }, on: { click: () => context.close() } }),
      el('h2', { text: attributes.label || context.node, attrs: { id: 'panel-title' } }),
    ]),
    el('div', { class: 'panel-body' }, [traceSection(context), mandatesSection(context), el('details', { class: 'attributes-box' }, [el('summary', { text: 'Attributes' }), attributesTable(context)]), connections(context)]),
  );
}
