/**
 * CPU of the entity stage alone: `npx tsx bench/entities-stage.ts [dir] [--runs N]`. Loads and
 * segments every file once, then runs extractEntities over all of them N times (the first pass
 * is the cold one a single `unkg ingest` pays; the last one hashes) and prints each pass's CPU-seconds and a hash of
 * the fragments (the same hash before and after a speed change: the same output).
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocument } from '../packages/ingest/src/load/documents';
import { analyseDocument } from '../packages/ingest/src/pipeline';
import { extractEntities } from '../packages/ingest/src/entities';

const corpus =
  process.argv.slice(2).find((arg, index, all) => !arg.startsWith('--') && !all[index - 1]?.startsWith('--')) ??
  fileURLToPath(new URL('../../shared/corpus/unsc/text', import.meta.url));
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 4;
const files = readdirSync(corpus).filter((name) => /\.(txt|html?|xml|md)$/.test(name)).sort();
const docs = [];
for (const name of files) docs.push(analyseDocument(await loadDocument(join(corpus, name))));
for (let run = 0; run < runs; run++) {
  const hash = createHash('sha256');
  const started = process.cpuUsage();
  for (let index = 0; index < docs.length; index++) {
    const fragment = extractEntities(docs[index]!, `doc:${files[index]}`);
    if (run === runs - 1) hash.update(JSON.stringify(fragment));
  }
  const cpu = process.cpuUsage(started);
  process.stdout.write(`pass ${run + 1}: ${((cpu.user + cpu.system) / 1e6).toFixed(3)} CPU-s${run === runs - 1 ? ` hash ${hash.digest('hex').slice(0, 16)}` : ''}\n`);
}
