/**
 * The layout stored in graph.json: a position (`x`, `y`) for every node and a `community` for
 * the nodes of the citation network, computed once after the merge (as Gephi Lite and Retina
 * open laid-out files), so that the viewer's first frame is the final picture.
 *
 * Pure and deterministic: it reads nodes and edges only (never evidence), orders them by key,
 * draws from a seeded generator and counts its work in iterations, never in time, so the same
 * graph always gets the same positions. In stages:
 *
 * 1. the citation network (resolutions and statements citing one another), multilevel: Louvain
 *    communities (graphology-communities-louvain, seeded), split again while larger than
 *    `LEAF_SIZE`; each small group laid out by ForceAtlas2 on its own, the groups placed by
 *    ForceAtlas2 on the graph of groups and turned towards the groups they cite; then the whole
 *    scaled to the size at which ForceAtlas2's forces balance and refined by a few ForceAtlas2
 *    iterations (Barnes–Hut) over the whole network;
 * 2. what hangs off it through citations, mandates and addresses (bodies, threats, groups,
 *    cited documents, resolutions that cite only those), breadth first, among what it is linked
 *    to;
 * 3. the rest (ingested documents, states and persons they mention) beside what they are the
 *    text of or mention;
 * 4. nodes with nothing to hang on, in a grid below the picture, out of the way.
 *
 * ForceAtlas2 over the whole citation network until it settled cost about 4 CPU-seconds on the
 * dev corpus (1,474 nodes, 550 iterations of Barnes–Hut, then 60 over 2,801 nodes for stage 2);
 * the groups' runs are over a few dozen nodes each, so the whole costs a few hundred ms and grows
 * with the number of nodes, not with its square.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { iterate } from './forceatlas2';
import type { KnowledgeGraph } from './model';
import { compareStrings } from './model';
import { seededRandom } from './random';

export interface LayoutOptions {
  /** seed of the initial positions and of Louvain (default 1) */
  seed?: number;
  /** cap on the iterations of each ForceAtlas2 run (default: 30 for a group, 200 for a graph of groups, 10 for the refinement) */
  maxIterations?: number;
  /** settled when nodes move on average less than this share of the picture's size per iteration (default 0.0002) */
  tolerance?: number;
}

export interface LayoutStage {
  name: string;
  nodes: number;
  edges: number;
  /** ForceAtlas2 iterations, added up over its runs */
  iterations: number;
  /** whether the last ForceAtlas2 run (the refinement of the whole) settled before its cap */
  converged: boolean;
  /** ForceAtlas2 runs (one per group, per graph of groups, and the refinement) */
  runs?: number;
}

export interface GraphLayout {
  positions: Map<string, { x: number; y: number }>;
  /** community of each node of the citation network, 0 being the largest */
  communities: Map<string, number>;
  stages: LayoutStage[];
}

/**
 * What the layout reads: the nodes (keys in order, with their kind), the edges that shape the
 * picture (CITES, MANDATES, ADDRESSES) with their weight, what each node is the text of, and who
 * is linked to whom by any edge, as an adjacency of node numbers. Built from a graph
 * (`layoutInputOf`) or from graph.json's records without a graph of the whole (layout-file.ts):
 * Documents and their MENTIONS edges, the bulk of a large corpus, cost a few integers each here
 * (a graphology graph held an object and a key string per edge: 0.8 GB at 100 copies).
 */
export interface LayoutInput {
  /** node keys in code-unit order (compareStrings); a node's number is its place here */
  keys: string[];
  kinds: string[];
  /** the CITES, MANDATES and ADDRESSES edges: edge key, kind, ends (node numbers), weight (evidence items) */
  links: LayoutLink[];
  /** the TEXT_OF targets of a node, by number, in the order of its edges */
  textOf: Map<number, number[]>;
  /** every edge's ends both ways: node n's neighbours are targets[offsets[n]] … targets[offsets[n + 1] - 1] (repeats allowed) */
  adjacency: { offsets: Int32Array; targets: Int32Array };
}

export interface LayoutLink {
  key: string;
  kind: string;
  source: number;
  target: number;
  weight: number;
}

/** An adjacency of node numbers (LayoutInput's), from pairs given in any order. */
export class AdjacencyBuilder {
  private pairs = new Int32Array(1024);
  private length = 0;

