/**
 * Neo4j load benchmark: the graph of ../shared/corpus/unsc (ingested with the pipeline; a
 * synthetic graph of the same shape, ~5k nodes and ~40k edges, when the corpus or the pipeline is
 * unavailable, and the output says so) loaded into a fresh database of the local Neo4j server.
 * Prints rows per second for nodes and relationships with the batched loader, and the ratio to a
 * naive load (one auto-commit statement per row) measured in the same run on an even sample (its rows/s
 * extrapolate: each row costs the same round trip and transaction). Prints figures; asserts nothing.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportNeo4jCsv, importArguments, writeExport } from '../packages/graph/src/export/index';
import type { KnowledgeGraph } from '../packages/graph/src/index';
import { connectionFromEnv, openDriver, type Neo4jConnection } from '../packages/graph/src/neo4j/connection';
import type { Driver } from '../packages/graph/src/neo4j/driver';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, loadRowsIntoNeo4j } from '../packages/graph/src/neo4j/load';
import { loadNodesNaively, loadRelationshipsNaively } from '../packages/graph/src/neo4j/naive';
import { countRows, graphToRows, type GraphRows } from '../packages/graph/src/neo4j/rows';
import {
  MissingToolError,
  runNeo4jAdmin,
  startNeo4jServer,
  type RunningServer,
} from '../packages/graph/src/neo4j/server';
import { syntheticGraph } from '../packages/graph/src/neo4j/synthetic';
import { wipeDatabase } from '../packages/graph/src/neo4j/admin';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/unsc/text');
const NAIVE_ROWS = 1500;
const TARGET_RATIO = 20;
const TARGET_ROWS_PER_SECOND = 50_000;

async function corpusGraph(): Promise<{ graph: KnowledgeGraph; origin: string }> {
  const pipeline = resolve(ROOT, 'packages/ingest/src/pipeline.ts');
  if (existsSync(CORPUS) && existsSync(pipeline) && !process.env.UNKG_BENCH_SYNTHETIC) {
    const { ingestPaths } = await import('../packages/ingest/src/pipeline');
    const started = performance.now();
    const { graph } = await ingestPaths([CORPUS]);
    return { graph, origin: `../shared/corpus/unsc/text (ingested in ${seconds(started)} s)` };
  }
  return {
    graph: syntheticGraph({ resolutions: 1300 }),
    origin: 'SYNTHETIC graph (corpus or ingest pipeline unavailable)',
  };
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const rate = (rows: number, secondsTaken: number) => rows / Math.max(secondsTaken, 1e-9);
const format = (value: number) => Math.round(value).toLocaleString('en-US');

/** A server for the run: NEO4J_BENCH_URI (wiped!) when given, else a fresh local one. */
async function benchServer(): Promise<{ connection: Neo4jConnection; server?: RunningServer }> {
  if (process.env.NEO4J_BENCH_URI)
    return { connection: connectionFromEnv({ uri: process.env.NEO4J_BENCH_URI }) };
  const password = `bench-${randomBytes(9).toString('hex')}`;
  const server = await startNeo4jServer({ password, heap: '1g', pagecache: '256m' });
  return { connection: { uri: server.uri, user: server.user, password }, server };
}

/**
 * Full loads before the measured one: the server's JIT keeps tiering up over about three loads
 * of this graph (measured: 4.8 s for the first after start, 3.3 s by the fourth), and a
 * long-running server is warm.
 */
const WARM_UP_LOADS = 3;

/**
 * Warms the JVM and the query caches with full loads of the same rows (every statement the
 * measured runs use gets compiled here), and a few naive statements, so neither loader pays for it.
 */
async function warmUp(driver: Driver, rows: GraphRows): Promise<void> {
  for (let load = 0; load < WARM_UP_LOADS; load++) {
    await loadRowsIntoNeo4j(rows, driver);
    await wipeDatabase(driver);
  }
  await loadNodesNaively(rows, driver, { limit: 300 });
  await loadRowsIntoNeo4j({ nodes: rows.nodes, paragraphs: rows.paragraphs, relationships: [] }, driver);
  await loadRelationshipsNaively(rows, driver, { limit: 300 });
  await wipeDatabase(driver);
}

