/**
 * Ingest throughput on the UN corpus text (../shared/corpus/unsc/text, ~18 MB, 1,517 files in six
 * languages): MB/s and documents/s on one core (in-process) and on all cores (worker threads),
 * with entity extraction off (the citation pipeline) and on, and the peak resident memory.
 * To see where the time goes: `npx tsx bench/profile-ingest.ts` (warm passes, then a CPU profile).
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../packages/ingest/src/pipeline';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/unsc/text', import.meta.url));

interface Figures {
  label: string;
  seconds: number;
  /** CPU time of the process (all threads): on a busy machine wall time says less than this */
  cpuSeconds: number;
  megabytes: number;
  documents: number;
  peakRssMb: number;
}

async function measure(label: string, workers: number, entities: boolean): Promise<Figures> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { report } = await ingestPaths([CORPUS], { workers, entities });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // maxRSS covers the whole process, worker threads included; it only grows, so runs go lightest first
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return {
    label,
    seconds,
    cpuSeconds,
    megabytes: report.files.bytes / 1e6,
    documents: report.files.read,
    peakRssMb,
  };
}

function print(figures: Figures, baseline?: Figures): void {
  const { label, seconds, cpuSeconds, megabytes, documents, peakRssMb } = figures;
  const speedup = baseline ? `  ×${(baseline.seconds / seconds).toFixed(2)} vs 1 core` : '';
  process.stdout.write(
    `${label.padEnd(36)} ${(megabytes / seconds).toFixed(1).padStart(6)} MB/s ${(documents / seconds).toFixed(0).padStart(6)} docs/s ` +
      `${seconds.toFixed(2).padStart(7)} s  (${(megabytes / cpuSeconds).toFixed(1)} MB per CPU-second)  peak RSS ${peakRssMb.toFixed(0)} MB${speedup}\n`,
  );
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
  // warm-up: module loading and JIT, not measured
  await ingestPaths([`${CORPUS}/S_RES_2505_2020.en.txt`], { workers: 1, entities: false });
  for (const entities of [false, true]) {
    const name = entities ? 'with entities' : 'citations only';
    const single = await measure(`${name}, 1 core (in-process)`, 1, entities);
    print(single);
    // a second pass runs on compiled code (JIT warm, regexes compiled): the steady-state rate
    print(await measure(`${name}, 1 core, second pass`, 1, entities));
    if (cores > 1) print(await measure(`${name}, ${cores} cores (workers)`, cores, entities), single);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
