/**
 * Citation tracing: what a resolution cites, transitively (its ancestry), what cites it (its
 * descendants), and the shortest citation path between two resolutions.
 */
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { ViewGraph } from './graph-types';

export interface Subgraph {
  nodes: Set<string>;
  edges: Set<string>;
  /** distance from the start, per node */
  depth: Map<string, number>;
  /** the node through which each node was first reached (one step nearer the start) */
  via: Map<string, string>;
  /** 'up' for what the start cites (its ancestry), 'down' for what cites it (its descendants) */
  side: Map<string, 'up' | 'down'>;
}

const isCitation = (graph: ViewGraph, edge: string) => graph.getEdgeAttribute(edge, 'kind') === 'CITES';

/** Breadth-first walk along CITES edges: 'out' follows what a node cites, 'in' what cites it. */
export function citationWalk(graph: ViewGraph, start: string, direction: 'out' | 'in', maxDepth: number): Subgraph {
  const result: Subgraph = { nodes: new Set([start]), edges: new Set(), depth: new Map([[start, 0]]), via: new Map(), side: new Map() };
  const side = direction === 'out' ? 'up' : 'down';
  let frontier = [start];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      const edges = direction === 'out' ? graph.outEdges(node) : graph.inEdges(node);
      for (const edge of edges) {
        if (!isCitation(graph, edge)) continue;
        const neighbour = direction === 'out' ? graph.target(edge) : graph.source(edge);
        result.edges.add(edge);
        if (!result.nodes.has(neighbour)) {
          result.nodes.add(neighbour);
          result.depth.set(neighbour, depth);
          result.via.set(neighbour, node);
          result.side.set(neighbour, side);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return result;
}

export function traceSubgraph(graph: ViewGraph, start: string, direction: 'ancestors' | 'descendants' | 'both', depth: number): Subgraph {
  if (!graph.hasNode(start)) return { nodes: new Set(), edges: new Set(), depth: new Map(), via: new Map(), side: new Map() };
  if (direction === 'ancestors') return citationWalk(graph, start, 'out', depth);
  if (direction === 'descendants') return citationWalk(graph, start, 'in', depth);
  const up = citationWalk(graph, start, 'out', depth);
  const down = citationWalk(graph, start, 'in', depth);
  // a node both above and below the start (a citation cycle) is listed on the side it is nearer
  const depths = new Map(down.depth);
  const via = new Map(down.via);
  const side = new Map(down.side);
  for (const [node, distance] of up.depth) {
    if (node !== start && depths.has(node) && depths.get(node)! <= distance) continue;
    depths.set(node, distance);
    if (node !== start) {
      via.set(node, up.via.get(node)!);
      side.set(node, 'up');
    }
  }
  return { nodes: new Set([...up.nodes, ...down.nodes]), edges: new Set([...up.edges, ...down.edges]), depth: depths, via, side };
}

export interface CitationPath {
  nodes: string[];
  edges: string[];
  /** true when the path follows citations in their direction (from cites … to) */
  directed: boolean;
}

/** The citation network alone (CITES edges), directed and undirected, built once per graph. */
export function citationGraphs(graph: ViewGraph): { directed: Graph; undirected: Graph } {
  const directed = new Graph({ type: 'directed' });
  const undirected = new Graph({ type: 'undirected' });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.kind !== 'CITES') return;
    for (const g of [directed, undirected]) {
      g.mergeNode(source);
      g.mergeNode(target);
    }
    directed.mergeEdgeWithKey(edge, source, target);
    if (!undirected.hasEdge(source, target)) undirected.addEdgeWithKey(edge, source, target);
  });
  return { directed, undirected };
}

/**
 * Shortest chain of citations from `from` to `to`: first following citations forwards, then
 * backwards, and failing both through citations in either direction (two texts citing a common one).
 */
export function citationPath(graph: ViewGraph, from: string, to: string, citations = citationGraphs(graph)): CitationPath | null {
  const { directed, undirected } = citations;
  if (!directed.hasNode(from) || !directed.hasNode(to) || from === to) return null;
  const edgesOf = (g: Graph, nodes: string[]) => nodes.slice(1).map((node, index) => g.edge(nodes[index]!, node)!);
  const forward = bidirectional(directed, from, to);
  if (forward) return { nodes: forward, edges: edgesOf(directed, forward), directed: true };
  const backward = bidirectional(directed, to, from);
  if (backward) {
    const nodes = [...backward].reverse();
    return { nodes, edges: edgesOf(directed, backward), directed: true };
  }
  const either = bidirectional(undirected, from, to);
  if (!either) return null;
  return { nodes: either, edges: edgesOf(undirected, either), directed: false };
}
