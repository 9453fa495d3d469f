/**
 * The graph as the viewer holds it: a graphology graph whose attributes follow the graph
 * contract when it comes from `unkg ingest`, and may be looser when a user opens a GEXF file.
 * Display attributes (x, y, size, color) live on the same nodes, as sigma expects.
 */
import type Graph from 'graphology';
import type { EvidenceItem as Evidence } from '@unkg/graph/types';

export interface ViewNodeAttributes {
  kind: string;
  label: string;
  symbol?: string;
  organ?: string;
  year?: number | null;
  date?: string | null;
  lang?: string;
  aliases?: string[];
  x: number;
  y: number;
  size: number;
  color: string;
  [name: string]: unknown;
}

export interface ViewEdgeAttributes {
  kind: string;
  weight: number;
  /** evidence items; absent until fetched when the graph came from the server's skeleton */
  evidence?: Evidence[];
  evidenceCount?: number;
  evidenceLangs?: string[];
  verbs?: string[];
  [name: string]: unknown;
}

export type ViewGraph = Graph<ViewNodeAttributes, ViewEdgeAttributes>;

/** Kinds not in the contract (a foreign GEXF, say) are shown as this. */
export const OTHER_KIND = 'Other';

/** Adoption year of a node: its `year`, else the year of its ISO `date`, else null. */
export function nodeYear(attributes: { year?: unknown; date?: unknown }): number | null {
  if (typeof attributes.year === 'number' && Number.isFinite(attributes.year)) return attributes.year;
  if (typeof attributes.year === 'string' && /^\d{4}$/.test(attributes.year)) return Number(attributes.year);
  if (typeof attributes.date === 'string') {
    const match = /^(\d{4})/.exec(attributes.date);
    if (match) return Number(match[1]);
  }
  return null;
}
