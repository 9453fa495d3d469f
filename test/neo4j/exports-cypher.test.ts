/**
 * The Cypher script export, run statement by statement through neo4j-driver against the real
 * Neo4j (what `cypher-shell -f graph.cypherl` does), gives the same database as `unkg load`:
 * same nodes, relationships, properties (typed) and constraints; and running it again changes
 * nothing. Neo4j takes about 10 ms per row of a script (its values are literals, parsed and
 * planned statement by statement), so the second run is on the exporters' small test graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '@unkg/graph';
import type { Driver } from '@unkg/graph/neo4j/driver';
import { loadGraphIntoNeo4j } from '@unkg/graph/neo4j/load';
import { exportCypher } from '@unkg/graph/export/index';
import { buildTestGraph } from '@unkg/graph/export/test-graph';
import { dumpDatabase, runCypherScript, withAwkwardStrings, type DatabaseDump } from './exports-helpers';
import { countGraph, graphCounts, neo4jTarget, openTestDriver, sampleGraph, skipReason, wipeDatabase } from './support';
import { announceSkip } from '../support/skips';

const target = neo4jTarget();
if (!target.available) announceSkip('neo4j', skipReason(target));
const database = target.available ? target.database : undefined;

describe.skipIf(!target.available)('the Cypher script export in the real Neo4j', () => {
  let driver: Driver;
  let graph: KnowledgeGraph;
  let script: string;
  let loaded: DatabaseDump;

  beforeAll(async () => {
    driver = await openTestDriver(target);
    const sample = await sampleGraph();
    graph = withAwkwardStrings(sample.graph);
    script = exportCypher(graph);
    await wipeDatabase(driver, database);
    await loadGraphIntoNeo4j(graph, driver, { database });
    loaded = await dumpDatabase(driver, database);
    console.info(`[neo4j] cypher export of ${sample.origin} with the awkward strings (${graph.order} nodes, ${graph.size} edges): ${script.split('\n').length - 1} statements, ${script.length} bytes`);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('rebuilds the graph with the counts of unkg load', async () => {
    await wipeDatabase(driver, database);
    const started = performance.now();
    const statements = await runCypherScript(driver, script, database);
    console.info(`[neo4j] ran ${statements} statements in ${Math.round(performance.now() - started)} ms`);
    expect(await countGraph(driver, database)).toEqual(graphCounts(graph));
  });

  it('with the same properties, types and constraints as unkg load', async () => {
    const fromScript = await dumpDatabase(driver, database);
    expect(fromScript.nodes).toEqual(loaded.nodes);
    expect(fromScript.relationships).toEqual(loaded.relationships);
    expect(fromScript.constraints).toEqual(loaded.constraints);
  });

  it('and can run again without changing anything', async () => {
    const small = exportCypher(buildTestGraph());
    await wipeDatabase(driver, database);
    await runCypherScript(driver, small, database);
    const once = await dumpDatabase(driver, database);
    await runCypherScript(driver, small, database);
    expect(await dumpDatabase(driver, database)).toEqual(once);
    expect(once.relationships.length).toBe(graphCounts(buildTestGraph()).relationships);
  });
});
