/**
 * The viewer application: holds the graph and the view state, keeps sigma, the sidebar, the
 * node panel, the legend, the table and the URL in step. State changes go through `update`,
 * which recomputes what is visible and highlighted, redraws, and writes the state to the URL hash.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Coordinates } from 'sigma/types';
import { byId, el, isTyping } from './dom';
import type { EvidenceLoader, ParagraphLoader } from './evidence';
import { composeCanvases, download, toCsv, toGexf } from './export';
import { CITATION_KINDS, computeFacts, computeVisibility, defaultFilters, withForced, type Filters, type GraphFacts, type Visibility } from './filters';
import { nodeYear, type ViewGraph } from './graph-types';
import { LayoutController } from './layout';
import { renderPanel } from './panel';
import { buildSearchIndex, searchNodes, type SearchHit, type SearchIndex } from './search';
import { decodeState, encodeState, type ColorBy, type SizeBy, type ViewState } from './state';
import { communityColor, COMMUNITY_COLORS, edgeColor, highlightEdgeColor, kindColor, MUTED_EDGE, MUTED_NODE, networkDegrees, nodeColor, nodeScores, OTHER_COMMUNITY_COLOR, sizeForScore, sizesFrom } from './style';
import { citationGraphs, citationPath, traceSubgraph, type CitationPath, type Subgraph } from './trace';

export type { EvidenceLoader } from './evidence';

interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Above this many visible edges, edges and labels are hidden while the camera moves. */
const HEAVY_VIEW_EDGES = 3000;
/** Labels always drawn for this many of the biggest visible nodes (the most cited, by default). */
const TOP_LABELS = 14;
/** A highlight up to this size is labelled whole; a bigger one, its biggest nodes. */
const FOCUS_LABELS = 40;
const TABLE_PAGE = 200;
/** communities named in the legend; the rest are counted together */
const LEGEND_COMMUNITIES = 6;
const LANG_KEY = 'unkg.clauseLang';

const EDGE_KIND_LABELS: Record<string, string> = { CITES: 'cites', MANDATES: 'mandates', ADDRESSES: 'addresses', MENTIONS: 'mentions', TEXT_OF: 'text of' };
const SIZE_LABELS: Record<SizeBy, string> = { received: 'citations and mandates received', degree: 'citations and mandates, both ways', pagerank: 'PageRank', uniform: 'uniform' };

/** Per-node figures for the table (computed once per graph). */
interface NodeFigures {
  degree: Map<string, number>;
  citedBy: Map<string, number>;
  mandates: Map<string, number>;
}