  constructor(private readonly order: number) {}

  add(a: number, b: number): void {
    if (this.length + 2 > this.pairs.length) {
      const grown = new Int32Array(this.pairs.length * 2);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    this.pairs[this.length++] = a;
    this.pairs[this.length++] = b;
  }

  build(): LayoutInput['adjacency'] {
    const offsets = new Int32Array(this.order + 1);
    for (let at = 0; at < this.length; at++) offsets[this.pairs[at]! + 1]!++;
    for (let node = 0; node < this.order; node++) offsets[node + 1]! += offsets[node]!;
    const next = offsets.slice(0, this.order);
    const targets = new Int32Array(this.length);
    for (let at = 0; at < this.length; at += 2) {
      const a = this.pairs[at]!;
      const b = this.pairs[at + 1]!;
      targets[next[a]!++] = b;
      targets[next[b]!++] = a;
    }
    this.pairs = new Int32Array(0);
    return { offsets, targets };
  }
}

/** The layout's input from a graph: all its nodes and edges. */
export function layoutInputOf(graph: KnowledgeGraph): LayoutInput {
  const keys = graph.nodes().sort(compareStrings);
  const number = new Map(keys.map((key, index) => [key, index]));
  const kinds = keys.map((key) => graph.getNodeAttribute(key, 'kind') as string);
  const links: LayoutLink[] = [];
  const textOf = new Map<number, number[]>();
  const adjacency = new AdjacencyBuilder(keys.length);
  // edges in insertion order, which is also the order of each node's out-edges
  graph.forEachEdge((edge, attributes, source, target) => {
    const from = number.get(source)!;
    const to = number.get(target)!;
    adjacency.add(from, to);
    if (NETWORK_EDGES.has(attributes.kind)) links.push({ key: edge, kind: attributes.kind, source: from, target: to, weight: attributes.weight });
    else if (attributes.kind === 'TEXT_OF') {
      const list = textOf.get(from);
      if (list) list.push(to);
      else textOf.set(from, [to]);
    }
  });
  return { keys, kinds, links, textOf, adjacency: adjacency.build() };
}

function isLayoutInput(value: KnowledgeGraph | LayoutInput): value is LayoutInput {
  return Array.isArray((value as LayoutInput).keys) && Array.isArray((value as LayoutInput).links);
}

const CITING_KINDS = new Set(['Resolution', 'Statement']);
/** edges that shape the picture; MENTIONS and TEXT_OF only place what hangs on it */
const NETWORK_EDGES = new Set(['CITES', 'MANDATES', 'ADDRESSES']);

type Point = { x: number; y: number };

/** offset of a node's mass in graphology-layout-forceatlas2's node matrix (helpers.js: x, y, dx, dy, old dx, old dy, mass, …) */
const MASS = 6;
/** a Louvain community larger than this is split again (Louvain on its own subgraph) before ForceAtlas2 */
const LEAF_SIZE = 60;
/** the empty space kept between two laid-out clusters, in units of the distance between neighbouring nodes */
const CLUSTER_GAP = 1.5;
/**
 * ForceAtlas2 iterations at most: for a group from its sunflower start, for a graph of groups,
 * and for the refinement of the whole citation network (the costly one: Barnes–Hut over every
 * node). The levels below did the large moves; the picture changes little after these.
 */
const GROUP_ITERATIONS = 30;
const GROUPS_ITERATIONS = 200;
const REFINE_ITERATIONS = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * The undirected weighted network of the CITES edges among `nodes`: nodes and edges added in key
 * order, the weights of an edge and of its reverse added up (log₂(1 + evidence items) each); as
 * numbers for the clusters (Network) and as a graphology graph for Louvain, both in that order.
 */
function citationNetwork(input: LayoutInput, nodes: Set<string>): { graph: Graph; network: Network } {
  const keys = [...nodes].sort(compareStrings);
  const number = new Map(keys.map((key, index) => [key, index]));
  const cites = input.links.filter((edge) => edge.kind === 'CITES' && edge.source !== edge.target && nodes.has(input.keys[edge.source]!) && nodes.has(input.keys[edge.target]!));
  const network: Network = { keys, sources: [], targets: [], weights: [], incident: keys.map(() => []) };
  const at = new Map<number, number>();
  for (const edge of cites.sort((a, b) => compareStrings(a.key, b.key))) {
    const source = number.get(input.keys[edge.source]!)!;
    const target = number.get(input.keys[edge.target]!)!;
    const weight = Math.log2(1 + (edge.weight || 1));
    addMergedEdge(network, at, keys.length, source, target, weight);
  }
  // a node's edges in the order they were added, as graphology lists them (its adjacency is keyed
  // by neighbour in insertion order; these keys are symbols, never integer-like)
  network.sources.forEach((source, edge) => {
    network.incident[source]!.push(edge);
    network.incident[network.targets[edge]!]!.push(edge);
  });
  const graph = new Graph({ type: 'undirected' });
  for (const key of keys) graph.addNode(key);
  network.sources.forEach((source, edge) => graph.addEdge(keys[source]!, keys[network.targets[edge]!]!, { weight: network.weights[edge] }));
  return { graph, network };
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
 * Centres the positions in `nodes` (graphology-layout-forceatlas2's node matrix) on the origin
 * and scales them to the size at which ForceAtlas2's forces balance: the virial Σ F·p of
 * repulsion (k m₁m₂ per pair, whatever the scale), gravity (−g m |p|, linear in the scale s) and
 * linear attraction (−c w d² / m₁ per edge, quadratic in s) is zero. A start of the right shape
 * then needs few iterations, instead of many to grow or shrink to the right size.
 */
function balance(nodes: Float32Array, edges: Float32Array, stride: number, settings: Required<ForceAtlas2Settings>): void {
  const order = nodes.length / stride;
  let cx = 0, cy = 0, massSum = 0, massSquares = 0;
  for (let n = 0; n < nodes.length; n += stride) {
    cx += nodes[n]!;
    cy += nodes[n + 1]!;
    massSum += nodes[n + MASS]!;
    massSquares += nodes[n + MASS]! ** 2;
  }
  cx /= order;
  cy /= order;
  let gravity = 0;
  for (let n = 0; n < nodes.length; n += stride) {
    nodes[n] = nodes[n]! - cx;
    nodes[n + 1] = nodes[n + 1]! - cy;
    gravity += settings.gravity * nodes[n + MASS]! * Math.hypot(nodes[n]!, nodes[n + 1]!);
  }
  const compensation = settings.outboundAttractionDistribution ? massSum / order : 1;
  let attraction = 0;
  for (let e = 0; e < edges.length; e += 3) {
    const a = edges[e]!;
    const b = edges[e + 1]!;
    const squared = (nodes[a]! - nodes[b]!) ** 2 + (nodes[a + 1]! - nodes[b + 1]!) ** 2;
    const weight = edges[e + 2]! ** settings.edgeWeightInfluence;
    attraction += (compensation * weight * squared) / (settings.outboundAttractionDistribution ? nodes[a + MASS]! : 1);
  }
  const repulsion = (settings.scalingRatio * (massSum * massSum - massSquares)) / 2;
  if (attraction <= 0 || repulsion <= 0) return;
  const scale = (-gravity + Math.sqrt(gravity * gravity + 4 * attraction * repulsion)) / (2 * attraction);
  if (!Number.isFinite(scale) || scale <= 0) return;
  for (let n = 0; n < nodes.length; n += stride) {
    nodes[n] = nodes[n]! * scale;
    nodes[n + 1] = nodes[n + 1]! * scale;
  }
}

/**
 * The citation network as numbers, what the clusters' subnetworks and ForceAtlas2 runs are made
 * of (graphology graphs for each of them cost more than their ForceAtlas2 runs): its nodes in
 * order, its edges in insertion order, and each node's edges in graphology's adjacency order, so
 * that every subnetwork, sum and matrix comes out in the order a graphology subgraph gave.
 */
interface Network {
  keys: string[];
  sources: number[];
  targets: number[];
  weights: number[];
  /** the edges of each node (indices into sources, targets, weights), in the graph's order */
  incident: number[][];
}

/** Edges as three parallel lists: ends (node indices of the run) and weight. */
interface EdgeList {
  sources: number[];
  targets: number[];
  weights: number[];
}

/**
 * Adds an undirected edge between nodes `a` and `b` (of `order`), or adds its weight to the edge
 * already between them: `at` maps each unordered pair to its edge's index.
 */
function addMergedEdge(edges: EdgeList, at: Map<number, number>, order: number, a: number, b: number, weight: number): void {
  const pair = Math.min(a, b) * order + Math.max(a, b);
  const existing = at.get(pair);
  if (existing !== undefined) edges.weights[existing] = edges.weights[existing]! + weight;
  else {
    at.set(pair, edges.sources.length);
    edges.sources.push(a);
    edges.targets.push(b);
    edges.weights.push(weight);
  }
}

/**
 * ForceAtlas2 over the nodes at `start` and `edges` until the nodes move on average less than
 * `tolerance` × the picture's size per iteration, or `maxIterations`; returns where they end
 * (fewer than two nodes stay where they are). The matrices are graphology-layout-forceatlas2's
 * (helpers.js graphToByteArrays: 32-bit, mass 1 + weighted degree). `mass` replaces that mass,
 * `balanced` first scales the start to the size at which the forces balance, `settings`
 * override the defaults of `settingsFor`.
 */
function runForceAtlas2(
  start: Point[],
  edges: EdgeList,
  maxIterations: number,
  tolerance: number,
  extra: {
    mass?: (index: number) => number;
    balanced?: boolean;
    settings?: Partial<ForceAtlas2Settings>;
  } = {},
): { positions: Point[]; iterations: number; converged: boolean } {
  const order = start.length;
  if (order < 2) return { positions: start, iterations: 0, converged: true };
  const stride = 10;
  const nodes = new Float32Array(order * stride);
  start.forEach(({ x, y }, index) => {
    const at = index * stride;
    nodes[at] = x;
    nodes[at + 1] = y;
    nodes[at + MASS] = 1;
    // convergence, size
    nodes[at + 7] = 1;
    nodes[at + 8] = 1;
  });
  const edgeMatrix = new Float32Array(edges.sources.length * 3);
  for (let edge = 0; edge < edges.sources.length; edge++) {
    const source = edges.sources[edge]! * stride;
    const target = edges.targets[edge]! * stride;
    const weight = edges.weights[edge] || 1;
    nodes[source + MASS] = nodes[source + MASS]! + weight;
    nodes[target + MASS] = nodes[target + MASS]! + weight;
    edgeMatrix[edge * 3] = source;
    edgeMatrix[edge * 3 + 1] = target;
    edgeMatrix[edge * 3 + 2] = weight;
  }
  const { mass } = extra;
  // the helper's mass is 1 + weighted degree: a super-node also repels with its members
  if (mass) for (let index = 0; index < order; index++) nodes[index * stride + MASS] = mass(index);
  const settings = { ...settingsFor(order), ...extra.settings };
  if (extra.balanced) balance(nodes, edgeMatrix, stride, settings);
  const checkEvery = 10;
  const previous = new Float32Array(order * 2);
  const snapshot = () => {
    for (let index = 0; index < order; index++) {
      previous[index * 2] = nodes[index * stride]!;
      previous[index * 2 + 1] = nodes[index * stride + 1]!;
    }
  };
  snapshot();
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    for (let step = 0; step < checkEvery; step++) iterate(settings, nodes, edgeMatrix);
    iterations += checkEvery;
    let moved = 0;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (let index = 0; index < order; index++) {
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
    if (moved / order / checkEvery / extent < tolerance) {
      converged = true;
      break;
    }
  }
  const positions = start.map((_, index) => ({ x: nodes[index * stride]!, y: nodes[index * stride + 1]! }));
  return { positions, iterations, converged };
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

/**
 * A laid-out cluster: positions relative to its centre, and the radius of the disc holding them
 * (node spacing about 1).
 */
interface Cluster {
  /** by node number (Network) */
  positions: Map<number, Point>;
  radius: number;
}

interface Limits {
  maxIterations: number;
  tolerance: number;
  depth: number;
  /** what the ForceAtlas2 runs did, added up */
  stats: { runs: number; iterations: number; converged: boolean };
}

function count(limits: Limits, run: { iterations: number; converged: boolean }): void {
  limits.stats.runs++;
  limits.stats.iterations += run.iterations;
  limits.stats.converged &&= run.converged;
}

/**
 * The edges of `network` among `members` (node numbers in key order), in the order a graphology
 * subgraph made by adding them member by member (each from its source) would hold them.
 */
function subnetwork(network: Network, members: number[]): number[] {
  const inside = new Set(members);
  const edges: number[] = [];
  for (const node of members) {
    for (const edge of network.incident[node]!) if (network.sources[edge] === node && inside.has(network.targets[edge]!)) edges.push(edge);
  }
  return edges;
}

/** `members` and their `edges` (subnetwork) as a graph of their own, for Louvain. */
function graphOf(network: Network, members: number[], edges: number[]): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const node of members) graph.addNode(network.keys[node]!);
  for (const edge of edges) graph.addEdge(network.keys[network.sources[edge]!]!, network.keys[network.targets[edge]!]!, { weight: network.weights[edge] });
  return graph;
}

/** The edges (subnetwork) with their ends as indices into `members`, for ForceAtlas2. */
function localEdges(network: Network, members: number[], edges: number[]): EdgeList {
  const local = new Map(members.map((node, index) => [node, index]));
  return {
    sources: edges.map((edge) => local.get(network.sources[edge]!)!),
    targets: edges.map((edge) => local.get(network.targets[edge]!)!),
    weights: edges.map((edge) => network.weights[edge]!),
  };
}

/** `count` points on a sunflower spiral of spacing 1 (the first at the centre). */
function sunflower(count: number): Point[] {
  return Array.from({ length: count }, (_, index) => {
    const radius = Math.sqrt(index + 0.5);
    return { x: radius * Math.cos(index * GOLDEN_ANGLE), y: radius * Math.sin(index * GOLDEN_ANGLE) };
  });
}

/**
 * Centres `positions` and scales them to a density of one node per unit disc (the mean squared
 * distance to the centre of n nodes evenly spread over a disc of radius √n), so that clusters
 * laid out apart share one scale.
 */
function normalise(positions: Map<number, Point>): Cluster {
  const count = positions.size;
  if (count === 0) return { positions, radius: 0 };
  let cx = 0, cy = 0;
  for (const { x, y } of positions.values()) {
    cx += x;
    cy += y;
  }
  cx /= count;
  cy /= count;
  let squares = 0;
  for (const { x, y } of positions.values()) squares += (x - cx) ** 2 + (y - cy) ** 2;
  const scale = count === 1 || squares === 0 ? 0 : Math.sqrt(count / 2 / (squares / count));
  const result = new Map<number, Point>();
  let radius = 0;
  for (const [node, { x, y }] of positions) {
    const point = { x: (x - cx) * scale, y: (y - cy) * scale };
    radius = Math.max(radius, Math.hypot(point.x, point.y));
    result.set(node, point);
  }
  return { positions: result, radius: radius + 0.5 };
}

/** ForceAtlas2 on `members` and their `edges` from a sunflower (the most connected at the centre), normalised. */
function forceCluster(network: Network, members: number[], edges: number[], limits: Limits): Cluster {
  const local = localEdges(network, members, edges);
  const strength = new Array<number>(members.length).fill(0);
  local.sources.forEach((source, edge) => {
    strength[source] = strength[source]! + local.weights[edge]!;
    strength[local.targets[edge]!] = strength[local.targets[edge]!]! + local.weights[edge]!;
  });
  const order = members.map((_, index) => index).sort((a, b) => strength[b]! - strength[a]! || compareStrings(network.keys[members[a]!]!, network.keys[members[b]!]!));
  const points = sunflower(order.length);
  const start = new Array<Point>(members.length);
  order.forEach((index, rank) => (start[index] = points[rank]!));
  const run = runForceAtlas2(start, local, Math.min(GROUP_ITERATIONS, limits.maxIterations), limits.tolerance);
  count(limits, run);
  return normalise(new Map(members.map((node, index) => [node, run.positions[index]!])));
}

/**
 * Pushes overlapping discs apart (each pair along the line of their centres, the smaller moving
 * more), pass after pass until none overlaps or the passes run out.
 */
function separateDiscs(centres: Point[], radii: number[], gap: number): void {
  const count = centres.length;
  for (let pass = 0; pass < 200; pass++) {
    let overlaps = 0;
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        const a = centres[i]!;
        const b = centres[j]!;
        const need = radii[i]! + radii[j]! + gap;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        // apart along one axis is apart (hypot is at least the larger side): most pairs, cheaply
        if (Math.abs(dx) >= need || Math.abs(dy) >= need) continue;
        let distance = Math.hypot(dx, dy);
        if (distance >= need) continue;
        overlaps++;
        if (distance < 1e-9) {
          // coincident: apart along a direction fixed by the pair
          dx = Math.cos((i + j) * GOLDEN_ANGLE);
          dy = Math.sin((i + j) * GOLDEN_ANGLE);
          distance = 1;
        } else {
          dx /= distance;
          dy /= distance;
        }
        const areaA = radii[i]! ** 2 + 1e-9;
        const areaB = radii[j]! ** 2 + 1e-9;
        const push = need - Math.min(distance, need);
        const shareA = areaB / (areaA + areaB);
        a.x -= dx * push * shareA;
        a.y -= dy * push * shareA;
        b.x += dx * push * (1 - shareA);
        b.y += dy * push * (1 - shareA);
      }
    }
    if (overlaps === 0) return;
  }
}

