/**
 * The layout stored in graph.json: a position (`x`, `y`) for every node and a `community` for
 * the nodes of the citation network, computed once after the merge (as Gephi Lite and Retina
 * open laid-out files), so that the viewer's first frame is the final picture.
 *
 * Pure and deterministic: it reads nodes and edges only (never evidence), orders them by key,
 * draws from a seeded generator and stops on a convergence test counted in iterations, never
 * in time, so the same graph always gets the same positions. In stages:
 *
 * 1. the citation network (resolutions and statements citing one another): Louvain
 *    communities (graphology-communities-louvain, seeded), each community started around its
 *    own point, then ForceAtlas2 until it settles;
 * 2. what hangs off it through citations, mandates and addresses (bodies, threats, groups,
 *    cited documents, resolutions that cite only those): ForceAtlas2 with stage 1 held still;
 * 3. the rest (ingested documents, states and persons they mention) beside what they are the
 *    text of or mention;
 * 4. nodes with nothing to hang on, in a grid below the picture, out of the way.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import type { KnowledgeGraph } from './model';
import { compareStrings } from './model';
import { seededRandom } from './random';

export interface LayoutOptions {
  /** seed of the initial positions and of Louvain (default 1) */
  seed?: number;
  /** cap on ForceAtlas2 iterations per stage (default 2000) */
  maxIterations?: number;
  /** settled when nodes move on average less than this share of the picture's size per iteration (default 0.0002) */
  tolerance?: number;
}

export interface LayoutStage {
  name: string;
  nodes: number;
  edges: number;
  iterations: number;
  converged: boolean;
}

export interface GraphLayout {
  positions: Map<string, { x: number; y: number }>;
  /** community of each node of the citation network, 0 being the largest */
  communities: Map<string, number>;
  stages: LayoutStage[];
}

const CITING_KINDS = new Set(['Resolution', 'Statement']);
/** edges that shape the picture; MENTIONS and TEXT_OF only place what hangs on it */
const NETWORK_EDGES = new Set(['CITES', 'MANDATES', 'ADDRESSES']);

type Point = { x: number; y: number };

/** An undirected weighted copy of some edges among `nodes`, built in key order. */
function undirectedNetwork(graph: KnowledgeGraph, nodes: Set<string>, keep: (kind: string) => boolean): Graph {
  const network = new Graph({ type: 'undirected' });
  for (const node of [...nodes].sort(compareStrings)) network.addNode(node);
  const edges = graph.edges().sort(compareStrings);
  for (const edge of edges) {
    const kind = graph.getEdgeAttribute(edge, 'kind');
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (!keep(kind) || !nodes.has(source) || !nodes.has(target) || source === target) continue;
    const weight = Math.log2(1 + (graph.getEdgeAttribute(edge, 'weight') || 1));
    const existing = network.edge(source, target);
    if (existing) network.updateEdgeAttribute(existing, 'weight', (value) => (value as number) + weight);
    else network.addEdge(source, target, { weight });
  }
  return network;
}

/** Louvain communities renumbered by size (0 the largest; ties by smallest member key). */
function communitiesOf(network: Graph, random: () => number): Map<string, number> {
  if (network.size === 0) return new Map();
  const raw = louvain(network, { getEdgeWeight: 'weight', rng: random });
  const members = new Map<number, string[]>();
  for (const node of network.nodes()) {
    const id = raw[node]!;
    const list = members.get(id);
    if (list) list.push(node);
    else members.set(id, [node]);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || compareStrings(a[0]!, b[0]!));
  const result = new Map<string, number>();
  ordered.forEach((list, index) => list.forEach((node) => result.set(node, index)));
  return result;
}

function settingsFor(order: number): Required<ForceAtlas2Settings> {
  return {
    linLogMode: false,
    // hubs (1373, the Secretary-General) pull less, so they do not swallow the picture
    outboundAttractionDistribution: true,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    // spread enough that renewals of one regime (near-identical neighbourhoods) stay apart
    scalingRatio: 40,
    strongGravityMode: false,
    gravity: 0.5,
    slowDown: 1 + Math.log(Math.max(order, 1)),
    barnesHutOptimize: order > 300,
    barnesHutTheta: 0.6,
  };
}

/**
 * ForceAtlas2 over `network` (nodes carrying x, y and optionally fixed) until the free nodes
 * move on average less than `tolerance` × the picture's size per iteration, or `maxIterations`.
 */
