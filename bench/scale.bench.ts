/**
 * Scale: `unkg ingest` on copies of the dev corpus (../shared/corpus/unsc/text, 18 MB, 1,517
 * files; each copy a directory of hard links, so every document is a new one), then every reader of
 * the result. Memory must be bounded by the largest file, not the corpus: the peak RSS of 10
 * copies should not exceed that of 4, and the time should grow linearly.
 *
 *   pnpm bench scale                          4 and 10 copies, and the readers on the 10 copies' graph
 *   pnpm bench scale --copies 4,100           4 and 100 copies (1.8 GB: issue 15's run; tens of minutes on a
 *                                             busy 2-core machine), the readers on the 100 copies' graph
 *   UNKG_BENCH_COPIES=4,10,100 pnpm bench scale   the same through the environment
 * The readers read the largest run's graph.
 *
 * Printed: wall time, MB/s, CPU-seconds, peak RSS, graph.json size, the sorted runs spilled to
 * disk; for the readers (view, export csv and gexf, eval citations), time and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngestCommand } from './ingest.bench';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/unsc/text', import.meta.url));
const UNSC = fileURLToPath(new URL('../../shared/corpus/unsc', import.meta.url));

/**
 * `count` copies of the corpus, c001/, c002/, …: directories of hard links to its files (a copy
 * where links cannot be made). Not symbolic links: the walk reads a file reached twice once
 * (walk.ts), so linked directories would be one corpus.
 */
function copies(root: string, count: number): string[] {
  const files = readdirSync(CORPUS).filter((name) => !name.startsWith('.'));
  return Array.from({ length: count }, (_, index) => {
    const path = join(root, `c${String(index + 1).padStart(3, '0')}`);
    if (!existsSync(path)) {
      mkdirSync(path);
      for (const name of files) {
        try {
          linkSync(join(CORPUS, name), join(path, name));
        } catch {
          copyFileSync(join(CORPUS, name), join(path, name));
        }
      }
    }
    return path;
  });
}

/** Runs a reader of graph.json in a fresh process; its time and peak RSS. */
function reader(name: string, graph: string): { seconds: number; peakRssMb: number; detail: string } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--reader', name, graph], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`reader ${name} failed (exit ${child.status}):\n${child.stderr.slice(-2000)}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as { seconds: number; peakRssMb: number; detail: string };
}

/** In the child: one reader over the graph, as the commands do it. */
async function readHere(name: string, graph: string): Promise<void> {
  const started = performance.now();
  let detail: string;
  const work = mkdtempSync(join(tmpdir(), 'unkg-bench-reader-'));
  try {
    if (name === 'view') {
      const { prepareGraphFile } = await import('../packages/viewer/src/server');
      const prepared = prepareGraphFile(graph);
      const evidence = prepared.evidence.evidenceOfNode('S/RES/2370 (2017)');
      detail = `skeleton ${(prepared.skeletonJson.length / 1e6).toFixed(1)} MB, evidence of S/RES/2370 (2017): ${Object.keys(evidence).length} edges`;
    } else if (name === 'export-csv' || name === 'export-gexf') {
      const { writeExportFromFile } = await import('../packages/graph/src/export/index');
      const result = writeExportFromFile(graph, name === 'export-csv' ? 'csv' : 'gexf', join(work, name === 'export-csv' ? 'csv' : 'graph.gexf'));
      detail = `${result.files.length} file(s)`;
    } else if (name === 'eval-citations') {
      const { predictionsFromGraph, readGoldCorpus, scoreCitations } = await import('../packages/ingest/src/eval/citations');
      const corpus = readGoldCorpus(UNSC);
      const score = scoreCitations(corpus, predictionsFromGraph(graph, corpus));
      detail = `resolution citations F1 ${score.scopes.resolutions.overall.f1.toFixed(4)}`;
    } else throw new Error(`unknown reader ${name}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, detail })}\n`);
}

export async function run(): Promise<void> {
  if (!existsSync(CORPUS)) {
    process.stdout.write(`skipped: ${CORPUS} not found (the shared corpus sits beside the project)\n`);
    return;
  }
  const option = process.argv.indexOf('--copies');
  const counts = ((option >= 0 ? process.argv[option + 1] : undefined) ?? process.env.UNKG_BENCH_COPIES ?? '4,10')
    .split(',')
    .map(Number)
    .filter((count) => count > 0);
  const root = mkdtempSync(join(tmpdir(), 'unkg-bench-scale-'));
  process.stdout.write(`copies of ${CORPUS}: ${counts.join(', ')} (load average ${loadavg()[0]!.toFixed(1)})\n`);
  try {
    let readersGraph: string | null = null;
    const rows: Array<{ count: number; seconds: number; megabytes: number }> = [];
    for (const count of counts) {
      const out = join(root, `out-${count}`);
      const { report, wallSeconds } = runIngestCommand(copies(root, count), [], out);
      const megabytes = report.files.bytes / 1e6;
      rows.push({ count, seconds: wallSeconds, megabytes });
      const s = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(1);
      process.stdout.write(
        `${String(count).padStart(3)} copies: ${megabytes.toFixed(0)} MB, ${report.files.read} files in ${wallSeconds.toFixed(1)} s wall (${(megabytes / wallSeconds).toFixed(1)} MB/s, ` +
          `${report.cpuSeconds.toFixed(1)} CPU-s, ${report.workers} worker(s)), peak RSS ${report.peakRssMb.toFixed(0)} MB, ` +
          `graph.json ${(report.bytesWritten / 1e6).toFixed(0)} MB (${(report.bytesWritten / report.files.bytes).toFixed(2)}x), ${report.spilledRuns} sorted runs | ` +
          `start-up ${s(report.phases.startup)}, extraction ${s(report.phases.extraction)}, merge ${s(report.phases.merge)}, write ${s(report.phases.write)}, layout ${s(report.phases.layout)} s\n`,
      );
      // the readers read the largest graph (issue 15: every reader reads the result of a hundred copies)
      if (count === Math.max(...counts) && readersGraph === null) readersGraph = join(out, 'graph.json');
      else rmSync(out, { recursive: true, force: true });
    }
    if (rows.length > 1) {
      const [first, last] = [rows[0]!, rows[rows.length - 1]!];
      process.stdout.write(
        `time per MB: ${((first.seconds / first.megabytes) * 1000).toFixed(0)} ms at ${first.count} copies, ${((last.seconds / last.megabytes) * 1000).toFixed(0)} ms at ${last.count} (linear: equal)\n`,
      );
    }
    if (readersGraph) {
      process.stdout.write(`readers of ${readersGraph}:\n`);
      for (const name of ['view', 'export-csv', 'export-gexf', 'eval-citations']) {
        const result = reader(name, readersGraph);
        process.stdout.write(`  ${name.padEnd(15)} ${result.seconds.toFixed(1).padStart(6)} s, peak RSS ${result.peakRssMb.toFixed(0)} MB (${result.detail})\n`);
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const readerAt = process.argv.indexOf('--reader');
if (readerAt >= 0) await readHere(process.argv[readerAt + 1]!, process.argv[readerAt + 2]!);
else if (import.meta.url === `file://${process.argv[1]}`) await run();
