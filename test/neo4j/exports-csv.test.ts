/**
 * The CSV export through the real `neo4j-admin database import full`, as `unkg load --bulk` runs
 * it (Neo4j 5.26's AdminTool from the same Maven artifacts as the test server, then the schema
 * applied to the store without a server): a second Neo4j started on that store must hold the same
 * graph as `unkg load` put in the test server: same counts, same properties with the same types,
 * same constraints and indexes. A database that holds data is refused unless --overwrite, and
 * the JVM that started before the CSV was written stops when the CSV fails.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeGraph, type KnowledgeGraph } from '@unkg/graph';
import type { Driver } from '@unkg/graph/neo4j/driver';
import { openDriver } from '@unkg/graph/neo4j/connection';
import { loadGraphIntoNeo4j } from '@unkg/graph/neo4j/load';
import { runBulkImport, startNeo4jServer, type RunningServer } from '@unkg/graph/neo4j/server';
import { buildTestGraph } from '@unkg/graph/export/test-graph';
import { bulkLoad } from 'unkg/commands/load';
import { dumpDatabase, withAwkwardStrings } from './exports-helpers';
import { countGraph, graphCounts, neo4jTarget, openTestDriver, sampleGraph, skipReason, wipeDatabase } from './support';
import { announceSkip } from '../support/skips';

const target = neo4jTarget();
if (!target.available) announceSkip('neo4j', skipReason(target));
const database = target.available ? target.database : undefined;

describe.skipIf(!target.available)('unkg load --bulk: the CSV export through neo4j-admin database import', () => {
  let work: string;
  let graph: KnowledgeGraph;
  let graphFile: string;
  let testDriver: Driver;
  let imported: RunningServer | undefined;
  let importedDriver: Driver | undefined;
  let result: Awaited<ReturnType<typeof bulkLoad>>;
  const log: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'unkg-bulk-'));
    const sample = await sampleGraph();
    graph = withAwkwardStrings(sample.graph);
    graphFile = join(work, 'graph.json');
    writeFileSync(graphFile, serializeGraph(graph));
    result = await bulkLoad(graphFile, { home: join(work, 'home'), database: 'neo4j', log: (line) => log.push(line) });
    console.info(`[neo4j] ${log.at(-1)}`);

    const password = `unkg-${randomBytes(12).toString('hex')}`;
    imported = await startNeo4jServer({ password, home: join(work, 'home'), heap: '512m', pagecache: '64m' });
    importedDriver = await openDriver({ uri: imported.uri, user: imported.user, password });

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
    const counts = graphCounts(graph);
    expect(result).toMatchObject({ nodes: counts.nodes, relationships: counts.relationships });
    expect(log.at(-1)).toMatch(/^bulk-imported \d+ nodes and \d+ relationships into .* \(CSV .* s, the JVM's start .* s alongside it, neo4j-admin .* s, schema .* s\)/);
  });

  it('gives the counts of unkg load', async () => {
    const counts = await countGraph(importedDriver!);
    expect(counts).toEqual(graphCounts(graph));
    expect(counts).toEqual(await countGraph(testDriver, database));
  });

  it('with the same properties, types, constraints and indexes as unkg load', async () => {
    const fromCsv = await dumpDatabase(importedDriver!, undefined);
    const fromLoad = await dumpDatabase(testDriver, database);
    expect(fromCsv.nodes).toEqual(fromLoad.nodes);
    expect(fromCsv.relationships).toEqual(fromLoad.relationships);
    expect(fromCsv.constraints).toEqual(fromLoad.constraints);
    expect(fromCsv.indexes).toEqual(fromLoad.indexes);
    expect(fromCsv.indexes.join('\n')).toContain('unkg_paragraph_version');
  });

  it('refuses a database that holds data, unless told to replace it', async () => {
    await importedDriver?.close();
    importedDriver = undefined;
    await imported?.stop();
    imported = undefined;
    await expect(bulkLoad(graphFile, { home: join(work, 'home'), database: 'neo4j' })).rejects.toThrow(/already holds data/);
    // --overwrite replaces it (on the small test graph: an import costs tens of seconds of JVM here)
    const small = join(work, 'small.json');
    writeFileSync(small, serializeGraph(buildTestGraph()));
    expect((await bulkLoad(small, { home: join(work, 'home'), database: 'neo4j', overwrite: true })).relationships).toBe(graphCounts(buildTestGraph()).relationships);
  });

  it('stops the waiting JVM, importing nothing, when the CSV cannot be written', async () => {
    const home = join(work, 'unwritten');
    const failed = runBulkImport({
      home,
      database: 'neo4j',
      schema: [],
      prepare: () => {
        throw new Error('the CSV could not be written');
      },
    });
    await expect(failed).rejects.toThrow('the CSV could not be written');
    expect(existsSync(join(home, 'data', 'databases', 'neo4j'))).toBe(false);
  });
});