/**
 * Lays out `members` of `network` (sorted keys) as a disc: small groups by ForceAtlas2 directly;
 * larger ones split into Louvain communities (`partition`, or computed on their subgraph), each
 * laid out the same way, then the communities placed by ForceAtlas2 on the graph of communities
 * (weighted by the edges between them), pushed apart so that no two discs overlap, and each
 * turned (and mirrored if that fits better) so that its members face the communities they link to.
 * Each ForceAtlas2 run is over at most a few dozen nodes, so the whole costs about
 * n × LEAF_SIZE force computations per iteration instead of n² (or n log n with Barnes–Hut's
 * large constant), and every run settles in few iterations from its sunflower start.
 */
function layoutCluster(
  network: Network,
  members: number[],
  partition: Map<string, number> | null,
  random: () => number,
  limits: Limits,
): Cluster {
  const sub = subnetwork(network, members);
  if (members.length <= LEAF_SIZE || limits.depth > 6) return forceCluster(network, members, sub, limits);
  const groupOf = partition ?? new Map(Object.entries(sub.length > 0 ? louvain(graphOf(network, members, sub), { getEdgeWeight: 'weight', rng: random }) : {}));
  const byGroup = new Map<number, number[]>();
  for (const node of members) {
    const group = groupOf.get(network.keys[node]!) ?? -1;
    const list = byGroup.get(group);
    if (list) list.push(node);
    else byGroup.set(group, [node]);
  }
  const groups = [...byGroup.values()].sort((a, b) => b.length - a.length || compareStrings(network.keys[a[0]!]!, network.keys[b[0]!]!));
  // Louvain found no split: this group is laid out as one (Barnes–Hut above 300 nodes)
  if (groups.length === 1) return forceCluster(network, members, sub, limits);
  const children = groups.map((group) => layoutCluster(network, group, null, random, { ...limits, depth: limits.depth + 1 }));
  const indexOf = new Map<number, number>();
  groups.forEach((group, index) => group.forEach((node) => indexOf.set(node, index)));

  // the graph of communities, laid out from a sunflower (the largest at the centre); an edge
  // between two communities keeps the direction of the first edge that made it
  const between: EdgeList = { sources: [], targets: [], weights: [] };
  const betweenAt = new Map<number, number>();
  const crossing: Array<{ from: number; node: number; to: number; other: number; weight: number }> = [];
  for (const edge of sub) {
    const source = network.sources[edge]!;
    const target = network.targets[edge]!;
    const a = indexOf.get(source)!;
    const b = indexOf.get(target)!;
    if (a === b) continue;
    const weight = network.weights[edge]!;
    crossing.push({ from: a, node: source, to: b, other: target, weight }, { from: b, node: target, to: a, other: source, weight });
    addMergedEdge(between, betweenAt, groups.length, a, b, weight);
  }
  // a group also repels with its members; strong gravity keeps groups that cite no other group
  // (components of their own) near the rest instead of drifting away
  const run = runForceAtlas2(sunflower(groups.length), between, Math.min(GROUPS_ITERATIONS, limits.maxIterations), limits.tolerance, {
    mass: (index) => 1 + groups[index]!.length,
    settings: { strongGravityMode: true },
  });
  count(limits, run);
  const centres = run.positions;
  const radii = children.map((child) => child.radius);

  // scale so that a community typically just touches its nearest one, then remove overlaps
  const ratios: number[] = [];
  for (let i = 0; i < centres.length; i++) {
    let nearest = -1;
    let best = Infinity;
    for (let j = 0; j < centres.length; j++) {
      const distance = i === j ? Infinity : Math.hypot(centres[i]!.x - centres[j]!.x, centres[i]!.y - centres[j]!.y);
      if (distance < best) {
        best = distance;
        nearest = j;
      }
    }
    if (nearest >= 0 && best > 1e-9) ratios.push((radii[i]! + radii[nearest]! + CLUSTER_GAP) / best);
  }
  const scale = ratios.length > 0 ? ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)]! : 1;
  for (const centre of centres) {
    centre.x *= scale;
    centre.y *= scale;
  }
  separateDiscs(centres, radii, CLUSTER_GAP);

  // turn each community towards those it links to: the angle maximising Σ w (R p)·(direction to
  // the other end), in closed form; twice, the second time towards the ends' turned positions
  const turns = children.map(() => ({ cos: 1, sin: 0, mirror: false }));
  const placed = (index: number, node: number): Point => {
    const { x, y } = children[index]!.positions.get(node)!;
    const turn = turns[index]!;
    const my = turn.mirror ? -y : y;
    return { x: centres[index]!.x + x * turn.cos - my * turn.sin, y: centres[index]!.y + x * turn.sin + my * turn.cos };
  };
  for (let pass = 0; pass < 2; pass++) {
    const sums = children.map(() => ({ re: 0, im: 0, mirroredRe: 0, mirroredIm: 0 }));
    for (const { from, node, to, other, weight } of crossing) {
      const end = pass === 0 ? centres[to]! : placed(to, other);
      const dx = end.x - centres[from]!.x;
      const dy = end.y - centres[from]!.y;
      const length = Math.hypot(dx, dy) || 1;
      const { x, y } = children[from]!.positions.get(node)!;
      // p · conj(t) for p = x + iy and its mirror x − iy
      const sum = sums[from]!;
      const tx = dx / length;
      const ty = dy / length;
      sum.re += weight * (x * tx + y * ty);
      sum.im += weight * (y * tx - x * ty);
      sum.mirroredRe += weight * (x * tx - y * ty);
      sum.mirroredIm += weight * (-y * tx - x * ty);
    }
    sums.forEach((sum, index) => {
      const straight = Math.hypot(sum.re, sum.im);
      const mirrored = Math.hypot(sum.mirroredRe, sum.mirroredIm);
      if (Math.max(straight, mirrored) < 1e-9) return;
      const mirror = mirrored > straight * 1.0001;
      const re = mirror ? sum.mirroredRe : sum.re;
      const im = mirror ? sum.mirroredIm : sum.im;
      const length = Math.hypot(re, im);
      // the rotation e^{-i arg S} brings p · conj(t) onto the positive real axis
      turns[index] = { cos: re / length, sin: -im / length, mirror };
    });
  }

  const positions = new Map<number, Point>();
  groups.forEach((group, index) => group.forEach((node) => positions.set(node, placed(index, node))));
  let cx = 0, cy = 0;
  for (const { x, y } of positions.values()) {
    cx += x;
    cy += y;
  }
  cx /= positions.size;
  cy /= positions.size;
  let radius = 0;
  centres.forEach((centre, index) => (radius = Math.max(radius, Math.hypot(centre.x - cx, centre.y - cy) + radii[index]!)));
  for (const point of positions.values()) {
    point.x -= cx;
    point.y -= cy;
  }
  return { positions, radius };
}

