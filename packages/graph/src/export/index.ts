/**
 * Exports for other tools: GEXF and GraphML (Gephi, Cytoscape, yEd…), CSV for
 * `neo4j-admin database import`, and a Cypher script. `writeExport(graph, format, outPath)` is
 * what `unkg export` and `unkg ingest --export` call.
 */
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { KnowledgeGraph } from '../model';
import { exportCypher } from './cypher';
import { exportNeo4jCsv, importArguments, shellQuote, type Neo4jCsvExport } from './csv';
import { exportGexf } from './gexf';
import { exportGraphml } from './graphml';

export { exportGexf, type GexfOptions } from './gexf';
export { exportGraphml, type GraphmlOptions } from './graphml';
export { exportNeo4jCsv, importArguments, importCommand, ARRAY_DELIMITER, type Neo4jCsvExport, type CsvFile } from './csv';
export { exportCypher, cypherString, cypherValue } from './cypher';
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
  if (format === 'csv') return { format, path: outPath, files: writeCsvDirectory(exportNeo4jCsv(graph), outPath) };
  const text = format === 'gexf' ? exportGexf(graph) : format === 'graphml' ? exportGraphml(graph) : exportCypher(graph);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, text);
  return { format, path: outPath, files: [outPath] };
}

const CSV_FILE = /^(nodes|relationships)-[A-Za-z_]+\.csv$/;

/**
 * Writes the CSV files, `after-import.cypherl` and an `import.sh` that runs the import. CSV files of
 * an earlier export in the same directory are removed first, so a label that disappeared
 * from the graph does not linger in the import.
 */
function writeCsvDirectory(csv: Neo4jCsvExport, directory: string): string[] {
  mkdirSync(directory, { recursive: true });
  for (const name of readdirSync(directory)) {
    if (CSV_FILE.test(name)) rmSync(join(directory, name));
  }
  const written: string[] = [];
  for (const file of [...csv.nodeFiles, ...csv.relationshipFiles, csv.afterImport]) {
    const path = join(directory, file.name);
    writeFileSync(path, file.content);
    written.push(path);
  }
  const script = join(directory, 'import.sh');
  writeFileSync(script, importScript(csv));
  chmodSync(script, 0o755);
  written.push(script);
  return written;
}

const DATABASE_PLACEHOLDER = 'DATABASE_NAME';

function importScript(csv: Neo4jCsvExport): string {
  return [
    '#!/bin/sh',
    '# Imports this graph into a new Neo4j database with neo4j-admin (Neo4j 5). Then start the',
    '# database and run after-import.cypherl once (the key constraints, and the empty lists CSV',
    '# cannot carry): cypher-shell -u neo4j -f after-import.cypherl',
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
