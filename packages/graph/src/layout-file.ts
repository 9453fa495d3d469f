/**
 * The layout (layout.ts) of graph.json's records, without a graph of the whole: what each record
 * gives the layout (`recordLinks`: its kind, what it is the text of, its edges and their evidence
 * counts; no text and no evidence) is gathered in a `LayoutSkeleton`, which makes the layout's
 * input (node numbers and an adjacency of integers), and `placedLine` writes a record's position
 * into its line. `unkg ingest` and `unkg merge` gather the links while the files are processed
 * (assemble.ts) and write each record once, with its position; `layoutGraphFile` lays out a
 * written file (read once for the skeleton, once to write it again). Paragraph nodes are not
 * placed (they are not records; readers show them through their document). Deterministic like
 * the layout itself: the same records give the same bytes.
 */
import { GraphFile, GraphFileWriter } from './graph-file';
import { edgeKey } from './keys';
import { AdjacencyBuilder, computeLayout, type GraphLayout, type LayoutInput, type LayoutLink, type LayoutOptions } from './layout';
import { compareStrings } from './model';
import { parseRecordLine } from './graph-text';
import { canonical, encodeRecord, forEachRecordEdge, isDocumentRecord, type GraphRecord } from './records';
import type { EvidenceKind, NodeAttributes } from './types';

/** What a document record gives the layout. */
export interface RecordLinks {
  kind: string;
  /** the symbols it is a text of (its TEXT_OF edges), in order */
  textOf: string[];
  /** the targets of its MENTIONS edges, each once */
  mentions: string[];
  /** its CITES, MANDATES and ADDRESSES edges, each once in the order met, with their evidence items */
  links: Array<[kind: EvidenceKind, source: string, target: string, items: number]>;
}

/** The links of a record (an ingested document's; any other record has none). */
export function recordLinks(record: GraphRecord): RecordLinks {
  const result: RecordLinks = { kind: record.attributes.kind, textOf: [], mentions: [], links: [] };
  if (!isDocumentRecord(record)) return result;
  result.textOf = [...(record.attributes.textOf ?? [])];
  const mentioned = new Set<string>();
  const at = new Map<string, number>();
  forEachRecordEdge(record, (kind, source, target) => {
    if (kind === 'MENTIONS') {
      mentioned.add(target);
      return;
    }
    const key = edgeKey(kind, source, target);
    const index = at.get(key);
    if (index === undefined) {
      at.set(key, result.links.length);
      result.links.push([kind, source, target, 1]);
    } else result.links[index]![3]++;
  });
  result.mentions = [...mentioned];
  return result;
}

/**
 * The records' nodes and links, gathered in any order, and the layout's input made from them:
 * nodes in key order, TEXT_OF, CITES, MANDATES and ADDRESSES edges (weights summed over the
 * documents), MENTIONS edges in the adjacency only; an edge whose end is no record is left out.
 * A key given as a document twice keeps the links of the smallest rank (the assembler keeps the
 * first file of a key). Node keys are shared, so a document costs its links' pointers.
 */
export class LayoutSkeleton {
  private readonly nodes = new Map<string, string>();
  private readonly documents = new Map<string, { rank: number; links: RecordLinks }>();
  private readonly names = new Map<string, string>();

  private name(key: string): string {
    const known = this.names.get(key);
    if (known !== undefined) return known;
    this.names.set(key, key);
    return key;
  }

  addNode(key: string, kind: string): void {
    this.nodes.set(key, kind);
  }

  addDocument(key: string, links: RecordLinks, rank = 0): void {
    const known = this.documents.get(key);
    if (known && known.rank <= rank) return;
    const name = (value: string) => this.name(value);
    this.documents.set(key, {
      rank,
      links: {
        kind: links.kind,
        textOf: links.textOf.map(name),
        mentions: links.mentions.map(name),
        links: links.links.map(([kind, source, target, items]) => [kind, name(source), name(target), items]),
      },
    });
  }