/** Computes the layout of `graph` (or of its LayoutInput) without changing it. */
export function computeLayout(graph: KnowledgeGraph | LayoutInput, options: LayoutOptions = {}): GraphLayout {
  const input = isLayoutInput(graph) ? graph : layoutInputOf(graph);
  const { keys, kinds } = input;
  const random = seededRandom(options.seed ?? 1);
  const maxIterations = options.maxIterations ?? Infinity;
  const tolerance = options.tolerance ?? 0.0002;
  const positions = new Map<string, Point>();
  const stages: LayoutStage[] = [];

  // 1. the citation network
  const core = new Set<string>();
  for (const link of input.links) {
    if (link.kind === 'CITES' && link.source !== link.target && CITING_KINDS.has(kinds[link.source]!) && CITING_KINDS.has(kinds[link.target]!)) {
      core.add(keys[link.source]!);
      core.add(keys[link.target]!);
    }
  }
  const { graph: coreNetwork, network: citations } = citationNetwork(input, core);
  const communities = communitiesOf(coreNetwork, random);
  const stats = { runs: 0, iterations: 0, converged: true };
  const cluster = layoutCluster(citations, citations.keys.map((_, index) => index), communities, random, { maxIterations, tolerance, depth: 0, stats });
  const start = citations.keys.map((_, index) => cluster.positions.get(index)!);
  const refine = runForceAtlas2(start, citations, Math.min(REFINE_ITERATIONS, maxIterations), tolerance, { balanced: true });
  if (refine.iterations > 0) stats.runs++;
  stages.push({
    name: 'citation network',
    nodes: coreNetwork.order,
    edges: coreNetwork.size,
    iterations: stats.iterations + refine.iterations,
    converged: refine.converged,
    runs: stats.runs,
  });
  citations.keys.forEach((node, index) => positions.set(node, refine.positions[index]!));
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
  const network = new Map<string, string[]>();
  const join = (node: string, other: string) => {
    const list = network.get(node);
    if (list) list.push(other);
    else network.set(node, [other]);
  };
  for (const link of input.links) {
    if (link.source === link.target) continue;
    join(keys[link.source]!, keys[link.target]!);
    join(keys[link.target]!, keys[link.source]!);
  }
  const attached = new Set<string>();
  let frontier = [...core];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of network.get(node) ?? []) {
        if (core.has(other) || attached.has(other)) continue;
        attached.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  if (attached.size > 0) {
    const linked = (node: string): string[] => [...new Set(network.get(node))].sort(compareStrings);
    const step = coreBounds.extent / 50;
    // beside the centroid of what each is linked to and already placed, in key order, pass after
    // pass (so what hangs off what hangs off the network comes next); ForceAtlas2 here (2,801
    // nodes with the network held still) moved them little for most of the layout's time
    const pending = [...attached].sort(compareStrings);
    const links = new Map(pending.map((node) => [node, linked(node)]));
    let edges = 0;
    for (const [node, list] of links) edges += list.filter((other) => !attached.has(other) || compareStrings(node, other) < 0).length;
    for (let pass = 0; pass < 4 && pending.length > 0; pass++) {
      const left: string[] = [];
      for (const node of pending) {
        const centre = centroid(links.get(node)!);
        if (centre) positions.set(node, near(centre, step));
        else left.push(node);
      }
      pending.splice(0, pending.length, ...left);
    }
    for (const node of pending) positions.set(node, near({ x: 0, y: 0 }, coreBounds.extent / 2));
    stages.push({ name: 'bodies, threats, groups and cited documents', nodes: attached.size, edges, iterations: 0, converged: true });
  }

  // 3. the rest, beside what it is the text of, or among what it mentions / is mentioned by
  const bounds = boundsOf(positions.values());
  const rest: string[] = [];
  const restNumbers: number[] = [];
  keys.forEach((node, index) => {
    if (positions.has(node)) return;
    rest.push(node);
    restNumbers.push(index);
  });
  const { offsets, targets } = input.adjacency;
  /** the node's neighbours by any edge, each once, in key order */
  const neighbours = (index: number): string[] => {
    const list = Array.from(targets.subarray(offsets[index]!, offsets[index + 1]!)).sort((a, b) => a - b);
    return list.filter((other, at) => at === 0 || list[at - 1] !== other).map((other) => keys[other]!);
  };
  const step = bounds.extent / 80;
  let placedRest = 0;
  for (let pass = 0; pass < 3; pass++) {
    restNumbers.forEach((index, at) => {
      const node = rest[at]!;
      if (positions.has(node)) return;
      const textOf = input.textOf.get(index);
      const centre = centroid(textOf && textOf.length > 0 ? textOf.map((other) => keys[other]!) : neighbours(index));
      if (!centre) return;
      positions.set(node, near(centre, step));
      placedRest++;
    });
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
