/** `unkg export <graph.json> --format <format> [--out <path>]`, formats gexf, graphml, csv, cypher */
import {
  defaultExportPath,
  EXPORT_FORMATS,
  isExportFormat,
  writeExportFromFile,
  type ExportFormat,
} from '@unkg/graph/export/index';
import { printable } from '@unkg/ingest/printable';
import { parseCommandLine } from '@unkg/ingest/command-line';

export const summary = 'write a graph as GEXF, GraphML, neo4j-admin CSV or a Cypher script';

const USAGE = `usage: unkg export <graph.json> --format <format>[,<format>…] [--out <path>]

formats: ${EXPORT_FORMATS.join(', ')}

  --format  gexf     GEXF 1.3 for Gephi (typed attributes, colours and sizes by kind)
            graphml  GraphML with typed keys (Gephi, Cytoscape, yEd, networkx)
            csv      a directory of CSV files for neo4j-admin database import full,
                     with import.sh (the exact command) and after-import.cypherl
            cypher   a .cypherl script, one statement per line, for cypher-shell -f
            several formats may be given, comma-separated
  --out     output file (a directory for csv); default: beside the graph file
            (graph.gexf, graph.graphml, graph.cypherl, graph-neo4j-import/)
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    'export',
    argv,
    {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const formats = (values.format ?? '')
    .split(',')
    .map((format) => format.trim())
    .filter(Boolean);
  const problem =
    positionals.length !== 1
      ? 'give exactly one graph file'
      : formats.length === 0
        ? '--format is required'
        : formats.find((format) => !isExportFormat(format))
          ? `unknown format "${printable(formats.find((format) => !isExportFormat(format)) ?? '')}"`
          : values.out && formats.length > 1
            ? '--out takes one format at a time'
            : undefined;
  if (problem) {
    process.stderr.write(`unkg export: ${problem}\n\n${USAGE}`);
    return 2;
  }
  const graphFile = positionals[0]!;
  for (const format of formats as ExportFormat[]) {
    const started = performance.now();
    let result;
    try {
      result = writeExportFromFile(graphFile, format, values.out ?? defaultExportPath(graphFile, format));
    } catch (error) {
      process.stderr.write(`unkg export: ${printable((error as Error).message)}\n`);
      return 1;
    }
    const milliseconds = Math.round(performance.now() - started);
    const what = format === 'csv' ? `${result.files.length} files in ${printable(result.path)}/` : printable(result.path);
    const size = result.nodes !== undefined ? `${result.nodes} nodes, ${result.edges} edges, ` : '';
    process.stdout.write(`${format}: ${what} (${size}${milliseconds} ms)\n`);
    if (format === 'csv') {
      process.stdout.write(`  import: ${printable(result.path)}/import.sh [database]  (see docs/exports.md)\n`);
    }
  }
  return 0;
}
