/**
 * Which nodes and edges are shown. Pure: given the graph, its precomputed facts and the filter
 * state, returns the visible sets; the app feeds them to sigma's reducers.
 */
import { nodeYear, type ViewGraph } from './graph-types';

export interface Filters {
  /** node kinds shown */
  kinds: string[];
  /** edge kinds shown */
  edgeKinds: string[];
  /** organs of resolutions shown; empty = all */
  organs: string[];
  /** languages of source documents; empty = all */
  langs: string[];
  /** inclusive adoption-year range; null = unbounded */
  yearFrom: number | null;
  yearTo: number | null;
  /** minimum number of visible neighbours */
  minDegree: number;
}

/** Kinds and edges hidden when the graph has no citation network to open on. */
export const DEFAULT_HIDDEN_KINDS = ['Document'];
export const DEFAULT_HIDDEN_EDGE_KINDS = ['MENTIONS', 'TEXT_OF'];

/** The first screen: resolutions and statements citing one another. */
export const CITATION_KINDS = ['Resolution', 'Statement'];

/**
 * The first screen answers "what cites what": the citation network of resolutions and
 * statements, without the nodes it leaves unconnected (minimum degree 1); bodies, threats and
 * groups are one click away. A graph without citations (a foreign GEXF, say) opens on everything
 * but documents and mentions, leaving out kinds reached only through mentions.
 */
export function defaultFilters(facts: Pick<GraphFacts, 'kinds' | 'edgeKinds' | 'networkKinds'>): Filters {
  const base = { organs: [], langs: [], yearFrom: null, yearTo: null };
  if (facts.edgeKinds.includes('CITES') && facts.kinds.some((kind) => CITATION_KINDS.includes(kind))) {
    return { ...base, kinds: facts.kinds.filter((kind) => CITATION_KINDS.includes(kind)), edgeKinds: ['CITES'], minDegree: 1 };
  }
  const inNetwork = (kind: string) => facts.networkKinds.length === 0 || facts.networkKinds.includes(kind);
  return {
    ...base,
    kinds: facts.kinds.filter((kind) => !DEFAULT_HIDDEN_KINDS.includes(kind) && inNetwork(kind)),
    edgeKinds: facts.edgeKinds.filter((kind) => !DEFAULT_HIDDEN_EDGE_KINDS.includes(kind)),
    minDegree: 0,
  };
}

/** What the filters need to know about the graph, computed once per loaded graph. */
export interface GraphFacts {
  kinds: string[];
  kindCounts: Record<string, number>;
  edgeKinds: string[];
  /** kinds of the nodes at either end of an edge shown by default (not MENTIONS or TEXT_OF) */
  networkKinds: string[];
  organs: string[];
  langs: string[];
  yearMin: number | null;
  yearMax: number | null;
  /** resolutions (and statements) adopted per year, for the timeline */
  yearCounts: Record<number, number>;
  nodeYear: Map<string, number | null>;
  /** languages of the documents that support a node (its texts and its edges' evidence) */
  nodeLangs: Map<string, Set<string>>;
  edgeLangs: Map<string, Set<string>>;
}

const KIND_ORDER = ['Resolution', 'Statement', 'Body', 'Threat', 'Group', 'State', 'Person', 'Document'];

function byKindOrder(a: string, b: string): number {
  const rank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function computeFacts(graph: ViewGraph): GraphFacts {
  const kindCounts: Record<string, number> = {};
  const organs = new Set<string>();
  const docLang = new Map<string, string>();
  const yearCounts: Record<number, number> = {};
  const years = new Map<string, number | null>();
  let yearMin: number | null = null;
  let yearMax: number | null = null;
  graph.forEachNode((node, attributes) => {
    kindCounts[attributes.kind] = (kindCounts[attributes.kind] ?? 0) + 1;
    if (attributes.kind === 'Resolution' && typeof attributes.organ === 'string') organs.add(attributes.organ);
    if (attributes.kind === 'Document' && typeof attributes.lang === 'string') docLang.set(node, attributes.lang);
    const year = nodeYear(attributes);
    years.set(node, year);
    if (year !== null && (attributes.kind === 'Resolution' || attributes.kind === 'Statement')) {
      yearCounts[year] = (yearCounts[year] ?? 0) + 1;
      yearMin = yearMin === null ? year : Math.min(yearMin, year);
      yearMax = yearMax === null ? year : Math.max(yearMax, year);
    }
  });
  const edgeKinds = new Set<string>();
  const networkKinds = new Set<string>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    edgeKinds.add(attributes.kind);
    if (!DEFAULT_HIDDEN_EDGE_KINDS.includes(attributes.kind)) {
      networkKinds.add(graph.getNodeAttribute(source, 'kind'));
      networkKinds.add(graph.getNodeAttribute(target, 'kind'));
    }
  });
  // The languages supporting each node and edge matter only once a language filter is set:
  // computed then, off the first render's path (a Set per edge of a 25,000-edge graph).
  let langIndex: { nodeLangs: Map<string, Set<string>>; edgeLangs: Map<string, Set<string>> } | null = null;
  const languages = () => {
    if (langIndex) return langIndex;
    const nodeLangs = new Map<string, Set<string>>();
    const edgeLangs = new Map<string, Set<string>>();
    const addLang = (map: Map<string, Set<string>>, key: string, lang: string) => {
      let set = map.get(key);
      if (!set) map.set(key, (set = new Set()));
      set.add(lang);
    };
    for (const [doc, lang] of docLang) addLang(nodeLangs, doc, lang);
    graph.forEachEdge((edge, attributes, source, target) => {
      const docs = attributes.kind === 'TEXT_OF' ? [source] : (attributes.evidence ?? []).map((item) => item.doc);
      const langs = attributes.evidence || attributes.kind === 'TEXT_OF' ? docs.map((doc) => docLang.get(doc)) : (attributes.evidenceLangs ?? []);
      for (const lang of langs) {
        if (!lang) continue;
        addLang(edgeLangs, edge, lang);
        addLang(nodeLangs, source, lang);
        addLang(nodeLangs, target, lang);
      }
    });
    return (langIndex = { nodeLangs, edgeLangs });
  };
  return {
    kinds: Object.keys(kindCounts).sort(byKindOrder),
    kindCounts,
    edgeKinds: [...edgeKinds].sort(),
    networkKinds: [...networkKinds].sort(byKindOrder),
    organs: [...organs].sort(),
    langs: [...new Set(docLang.values())].sort(),
    yearMin,
    yearMax,
    yearCounts,
    nodeYear: years,
    get nodeLangs() {
      return languages().nodeLangs;
    },
    get edgeLangs() {
      return languages().edgeLangs;
    },
  };
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * Applies the filters. Nodes with no year (bodies, threats) or no known source language are
 * not excluded by the year or language filter: there is nothing to judge them by.
 * `forced` nodes (the selection, a trace) stay visible whatever the filters say.
 */
