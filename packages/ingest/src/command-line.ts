/**
 * Command-line parsing shared by the `unkg` sub-commands (packages/cli) and the evaluations
 * (eval/*.ts, which `unkg eval` runs): errors and --help print the usage. It sits here, below
 * both, since imports only point down (cli → ingest).
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { printable } from './printable';

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>
>;

/**
 * Parses `argv` for `unkg <command>` (`command` as the messages name it: "ingest", "eval seeds").
 * Returns the parsed values, or the exit code when there is nothing more to do: 2 after a usage
 * error (printed with the usage), 0 after --help. `maxPositionals`: how many arguments may stand
 * outside the options; one more is a usage error.
 */
export function parseCommandLine<O extends ParseArgsOptionsConfig>(
  command: string,
  argv: string[],
  options: O,
  usage: string,
  maxPositionals = Infinity,
): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
    const extra = parsed.positionals[maxPositionals];
    if (extra !== undefined) throw new Error(`unexpected argument "${extra}"`);
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
