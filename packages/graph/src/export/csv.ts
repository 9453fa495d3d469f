/**
 * CSV files for `neo4j-admin database import full`: one node file per label, one relationship
 * file per type, in the tool's header syntax (`key:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
 * `:TYPE`, typed properties such as `year:long`, arrays such as `aliases:string[]`).
 *
 * The properties are exactly those `unkg load` writes (graphToRows in ../neo4j/rows), so an
 * import and a load give the same graph. What the CSV cannot say goes into `after-import.cypherl`,
 * to run once the imported database is started: the uniqueness constraints (neo4j-admin does
 * not create them in Community), and the list properties neo4j-admin cannot read back: an empty
 * field means "no property", so neither `[]` nor `['']` (a one-item list of the empty string,
 * which the loader writes for a missing paragraph or verb) survives the import; those are set
 * again, element by element, by key.
 */
import neo4j from 'neo4j-driver';
import type { KnowledgeGraph } from '../model';
import type { EdgeKind, NodeKind } from '../types';
import { graphToRows, type Properties, type PropertyValue } from '../neo4j/rows';
import { labelOf, relationshipTypeOf, schemaStatements } from '../neo4j/schema';
import { cypherName, cypherString, cypherValue } from './cypher';

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

/** Lists the CSV could not carry, to be set again after the import, by element. */
interface LostList {
  /** the MATCH that finds one element from the UNWIND variable `k` */
  match: string;
  variable: 'n' | 'r';
  property: string;
  value: PropertyValue;
  /** node keys, or [source, target] pairs */
  keys: Array<string | [string, string]>;
}

const FIX_UP_CHUNK = 500;

type CsvType = 'string' | 'long' | 'double' | 'boolean';
interface Column {
  name: string;
  type: CsvType;
  array: boolean;
}

export const NODE_ID_COLUMN = 'key:ID';

export function exportNeo4jCsv(graph: KnowledgeGraph): Neo4jCsvExport {
  const rows = graphToRows(graph);
  const lost = new Map<string, LostList>();
  const nodeFiles = rows.nodes.map(({ label, rows: nodes }) => {
    const columns = inferColumns(nodes.map((node) => node.props));
    const header = [NODE_ID_COLUMN, ':LABEL', ...columns.map(columnHeader)];
    const lines = nodes.map((node) => {
      for (const [property, value] of unreadableLists(node.props)) noteLostList(lost, nodeMatch(label), 'n', property, value, node.key);
      return [quote(node.key), label, ...columns.map((column) => cell(node.props[column.name], column, node.key))];
    });
    return { name: `nodes-${label}.csv`, content: toCsv(header, lines) };
  });
  for (const group of rows.relationships) {
    const match = relationshipMatch(group.type, group.sourceLabel, group.targetLabel);
    for (const relationship of group.rows) {
      for (const [property, value] of unreadableLists(relationship.props)) {
        noteLostList(lost, match, 'r', property, value, [relationship.source, relationship.target]);
      }
    }
  }

  // neo4j-admin resolves both ends by ID, so the groups by (type, source label, target label)
  // that the loader needs for its MATCHes collapse into one file per type.
  const byType = new Map<string, Array<{ key: string; source: string; target: string; props: Properties }>>();
  for (const group of rows.relationships) {
    const list = byType.get(group.type) ?? [];
    for (const row of group.rows) list.push(row);
    byType.set(group.type, list);
  }
  const relationshipFiles = [...byType].map(([type, relationships]) => {
    relationships.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const columns = inferColumns(relationships.map((relationship) => relationship.props));
    const header = [':START_ID', ':END_ID', ':TYPE', ...columns.map(columnHeader)];
    const lines = relationships.map((relationship) => [
      quote(relationship.source),
      quote(relationship.target),
      type,
      ...columns.map((column) => cell(relationship.props[column.name], column, relationship.key)),
    ]);
    return { name: `relationships-${type}.csv`, content: toCsv(header, lines) };
  });

  const statements = [...schemaStatements(), ...fixUpStatements([...lost.values()])];
  const afterImport = { name: 'after-import.cypherl', content: statements.map((statement) => `${statement};\n`).join('') };
  return { nodeFiles, relationshipFiles, afterImport };
}