  /** The documents gathered: key, rank, links (for shard files). */
  *documentLinks(): Generator<[key: string, rank: number, links: RecordLinks]> {
    for (const [key, { rank, links }] of this.documents) yield [key, rank, links];
  }

  /** The layout's input. */
  input(): LayoutInput {
    const keys = [...this.nodes.keys()];
    for (const key of this.documents.keys()) if (!this.nodes.has(key)) keys.push(key);
    keys.sort(compareStrings);
    const number = new Map(keys.map((key, index) => [key, index]));
    const kinds = keys.map((key) => this.documents.get(key)?.links.kind ?? this.nodes.get(key)!);
    const textOf = new Map<number, number[]>();
    const adjacency = new AdjacencyBuilder(keys.length);
    const weighted = new Map<string, LayoutLink>();
    keys.forEach((key, from) => {
      const document = this.documents.get(key);
      if (!document) return;
      for (const symbol of document.links.textOf) {
        const to = number.get(symbol);
        if (to === undefined) continue;
        adjacency.add(from, to);
        const list = textOf.get(from);
        if (list) list.push(to);
        else textOf.set(from, [to]);
      }
      for (const target of document.links.mentions) {
        const to = number.get(target);
        if (to !== undefined && to !== from) adjacency.add(from, to);
      }
      for (const [kind, source, target, items] of document.links.links) {
        const edge = edgeKey(kind, source, target);
        const link = weighted.get(edge);
        if (link) link.weight += items;
        else if (number.has(source) && number.has(target)) weighted.set(edge, { key: edge, kind, source: number.get(source)!, target: number.get(target)!, weight: items });
      }
    });
    const links = [...weighted.values()];
    for (const link of links) if (link.source !== link.target) adjacency.add(link.source, link.target);
    return { keys, kinds, links, textOf, adjacency: adjacency.build() };
  }
}

/** The layout's input of a graph.json (its records read once). */
export function skeletonOfFile(file: GraphFile): LayoutInput {
  const skeleton = new LayoutSkeleton();
  for (const record of file.records()) {
    if (isDocumentRecord(record)) skeleton.addDocument(record.key, recordLinks(record));
    else skeleton.addNode(record.key, record.attributes.kind);
  }
  return skeleton.input();
}

/** A record's attributes with its place in the layout: `x`, `y`, and `community` (a stale one dropped). */
export function placedAttributes(key: string, attributes: NodeAttributes, layout: GraphLayout): NodeAttributes {
  const position = layout.positions.get(key);
  if (!position) throw new Error(`the layout has no position for ${key}`);
  const placed = { ...attributes, x: position.x, y: position.y } as NodeAttributes & { community?: number };
  const community = layout.communities.get(key);
  if (community === undefined) delete placed.community;
  else placed.community = community;
  return placed;
}

/**
 * A record's graph.json line with its place in the layout. The line is canonical
 * (records.ts encodeRecord): its attributes come first, so only they are encoded again and the
 * rest of the line (the paragraphs) is copied as it is; a line of another shape is parsed whole.
 */
export function placedLine(key: string, line: string, layout: GraphLayout): string {
  const prefix = '{"attributes":';
  const end = line.indexOf(',"key":');
  if (line.startsWith(prefix) && end > 0) {
    const head = line.slice(prefix.length, end);
    let attributes: NodeAttributes | null = null;
    try {
      attributes = JSON.parse(head) as NodeAttributes;
    } catch {
      // a "key" member inside the attributes: parsed whole below
    }
    if (attributes && JSON.stringify(canonical(attributes)) === head) {
      return `${prefix}${JSON.stringify(canonical(placedAttributes(key, attributes, layout)))}${line.slice(end)}`;
    }
  }
  const record = JSON.parse(line) as GraphRecord;
  return encodeRecord({ ...record, attributes: placedAttributes(key, record.attributes, layout) });
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
    for (const line of file.lines()) writer.writeLine(placedLine(parseRecordLine(line.text, path, line.lineNumber).key, line.text, layout));
  } catch (error) {
    writer.abort();
    throw error;
  }
  writer.close();
  return { layout, bytes: writer.bytes };
}
