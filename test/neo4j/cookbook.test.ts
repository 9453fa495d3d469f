/**
 * Runs every query of the Cypher cookbook (docs/neo4j.md, read from the document itself) against
 * the sample corpus loaded into the real Neo4j, and checks each answer against the same question
 * answered on the graph file with graphology. Parameters are chosen from the graph, so the test
 * follows the corpus instead of hard-coding its answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareStrings, type KnowledgeGraph, type ParagraphNode } from '@unkg/graph';
import { readCookbook } from '@unkg/graph/neo4j/cookbook';
import { neo4j, type Driver } from '@unkg/graph/neo4j/driver';
import { loadGraphIntoNeo4j } from '@unkg/graph/neo4j/load';
import { neo4jTarget, openTestDriver, sampleGraph, skipReason, wipeDatabase } from './support';
import { announceSkip } from '../support/skips';

const target = neo4jTarget();
if (!target.available) announceSkip('neo4j', skipReason(target));
const database = target.available ? target.database : undefined;
const cookbook = new Map(readCookbook().map((query) => [query.name, query.cypher]));

type Row = Record<string, unknown>;

/** Neo4j integers as numbers, recursively, so answers compare with plain JavaScript values. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** Cypher's ascending order: numbers, then null last; strings by code unit. */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareStrings(String(a), String(b));
}

const sortBy =
  (...fields: Array<string | `-${string}`>) =>
  (a: Row, b: Row): number => {
    for (const field of fields) {
      const descending = field.startsWith('-');
      const name = descending ? field.slice(1) : field;
      const order = compareValues(a[name], b[name]);
      if (order !== 0) return descending ? -order : order;
    }
    return 0;
  };

// ---- the same questions, answered with graphology -------------------------------------------

const kindOf = (graph: KnowledgeGraph, key: string) => graph.getNodeAttribute(key, 'kind');
const attribute = (graph: KnowledgeGraph, key: string, name: string): unknown =>
  (graph.getNodeAttributes(key) as unknown as Record<string, unknown>)[name];
const symbolOrKey = (graph: KnowledgeGraph, key: string) =>
  (attribute(graph, key, 'symbol') as string | undefined) ?? key;

// the in-memory graph has no paragraph relationships (evidence items stand for them)
const citesOut = (graph: KnowledgeGraph, key: string) =>
  graph
    .outEdges(key)
    .filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'CITES')
    .map((edge) => graph.target(edge));
const citesIn = (graph: KnowledgeGraph, key: string) =>
  graph
    .inEdges(key)
    .filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'CITES')
    .map((edge) => graph.source(edge));

