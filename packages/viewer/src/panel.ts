/**
 * The node panel: tracing and paths (with direction and depth), mandates, and the node's
 * neighbours grouped by edge kind and direction, each with its clauses inline (one language
 * first, the others on demand, paragraph and verb). Every list pages through all its items and
 * exports as CSV. Built with `el`, so every text from the documents is rendered as text.
 */
import type { EvidenceItem as Evidence } from '@unkg/graph/types';
import { el } from './dom';
import { clausePlace, clausesOf, preferredVersion, type Clause, type ClauseVersion, type ParagraphLoader } from './evidence';
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
  /** language shown first in clauses, and the languages there are */
  lang: string;
  langs: string[];
  /** false while the node's evidence is being fetched */
  evidenceReady: boolean;
  /** fetches a paragraph (whole-paragraph view of a clause); null when no server serves them */
  loadParagraph: ParagraphLoader | null;
  /** items shown per list, by list id (lists page through everything) */
  shown: ReadonlyMap<string, number>;
  select(node: string): void;
  setTrace(trace: Trace | null): void;
  setPathStart(node: string | null): void;
  showPath(from: string, to: string): void;
  clearPath(): void;
  close(): void;
  setLang(lang: string): void;
  showMore(list: string, count: number): void;
  downloadCsv(name: string, rows: Array<Array<string | number | null>>): void;
  /**
   * When given, the panel is built lazily: what the first screen shows now, `build` for the
   * rest, which the caller runs after the frame (a hub's thousands of neighbours cost a click
   * nothing). Absent, everything is built at once.
   */
  defer?(build: () => void): void;
}

const HIDDEN_ATTRIBUTES = new Set(['x', 'y', 'size', 'color', 'label', 'kind', 'hidden', 'highlighted', 'type', 'zIndex', 'forceLabel']);
export const PAGE = 20;
/** clauses shown per edge before "more clauses" */
const CLAUSES_SHOWN = 3;

const EDGE_GROUP_TITLES: Record<string, [outgoing: string, incoming: string]> = {
  CITES: ['Cites', 'Cited by'],
  MANDATES: ['Mandates', 'Mandated by'],
  ADDRESSES: ['Addresses', 'Addressed by'],
  MENTIONS: ['Mentions', 'Mentioned in'],
  TEXT_OF: ['Text of', 'Texts'],
};
/** the order of the neighbour lists: citations first, mentions last */
const GROUP_ORDER = ['CITES', 'MANDATES', 'ADDRESSES', 'TEXT_OF', 'MENTIONS'];
const EDGE_VERBS: Record<string, string> = { CITES: 'cites', MANDATES: 'mandates', ADDRESSES: 'addresses', MENTIONS: 'mentions', TEXT_OF: 'is a text of' };

