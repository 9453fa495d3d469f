/**
 * CSV files for `neo4j-admin database import full --id-type=integer`: the nodes in as few files
 * as their columns allow (`nodes.csv`, `nodes-Paragraph.csv`), every relationship in one
 * (`relationships.csv`), in the tool's header syntax (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
 * `:TYPE`, typed properties such as `year:long`, arrays such as `aliases:string[]`). Each node
 * has an integer ID (`:ID`, not stored) that the relationship rows refer to, and its key as the
 * property `key`.
 *
 * The rows are exactly those `unkg load` writes (../neo4j/rows), so an import and a load give the
 * same database: paragraphs and their HAS_PARAGRAPH, the entity relationships, the evidence as
 * relationships from paragraphs. No list is ever empty or holds an empty string (rows.ts sees
 * to it), so nothing is lost on the way: `after-import.cypherl` only creates the key constraints
 * and indexes, which neo4j-admin does not create in Community.
 *
 * Written as a stream over the records, read twice (the node columns; then every row): memory is
 * the kind and ID of each node but paragraphs and the entity relationships' summaries, not the graph.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { KnowledgeGraph } from '../model';
import { recordsFromGraph, type GraphRecord } from '../records';
import { NODE_KINDS, type NodeKind } from '../types';
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

/** The node ID column: an integer the export assigns, not stored (`key` is a property column). */
export const NODE_ID_COLUMN = ':ID';

/** The node file that holds the labels of the first group (see nodeFileGroups), and the one relationship file. */
export const NODE_FILE = 'nodes.csv';
export const RELATIONSHIP_FILE = 'relationships.csv';

/**
 * The columns of every relationship row: the entity relationships' summary (key, kind, weight,
 * docs, verbs) and the paragraph relationships' evidence (weight, starts, ends, verbs, pins,
 * resolutions, roles, notes); a row leaves the others empty (no property).
 */
const RELATIONSHIP_COLUMNS: Column[] = [
  { name: 'docs', type: 'string', array: true },
  { name: 'ends', type: 'long', array: true },
  { name: 'key', type: 'string', array: false },
  { name: 'kind', type: 'string', array: false },
  { name: 'notes', type: 'string', array: true },
  { name: 'pins', type: 'string', array: true },
  { name: 'resolutions', type: 'string', array: true },
  { name: 'roles', type: 'string', array: true },
  { name: 'starts', type: 'long', array: true },
  { name: 'verbs', type: 'string', array: true },
  { name: 'weight', type: 'long', array: false },
];
const EMPTY_RELATIONSHIP_CELLS = RELATIONSHIP_COLUMNS.map(() => '').join(',');

/** Where the files go: a directory, or memory. */
interface CsvSink {
  write(name: string, text: string): void;
  close(): void;
}

/** One node file: the labels whose rows it holds and its columns (the union of theirs, by name). */
interface NodeFileGroup {
  name: string;
  labels: NodeKind[];
  columns: Column[];
}

/**
 * The labels grouped into as few node files as their columns allow: a label joins the first
 * file none of whose columns it has with another type (`textOf` is a list on a Document and a
 * string on a Paragraph), so the corpus's graph has two node files, `nodes.csv` (entities and
 * documents) and `nodes-Paragraph.csv`. neo4j-admin reads each file (each `--nodes`) as an input
 * group of its own, and each group costs it about a tenth of a second of waiting, twice (its
 * read-ahead thread sleeps 100 ms between polls, and closing a group waits for it): with a file
 * per label and per type, 15 groups, about 2.5 s of an import of 9-11 s on the dev corpus.
 */
