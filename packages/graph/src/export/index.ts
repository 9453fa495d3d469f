/**
 * Exports for other tools: GEXF and GraphML (Gephi, Cytoscape, yEd…), CSV for
 * `neo4j-admin database import`, and a Cypher script. `writeExport(graph, format, outPath)` is
 * what `unkg export` and `unkg ingest --export` call.
 */
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { GraphFile, recordSource, validatedRecords } from '../graph-file';
import { parseRecordLine } from '../graph-text';
import { edgeKey } from '../keys';
import { layoutGraph } from '../layout';
import { compareStrings, createGraph, type KnowledgeGraph } from '../model';
import { quoteOf } from '../quote';
import { forEachRecordEdge, recordsFromGraph, type GraphRecord } from '../records';
import type { EdgeAttributes, EdgeKind } from '../types';
import { ColumnTypes, EvidenceSummary, flatNode, flattenEdgeAttributes, flattenNodeAttributes, type FlatEdge, type FlatNode } from './flatten';
import { cypherLines } from './cypher';
import { importArguments, shellQuote, writeNeo4jCsvDirectory, type CsvFileNames } from './csv';
import { gexfDescription, gexfLines, gexfValues, graphGexfLines } from './gexf';
import { graphmlDocument, graphmlLines } from './graphml';

export { exportGexf, gexfLines, graphGexfLines, type GexfHeader, type GexfOptions } from './gexf';
export { exportGraphml, graphmlDocument, graphmlLines, type GraphmlHeader, type GraphmlOptions } from './graphml';
export {
  exportNeo4jCsv,
  exportNeo4jCsvRecords,
  writeNeo4jCsvDirectory,
  importArguments,
  importCommand,
  ARRAY_DELIMITER,
  type Neo4jCsvExport,
  type CsvFile,
  type CsvFileNames,
} from './csv';
export { exportCypher, cypherLines, cypherString, cypherValue } from './cypher';
export * from './flatten';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Where an export goes by default: beside the graph file (`graph.gexf`, `graph-neo4j-import/`…). */
export function defaultExportPath(graphFile: string, format: ExportFormat): string {
  const stem = join(dirname(graphFile), basename(graphFile, extname(graphFile)));
  switch (format) {
    case 'gexf':
      return `${stem}.gexf`;
    case 'graphml':
      return `${stem}.graphml`;
    case 'cypher':
      return `${stem}.cypherl`;
    case 'csv':
      return `${stem}-neo4j-import`;
  }
}

export interface ExportResult {
  format: ExportFormat;
  /** the file written, or the directory for csv */
  path: string;
  /** every file written */
  files: string[];
}

/** Writes `graph` as `format` to `outPath` (a file; a directory for csv). */
export function writeExport(graph: KnowledgeGraph, format: ExportFormat, outPath: string): ExportResult {
  if (format === 'gexf') return writeLines(format, outPath, graphGexfLines(graph));
  if (format === 'graphml') return writeLines(format, outPath, graphmlLines(graph));
  const records = recordsFromGraph(graph);
  return writeRecords(() => records, format, outPath);
}

/**
 * Writes the graph of a graph.json as `format`, streaming the file: memory does not hold the
 * graph. CSV and Cypher in three passes (memory bounded by the entity relationships); GEXF and
 * GraphML, which carry the entity graph with each edge's evidence summarised, in two (see
 * `EntityPass`).
 */
export function writeExportFromFile(graphFile: string, format: ExportFormat, outPath: string): ExportResult & { nodes?: number; edges?: number } {
  if (format === 'gexf' || format === 'graphml') {
    const file = GraphFile.open(graphFile);
    const pass = new EntityPass(file);
    if (!pass.hasLayout) {
      // a graph.json written without a layout (an older one): laid out here in memory, so Gephi opens it placed
      const graph = summaryGraph(GraphFile.open(graphFile));
      layoutGraph(graph);
      const written = writeLines(format, outPath, format === 'gexf' ? graphGexfLines(graph) : graphmlLines(graph));
      return { ...written, nodes: graph.order, edges: graph.size };
    }
    const written = writeLines(format, outPath, format === 'gexf' ? pass.gexfLines() : pass.graphmlLines());
    return { ...written, nodes: pass.nodeCount, edges: pass.edgeCount };
  }
  return writeRecords(recordSource(GraphFile.open(graphFile)), format, outPath);
}