const labelOf = (graph: ViewGraph, node: string): string => (graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') || node : node);

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

/** The first `shown` items of a list, and buttons to page through the rest. */
function paged<T>(context: PanelContext, id: string, items: readonly T[], render: (item: T) => HTMLElement, tag: 'ul' | 'ol' = 'ul', className = ''): HTMLElement[] {
  const shown = Math.min(items.length, context.shown.get(id) ?? PAGE);
  const list = el(tag, { class: className, attrs: { 'data-list': id } }, items.slice(0, shown).map(render));
  const left = items.length - shown;
  if (left <= 0) return [list];
  return [
    list,
    el('div', { class: 'more-row', attrs: { 'data-more': id } }, [
      el('span', { class: 'more', text: `${shown} of ${items.length}` }),
      el('button', { class: 'link', text: `Show ${Math.min(PAGE * 5, left)} more`, attrs: { type: 'button', 'data-show': 'more' }, on: { click: () => context.showMore(id, shown + Math.min(PAGE * 5, left)) } }),
      el('button', { class: 'link', text: `Show all ${items.length}`, attrs: { type: 'button', 'data-show': 'all' }, on: { click: () => context.showMore(id, items.length) } }),
    ]),
  ];
}

function csvButton(context: PanelContext, name: string, rows: () => Array<Array<string | number | null>>): HTMLElement {
  return el('button', { class: 'csv link', text: 'CSV', title: `Download this list as CSV (${name}.csv)`, attrs: { type: 'button', 'data-csv': name }, on: { click: () => context.downloadCsv(name, rows()) } });
}

function heading(text: string, ...extra: Array<HTMLElement | null>): HTMLElement {
  return el('div', { class: 'list-heading' }, [el('h3', { text }), ...extra]);
}

// ---- clauses ----------------------------------------------------------------------------------

/** A text with the span between `mark[0]` and `mark[1]` in a <mark> (as text nodes: never parsed as HTML). */
function marked(text: string, mark: readonly [number, number] | null): Array<string | HTMLElement> {
  if (!mark || !(mark[0] >= 0 && mark[0] < mark[1] && mark[1] <= text.length)) return [text];
  return [text.slice(0, mark[0]), el('mark', { text: text.slice(mark[0], mark[1]) }), text.slice(mark[1])];
}

function quoteOf(version: ClauseVersion, className: string): HTMLElement {
  return el('blockquote', { class: className, attrs: { lang: version.lang ?? '', 'data-version': version.doc } }, marked(version.text, version.mark));
}

/**
 * "whole paragraph": the version's paragraph, fetched from the server when first asked for, with
 * the span highlighted; asked again, the clause comes back.
 */
function paragraphToggle(context: PanelContext, version: ClauseVersion, quote: HTMLElement): HTMLElement | null {
  const load = context.loadParagraph;
  const para = version.para;
  if (!load || !para) return null;
  const button = el('button', {
    class: 'link paragraph-toggle',
    text: '¶ whole paragraph',
    title: 'Show the whole paragraph, the span highlighted',
    attrs: { type: 'button', 'aria-pressed': 'false', 'data-para': para },
  });
  button.addEventListener('click', () => {
    const shown = quote;
    if (button.getAttribute('aria-pressed') === 'true') {
      shown.replaceChildren(...marked(version.text, version.mark));
      shown.classList.remove('paragraph');
      button.setAttribute('aria-pressed', 'false');
      button.textContent = '¶ whole paragraph';
      return;
    }
    button.setAttribute('aria-pressed', 'true');
    button.textContent = '¶ clause only';
    load(para).then(
      (paragraph) => {
        if (button.getAttribute('aria-pressed') !== 'true') return;
        shown.replaceChildren(...marked(paragraph.text, [version.start, version.end]));
        shown.classList.add('paragraph');
      },
      (error: unknown) => {
        shown.replaceChildren(...marked(version.text, version.mark), el('span', { class: 'error', text: ` (paragraph unavailable: ${(error as Error).message})` }));
      },
    );
  });
  return button;
}

function clauseItem(context: PanelContext, clause: Clause): HTMLElement {
  const first = preferredVersion(clause, context.lang);
  const others = clause.versions.filter((version) => version !== first);
  const quote = quoteOf(first, 'quote');
  const extra = el('div', { class: 'versions' });
  const toggles = others.map((version) =>
    el('button', {
      class: 'lang-toggle',
      text: version.lang ?? '?',
      title: `Show the ${version.lang ?? 'other'} text`,
      attrs: { type: 'button', 'aria-pressed': 'false', 'data-lang': version.lang ?? '' },
      on: {
        click: (event) => {
          const button = event.currentTarget as HTMLElement;
          const open = button.getAttribute('aria-pressed') === 'true';
          button.setAttribute('aria-pressed', String(!open));
          const existing = extra.querySelector(`[data-other="${CSS.escape(version.doc)}"]`);
          if (open) existing?.remove();
          else {
            const other = quoteOf(version, 'quote other');
            extra.append(el('div', { class: 'other-version', attrs: { 'data-other': version.doc } }, [other, paragraphToggle(context, version, other)]));
          }
        },
      },
    }),
  );
  return el('li', { class: 'clause' }, [
    el('div', { class: 'clause-meta' }, [
      el('span', { class: 'where', text: clausePlace(clause) }),
      clause.verb ? el('span', { class: 'verb', text: clause.verb }) : null,
      el('span', { class: 'lang', text: first.lang ?? '' }),
      context.graph.hasNode(first.doc) ? nodeLink(context, first.doc) : null,
    ]),
    quote,
    paragraphToggle(context, first, quote),
    toggles.length ? el('div', { class: 'also' }, ['also in ', ...toggles]) : null,
    extra,
  ]);
}

function clauseList(context: PanelContext, evidence: readonly Evidence[]): HTMLElement {
  const clauses = clausesOf(context.graph, evidence);
  const list = el('ul', { class: 'clauses' }, clauses.slice(0, CLAUSES_SHOWN).map((clause) => clauseItem(context, clause)));
  if (clauses.length > CLAUSES_SHOWN) {
    const more = el('li', { class: 'more-row' }, [
      el('button', {
        class: 'link',
        text: `${clauses.length - CLAUSES_SHOWN} more clause${clauses.length - CLAUSES_SHOWN === 1 ? '' : 's'}`,
        attrs: { type: 'button', 'data-show': 'clauses' },
        on: { click: () => more.replaceWith(...clauses.slice(CLAUSES_SHOWN).map((clause) => clauseItem(context, clause))) },
      }),
    ]);
    list.append(more);
  }
  return list;
}

// ---- connections --------------------------------------------------------------------------------

interface Connection {
  edge: string;
  other: string;
  outgoing: boolean;
}

function connectionItem(context: PanelContext, { edge, other, outgoing }: Connection): HTMLElement {
  const { graph, node } = context;
  const attributes = graph.getEdgeAttributes(edge);
  const evidence = attributes.evidence;
  // the server sends at most 100 items of an edge: the count is the edge's own
  const count = attributes.evidenceCount ?? evidence?.length ?? 0;
  const verbs = evidence ? [...new Set(evidence.map((item) => item.verb).filter((verb): verb is string => Boolean(verb)))] : (attributes.verbs ?? []);
  const [from, to] = outgoing ? [node, other] : [other, node];
  const sentence = `${labelOf(graph, from)} ${EDGE_VERBS[attributes.kind] ?? attributes.kind} ${labelOf(graph, to)}`;
  const row = el('div', { class: 'edge-row', title: sentence }, [
    el('span', { class: 'arrow', text: outgoing ? '→' : '←', attrs: { 'aria-label': outgoing ? 'to' : 'from' } }),
    nodeLink(context, other),
    verbs.length ? el('span', { class: 'verbs', text: verbs.join(', ') }) : null,
    count ? el('span', { class: 'count', text: String(count), title: `${count} occurrence${count === 1 ? '' : 's'} in the texts` }) : null,
  ]);
  const body = count === 0 ? null : evidence ? clauseList(context, evidence) : el('p', { class: 'loading', text: context.evidenceReady ? 'No evidence served.' : 'Loading clauses…' });
  return el('li', { class: 'edge', attrs: { 'data-edge': edge } }, [row, body]);
}

function connections(context: PanelContext): HTMLElement {
  const { graph, node } = context;
  const groups = new Map<string, { kind: string; outgoing: boolean; items: Connection[] }>();
  const add = (kind: string, outgoing: boolean, edge: string, other: string) => {
    const id = `${kind}:${outgoing ? 'out' : 'in'}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { kind, outgoing, items: [] }));
    group.items.push({ edge, other, outgoing });
  };
  graph.forEachOutEdge(node, (edge, attributes, _source, target) => add(attributes.kind, true, edge, target));
  graph.forEachInEdge(node, (edge, attributes, source) => add(attributes.kind, false, edge, source));
  const yearOf = (other: string) => nodeYear(graph.getNodeAttributes(other)) ?? -Infinity;
  const rank = (id: string) => {
    const [kind, direction] = id.split(':') as [string, string];
    const index = GROUP_ORDER.indexOf(kind);
    return (index < 0 ? GROUP_ORDER.length : index) * 2 + (direction === 'out' ? 0 : 1);
  };
  const ordered = [...groups].sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1));
  const titleOf = (kind: string, outgoing: boolean) => (EDGE_GROUP_TITLES[kind] ?? [`${kind} →`, `← ${kind}`])[outgoing ? 0 : 1];
  const section = (id: string, { kind, outgoing, items }: { kind: string; outgoing: boolean; items: Connection[] }) => {
    const title = titleOf(kind, outgoing);
    // the most supported first, then the most recent (keys read once: hubs have thousands of items)
    const keys = new Map(items.map((item) => [item, [graph.getEdgeAttribute(item.edge, 'weight'), yearOf(item.other)] as const]));
    items.sort((a, b) => keys.get(b)![0] - keys.get(a)![0] || keys.get(b)![1] - keys.get(a)![1] || (a.other < b.other ? -1 : 1));
    const rows = () => [
      ['direction', 'kind', 'node', 'label', 'node kind', 'year', 'verbs', 'places', `clause (${context.lang})`],
      ...items.map(({ edge, other }) => {
        const attributes = graph.getEdgeAttributes(edge);
        const clauses = attributes.evidence ? clausesOf(graph, attributes.evidence) : [];
        return [
          outgoing ? 'out' : 'in',
          kind,
          other,
          labelOf(graph, other),
          graph.getNodeAttribute(other, 'kind'),
          nodeYear(graph.getNodeAttributes(other)),
          (attributes.evidence ? [...new Set(attributes.evidence.map((item) => item.verb).filter(Boolean))] : (attributes.verbs ?? [])).join('; '),
          clauses.map(clausePlace).join('; '),
          clauses.map((clause) => preferredVersion(clause, context.lang).text).join(' | '),
        ];
      }),
    ];
    return el('section', { class: 'group', attrs: { 'data-group': id } }, [
      heading(`${title} (${items.length})`, csvButton(context, `${labelOf(graph, node)} ${title}`.toLowerCase(), rows)),
      ...paged(context, id, items, (item) => connectionItem(context, item), 'ul', 'edges'),
    ]);
  };
  // Built lazily (context.defer): the first group now, the others (headings shown) after the frame.
  const sections = ordered.map(([id, group], index) => {
    if (index === 0 || !context.defer) return section(id, group);
    const placeholder = el('section', { class: 'group pending', attrs: { 'data-group': id } }, [heading(`${titleOf(group.kind, group.outgoing)} (${group.items.length})`)]);
    context.defer(() => placeholder.replaceWith(section(id, group)));
    return placeholder;
  });
  return el('div', { class: 'connections' }, sections.length ? sections : [el('p', { class: 'empty', text: 'No connections.' })]);
}

// ---- mandates -----------------------------------------------------------------------------------

function mandateRow(context: PanelContext, link: MandateLink, year: number | null = null): HTMLElement {
  const verbsText = [link.verbs.join(', '), link.paragraphs.length ? `¶ ${link.paragraphs.join(', ')}` : ''].filter(Boolean).join(' · ');
  return el('li', {}, [
    year !== null ? el('span', { class: 'year-cell', text: String(year) }) : null,
    nodeLink(context, link.node),
    el('span', { class: 'verbs', text: verbsText, title: verbsText }),
  ]);
}

function mandatesSection(context: PanelContext): HTMLElement | null {
  const { graph, node } = context;
  const kind = graph.getNodeAttribute(node, 'kind');
  const label = labelOf(graph, node);
  const csvRows = (links: Array<{ year: number | null; link: MandateLink }>) => () => [
    ['year', 'node', 'label', 'verbs', 'paragraphs'],
    ...links.map(({ year, link }) => [year, link.node, link.label, link.verbs.join('; '), link.paragraphs.join('; ')]),
  ];
  if (kind === 'Body') {
    const groups = mandatesOfBody(graph, node);
    if (groups.length === 0) return null;
    const rows = groups.flatMap((group) => group.links.map((link, index) => ({ year: group.year, link, first: index === 0 })));
    const count = rows.length;
    return el('section', { class: 'mandates', attrs: { id: 'mandates' } }, [
      heading(`Mandated by ${count} resolution${count === 1 ? '' : 's'}, by year`, csvButton(context, `mandates of ${label}`, csvRows(rows))),
      ...paged(context, 'mandates', rows, ({ year, link, first }) => {
        const row = mandateRow(context, link, year);
        if (!first) row.querySelector('.year-cell')?.classList.add('repeat');
        return row;
      }, 'ul', 'by-year'),
    ]);
  }
  if (kind === 'Resolution' || kind === 'Statement') {
    const links = bodiesMandatedBy(graph, node);
    if (links.length === 0) return null;
    return el('section', { class: 'mandates', attrs: { id: 'mandates' } }, [
      heading(`Bodies mandated (${links.length})`, csvButton(context, `bodies mandated by ${label}`, csvRows(links.map((link) => ({ year: null, link }))))),
      ...paged(context, 'mandates', links, (link) => mandateRow(context, link)),
    ]);
  }
  return null;
}

// ---- tracing and paths ----------------------------------------------------------------------------

const DIRECTION_LABELS: Record<TraceDirection, string> = { ancestors: 'Ancestry', descendants: 'Descendants', both: 'Both' };

function traceRow(context: PanelContext, traced: Subgraph, other: string): HTMLElement {
  const up = traced.side.get(other) === 'up';
  const via = traced.via.get(other);
  const depth = traced.depth.get(other) ?? 0;
  return el('li', { attrs: { 'data-node': other } }, [
    el('span', { class: 'depth', text: String(depth), title: `${depth} citation step${depth === 1 ? '' : 's'} away` }),
    el('span', { class: 'arrow', text: up ? '↑' : '↓', title: up ? 'cited (ancestry)' : 'citing (descendants)' }),
    nodeLink(context, other),
    via && via !== context.node ? el('span', { class: 'via', text: up ? `cited by ${labelOf(context.graph, via)}` : `cites ${labelOf(context.graph, via)}` }) : null,
  ]);
}

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
  const label = labelOf(graph, node);
  const children: Array<HTMLElement | null> = [
    el('h3', { text: 'Trace citations' }),
    el('div', { class: 'button-row' }, [...buttons, depthSelect, trace ? el('button', { text: 'Clear', attrs: { type: 'button', 'data-trace': 'clear' }, on: { click: () => context.setTrace(null) } }) : null]),
  ];
  const traced = context.traced;
  if (trace && traced) {
    const members = [...traced.depth].filter(([other]) => other !== node).sort((a, b) => a[1] - b[1] || (labelOf(graph, a[0]) < labelOf(graph, b[0]) ? -1 : 1));
    const up = members.filter(([other]) => traced.side.get(other) === 'up').map(([other]) => other);
    const down = members.filter(([other]) => traced.side.get(other) === 'down').map(([other]) => other);
    const summary = [up.length || trace.direction !== 'descendants' ? `cites ${up.length} (↑)` : null, down.length || trace.direction !== 'ancestors' ? `cited by ${down.length} (↓)` : null].filter(Boolean).join(', ');
    const rows = () => [
      ['side', 'depth', 'node', 'label', 'year', 'via'],
      ...members.map(([other, distance]) => [traced.side.get(other) === 'up' ? 'cited (ancestry)' : 'citing (descendants)', distance, other, labelOf(graph, other), nodeYear(graph.getNodeAttributes(other)), traced.via.get(other) ?? '']),
    ];
    children.push(
      el('div', { class: 'list-heading' }, [
        el('p', { class: 'trace-summary', attrs: { id: 'trace-summary' }, text: `${DIRECTION_LABELS[trace.direction]}: ${members.length} documents, ${traced.edges.size} citations. ${label} ${summary}.` }),
        csvButton(context, `${DIRECTION_LABELS[trace.direction].toLowerCase()} of ${label}`, rows),
      ]),
    );
    if (up.length) children.push(el('h4', { text: `↑ What ${label} cites, by depth (${up.length})` }), ...paged(context, 'trace-up', up, (other) => traceRow(context, traced, other), 'ol', 'trace-list'));
    if (down.length) children.push(el('h4', { text: `↓ What cites ${label}, by depth (${down.length})` }), ...paged(context, 'trace-down', down, (other) => traceRow(context, traced, other), 'ol', 'trace-list'));
  }
  // Shortest path: pick a start here, then open another resolution.
  const start = context.pathStart;
  const pathRow = el('div', { class: 'button-row' }, [
    el('button', { text: start === node ? 'Path start ✓' : 'Set as path start', attrs: { type: 'button', 'data-path': 'start' }, on: { click: () => context.setPathStart(start === node ? null : node) } }),
    start && start !== node && graph.hasNode(start) ? el('button', { text: `Shortest path from ${labelOf(graph, start)}`, attrs: { type: 'button', 'data-path': 'show' }, on: { click: () => context.showPath(start, node) } }) : null,
  ]);
  children.push(el('h3', { text: 'Citation path' }), pathRow);
  if (context.pathEnds) children.push(pathSection(context, context.pathEnds));
  return el('section', { class: 'trace' }, children);
}

/** Where the citing text cites: "paragraph 3", "preamble" (when its evidence has arrived). */
function citationPlaces(graph: ViewGraph, edge: string): string {
  const evidence = graph.getEdgeAttribute(edge, 'evidence');
  if (!evidence) return '';
  const places = [...new Set(clausesOf(graph, evidence).map(clausePlace))];
  return places.length > 3 ? `${places.slice(0, 3).join('; ')}; …` : places.join('; ');
}

function pathSection(context: PanelContext, [from, to]: [string, string]): HTMLElement {
  const { graph, path } = context;
  if (!path) return el('p', { class: 'empty', attrs: { id: 'path-summary' }, text: `No citation path between ${labelOf(graph, from)} and ${labelOf(graph, to)}.` });
  const steps = path.edges.map((edge) => {
    const source = graph.source(edge);
    const target = graph.target(edge);
    const places = citationPlaces(graph, edge);
    return el('li', { attrs: { 'data-edge': edge } }, [nodeLink(context, source), el('span', { class: 'cites', text: ' cites ' }), nodeLink(context, target), places ? el('span', { class: 'where', text: ` (${places})` }) : null]);
  });
  const count = path.edges.length;
  const how = path.directed ? '' : ', following citations both ways (no chain of citations runs from one to the other)';
  const rows = () => [
    ['step', 'citing', 'cited', 'where the citing text cites'],
    ...path.edges.map((edge, index) => [index + 1, graph.source(edge), graph.target(edge), citationPlaces(graph, edge)]),
  ];
  return el('div', { class: 'path', attrs: { id: 'path-summary' } }, [
    el('div', { class: 'list-heading' }, [
      el('p', { class: 'path-title', text: `From ${labelOf(graph, from)} to ${labelOf(graph, to)}: ${count} citation step${count === 1 ? '' : 's'}${how}` }),
      csvButton(context, `citation path from ${labelOf(graph, from)} to ${labelOf(graph, to)}`, rows),
    ]),
    el('ol', { class: 'path-steps' }, steps),
    el('button', { text: 'Clear path', attrs: { type: 'button' }, on: { click: () => context.clearPath() } }),
  ]);
}

// ---- the panel ------------------------------------------------------------------------------------

function languagePicker(context: PanelContext): HTMLElement | null {
  if (context.langs.length < 2) return null;
  const select = el('select', { attrs: { id: 'clause-lang', 'aria-label': 'Language of the clauses' }, on: { change: () => context.setLang(select.value) } },
    context.langs.map((lang) => el('option', { text: lang, attrs: { value: lang, ...(lang === context.lang ? { selected: '' } : {}) } })));
  return el('label', { class: 'lang-picker', title: 'Clauses are shown in this language first (remembered)' }, ['clauses in ', select]);
}

export function renderPanel(container: HTMLElement, context: PanelContext): void {
  const attributes = context.graph.getNodeAttributes(context.node);
  const year = nodeYear(attributes);
  container.replaceChildren(
    el('header', { class: 'panel-header' }, [
      el('span', { class: 'kind-badge', text: attributes.kind, attrs: { style: `background:${kindColor(attributes.kind)}` } }),
      year !== null ? el('span', { class: 'year', text: String(year) }) : null,
      languagePicker(context),
      el('button', { class: 'close', text: '×', title: 'Close (Esc)', attrs: { type: 'button', 'aria-label': 'Close panel' }, on: { click: () => context.close() } }),
      el('h2', { text: attributes.label || context.node, attrs: { id: 'panel-title' } }),
    ]),
    el('div', { class: 'panel-body' }, [traceSection(context), mandatesSection(context), el('details', { class: 'attributes-box' }, [el('summary', { text: 'Attributes' }), attributesTable(context)]), connections(context)]),
  );
}
