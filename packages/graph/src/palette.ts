/**
 * Colours by kind, one palette for every view of the graph: the viewer draws with it and the
 * GEXF/GraphML exports carry it, so a graph looks the same in unkg and in Gephi.
 * Tableau 10, assigned so the two main kinds (resolutions, bodies) contrast most.
 */
export const KIND_COLORS: Readonly<Record<string, string>> = {
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

export const EDGE_COLORS: Readonly<Record<string, string>> = {
  CITES: '#9fb4cc',
  MANDATES: '#f6b877',
  ADDRESSES: '#ee9d9e',
  MENTIONS: '#d6d6d6',
  TEXT_OF: '#c9dfc4',
};

export const kindColor = (kind: string): string => KIND_COLORS[kind] ?? KIND_COLORS.Other!;
export const edgeColor = (kind: string): string => EDGE_COLORS[kind] ?? '#cccccc';
