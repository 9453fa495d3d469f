/**
 * The viewer application: holds the graph and the view state, keeps sigma, the sidebar, the
 * node panel and the URL in step. State changes go through `update`, which recomputes what is
 * visible and highlighted, redraws, and writes the state to the URL hash.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Coordinates } from 'sigma/types';
import type { EvidenceItem as Evidence } from '@unkg/graph/types';
import { byId, el, isTyping } from './dom';
import { composeCanvases, download, toGexf } from './export';
import { computeFacts, computeVisibility, defaultFilters, type Filters, type GraphFacts, type Visibility } from './filters';
import type { ViewGraph } from './graph-types';
import { LayoutController } from './layout';
import { renderPanel } from './panel';
import { buildSearchIndex, searchNodes, type SearchHit, type SearchIndex } from './search';
import { decodeState, encodeState, type SizeBy, type ViewState } from './state';
import { edgeColor, kindColor, MUTED_EDGE, MUTED_NODE, nodeSizes } from './style';
import { citationGraphs, citationPath, traceSubgraph, type CitationPath, type Subgraph } from './trace';

/** Fetches the evidence of a node's edges (graph served without it); null when the graph has it inline. */
export type EvidenceLoader = (node: string) => Promise<Record<string, Evidence[]>>;

interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Above this many visible edges, edges and labels are hidden while the camera moves. */
const HEAVY_VIEW_EDGES = 3000;

const EDGE_KIND_LABELS: Record<string, string> = { CITES: 'cites', MANDATES: 'mandates', ADDRESSES: 'addresses', MENTIONS: 'mentions', TEXT_OF: 'text of' };

export class ViewerApp {
  graph!: ViewGraph;
  facts!: GraphFacts;
  defaults!: Filters;
  state!: ViewState;
  visibility: Visibility = { nodes: new Set(), edges: new Set() };
  renderer: Sigma | null = null;
  /** what sigma draws: the visible nodes and edges only, so hidden ones cost nothing per frame */
  display: ViewGraph | null = null;
  layout: LayoutController | null = null;
  /** when the first frame of the current graph was drawn, in ms since navigation start */
  firstRenderAt: number | null = null;
  graphName = '';
  /** milestones of the current load, in ms since navigation start (shown by the benchmark) */
  timings: Record<string, number> = {};

  /** built on the first search, off the first render's path */
  private searchIndex: SearchIndex | null = null;
  private citations: ReturnType<typeof citationGraphs> | null = null;
  private traced: Subgraph | null = null;
  private path: CitationPath | null = null;
  private focus: Focus | null = null;
  private hovered: string | null = null;
  private hoverFocus: Focus | null = null;
  private pathStart: string | null = null;
  private searchHits: SearchHit[] = [];
  private activeHit = -1;
  private writtenHash = '';
  private evidenceLoader: EvidenceLoader | null = null;
  private evidenceLoaded = new Set<string>();
  /** a heavy view draws no edges while ForceAtlas2 runs, so frames stay cheap and the layout fast */
  private layoutHidesEdges = false;

  private readonly stage = byId('sigma');
  private readonly panel = byId('panel');
  private readonly searchInput = byId<HTMLInputElement>('search');
  private readonly searchResults = byId<HTMLUListElement>('search-results');

  constructor() {
    this.bindStaticControls();
  }

