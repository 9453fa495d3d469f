/**
 * `unkg merge <shard file|dir>... --out <dir>`: combines the parts written by
 * `unkg ingest … --shard i/n` (on one machine or several) into `<dir>/graph.json`, byte for byte
 * the graph.json one `unkg ingest` of all the files writes.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mergeShards } from '@unkg/ingest/pipeline';
import { errorsOf, formatReport } from '@unkg/ingest/report';
import { parseCommandLine } from '@unkg/ingest/command-line';

export const summary = 'combine the shard files of unkg ingest --shard i/n into graph.json';

const USAGE = `usage: unkg merge <shard file|dir>... [--out <dir>] [--quiet]

Combines the n parts written by unkg ingest <paths> --shard i/n (each machine listing the same
paths) into <dir>/graph.json: exactly the graph.json of one unkg ingest of all the files.
A directory stands for the shard-*-of-*.unkg files in it.

options:
  --out <dir>   output directory (default: .unkg)
  --quiet       print only errors and the path of graph.json
  -h, --help    this help
`;

const SHARD_FILE = /^shard-\d+-of-\d+\.unkg$/;

/** The shard files named, directories expanded to the shard files in them. */
export function shardFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let directory: boolean;
    try {
      directory = statSync(path).isDirectory();
    } catch {
      throw new Error(`${path}: cannot be read (no such file or directory)`);
    }
    if (!directory) files.push(path);
    else {
      const found = readdirSync(path).filter((name) => SHARD_FILE.test(name)).sort();
      if (found.length === 0) throw new Error(`${path}: no shard-i-of-n.unkg file in this directory`);
      files.push(...found.map((name) => join(path, name)));
    }
  }
  return files;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    'merge',
    argv,
    {
      out: { type: 'string', short: 'o', default: '.unkg' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    process.stderr.write(`unkg merge: give the shard files (or their directories)\n\n${USAGE}`);
    return 2;
  }
  const graphFile = join(values.out ?? '.unkg', 'graph.json');
  let report;
  try {
    report = mergeShards(shardFiles(positionals), graphFile);
  } catch (error) {
    process.stderr.write(`unkg merge: ${(error as Error).message}\n`);
    return 1;
  }
  if (values.quiet) {
    for (const issue of errorsOf(report)) process.stderr.write(`error: ${issue.source}: ${issue.message.split('\n')[0]}\n`);
    process.stdout.write(`${resolve(graphFile)}\n`);
  } else process.stdout.write(formatReport(report, resolve(graphFile)));
  return 0;
}
