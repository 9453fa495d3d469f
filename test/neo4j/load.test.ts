import { neo4j, type Driver, type Neo4jRecord } from '@unkg/graph/neo4j/driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareEvidence,
  compareStrings,
  createGraph,
  mergeNode,
  addEdge,
  type KnowledgeGraph,
} from '@unkg/graph';
import { openDriver } from '@unkg/graph/neo4j/connection';
import { graphToRows } from '@unkg/graph/neo4j/rows';
import { loadGraphIntoNeo4j } from '@unkg/graph/neo4j/load';
import { NODE_KINDS, type Evidence } from '@unkg/graph';
import {
  countGraph,
  graphCounts,
  neo4jTarget,
  openTestDriver,
  sampleGraph,
  skipReason,
  wipeDatabase,
} from './support';
import { announceSkip } from '../support/skips';

const target = neo4jTarget();
if (!target.available) announceSkip('neo4j', skipReason(target));
const database = target.available ? target.database : undefined;

/** The graph restricted to what some of its documents support: the same corpus with fewer files. */
function withDocuments(graph: KnowledgeGraph, keep: (doc: string) => boolean): KnowledgeGraph {
  const smaller = createGraph(graph.getAttributes());
  const isDropped = (key: string) =>
    graph.getNodeAttribute(key, 'kind') === 'Document' &&
    'source' in graph.getNodeAttributes(key) &&
    !keep(key);
  graph.forEachNode((key, attributes) => {
    if (!isDropped(key)) mergeNode(smaller, key, attributes);
  });
  graph.forEachEdge((_key, attributes, source, target) => {
    if (isDropped(source) || isDropped(target)) return;
    if (!attributes.evidence) return void addEdge(smaller, attributes.kind, source, target);
    for (const item of attributes.evidence.filter((evidence: Evidence) => keep(evidence.doc))) {
      addEdge(smaller, attributes.kind, source, target, item);
    }
  });
  return smaller;
}

/** A fingerprint of every property that a load writes, to prove a reload changes nothing. */
async function propertyFingerprint(
  driver: Driver,
): Promise<{ weight: number; evidence: number; props: number }> {
  const result = await driver.executeQuery(
    `MATCH ()-[r]->() WITH sum(r.weight) AS weight, sum(size(coalesce(r.evidence_doc, []))) AS evidence, sum(size(keys(r))) AS relProps
     MATCH (n) WITH weight, evidence, relProps, sum(size(keys(n))) AS nodeProps
     RETURN weight, evidence, relProps + nodeProps AS props`,
    {},
    { database },
  );
  const record = result.records[0]!;
  return {
    weight: record.get('weight').toNumber(),
    evidence: record.get('evidence').toNumber(),
    props: record.get('props').toNumber(),
  };
}

