/**
 * Mandates: which resolutions address a body (by year, with the clause verbs), and which
 * bodies a resolution addresses.
 */
import { nodeYear, type ViewGraph } from './graph-types';

export interface MandateLink {
  /** the resolution (for a body) or the body (for a resolution) */
  node: string;
  label: string;
  year: number | null;
  /** distinct clause verbs of the evidence, in order of frequency */
  verbs: string[];
  paragraphs: string[];
  edge: string;
}

function verbsOf(graph: ViewGraph, edge: string): { verbs: string[]; paragraphs: string[] } {
  const counts = new Map<string, number>();
  const paragraphs = new Set<string>();
  for (const item of graph.getEdgeAttribute(edge, 'evidence') ?? []) {
    if (item.verb) counts.set(item.verb, (counts.get(item.verb) ?? 0) + 1);
    if (item.paragraph) paragraphs.add(item.paragraph);
  }
  const verbs = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([verb]) => verb);
  // Evidence not fetched yet: the skeleton's verb summary.
  if (counts.size === 0) return { verbs: graph.getEdgeAttribute(edge, 'verbs') ?? [], paragraphs: [] };
  const byNumber = (a: string, b: string) => parseInt(a, 10) - parseInt(b, 10) || (a < b ? -1 : a > b ? 1 : 0);
  return { verbs, paragraphs: [...paragraphs].sort(byNumber) };
}

function link(graph: ViewGraph, edge: string, other: string): MandateLink {
  const attributes = graph.getNodeAttributes(other);
  return { node: other, label: attributes.label || other, year: nodeYear(attributes), edge, ...verbsOf(graph, edge) };
}

const byYearThenLabel = (a: MandateLink, b: MandateLink) =>
  (a.year ?? Infinity) - (b.year ?? Infinity) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** For a body: the resolutions mandating it, grouped by adoption year (years ascending, unknown last). */
export function mandatesOfBody(graph: ViewGraph, body: string): Array<{ year: number | null; links: MandateLink[] }> {
  const links = graph
    .inEdges(body)
    .filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'MANDATES')
    .map((edge) => link(graph, edge, graph.source(edge)))
    .sort(byYearThenLabel);
  const groups: Array<{ year: number | null; links: MandateLink[] }> = [];
  for (const item of links) {
    const last = groups[groups.length - 1];
    if (last && last.year === item.year) last.links.push(item);
    else groups.push({ year: item.year, links: [item] });
  }
  return groups;
}

/** For a resolution: the bodies it mandates, with the verbs. */
export function bodiesMandatedBy(graph: ViewGraph, resolution: string): MandateLink[] {
  return graph
    .outEdges(resolution)
    .filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'MANDATES')
    .map((edge) => link(graph, edge, graph.target(edge)))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