function nodeFileGroups(nodeColumns: ReadonlyMap<NodeKind, ReadonlyMap<string, Column>>): NodeFileGroup[] {
  const groups: Array<{ labels: NodeKind[]; columns: Map<string, Column> }> = [];
  for (const label of NODE_KINDS) {
    const columns = nodeColumns.get(label);
    if (!columns) continue;
    const fits = (group: { columns: Map<string, Column> }) =>
      [...columns.values()].every((column) => {
        const other = group.columns.get(column.name);
        return !other || (other.type === column.type && other.array === column.array);
      });
    let group = groups.find(fits);
    if (!group) groups.push((group = { labels: [], columns: new Map() }));
    group.labels.push(label);
    for (const column of columns.values()) group.columns.set(column.name, column);
  }
  return groups.map((group, index) => ({
    name: index === 0 ? NODE_FILE : `nodes-${group.labels[0]}.csv`,
    labels: group.labels,
    columns: [...group.columns.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  }));
}

/**
 * Writes the export through `sink`; returns the files written, node files then the relationship file.
 * Two reads of the records: the first finds each label's columns and gives each node (but
 * paragraphs) its integer ID and kind, the second writes every row, nodes and paragraphs as each
 * record passes and its relationships as relationshipRows yields them. Paragraphs get their IDs
 * as they are written, after every other node's: a paragraph's relationships (its HAS_PARAGRAPH
 * and its evidence) are written while its document's record passes, so only the IDs of one
 * document's paragraphs are kept at a time. Integer IDs (`--id-type=integer`) spare neo4j-admin
 * the encoding and sorting of string IDs and make the relationship rows shorter.
 */
function writeCsv(source: () => Iterable<GraphRecord>, sink: CsvSink): CsvFileNames {
  // read 1: the columns of each label (types inferred over all rows), the kind and ID of each node
  const nodeColumns = new Map<NodeKind, Map<string, Column>>();
  const kinds = new Map<string, NodeKind>();
  const ids = new Map<string, number>();
  for (const record of source()) {
    for (const phase of ['nodes', 'paragraphs'] as const) {
      for (const { label, row } of nodeRows([record], phase)) {
        if (phase === 'nodes') {
          kinds.set(row.key, label);
          ids.set(row.key, ids.size);
        }
        let columns = nodeColumns.get(label);
        if (!columns) nodeColumns.set(label, (columns = new Map()));
        for (const [name, value] of Object.entries(row.props)) widen(columns, name, value);
      }
    }
  }
  const groups = nodeFileGroups(nodeColumns);
  const fileOf = new Map<NodeKind, NodeFileGroup>();
  for (const group of groups) {
    for (const label of group.labels) fileOf.set(label, group);
    sink.write(group.name, `${[NODE_ID_COLUMN, 'key', ':LABEL', ...group.columns.map(columnHeader)].join(',')}\n`);
  }
  let relationships = 0;
  const writeRelationship = (text: string) => {
    if (relationships++ === 0) sink.write(RELATIONSHIP_FILE, `${[':START_ID', ':END_ID', ':TYPE', ...RELATIONSHIP_COLUMNS.map(columnHeader)].join(',')}\n`);
    sink.write(RELATIONSHIP_FILE, text);
  };

  // read 2: each record's node (entity, document) and paragraphs with their HAS_PARAGRAPH, as it
  // passes on its way to relationshipRows, which yields the relationships
  let nextParagraphId = ids.size;
  let paragraphIds = new Map<string, number>();
  const idOf = (key: string, owner: string): number => {
    const id = ids.get(key) ?? paragraphIds.get(key);
    if (id === undefined) throw new Error(`${owner}: no node ${key} among the graph's nodes (or its document's paragraphs)`);
    return id;
  };
  function* writingNodes(): Generator<GraphRecord> {
    for (const record of source()) {
      paragraphIds = new Map();
      for (const phase of ['nodes', 'paragraphs'] as const) {
        for (const { label, row } of nodeRows([record], phase)) {
          const group = fileOf.get(label)!;
          let id: number;
          if (phase === 'nodes') id = ids.get(row.key)!;
          else paragraphIds.set(row.key, (id = nextParagraphId++));
          sink.write(group.name, `${[id, quote(row.key), label, ...group.columns.map((column) => cell(row.props[column.name], column, row.key))].join(',')}\n`);
          if (row.doc !== undefined) writeRelationship(`${idOf(row.doc, `paragraph ${row.key}`)},${id},HAS_PARAGRAPH,${EMPTY_RELATIONSHIP_CELLS}\n`);
        }
      }
      yield record;
    }
  }
  for (const { type, row } of relationshipRows(writingNodes(), kinds)) {
    const owner = `${type} ${row.source} -> ${row.target}`;
    writeRelationship(`${[idOf(row.source, owner), idOf(row.target, owner), type, ...RELATIONSHIP_COLUMNS.map((column) => cell(row.props[column.name], column, owner))].join(',')}\n`);
  }
  sink.write('after-import.cypherl', schemaStatements().map((statement) => `${statement};\n`).join(''));
  sink.close();
  return {
    nodeFiles: groups.map(({ name }) => ({ name })),
    relationshipFiles: relationships > 0 ? [{ name: RELATIONSHIP_FILE }] : [],
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
    '--id-type=integer',
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
  // Integer.toString works digit by digit in 64-bit arithmetic; every integer of the graph is a safe one
  if (neo4j.isInt(value)) return value.inSafeRange() ? String(value.toNumber()) : value.toString();
  return String(value);
}

/** RFC 4180 quoting, which is what neo4j-admin reads: double quotes doubled, newlines kept. */
export function quote(text: string): string {
  return `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;
}

export type { Properties };