/** List properties that an import would lose: empty lists and lists of one empty string. */
function unreadableLists(props: Properties): Array<[string, PropertyValue]> {
  return Object.entries(props).filter(
    ([, value]) => Array.isArray(value) && (value.length === 0 || (value.length === 1 && value[0] === '')),
  );
}

const nodeMatch = (label: NodeKind) => `MATCH (n:${labelOf(label)} {key: k})`;
const relationshipMatch = (type: EdgeKind, sourceLabel: NodeKind, targetLabel: NodeKind) =>
  `MATCH (:${labelOf(sourceLabel)} {key: k[0]})-[r:${relationshipTypeOf(type)}]->(:${labelOf(targetLabel)} {key: k[1]})`;

function noteLostList(
  lost: Map<string, LostList>,
  match: string,
  variable: 'n' | 'r',
  property: string,
  value: PropertyValue,
  key: string | [string, string],
): void {
  const id = `${match}\u0000${property}\u0000${cypherValue(value)}`;
  const entry = lost.get(id) ?? { match, variable, property, value, keys: [] };
  entry.keys.push(key);
  lost.set(id, entry);
}

/** `UNWIND [keys] AS k MATCH … SET n.aliases = []`, in chunks, one statement per line. */
function fixUpStatements(lost: LostList[]): string[] {
  const statements: string[] = [];
  for (const entry of lost) {
    for (let start = 0; start < entry.keys.length; start += FIX_UP_CHUNK) {
      const keys = entry.keys.slice(start, start + FIX_UP_CHUNK).map((key) =>
        Array.isArray(key) ? `[${key.map(cypherString).join(', ')}]` : cypherString(key),
      );
      statements.push(
        `UNWIND [${keys.join(', ')}] AS k ${entry.match} SET ${entry.variable}.${cypherName(entry.property)} = ${cypherValue(entry.value)}`,
      );
    }
  }
  return statements;
}

export interface ImportCommandOptions {
  /** directory holding the CSV files, as the shell should see it (default: the current directory) */
  directory?: string;
  database?: string;
  /** the admin tool to run (default `neo4j-admin`) */
  adminCommand?: string;
}

/** The arguments of `neo4j-admin database import full` for these files (after `neo4j-admin`). */
export function importArguments(csv: Neo4jCsvExport, options: ImportCommandOptions = {}): string[] {
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
export function importCommand(csv: Neo4jCsvExport, options: ImportCommandOptions = {}): string {
  return [options.adminCommand ?? 'neo4j-admin', ...importArguments(csv, options)].map(shellQuote).join(' ');
}

export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function columnHeader(column: Column): string {
  const type = `${column.type}${column.array ? '[]' : ''}`;
  return type === 'string' ? column.name : `${column.name}:${type}`;
}

/** Column types over all rows; names sorted. Integers mixed with floats widen to double. */
function inferColumns(rows: readonly Properties[]): Column[] {
  const columns = new Map<string, Column>();
  for (const props of rows) {
    for (const [name, value] of Object.entries(props)) {
      const { type, array } = typeOf(value);
      const current = columns.get(name);
      if (!current) {
        columns.set(name, { name, type, array });
      } else if (current.type !== type || current.array !== array) {
        const numeric = (t: CsvType) => t === 'long' || t === 'double';
        current.type = numeric(current.type) && numeric(type) && current.array === array ? 'double' : 'string';
        current.array = current.array && array;
      }
    }
  }
  return [...columns.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
    // an empty field means "no property" to neo4j-admin; there is no way to write an empty list
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

function toCsv(header: string[], lines: string[][]): string {
  return [header.join(','), ...lines.map((line) => line.join(','))].join('\n') + '\n';
}
