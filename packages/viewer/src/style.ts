/** Colours and sizes: colour by kind (with the legend's order), size by what a node receives. */
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ViewGraph } from './graph-types';
import type { ColorBy, SizeBy } from './state';

import { kindColor } from '@unkg/graph/palette';

export { EDGE_COLORS, KIND_COLORS, edgeColor, kindColor } from '@unkg/graph/palette';

export const MUTED_NODE = '#e3e5e8';
export const MUTED_EDGE = '#eef0f2';

/** Edges of a highlighted selection, trace or path: darker than at rest, by kind. */
export const HIGHLIGHT_EDGE_COLORS: Readonly<Record<string, string>> = {
  CITES: '#2f5f98',
  MANDATES: '#d9711c',
  ADDRESSES: '#c23b3d',
  MENTIONS: '#7f7f7f',
  TEXT_OF: '#4f8f45',
};
export const highlightEdgeColor = (kind: string): string => HIGHLIGHT_EDGE_COLORS[kind] ?? '#6b7785';

/**
 * Communities of the citation network (graph.json's `community`, 0 the largest): a qualitative
 * palette kept apart from the kind colours' blues; communities past it share a grey.
 */
export const COMMUNITY_COLORS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#b15928', '#6a3d9a', '#33a02c', '#fb9a99'];
export const OTHER_COMMUNITY_COLOR = '#aab4be';
export const communityColor = (community: number): string => COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY_COLOR;

/** A node's colour: its community's when colouring by community and it has one, else its kind's. */
export function nodeColor(attributes: { kind: string; community?: unknown }, colorBy: ColorBy): string {
  if (colorBy === 'community' && typeof attributes.community === 'number') return communityColor(attributes.community);
  return kindColor(attributes.kind);
}


/** Edge kinds that count as something a node "receives" (citations, mandates, being addressed). */
const RECEIVED_KINDS = new Set(['CITES', 'MANDATES', 'ADDRESSES']);

/**
 * Citations (and mandates) received: how many resolutions and statements cite (or mandate, or
 * address) the node, i.e. its incoming CITES/MANDATES/ADDRESSES edges. Edges, not evidence
 * items: a resolution citing another in six languages and three paragraphs counts once.
 */
export function receivedWeights(graph: ViewGraph): Map<string, number> {
  const scores = new Map<string, number>();
  graph.forEachNode((node) => scores.set(node, 0));
  graph.forEachEdge((_edge, attributes, _source, target) => {
    if (RECEIVED_KINDS.has(attributes.kind)) scores.set(target, (scores.get(target) ?? 0) + 1);
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

export const MIN_SIZE = 2.5;
export const MAX_SIZE = 16;

/** Maps scores to node sizes on a square-root scale, so areas grow roughly with the score. */
export function sizesFrom(scores: Map<string, number>): Map<string, number> {
  let max = 0;
  for (const value of scores.values()) max = Math.max(max, value);
  const sizes = new Map<string, number>();
  for (const [node, value] of scores) sizes.set(node, sizeForScore(value, max));
  return sizes;
}

/** Degree over citations, mandates and addresses, both ways (mentions would crown the press releases). */
export function networkDegrees(graph: ViewGraph): Map<string, number> {
  const scores = new Map<string, number>();
  graph.forEachNode((node) => scores.set(node, 0));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!RECEIVED_KINDS.has(attributes.kind)) return;
    scores.set(source, scores.get(source)! + 1);
    scores.set(target, scores.get(target)! + 1);
  });
  return scores;
}

export function nodeScores(graph: ViewGraph, sizeBy: SizeBy): Map<string, number> {
  if (sizeBy === 'uniform') return new Map(graph.mapNodes((node) => [node, 0] as const));
  if (sizeBy === 'degree') return networkDegrees(graph);
  return sizeBy === 'pagerank' ? pagerankScores(graph) : receivedWeights(graph);
}

export function nodeSizes(graph: ViewGraph, sizeBy: SizeBy): Map<string, number> {
  if (sizeBy === 'uniform') return new Map(graph.mapNodes((node) => [node, 4] as const));
  return sizesFrom(nodeScores(graph, sizeBy));
}

/** The size a score gets, given the largest score (for the size legend). */
export function sizeForScore(score: number, max: number): number {
  return max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(score / max) : MIN_SIZE + 2;
}