function runForceAtlas2(network: Graph, maxIterations: number, tolerance: number): { iterations: number; converged: boolean } {
  const free = network.filterNodes((_node, attributes) => !attributes.fixed).length;
  if (free === 0 || network.order < 2) return { iterations: 0, converged: true };
  const matrices = graphToByteArrays(network, (_edge, attributes) => (attributes.weight as number) || 1);
  const nodes = matrices.nodes;
  const stride = nodes.length / network.order;
  const settings = settingsFor(network.order);
  const checkEvery = 10;
  const previous = new Float32Array(network.order * 2);
  const snapshot = () => {
    for (let index = 0; index < network.order; index++) {
      previous[index * 2] = nodes[index * stride]!;
      previous[index * 2 + 1] = nodes[index * stride + 1]!;
    }
  };
  snapshot();
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    for (let step = 0; step < checkEvery; step++) iterate(settings, nodes, matrices.edges);
    iterations += checkEvery;
    let moved = 0;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (let index = 0; index < network.order; index++) {
      const x = nodes[index * stride]!;
      const y = nodes[index * stride + 1]!;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      moved += Math.hypot(x - previous[index * 2]!, y - previous[index * 2 + 1]!);
    }
    const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    snapshot();
    if (moved / free / checkEvery / extent < tolerance) {
      converged = true;
      break;
    }
  }
  let index = 0;
  network.forEachNode((node) => {
    network.mergeNodeAttributes(node, { x: nodes[index * stride], y: nodes[index * stride + 1] });
    index++;
  });
  return { iterations, converged };
}

function boundsOf(points: Iterable<Point>): { minX: number; maxX: number; minY: number; maxY: number; extent: number } {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (minX === Infinity) return { minX: 0, maxX: 0, minY: 0, maxY: 0, extent: 100 };
  return { minX, maxX, minY, maxY, extent: Math.max(maxX - minX, maxY - minY, 1) };
}

