/**
 * graph.json for in-memory graphs: `serializeGraph` writes the canonical text (records sorted by
 * key, object keys sorted, one record per line), `parseGraph` reads one back. For small graphs
 * (tests, tools, the browser); `unkg ingest` and every command stream the file (graph-file.ts).
 */
import { graphText, recordsOfText, GraphFileError } from './graph-text';
import type { KnowledgeGraph } from './model';
import { graphFromRecords, recordsFromGraph, type GraphFromRecordsOptions } from './records';
import { validateRecords } from './validate';

export { GraphFileError } from './graph-text';
export { readGraphFile, GraphFile, GraphFileWriter, writeGraphFile } from './graph-file';

export function serializeGraph(graph: KnowledgeGraph): string {
  return graphText(graph.getAttributes(), recordsFromGraph(graph));
}

/** Parses and checks a graph.json text; `file` names it in errors. Paragraph nodes included by default. */
export function parseGraph(text: string, file = 'graph.json', options: GraphFromRecordsOptions = {}): KnowledgeGraph {
  const { attributes, records } = recordsOfText(text, file);
  const problems = validateRecords(attributes as Record<string, unknown>, records);
  if (problems.length > 0) {
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    throw new GraphFileError(file, `does not follow the graph contract: ${problems.slice(0, 5).join('; ')}${more}`);
  }
  return graphFromRecords(attributes, records, options);
}
