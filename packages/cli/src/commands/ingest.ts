/**
 * `unkg ingest <path>... --out <dir>`: builds the knowledge graph from UN texts and writes
 * `<dir>/graph.json` atomically (a temporary file renamed over the old one, so a failed run
 * never destroys a previous graph), then prints a summary.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serializeGraph } from '@unkg/graph';
import { layoutGraph } from '@unkg/graph/layout';
import { ingestPaths } from '@unkg/ingest/pipeline';
import { createProgress } from '@unkg/ingest/progress';
import { printable } from '@unkg/ingest/printable';
import { errorsOf, formatIssue, formatReport } from '@unkg/ingest/report';
import { parseCommandLine } from './args';

export const summary = 'build graph.json from UN documents (.txt, .md, .html, Akoma Ntoso .xml)';

const USAGE = `usage: unkg ingest <path>... [--out <dir>] [--strict] [--workers <n>] [--no-entities] [--quiet]
                   [--export <format>]... [--neo4j]

Reads files, and directories recursively (.txt, .md, .html, .htm, Akoma Ntoso .xml), and writes
<dir>/graph.json (the graph contract, docs/graph-contract.md). Paths are relative to the current
directory; symbolic links to directories are not followed, links to files outside the
directories given are skipped.

options:
  --out <dir>        output directory (default: .unkg)
  --strict           any error (unreadable, binary, empty, malformed file) fails the run; no graph is written
  --workers <n>      worker threads for per-file work (default: chosen from the cores and the input size; 1 = in-process)
  --no-entities      skip entity extraction (bodies, threats, groups, states, persons): citations only, faster
  --quiet            print only errors and the path of graph.json
  --export <format>  also write an export beside graph.json: gexf, graphml, csv (neo4j-admin import)
                     or cypher; repeatable
  --neo4j            also load the graph into Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_DATABASE; password from NEO4J_PASSWORD only)
  -h, --help         this help
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    'ingest',
    argv,
    {
      out: { type: 'string', short: 'o', default: '.unkg' },
      strict: { type: 'boolean', default: false },
      workers: { type: 'string', short: 'w' },
      'no-entities': { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      export: { type: 'string', multiple: true, default: [] },
      neo4j: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    process.stderr.write(`unkg ingest: give at least one file or directory\n\n${USAGE}`);
    return 2;
  }
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1) {
      process.stderr.write(`unkg ingest: --workers must be a whole number ≥ 1, got "${printable(values.workers)}"\n`);
      return 2;
    }
  }

  const { EXPORT_FORMATS, isExportFormat } = await import('@unkg/graph/export/index');
  const exportFormats = values.export ?? [];
  const unknownFormat = exportFormats.find((format) => !isExportFormat(format));
  if (unknownFormat !== undefined) {
    process.stderr.write(
      `unkg ingest: --export "${printable(unknownFormat)}" is not a format (${EXPORT_FORMATS.join(', ')})\n`,
    );
    return 2;
  }

  const progress = createProgress({ enabled: !values.quiet });
  let result;
  try {
    result = await ingestPaths(positionals, {
      workers,
      entities: !values['no-entities'],
      onProgress: progress.update,
    });
  } finally {
    progress.stop();
  }
  const { graph, report } = result;
  const errors = errorsOf(report);
  const outDir = values.out ?? '.unkg';
  const graphFile = join(outDir, 'graph.json');

  if (values.strict && errors.length > 0) {
    process.stderr.write(formatReport(report));
    process.stderr.write(
      `unkg ingest: --strict: ${errors.length} error${errors.length === 1 ? '' : 's'}; ${printable(graphFile)} was not written\n`,
    );
    return 1;
  }
  if (report.files.read === 0) {
    process.stderr.write(formatReport(report));
    process.stderr.write(`unkg ingest: no document could be read; ${printable(graphFile)} was not written\n`);
    return 1;
  }
  // positions and communities, so the viewer's first frame and Gephi open a laid-out graph
  const layoutStarted = performance.now();
  const layout = layoutGraph(graph);
  const layoutSeconds = (performance.now() - layoutStarted) / 1000;
  writeAtomically(graphFile, serializeGraph(graph));
  if (values.quiet) {
    for (const issue of errors) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stdout.write(`${printable(resolve(graphFile))}\n`);
  } else {
    process.stdout.write(formatReport(report, resolve(graphFile)));
    const citation = layout.stages[0]!;
    process.stdout.write(
      `layout: ${graph.order} nodes placed in ${layoutSeconds.toFixed(1)} s (citation network of ${citation.nodes} nodes: ` +
        `${citation.iterations} ForceAtlas2 iterations, ${citation.converged ? 'settled' : 'stopped at the cap'}; ${new Set(layout.communities.values()).size} communities)\n`,
    );
  }
  const log = values.quiet ? undefined : (line: string) => process.stdout.write(`${line}\n`);
  if (exportFormats.length > 0) {
    const { defaultExportPath, writeExport } = await import('@unkg/graph/export/index');
    for (const format of exportFormats) {
      if (!isExportFormat(format)) continue;
      const written = writeExport(graph, format, defaultExportPath(graphFile, format));
      log?.(`${format}: ${printable(resolve(written.path))}`);
    }
  }
  if (values.neo4j) {
    const { loadIntoNeo4j } = await import('./load');
    try {
      await loadIntoNeo4j(graph, { log });
    } catch (error) {
      process.stderr.write(
        `unkg ingest: --neo4j: ${printable((error as Error).message)}\n(${printable(graphFile)} was written)\n`,
      );
      return 1;
    }
  }
  return 0;
}

/** Writes next to the target, then renames: readers see the old file or the new one, never half. */
export function writeAtomically(file: string, content: string): void {
  mkdirSync(resolve(file, '..'), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new Error(`cannot write ${file}: ${(error as Error).message}`, { cause: error });
  }
}
