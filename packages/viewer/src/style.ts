/** Colours and sizes: colour by kind (with the legend's order), size by what a node receives. */
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ViewGraph } from './graph-types';
import type { SizeBy } from './state';

/** Tableau 10, assigned so the two main kinds (resolutions, bodies) contrast most. */
export const KIND_COLORS: Record<string, string> = {
  Resolution: '#4e79a7',
  Statement: '#76b7b2',
  Body: '#f28e2b',
  Threat: '#e15759',
  Group: '#b07aa1',
  State: '#59a14f',
  Person: '#edc948',
  Document: '#9c9c9c',
  Other: '#9c755f',
};

export const EDGE_COLORS: Record<string, string> = {
  CITES: '#9fb4cc',
  MANDATES: '#f6b877',
  ADDRESSES: '#ee9d9e',
  MENTIONS: '#d6d6d6',
  TEXT_OF: '#c9dfc4',
};

export const MUTED_NODE = '#e3e5e8';
export const MUTED_EDGE = '#eef0f2';

export const kindColor = (kind: string): string => KIND_COLORS[kind] ?? KIND_COLORS.Other!;
export const edgeColor = (kind: string): string => EDGE_COLORS[kind] ?? '#cccccc';

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
