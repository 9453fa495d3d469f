/**
 * For the export tests of the `neo4j` project: the whole content of a Neo4j database as a
 * comparable value (every node and relationship with its labels or type and its properties,
 * integers and floats told apart), so that "the CSV import / the Cypher script gives the same
 * graph as `unkg load`" is checked property by property, not only by counts.
 */
import { addEdge, mergeNode, type KnowledgeGraph } from '@unkg/graph';
import { buildTestGraph } from '@unkg/graph/export/test-graph';
import { neo4j, type Driver } from '@unkg/graph/neo4j/driver';

export interface DatabaseDump {
  nodes: string[];
  relationships: string[];
  constraints: string[];
  indexes: string[];
}

/** Integers as "int:N" and floats as "float:N", so a 2017 stored as a float would differ. */
function typed(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (typeof value === 'number') return `float:${value}`;
  if (Array.isArray(value)) return value.map(typed);
  return value;
}

function canonical(props: Record<string, unknown>): string {
  const entries = Object.keys(props)
    .sort()
    .map((name) => [name, typed(props[name])]);
  return JSON.stringify(Object.fromEntries(entries));
}

/** Dumps the database: nodes, relationships and constraints, sorted. */
export async function dumpDatabase(driver: Driver, database: string | undefined): Promise<DatabaseDump> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', {}, { database });
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.key AS source, b.key AS target, properties(r) AS props',
    {},
    { database },
  );
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties',
    {},
    { database },
  );
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state WHERE type <> 'LOOKUP' RETURN name, type, labelsOrTypes, properties, state",
    {},
    { database },
  );
  return {
    indexes: indexes.records
      .map((record) => `${record.get('name')} ${record.get('type')} ${record.get('labelsOrTypes')} ${record.get('properties')} ${record.get('state')}`)
      .sort(),
    nodes: nodes.records
      .map((record) => `${[...record.get('labels')].sort().join(':')} ${canonical(record.get('props'))}`)
      .sort(),
    relationships: relationships.records
      .map((record) => `${record.get('source')} -${record.get('type')}-> ${record.get('target')} ${canonical(record.get('props'))}`)
      .sort(),
    constraints: constraints.records
      .map((record) => `${record.get('name')} ${record.get('type')} ${record.get('labelsOrTypes')} ${record.get('properties')}`)
      .sort(),
  };
}

/** Runs a `.cypherl` script the way cypher-shell does: schema statements alone, the rest in transactions. */
export async function runCypherScript(driver: Driver, script: string, database?: string, batch = 500): Promise<number> {
  const statements = script.split('\n').filter((line) => line.trim() !== '');
  const schema = statements.filter((line) => /^(CREATE|DROP) (CONSTRAINT|INDEX)\b/.test(line));
  const data = statements.filter((line) => !schema.includes(line));
  for (const statement of schema) await driver.executeQuery(statement, {}, { database });
  const session = driver.session({ database });
  try {
    for (let start = 0; start < data.length; start += batch) {
      await session.executeWrite(async (tx) => {
        for (const statement of data.slice(start, start + batch)) await tx.run(statement);
      });
    }
  } finally {
    await session.close();
  }
  return statements.length;
}

/**
 * The sample corpus graph with the exporters' test graph merged in: real data plus the strings
 * that break naive exporters (quotes, backslashes, newlines, U+2028, non-Latin scripts, emoji),
 * so one import exercises both.
 */
export function withAwkwardStrings(sample: KnowledgeGraph): KnowledgeGraph {
  const graph = sample.copy() as KnowledgeGraph;
  const awkward = buildTestGraph();
  awkward.forEachNode((key, attributes) => mergeNode(graph, key, structuredClone(attributes)));
  awkward.forEachEdge((_key, attributes, source, target) => {
    if (!attributes.evidence) return void addEdge(graph, attributes.kind, source, target);
    for (const item of attributes.evidence) addEdge(graph, attributes.kind, source, target, structuredClone(item));
  });
  return graph;
}
