/**
 * Ingest throughput on the UN corpus text (../shared/corpus/unsc/text, ~18 MB, 1,517 files in six
 * languages).
 *
 * 1. The whole command, as a user runs it: `unkg ingest` in a fresh process (the bin, from its
 *    bundle), from process start to graph.json written, on one core (--workers 1) and with the
 *    default workers. Three runs each; printed: MB/s, CPU-seconds, peak RSS, and the phases
 *    (start-up, listing, extraction, merge, write) from the command's own report (--report-json).
 * 2. The pipeline in-process, first pass and warm (median of three), citations only and with
 *    entities: what extraction costs once the JIT has compiled it.
 * Each configuration runs in its own process. To see where the time goes:
 * `npx tsx bench/profile-ingest.ts` (warm passes, then a CPU profile).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../packages/ingest/src/pipeline';
import { stagesOf, type IngestReport } from '../packages/ingest/src/report';

/** measured passes after the first on one core; the warm rate is their median */
const WARM_PASSES = 3;
const COMMAND_RUNS = 3;
const CORPUS = fileURLToPath(new URL('../../shared/corpus/unsc/text', import.meta.url));
const BIN = fileURLToPath(new URL('../packages/cli/bin/unkg.mjs', import.meta.url));
/**
 * PDF and Word renderings of corpus texts (scripts/render-un-documents.ts): the few committed in
 * data/samples, or a full rendering named by UNKG_RENDERINGS (a directory of .pdf/.docx files).
 */
const SAMPLE_RENDERINGS = fileURLToPath(new URL('../data/samples/renderings', import.meta.url));

interface Figures {
  label: string;
  seconds: number;
  /** CPU time of the process (all threads): on a busy machine wall time says less than this */
  cpuSeconds: number;
  megabytes: number;
  documents: number;
  peakRssMb: number;
}

type CommandReport = IngestReport & { cpuSeconds: number; peakRssMb: number };