  /** Shows a graph; the URL hash, when given, restores a shared view. */
  load(graph: ViewGraph, name: string, hash = '', warnings: string[] = [], evidenceLoader: EvidenceLoader | null = null): void {
    this.evidenceLoader = evidenceLoader;
    this.evidenceLoaded = new Set();
    this.layout?.kill();
    this.renderer?.kill();
    this.graph = graph;
    this.graphName = name;
    this.facts = computeFacts(graph);
    this.defaults = defaultFilters(this.facts);
    this.state = decodeState(hash, this.defaults);
    this.mark('facts');
    this.searchIndex = null;
    this.citations = null;
    this.pathStart = null;
    this.firstRenderAt = null;
    this.applySizes();
    this.recompute();
    this.display = this.buildDisplay();
    this.mark('sizes');
    this.renderer = this.createRenderer();
    this.mark('sigma');
    this.layout = new LayoutController(graph, () => this.display, () => this.renderLayoutStatus());
    byId('graph-name').textContent = name;
    byId('message').hidden = true;
    this.showWarnings(name, warnings);
    this.buildSidebar();
    this.searchInput.value = this.state.query;
    // sigma indexed the graph with this state when it was created: no second pass
    this.update({}, { center: true, refresh: false });
    this.mark('first-update');
    if (!graph.getAttribute('hasSavedPositions')) {
      // No saved positions: lay the visible network out for a while; the user can stop or resume.
      this.layout.start(this.visibility, Math.min(20_000, 3_000 + graph.order * 4));
    }
  }

  mark(name: string): void {
    this.timings[name] = performance.now();
  }

  private showWarnings(name: string, warnings: string[]): void {
    const notice = byId('notice');
    notice.hidden = warnings.length === 0;
    if (notice.hidden) return;
    const shown = warnings.slice(0, 20);
    notice.replaceChildren(
      el('details', {}, [
        el('summary', { text: `${name}: ${warnings.length} departure${warnings.length === 1 ? '' : 's'} from the graph contract (shown anyway)` }),
        el('ul', {}, [...shown.map((warning) => el('li', { text: warning })), warnings.length > shown.length ? el('li', { text: `… and ${warnings.length - shown.length} more` }) : null]),
      ]),
      el('button', { class: 'close', text: '×', title: 'Dismiss', attrs: { type: 'button', 'aria-label': 'Dismiss' }, on: { click: () => (notice.hidden = true) } }),
    );
  }