/** Breadth-first distances along CITES (forward or backward), up to maxDepth, start excluded. */
function citationDistances(
  graph: KnowledgeGraph,
  start: string,
  direction: 'out' | 'in',
  maxDepth = Infinity,
): Map<string, number> {
  const step = direction === 'out' ? citesOut : citesIn;
  const depths = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of step(graph, node)) {
        if (!depths.has(neighbour)) {
          depths.set(neighbour, depth);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  depths.delete(start);
  return depths;
}

function transitiveRows(graph: KnowledgeGraph, start: string, direction: 'out' | 'in'): Row[] {
  return [...citationDistances(graph, start, direction, 3)]
    .map(([key, depth]) => ({ symbol: symbolOrKey(graph, key), kind: kindOf(graph, key), depth }))
    .sort(sortBy('depth', 'symbol'));
}

const resolutions = (graph: KnowledgeGraph) =>
  graph.filterNodes((_key, attributes) => attributes.kind === 'Resolution');
const byMost = (score: (key: string) => number) => (a: string, b: string) =>
  score(b) - score(a) || compareStrings(a, b);

function edgesOfKind(graph: KnowledgeGraph, kind: string, sourceKind: string, targetKind: string) {
  return graph.filterEdges(
    (_edge, attributes, source, target) =>
      attributes.kind === kind &&
      kindOf(graph, source) === sourceKind &&
      kindOf(graph, target) === targetKind,
  );
}

// ---- the test --------------------------------------------------------------------------------

describe.skipIf(!target.available)('the Cypher cookbook on the sample corpus', () => {
  let driver: Driver;
  let graph: KnowledgeGraph;

  const answer = async (name: string, parameters: Row = {}): Promise<Row[]> => {
    const cypher = cookbook.get(name);
    if (!cypher) throw new Error(`docs/neo4j.md has no cookbook query "${name}"`);
    const result = await driver.executeQuery(cypher, parameters, { database });
    return result.records.map((record) =>
      Object.fromEntries(record.keys.map((key) => [key, plain(record.get(key))])),
    );
  };

  beforeAll(async () => {
    driver = await openTestDriver(target);
    const sample = await sampleGraph();
    graph = sample.graph;
    console.info(`[neo4j] cookbook on ${sample.origin}: ${graph.order} nodes, ${graph.size} edges`);
    await wipeDatabase(driver, database);
    await loadGraphIntoNeo4j(graph, driver, { database });
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('tests every query of the cookbook', () => {
    expect([...cookbook.keys()].sort()).toEqual(
      [
        'bodies-mandated-together',
        'citation-evidence',
        'citation-in-one-language',
        'citation-path',
        'cited-by-transitively',
        'cites-transitively',
        'mandates-by-year-and-verb',
        'most-cited',
        'paragraph-entities',
        'paragraph-versions',
        'paragraphs-mandating-and-addressing',
        'threats-over-time',
      ].sort(),
    );
  });

  it('cites-transitively: what a resolution cites, to depth 3', async () => {
    const start = resolutions(graph).sort(byMost((key) => citationDistances(graph, key, 'out', 3).size))[0]!;
    const expected = transitiveRows(graph, start, 'out');
    expect(expected.length).toBeGreaterThan(1);
    expect(await answer('cites-transitively', { symbol: attribute(graph, start, 'symbol') })).toEqual(
      expected,
    );
  });

  it('cited-by-transitively: what cites a resolution, to depth 3', async () => {
    const cited = resolutions(graph).sort(byMost((key) => citationDistances(graph, key, 'in', 3).size))[0]!;
    const expected = transitiveRows(graph, cited, 'in');
    expect(expected.length).toBeGreaterThan(1);
    expect(await answer('cited-by-transitively', { symbol: attribute(graph, cited, 'symbol') })).toEqual(
      expected,
    );
  });

  it('most-cited: the ten most cited resolutions', async () => {
    const expected = resolutions(graph)
      .map((key) => {
        const edges = graph.inEdges(key).filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'CITES');
        return {
          symbol: attribute(graph, key, 'symbol'),
          year: attribute(graph, key, 'year') ?? null,
          citedBy: edges.length,
          occurrences: edges.reduce((sum, edge) => sum + graph.getEdgeAttribute(edge, 'weight'), 0),
        };
      })
      .filter((row) => row.citedBy > 0)
      .sort(sortBy('-citedBy', 'symbol'))
      .slice(0, 10);
    expect(expected.length).toBeGreaterThan(0);
    expect(await answer('most-cited')).toEqual(expected);
  });

  it('citation-path: a shortest chain of citations between two resolutions', async () => {
    // The farthest pair along citations, to make the path as long as the corpus allows.
    let best = { from: '', to: '', hops: 0 };
    for (const from of resolutions(graph)) {
      for (const [to, hops] of citationDistances(graph, from, 'out')) {
        if (kindOf(graph, to) === 'Resolution' && hops > best.hops) best = { from, to, hops };
      }
    }
    expect(best.hops).toBeGreaterThan(0);
    const rows = await answer('citation-path', {
      from: attribute(graph, best.from, 'symbol'),
      to: attribute(graph, best.to, 'symbol'),
    });
    expect(rows).toHaveLength(1);
    const { symbols, hops } = rows[0] as { symbols: string[]; hops: number };
    expect(hops).toBe(best.hops);
    expect(symbols[0]).toBe(attribute(graph, best.from, 'symbol'));
    expect(symbols.at(-1)).toBe(attribute(graph, best.to, 'symbol'));
    for (let index = 0; index < symbols.length - 1; index++) {
      expect(graph.hasEdge(`CITES:${symbols[index]}->${symbols[index + 1]}`)).toBe(true);
    }
    // And no path the other way round when the graph has none.
    const back = citationDistances(graph, best.to, 'out').has(best.from);
    expect(
      await answer('citation-path', {
        from: attribute(graph, best.to, 'symbol'),
        to: attribute(graph, best.from, 'symbol'),
      }),
    ).toHaveLength(back ? 1 : 0);
  });

  /** The most evidenced citation between resolutions, and its evidence with each item's paragraph. */
  const mostEvidencedCitation = () => {
    const edge = edgesOfKind(graph, 'CITES', 'Resolution', 'Resolution').sort(byMost((key) => graph.getEdgeAttribute(key, 'weight')))[0]!;
    const items = graph.getEdgeAttribute(edge, 'evidence')!.map((item) => ({ item, paragraph: graph.getNodeAttributes(item.para) as ParagraphNode }));
    return { edge, items, from: attribute(graph, graph.source(edge), 'symbol') as string, to: attribute(graph, graph.target(edge), 'symbol') as string };
  };

  it('citation-evidence: every passage of the most evidenced citation', async () => {
    const { items, from, to } = mostEvidencedCitation();
    const verbsOf = (para: string) =>
      [...new Set(items.filter(({ item }) => item.para === para && item.verb).map(({ item }) => item.verb!))].sort(compareStrings);
    const expected = items
      .map(({ item, paragraph }) => ({
        doc: item.doc,
        section: paragraph.section,
        paragraph: paragraph.paragraph,
        lang: paragraph.lang,
        verbs: verbsOf(item.para).length > 0 ? verbsOf(item.para) : null,
        startOffset: paragraph.start + item.start,
        endOffset: paragraph.start + item.end,
        text: paragraph.text,
      }))
      .sort(sortBy('doc', 'startOffset'));
    expect(expected.length).toBeGreaterThan(1);
    expect(await answer('citation-evidence', { from, to })).toEqual(expected);
  });

  it('citation-in-one-language: the citing paragraphs once, in one language', async () => {
    const { items, from, to } = mostEvidencedCitation();
    const languages = [...new Set(items.map(({ paragraph }) => paragraph.lang))].sort();
    expect(languages.length).toBeGreaterThan(1);
    for (const lang of languages) {
      const paragraphs = new Map<string, { version: unknown; section: string; paragraph: string | null; verbs: string[] | null; text: string }>();
      for (const { item, paragraph } of items) {
        if (paragraph.lang !== lang) continue;
        const row = paragraphs.get(item.para) ?? { version: paragraph.version ?? null, section: paragraph.section, paragraph: paragraph.paragraph, verbs: null, text: paragraph.text };
        if (item.verb) row.verbs = [...new Set([...(row.verbs ?? []), item.verb])].sort(compareStrings);
        paragraphs.set(item.para, row);
      }
      const expected = [...paragraphs.entries()]
        .sort(([a], [b]) => compareStrings(a.slice(0, a.lastIndexOf('#')), b.slice(0, b.lastIndexOf('#'))) || Number(a.slice(a.lastIndexOf('#') + 1)) - Number(b.slice(b.lastIndexOf('#') + 1)))
        .map(([, row]) => row);
      expect(await answer('citation-in-one-language', { from, to, lang })).toEqual(expected);
    }
  });

  it('paragraph-versions: a paragraph in the other languages', async () => {
    // the operative paragraph with the most language versions
    const paragraphs = graph.filterNodes((_key, attributes) => attributes.kind === 'Paragraph' && attributes.section === 'operative' && attributes.version !== undefined);
    const versionsOf = (key: string) => {
      const own = graph.getNodeAttributes(key) as ParagraphNode;
      return paragraphs.filter((other) => {
        const attributes = graph.getNodeAttributes(other) as ParagraphNode;
        return attributes.version === own.version && attributes.doc !== own.doc;
      });
    };
    const paragraph = paragraphs.sort(byMost((key) => versionsOf(key).length))[0]!;
    const expected = versionsOf(paragraph)
      .map((key) => {
        const attributes = graph.getNodeAttributes(key) as ParagraphNode;
        return { lang: attributes.lang, key, paragraph: attributes.paragraph, text: attributes.text };
      })
      .sort(sortBy('lang', 'key'));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.some((row) => row.lang !== (graph.getNodeAttributes(paragraph) as ParagraphNode).lang)).toBe(true);
    expect(await answer('paragraph-versions', { paragraph })).toEqual(expected);
  });

  it('paragraphs-mandating-and-addressing: the paragraphs that mandate a body and address a threat or group', async () => {
    // every (paragraph, body, threat or group) the evidence gives, then the most frequent pair
    const triples: Array<{ para: string; body: string; addressed: string; verb: string | null }> = [];
    const byParagraph = (kind: string) => {
      const found = new Map<string, Array<{ target: string; verb: string | null }>>();
      graph.forEachEdge((_edge, attributes, _source, target) => {
        if (attributes.kind !== kind) return;
        for (const item of attributes.evidence ?? []) found.set(item.para, [...(found.get(item.para) ?? []), { target, verb: item.verb }]);
      });
      return found;
    };
    const addressed = byParagraph('ADDRESSES');
    for (const [para, mandates] of byParagraph('MANDATES')) {
      for (const mandate of mandates) for (const target of addressed.get(para) ?? []) triples.push({ para, body: mandate.target, addressed: target.target, verb: mandate.verb });
    }
    expect(triples.length).toBeGreaterThan(0);
    const pairCount = (body: string, other: string) => new Set(triples.filter((triple) => triple.body === body && triple.addressed === other).map((triple) => triple.para)).size;
    const [best] = [...triples].sort((a, b) => pairCount(b.body, b.addressed) - pairCount(a.body, a.addressed) || compareStrings(a.para, b.para));
    const bodyName = attribute(graph, best!.body, 'label') as string;
    const otherName = attribute(graph, best!.addressed, 'label') as string;
    const rows = new Map<string, Row>();
    for (const triple of triples) {
      if (attribute(graph, triple.body, 'label') !== bodyName || attribute(graph, triple.addressed, 'label') !== otherName) continue;
      const paragraph = graph.getNodeAttributes(triple.para) as ParagraphNode;
      const row = rows.get(triple.para) ?? { resolution: paragraph.textOf, paragraph: paragraph.paragraph, lang: paragraph.lang, verbs: null as string[] | null, key: triple.para };
      if (triple.verb) row.verbs = [...new Set([...((row.verbs as string[] | null) ?? []), triple.verb])].sort(compareStrings);
      rows.set(triple.para, row);
    }
    const expected = [...rows.values()].sort(sortBy('resolution', 'key'));
    expect(await answer('paragraphs-mandating-and-addressing', { body: bodyName, threat: otherName })).toEqual(expected);
  });

  it('paragraph-entities: everything a paragraph names', async () => {
    const { items } = mostEvidencedCitation();
    const para = items[0]!.item.para;
    const rows = new Map<string, { edge: string; kind: string; entity: string; starts: number[]; ends: number[] }>();
    graph.forEachEdge((_edge, attributes, _source, target) => {
      for (const item of attributes.evidence ?? []) {
        if (item.para !== para) continue;
        const id = `${attributes.kind}\u0000${target}`;
        const row = rows.get(id) ?? { edge: attributes.kind, kind: kindOf(graph, target), entity: target, starts: [], ends: [] };
        row.starts.push(item.start);
        row.ends.push(item.end);
        rows.set(id, row);
      }
    });
    const expected = [...rows.values()].sort(sortBy('edge', 'entity'));
    expect(expected.length).toBeGreaterThan(1);
    expect(await answer('paragraph-entities', { paragraph: para })).toEqual(expected);
  });

  it('mandates-by-year-and-verb: which resolutions mandate a body, by year and verb', async () => {
    const mandates = edgesOfKind(graph, 'MANDATES', 'Resolution', 'Body');
    expect(mandates.length).toBeGreaterThan(0);
    const body = graph
      .nodes()
      .filter((key) => kindOf(graph, key) === 'Body')
      .sort(byMost((key) => graph.inDegree(key)))[0]!;
    const label = attribute(graph, body, 'label') as string;
    // Ask by an alias (an acronym, when it has one) the way an analyst would.
    const name =
      ((attribute(graph, body, 'aliases') as string[] | undefined) ?? []).find((alias) => alias !== label) ??
      label;
    const matches = (key: string) =>
      attribute(graph, key, 'label') === name ||
      ((attribute(graph, key, 'aliases') as string[] | undefined) ?? []).includes(name);
    const groups = new Map<string, { year: unknown; verb: string; symbols: Set<string> }>();
    for (const edge of mandates) {
      if (!matches(graph.target(edge))) continue;
      const resolution = graph.source(edge);
      const verbs = new Set(
        (graph.getEdgeAttribute(edge, 'evidence') ?? [])
          .map((item) => item.verb)
          .filter((verb): verb is string => Boolean(verb)),
      );
      for (const verb of verbs) {
        const year = attribute(graph, resolution, 'year') ?? null;
        const group = groups.get(`${year}|${verb}`) ?? { year, verb, symbols: new Set<string>() };
        group.symbols.add(attribute(graph, resolution, 'symbol') as string);
        groups.set(`${year}|${verb}`, group);
      }
    }
    const expected = [...groups.values()]
      .map(({ year, verb, symbols }) => ({
        year,
        verb,
        resolutions: symbols.size,
        symbols: [...symbols].sort(compareStrings),
      }))
      .sort(sortBy('year', 'verb'));
    expect(expected.length).toBeGreaterThan(0);
    const rows = (await answer('mandates-by-year-and-verb', { body: name })).map((row) => ({
      ...row,
      symbols: [...(row.symbols as string[])].sort(compareStrings),
    }));
    expect(rows).toEqual(expected);
  });

  it('bodies-mandated-together: pairs of bodies the same resolutions mandate', async () => {
    const pairs = new Map<string, { body: string; alongside: string; resolutions: Set<string> }>();
    for (const resolution of resolutions(graph)) {
      const bodies = graph
        .outEdges(resolution)
        .filter(
          (edge) =>
            graph.getEdgeAttribute(edge, 'kind') === 'MANDATES' &&
            kindOf(graph, graph.target(edge)) === 'Body',
        )
        .map((edge) => graph.target(edge))
        .sort(compareStrings);
      for (let i = 0; i < bodies.length; i++) {
        for (let j = i + 1; j < bodies.length; j++) {
          const body = attribute(graph, bodies[i]!, 'label') as string;
          const alongside = attribute(graph, bodies[j]!, 'label') as string;
          const pair = pairs.get(`${body}\u0000${alongside}`) ?? {
            body,
            alongside,
            resolutions: new Set<string>(),
          };
          pair.resolutions.add(resolution);
          pairs.set(`${body}\u0000${alongside}`, pair);
        }
      }
    }
    const expected = [...pairs.values()]
      .map(({ body, alongside, resolutions: mandating }) => ({
        body,
        alongside,
        resolutions: mandating.size,
      }))
      .sort(sortBy('-resolutions', 'body', 'alongside'))
      .slice(0, 20);
    expect(expected.length).toBeGreaterThan(0);
    expect(await answer('bodies-mandated-together')).toEqual(expected);
  });

  it('threats-over-time: resolutions addressing each threat, year by year', async () => {
    const counts = new Map<string, { threat: string; year: number; resolutions: number }>();
    for (const edge of edgesOfKind(graph, 'ADDRESSES', 'Resolution', 'Threat')) {
      const year = attribute(graph, graph.source(edge), 'year');
      if (typeof year !== 'number') continue;
      const threat = attribute(graph, graph.target(edge), 'label') as string;
      const row = counts.get(`${threat}|${year}`) ?? { threat, year, resolutions: 0 };
      row.resolutions++;
      counts.set(`${threat}|${year}`, row);
    }
    const expected = [...counts.values()].sort(sortBy('threat', 'year'));
    expect(expected.length).toBeGreaterThan(0);
    expect(await answer('threats-over-time')).toEqual(expected);
  });
});
