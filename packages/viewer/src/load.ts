/**
 * Loading a graph into the viewer: a graph.json (validated against the contract, errors naming
 * the file) or a GEXF file (Gephi's format, possibly from another tool). Missing display
 * attributes are filled in; positions saved in the file are kept.
 */
import Graph from 'graphology';
import { parse } from 'graphology-gexf/browser';
import { validateGraph } from '@unkg/graph/validate';
import type { SerializedGraph } from '@unkg/graph/types';
import type { ViewGraph } from './graph-types';
import { prepareGraph } from './prepare';

export class GraphLoadError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'GraphLoadError';
  }
}

export function graphFromJson(text: string, file: string): ViewGraph {
  let data: SerializedGraph;
  try {
    data = JSON.parse(text) as SerializedGraph;
  } catch (error) {
    throw new GraphLoadError(file, `not valid JSON (${(error as Error).message})`);
  }
  const problems = validateGraph(data);
  if (problems.length > 0) {
    throw new GraphLoadError(file, `does not follow the graph contract: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`);
  }
  const graph: ViewGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  graph.import(data as never);
  return prepareGraph(graph);
}

/** GEXF parsing needs the DOM (graphology-gexf/browser uses DOMParser), so this runs in the page. */
export function graphFromGexf(text: string, file: string): ViewGraph {
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
  return prepareGraph(graph);
}

