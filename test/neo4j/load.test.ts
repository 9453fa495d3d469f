import { neo4j, type Driver, type Neo4jRecord } from '@unkg/graph/neo4j/driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addEdge,
  addParagraph,
  compareStrings,
  createGraph,
  evidenceIn,
  mergeNode,
  type KnowledgeGraph,
} from '@unkg/graph';
import { openDriver } from '@unkg/graph/neo4j/connection';
import { graphToRows } from '@unkg/graph/neo4j/rows';
import { loadGraphIntoNeo4j } from '@unkg/graph/neo4j/load';
import { NODE_KINDS } from '@unkg/graph';
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

/** The graph restricted to some of its documents (their paragraphs and evidence): the same corpus with fewer files. */
function withDocuments(graph: KnowledgeGraph, keep: (doc: string) => boolean): KnowledgeGraph {
  const smaller = createGraph(graph.getAttributes());
  const isDropped = (key: string) => {
    const attributes = graph.getNodeAttributes(key);
    if (attributes.kind === 'Paragraph') return !keep(attributes.doc);
    return attributes.kind === 'Document' && 'source' in attributes && !keep(key);
  };
  graph.forEachNode((key, attributes) => {
    if (!isDropped(key)) mergeNode(smaller, key, attributes);
  });
  graph.forEachEdge((_key, attributes, source, target) => {
    if (isDropped(source) || isDropped(target)) return;
    if (!attributes.evidence) return void addEdge(smaller, attributes.kind, source, target);
    for (const item of attributes.evidence.filter((evidence) => keep(evidence.doc))) {
      addEdge(smaller, attributes.kind, source, target, item);
    }
  });
  return smaller;
}

/**
 * A fingerprint of every property that a load writes, to prove a reload changes nothing: the
 * entity relationships' weights (they have a key), the evidence spans, every property.
 */