interface SummaryEdge {
  kind: EdgeKind;
  source: string;
  target: string;
  summary?: EvidenceSummary;
}

/**
 * GEXF and GraphML from a graph.json in two passes over the file. The first (validating) collects
 * what the file's header declares and what a node needs from elsewhere: the attribute columns and
 * their types, whether every node is placed, each node's weighted degree (its size), and each
 * entity edge with its evidence summarised (count, documents, sections, paragraphs, verbs, first
 * quote; a resolution's edges gather the items of all its language versions, so they are complete
 * only at the end of the file). The second writes the nodes as their records stream past, then the
 * edges in key order. Memory: a number per node and a summary per entity edge, never the node
 * attributes, the paragraphs or the evidence items, and the file is written in 1 MB pieces.
 */
export class EntityPass {
  readonly nodeColumns = new ColumnTypes();
  readonly gexfNodeColumns = new ColumnTypes();
  readonly edgeColumns = new ColumnTypes();
  readonly gexfEdgeColumns = new ColumnTypes();
  readonly degrees = new Map<string, number>();
  readonly edges = new Map<string, SummaryEdge>();
  readonly textOf: Array<{ key: string; source: string; target: string }> = [];
  hasLayout = true;
  nodeCount = 0;
  mentionCount = 0;
  mentionsInOrder = true;
  private readonly name: unknown;

  constructor(private readonly file: GraphFile) {
    this.name = file.attributes.name;
    const addDegree = (node: string, weight: number): void => {
      this.degrees.set(node, (this.degrees.get(node) ?? 0) + weight);
    };
    const count = (source: string, target: string, weight: number): void => {
      addDegree(source, weight);
      if (target !== source) addDegree(target, weight); // a self-loop counts once, as graphology's forEachEdge sees it
    };
    const mentionColumns = new ColumnTypes();
    const gexfMentionColumns = new ColumnTypes();
    let lastMention: string | undefined;
    for (const record of validatedRecords(file)) {
      this.nodeCount++;
      const flat = flattenNodeAttributes(record.attributes);
      this.nodeColumns.add(flat);
      this.gexfNodeColumns.add(gexfValues(flat));
      const { x, y } = record.attributes as unknown as { x?: unknown; y?: unknown };
      if (!Number.isFinite(x) || !Number.isFinite(y)) this.hasLayout = false;
      forEachRecordEdge(
        record,
        (kind, source, target, item, text) => {
          if (kind === 'MENTIONS') return;
          const key = edgeKey(kind, source, target);
          let edge = this.edges.get(key);
          if (!edge) this.edges.set(key, (edge = { kind, source, target, summary: new EvidenceSummary() }));
          edge.summary!.add(item, () => quoteOf(text, item.start, item.end));
          count(source, target, 1);
        },
        (kind, source, target) => {
          if (kind !== 'TEXT_OF') return;
          this.textOf.push({ key: edgeKey(kind, source, target), source, target });
          count(source, target, 1);
        },
      );
      // a document's MENTIONS edges are all in its record: counted and typed here, written in a later pass
      const mentions = [...recordMentions(record)];
      for (const edge of mentions) {
        this.mentionCount++;
        count(edge.source, edge.target, edge.weight);
        mentionColumns.add(edge.attributes);
        gexfMentionColumns.add(gexfValues(edge.attributes));
      }
      if (mentions.length > 0) {
        if (lastMention !== undefined && compareStrings(lastMention, mentions[0]!.key) >= 0) this.mentionsInOrder = false;
        lastMention = mentions[mentions.length - 1]!.key;
      }
    }
    if (this.nodeCount === 0) this.hasLayout = false;
    this.textOf.sort((a, b) => compareStrings(a.key, b.key));
    // columns in the order the edges are written (keys sorted: ADDRESSES, CITES, MANDATES, then MENTIONS, then TEXT_OF)
    for (const edge of this.heldEdges()) {
      this.edgeColumns.add(edge.attributes);
      this.gexfEdgeColumns.add(gexfValues(edge.attributes));
    }
    for (const [columns, from] of [[this.edgeColumns, mentionColumns], [this.gexfEdgeColumns, gexfMentionColumns]] as const) {
      columns.addTypes(from.types);
    }
    for (const edge of this.textOfEdges()) {
      this.edgeColumns.add(edge.attributes);
      this.gexfEdgeColumns.add(gexfValues(edge.attributes));
    }
  }

