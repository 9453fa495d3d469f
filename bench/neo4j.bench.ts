/**
 * Neo4j load benchmark: the graph of ../shared/corpus/unsc/text (ingested into a graph.json; a
 * synthetic graph of the same shape when the corpus is unavailable, and the output says so)
 * loaded into a fresh database of the local Neo4j server.
 *
 * Printed: rows per second and MB/s of properties for the batched loader (nodes, paragraphs,
 * relationships), against a naive load (one auto-commit statement per row) measured in the same
 * run on an even sample (its rows/s extrapolate: each row costs the same round trip and
 * transaction); the reload; the server's CPU per row; and the two routes end to end for a fresh
 * database: `unkg load` (online, reading graph.json) against `unkg load --bulk` (CSV,
 * neo4j-admin import, schema). Prints figures; asserts nothing.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serializeGraph } from '../packages/graph/src/index';
import { GraphFile } from '../packages/graph/src/graph-file';
import { connectionFromEnv, openDriver, type Neo4jConnection } from '../packages/graph/src/neo4j/connection';
import type { Driver } from '../packages/graph/src/neo4j/driver';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, loadGraphFileIntoNeo4j, loadRowsIntoNeo4j, type LoadResult } from '../packages/graph/src/neo4j/load';
import { loadNodesNaively, loadRelationshipsNaively } from '../packages/graph/src/neo4j/naive';
import { countRows, recordsToRows, type GraphRows } from '../packages/graph/src/neo4j/rows';
import { MissingToolError, startNeo4jServer, type RunningServer } from '../packages/graph/src/neo4j/server';
import { syntheticGraph } from '../packages/graph/src/neo4j/synthetic';
import { wipeDatabase } from '../packages/graph/src/neo4j/admin';
import { bulkLoad, type BulkLoadResult } from '../packages/cli/src/commands/load';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/unsc/text');
const NAIVE_ROWS = 1500;
const TARGET_RATIO = 25;
/** rounds of the two routes, online then bulk: the first bulk round of a new build writes the class-data archive */
const BULK_ROUNDS = 3;