/** CPU-seconds the server process has used (Linux /proc), or undefined for a server not started here. */
function serverCpuSeconds(server: RunningServer | undefined): number | undefined {
  const pid = server?.process.pid;
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return undefined;
  // fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100/s)
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function measure(driver: Driver, rows: GraphRows, server: RunningServer | undefined) {
  const cpuBefore = serverCpuSeconds(server);
  const batched = await loadRowsIntoNeo4j(rows, driver);
  const cpuAfter = serverCpuSeconds(server);
  const serverCpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  const reload = await loadRowsIntoNeo4j(rows, driver);
  await wipeDatabase(driver);
  const naiveNodes = await loadNodesNaively(rows, driver, { limit: NAIVE_ROWS });
  // Relationships need their end nodes: load them (untimed) before the naive relationships.
  await loadRowsIntoNeo4j({ nodes: rows.nodes, paragraphs: rows.paragraphs, relationships: [] }, driver);
  const naiveRelationships = await loadRelationshipsNaively(rows, driver, { limit: NAIVE_ROWS });
  // The same relationships without their evidence: what the loader costs apart from the payload.
  await wipeDatabase(driver);
  await loadRowsIntoNeo4j({ nodes: rows.nodes, paragraphs: rows.paragraphs, relationships: [] }, driver);
  const bare = await loadRowsIntoNeo4j({ nodes: [], paragraphs: [], relationships: withoutEvidence(rows) }, driver);
  return { batched, serverCpu, reload, naiveNodes, naiveRelationships, bare };
}

function withoutEvidence(rows: GraphRows): GraphRows['relationships'] {
  return rows.relationships.map((group) => ({
    ...group,
    rows: group.rows.map((row) => ({
      ...row,
      props: Object.fromEntries(
        Object.entries(row.props).filter(([name]) => ['key', 'kind', 'weight'].includes(name)),
      ),
    })),
  }));
}

/**
 * The bulk route for a fresh database: the graph's CSV export through `neo4j-admin database
 * import full` into an empty store (offline, no transactions). Wall time includes the tool's JVM
 * start; the tool's own figure is printed beside it.
 */
function bulkImport(graph: KnowledgeGraph): { seconds: number; toolTime: string } {
  const work = mkdtempSync(join(tmpdir(), 'unkg-bench-import-'));
  try {
    const csvDirectory = join(work, 'csv');
    writeExport(graph, 'csv', csvDirectory);
    const started = performance.now();
    const result = runNeo4jAdmin(
      join(work, 'home'),
      importArguments(exportNeo4jCsv(graph), { directory: csvDirectory }),
    );
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`neo4j-admin import failed:\n${result.output.slice(-2000)}`);
    return { seconds, toolTime: /IMPORT DONE in ([^.\n]+)/.exec(result.output)?.[1] ?? 'not reported' };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  console.log('Neo4j load: batched UNWIND/MERGE transactions vs one statement per row');
  let started: { connection: Neo4jConnection; server?: RunningServer };
  try {
    started = await benchServer();
  } catch (error) {
    if (error instanceof MissingToolError) {
      console.log(`skipped: ${error.message}`);
      return;
    }
    throw error;
  }
  const driver = await openDriver(started.connection);
  try {
    const { graph, origin } = await corpusGraph();
    const rows = graphToRows(graph);
    const totals = countRows(rows);
    const megabytes = (groups: Array<{ rows: unknown[] }>) =>
      groups.reduce((sum, group) => sum + JSON.stringify(group.rows).length, 0) / 1e6;
    const payload = { nodes: megabytes(rows.nodes), relationships: megabytes(rows.relationships) };
    console.log(
      `graph: ${origin}: ${format(totals.nodes)} nodes, ${format(totals.relationships)} relationships`,
    );
    console.log(
      `payload (as JSON): nodes ${payload.nodes.toFixed(1)} MB, relationships ${payload.relationships.toFixed(1)} MB ` +
        `(${format((payload.relationships * 1e6) / Math.max(totals.relationships, 1))} bytes per relationship, mostly evidence)`,
    );
    await wipeDatabase(driver);
    await warmUp(driver, rows);
    const { batched, serverCpu, reload, naiveNodes, naiveRelationships, bare } = await measure(
      driver,
      rows,
      started.server,
    );

    const nodesPerSecond = rate(batched.nodes, batched.seconds.nodes);
    const relationshipsPerSecond = rate(batched.relationships, batched.seconds.relationships);
    const allPerSecond = rate(
      batched.nodes + batched.relationships,
      batched.seconds.nodes + batched.seconds.relationships,
    );
    const naiveNodesPerSecond = rate(naiveNodes.rows, naiveNodes.seconds);
    const naiveRelationshipsPerSecond = rate(naiveRelationships.rows, naiveRelationships.seconds);
    const naiveAllPerSecond = rate(
      naiveNodes.rows + naiveRelationships.rows,
      naiveNodes.seconds + naiveRelationships.seconds,
    );
    const line = (name: string, value: number, naive: number) =>
      console.log(
        `${name.padEnd(14)} ${format(value).padStart(9)} rows/s   naive ${format(naive).padStart(7)} rows/s   ×${(value / naive).toFixed(1)}`,
      );
    console.log(
      `batched load (batches of ${DEFAULT_BATCH_SIZE}, ${DEFAULT_CONCURRENCY} transactions in flight, schema ${batched.seconds.schema.toFixed(2)} s), naive on ${NAIVE_ROWS} nodes and ${NAIVE_ROWS} relationships spread evenly over the graph:`,
    );
    line('nodes', nodesPerSecond, naiveNodesPerSecond);
    line('relationships', relationshipsPerSecond, naiveRelationshipsPerSecond);
    line('all rows', allPerSecond, naiveAllPerSecond);
    const loadSeconds = batched.seconds.nodes + batched.seconds.relationships;
    console.log(
      `throughput: ${((payload.nodes + payload.relationships) / loadSeconds).toFixed(1)} MB/s of properties, ${loadSeconds.toFixed(1)} s in all`,
    );
    if (serverCpu !== undefined) {
      const rowsLoaded = batched.nodes + batched.relationships;
      console.log(
        `server CPU during the batched load: ${serverCpu.toFixed(2)} CPU-s on ${availableParallelism()} cores ` +
          `(${format((serverCpu * 1e6) / rowsLoaded)} µs per row; at that cost one core writes ${format(rowsLoaded / serverCpu)} rows/s)`,
      );
    }
    const reloadPerSecond = rate(
      reload.nodes + reload.relationships,
      reload.seconds.nodes + reload.seconds.relationships,
    );
    console.log(`reload of the same graph (idempotent, nothing changes): ${format(reloadPerSecond)} rows/s`);
    console.log(
      `relationships without their evidence properties (key, kind, weight only): ` +
        `${format(rate(bare.relationships, bare.seconds.relationships))} rows/s`,
    );
    const bulk = bulkImport(graph);
    console.log(
      `bulk route for a fresh database (CSV export + neo4j-admin database import): ` +
        `${format(rate(batched.nodes + batched.relationships, bulk.seconds))} rows/s ` +
        `(${bulk.seconds.toFixed(1)} s with the tool's JVM start; the tool reports ${bulk.toolTime})`,
    );
    const ratio = allPerSecond / naiveAllPerSecond;
    console.log(
      `targets: ≥ ${TARGET_RATIO}× naive: ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'} (×${ratio.toFixed(1)}); ` +
        `≥ ${format(TARGET_ROWS_PER_SECOND)} rows/s: ${allPerSecond >= TARGET_ROWS_PER_SECOND ? 'met' : 'MISSED'} (${format(allPerSecond)})`,
    );
  } finally {
    await driver.close();
    await started.server?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