  get edgeCount(): number {
    return this.edges.size + this.mentionCount + this.textOf.length;
  }

  /** The nodes, from a second pass over the file. */
  *flatNodes(): Generator<FlatNode> {
    for (const { key, attributes } of this.file.heads()) yield flatNode(key, attributes, () => this.degrees.get(key) ?? 0);
  }

  /**
   * The records that hold MENTIONS items, parsed: a line without `"MENTIONS":[` outside its
   * strings has none (the sequence cannot lie inside a JSON string), and is not parsed.
   */
  private *mentioningRecords(): Generator<GraphRecord> {
    for (const line of this.file.lines()) if (line.text.includes('"MENTIONS":[')) yield parseRecordLine(line.text, this.file.path, line.lineNumber);
  }

  /** The entity edges in key order, each flattened as it is written. */
  *flatEdges(): Generator<FlatEdge> {
    yield* this.heldEdges();
    yield* this.mentionEdges();
    yield* this.textOfEdges();
  }

  /** CITES, MANDATES, ADDRESSES: a resolution's edges gather the items of all its texts, so they are held to the end. */
  private *heldEdges(): Generator<FlatEdge> {
    for (const key of [...this.edges.keys()].sort(compareStrings)) {
      const { kind, source, target, summary } = this.edges.get(key)!;
      yield summaryEdge(key, kind, source, target, summary);
    }
  }

  /**
   * MENTIONS, from a third pass over the file, document by document: the records are in key order,
   * so their edges are too (checked in the first pass; a key that is a prefix of the next one
   * could break it, and then the edges are gathered and sorted in memory).
   */
  private *mentionEdges(): Generator<FlatEdge> {
    if (this.mentionsInOrder) {
      for (const record of this.mentioningRecords()) yield* recordMentions(record);
      return;
    }
    const all: FlatEdge[] = [];
    for (const record of this.mentioningRecords()) all.push(...recordMentions(record));
    yield* all.sort((a, b) => compareStrings(a.key, b.key));
  }

  private *textOfEdges(): Generator<FlatEdge> {
    for (const { key, source, target } of this.textOf) yield summaryEdge(key, 'TEXT_OF', source, target, undefined);
  }

  gexfLines(): Generator<string> {
    const header = { description: gexfDescription(this.name), nodeColumns: this.gexfNodeColumns.types, edgeColumns: this.gexfEdgeColumns.types };
    return gexfLines(header, this.flatNodes(), this.flatEdges());
  }

  graphmlLines(): Generator<string> {
    const header = { hasLayout: this.hasLayout, nodeColumns: this.nodeColumns.types, edgeColumns: this.edgeColumns.types };
    return graphmlDocument(header, this.flatNodes(), this.flatEdges());
  }
}

function summaryEdge(key: string, kind: EdgeKind, source: string, target: string, summary: EvidenceSummary | undefined): FlatEdge {
  const weight = summary ? summary.count : 1;
  const attributes = { kind, weight, ...summary?.flat() } as unknown as EdgeAttributes;
  return { key, source, target, label: kind, weight, attributes: flattenEdgeAttributes(attributes) };
}

/** A document record's MENTIONS edges (all its own), summarised and flattened, in key order. */
function recordMentions(record: GraphRecord): FlatEdge[] {
  const edges = new Map<string, { target: string; summary: EvidenceSummary }>();
  forEachRecordEdge(record, (kind, source, target, item, text) => {
    if (kind !== 'MENTIONS') return;
    const key = edgeKey(kind, source, target);
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { target, summary: new EvidenceSummary() }));
    edge.summary.add(item, () => quoteOf(text, item.start, item.end));
  });
  return [...edges.keys()].sort(compareStrings).map((key) => summaryEdge(key, 'MENTIONS', record.key, edges.get(key)!.target, edges.get(key)!.summary));
}

/**
 * The entity graph of a graph.json in memory, each edge's evidence already summarised into the flat
 * columns (for a file without a layout, which must be laid out in memory).
 */