  private createRenderer(): Sigma {
    const renderer = new Sigma(this.display!, this.stage, {
      defaultEdgeType: 'arrow',
      edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram },
      renderEdgeLabels: false,
      labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelDensity: 0.5,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      stagePadding: 40,
      hideEdgesOnMove: this.visibility.edges.size > HEAVY_VIEW_EDGES,
      hideLabelsOnMove: this.visibility.edges.size > HEAVY_VIEW_EDGES,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    // The constructor indexed the graph and drew the first frame synchronously.
    this.firstRenderAt = performance.now();
    document.body.dataset.ready = 'true';
    renderer.on('clickNode', ({ node }) => this.select(node));
    renderer.on('clickStage', () => this.update({ selected: null, trace: null }));
    renderer.on('enterNode', ({ node }) => this.hover(node));
    renderer.on('leaveNode', () => this.hover(null));
    return renderer;
  }

  // ---- rendering --------------------------------------------------------------------------

  private activeFocus(): Focus | null {
    return this.hoverFocus ?? this.focus;
  }

  private reduceNode(node: string, data: Record<string, unknown>): Record<string, unknown> {
    if (!this.visibility.nodes.has(node)) return { ...data, hidden: true };
    const focus = this.activeFocus();
    const selected = node === this.state.selected || node === this.hovered;
    if (focus && !focus.nodes.has(node)) return { ...data, color: MUTED_NODE, label: '', zIndex: 0 };
    // Labels: always for the selection; for a small trace or path, all of it; else sigma's label grid decides.
    const smallTrace = (this.traced || this.path) && (this.focus?.nodes.size ?? Infinity) <= 20;
    if (focus || selected) return { ...data, zIndex: selected ? 2 : 1, forceLabel: selected || Boolean(smallTrace), highlighted: selected };
    return data;
  }

  private reduceEdge(edge: string, data: Record<string, unknown>): Record<string, unknown> {
    if (!this.visibility.edges.has(edge)) return { ...data, hidden: true };
    const focus = this.activeFocus();
    if (this.layoutHidesEdges && !focus?.edges.has(edge)) return { ...data, hidden: true };
    const kind = this.graph.getEdgeAttribute(edge, 'kind');
    if (focus && !focus.edges.has(edge)) return { ...data, color: MUTED_EDGE, zIndex: 0 };
    const weight = this.graph.getEdgeAttribute(edge, 'weight') || 1;
    return { ...data, color: focus ? kindColor(kind === 'CITES' ? 'Resolution' : kind === 'MANDATES' ? 'Body' : 'Other') : edgeColor(kind), size: (focus ? 1.5 : 0.6) + Math.log2(weight) * 0.5, zIndex: focus ? 1 : 0 };
  }

  private applySizes(): void {
    const sizes = nodeSizes(this.graph, this.state.sizeBy);
    this.graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, size: sizes.get(node) ?? 4 }), { attributes: ['size'] });
  }

  // ---- state ------------------------------------------------------------------------------

  /** The one entry for state changes. */
  update(patch: Partial<Omit<ViewState, 'filters'>> & { filters?: Partial<Filters> } = {}, options: { center?: boolean; refresh?: boolean } = {}): void {
    const { filters, ...rest } = patch;
    const sizeChanged = rest.sizeBy !== undefined && rest.sizeBy !== this.state.sizeBy;
    this.state = { ...this.state, ...rest, filters: { ...this.state.filters, ...filters } };
    if (sizeChanged) this.applySizes();
    this.recompute();
    this.adaptToSize();
    if (options.refresh !== false) this.syncDisplay(sizeChanged);
    this.syncControls();
    this.renderPanel();
    this.writeHash();
    if (options.center && this.state.selected) this.centerOn(this.state.selected);
  }

  /**
   * Big views draw edges and labels only when the camera is still: with thousands of edges a
   * moving frame costs too much on modest (or software) GPUs. Retina does the same.
   */
  private adaptToSize(): void {
    const heavy = this.visibility.edges.size > HEAVY_VIEW_EDGES;
    if (this.renderer && this.renderer.getSetting('hideEdgesOnMove') !== heavy) {
      this.renderer.setSetting('hideEdgesOnMove', heavy);
      this.renderer.setSetting('hideLabelsOnMove', heavy);
    }
  }

  private buildDisplay(): ViewGraph {
    const display: ViewGraph = new Graph({ type: 'directed', allowSelfLoops: false });
    for (const node of this.visibility.nodes) {
      const { x, y, size, color, label, kind } = this.graph.getNodeAttributes(node);
      display.addNode(node, { x, y, size, color, label, kind });
    }
    for (const edge of this.visibility.edges) {
      const { kind, weight } = this.graph.getEdgeAttributes(edge);
      display.addDirectedEdgeWithKey(edge, this.graph.source(edge), this.graph.target(edge), { kind, weight });
    }
    return display;
  }

  private displayIsCurrent(): boolean {
    const display = this.display;
    if (!display || display.order !== this.visibility.nodes.size || display.size !== this.visibility.edges.size) return false;
    for (const node of this.visibility.nodes) if (!display.hasNode(node)) return false;
    for (const edge of this.visibility.edges) if (!display.hasEdge(edge)) return false;
    return true;
  }

  /** Gives sigma the visible graph when it changed (or the sizes did), else just redraws with the new highlight. */
  private syncDisplay(force = false): void {
    if (!this.renderer) return;
    if (force || !this.displayIsCurrent()) {
      this.display = this.buildDisplay();
      this.renderer.setGraph(this.display);
    } else {
      this.renderer.refresh();
    }
  }

  /** State → highlight and visibility (what the sigma reducers read). */
  private recompute(): void {
    if (this.state.selected && !this.graph.hasNode(this.state.selected)) this.state.selected = null;
    if (!this.state.selected) this.state.trace = null;
    this.computeHighlight();
    const forced = [...(this.focus && (this.traced || this.path) ? this.focus.nodes : []), ...(this.state.selected ? [this.state.selected] : [])];
    this.visibility = computeVisibility(this.graph, this.facts, this.state.filters, forced);
    for (const edge of this.traced?.edges ?? []) this.visibility.edges.add(edge);
    for (const edge of this.path?.edges ?? []) this.visibility.edges.add(edge);
  }

  private computeHighlight(): void {
    const { selected, trace, path } = this.state;
    this.traced = selected && trace ? traceSubgraph(this.graph, selected, trace.direction, trace.depth) : null;
    this.path = null;
    if (path && this.graph.hasNode(path[0]) && this.graph.hasNode(path[1])) {
      this.citations ??= citationGraphs(this.graph);
      this.path = citationPath(this.graph, path[0], path[1], this.citations);
    }
    if (this.path) this.focus = { nodes: new Set(this.path.nodes), edges: new Set(this.path.edges) };
    else if (this.traced) this.focus = { nodes: this.traced.nodes, edges: this.traced.edges };
    else if (selected) this.focus = this.neighbourhood(selected);
    else this.focus = null;
  }

  private neighbourhood(node: string): Focus {
    const nodes = new Set([node]);
    const edges = new Set<string>();
    this.graph.forEachEdge(node, (edge, _attributes, source, target) => {
      edges.add(edge);
      nodes.add(source === node ? target : source);
    });
    return { nodes, edges };
  }

  private hover(node: string | null): void {
    this.hovered = node;
    this.hoverFocus = node && !this.traced && !this.path ? this.neighbourhood(node) : null;
    this.renderer?.refresh({ skipIndexation: true });
  }

  select(node: string): void {
    if (!this.graph.hasNode(node)) return;
    this.update({ selected: node, trace: node === this.state.selected ? this.state.trace : null }, { center: true });
  }

  centerOn(node: string): void {
    const renderer = this.renderer;
    if (!renderer) return;
    const display = renderer.getNodeDisplayData(node) as Coordinates | undefined;
    if (!display) return;
    const camera = renderer.getCamera();
    camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 450 });
  }

  private writeHash(): void {
    const hash = encodeState(this.state, this.defaults);
    if (hash === this.writtenHash) return;
    this.writtenHash = hash;
    history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  }

  /** A hash typed or pasted by the user (or the back button) restores that view. */
  onHashChange(): void {
    const hash = location.hash.replace(/^#/, '');
    if (!this.graph || hash === this.writtenHash) return;
    this.state = decodeState(hash, this.defaults);
    this.searchInput.value = this.state.query;
    this.applySizes();
    this.display = null; // sizes may have changed: rebuild what sigma draws
    this.update({}, { center: true });
  }

  // ---- sidebar ----------------------------------------------------------------------------

  private bindStaticControls(): void {
    this.searchInput.addEventListener('input', () => this.runSearch());
    this.searchInput.addEventListener('keydown', (event) => this.onSearchKey(event));
    this.searchInput.addEventListener('focus', () => this.runSearch());
    this.searchInput.addEventListener('blur', () => setTimeout(() => (this.searchResults.hidden = true), 150));
    byId('layout-toggle').addEventListener('click', () => this.toggleLayout());
    byId('export-gexf').addEventListener('click', () => this.exportGexf());
    byId('export-png').addEventListener('click', () => void this.exportPng());
    byId('zoom-in').addEventListener('click', () => void this.renderer?.getCamera().animatedZoom({ duration: 250 }));
    byId('zoom-out').addEventListener('click', () => void this.renderer?.getCamera().animatedUnzoom({ duration: 250 }));
    byId('zoom-reset').addEventListener('click', () => void this.renderer?.getCamera().animatedReset({ duration: 250 }));
    byId<HTMLSelectElement>('size-by').addEventListener('change', (event) => this.update({ sizeBy: (event.target as HTMLSelectElement).value as SizeBy }));
    byId<HTMLInputElement>('label-density').addEventListener('input', (event) => this.setLabelDensity(Number((event.target as HTMLInputElement).value)));
    byId<HTMLInputElement>('min-degree').addEventListener('change', (event) => this.update({ filters: { minDegree: Math.max(0, Number((event.target as HTMLInputElement).value) || 0) } }));
    byId('reset-filters').addEventListener('click', () => this.update({ filters: { ...this.defaults } }));
    const from = byId<HTMLInputElement>('year-from');
    const to = byId<HTMLInputElement>('year-to');
    const onYears = () => {
      const [low, high] = [Number(from.value), Number(to.value)].sort((a, b) => a - b) as [number, number];
      this.update({ filters: { yearFrom: low <= (this.facts.yearMin ?? low) ? null : low, yearTo: high >= (this.facts.yearMax ?? high) ? null : high } });
    };
    from.addEventListener('input', onYears);
    to.addEventListener('input', onYears);
    window.addEventListener('hashchange', () => this.onHashChange());
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  private setLabelDensity(level: number): void {
    // 0 = labels only for the biggest nodes, 10 = as many as fit.
    this.renderer?.setSetting('labelRenderedSizeThreshold', 14 - level * 1.2);
    this.renderer?.setSetting('labelDensity', 0.1 + level * 0.15);
  }

  private checkboxList(container: HTMLElement, values: string[], checked: string[], label: (value: string) => Array<Node | string>, onChange: (values: string[]) => void, name: string): void {
    container.replaceChildren(
      ...values.map((value) => {
        const input = el('input', { attrs: { type: 'checkbox', value, name, ...(checked.includes(value) ? { checked: '' } : {}) } });
        input.addEventListener('change', () => onChange([...container.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value)));
        return el('label', { class: 'check' }, [input, ...label(value)]);
      }),
    );
  }

  private buildSidebar(): void {
    const { facts } = this;
    this.checkboxList(byId('kind-filters'), facts.kinds, this.state.filters.kinds, (kind) => [el('span', { class: 'dot', attrs: { style: `background:${kindColor(kind)}` } }), kind, el('span', { class: 'count', text: String(facts.kindCounts[kind] ?? 0) })], (kinds) => this.update({ filters: { kinds } }), 'kind');
    this.checkboxList(byId('edge-filters'), facts.edgeKinds, this.state.filters.edgeKinds, (kind) => [el('span', { class: 'line', attrs: { style: `background:${edgeColor(kind)}` } }), EDGE_KIND_LABELS[kind] ?? kind], (edgeKinds) => this.update({ filters: { edgeKinds } }), 'edge');
    this.checkboxList(byId('organ-filters'), facts.organs, this.state.filters.organs, (organ) => [organ], (organs) => this.update({ filters: { organs } }), 'organ');
    this.checkboxList(byId('lang-filters'), facts.langs, this.state.filters.langs, (lang) => [lang], (langs) => this.update({ filters: { langs } }), 'lang');
    byId('organ-box').hidden = facts.organs.length < 2;
    byId('lang-box').hidden = facts.langs.length < 2;
    this.buildTimeline();
  }

  private buildTimeline(): void {
    const { yearMin, yearMax, yearCounts } = this.facts;
    const box = byId('timeline-box');
    box.hidden = yearMin === null || yearMax === null || yearMin === yearMax;
    if (box.hidden || yearMin === null || yearMax === null) return;
    const peak = Math.max(...Object.values(yearCounts));
    const bars = [];
    for (let year = yearMin; year <= yearMax; year++) {
      const count = yearCounts[year] ?? 0;
      bars.push(el('div', { class: 'bar', title: `${year}: ${count}`, attrs: { 'data-year': String(year), style: `height:${count ? Math.max(6, (100 * count) / peak) : 0}%` } }));
    }
    byId('timeline').replaceChildren(...bars);
    for (const id of ['year-from', 'year-to']) {
      const input = byId<HTMLInputElement>(id);
      input.min = String(yearMin);
      input.max = String(yearMax);
    }
  }

  private syncControls(): void {
    const { filters } = this.state;
    const sync = (id: string, values: string[]) => byId(id).querySelectorAll<HTMLInputElement>('input').forEach((box) => (box.checked = values.includes(box.value)));
    sync('kind-filters', filters.kinds);
    sync('edge-filters', filters.edgeKinds);
    sync('organ-filters', filters.organs);
    sync('lang-filters', filters.langs);
    byId<HTMLInputElement>('min-degree').value = String(filters.minDegree);
    byId<HTMLSelectElement>('size-by').value = this.state.sizeBy;
    const { yearMin, yearMax } = this.facts;
    if (yearMin !== null && yearMax !== null) {
      const low = filters.yearFrom ?? yearMin;
      const high = filters.yearTo ?? yearMax;
      byId<HTMLInputElement>('year-from').value = String(low);
      byId<HTMLInputElement>('year-to').value = String(high);
      byId('year-label').textContent = `${low} – ${high}`;
      byId('timeline').querySelectorAll<HTMLElement>('.bar').forEach((bar) => {
        const year = Number(bar.dataset.year);
        bar.classList.toggle('out', year < low || year > high);
      });
    }
    const shownNodes = this.visibility.nodes.size;
    const shownEdges = this.visibility.edges.size;
    byId('stats').textContent = `${shownNodes.toLocaleString('en')} of ${this.graph.order.toLocaleString('en')} nodes · ${shownEdges.toLocaleString('en')} of ${this.graph.size.toLocaleString('en')} edges`;
    byId('stats').dataset.nodes = String(shownNodes);
    byId('stats').dataset.edges = String(shownEdges);
  }

  private renderLayoutStatus(): void {
    const running = this.layout?.running ?? false;
    const heavy = this.visibility.edges.size > HEAVY_VIEW_EDGES;
    if (this.layout) this.layout.copyIntervalMs = heavy ? 400 : 0;
    const hideEdges = running && heavy;
    if (hideEdges !== this.layoutHidesEdges) {
      this.layoutHidesEdges = hideEdges;
      this.renderer?.refresh();
    }
    const button = byId('layout-toggle');
    button.textContent = running ? 'Stop layout' : 'Run layout';
    button.setAttribute('aria-pressed', String(running));
  }

  private toggleLayout(): void {
    if (!this.layout) return;
    if (this.layout.running) this.layout.stop();
    else this.layout.start(this.visibility);
  }

  private renderPanel(): void {
    const node = this.state.selected;
    if (this.panel.hidden === Boolean(node)) {
      this.panel.hidden = !node;
      document.body.classList.toggle('with-panel', Boolean(node));
      // The stage changed width: sigma must resize its canvases before the next frame.
      this.renderer?.resize();
      this.renderer?.refresh();
    }
    if (!node) return;
    // Keep open evidence lists open across re-renders (evidence arriving, a trace changing).
    const open = new Set([...this.panel.querySelectorAll<HTMLElement>('li.edge[data-edge]')].filter((item) => item.querySelector('details')?.open).map((item) => item.dataset.edge!));
    const sameNode = this.panel.dataset.node === node;
    this.panel.dataset.node = node;
    renderPanel(this.panel, {
      graph: this.graph,
      node,
      trace: this.state.trace,
      traced: this.traced,
      pathStart: this.pathStart,
      path: this.path,
      pathEnds: this.state.path,
      select: (other) => this.select(other),
      setTrace: (trace) => this.update({ trace, path: null }),
      setPathStart: (start) => {
        this.pathStart = start;
        this.renderPanel();
      },
      showPath: (from, to) => this.update({ path: [from, to], trace: null }),
      clearPath: () => this.update({ path: null }),
      close: () => this.update({ selected: null, path: null }),
    });
    if (sameNode) {
      this.panel.querySelectorAll<HTMLElement>('li.edge[data-edge]').forEach((item) => {
        const details = item.querySelector('details');
        if (details && open.has(item.dataset.edge!)) details.open = true;
      });
    }
    this.ensureEvidence(node);
  }

  /** Fetches a node's evidence once, writes it into the edges (no graph events: display is unchanged), re-renders the panel. */
  private ensureEvidence(node: string): void {
    const loader = this.evidenceLoader;
    if (!loader || this.evidenceLoaded.has(node)) return;
    this.evidenceLoaded.add(node);
    const graph = this.graph;
    loader(node).then(
      (byEdge) => {
        if (graph !== this.graph) return;
        for (const [edge, evidence] of Object.entries(byEdge)) if (graph.hasEdge(edge)) graph.getEdgeAttributes(edge).evidence = evidence;
        if (this.state.selected === node) this.renderPanel();
      },
      (error: unknown) => {
        this.evidenceLoaded.delete(node);
        this.panel.querySelectorAll('.loading').forEach((item) => (item.textContent = `Evidence unavailable: ${(error as Error).message}`));
      },
    );
  }

  // ---- search -----------------------------------------------------------------------------

  private runSearch(): void {
    const query = this.searchInput.value;
    if (this.graph) this.searchIndex ??= buildSearchIndex(this.graph);
    this.searchHits = this.searchIndex ? searchNodes(this.searchIndex, query, 12) : [];
    this.activeHit = this.searchHits.length ? 0 : -1;
    this.renderSearchResults();
  }

  private renderSearchResults(): void {
    const list = this.searchResults;
    list.hidden = this.searchHits.length === 0 && !this.searchInput.value.trim();
    if (this.searchHits.length === 0) {
      list.replaceChildren(el('li', { class: 'no-hit', text: this.searchInput.value.trim() ? 'No match' : '' }));
      return;
    }
    list.replaceChildren(
      ...this.searchHits.map((hit, index) =>
        el('li', { class: index === this.activeHit ? 'hit active' : 'hit', attrs: { role: 'option', 'aria-selected': String(index === this.activeHit), 'data-node': hit.node }, on: { mousedown: (event) => { event.preventDefault(); this.pickHit(index); } } }, [
          el('span', { class: 'dot', attrs: { style: `background:${kindColor(hit.kind)}` } }),
          el('span', { class: 'hit-label', text: hit.label }),
          hit.matched ? el('span', { class: 'hit-alias', text: hit.matched }) : null,
          el('span', { class: 'hit-kind', text: hit.kind }),
        ]),
      ),
    );
  }

  private onSearchKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.searchHits.length) return;
      this.activeHit = (this.activeHit + (event.key === 'ArrowDown' ? 1 : -1) + this.searchHits.length) % this.searchHits.length;
      this.renderSearchResults();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.activeHit >= 0) this.pickHit(this.activeHit);
    } else if (event.key === 'Escape') {
      this.searchResults.hidden = true;
      this.searchInput.blur();
    }
  }

  private pickHit(index: number): void {
    const hit = this.searchHits[index];
    if (!hit) return;
    this.searchResults.hidden = true;
    this.update({ selected: hit.node, trace: null, query: this.searchInput.value }, { center: true });
  }

  private onKey(event: KeyboardEvent): void {
    if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '/') {
      event.preventDefault();
      this.searchInput.focus();
      this.searchInput.select();
    } else if (event.key === 'Escape') {
      this.update({ selected: null, trace: null, path: null });
    } else if (event.key === 'l') {
      this.toggleLayout();
    } else if (event.key === '+' || event.key === '=') {
      void this.renderer?.getCamera().animatedZoom({ duration: 200 });
    } else if (event.key === '-') {
      void this.renderer?.getCamera().animatedUnzoom({ duration: 200 });
    }
  }

  // ---- export -----------------------------------------------------------------------------

  private exportFileBase(): string {
    return (this.graphName.replace(/\.(json|gexf)$/i, '').replace(/[^\w.-]+/g, '-') || 'unkg') + '-view';
  }

  exportGexf(): void {
    const gexf = toGexf(this.graph, this.visibility);
    download(new Blob([gexf], { type: 'application/xml' }), `${this.exportFileBase()}.gexf`);
  }

  async exportPng(): Promise<void> {
    const renderer = this.renderer;
    if (!renderer) return;
    const canvas = composeCanvases(this.stage, () => renderer.refresh());
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) download(blob, `${this.exportFileBase()}.png`);
  }
}
