/**
 * `unkg ingest <path>... --out <dir>`: builds the knowledge graph from UN texts and writes
 * `<dir>/graph.json` as a stream into a temporary file renamed over the old one (a failed run
 * never destroys a previous graph), lays it out (positions and communities), then prints a
 * summary. With `--shard i/n`, processes part i of the files and writes `<dir>/shard-i-of-n.unkg`
 * for `unkg merge`.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { discardRun, processPaths, writeRun, writeShardRun } from '@unkg/ingest/pipeline';
import { createProgress } from '@unkg/ingest/progress';
import { printable } from '@unkg/ingest/printable';
import { errorsOf, formatIssue, formatReport } from '@unkg/ingest/report';
import { parseCommandLine } from '@unkg/ingest/command-line';

export const summary = 'build graph.json from UN documents (.txt, .md, .html, Akoma Ntoso .xml, .pdf, .docx, .doc)';

const USAGE = `usage: unkg ingest <path>... [--out <dir>] [--strict] [--workers <n>] [--no-entities] [--quiet]
                   [--export <format>]... [--neo4j] [--shard i/n] [--report-json <file>]

Reads files, and directories recursively (.txt, .md, .html, .htm, Akoma Ntoso .xml, .pdf with a
text layer, .docx, .doc), and writes <dir>/graph.json (the graph contract, docs/graph-contract.md).
Paths are relative to the current directory; symbolic links to directories are not followed,
links to files outside the directories given are skipped.

options:
  --out <dir>          output directory (default: .unkg)
  --strict             any error (unreadable, binary, empty, malformed file) fails the run; no graph is written
  --workers <n>        worker threads for per-file work (default: chosen from the cores and the input size; 1 = in-process)
  --no-entities        skip entity extraction (bodies, threats, groups, states, persons): citations only, faster
  --quiet              print only errors and the path of graph.json
  --export <format>    also write an export beside graph.json: gexf, graphml, csv (neo4j-admin import)
                       or cypher; repeatable
  --neo4j              also load the graph into Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_DATABASE; password from NEO4J_PASSWORD only)
  --shard i/n          process part i of n of the files (every machine lists the same paths) and write
                       <dir>/shard-i-of-n.unkg instead of graph.json; combine the n parts with unkg merge
  --report-json <file> also write the run's report as JSON (counts, phase times, CPU-seconds, peak RSS)
  -h, --help           this help
`;

export async function run(argv: string[]): Promise<number> {
  const startup = performance.now();
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
      shard: { type: 'string' },
      'report-json': { type: 'string' },
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

  const exportFormats = values.export ?? [];
  // the exporters (and the Neo4j driver they use) are loaded only when an export is asked for
  if (exportFormats.length > 0) {
    const { EXPORT_FORMATS, isExportFormat } = await import('@unkg/graph/export/index');
    const unknownFormat = exportFormats.find((format) => !isExportFormat(format));
    if (unknownFormat !== undefined) {
      process.stderr.write(
        `unkg ingest: --export "${printable(unknownFormat)}" is not a format (${EXPORT_FORMATS.join(', ')})\n`,
      );
      return 2;
    }
  }

  let shard: { index: number; count: number } | undefined;
  if (values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values.shard);
    shard = match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
    if (!shard || shard.index < 1 || shard.index > shard.count) {
      process.stderr.write(`unkg ingest: --shard must be i/n with 1 ≤ i ≤ n, got "${printable(values.shard)}"\n`);
      return 2;
    }
    if (exportFormats.length > 0 || values.neo4j) {
      process.stderr.write('unkg ingest: --shard writes a part for unkg merge; export and load the merged graph instead\n');
      return 2;
    }
  }

  const outDir = values.out ?? '.unkg';
  const graphFile = join(outDir, 'graph.json');
  const outputFile = shard ? join(outDir, `shard-${shard.index}-of-${shard.count}.unkg`) : graphFile;
  const progress = createProgress({ enabled: !values.quiet });
  let run;
  try {
    run = await processPaths(positionals, {
      workers,
      entities: !values['no-entities'],
      onProgress: progress.update,
      shard,
      spillDirectory: resolve(outDir),
    });
  } finally {
    progress.stop();
  }
  const errors = [...run.listing.issues, ...run.assembler.facts.issues].filter((issue) => issue.level === 'error');
  const readable = run.assembler.facts.read > 0;
  if ((values.strict && errors.length > 0) || (!readable && !shard)) {
    const report = discardRun(run);
    process.stderr.write(formatReport(report));
    process.stderr.write(
      values.strict && errors.length > 0
        ? `unkg ingest: --strict: ${errors.length} error${errors.length === 1 ? '' : 's'}; ${printable(outputFile)} was not written\n`
        : `unkg ingest: no document could be read; ${outputFile} was not written\n`,
    );
    return 1;
  }
  run.phases.startup = startup;
  const report = shard ? writeShardRun(run, outputFile) : writeRun(run, graphFile);
  report.elapsedMs += startup;
  if (values['report-json']) writeFileSync(values['report-json'], `${JSON.stringify({ ...report, cpuSeconds: cpuSeconds(), peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  if (values.quiet) {
    for (const issue of errorsOf(report)) process.stderr.write(`${formatIssue(issue)}\n`);
    process.stdout.write(`${printable(resolve(outputFile))}\n`);
  } else {
    process.stdout.write(formatReport(report, resolve(outputFile)));
    if (shard) process.stdout.write(`shard ${shard.index} of ${shard.count}: combine the parts with unkg merge <their files or directories> --out <dir>\n`);
  }
  const log = values.quiet ? undefined : (line: string) => process.stdout.write(`${line}\n`);
  if (exportFormats.length > 0) {
    const { defaultExportPath, isExportFormat, writeExportFromFile } = await import('@unkg/graph/export/index');
    for (const format of exportFormats) {
      if (!isExportFormat(format)) continue;
      const written = writeExportFromFile(graphFile, format, defaultExportPath(graphFile, format));
      log?.(`${format}: ${printable(resolve(written.path))}`);
    }
  }
  if (values.neo4j) {
    const { loadFileIntoNeo4j } = await import('./load');
    try {
      await loadFileIntoNeo4j(graphFile, { log });
    } catch (error) {
      process.stderr.write(
        `unkg ingest: --neo4j: ${printable((error as Error).message)}\n(${printable(graphFile)} was written)\n`,
      );
      return 1;
    }
  }
  return 0;
}

/** CPU-seconds of the process so far (all threads). */
function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}