describe.skipIf(!target.available)('loading a graph into Neo4j', () => {
  let driver: Driver;
  let graph: KnowledgeGraph;

  beforeAll(async () => {
    driver = await openTestDriver(target);
    graph = (await sampleGraph()).graph;
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('refuses wrong credentials with a clear message that does not print the password', async () => {
    if (!target.available) return;
    const wrong = `${target.password}-wrong`;
    const error = await openDriver({ ...target, password: wrong }).then(
      () => null,
      (caught: Error) => caught,
    );
    expect(error?.message).toContain(
      `Neo4j at ${target.uri} refused the credentials of user "${target.user}"`,
    );
    expect(error?.message).not.toContain(wrong);
  });

  it('creates the schema, then every node and relationship with its properties', async () => {
    await wipeDatabase(driver, database);
    const result = await loadGraphIntoNeo4j(graph, driver, { database, batchSize: 500 });
    expect(result).toMatchObject({ nodes: graph.order, relationships: graph.size });
    expect(await countGraph(driver, database)).toEqual(graphCounts(graph));

    const constraints = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
      {},
      { database },
    );
    expect(constraints.records.map((record: Neo4jRecord) => record.get('label')).sort()).toEqual(
      [...NODE_KINDS].sort(),
    );
    expect(
      constraints.records.every((record: Neo4jRecord) => record.get('properties').join() === 'key'),
    ).toBe(true);

    // A resolution: integers stay integers, strings stay strings, nulls are absent.
    const resolution = graph.filterNodes(
      (_key, attributes) =>
        attributes.kind === 'Resolution' && typeof (attributes as { year?: unknown }).year === 'number',
    )[0]!;
    const stored = await driver.executeQuery(
      'MATCH (n:Resolution {key: $key}) RETURN properties(n) AS props',
      { key: resolution },
      { database },
    );
    const props = stored.records[0]!.get('props') as Record<string, unknown>;
    expect(neo4j.isInt(props.year)).toBe(true);
    const expected = Object.fromEntries(
      Object.entries(graph.getNodeAttributes(resolution)).filter(
        ([, value]) => value !== null && value !== undefined,
      ),
    );
    // every integer property (year, meeting) comes back as a Neo4j integer of the same value
    const numbers = Object.fromEntries(
      Object.entries(props).map(([name, value]) => [
        name,
        neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : value,
      ]),
    );
    expect(numbers).toEqual({
      key: resolution,
      ...expected,
    });

    // The most evidenced edge: its evidence comes back item by item, in order.
    const edge = graph
      .edges()
      .reduce((best, key) =>
        graph.getEdgeAttribute(key, 'weight') > graph.getEdgeAttribute(best, 'weight') ? key : best,
      );
    const evidence = [...graph.getEdgeAttribute(edge, 'evidence')!].sort(compareEvidence);
    const items = await driver.executeQuery(
      `MATCH ()-[r {key: $key}]->() UNWIND range(0, size(r.evidence_doc) - 1) AS i
       RETURN r.evidence_doc[i] AS doc, r.evidence_section[i] AS section, r.evidence_paragraph[i] AS paragraph,
              r.evidence_verb[i] AS verb, r.evidence_quote[i] AS quote, r.evidence_start[i] AS start,
              r.evidence_end[i] AS end, r.evidence_pin[i] AS pin, r.evidence_role[i] AS role,
              r.evidence_note[i] AS note, r.weight AS weight`,
      { key: edge },
      { database },
    );
    // Every field of every item comes back from the parallel lists ('' stands for null).
    const orNull = (text: string) => (text === '' ? null : text);
    const optional = (record: Neo4jRecord, field: string) => {
      const value = record.get(field) as string | null;
      return value === null || value === '' ? {} : { [field]: value };
    };
    expect(
      items.records.map((record: Neo4jRecord) => ({
        doc: record.get('doc'),
        section: record.get('section'),
        paragraph: orNull(record.get('paragraph')),
        verb: orNull(record.get('verb')),
        quote: record.get('quote'),
        start: record.get('start').toNumber(),
        end: record.get('end').toNumber(),
        ...optional(record, 'pin'),
        ...optional(record, 'role'),
        ...optional(record, 'note'),
      })),
    ).toEqual(evidence);
    expect(items.records[0]!.get('weight').toNumber()).toBe(evidence.length);
  });

  it('leaves every count and property unchanged when the same graph is loaded again', async () => {
    const before = {
      counts: await countGraph(driver, database),
      fingerprint: await propertyFingerprint(driver),
    };
    await loadGraphIntoNeo4j(graph, driver, { database, batchSize: 700 });
    expect(await countGraph(driver, database)).toEqual(before.counts);
    expect(await propertyFingerprint(driver)).toEqual(before.fingerprint);
  });

  it('adds what a graph with more documents brings', async () => {
    const documents = graph
      .filterNodes((_key, attributes) => attributes.kind === 'Document' && 'source' in attributes)
      .sort(compareStrings);
    const half = new Set(documents.slice(0, Math.ceil(documents.length / 2)));
    const smaller = withDocuments(graph, (doc) => half.has(doc));
    expect(smaller.size).toBeLessThan(graph.size);

    await wipeDatabase(driver, database);
    await loadGraphIntoNeo4j(smaller, driver, { database });
    expect(await countGraph(driver, database)).toEqual(graphCounts(smaller));
    const smallerFingerprint = await propertyFingerprint(driver);

    await loadGraphIntoNeo4j(graph, driver, { database });
    expect(await countGraph(driver, database)).toEqual(graphCounts(graph));
    const fingerprint = await propertyFingerprint(driver);
    const totalWeight = graph.reduceEdges((sum, _key, attributes) => sum + attributes.weight, 0);
    expect(fingerprint.weight).toBe(totalWeight);
    expect(fingerprint.weight).toBeGreaterThan(smallerFingerprint.weight);
  });

  it('replaces a relationship’s evidence as a whole: no optional list of an earlier load is left behind', async () => {
    const item = (start: number, pin?: string): Evidence => ({
      doc: 'doc:a.txt',
      section: 'preamble',
      paragraph: null,
      verb: 'recall',
      quote: `Recalling its resolution 1373 (2001) ${start}`,
      start,
      end: start + 10,
      ...(pin ? { pin } : {}),
    });
    const build = (evidence: Evidence[]): KnowledgeGraph => {
      const small = createGraph();
      for (const [key, number, year] of [['S/RES/2370 (2017)', '2370', 2017], ['S/RES/1373 (2001)', '1373', 2001]] as const) {
        mergeNode(small, key, { kind: 'Resolution', label: key, symbol: key, organ: 'SC', number, year });
      }
      for (const evidenceItem of evidence) addEdge(small, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidenceItem);
      return small;
    };
    const stored = async () => {
      const result = await driver.executeQuery(
        'MATCH (:Resolution {key: $source})-[r:CITES]->(:Resolution {key: $target}) RETURN r',
        { source: 'S/RES/2370 (2017)', target: 'S/RES/1373 (2001)' },
        { database },
      );
      return (result.records[0]!.get('r') as { properties: Record<string, unknown> }).properties;
    };
    await wipeDatabase(driver, database);
    await loadGraphIntoNeo4j(build([item(10, 'para. 2'), item(30)]), driver, { database });
    expect((await stored()).evidence_pin).toEqual(['para. 2', '']);
    // the same edge, now with evidence that has no pin (a rebuilt graph)
    await loadGraphIntoNeo4j(build([item(50), item(70), item(90)]), driver, { database });
    const properties = await stored();
    expect(properties.evidence_pin).toBeUndefined();
    expect((properties.evidence_start as Array<{ toNumber(): number }>).map((value) => value.toNumber())).toEqual([50, 70, 90]);
    expect(properties.weight).toEqual(neo4j.int(3));
  });

  it('leaves no half-written batch when a load fails mid-way, and a rerun completes it', async () => {
    await wipeDatabase(driver, database);
    const batchSize = 50;
    const rows = graphToRows(graph);
    const nodeBatches = rows.nodes.reduce((sum, group) => sum + Math.ceil(group.rows.length / batchSize), 0);
    // Fail inside the transaction of the third relationship batch, after its statement ran.
    const failAt = nodeBatches + 2;
    // One transaction at a time, so exactly the batches before the failing one have committed.
    const failure = await loadGraphIntoNeo4j(graph, driver, {
      database,
      batchSize,
      concurrency: 1,
      beforeCommit: (batch) => {
        if (batch.index === failAt) throw new Error(`connection lost during batch ${batch.index}`);
      },
    }).then(
      () => null,
      (error: Error) => error,
    );
    expect(failure?.message).toBe(`connection lost during batch ${failAt}`);

    const partial = await countGraph(driver, database);
    expect(partial.nodes).toBe(graph.order);
    // Exactly the two relationship batches that committed, nothing of the failed one.
    const committed = rows.relationships
      .flatMap((group) => chunkSizes(group.rows.length, batchSize))
      .slice(0, 2);
    expect(partial.relationships).toBe(committed.reduce((sum, size) => sum + size, 0));

    // The rerun, two transactions at a time, completes it.
    await loadGraphIntoNeo4j(graph, driver, { database, batchSize, concurrency: 2 });
    expect(await countGraph(driver, database)).toEqual(graphCounts(graph));
  });
});

function chunkSizes(total: number, size: number): number[] {
  const sizes: number[] = [];
  for (let start = 0; start < total; start += size) sizes.push(Math.min(size, total - start));
  return sizes;
}