type TableColumn = 'label' | 'kind' | 'year' | 'degree' | 'citedBy' | 'mandates' | 'community';

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
  /** ids named by the URL that the graph does not have (said in the page) */
  unknownIds: string[] = [];

  /** built on the first search, off the first render's path */
  private searchIndex: SearchIndex | null = null;
  private citations: ReturnType<typeof citationGraphs> | null = null;
  private traced: Subgraph | null = null;
  private path: CitationPath | null = null;
  private focus: Focus | null = null;
  private focusLabels = new Set<string>();
  private topLabels = new Set<string>();
  private hovered: string | null = null;
  private hoverFocus: Focus | null = null;
  /** what the last redraw showed (see redraw) */
  private drawn: { focus: Focus | null; selected: string | null; hovered: string | null; visibility: Visibility; hides: boolean; layoutHidesEdges: boolean } | null = null;
  private indexationPending = false;
  /** the parts of the panel still to build (see renderPanel) */
  private panelQueue: Array<() => void> = [];
  private pathStart: string | null = null;
  private searchHits: SearchHit[] = [];
  private activeHit = -1;
  private writtenHash = '';
  private hashTimer: ReturnType<typeof setTimeout> | undefined;
  private evidenceLoader: EvidenceLoader | null = null;
  private paragraphLoader: ParagraphLoader | null = null;
  private evidenceLoaded = new Set<string>();
  private evidenceReady = new Set<string>();
  /** a heavy view draws no edges while ForceAtlas2 runs, so frames stay cheap and the layout fast */
  private layoutHidesEdges = false;
  /** the filters' visibility, kept while only the selection changes */
  private baseVisibility: Visibility | null = null;
  private baseKey = '';
  /** the visibility sigma's display graph was built from */
  private displayed: Visibility | null = null;
  private labelsFor: Visibility | null = null;
  private legendFor: { visibility: Visibility; key: string[] } | null = null;
  private scores = new Map<string, number>();
  private figures: NodeFigures | null = null;
  private communityNames = new Map<number, { label: string; size: number }>();
  /** items shown per panel list (pages), for the selected node */
  private shown = new Map<string, number>();
  private clauseLang = 'en';
  /** fit the camera when the running layout stops (a restored view on a graph without positions) */
  private fitWhenLaidOut = false;
  private table = { open: false, sort: 'citedBy' as TableColumn, descending: true, rows: TABLE_PAGE };
  /** PNG of the highlight only: other nodes are left out of the frame */
  private focusOnly = false;

  private readonly stage = byId('sigma');
  private readonly panel = byId('panel');
  private readonly searchInput = byId<HTMLInputElement>('search');
  private readonly searchResults = byId<HTMLUListElement>('search-results');

  constructor() {
    this.bindStaticControls();
  }

  /** Shows a graph; the URL hash, when given, restores a shared view. */
  load(graph: ViewGraph, name: string, hash = '', warnings: string[] = [], evidenceLoader: EvidenceLoader | null = null, paragraphLoader: ParagraphLoader | null = null): void {
    this.evidenceLoader = evidenceLoader;
    this.paragraphLoader = paragraphLoader;
    this.evidenceLoaded = new Set();
    this.evidenceReady = new Set();
    this.layout?.kill();
    this.renderer?.kill();
    this.graph = graph;
    this.graphName = name;
    this.facts = computeFacts(graph);
    this.defaults = defaultFilters(this.facts);
    this.state = decodeState(hash, this.defaults);
    this.unknownIds = [this.state.selected, ...(this.state.path ?? [])].filter((id): id is string => id !== null && !graph.hasNode(id));
    this.mark('facts');
    this.searchIndex = null;
    this.citations = null;
    this.figures = null;
    this.baseVisibility = null;
    this.displayed = null;
    this.labelsFor = null;
    this.legendFor = null;
    this.pathStart = null;
    this.firstRenderAt = null;
    this.shown = new Map();
    this.clauseLang = this.initialLang();
    this.applyColors();
    this.applySizes();
    this.recompute();
    this.display = this.buildDisplay();
    this.mark('sizes');
    this.drawn = null;
    this.renderer = this.createRenderer();
    this.noteDrawn();
    this.mark('sigma');
    // for the legend and the summary line, drawn after the first frame
    this.communityNames = this.nameCommunities();
    this.layout = new LayoutController(graph, () => this.display, () => this.renderLayoutStatus());
    byId('graph-name').textContent = name;
    byId('message').hidden = true;
    this.showWarnings(name, warnings);
    this.showLinkNotice();
    this.buildSidebar();
    this.searchInput.value = this.state.query;
    // sigma indexed the graph with this state when it was created: no second pass
    this.update({}, { refresh: false });
    this.fitCamera(false);
    this.mark('first-update');
    if (!graph.getAttribute('hasSavedPositions')) {
      // No saved positions: lay the visible network out for a while; the user can stop or resume.
      this.fitWhenLaidOut = true;
      this.layout.start(this.visibility, Math.min(20_000, 3_000 + graph.order * 4));
    }
  }

  mark(name: string): void {
    this.timings[name] = performance.now();
  }

  private initialLang(): string {
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(LANG_KEY);
    } catch {
      // storage refused (private mode): the default serves
    }
    const langs = this.facts.langs;
    if (saved && langs.includes(saved)) return saved;
    return langs.includes('en') ? 'en' : (langs[0] ?? 'en');
  }

  private setClauseLang(lang: string): void {
    this.clauseLang = lang;
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // not remembered, still used
    }
    this.renderPanel();
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

  /** A shared link naming nodes this graph lacks says so, instead of silently showing something else. */
  private showLinkNotice(): void {
    const notice = byId('link-notice');
    notice.hidden = this.unknownIds.length === 0;
    if (notice.hidden) return;
    const names = this.unknownIds.map((id) => `“${id}”`).join(' and ');
    notice.replaceChildren(
      el('span', { text: `This link names ${names}, which ${this.graphName || 'this graph'} does not have.` }),
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
      labelRenderedSizeThreshold: 8,
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

  // The reducers run for every node and edge at each refresh: sigma hands them a fresh copy of
  // the attributes, which they change in place rather than copy again.
  private reduceNode(node: string, data: Record<string, unknown>): Record<string, unknown> {
    if (!this.visibility.nodes.has(node)) {
      data.hidden = true;
      return data;
    }
    const focus = this.activeFocus();
    const selected = node === this.state.selected || node === this.hovered;
    if (focus && !focus.nodes.has(node)) {
      if (this.focusOnly || this.state.only) data.hidden = true;
      else Object.assign(data, { color: MUTED_NODE, label: '', zIndex: 0 });
      return data;
    }
    if (focus || selected) {
      const labelled = selected || (focus === this.focus ? this.focusLabels.has(node) : focus!.nodes.size <= FOCUS_LABELS);
      return Object.assign(data, { zIndex: selected ? 2 : 1, forceLabel: labelled, highlighted: selected });
    }
    if (this.topLabels.has(node)) data.forceLabel = true;
    return data;
  }

  private reduceEdge(edge: string, data: Record<string, unknown>): Record<string, unknown> {
    const focus = this.activeFocus();
    const focused = focus !== null && focus.edges.has(edge);
    if (!this.visibility.edges.has(edge) || (this.layoutHidesEdges && !focused) || (focus && !focused && (this.focusOnly || this.state.only))) {
      data.hidden = true;
      return data;
    }
    if (focus && !focused) {
      data.color = MUTED_EDGE;
      data.zIndex = 0;
      return data;
    }
    const kind = data.kind as string;
    const weight = (data.weight as number) || 1;
    data.color = focus ? highlightEdgeColor(kind) : edgeColor(kind);
    data.size = (focus ? 1.5 : 0.6) + Math.log2(weight) * 0.5;
    data.zIndex = focus ? 1 : 0;
    return data;
  }

  private applySizes(): void {
    this.scores = nodeScores(this.graph, this.state.sizeBy);
    const sizes = this.state.sizeBy === 'uniform' ? new Map(this.graph.mapNodes((node) => [node, 4] as const)) : sizesFrom(this.scores);
    this.graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, size: sizes.get(node) ?? 4 }), { attributes: ['size'] });
    this.labelsFor = null;
  }

  private applyColors(): void {
    const colorBy = this.state.colorBy;
    this.graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, color: nodeColor(attributes, colorBy) }), { attributes: ['color'] });
  }

  /** A community is named after its most cited member ("around S/RES/1373 (2001)"). */
  private nameCommunities(): Map<number, { label: string; size: number }> {
    const received = new Map<string, number>();
    this.graph.forEachEdge((_edge, attributes, _source, target) => {
      if (attributes.kind === 'CITES') received.set(target, (received.get(target) ?? 0) + 1);
    });
    const best = new Map<number, { node: string; score: number; size: number }>();
    this.graph.forEachNode((node, attributes) => {
      if (typeof attributes.community !== 'number') return;
      const score = received.get(node) ?? 0;
      const current = best.get(attributes.community);
      if (!current) best.set(attributes.community, { node, score, size: 1 });
      else {
        current.size++;
        if (score > current.score || (score === current.score && node < current.node)) Object.assign(current, { node, score });
      }
    });
    return new Map([...best].map(([community, { node, size }]) => [community, { label: this.graph.getNodeAttribute(node, 'label') || node, size }]));
  }

  // ---- state ------------------------------------------------------------------------------

  /** The one entry for state changes. `fit` moves the camera to what is highlighted. */
  update(patch: Partial<Omit<ViewState, 'filters'>> & { filters?: Partial<Filters> } = {}, options: { fit?: boolean; refresh?: boolean } = {}): void {
    const { filters, ...rest } = patch;
    const sizeChanged = rest.sizeBy !== undefined && rest.sizeBy !== this.state.sizeBy;
    const colorChanged = rest.colorBy !== undefined && rest.colorBy !== this.state.colorBy;
    const nodeChanged = rest.selected !== undefined && rest.selected !== this.state.selected;
    this.state = { ...this.state, ...rest, filters: { ...this.state.filters, ...filters } };
    if (nodeChanged) this.shown = new Map();
    if (sizeChanged) this.applySizes();
    if (colorChanged) this.applyColors();
    this.recompute();
    this.adaptToSize();
    // the panel opens or closes before the redraw, which then resizes sigma's canvases once
    this.showPanel(Boolean(this.state.selected));
    if (options.refresh !== false) this.syncDisplay(sizeChanged || colorChanged);
    this.syncControls();
    this.renderPanel(nodeChanged);
    this.renderLegend();
    if (this.table.open) this.renderTable();
    this.writeHash();
    if (options.fit) this.fitCamera(true);
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
    this.displayed = this.visibility;
    return display;
  }

  /**
   * Gives sigma the visible graph when it changed (or the sizes or colours did), else just
   * redraws with the new highlight. A small change (a hidden node selected, a trace shown) is
   * applied to the display graph in place, which sigma indexes incrementally; a new graph costs
   * a full indexation.
   */
  private syncDisplay(force = false): void {
    if (!this.renderer || !this.display) return;
    if (!force && this.displayed === this.visibility) {
      this.redraw(false);
      return;
    }
    const before = this.display.order + this.display.size;
    if (!force && this.displayed && this.patchDisplay(this.visibility)) {
      this.displayed = this.visibility;
      // what was added must be indexed by sigma now
      this.redraw(this.display.order + this.display.size !== before);
      return;
    }
    this.display = this.buildDisplay();
    this.renderer.setGraph(this.display);
    this.noteDrawn();
  }

  /** Every node and edge through the reducers again, and sigma's indexes rebuilt. */
  private refreshAll(): void {
    this.renderer?.refresh();
    this.noteDrawn();
  }

  /** What the reducers last drew for every node and edge (a partial redraw must cover what changed since). */
  private noteDrawn(): void {
    this.drawn = { focus: this.activeFocus(), selected: this.state.selected, hovered: this.hovered, visibility: this.visibility, hides: this.focusOnly || this.state.only, layoutHidesEdges: this.layoutHidesEdges };
  }

  /**
   * Redraws after the highlight changed (and perhaps a few nodes were shown or hidden: a hidden
   * node selected). From one highlight to another (a click on a neighbour, a hover), only the
   * nodes and edges of the two highlights, and those shown or hidden, change: they alone go
   * through the reducers and into sigma's buffers (a hub's 1,800 edges instead of all 5,000
   * visible). Unless `reindex` (nodes or edges were added to the display graph), the label grid
   * and the draw order (highlight on top) are rebuilt after the frame, from the reducers' cached
   * output. From nothing to a highlight or back, everything changes: every node and edge is
   * redrawn, still indexed after the frame.
   */
  private redraw(reindex: boolean): void {
    const renderer = this.renderer;
    const display = this.display;
    if (!renderer || !display) return;
    const drawn = this.drawn;
    const focus = this.activeFocus();
    const hides = this.focusOnly || this.state.only;
    if (!drawn) {
      this.refreshAll();
      return;
    }
    if (!drawn.focus || !focus || drawn.hides || hides || drawn.layoutHidesEdges !== this.layoutHidesEdges) {
      this.redrawAll(renderer, display, reindex);
      return;
    }
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const set of [drawn.focus.nodes, focus.nodes]) for (const node of set) if (display.hasNode(node)) nodes.add(node);
    for (const node of [drawn.selected, drawn.hovered, this.state.selected, this.hovered]) if (node !== null && display.hasNode(node)) nodes.add(node);
    for (const set of [drawn.focus.edges, focus.edges]) for (const edge of set) if (display.hasEdge(edge)) edges.add(edge);
    const [was, is] = [drawn.visibility, this.visibility];
    if (was !== is) {
      display.forEachNode((node) => {
        if (was.nodes.has(node) !== is.nodes.has(node)) nodes.add(node);
      });
      display.forEachEdge((edge) => {
        if (was.edges.has(edge) !== is.edges.has(edge)) edges.add(edge);
      });
    }
    if (nodes.size + edges.size > (display.order + display.size) / 2) {
      this.redrawAll(renderer, display, reindex);
      return;
    }
    renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: !reindex });
    this.noteDrawn();
    if (!reindex) this.scheduleIndexation(renderer);
  }

  /** Every node and edge through the reducers; sigma's indexes rebuilt now only if `reindex`, else after the frame. */
  private redrawAll(renderer: Sigma, display: ViewGraph, reindex: boolean): void {
    if (reindex) {
      this.refreshAll();
      return;
    }
    renderer.refresh({ partialGraph: { nodes: display.nodes(), edges: display.edges() }, skipIndexation: true });
    this.noteDrawn();
    this.scheduleIndexation(renderer);
  }

  /** After the frame: sigma's label grid and z-order from the reducers' cached output (no reducer runs). */
  private scheduleIndexation(renderer: Sigma): void {
    if (this.indexationPending) return;
    this.indexationPending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.indexationPending = false;
        if (renderer === this.renderer) renderer.refresh({ partialGraph: {}, skipIndexation: false });
      }, 0),
    );
  }

  /**
   * Applies a small visibility change to the display graph: what became visible is added; what
   * became hidden stays, hidden by the reducers (sigma re-indexes the whole graph on every
   * dropped node or edge). False when the change is not small, or the display holds too much
   * that is hidden: then it is rebuilt.
   */
  private patchDisplay(after: Visibility): boolean {
    const limit = 500;
    const display = this.display!;
    const addedNodes: string[] = [];
    const addedEdges: string[] = [];
    for (const node of after.nodes) if (!display.hasNode(node) && addedNodes.push(node) > limit) return false;
    for (const edge of after.edges) if (!display.hasEdge(edge) && addedEdges.push(edge) > limit) return false;
    if (display.order + addedNodes.length - after.nodes.size > limit || display.size + addedEdges.length - after.edges.size > limit) return false;
    for (const node of addedNodes) {
      const { x, y, size, color, label, kind } = this.graph.getNodeAttributes(node);
      display.addNode(node, { x, y, size, color, label, kind });
    }
    for (const edge of addedEdges) {
      const { kind, weight } = this.graph.getEdgeAttributes(edge);
      display.addDirectedEdgeWithKey(edge, this.graph.source(edge), this.graph.target(edge), { kind, weight });
    }
    return true;
  }

  /**
   * State → highlight and visibility (what the sigma reducers read). The filters' visibility is
   * kept while they do not change: selecting a node already shown costs no pass over the graph.
   */
  private recompute(): void {
    if (this.state.selected && !this.graph.hasNode(this.state.selected)) this.state.selected = null;
    if (this.state.path && !this.state.path.every((node) => this.graph.hasNode(node))) this.state.path = null;
    // a path is described in the panel of its end: a link with a path and no node opens that panel
    if (this.state.path && !this.state.selected) this.state.selected = this.state.path[1];
    if (!this.state.selected) this.state.trace = null;
    this.computeHighlight();
    const key = JSON.stringify(this.state.filters);
    if (!this.baseVisibility || key !== this.baseKey) {
      this.baseVisibility = computeVisibility(this.graph, this.facts, this.state.filters);
      this.baseKey = key;
    }
    const base = this.baseVisibility;
    const forced = [...(this.focus && (this.traced || this.path) ? this.focus.nodes : []), ...(this.state.selected ? [this.state.selected] : [])];
    const extraEdges = [...(this.traced?.edges ?? []), ...(this.path?.edges ?? [])];
    if (forced.every((node) => base.nodes.has(node)) && extraEdges.every((edge) => base.edges.has(edge))) {
      this.visibility = base;
    } else {
      this.visibility = withForced(this.graph, this.facts, this.state.filters, base, forced);
      for (const edge of extraEdges) this.visibility.edges.add(edge);
    }
    if (this.labelsFor !== this.visibility) {
      this.topLabels = this.biggest(this.visibility.nodes, TOP_LABELS);
      this.labelsFor = this.visibility;
    }
  }

  /** The `count` nodes of `nodes` with the highest size score (ties by key, for stable labels). */
  private biggest(nodes: Iterable<string>, count: number): Set<string> {
    const ranked: Array<[string, number]> = [];
    for (const node of nodes) ranked.push([node, this.scores.get(node) ?? 0]);
    ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return new Set(ranked.slice(0, count).filter(([, score]) => score > 0).map(([node]) => node));
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
    this.focusLabels = !this.focus ? new Set() : this.focus.nodes.size <= FOCUS_LABELS ? this.focus.nodes : this.biggest(this.focus.nodes, TOP_LABELS);
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
    this.redraw(false);
  }

  select(node: string): void {
    if (!this.graph.hasNode(node)) return;
    this.update({ selected: node, trace: node === this.state.selected ? this.state.trace : null }, { fit: true });
  }

  // ---- camera -----------------------------------------------------------------------------

  /** What the camera should show: the path, the trace, or the selection with its visible neighbours. */
  focusNodes(): string[] {
    const display = this.display;
    if (!display) return [];
    const nodes = this.path ? this.path.nodes : this.traced ? [...this.traced.nodes] : this.state.selected ? [...(this.focus?.nodes ?? [this.state.selected])] : [];
    return nodes.filter((node) => this.visibility.nodes.has(node) && display.hasNode(node));
  }

  /**
   * Fits the camera to the highlight. `onlyIfOutside`: leave the camera alone when all of it is
   * already in view (clicking around a view does not jerk it). Nothing highlighted: the whole graph.
   */
  fitCamera(onlyIfOutside: boolean, animate = true): void {
    const renderer = this.renderer;
    if (!renderer) return;
    const nodes = this.focusNodes();
    const camera = renderer.getCamera();
    if (nodes.length === 0) {
      if (!onlyIfOutside) camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      return;
    }
    if (onlyIfOutside && nodes.every((node) => this.inViewport(node))) return;
    let target: { x: number; y: number; ratio: number };
    if (nodes.length === 1) {
      const point = renderer.getNodeDisplayData(nodes[0]!) as Coordinates | undefined;
      if (!point) return;
      target = { x: point.x, y: point.y, ratio: Math.min(camera.ratio, 0.4) };
    } else {
      const state = getCameraStateToFitViewportToNodes(renderer, nodes);
      // a little room around the highlight, and never closer than a small neighbourhood needs
      target = { x: state.x, y: state.y, ratio: Math.max(state.ratio * 1.15, 0.05) };
    }
    if (animate) void camera.animate(target, { duration: 450 });
    else camera.setState({ ...camera.getState(), ...target });
  }

  private inViewport(node: string): boolean {
    const renderer = this.renderer!;
    const data = renderer.getNodeDisplayData(node) as Coordinates | undefined;
    if (!data) return false;
    const point = renderer.framedGraphToViewport(data);
    const { width, height } = renderer.getDimensions();
    return point.x >= 20 && point.y >= 20 && point.x <= width - 20 && point.y <= height - 20;
  }

  /**
   * The URL follows the state after the frame: history.replaceState costs Chromium tens of
   * milliseconds (more under load), which a click should not wait for.
   */
  private writeHash(): void {
    if (this.hashTimer !== undefined) return;
    this.hashTimer = setTimeout(() => this.flushHash(), 0);
  }

  /** Writes the pending URL state now (the tests read the URL right after an action). */
  flushHash(): void {
    clearTimeout(this.hashTimer);
    this.hashTimer = undefined;
    if (!this.graph) return;
    const hash = encodeState(this.state, this.defaults);
    if (hash === this.writtenHash) return;
    this.writtenHash = hash;
    history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  }

  /** A hash typed or pasted by the user (or the back button) restores that view. */
  onHashChange(): void {
    const hash = location.hash.replace(/^#/, '');
    if (!this.graph || hash === this.writtenHash) return;
    clearTimeout(this.hashTimer);
    this.hashTimer = undefined;
    this.writtenHash = hash;
    this.state = decodeState(hash, this.defaults);
    this.unknownIds = [this.state.selected, ...(this.state.path ?? [])].filter((id): id is string => id !== null && !this.graph.hasNode(id));
    this.showLinkNotice();
    this.searchInput.value = this.state.query;
    this.applySizes();
    this.applyColors();
    this.shown = new Map();
    this.displayed = null; // sizes and colours may have changed: rebuild what sigma draws
    this.update({});
    this.fitCamera(false);
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
    byId('table-toggle').addEventListener('click', () => this.toggleTable());
    byId('zoom-in').addEventListener('click', () => void this.renderer?.getCamera().animatedZoom({ duration: 250 }));
    byId('zoom-out').addEventListener('click', () => void this.renderer?.getCamera().animatedUnzoom({ duration: 250 }));
    byId('zoom-reset').addEventListener('click', () => void this.renderer?.getCamera().animatedReset({ duration: 250 }));
    byId('zoom-fit').addEventListener('click', () => this.fitCamera(false));
    byId<HTMLSelectElement>('size-by').addEventListener('change', (event) => this.update({ sizeBy: (event.target as HTMLSelectElement).value as SizeBy }));
    byId<HTMLSelectElement>('color-by').addEventListener('change', (event) => this.update({ colorBy: (event.target as HTMLSelectElement).value as ColorBy }));
    byId<HTMLInputElement>('only-focus').addEventListener('change', (event) => this.update({ only: (event.target as HTMLInputElement).checked }, { fit: true }));
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
    // the year axis: ticks at round years, spaced to the range
    const span = yearMax - yearMin + 1;
    const step = [1, 2, 5, 10, 20, 25, 50].find((candidate) => span / candidate <= 6) ?? 100;
    const ticks = [];
    for (let year = Math.ceil(yearMin / step) * step; year <= yearMax; year += step) {
      ticks.push(el('span', { class: 'tick', text: String(year), attrs: { style: `left:${((year - yearMin + 0.5) / span) * 100}%` } }));
    }
    byId('timeline-axis').replaceChildren(...ticks);
    const peakYear = Number(Object.entries(yearCounts).sort((a, b) => b[1] - a[1])[0]?.[0]);
    byId('timeline-caption').textContent = `resolutions and statements adopted per year (most: ${peak} in ${peakYear})`;
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
    byId<HTMLSelectElement>('color-by').value = this.state.colorBy;
    const only = byId<HTMLInputElement>('only-focus');
    only.checked = this.state.only;
    only.disabled = !this.focus;
    byId('only-focus-label').textContent = this.path ? 'Show only the path' : this.traced ? 'Show only the trace' : 'Show only the selection and its neighbours';
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
    this.renderSummary();
    const scope = byId<HTMLSelectElement>('export-scope');
    const scopes: Array<[string, string]> = [['view', 'the view'], ...(this.state.selected && !this.traced && !this.path ? [['focus', 'the selection and its neighbours'] as [string, string]] : []), ...(this.traced ? [['focus', 'the trace'] as [string, string]] : []), ...(this.path ? [['focus', 'the path'] as [string, string]] : [])];
    const current = scope.value;
    scope.replaceChildren(...scopes.map(([value, label]) => el('option', { text: label, attrs: { value } })));
    scope.value = scopes.some(([value]) => value === current) ? current : 'view';
  }

  // ---- what is shown, in one line -----------------------------------------------------------

  private addToView(kinds: string[], edgeKinds: string[]): void {
    const { filters } = this.state;
    this.update({ filters: { kinds: [...new Set([...filters.kinds, ...kinds.filter((kind) => this.facts.kinds.includes(kind))])], edgeKinds: [...new Set([...filters.edgeKinds, ...edgeKinds.filter((kind) => this.facts.edgeKinds.includes(kind))])] } });
  }

  private renderSummary(): void {
    const { filters } = this.state;
    const counts = new Map<string, number>();
    for (const node of this.visibility.nodes) {
      const kind = this.graph.getNodeAttribute(node, 'kind');
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const isCitationNetwork = filters.edgeKinds.length === 1 && filters.edgeKinds[0] === 'CITES' && filters.kinds.every((kind) => CITATION_KINDS.includes(kind));
    const what = isCitationNetwork
      ? `Citation network: ${this.visibility.nodes.size.toLocaleString('en')} resolutions and statements, ${this.visibility.edges.size.toLocaleString('en')} citations`
      : `${[...counts].map(([kind, count]) => `${count.toLocaleString('en')} ${kind}${count === 1 ? '' : 's'}`).join(', ') || 'Nothing'} · edges: ${filters.edgeKinds.map((kind) => EDGE_KIND_LABELS[kind] ?? kind).join(', ') || 'none'}`;
    const hidden = filters.minDegree > 0 ? ' (unconnected hidden)' : '';
    const how = `sized by ${SIZE_LABELS[this.state.sizeBy]}, coloured by ${this.state.colorBy === 'community' && this.communityNames.size > 0 ? 'community' : 'kind'}`;
    const button = (text: string, id: string, onClick: () => void) => el('button', { class: 'chip', text, attrs: { type: 'button', 'data-add': id }, on: { click: onClick } });
    const has = (kind: string) => this.facts.kinds.includes(kind) && !filters.kinds.includes(kind);
    const chips = [
      has('Body') ? button('+ bodies', 'bodies', () => this.addToView(['Body'], ['MANDATES'])) : null,
      has('Threat') || has('Group') ? button('+ threats and groups', 'threats', () => this.addToView(['Threat', 'Group'], ['ADDRESSES'])) : null,
      filters.minDegree > 0 ? button('+ unconnected', 'unconnected', () => this.update({ filters: { minDegree: 0 } })) : null,
      filters.kinds.length < this.facts.kinds.length || filters.edgeKinds.length < this.facts.edgeKinds.length ? button('everything', 'everything', () => this.update({ filters: { kinds: [...this.facts.kinds], edgeKinds: [...this.facts.edgeKinds], minDegree: 0 } })) : null,
      JSON.stringify(filters) !== JSON.stringify(this.defaults) ? button('back to the first view', 'reset', () => this.update({ filters: { ...this.defaults } })) : null,
    ];
    byId('view-summary').replaceChildren(el('span', { class: 'what', text: `${what}${hidden}; ${how}.` }), ...chips.filter((chip) => chip !== null));
  }

  // ---- legend -----------------------------------------------------------------------------

  private renderLegend(): void {
    // the legend describes what is visible, coloured and sized: unchanged by a selection
    const key = [this.state.colorBy, this.state.sizeBy];
    if (this.legendFor?.visibility === this.visibility && this.legendFor.key.join() === key.join()) return;
    this.legendFor = { visibility: this.visibility, key };
    const visibleKinds = new Map<string, number>();
    const communities = new Map<number, number>();
    const byCommunity = this.state.colorBy === 'community';
    for (const node of this.visibility.nodes) {
      const attributes = this.graph.getNodeAttributes(node);
      if (byCommunity && typeof attributes.community === 'number') communities.set(attributes.community, (communities.get(attributes.community) ?? 0) + 1);
      else visibleKinds.set(attributes.kind, (visibleKinds.get(attributes.kind) ?? 0) + 1);
    }
    const swatch = (color: string, text: string, count?: number) => el('li', {}, [el('span', { class: 'dot', attrs: { style: `background:${color}` } }), el('span', { class: 'name', text }), count !== undefined ? el('span', { class: 'count', text: String(count) }) : null]);
    const nodeItems: HTMLElement[] = [];
    const ranked = [...communities].sort((a, b) => a[0] - b[0]);
    const named = ranked.filter(([community]) => community < LEGEND_COMMUNITIES);
    for (const [community, count] of named) nodeItems.push(swatch(communityColor(community), `around ${this.communityNames.get(community)?.label ?? `community ${community}`}`, count));
    const others = ranked.filter(([community]) => community >= LEGEND_COMMUNITIES);
    if (others.length) {
      const coloured = others.filter(([community]) => community < COMMUNITY_COLORS.length).map(([community]) => communityColor(community));
      const item = swatch(OTHER_COMMUNITY_COLOR, `${others.length} more communities`, others.reduce((sum, [, count]) => sum + count, 0));
      for (const colour of coloured) item.insertBefore(el('span', { class: 'dot small', attrs: { style: `background:${colour}` } }), item.lastChild!.previousSibling);
      nodeItems.push(item);
    }
    for (const [kind, count] of [...visibleKinds].sort((a, b) => b[1] - a[1])) nodeItems.push(swatch(kindColor(kind), kind, count));
    const edgeKinds = new Set<string>();
    for (const edge of this.visibility.edges) {
      edgeKinds.add(this.graph.getEdgeAttribute(edge, 'kind'));
      if (edgeKinds.size === this.facts.edgeKinds.length) break;
    }
    const edgeItems = [...edgeKinds].sort().map((kind) =>
      el('li', {}, [el('span', { class: 'line', attrs: { style: `background:${edgeColor(kind)}` } }), el('span', { class: 'line strong', title: 'highlighted', attrs: { style: `background:${highlightEdgeColor(kind)}` } }), el('span', { class: 'name', text: `${EDGE_KIND_LABELS[kind] ?? kind} →` })]),
    );
    let max = 0;
    for (const node of this.visibility.nodes) max = Math.max(max, this.scores.get(node) ?? 0);
    const sizeItems =
      this.state.sizeBy === 'uniform' || max === 0
        ? []
        : [0, max / 4, max].map((score) => {
            const radius = sizeForScore(score, max);
            const shown = this.state.sizeBy === 'pagerank' ? score.toFixed(3) : String(Math.round(score));
            return el('li', { class: 'size' }, [el('span', { class: 'circle', attrs: { style: `width:${radius * 2}px;height:${radius * 2}px` } }), el('span', { class: 'name', text: shown })]);
          });
    const legend = byId('legend');
    const open = legend.querySelector('details')?.open ?? true;
    const parts = [
      el('h4', { text: byCommunity && communities.size ? 'Communities (Louvain)' : 'Nodes' }),
      el('ul', { class: 'legend-nodes' }, nodeItems.slice(0, 12)),
      edgeItems.length ? el('h4', { text: 'Edges (at rest · highlighted)' }) : null,
      edgeItems.length ? el('ul', { class: 'legend-edges' }, edgeItems) : null,
      sizeItems.length ? el('h4', { text: `Size: ${SIZE_LABELS[this.state.sizeBy]}` }) : null,
      sizeItems.length ? el('ul', { class: 'legend-sizes' }, sizeItems) : null,
    ];
    const details = el('details', {}, [el('summary', { text: 'Legend' }), ...parts.filter((part) => part !== null)]);
    details.open = open;
    legend.replaceChildren(details);
  }

  // ---- table ------------------------------------------------------------------------------

  private nodeFigures(): NodeFigures {
    if (this.figures) return this.figures;
    const citedBy = new Map<string, number>();
    const mandates = new Map<string, number>();
    this.graph.forEachEdge((_edge, attributes, source, target) => {
      if (attributes.kind === 'CITES') citedBy.set(target, (citedBy.get(target) ?? 0) + 1);
      if (attributes.kind === 'MANDATES') {
        mandates.set(source, (mandates.get(source) ?? 0) + 1);
        mandates.set(target, (mandates.get(target) ?? 0) + 1);
      }
    });
    this.figures = { degree: networkDegrees(this.graph), citedBy, mandates };
    return this.figures;
  }

  private tableRows(): Array<Record<TableColumn, string | number | null> & { node: string }> {
    const figures = this.nodeFigures();
    const rows = [...this.visibility.nodes].map((node) => {
      const attributes = this.graph.getNodeAttributes(node);
      return {
        node,
        label: attributes.label || node,
        kind: attributes.kind,
        year: nodeYear(attributes),
        degree: figures.degree.get(node) ?? 0,
        citedBy: figures.citedBy.get(node) ?? 0,
        mandates: figures.mandates.get(node) ?? 0,
        community: typeof attributes.community === 'number' ? attributes.community : null,
      };
    });
    const { sort, descending } = this.table;
    const sign = descending ? -1 : 1;
    rows.sort((a, b) => {
      const x = a[sort];
      const y = b[sort];
      if (x === y) return a.label < b.label ? -1 : 1;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * sign;
    });
    return rows;
  }

  toggleTable(open = !this.table.open): void {
    this.table.open = open;
    byId('table-view').hidden = !open;
    byId('table-toggle').setAttribute('aria-pressed', String(open));
    if (open) this.renderTable();
  }

  private renderTable(): void {
    const rows = this.tableRows();
    const columns: Array<[TableColumn, string]> = [['label', 'Label'], ['kind', 'Kind'], ['year', 'Year'], ['degree', 'Degree'], ['citedBy', 'Cited by'], ['mandates', 'Mandates'], ['community', 'Community']];
    const header = el('tr', {}, columns.map(([column, title]) => {
      const active = this.table.sort === column;
      return el('th', { attrs: { 'data-sort': column, 'aria-sort': active ? (this.table.descending ? 'descending' : 'ascending') : 'none' } }, [
        el('button', { class: 'link', text: `${title}${active ? (this.table.descending ? ' ▾' : ' ▴') : ''}`, attrs: { type: 'button' }, on: { click: () => {
          this.table = { ...this.table, descending: active ? !this.table.descending : column !== 'label' && column !== 'kind', sort: column };
          this.renderTable();
        } } }),
      ]);
    }));
    const body = rows.slice(0, this.table.rows).map((row) =>
      el('tr', { class: row.node === this.state.selected ? 'selected' : '', attrs: { 'data-node': row.node }, on: { click: () => this.select(row.node) } }, columns.map(([column]) =>
        column === 'label' ? el('td', {}, [el('span', { class: 'dot', attrs: { style: `background:${this.graph.getNodeAttribute(row.node, 'color')}` } }), String(row.label)]) : el('td', { text: row[column] === null ? '' : String(row[column]) }),
      )),
    );
    byId('table-view').replaceChildren(
      el('div', { class: 'table-head' }, [
        el('strong', { text: `${rows.length.toLocaleString('en')} visible nodes` }),
        el('button', { text: 'CSV', attrs: { type: 'button', id: 'table-csv' }, on: { click: () => this.downloadCsv(`${this.exportFileBase()}-nodes`, [['key', ...columns.map(([, title]) => title)], ...rows.map((row) => [row.node, ...columns.map(([column]) => row[column])])]) } }),
        el('button', { class: 'close', text: '×', title: 'Close the table (T)', attrs: { type: 'button' }, on: { click: () => this.toggleTable(false) } }),
      ]),
      el('div', { class: 'table-scroll' }, [
        el('table', { class: 'nodes-table' }, [el('thead', {}, [header]), el('tbody', {}, body)]),
        rows.length > this.table.rows ? el('button', { class: 'link', text: `Show ${Math.min(TABLE_PAGE, rows.length - this.table.rows)} more of ${rows.length - this.table.rows}`, attrs: { type: 'button', 'data-show': 'rows' }, on: { click: () => {
          this.table.rows += TABLE_PAGE;
          this.renderTable();
        } } }) : null,
      ]),
    );
  }

  private renderLayoutStatus(): void {
    const running = this.layout?.running ?? false;
    const heavy = this.visibility.edges.size > HEAVY_VIEW_EDGES;
    if (this.layout) this.layout.copyIntervalMs = heavy ? 400 : 0;
    const hideEdges = running && heavy;
    if (hideEdges !== this.layoutHidesEdges) {
      this.layoutHidesEdges = hideEdges;
      this.refreshAll();
    }
    const button = byId('layout-toggle');
    button.textContent = running ? 'Stop layout' : 'Refine layout';
    button.setAttribute('aria-pressed', String(running));
    if (!running && this.fitWhenLaidOut) {
      // the picture has its final shape: now the camera can frame what the link asked for
      this.fitWhenLaidOut = false;
      this.fitCamera(false);
    }
  }

  private toggleLayout(): void {
    if (!this.layout) return;
    if (this.layout.running) this.layout.stop();
    else this.layout.start(this.visibility);
  }

  /** Opens or closes the panel; true when it did (the stage changed width). */
  private showPanel(open: boolean): boolean {
    if (this.panel.hidden !== open) return false;
    this.panel.hidden = !open;
    document.body.classList.toggle('with-panel', open);
    return true;
  }

  /**
   * Builds the node panel. `lazy` (a new node selected): what the first
   * screen shows now, the rest after the frame; a change asked in the panel itself is built whole.
   */
  private renderPanel(lazy = false): void {
    const node = this.state.selected;
    this.panelQueue = [];
    if (this.showPanel(Boolean(node))) {
      // The stage changed width: sigma must resize its canvases before the next frame.
      this.renderer?.resize();
      this.refreshAll();
    }
    if (!node) return;
    this.panel.dataset.node = node;
    const queue: Array<() => void> = [];
    this.panelQueue = queue;
    renderPanel(this.panel, {
      graph: this.graph,
      node,
      trace: this.state.trace,
      traced: this.traced,
      pathStart: this.pathStart,
      path: this.path,
      pathEnds: this.state.path,
      lang: this.clauseLang,
      langs: this.facts.langs,
      evidenceReady: this.evidenceReady.has(node) || !this.evidenceLoader,
      loadParagraph: this.paragraphLoader,
      shown: this.shown,
      select: (other) => this.select(other),
      setTrace: (trace) => this.update({ trace, path: null }, { fit: true }),
      setPathStart: (start) => {
        this.pathStart = start;
        this.renderPanel();
      },
      showPath: (from, to) => this.update({ path: [from, to], trace: null }, { fit: true }),
      clearPath: () => this.update({ path: null }),
      close: () => this.update({ selected: null, path: null }),
      setLang: (lang) => this.setClauseLang(lang),
      showMore: (list, count) => {
        this.shown.set(list, count);
        this.renderPanel();
      },
      downloadCsv: (name, rows) => this.downloadCsv(name, rows),
      defer: lazy ? (build) => queue.push(build) : undefined,
    });
    if (queue.length) {
      // after the frame; dropped if the panel was rebuilt meanwhile (another click)
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (this.panelQueue !== queue) return;
          for (const build of queue.splice(0)) build();
        }, 0),
      );
    }
    this.ensureEvidence(node);
    // a path's steps say where each text cites the next: their evidence is fetched too
    for (const step of this.path?.nodes.slice(0, -1) ?? []) this.ensureEvidence(step);
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
        this.evidenceReady.add(node);
        // only if the panel shows it (the node's or a path step's): not when another click came first
        if (node === this.state.selected || this.path?.nodes.includes(node)) this.renderPanel();
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
    this.update({ selected: hit.node, trace: null, query: this.searchInput.value }, { fit: true });
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
    } else if (event.key === 't') {
      this.toggleTable();
    } else if (event.key === 'f') {
      this.fitCamera(false);
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

  /** What the export buttons write: the view, or only the highlighted selection, trace or path. */
  exportScope(): Visibility {
    const scope = byId<HTMLSelectElement>('export-scope').value;
    if (scope !== 'focus' || !this.focus) return this.visibility;
    const nodes = new Set([...this.focus.nodes].filter((node) => this.visibility.nodes.has(node)));
    const edges = new Set([...this.focus.edges].filter((edge) => this.visibility.edges.has(edge) && nodes.has(this.graph.source(edge)) && nodes.has(this.graph.target(edge))));
    return { nodes, edges };
  }

  private scopeName(): string {
    const scope = byId<HTMLSelectElement>('export-scope').value;
    if (scope !== 'focus' || !this.state.selected) return this.exportFileBase();
    const what = this.path ? 'path' : this.traced ? 'trace' : 'selection';
    return `${this.exportFileBase()}-${what}-${(this.graph.getNodeAttribute(this.state.selected, 'label') || this.state.selected).replace(/[^\w.-]+/g, '-')}`;
  }

  exportGexf(): void {
    const gexf = toGexf(this.graph, this.exportScope());
    download(new Blob([gexf], { type: 'application/xml' }), `${this.scopeName()}.gexf`);
  }

  async exportPng(): Promise<void> {
    const renderer = this.renderer;
    if (!renderer) return;
    const onlyFocus = byId<HTMLSelectElement>('export-scope').value === 'focus' && this.focus !== null;
    const camera = renderer.getCamera();
    const before = camera.getState();
    if (onlyFocus) {
      // the highlight alone, framed: other nodes are left out, not greyed
      this.focusOnly = true;
      this.fitCamera(false, false);
    }
    const canvas = composeCanvases(this.stage, () => renderer.refresh());
    if (onlyFocus) {
      this.focusOnly = false;
      camera.setState(before);
      renderer.refresh();
    }
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) download(blob, `${this.scopeName()}.png`);
  }

  downloadCsv(name: string, rows: Array<Array<string | number | null>>): void {
    download(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), `${name.replace(/[^\w.-]+/g, '-').replace(/-+/g, '-')}.csv`);
  }
}