function summaryGraph(file: GraphFile): KnowledgeGraph {
  const graph = createGraph(file.attributes);
  const summaries = new Map<string, { kind: EdgeKind; source: string; target: string; summary: EvidenceSummary }>();
  const plain: Array<[EdgeKind, string, string]> = [];
  for (const record of validatedRecords(file)) {
    graph.addNode(record.key, record.attributes);
    forEachRecordEdge(
      record,
      (kind, source, target, item, text) => {
        const key = edgeKey(kind, source, target);
        let edge = summaries.get(key);
        if (!edge) summaries.set(key, (edge = { kind, source, target, summary: new EvidenceSummary() }));
        edge.summary.add(item, () => quoteOf(text, item.start, item.end));
      },
      (kind, source, target) => {
        if (kind === 'TEXT_OF') plain.push([kind, source, target]);
      },
    );
  }
  for (const [kind, source, target] of plain) graph.addDirectedEdgeWithKey(edgeKey(kind, source, target), source, target, { kind, weight: 1 });
  for (const [key, { kind, source, target, summary }] of summaries) {
    graph.addDirectedEdgeWithKey(key, source, target, { kind, weight: summary.count, ...summary.flat() } as never);
  }
  return graph;
}

function writeRecords(source: () => Iterable<GraphRecord>, format: 'csv' | 'cypher', outPath: string): ExportResult {
  if (format === 'csv') return { format, path: outPath, files: writeCsvDirectory(source, outPath) };
  return writeLines(format, outPath, withEnd(cypherLines(source)));
}

/** The script's lines and a last empty one (the file ends with a line break). */
function* withEnd(lines: Iterable<string>): Generator<string> {
  yield* lines;
  yield '';
}

/** Writes lines joined by line breaks, 1 MB at a time: the file is never one string. */
function writeLines(format: ExportFormat, outPath: string, lines: Iterable<string>): ExportResult {
  mkdirSync(dirname(outPath), { recursive: true });
  const fd = openSync(outPath, 'w');
  try {
    let parts: string[] = [];
    let length = 0;
    let first = true;
    for (const line of lines) {
      if (!first) parts.push('\n');
      first = false;
      parts.push(line);
      length += line.length + 1;
      if (length >= 1 << 20) {
        writeSync(fd, parts.join(''));
        parts = [];
        length = 0;
      }
    }
    if (parts.length > 0) writeSync(fd, parts.join(''));
  } finally {
    closeSync(fd);
  }
  return { format, path: outPath, files: [outPath] };
}

const CSV_FILE = /^(nodes|relationships)(-[A-Za-z_]+)?\.csv$/;

/**
 * Writes the CSV files, `after-import.cypherl` and an `import.sh` that runs the import. CSV files of
 * an earlier export in the same directory are removed first, so a label that disappeared
 * from the graph does not linger in the import.
 */
function writeCsvDirectory(source: () => Iterable<GraphRecord>, directory: string): string[] {
  mkdirSync(directory, { recursive: true });
  for (const name of readdirSync(directory)) {
    if (CSV_FILE.test(name)) rmSync(join(directory, name));
  }
  const csv = writeNeo4jCsvDirectory(source, directory);
  const written = [...csv.nodeFiles, ...csv.relationshipFiles, csv.afterImport].map((file) => join(directory, file.name));
  const script = join(directory, 'import.sh');
  writeFileSync(script, importScript(csv));
  chmodSync(script, 0o755);
  written.push(script);
  return written;
}

const DATABASE_PLACEHOLDER = 'DATABASE_NAME';

function importScript(csv: CsvFileNames): string {
  return [
    '#!/bin/sh',
    '# Imports this graph into a new Neo4j database with neo4j-admin (Neo4j 5). Then start the',
    '# database and run after-import.cypherl once (the key constraints and indexes):',
    '# cypher-shell -u neo4j -f after-import.cypherl  (or: unkg load graph.json --bulk does it all)',
    '# Usage: ./import.sh [database]   (NEO4J_ADMIN overrides the neo4j-admin command;',
    '# stop the database first, or add --overwrite-destination=true to replace it)',
    'set -e',
    'cd "$(dirname "$0")"',
    `"\${NEO4J_ADMIN:-neo4j-admin}" ${importArguments(csv, { database: DATABASE_PLACEHOLDER })
      .map(shellQuote)
      .join(' ')
      .replace(DATABASE_PLACEHOLDER, '"${1:-neo4j}"')}`,
    '',
  ].join('\n');
}
