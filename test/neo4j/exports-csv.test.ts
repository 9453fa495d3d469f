/**
 * The CSV export through the real `neo4j-admin database import full` (Neo4j 5.26's AdminTool,
 * from the same Maven artifacts as the test server) into a fresh data directory; a second Neo4j
 * started on that directory must hold the same graph as `unkg load` put in the test server:
 * same counts, same properties with the same types, once after-import.cypherl has run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '@unkg/graph';
import type { Driver } from '@unkg/graph/neo4j/driver';
import { openDriver } from '@unkg/graph/neo4j/connection';
import { loadGraphIntoNeo4j } from '@unkg/graph/neo4j/load';
import { runNeo4jAdmin, startNeo4jServer, type RunningServer } from '@unkg/graph/neo4j/server';
import { exportNeo4jCsv, importArguments, writeExport } from '@unkg/graph/export/index';
import { dumpDatabase, runCypherScript, withAwkwardStrings } from './exports-helpers';
import { countGraph, graphCounts, neo4jTarget, openTestDriver, sampleGraph, skipReason, wipeDatabase } from './support';

const target = neo4jTarget();
if (!target.available) console.warn(`[neo4j] skipped: ${skipReason(target)}`);
const database = target.available ? target.database : undefined;

describe.skipIf(!target.available)('the CSV export through neo4j-admin database import', () => {
  let work: string;
  let graph: KnowledgeGraph;
  let testDriver: Driver;
  let imported: RunningServer | undefined;
  let importedDriver: Driver | undefined;
  let importOutput = '';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'unkg-csv-import-'));
    const sample = await sampleGraph();
    graph = withAwkwardStrings(sample.graph);
    const csvDir = join(work, 'csv');
    writeExport(graph, 'csv', csvDir);

    const started = performance.now();
    const result = runNeo4jAdmin(join(work, 'home'), importArguments(exportNeo4jCsv(graph), { directory: csvDir }));
    importOutput = result.output;
    if (result.status !== 0) throw new Error(`neo4j-admin database import failed (exit ${result.status}):\n${result.output.slice(-4000)}`);
    console.info(
      `[neo4j] neo4j-admin imported the CSV of ${sample.origin} with the awkward strings (${graph.order} nodes, ${graph.size} edges) ` +
        `in ${Math.round(performance.now() - started)} ms`,
    );

    const password = `unkg-${randomBytes(12).toString('hex')}`;
    imported = await startNeo4jServer({ password, home: join(work, 'home'), heap: '512m', pagecache: '64m' });
    importedDriver = await openDriver({ uri: imported.uri, user: imported.user, password });
    await runCypherScript(importedDriver, readFileSync(join(csvDir, 'after-import.cypherl'), 'utf8'));

    testDriver = await openTestDriver(target);
    await wipeDatabase(testDriver, database);
    await loadGraphIntoNeo4j(graph, testDriver, { database });
  });
  afterAll(async () => {
    await importedDriver?.close();
    await imported?.stop();
    await testDriver?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('imports every node and relationship', () => {
    expect(importOutput).toMatch(new RegExp(`Imported:\\s+${graph.order} nodes\\s+${graphCounts(graph).relationships} relationships`));
  });

  it('gives the counts of unkg load', async () => {
    const counts = await countGraph(importedDriver!);
    expect(counts).toEqual(graphCounts(graph));
    expect(counts).toEqual(await countGraph(testDriver, database));
  });

  it('with the same properties, types and constraints as unkg load', async () => {
    const fromCsv = await dumpDatabase(importedDriver!, undefined);
    const fromLoad = await dumpDatabase(testDriver, database);
    expect(fromCsv.nodes).toEqual(fromLoad.nodes);
    expect(fromCsv.relationships).toEqual(fromLoad.relationships);
    expect(fromCsv.constraints).toEqual(fromLoad.constraints);
  });
});
