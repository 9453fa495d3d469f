/**
 * `unkg load <graph.json>`: loads a graph file into Neo4j (schema, then nodes, then
 * relationships, in idempotent batches; see docs/neo4j.md). The connection comes from flags and
 * NEO4J_* variables; the password only from NEO4J_PASSWORD, and it is never printed.
 */
import { GraphFile } from '@unkg/graph/graph-file';
import {
  connectionFromEnv,
  describeConnection,
  openDriver,
  type ConnectionFlags,
} from '@unkg/graph/neo4j/connection';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_CONCURRENCY,
  loadGraphFileIntoNeo4j,
  type LoadProgress,
  type LoadResult,
} from '@unkg/graph/neo4j/load';
import { parseCommandLine } from './args';

export const summary = 'load graph.json into Neo4j (idempotent, batched; NEO4J_URI/USER/PASSWORD/DATABASE)';

const USAGE = `usage: unkg load <graph.json> [--uri <bolt uri>] [--user <name>] [--database <name>] [--batch-size N] [--concurrency N] [--quiet]

Loads a graph file into Neo4j: a key constraint per label, then nodes and relationships in
batches (MERGE, one transaction per batch). Loading again changes nothing; a bigger graph adds.

options:
  --uri <uri>        server (default: NEO4J_URI, else bolt://127.0.0.1:7687)
  --user <name>      user (default: NEO4J_USER, else neo4j)
  --database <name>  database (default: NEO4J_DATABASE, else the server's default)
  --batch-size N     rows per transaction (default: ${DEFAULT_BATCH_SIZE})
  --concurrency N    transactions in flight at once (default: ${DEFAULT_CONCURRENCY})
  --quiet            print nothing but errors
  -h, --help         this help

The password is read from NEO4J_PASSWORD only. A local server: pnpm neo4j:start (docs/neo4j.md).
`;

export interface LoadCommandOptions extends ConnectionFlags {
  batchSize?: number;
  concurrency?: number;
  /** receives progress and summary lines; omit for silence */
  log?: (line: string) => void;
}

/** Loads a graph.json (streamed) into the Neo4j named by flags and environment; also used by `unkg ingest --neo4j`. */
export async function loadFileIntoNeo4j(
  graphFile: string,
  options: LoadCommandOptions = {},
): Promise<LoadResult> {
  GraphFile.open(graphFile); // a missing or unreadable graph fails before any connection
  const connection = connectionFromEnv(options);
  const driver = await openDriver(connection);
  try {
    const result = await loadGraphFileIntoNeo4j(graphFile, driver, {
      database: connection.database,
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      onProgress: progressReporter(options.log),
    });
    const rowSeconds = result.seconds.nodes + result.seconds.paragraphs + result.seconds.relationships;
    const rows = result.nodes + result.relationships;
    options.log?.(
      `loaded ${result.nodes} nodes and ${result.relationships} relationships into ${describeConnection(connection)} ` +
        `in ${(result.seconds.schema + rowSeconds).toFixed(1)} s (${Math.round(rows / Math.max(rowSeconds, 1e-6))} rows/s, ${result.batches} batches)`,
    );
    return result;
  } finally {
    await driver.close();
  }
}

/** One line per phase, and one per 100,000 rows of a long phase. */
function progressReporter(
  log: ((line: string) => void) | undefined,
): ((progress: LoadProgress) => void) | undefined {
  if (!log) return undefined;
  let lastPhase = '';
  let lastStep = 0;
  return ({ phase, done }) => {
    if (phase !== lastPhase) {
      lastPhase = phase;
      lastStep = 0;
      log(phase === 'schema' ? 'creating key constraints and indexes' : `loading ${phase}`);
    }
    const step = Math.floor(done / 100_000);
    if (phase !== 'schema' && step > lastStep) {
      lastStep = step;
      log(`  ${done} ${phase}`);
    }
  };
}

export async function run(argv: string[]): Promise<number> {
  if (argv.some((arg) => arg === '--password' || arg.startsWith('--password='))) {
    process.stderr.write('unkg load: there is no --password option: set NEO4J_PASSWORD in the environment\n');
    return 2;
  }
  const parsed = parseCommandLine(
    'load',
    argv,
    {
      uri: { type: 'string' },
      user: { type: 'string' },
      database: { type: 'string' },
      'batch-size': { type: 'string' },
      concurrency: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    process.stderr.write(`unkg load: give exactly one graph file\n\n${USAGE}`);
    return 2;
  }
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
    process.stderr.write(
      `unkg load: --batch-size must be a whole number ≥ 1, got "${values['batch-size']}"\n`,
    );
    return 2;
  }

  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    process.stderr.write(
      `unkg load: --concurrency must be a whole number ≥ 1, got "${values.concurrency}"\n`,
    );
    return 2;
  }

  const log = values.quiet ? undefined : (line: string) => process.stderr.write(`${line}\n`);
  try {
    await loadFileIntoNeo4j(positionals[0]!, {
      uri: values.uri,
      user: values.user,
      database: values.database,
      batchSize,
      concurrency,
      log,
    });
  } catch (error) {
    process.stderr.write(`unkg load: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}
