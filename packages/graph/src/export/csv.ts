/**
 * CSV files for `neo4j-admin database import full`: one node file per label, one relationship
 * file per type, in the tool's header syntax (`key:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
 * `:TYPE`, typed properties such as `year:long`, arrays such as `aliases:string[]`).
 *
 * The rows are exactly those `unkg load` writes (../neo4j/rows), so an import and a load give the
 * same database: paragraphs and their HAS_PARAGRAPH, the entity relationships, the evidence as
 * relationships from paragraphs. No list is ever empty or holds an empty string (rows.ts sees
 * to it), so nothing is lost on the way: `after-import.cypherl` only creates the key constraints
 * and indexes, which neo4j-admin does not create in Community.
 *
 * Written as a stream over the records, read twice (the node columns; then every row): memory is
 * the node kinds and the entity relationships' summaries, not the graph.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { KnowledgeGraph } from '../model';
import { recordsFromGraph, type GraphRecord } from '../records';
import { NODE_KINDS, EDGE_KINDS, type NodeKind, type EdgeKind } from '../types';
import { nodeRows, relationshipRows, type Properties, type PropertyValue } from '../neo4j/rows';
import { schemaStatements } from '../neo4j/schema';

/**
 * Array elements are joined with U+001F (the ASCII unit separator, made for this), because UN
 * names and quotes contain every printable separator (`;`, `|`, `,`); the import command passes
 * it as `--array-delimiter=U+001F`.
 */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export interface CsvFile {
  /** file name, relative to the export directory */
  name: string;
  content: string;
}

export interface Neo4jCsvExport {
  nodeFiles: CsvFile[];
  relationshipFiles: CsvFile[];
  /** statements to run on the imported database (cypher-shell -f after-import.cypherl) */
  afterImport: CsvFile;
}

/** The names of the files an export wrote, for the import command. */
export interface CsvFileNames {
  nodeFiles: Array<{ name: string }>;
  relationshipFiles: Array<{ name: string }>;
}

type CsvType = 'string' | 'long' | 'double' | 'boolean';
interface Column {
  name: string;
  type: CsvType;
  array: boolean;
}

export const NODE_ID_COLUMN = 'key:ID';

/**
 * The columns of every relationship file: the entity relationships' summary (key, kind, weight,
 * docs, verbs) and the paragraph relationships' evidence (weight, starts, ends, verbs, pins,
 * roles, notes); a row leaves the others empty (no property).
 */
const RELATIONSHIP_COLUMNS: Column[] = [
  { name: 'docs', type: 'string', array: true },
  { name: 'ends', type: 'long', array: true },
  { name: 'key', type: 'string', array: false },
  { name: 'kind', type: 'string', array: false },
  { name: 'notes', type: 'string', array: true },
  { name: 'pins', type: 'string', array: true },
  { name: 'roles', type: 'string', array: true },
  { name: 'starts', type: 'long', array: true },
  { name: 'verbs', type: 'string', array: true },
  { name: 'weight', type: 'long', array: false },
];

/** Where the files go: a directory, or memory. */
interface CsvSink {
  write(name: string, text: string): void;
  close(): void;
}

/**
 * Writes the export through `sink`; returns the files written, node files then relationship files.
 * Two reads of the records: the first finds each label's columns (and each node's kind), the
 * second writes every row, nodes and paragraphs as each record passes and its relationships as
 * relationshipRows yields them (the same rows, in the same order in each file, as writing nodes,
 * paragraphs and relationships in three passes of their own; a read of the corpus's graph.json
 * is 0.7 s of the 7 s the export took with five).
 */
