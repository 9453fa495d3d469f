/** Command-line parsing shared by the `unkg` sub-commands: errors and --help print the usage. */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { printable } from '@unkg/ingest/printable';

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>
>;

/**
 * Parses `argv` for `unkg <command>`. Returns the parsed values, or the exit code when there is
 * nothing more to do: 2 after a usage error (printed with the usage), 0 after --help.
 */
export function parseCommandLine<O extends ParseArgsOptionsConfig>(
  command: string,
  argv: string[],
  options: O,
  usage: string,
): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    process.stderr.write(`unkg ${command}: ${printable((error as Error).message)}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: unknown }).help) {
    process.stdout.write(usage);
    return 0;
  }
  return parsed;
}
