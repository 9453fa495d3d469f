/**
 * Database housekeeping for tests and the benchmark: empty a database and count what it holds.
 * Neo4j Community has a single user database, so a fresh database means a wiped one.
 */
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';

/** Deletes every node and relationship (in batches), then every constraint and index. */
export async function wipeDatabase(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, { database });
  for (const record of constraints.records) {
    await driver.executeQuery(`DROP CONSTRAINT ${quoteName(record.get('name'))} IF EXISTS`, {}, { database });
  }
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name",
    {},
    { database },
  );
  for (const record of indexes.records) {
    await driver.executeQuery(`DROP INDEX ${quoteName(record.get('name'))} IF EXISTS`, {}, { database });
  }
}

/** A schema name as a Cypher identifier (names come from SHOW, not from input, but quote anyway). */
const quoteName = (name: string) => `\`${name.replace(/`/g, '``')}\``;

export interface GraphCounts {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
}

export async function countGraph(driver: Driver, database?: string): Promise<GraphCounts> {
  const query = (cypher: string) => driver.executeQuery(cypher, {}, { database });
  const labels = await query(
    'MATCH (n) UNWIND labels(n) AS name RETURN name, count(*) AS count ORDER BY name',
  );
  const types = await query('MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count ORDER BY name');
  const nodes = await query('MATCH (n) RETURN count(n) AS count');
  const byName = (records: Neo4jRecord[]) =>
    Object.fromEntries(
      records.map((record) => [
        record.get('name') as string,
        (record.get('count') as { toNumber(): number }).toNumber(),
      ]),
    );
  const typeCounts = byName(types.records);
  return {
    nodes: (nodes.records[0]!.get('count') as { toNumber(): number }).toNumber(),
    relationships: Object.values(typeCounts).reduce((sum, count) => sum + count, 0),
    labels: byName(labels.records),
    types: typeCounts,
  };
}
