/**
 * The layout (layout.ts) of a graph.json written as a stream: the assembler writes the records
 * without positions, then `layoutGraphFile` reads the file's skeleton (nodes with their kind,
 * edges with their kind and weight, no text and no evidence), computes the layout and writes the
 * records again with `x`, `y` and `community`. Paragraph nodes are not placed (they are not
 * records; readers show them through their document). Memory: the skeleton, never the text.
 * Deterministic like the layout itself: the same file gives the same bytes.
 */
import { GraphFile, GraphFileWriter } from './graph-file';
import { edgeKey } from './keys';
import { computeLayout, type GraphLayout, type LayoutOptions } from './layout';
import { createGraph } from './model';
import { parseRecordLine } from './graph-text';
import { canonical, forEachRecordEdge } from './records';
import type { EdgeKind } from './types';

/** The nodes and edges of a graph.json, without paragraphs, text or evidence: what the layout reads. */
export function skeletonOfFile(file: GraphFile) {
  const graph = createGraph(file.attributes);
  const weights = new Map<string, { kind: EdgeKind; source: string; target: string; weight: number }>();
  const plain: Array<[EdgeKind, string, string]> = [];
  for (const record of file.records()) {
    graph.addNode(record.key, { kind: record.attributes.kind } as never);
    forEachRecordEdge(
      record,
      (kind, source, target) => {
        const key = edgeKey(kind, source, target);
        const edge = weights.get(key);
        if (edge) edge.weight++;
        else weights.set(key, { kind, source, target, weight: 1 });
      },
      (kind, source, target) => {
        if (kind === 'TEXT_OF') plain.push([kind, source, target]);
      },
    );
  }
  for (const [kind, source, target] of plain) {
    if (graph.hasNode(target)) graph.addDirectedEdgeWithKey(edgeKey(kind, source, target), source, target, { kind, weight: 1 });
  }
  for (const [key, edge] of weights) {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target))
      graph.addDirectedEdgeWithKey(key, edge.source, edge.target, { kind: edge.kind, weight: edge.weight } as never);
  }
  return graph;
}

/**
 * Lays out the graph in `path` and rewrites it with every record's `x`, `y` (and `community` for
 * the citation network; a stale one is dropped). Returns the layout and the bytes written.
 */
export function layoutGraphFile(path: string, options: LayoutOptions = {}): { layout: GraphLayout; bytes: number } {
  const file = GraphFile.open(path);
  const layout = computeLayout(skeletonOfFile(file), options);
  const writer = new GraphFileWriter(path, file.attributes);
  try {
    for (const line of file.lines()) {
      const record = parseRecordLine(line.text, path, line.lineNumber);
      const position = layout.positions.get(record.key)!;
      const attributes = { ...record.attributes, x: position.x, y: position.y } as typeof record.attributes & { community?: number };
      const community = layout.communities.get(record.key);
      if (community === undefined) delete attributes.community;
      else attributes.community = community;
      // the line is canonical (records.ts encodeRecord): its attributes come first, so only they
      // are encoded again and the rest of the line (the paragraphs) is copied as it is
      const head = `{"attributes":${JSON.stringify(canonical(record.attributes))}`;
      if (line.text.startsWith(head)) writer.writeLine(`{"attributes":${JSON.stringify(canonical(attributes))}${line.text.slice(head.length)}`);
      else writer.writeRecord({ ...record, attributes });
    }
  } catch (error) {
    writer.abort();
    throw error;
  }
  writer.close();
  return { layout, bytes: writer.bytes };
}
