/** Colours and sizes: colour by kind (with the legend's order), size by what a node receives. */
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ViewGraph } from './graph-types';
import type { SizeBy } from './state';

export { EDGE_COLORS, KIND_COLORS, edgeColor, kindColor } from '@unkg/graph/palette';

export const MUTED_NODE = '#e3e5e8';
export const MUTED_EDGE = '#eef0f2';


/** Edge kinds that count as something a node "receives" (citations, mandates, being addressed). */
const RECEIVED_KINDS = new Set(['CITES', 'MANDATES', 'ADDRESSES']);

/** Citations (and mandates) received: the summed weight of incoming CITES/MANDATES/ADDRESSES edges. */
export function receivedWeights(graph: ViewGraph): Map<string, number> {
  const scores = new Map<string, number>();
  graph.forEachNode((node) => scores.set(node, 0));
  graph.forEachEdge((_edge, attributes, _source, target) => {
    if (RECEIVED_KINDS.has(attributes.kind)) scores.set(target, (scores.get(target) ?? 0) + (attributes.weight || 1));
  });
  return scores;
}

/** PageRank over the citation and mandate network (mentions would make every press release central). */
export function pagerankScores(graph: ViewGraph): Map<string, number> {
  const network = graph.emptyCopy();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (RECEIVED_KINDS.has(attributes.kind)) network.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  const ranks = pagerank(network, { getEdgeWeight: 'weight' });
  return new Map(Object.entries(ranks));
}

const MIN_SIZE = 3;
const MAX_SIZE = 22;

/** Maps scores to node sizes on a square-root scale, so areas grow roughly with the score. */
export function sizesFrom(scores: Map<string, number>): Map<string, number> {
  let max = 0;
  for (const value of scores.values()) max = Math.max(max, value);
  const sizes = new Map<string, number>();
  for (const [node, value] of scores) sizes.set(node, max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(value / max) : MIN_SIZE + 2);
  return sizes;
}

export function nodeSizes(graph: ViewGraph, sizeBy: SizeBy): Map<string, number> {
  if (sizeBy === 'uniform') return new Map(graph.mapNodes((node) => [node, 5] as const));
  return sizesFrom(sizeBy === 'pagerank' ? pagerankScores(graph) : receivedWeights(graph));
}
