/**
 * graph.json reading and writing. Output is canonical (nodes and edges sorted by key, object
 * keys sorted, one node or edge per line) so the same input gives a byte-identical,
 * diff-friendly file.
 */
import { readFileSync } from 'node:fs';
import { compareStrings, createGraph, sortEvidence, type KnowledgeGraph } from './model';
import type { SerializedGraph } from './types';
import { validateGraph } from './validate';

export function exportGraph(graph: KnowledgeGraph): SerializedGraph {
  sortEvidence(graph);
  const data = graph.export() as unknown as SerializedGraph;
  data.nodes.sort((a, b) => compareStrings(a.key, b.key));
  data.edges.sort((a, b) => compareStrings(a.key, b.key));
  for (const edge of data.edges) delete (edge as { undirected?: boolean }).undirected;
  return data;
}

export function serializeGraph(graph: KnowledgeGraph): string {
  const data = exportGraph(graph);
  const line = (value: unknown) => JSON.stringify(canonical(value));
  const list = (items: unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map(line).join(',\n')}\n]`;
  return (
    `{"options":${line(data.options)},\n"attributes":${line(data.attributes)},\n` +
    `"nodes":${list(data.nodes)},\n"edges":${list(data.edges)}}\n`
  );
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareStrings)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = canonical(item);
    }
    return out;
  }
  return value;
}

export class GraphFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'GraphFileError';
  }
}

/** Parses and validates a graph.json text; `file` names it in errors. */
export function parseGraph(text: string, file = 'graph.json'): KnowledgeGraph {
  let data: SerializedGraph;
  try {
    data = JSON.parse(text) as SerializedGraph;
  } catch (error) {
    throw new GraphFileError(file, `not valid JSON (${(error as Error).message})`);
  }
  const problems = validateGraph(data);
  if (problems.length > 0) {
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    throw new GraphFileError(file, `does not follow the graph contract: ${problems.slice(0, 5).join('; ')}${more}`);
  }
  const graph = createGraph();
  graph.import(data as never);
  return graph;
}

export function readGraphFile(file: string): KnowledgeGraph {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new GraphFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseGraph(text, file);
}
