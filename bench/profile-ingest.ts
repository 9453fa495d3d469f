/**
 * Where ingest spends its time: `npx tsx bench/profile-ingest.ts [dir] [--entities] [--runs N] [--top N] [--first]`.
 * With `--first`, profiles the first pass instead (after one file, as the bench does): what a
 * single `unkg ingest` pays while the JIT is still compiling.
 * Warms up with one full pass (JIT, regexes compiled), times N more passes in-process (CPU-seconds
 * and MB per CPU-second, the figure to compare on a shared machine), then profiles one more pass
 * with the V8 sampling profiler (node:inspector) and prints the functions with the most self time.
 * A tool for optimising, not a benchmark: the profiled pass runs slower than the timed ones.
 */
import { Session } from 'node:inspector/promises';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../packages/ingest/src/pipeline';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const corpus =
  process.argv
    .slice(2)
    .find((arg, index, all) => !arg.startsWith('--') && !all[index - 1]?.startsWith('--')) ??
  fileURLToPath(new URL('../../shared/corpus/unsc/text', import.meta.url));
const entities = process.argv.includes('--entities');
const runs = Number(argument('--runs', '3'));
const top = Number(argument('--top', '30'));
const options = { workers: 1, entities };

const first = process.argv.includes('--first');
// the warm-up: the whole corpus, or with --first one file (module loading only, as the bench does)
const oneFile = first ? readdirSync(corpus).find((name) => name.endsWith('.txt')) : undefined;
await ingestPaths([oneFile ? join(corpus, oneFile) : corpus], options);
const rates: string[] = [];
for (let run = 0; run < (first ? 0 : runs); run++) {
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const { report } = await ingestPaths([corpus], options);
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const megabytes = report.files.bytes / 1e6;
  rates.push(
    `${cpuSeconds.toFixed(2)} CPU-s (${(megabytes / cpuSeconds).toFixed(1)} MB/CPU-s, ${((performance.now() - started) / 1000).toFixed(2)} s wall)`,
  );
}
if (!first) {
  process.stdout.write(
    `${corpus}, entities ${entities ? 'on' : 'off'}, warm passes:\n  ${rates.join('\n  ')}\n`,
  );
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
await ingestPaths([corpus], options);
const { profile } = (await session.post('Profiler.stop')) as unknown as {
  profile: { nodes: ProfileNode[]; samples: number[] };
};
session.disconnect();

const selfHits = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0;
  total += hits;
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(packages|node_modules)\//, '$1/');
  const name = `${functionName || '(anonymous)'}  ${file}${url ? `:${lineNumber + 1}` : ''}`;
  selfHits.set(name, (selfHits.get(name) ?? 0) + hits);
}
const ranked = [...selfHits].sort((a, b) => b[1] - a[1]).slice(0, top);
process.stdout.write(`self time, top ${top} of ${total} samples:\n`);
for (const [name, hits] of ranked)
  process.stdout.write(`${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}\n`);