function writeCsv(source: () => Iterable<GraphRecord>, sink: CsvSink): CsvFileNames {
  // read 1: the columns of each label (types inferred over all rows), the kind of each node
  const nodeColumns = new Map<NodeKind, Map<string, Column>>();
  const kinds = new Map<string, NodeKind>();
  for (const record of source()) {
    for (const phase of ['nodes', 'paragraphs'] as const) {
      for (const { label, row } of nodeRows([record], phase)) {
        if (phase === 'nodes') kinds.set(row.key, label);
        let columns = nodeColumns.get(label);
        if (!columns) nodeColumns.set(label, (columns = new Map()));
        for (const [name, value] of Object.entries(row.props)) widen(columns, name, value);
      }
    }
  }
  const orderedColumns = new Map<NodeKind, Column[]>();
  for (const [label, columns] of nodeColumns) orderedColumns.set(label, [...columns.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  const nodeFile = (label: NodeKind) => `nodes-${label}.csv`;
  for (const label of NODE_KINDS) {
    const columns = orderedColumns.get(label);
    if (columns) sink.write(nodeFile(label), `${[NODE_ID_COLUMN, ':LABEL', ...columns.map(columnHeader)].join(',')}\n`);
  }

  // read 2: each record's node (entity, document) and paragraphs with their HAS_PARAGRAPH, as it
  // passes on its way to relationshipRows, which yields the relationships
  const relationshipFile = (type: EdgeKind) => `relationships-${type}.csv`;
  const types = new Set<EdgeKind>();
  const startFile = (type: EdgeKind) => {
    if (types.has(type)) return;
    types.add(type);
    sink.write(relationshipFile(type), `${[':START_ID', ':END_ID', ':TYPE', ...RELATIONSHIP_COLUMNS.map(columnHeader)].join(',')}\n`);
  };
  function* writingNodes(): Generator<GraphRecord> {
    for (const record of source()) {
      for (const phase of ['nodes', 'paragraphs'] as const) {
        for (const { label, row } of nodeRows([record], phase)) {
          const columns = orderedColumns.get(label)!;
          sink.write(nodeFile(label), `${[quote(row.key), label, ...columns.map((column) => cell(row.props[column.name], column, row.key))].join(',')}\n`);
          if (row.doc !== undefined) {
            startFile('HAS_PARAGRAPH');
            sink.write(relationshipFile('HAS_PARAGRAPH'), `${[quote(row.doc), quote(row.key), 'HAS_PARAGRAPH', ...RELATIONSHIP_COLUMNS.map(() => '')].join(',')}\n`);
          }
        }
      }
      yield record;
    }
  }
  for (const { type, row } of relationshipRows(writingNodes(), kinds)) {
    startFile(type);
    const owner = `${type} ${row.source} -> ${row.target}`;
    sink.write(relationshipFile(type), `${[quote(row.source), quote(row.target), type, ...RELATIONSHIP_COLUMNS.map((column) => cell(row.props[column.name], column, owner))].join(',')}\n`);
  }
  sink.write('after-import.cypherl', schemaStatements().map((statement) => `${statement};\n`).join(''));
  sink.close();
  return {
    nodeFiles: NODE_KINDS.filter((label) => orderedColumns.has(label)).map((label) => ({ name: nodeFile(label) })),
    relationshipFiles: EDGE_KINDS.filter((type) => types.has(type)).map((type) => ({ name: relationshipFile(type) })),
  };
}

/** The export of an in-memory graph, as texts (tests, small graphs). */
export function exportNeo4jCsv(graph: KnowledgeGraph): Neo4jCsvExport {
  return exportNeo4jCsvRecords(recordsFromGraph(graph));
}

export function exportNeo4jCsvRecords(records: readonly GraphRecord[]): Neo4jCsvExport {
  const texts = new Map<string, string[]>();
  const names = writeCsv(() => records, {
    write(name, text) {
      let parts = texts.get(name);
      if (!parts) texts.set(name, (parts = []));
      parts.push(text);
    },
    close() {},
  });
  const file = (name: string): CsvFile => ({ name, content: (texts.get(name) ?? []).join('') });
  return {
    nodeFiles: names.nodeFiles.map(({ name }) => file(name)),
    relationshipFiles: names.relationshipFiles.map(({ name }) => file(name)),
    afterImport: file('after-import.cypherl'),
  };
}

/** Writes the export into `directory` as streams (each file buffered 1 MB at a time). */
export function writeNeo4jCsvDirectory(source: () => Iterable<GraphRecord>, directory: string): CsvFileNames & { afterImport: { name: string } } {
  mkdirSync(directory, { recursive: true });
  const files = new Map<string, { fd: number; parts: string[]; length: number }>();
  const flush = (file: { fd: number; parts: string[]; length: number }) => {
    if (file.parts.length > 0) writeSync(file.fd, file.parts.join(''));
    file.parts = [];
    file.length = 0;
  };
  const names = writeCsv(source, {
    write(name, text) {
      let file = files.get(name);
      if (!file) files.set(name, (file = { fd: openSync(join(directory, name), 'w'), parts: [], length: 0 }));
      file.parts.push(text);
      file.length += text.length;
      if (file.length >= 1 << 20) flush(file);
    },
    close() {
      for (const file of files.values()) {
        flush(file);
        closeSync(file.fd);
      }
    },
  });
  return { ...names, afterImport: { name: 'after-import.cypherl' } };
}

export interface ImportCommandOptions {
  /** directory holding the CSV files, as the shell should see it (default: the current directory) */
  directory?: string;
  database?: string;
  /** the admin tool to run (default `neo4j-admin`) */
  adminCommand?: string;
}

/** The arguments of `neo4j-admin database import full` for these files (after `neo4j-admin`). */
export function importArguments(csv: CsvFileNames, options: ImportCommandOptions = {}): string[] {
  const directory = options.directory ?? '.';
  const path = (name: string) => (directory === '.' ? name : `${directory.replace(/\/$/, '')}/${name}`);
  return [
    'database',
    'import',
    'full',
    options.database ?? 'neo4j',
    ...csv.nodeFiles.map((file) => `--nodes=${path(file.name)}`),
    ...csv.relationshipFiles.map((file) => `--relationships=${path(file.name)}`),
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    '--multiline-fields=true',
  ];
}

/** The whole command line, shell-quoted, as printed in docs and in import.sh. */
export function importCommand(csv: CsvFileNames, options: ImportCommandOptions = {}): string {
  return [options.adminCommand ?? 'neo4j-admin', ...importArguments(csv, options)].map(shellQuote).join(' ');
}

export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function columnHeader(column: Column): string {
  const type = `${column.type}${column.array ? '[]' : ''}`;
  return type === 'string' ? column.name : `${column.name}:${type}`;
}

/** Adds a value's type to a column: integers mixed with floats widen to double, anything else mixed to string. */
function widen(columns: Map<string, Column>, name: string, value: PropertyValue): void {
  const { type, array } = typeOf(value);
  const current = columns.get(name);
  if (!current) {
    columns.set(name, { name, type, array });
    return;
  }
  if (current.type !== type || current.array !== array) {
    const numeric = (t: CsvType) => t === 'long' || t === 'double';
    current.type = numeric(current.type) && numeric(type) && current.array === array ? 'double' : 'string';
    current.array = current.array && array;
  }
}

function typeOf(value: PropertyValue): { type: CsvType; array: boolean } {
  if (Array.isArray(value)) {
    const first = (value as unknown[])[0];
    return { type: first === undefined ? 'string' : scalarType(first), array: true };
  }
  return { type: scalarType(value), array: false };
}

function scalarType(value: unknown): CsvType {
  if (neo4j.isInt(value)) return 'long';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function cell(value: PropertyValue | undefined, column: Column, owner: string): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) {
    // rows.ts never gives an empty list (an empty field means "no property" to neo4j-admin)
    if (value.length === 0) return '';
    const items = (value as unknown[]).map((item) => scalarText(item));
    for (const item of items) {
      if (item.includes(ARRAY_DELIMITER)) {
        throw new Error(`${owner}: property ${column.name} holds a value with the array delimiter U+001F, which CSV import cannot carry`);
      }
    }
    return quote(items.join(ARRAY_DELIMITER));
  }
  const text = scalarText(value);
  return column.type === 'string' ? quote(text) : text;
}

function scalarText(value: unknown): string {
  return neo4j.isInt(value) ? value.toString() : String(value);
}

/** RFC 4180 quoting, which is what neo4j-admin reads: double quotes doubled, newlines kept. */
export function quote(text: string): string {
  return `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;
}

export type { Properties };
