/**
 * `pnpm bench [filter]`: runs every bench/*.bench.ts in name order (or those whose name contains
 * the filter). Each module exports `run(): Promise<void>` and prints its own figures; nothing is
 * asserted: speed and memory are reported, not tested.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => !filter || name.includes(filter))
  .sort();

if (benches.length === 0) {
  process.stderr.write(`bench: no bench/*.bench.ts matches "${filter ?? ''}"\n`);
  process.exitCode = 1;
} else {
  for (const name of benches) {
    process.stdout.write(`\n## ${name.replace(/\.bench\.ts$/, '')}\n`);
    const module = (await import(pathToFileURL(`${here}${name}`).href)) as { run?: () => Promise<void> };
    if (typeof module.run !== 'function') throw new Error(`bench/${name} exports no run() function`);
    await module.run();
  }
}