export function computeVisibility(graph: ViewGraph, facts: GraphFacts, filters: Filters, forced: Iterable<string> = []): Visibility {
  const kinds = new Set(filters.kinds);
  const edgeKinds = new Set(filters.edgeKinds);
  const organs = new Set(filters.organs);
  const langs = new Set(filters.langs);
  const passesLang = (set: Set<string> | undefined) => langs.size === 0 || !set || [...set].some((lang) => langs.has(lang));
  const forcedSet = new Set(forced);

  const candidates = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (!kinds.has(attributes.kind)) return;
    if (organs.size > 0 && attributes.kind === 'Resolution' && !organs.has(String(attributes.organ))) return;
    const year = facts.nodeYear.get(node) ?? null;
    if (year !== null && filters.yearFrom !== null && year < filters.yearFrom) return;
    if (year !== null && filters.yearTo !== null && year > filters.yearTo) return;
    if (langs.size > 0 && !passesLang(facts.nodeLangs.get(node))) return;
    candidates.add(node);
  });
  for (const node of forcedSet) if (graph.hasNode(node)) candidates.add(node);

  const edgeShown = (edge: string, kind: string, source: string, target: string) =>
    edgeKinds.has(kind) && candidates.has(source) && candidates.has(target) && (langs.size === 0 || passesLang(facts.edgeLangs.get(edge)));

  let nodes = candidates;
  if (filters.minDegree > 0) {
    const degree = new Map<string, number>();
    graph.forEachEdge((edge, attributes, source, target) => {
      if (!edgeShown(edge, attributes.kind, source, target)) return;
      degree.set(source, (degree.get(source) ?? 0) + 1);
      degree.set(target, (degree.get(target) ?? 0) + 1);
    });
    nodes = new Set([...candidates].filter((node) => forcedSet.has(node) || (degree.get(node) ?? 0) >= filters.minDegree));
  }
  const edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (nodes.has(source) && nodes.has(target) && edgeShown(edge, attributes.kind, source, target)) edges.add(edge);
  });
  return { nodes, edges };
}

/**
 * `base` (the filters' visibility) plus `forced` nodes and their edges to what is shown, as
 * computeVisibility(graph, facts, filters, forced) would give (the minimum degree aside, which
 * forced nodes escape anyway), at the cost of the forced nodes' edges instead of the whole graph.
 */
export function withForced(graph: ViewGraph, facts: GraphFacts, filters: Filters, base: Visibility, forced: Iterable<string>): Visibility {
  const nodes = new Set(base.nodes);
  const edges = new Set(base.edges);
  const added: string[] = [];
  for (const node of forced) {
    if (!graph.hasNode(node) || nodes.has(node)) continue;
    nodes.add(node);
    added.push(node);
  }
  const edgeKinds = new Set(filters.edgeKinds);
  const langs = new Set(filters.langs);
  const passesLang = (edge: string) => {
    if (langs.size === 0) return true;
    const set = facts.edgeLangs.get(edge);
    return !set || [...set].some((lang) => langs.has(lang));
  };
  for (const node of added) {
    graph.forEachEdge(node, (edge, attributes, source, target) => {
      if (edgeKinds.has(attributes.kind) && nodes.has(source) && nodes.has(target) && passesLang(edge)) edges.add(edge);
    });
  }
  return { nodes, edges };
}