/** The corpus's graph.json, written by the ingest pipeline (or a synthetic graph's). */
async function corpusGraphFile(work: string): Promise<{ graphFile: string; origin: string }> {
  const graphFile = join(work, 'graph.json');
  if (existsSync(CORPUS) && !process.env.UNKG_BENCH_SYNTHETIC) {
    const { ingestToFile } = await import('../packages/ingest/src/pipeline');
    const started = performance.now();
    await ingestToFile([CORPUS], graphFile);
    return { graphFile, origin: `../shared/corpus/unsc/text (ingested in ${seconds(started)} s)` };
  }
  writeFileSync(graphFile, serializeGraph(syntheticGraph({ resolutions: 1300 })));
  return { graphFile, origin: 'SYNTHETIC graph (corpus unavailable or UNKG_BENCH_SYNTHETIC set)' };
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const rate = (rows: number, secondsTaken: number) => rows / Math.max(secondsTaken, 1e-9);
const format = (value: number) => Math.round(value).toLocaleString('en-US');

/** A server for the run: NEO4J_BENCH_URI (wiped!) when given, else a fresh local one. */
async function benchServer(): Promise<{ connection: Neo4jConnection; server?: RunningServer }> {
  if (process.env.NEO4J_BENCH_URI) return { connection: connectionFromEnv({ uri: process.env.NEO4J_BENCH_URI }) };
  const password = `bench-${randomBytes(9).toString('hex')}`;
  const server = await startNeo4jServer({ password, heap: '1g', pagecache: '256m' });
  return { connection: { uri: server.uri, user: server.user, password }, server };
}

/**
 * Full loads before the measured one: the server's JIT keeps tiering up over the first loads
 * (a long-running server is warm), and every statement the measured runs use gets compiled here.
 */
const WARM_UP_LOADS = 2;

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

const loadSeconds = (result: LoadResult) => result.seconds.nodes + result.seconds.paragraphs + result.seconds.relationships;

export async function run(): Promise<void> {
  console.log(`Neo4j load: batched UNWIND/MERGE transactions vs one statement per row; bulk import vs online load (load average ${loadavg()[0]!.toFixed(1)})`);
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
  const work = mkdtempSync(join(tmpdir(), 'unkg-bench-neo4j-'));
  const driver = await openDriver(started.connection);
  try {
    const { graphFile, origin } = await corpusGraphFile(work);
    const rows = recordsToRows([...GraphFile.open(graphFile).records()]);
    const totals = countRows(rows);
    const megabytes = (groups: Array<{ rows: unknown[] }>) => groups.reduce((sum, group) => sum + JSON.stringify(group.rows).length, 0) / 1e6;
    const payload = { nodes: megabytes(rows.nodes) + megabytes(rows.paragraphs), relationships: megabytes(rows.relationships) };
    const paragraphs = rows.paragraphs.reduce((sum, group) => sum + group.rows.length, 0);
    console.log(`graph: ${origin}: ${format(totals.nodes)} nodes (${format(paragraphs)} paragraphs), ${format(totals.relationships)} relationships (${format(paragraphs)} HAS_PARAGRAPH, made with the paragraphs)`);
    console.log(`payload (as JSON): nodes ${payload.nodes.toFixed(1)} MB, relationships ${payload.relationships.toFixed(1)} MB`);
    await wipeDatabase(driver);
    await warmUp(driver, rows);

    const cpuBefore = serverCpuSeconds(started.server);
    const batched = await loadRowsIntoNeo4j(rows, driver);
    const cpuAfter = serverCpuSeconds(started.server);
    const reload = await loadRowsIntoNeo4j(rows, driver);
    await wipeDatabase(driver);
    const naiveNodes = await loadNodesNaively(rows, driver, { limit: NAIVE_ROWS });
    // Relationships need their end nodes: load them (untimed) before the naive relationships.
    await loadRowsIntoNeo4j({ nodes: rows.nodes, paragraphs: rows.paragraphs, relationships: [] }, driver);
    const naiveRelationships = await loadRelationshipsNaively(rows, driver, { limit: NAIVE_ROWS });

    const nodeRows = batched.nodes;
    const nodeSeconds = batched.seconds.nodes + batched.seconds.paragraphs;
    const relationshipRows = batched.relationships - paragraphs;
    const all = loadSeconds(batched);
    const naiveNodesPerSecond = rate(naiveNodes.rows, naiveNodes.seconds);
    const naiveRelationshipsPerSecond = rate(naiveRelationships.rows, naiveRelationships.seconds);
    const naiveAll = rate(naiveNodes.rows + naiveRelationships.rows, naiveNodes.seconds + naiveRelationships.seconds);
    const line = (name: string, value: number, naive: number, mb: number) =>
      console.log(`${name.padEnd(30)} ${format(value).padStart(9)} rows/s ${mb.toFixed(1).padStart(5)} MB/s   naive ${format(naive).padStart(6)} rows/s   ×${(value / naive).toFixed(1)}`);
    console.log(
      `batched load (batches of ${DEFAULT_BATCH_SIZE}, ${DEFAULT_CONCURRENCY} transactions in flight, schema ${batched.seconds.schema.toFixed(2)} s), naive on ${NAIVE_ROWS} nodes and ${NAIVE_ROWS} relationships spread evenly over the graph:`,
    );
    line('nodes (paragraphs included)', rate(nodeRows, nodeSeconds), naiveNodesPerSecond, payload.nodes / nodeSeconds);
    line('relationships', rate(relationshipRows, batched.seconds.relationships), naiveRelationshipsPerSecond, payload.relationships / batched.seconds.relationships);
    line('all rows', rate(nodeRows + relationshipRows, all), naiveAll, (payload.nodes + payload.relationships) / all);
    console.log(`  in ${all.toFixed(1)} s (nodes ${batched.seconds.nodes.toFixed(1)}, paragraphs ${batched.seconds.paragraphs.toFixed(1)}, relationships ${batched.seconds.relationships.toFixed(1)})`);
    if (cpuBefore !== undefined && cpuAfter !== undefined) {
      const cpu = cpuAfter - cpuBefore;
      console.log(`server CPU during the batched load: ${cpu.toFixed(2)} CPU-s on ${availableParallelism()} cores (${format((cpu * 1e6) / (nodeRows + relationshipRows))} µs per row)`);
    }
    console.log(`reload of the same graph (idempotent, nothing changes): ${format(rate(nodeRows + relationshipRows, loadSeconds(reload)))} rows/s`);
    const ratio = rate(nodeRows + relationshipRows, all) / naiveAll;
    console.log(`target ≥ ${TARGET_RATIO}× naive: ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'} (×${ratio.toFixed(1)})`);

    // the two routes to a fresh database, end to end from graph.json, interleaved (the machine's
    // load drifts): online into the warm server above, and --bulk into a home of its own
    const graphMegabytes = statSync(graphFile).size / 1e6;
    const routeRows = totals.nodes + totals.relationships;
    const routes: Array<{ online: number; onlineCpu: { server?: number; node: number }; bulk: BulkLoadResult; bulkNodeCpu: number; load: [number, number] }> = [];
    const nodeCpu = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1e6;
    };
    for (let round = 0; round < BULK_ROUNDS; round++) {
      const loadBefore = loadavg()[0]!;
      await wipeDatabase(driver);
      const serverBefore = serverCpuSeconds(started.server);
      const nodeBefore = process.cpuUsage();
      const onlineStarted = performance.now();
      await loadGraphFileIntoNeo4j(graphFile, driver);
      const online = (performance.now() - onlineStarted) / 1000;
      const serverAfter = serverCpuSeconds(started.server);
      const onlineCpu = { server: serverBefore === undefined || serverAfter === undefined ? undefined : serverAfter - serverBefore, node: nodeCpu(nodeBefore) };
      const bulkNodeBefore = process.cpuUsage();
      const bulk = await bulkLoad(graphFile, { home: join(work, 'bulk-home'), database: 'neo4j', overwrite: true });
      routes.push({ online, onlineCpu, bulk, bulkNodeCpu: nodeCpu(bulkNodeBefore), load: [loadBefore, loadavg()[0]!] });
    }
    console.log(`fresh database from graph.json (${graphMegabytes.toFixed(1)} MB, ${format(routeRows)} rows), end to end, ${BULK_ROUNDS} interleaved rounds:`);
    const route = (name: string, seconds: number, detail: string) =>
      console.log(`  ${name.padEnd(34)} ${seconds.toFixed(1).padStart(5)} s ${format(rate(routeRows, seconds)).padStart(7)} rows/s ${(graphMegabytes / seconds).toFixed(1).padStart(5)} MB/s  ${detail}`);
    for (const [index, { online, onlineCpu, bulk, bulkNodeCpu, load }] of routes.entries()) {
      route(`${index + 1}. unkg load (warm server)`, online,
        `server ${onlineCpu.server?.toFixed(1) ?? '?'} CPU-s, Node ${onlineCpu.node.toFixed(1)} CPU-s; load average ${load[0].toFixed(1)}`);
      route(`${index + 1}. unkg load --bulk`, bulk.seconds.total,
        `CSV ${bulk.seconds.csv.toFixed(1)} s (${(bulk.csvBytes / 1e6).toFixed(0)} MB) alongside the JVM's start ${bulk.seconds.jvmStart.toFixed(1)} s, ` +
          `neo4j-admin ${bulk.seconds.import.toFixed(1)} s, schema ${bulk.seconds.schema.toFixed(1)} s; JVM ${bulk.jvmCpuSeconds?.toFixed(1) ?? '?'} CPU-s, Node ${bulkNodeCpu.toFixed(1)} CPU-s; load average ${load[1].toFixed(1)}`);
    }
    const best = (values: number[]) => Math.min(...values);
    const online = best(routes.map((round) => round.online));
    const bulk = best(routes.map((round) => round.bulk.seconds.total));
    console.log(`  best of each: online ${online.toFixed(1)} s, bulk ${bulk.toFixed(1)} s: ${bulk < online ? 'bulk faster' : 'online faster'} (×${(online / bulk).toFixed(2)})`);
    console.log(`  online load ×${ratio.toFixed(1)} the naive load in this run (target ≥ ${TARGET_RATIO}×: ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'})`);
  } finally {
    await driver.close();
    await started.server?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