/** Computes the layout of `graph` without changing it. */
export function computeLayout(graph: KnowledgeGraph, options: LayoutOptions = {}): GraphLayout {
  const random = seededRandom(options.seed ?? 1);
  const maxIterations = options.maxIterations ?? 2000;
  const tolerance = options.tolerance ?? 0.0002;
  const positions = new Map<string, Point>();
  const stages: LayoutStage[] = [];
  const kindOf = (node: string) => graph.getNodeAttribute(node, 'kind') as string;

  // 1. the citation network
  const core = new Set<string>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.kind === 'CITES' && source !== target && CITING_KINDS.has(kindOf(source)) && CITING_KINDS.has(kindOf(target))) {
      core.add(source);
      core.add(target);
    }
  });
  const coreNetwork = undirectedNetwork(graph, core, (kind) => kind === 'CITES');
  const communities = communitiesOf(coreNetwork, random);
  const communityCount = new Set(communities.values()).size;
  const spread = Math.sqrt(core.size) * 10;
  coreNetwork.forEachNode((node) => {
    // each community starts around its own point of a sunflower spiral, the largest in the middle
    const community = communities.get(node) ?? 0;
    const angle = community * 2.39996;
    const radius = spread * Math.sqrt((community + 0.5) / Math.max(communityCount, 1));
    const jitter = spread * 0.15 * Math.sqrt(random());
    const jitterAngle = random() * Math.PI * 2;
    coreNetwork.mergeNodeAttributes(node, {
      x: radius * Math.cos(angle) + jitter * Math.cos(jitterAngle),
      y: radius * Math.sin(angle) + jitter * Math.sin(jitterAngle),
    });
  });
  const coreRun = runForceAtlas2(coreNetwork, maxIterations, tolerance);
  stages.push({ name: 'citation network', nodes: coreNetwork.order, edges: coreNetwork.size, ...coreRun });
  coreNetwork.forEachNode((node, attributes) => positions.set(node, { x: attributes.x as number, y: attributes.y as number }));
  const coreBounds = boundsOf(positions.values());
  const near = (point: Point, scale: number): Point => {
    const angle = random() * Math.PI * 2;
    const distance = scale * (0.5 + random());
    return { x: point.x + Math.cos(angle) * distance, y: point.y + Math.sin(angle) * distance };
  };
  const centroid = (nodes: string[]): Point | null => {
    let x = 0, y = 0, count = 0;
    for (const node of nodes) {
      const position = positions.get(node);
      if (!position) continue;
      x += position.x;
      y += position.y;
      count++;
    }
    return count ? { x: x / count, y: y / count } : null;
  };

  // 2. what hangs off it through citations, mandates and addresses
  const attached = new Set<string>();
  let frontier = [...core];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_edge, attributes, source, target) => {
        if (!NETWORK_EDGES.has(attributes.kind)) return;
        const other = source === node ? target : source;
        if (core.has(other) || attached.has(other)) return;
        attached.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  if (attached.size > 0) {
    const network = undirectedNetwork(graph, new Set([...core, ...attached]), (kind) => NETWORK_EDGES.has(kind));
    const step = coreBounds.extent / 50;
    // placed at their placed neighbours' centroid, in breadth-first order, then settled by ForceAtlas2
    const pending = [...attached].sort(compareStrings);
    for (let pass = 0; pass < 4 && pending.length > 0; pass++) {
      for (let index = 0; index < pending.length; index++) {
        const node = pending[index]!;
        const centre = centroid(network.neighbors(node));
        if (!centre) continue;
        positions.set(node, near(centre, step));
        pending.splice(index--, 1);
      }
    }
    for (const node of pending) positions.set(node, near({ x: 0, y: 0 }, coreBounds.extent / 2));
    network.forEachNode((node) => network.mergeNodeAttributes(node, { ...positions.get(node)!, fixed: core.has(node) }));
    const run = runForceAtlas2(network, maxIterations, tolerance);
    stages.push({ name: 'bodies, threats, groups and cited documents', nodes: attached.size, edges: network.size, ...run });
    network.forEachNode((node, attributes) => {
      if (!core.has(node)) positions.set(node, { x: attributes.x as number, y: attributes.y as number });
    });
  }

  // 3. the rest, beside what it is the text of, or among what it mentions / is mentioned by
  const bounds = boundsOf(positions.values());
  const rest = graph.nodes().filter((node) => !positions.has(node)).sort(compareStrings);
  const step = bounds.extent / 80;
  let placedRest = 0;
  for (let pass = 0; pass < 3; pass++) {
    for (const node of rest) {
      if (positions.has(node)) continue;
      const textOf = graph.outEdges(node).filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'TEXT_OF').map((edge) => graph.target(edge));
      const centre = centroid(textOf.length > 0 ? textOf : graph.neighbors(node).sort(compareStrings));
      if (!centre) continue;
      positions.set(node, near(centre, step));
      placedRest++;
    }
  }
  stages.push({ name: 'documents, states and persons', nodes: placedRest, edges: 0, iterations: 0, converged: true });

  // 4. nothing to hang on: a grid below the picture
  const lonely = rest.filter((node) => !positions.has(node));
  if (lonely.length > 0) {
    const columns = Math.max(1, Math.ceil(Math.sqrt(lonely.length * 4)));
    const cell = (bounds.maxX - bounds.minX || bounds.extent) / columns;
    lonely.forEach((node, index) => {
      positions.set(node, {
        x: bounds.minX + (index % columns) * cell,
        y: bounds.minY - bounds.extent * 0.08 - Math.floor(index / columns) * cell,
      });
    });
    stages.push({ name: 'unconnected', nodes: lonely.length, edges: 0, iterations: 0, converged: true });
  }

  const rounded = new Map<string, Point>();
  for (const [node, { x, y }] of positions) rounded.set(node, { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 });
  return { positions: rounded, communities, stages };
}

/** True when every node has numeric x and y. */
export function hasLayout(graph: KnowledgeGraph): boolean {
  return graph.order > 0 && graph.everyNode((_node, attributes) => {
    const { x, y } = attributes as unknown as { x?: unknown; y?: unknown };
    return Number.isFinite(x) && Number.isFinite(y);
  });
}

/**
 * Writes the layout into the graph: `x`, `y` on every node and `community` on the nodes of the
 * citation network (others lose a stale one). The one call `unkg ingest` and `unkg export` make.
 */
export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): GraphLayout {
  const layout = computeLayout(graph, options);
  graph.updateEachNodeAttributes((node, attributes) => {
    const position = layout.positions.get(node)!;
    const community = layout.communities.get(node);
    const next = { ...attributes, x: position.x, y: position.y } as typeof attributes & { community?: number };
    if (community === undefined) delete next.community;
    else next.community = community;
    return next;
  });
  return layout;
}
