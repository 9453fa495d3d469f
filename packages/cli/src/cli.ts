#!/usr/bin/env node
/** `unkg`: the command-line entry. Each sub-command lives in commands/<name>.ts. */
import { pathToFileURL } from 'node:url';
import { printable } from '@unkg/ingest/printable';

type Command = { run(argv: string[]): Promise<number>; summary: string };

const COMMANDS: Record<string, () => Promise<Command>> = {
  ingest: () => import('./commands/ingest'),
  merge: () => import('./commands/merge'),
  eval: () => import('./commands/eval'),
  load: () => import('./commands/load'),
  export: () => import('./commands/export'),
  view: () => import('./commands/view'),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = await Promise.all(
      Object.entries(COMMANDS).map(async ([command, load]) => `  ${command.padEnd(8)} ${(await load()).summary}`),
    );
    process.stdout.write(`usage: unkg <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nunkg <command> --help for a command's options\n`);
    return name ? 0 : 1;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`unkg: unknown command "${printable(name)}" (try unkg --help)\n`);
    return 2;
  }
  return (await load()).run(rest);
}

/** Runs the CLI and sets the exit code; a thrown error prints as one line. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    process.stderr.write(`unkg: ${printable(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runCli(process.argv.slice(2));
}
