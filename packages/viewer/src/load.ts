/**
 * Loading a graph into the viewer: a graph.json (validated against the contract, errors naming
 * the file) or a GEXF file (Gephi's format, possibly from another tool). Missing display
 * attributes are filled in; positions saved in the file are kept.
 */
import Graph from 'graphology';
import { parse } from 'graphology-gexf/browser';
import { recordsOfText } from '@unkg/graph/graph-text';
import { graphFromRecords } from '@unkg/graph/records';
import { validateRecords } from '@unkg/graph/validate';
import type { ViewGraph } from './graph-types';
import { prepareGraph } from './prepare';
import { expandSkeletonEdges, type ViewSkeleton } from './skeleton';

export class GraphLoadError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'GraphLoadError';
  }
}

export interface LoadedGraph {
  graph: ViewGraph;
  /** departures from the graph contract: the graph is still shown, with a notice */
  warnings: string[];
}

/**
 * Structural faults (not a graph.json of contract 2, a line that is not JSON, a truncated file)
 * stop the load; contract problems (an edge between unexpected kinds, a missing attribute) are
 * reported but the graph is shown: a viewer that refuses a slightly-off graph helps nobody debug
 * it. The edges and their evidence (quotes included) are derived from the records, without the
 * Paragraph nodes (the page shows the entity graph).
 */
export function graphFromJson(text: string, file: string): LoadedGraph {
  let parsed;
  try {
    parsed = recordsOfText(text, file);
  } catch (error) {
    throw new GraphLoadError(file, (error as Error).message.replace(`${file}: `, ''));
  }
  const warnings = validateRecords(parsed.attributes as Record<string, unknown>, parsed.records);
  let graph: ViewGraph;
  try {
    graph = graphFromRecords(parsed.attributes, parsed.records, { paragraphs: false, quotes: 'all' }) as unknown as ViewGraph;
  } catch (error) {
    throw new GraphLoadError(file, `cannot be read as a graph (${(error as Error).message})`);
  }
  return { graph: prepareGraph(graph), warnings };
}

/** The server's evidence-less form of a graph.json (see skeleton.ts); the server has validated it. */
export function graphFromSkeleton(skeleton: ViewSkeleton, file: string): LoadedGraph {
  const graph: ViewGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  try {
    graph.import({ attributes: skeleton.attributes ?? {}, nodes: skeleton.nodes, edges: expandSkeletonEdges(skeleton) } as never);
  } catch (error) {
    throw new GraphLoadError(file, `cannot be read as a graph (${(error as Error).message})`);
  }
  return { graph: prepareGraph(graph), warnings: skeleton.warnings ?? [] };
}

/** GEXF parsing needs the DOM (graphology-gexf/browser uses DOMParser), so this runs in the page. */
export function graphFromGexf(text: string, file: string): LoadedGraph {
  let graph: ViewGraph;
  try {
    graph = parse(Graph, text, { addMissingNodes: true, allowUndeclaredAttributes: true }) as unknown as ViewGraph;
  } catch (error) {
    throw new GraphLoadError(file, `not a readable GEXF file (${(error as Error).message})`);
  }
  if (graph.order === 0) throw new GraphLoadError(file, 'the GEXF file has no nodes');
  graph.updateEachNodeAttributes((_node, attributes) => {
    // Our own GEXF export joins aliases with '|'; read them back as a list.
    if (typeof attributes.aliases === 'string') attributes.aliases = (attributes.aliases as string).split('|').filter(Boolean);
    if (typeof attributes.year === 'string' && /^\d{4}$/.test(attributes.year)) attributes.year = Number(attributes.year);
    return attributes;
  });
  graph.updateEachEdgeAttributes((_edge, attributes) => {
    if (typeof attributes.kind !== 'string') attributes.kind = 'LINK';
    if (typeof attributes.weight !== 'number') attributes.weight = 1;
    return attributes;
  });
  return { graph: prepareGraph(graph), warnings: [] };
}