/** One `unkg ingest` in a fresh process; its own report (phases, CPU, peak RSS) and the wall time. */
export function runIngestCommand(paths: string[], args: string[] = [], outDir?: string): { report: CommandReport; wallSeconds: number; graphBytes: number } {
  const work = mkdtempSync(join(tmpdir(), 'unkg-bench-ingest-'));
  try {
    const reportFile = join(work, 'report.json');
    const started = performance.now();
    const child = spawnSync(process.execPath, [BIN, 'ingest', ...paths, '--out', outDir ?? work, '--quiet', '--report-json', reportFile, ...args], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const wallSeconds = (performance.now() - started) / 1000;
    if (child.status !== 0) throw new Error(`unkg ingest failed (exit ${child.status}):\n${child.stderr.slice(-2000)}`);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as CommandReport;
    return { report, wallSeconds, graphBytes: report.bytesWritten };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function printCommand(label: string, runs: Array<ReturnType<typeof runIngestCommand>>): void {
  const megabytes = runs[0]!.report.files.bytes / 1e6;
  const s = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(2);
  for (const { report, wallSeconds } of runs) {
    const { phases } = report;
    process.stdout.write(
      `${label.padEnd(30)} ${(megabytes / wallSeconds).toFixed(1).padStart(5)} MB/s ${wallSeconds.toFixed(2).padStart(6)} s wall ` +
        `${report.cpuSeconds.toFixed(2).padStart(5)} CPU-s (${(megabytes / report.cpuSeconds).toFixed(1)} MB per CPU-s) peak RSS ${report.peakRssMb.toFixed(0)} MB | ` +
        `start-up ${s(phases.startup)}, listing ${s(phases.prepare)}, rules ${s(phases.rules)}, extraction ${s(phases.extraction)}${stagesOf(phases)}, merge ${s(phases.merge)}, write ${s(phases.write)}, layout ${s(phases.layout)} s\n`,
    );
  }
  const best = runs.reduce((a, b) => (a.wallSeconds < b.wallSeconds ? a : b));
  process.stdout.write(
    `${''.padEnd(30)} best ${(megabytes / best.wallSeconds).toFixed(1)} MB/s; graph.json ${(best.graphBytes / 1e6).toFixed(1)} MB = ${(best.graphBytes / best.report.files.bytes).toFixed(2)}x the input\n`,
  );
}

async function measure(label: string, workers: number, entities: boolean, dir = CORPUS): Promise<Figures> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { report } = await ingestPaths([dir], { workers, entities });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // maxRSS covers the whole process, worker threads included (each configuration has its own process)
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { label, seconds, cpuSeconds, megabytes: report.files.bytes / 1e6, documents: report.files.read, peakRssMb };
}

function print(figures: Figures): void {
  const { label, seconds, cpuSeconds, megabytes, documents, peakRssMb } = figures;
  process.stdout.write(
    `${label.padEnd(44)} ${(megabytes / seconds).toFixed(1).padStart(6)} MB/s ${(documents / seconds).toFixed(0).padStart(6)} docs/s ` +
      `${seconds.toFixed(2).padStart(7)} s  (${(megabytes / cpuSeconds).toFixed(1)} MB per CPU-second)  peak RSS ${peakRssMb.toFixed(0)} MB\n`,
  );
}

/** Runs one in-process configuration in a child process and returns its passes' figures. */
function measureInChild(workers: number, entities: boolean, passes: number, dir = CORPUS): Figures[] {
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--measure',
      String(workers),
      String(entities),
      String(passes),
      dir,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (child.status !== 0) throw new Error(`ingest bench child failed (exit ${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Figures[];
}

/**
 * In the child: a warm-up file (module loading), then `passes` measured passes over the corpus.
 * The first pass runs while the JIT is still compiling; the JIT keeps tiering up for a few passes,
 * so the warm rate is the median of the passes after the first (the steady state of a long run).
 */
async function measureHere(workers: number, entities: boolean, passes: number, dir: string): Promise<void> {
  // a warm-up file loads the modules (and the PDF or Word reader for those formats)
  const warmUp = dir === CORPUS ? `${CORPUS}/S_RES_2505_2020.en.txt` : join(dir, readdirSync(dir).sort()[0]!);
  await ingestPaths([warmUp], { workers: 1, entities });
  const name = entities ? 'with entities' : 'citations only';
  const where = workers > 1 ? `${workers} cores (workers)` : '1 core';
  const first = await measure(`${name}, ${where}, first pass`, workers, entities, dir);
  const warm: Figures[] = [];
  for (let pass = 2; pass <= passes; pass++) warm.push(await measure('', workers, entities, dir));
  const figures = [first];
  if (warm.length > 0) {
    const median = [...warm].sort((a, b) => a.seconds - b.seconds)[Math.floor(warm.length / 2)]!;
    figures.push({ ...median, label: `${name}, ${where}, warm (median of ${warm.length})` });
  }
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

export async function run(): Promise<void> {
  if (!existsSync(CORPUS)) {
    process.stdout.write(`skipped: ${CORPUS} not found (the shared corpus sits beside the project)\n`);
    return;
  }
  const cores = availableParallelism();
  process.stdout.write(
    `corpus: ${CORPUS}\ncores: ${cores} (load average ${loadavg()[0]!.toFixed(1)}: figures are wall-clock, a busy machine lowers them)\n`,
  );
  process.stdout.write('the whole command, process start to graph.json written (unkg ingest, with entities):\n');
  // the first command may build the CLI's bundle: not measured
  runIngestCommand([`${CORPUS}/S_RES_2505_2020.en.txt`]);
  printCommand('unkg ingest, 1 core', Array.from({ length: COMMAND_RUNS }, () => runIngestCommand([CORPUS], ['--workers', '1'])));
  if (cores > 1) printCommand('unkg ingest, default workers', Array.from({ length: COMMAND_RUNS }, () => runIngestCommand([CORPUS])));
  process.stdout.write('the pipeline in-process (ingestPaths, graph in memory):\n');
  for (const entities of [false, true]) {
    const [single, warm] = measureInChild(1, entities, WARM_PASSES + 1);
    print(single!);
    print(warm!);
  }
  runDocuments();
}

/**
 * PDF and Word beside text: the same documents as the corpus's text, as PDF and as DOCX, with
 * entities on one core (warm median). MB/s counts each format's own file bytes (a PDF is several
 * times its text); "text MB/s" divides the texts' size by the same time, so the formats compare
 * per document.
 */
function runDocuments(): void {
  const source = process.env.UNKG_RENDERINGS ?? SAMPLE_RENDERINGS;
  if (!existsSync(source)) {
    process.stdout.write(`PDF/DOCX skipped: ${source} not found\n`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'unkg-bench-formats-'));
  try {
    const byFormat = new Map<string, string[]>([['txt', []], ['pdf', []], ['docx', []]]);
    for (const name of readdirSync(source).sort()) {
      const format = /\.(pdf|docx)$/.exec(name)?.[1];
      if (!format) continue;
      byFormat.get(format)!.push(join(source, name));
      const text = join(CORPUS, name.replace(/\.(pdf|docx)$/, '.txt'));
      if (existsSync(text) && !byFormat.get('txt')!.includes(text)) byFormat.get('txt')!.push(text);
    }
    const textBytes = byFormat.get('txt')!.reduce((sum, file) => sum + statSync(file).size, 0);
    process.stdout.write(`\nPDF and DOCX renderings: ${source} (${byFormat.get('pdf')!.length} PDF, ${byFormat.get('docx')!.length} DOCX; their texts ${(textBytes / 1e6).toFixed(2)} MB)\n`);
    for (const [format, files] of byFormat) {
      if (files.length === 0) continue;
      const dir = join(work, format);
      mkdirSync(dir);
      for (const file of files) copyFileSync(file, join(dir, basename(file)));
      const [, warm] = measureInChild(1, true, WARM_PASSES + 1, dir);
      const figures = warm!;
      process.stdout.write(
        `${`${format.toUpperCase()}, with entities, 1 core, warm`.padEnd(44)} ${(figures.megabytes / figures.seconds).toFixed(1).padStart(6)} MB/s ` +
          `${(figures.documents / figures.seconds).toFixed(0).padStart(6)} docs/s  text ${(textBytes / 1e6 / figures.seconds).toFixed(1)} MB/s  ` +
          `(${figures.megabytes.toFixed(1)} MB of files, ${(figures.megabytes / figures.cpuSeconds).toFixed(1)} MB per CPU-second)  peak RSS ${figures.peakRssMb.toFixed(0)} MB\n`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const measureAt = process.argv.indexOf('--measure');
if (measureAt >= 0) {
  const [workers, entities, passes, dir] = process.argv.slice(measureAt + 1);
  await measureHere(Number(workers), entities === 'true', Number(passes), dir ?? CORPUS);
} else if (import.meta.url === `file://${process.argv[1]}`) await run();