async function propertyFingerprint(
  driver: Driver,
): Promise<{ weight: number; evidence: number; props: number }> {
  const result = await driver.executeQuery(
    `MATCH ()-[r]->() WITH sum(CASE WHEN r.key IS NULL THEN 0 ELSE r.weight END) AS weight, sum(size(coalesce(r.starts, []))) AS evidence, sum(size(keys(r))) AS relProps
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
    const counts = graphCounts(graph);
    expect(result).toMatchObject({ nodes: graph.order, relationships: counts.relationships });
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

    // The most evidenced edge: its evidence comes back item by item, from the paragraphs' relationships.
    const edge = graph
      .filterEdges((_key, attributes) => attributes.evidence !== undefined)
      .reduce((best, key) => (graph.getEdgeAttribute(key, 'weight') > graph.getEdgeAttribute(best, 'weight') ? key : best));
    const { kind, evidence } = graph.getEdgeAttributes(edge);
    const [source, targetKey] = [graph.source(edge), graph.target(edge)];
    const items = await driver.executeQuery(
      `MATCH (p:Paragraph)-[r]->(t {key: $target})
       WHERE type(r) = $kind AND (CASE $kind WHEN 'MENTIONS' THEN p.doc ELSE p.textOf END) = $source
       UNWIND range(0, size(r.starts) - 1) AS i
       RETURN p.key AS para, p.doc AS doc, r.starts[i] AS start, r.ends[i] AS end, r.verbs AS verbs, p.section AS section
       ORDER BY doc, p.index, start, end`,
      { kind, source, target: targetKey },
      { database },
    );
    expect(
      items.records.map((record: Neo4jRecord) => ({
        para: record.get('para'),
        doc: record.get('doc'),
        start: record.get('start').toNumber(),
        end: record.get('end').toNumber(),
      })),
    ).toEqual(evidence!.map((item) => ({ para: item.para, doc: item.doc, start: item.start, end: item.end })));
    for (const [index, record] of items.records.entries()) {
      const verb = evidence![index]!.verb;
      if (verb) expect(record.get('verbs')).toContain(verb);
    }
    const summary = await driver.executeQuery('MATCH ()-[r {key: $key}]->() RETURN r.weight AS weight, r.docs AS docs', { key: edge }, { database });
    expect(summary.records[0]!.get('weight').toNumber()).toBe(evidence!.length);
    expect(summary.records[0]!.get('docs')).toEqual([...new Set(evidence!.map((item) => item.doc))].sort(compareStrings));
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
    // the entity relationships' weights (HAS_PARAGRAPH has none in Neo4j, the evidence relationships are counted apart)
    const totalWeight = graph.reduceEdges((sum, _key, attributes) => sum + (attributes.kind === 'HAS_PARAGRAPH' ? 0 : attributes.weight), 0);
    expect(fingerprint.weight).toBe(totalWeight);
    expect(fingerprint.weight).toBeGreaterThan(smallerFingerprint.weight);
  });

  it('replaces a relationship’s evidence as a whole: no optional list of an earlier load is left behind', async () => {
    const text = 'Recalling its resolution 1373 (2001), and 1373 (2001) again, and 1373 (2001) once more,';
    const build = (spans: Array<[number, string | undefined]>): KnowledgeGraph => {
      const small = createGraph();
      for (const [key, number, year] of [['S/RES/2370 (2017)', '2370', 2017], ['S/RES/1373 (2001)', '1373', 2001]] as const) {
        mergeNode(small, key, { kind: 'Resolution', label: key, symbol: key, organ: 'SC', number, year });
      }
      mergeNode(small, 'doc:a.txt', { kind: 'Document', label: 'a', source: 'a.txt', lang: 'en', docType: 'resolution', title: 'a', date: null, textOf: ['S/RES/2370 (2017)'] });
      addEdge(small, 'TEXT_OF', 'doc:a.txt', 'S/RES/2370 (2017)');
      const para = addParagraph(small, 'doc:a.txt', { section: 'preamble', text, textOf: 'S/RES/2370 (2017)' });
      for (const [start, pin] of spans) {
        addEdge(small, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidenceIn(small, para, { start, end: start + 11 }, 'recall', pin ? { pin } : {}));
      }
      return small;
    };
    const stored = async () => {
      const result = await driver.executeQuery('MATCH (:Paragraph {key: $para})-[r:CITES]->(:Resolution {key: $target}) RETURN r', { para: 'doc:a.txt#1', target: 'S/RES/1373 (2001)' }, { database });
      return (result.records[0]!.get('r') as { properties: Record<string, unknown> }).properties;
    };
    const at = (nth: number) => text.split('1373 (2001)').slice(0, nth + 1).join('1373 (2001)').length;
    await wipeDatabase(driver, database);
    await loadGraphIntoNeo4j(build([[at(0), 'para. 2'], [at(1), undefined]]), driver, { database });
    expect((await stored()).pins).toEqual(['para. 2']);
    // the same relationship, now with evidence that has no pin (a rebuilt graph)
    await loadGraphIntoNeo4j(build([[at(0), undefined], [at(1), undefined], [at(2), undefined]]), driver, { database });
    const properties = await stored();
    expect(properties.pins).toBeUndefined();
    expect((properties.starts as Array<{ toNumber(): number }>).map((value) => value.toNumber())).toEqual([at(0), at(1), at(2)]);
    expect(properties.weight).toEqual(neo4j.int(3));
  });

  it('leaves no half-written batch when a load fails mid-way, and a rerun completes it', async () => {
    await wipeDatabase(driver, database);
    const batchSize = 50;
    const rows = graphToRows(graph);
    const batches = (groups: Array<{ rows: unknown[] }>) => groups.reduce((sum, group) => sum + Math.ceil(group.rows.length / batchSize), 0);
    const paragraphs = rows.paragraphs.reduce((sum, group) => sum + group.rows.length, 0);
    // Fail inside the transaction of the third relationship batch, after its statement ran.
    const failAt = batches(rows.nodes) + batches(rows.paragraphs) + 2;
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
    // Every HAS_PARAGRAPH (made with the paragraphs) and exactly the two relationship batches
    // that committed (full ones: the rows stream by group), nothing of the failed one.
    expect(partial.relationships).toBe(paragraphs + 2 * batchSize);

    // The rerun, two transactions at a time, completes it.
    await loadGraphIntoNeo4j(graph, driver, { database, batchSize, concurrency: 2 });
    expect(await countGraph(driver, database)).toEqual(graphCounts(graph));
  });
});
