/**
 * `unkg load <graph.json>`: loads a graph file into Neo4j (schema, then nodes, then
 * relationships, in idempotent batches; see docs/neo4j.md). The connection comes from flags and
 * NEO4J_* variables; the password only from NEO4J_PASSWORD, and it is never printed.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importArguments, writeNeo4jCsvDirectory } from '@unkg/graph/export/csv';
import { GraphFile, recordSource } from '@unkg/graph/graph-file';
import { runBulkImport } from '@unkg/graph/neo4j/server';
import { schemaItems } from '@unkg/graph/neo4j/schema';
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
import { printable } from '@unkg/ingest/printable';
import { parseCommandLine } from '@unkg/ingest/command-line';

export const summary = 'load graph.json into Neo4j (online: idempotent, batched; --bulk: neo4j-admin import into an empty database)';

const USAGE = `usage: unkg load <graph.json> [--uri <uri>] [--user <name>] [--database <name>] [--batch-size <n>] [--concurrency <n>] [--quiet]
       unkg load <graph.json> --bulk [--home <dir>] [--database <name>] [--overwrite] [--quiet]

Loads a graph file into Neo4j: a key constraint per label, then nodes and relationships in
batches (MERGE, one transaction per batch). Loading again changes nothing; a bigger graph adds.

With --bulk, imports into an empty database instead, offline: the graph as CSV through
neo4j-admin database import (the Neo4j this project runs, tools/neo4j-server), into the store
under --home (default .neo4j, the one pnpm neo4j:start serves; it must not be running), then the
constraints and indexes applied to it. Start the server afterwards. No password is needed.

options:
  --uri <uri>        server (default: NEO4J_URI, else bolt://127.0.0.1:7687)
  --user <name>      user (default: NEO4J_USER, else neo4j)
  --database <name>  database (default: NEO4J_DATABASE, else the server's default)
  --batch-size <n>   rows per transaction (default: ${DEFAULT_BATCH_SIZE})
  --concurrency <n>  transactions in flight at once (default: ${DEFAULT_CONCURRENCY})
  --bulk             import into an empty database with neo4j-admin (see above)
  --home <dir>       with --bulk: the Neo4j home whose database is imported (default: .neo4j)
  --overwrite        with --bulk: replace the database if it holds data
  --quiet            print nothing but errors
  -h, --help         this help

The password is read from NEO4J_PASSWORD only. A local server: npm run neo4j:start in the repository (docs/neo4j.md).
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

/**
 * The bulk route: the graph as CSV (streamed, two reads of graph.json) into a directory under the
 * home, then neo4j-admin database import and the schema in one JVM (runBulkImport, which starts
 * that JVM first so that its start overlaps the CSV), then the CSV removed.
 */
export async function bulkLoad(
  graphFile: string,
  options: { home: string; database: string; overwrite?: boolean; log?: (line: string) => void },
): Promise<BulkLoadResult> {
  const started = performance.now();
  const file = GraphFile.open(graphFile);
  const home = resolve(options.home);
  mkdirSync(join(home, 'import'), { recursive: true });
  const directory = mkdtempSync(join(home, 'import', 'unkg-'));
  let csv = 0;
  let csvBytes = 0;
  try {
    options.log?.(`writing ${graphFile} as CSV into ${directory}, importing it with neo4j-admin into ${home} (database ${options.database}), then the constraints and indexes`);
    const result = await runBulkImport({
      home,
      database: options.database,
      schema: schemaItems(),
      prepare: () => {
        const names = writeNeo4jCsvDirectory(recordSource(file), directory);
        csv = (performance.now() - started) / 1000;
        csvBytes = [...names.nodeFiles, ...names.relationshipFiles].reduce((sum, { name }) => sum + statSync(join(directory, name)).size, 0);
        return [
          ...importArguments(names, { directory, database: options.database }),
          ...(options.overwrite ? ['--overwrite-destination=true'] : []),
          // neo4j-admin writes its report into the working directory unless told otherwise
          `--report-file=${join(directory, 'import.report')}`,
        ];
      },
    });
    if (result.status !== 0) {
      const exists = /already exists|overwrite-destination/i.test(result.output);
      throw new Error(
        exists
          ? `the database ${options.database} under ${home} already holds data: --bulk imports into an empty database (--overwrite replaces it, or use the online load)`
          : `neo4j-admin failed (status ${result.status}); is a Neo4j running on ${home}? Its output ends:\n${result.output.trim().split('\n').slice(-15).join('\n')}`,
      );
    }
    const imported = /Imported:\s+(\d+) nodes\s+(\d+) relationships/.exec(result.output);
    const nodes = Number(imported?.[1] ?? 0);
    const relationships = Number(imported?.[2] ?? 0);
    const total = (performance.now() - started) / 1000;
    options.log?.(
      `bulk-imported ${nodes} nodes and ${relationships} relationships into ${home} (database ${options.database}) in ${total.toFixed(1)} s ` +
        `(CSV ${csv.toFixed(1)} s, the JVM's start ${result.startSeconds?.toFixed(1) ?? '?'} s alongside it, neo4j-admin ${result.importSeconds?.toFixed(1) ?? '?'} s, schema ${result.schemaSeconds?.toFixed(1) ?? '?'} s); start Neo4j on it to query`,
    );
    return {
      nodes,
      relationships,
      csvBytes,
      seconds: { csv, jvmStart: result.startSeconds ?? 0, import: result.importSeconds ?? 0, schema: result.schemaSeconds ?? 0, total },
      jvmCpuSeconds: result.cpuSeconds?.schema,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export interface BulkLoadResult {
  nodes: number;
  relationships: number;
  /** bytes of the CSV files imported */
  csvBytes: number;
  /**
   * seconds: writing the CSV (from the start), the JVM's start up to its waiting for the CSV (the
   * two overlap), neo4j-admin, the schema, and the whole route
   */
  seconds: { csv: number; jvmStart: number; import: number; schema: number; total: number };
  /** CPU-seconds the JVM used, when it said */
  jvmCpuSeconds?: number;
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
      bulk: { type: 'boolean', default: false },
      home: { type: 'string' },
      overwrite: { type: 'boolean', default: false },
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
      `unkg load: --batch-size must be a whole number ≥ 1, got "${printable(values['batch-size'] ?? '')}"\n`,
    );
    return 2;
  }

  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    process.stderr.write(
      `unkg load: --concurrency must be a whole number ≥ 1, got "${printable(values.concurrency ?? '')}"\n`,
    );
    return 2;
  }

  const log = values.quiet ? undefined : (line: string) => process.stderr.write(`${line}\n`);
  if (values.bulk) {
    if (values.uri || values.user || values['batch-size'] || values.concurrency) {
      process.stderr.write('unkg load: --bulk imports offline into --home; --uri, --user, --batch-size and --concurrency are for the online load\n');
      return 2;
    }
    try {
      await bulkLoad(positionals[0]!, { home: values.home ?? '.neo4j', database: values.database ?? 'neo4j', overwrite: values.overwrite ?? false, log });
    } catch (error) {
      process.stderr.write(`unkg load --bulk: ${printable((error as Error).message)}\n`);
      return 1;
    }
    return 0;
  }
  if (values.home || values.overwrite) {
    process.stderr.write('unkg load: --home and --overwrite go with --bulk\n');
    return 2;
  }
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
    process.stderr.write(`unkg load: ${printable((error as Error).message)}\n`);
    return 1;
  }
  return 0;
}
