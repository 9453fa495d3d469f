import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { bodyKey, documentKey } from '../keys';
import { addEdge, addParagraph, createGraph, evidenceIn, mergeNode } from '../model';
import { countRows, graphToRows, toPropertyValue } from './rows';
import { syntheticGraph } from './synthetic';

const DOC = documentKey('seeds/S_RES_2370_2017.fr.txt');
const ints = (value: unknown) => (value as Array<{ toNumber(): number }>).map((item) => item.toNumber());

/** The seed documents' resolution 2370 (2017) and what it cites and mandates. */
function seedGraph() {
  const graph = createGraph();
  mergeNode(graph, 'S/RES/2370 (2017)', { kind: 'Resolution', label: 'Résolution 2370 (2017)', symbol: 'S/RES/2370 (2017)', organ: 'SC', number: '2370', year: 2017 });
  mergeNode(graph, 'S/RES/1373 (2001)', { kind: 'Resolution', label: 'Resolution 1373 (2001)', symbol: 'S/RES/1373 (2001)', organ: 'SC', number: '1373', year: 2001 });
  mergeNode(graph, 'S/RES/2178', { kind: 'Resolution', label: 'Resolution 2178', symbol: 'S/RES/2178', organ: 'SC', number: '2178', year: null });
  mergeNode(graph, DOC, {
    kind: 'Document', label: 'S/RES/2370 (2017) [fr]', source: 'seeds/S_RES_2370_2017.fr.txt', lang: 'fr', docType: 'resolution',
    title: 'Résolution 2370 (2017)', date: '2017-08-02', symbol: 'S/RES/2370 (2017)', textOf: ['S/RES/2370 (2017)'],
  });
  mergeNode(graph, bodyKey('cted'), { kind: 'Body', label: 'Counter-Terrorism Committee Executive Directorate', aliases: ['CTED', 'DECT'] });
  addEdge(graph, 'TEXT_OF', DOC, 'S/RES/2370 (2017)');
  const preamble = addParagraph(graph, DOC, { section: 'preamble', text: 'Réaffirmant ses résolutions 1373 (2001),', textOf: 'S/RES/2370 (2017)' });
  const op6 = addParagraph(graph, DOC, { section: 'operative', paragraph: '6', text: '6. Agit conformément à la résolution 1373 (2001) et à la résolution 1373 (2001);', textOf: 'S/RES/2370 (2017)' });
  const op7 = addParagraph(graph, DOC, { section: 'operative', paragraph: '7', text: '7. Prie la Direction exécutive de faire rapport;', textOf: 'S/RES/2370 (2017)' });
  addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidenceIn(graph, preamble, { spanOf: '1373 (2001)' }, 'reaffirm'));
  addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidenceIn(graph, op6, { spanOf: '1373 (2001)' }, null, { pin: 'para 2 (a)' }));
  const second = (graph.getNodeAttributes(op6) as { text: string }).text.lastIndexOf('1373');
  addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidenceIn(graph, op6, { start: second, end: second + 11 }));
  addEdge(graph, 'MANDATES', 'S/RES/2370 (2017)', bodyKey('cted'), evidenceIn(graph, op7, { spanOf: 'Direction exécutive' }, 'request', { role: 'support' }));
  return graph;
}

describe('graphToRows', () => {
  it('groups nodes by label in contract order, keeps string arrays and omits nulls', () => {
    const rows = graphToRows(seedGraph());
    expect(rows.nodes.map((group) => group.label)).toEqual(['Resolution', 'Document', 'Body']);
    const resolutions = rows.nodes[0]!.rows;
    expect(resolutions.map((row) => row.key)).toEqual(['S/RES/1373 (2001)', 'S/RES/2178', 'S/RES/2370 (2017)']);
    expect('year' in resolutions[1]!.props).toBe(false);
    expect(neo4j.isInt(resolutions[2]!.props.year)).toBe(true);
    expect((resolutions[2]!.props.year as ReturnType<typeof neo4j.int>).toNumber()).toBe(2017);
    expect(rows.nodes[2]!.rows[0]!.props.aliases).toEqual(['CTED', 'DECT']);
    expect(rows.nodes[2]!.rows[0]!.props.kind).toBe('Body');
    expect(rows.nodes[1]!.rows[0]!.props.textOf).toEqual(['S/RES/2370 (2017)']);
  });

  it('gives each paragraph its document for HAS_PARAGRAPH, its offsets and its version', () => {
    const [paragraphs] = graphToRows(seedGraph()).paragraphs;
    expect(paragraphs!.label).toBe('Paragraph');
    expect(paragraphs!.rows.map((row) => [row.key, row.doc, row.props.version])).toEqual([
      [`${DOC}#1`, DOC, 'S/RES/2370 (2017) PP1'],
      [`${DOC}#2`, DOC, 'S/RES/2370 (2017) OP6'],
      [`${DOC}#3`, DOC, 'S/RES/2370 (2017) OP7'],
    ]);
    expect(paragraphs!.rows[1]!.props).toMatchObject({ kind: 'Paragraph', doc: DOC, section: 'operative', paragraph: '6', lang: 'fr', textOf: 'S/RES/2370 (2017)' });
    expect('paragraph' in paragraphs!.rows[0]!.props).toBe(false);
  });

  it('summarises entity relationships and puts the evidence on relationships from paragraphs', () => {
    const rows = graphToRows(seedGraph());
    expect(rows.relationships.map((group) => `${group.sourceLabel}-${group.type}->${group.targetLabel}`)).toEqual([
      'Resolution-CITES->Resolution',
      'Paragraph-CITES->Resolution',
      'Resolution-MANDATES->Body',
      'Paragraph-MANDATES->Body',
      'Document-TEXT_OF->Resolution',
    ]);
    const cites = rows.relationships[0]!.rows[0]!;
    expect(cites.props).toMatchObject({ key: 'CITES:S/RES/2370 (2017)->S/RES/1373 (2001)', kind: 'CITES', verbs: ['reaffirm'], docs: [DOC] });
    expect((cites.props.weight as { toNumber(): number }).toNumber()).toBe(3);
    const [preamble, op6] = rows.relationships[1]!.rows;
    expect([preamble!.source, op6!.source]).toEqual([`${DOC}#1`, `${DOC}#2`]);
    expect(ints(op6!.props.starts)).toEqual([37, 68]);
    expect(ints(op6!.props.ends)).toEqual([48, 79]);
    expect(op6!.props.pins).toEqual(['para 2 (a)']);
    // no verb, no role: no property at all (never an empty list, never an empty string)
    expect(op6!.props).not.toHaveProperty('verbs');
    expect(op6!.props).not.toHaveProperty('roles');
    expect(rows.relationships[3]!.rows[0]!.props).toMatchObject({ verbs: ['request'], roles: ['support'] });
    const textOf = rows.relationships[4]!.rows[0]!;
    expect(Object.keys(textOf.props).sort()).toEqual(['key', 'kind', 'weight']);
  });

  it('loads a mandate a news paragraph reports: from the resolution its evidence names, the paragraph relationship keeping it', () => {
    const graph = seedGraph();
    const news = documentKey('news/sc12839.txt');
    mergeNode(graph, news, { kind: 'Document', label: 'SC/12839', source: 'news/sc12839.txt', lang: 'en', docType: 'press-release', title: '', date: null, textOf: [] });
    const body = addParagraph(graph, news, { section: 'body', text: 'By resolution 2370 (2017), the Council requested CTED to report.' });
    addEdge(graph, 'MANDATES', 'S/RES/2370 (2017)', bodyKey('cted'), evidenceIn(graph, body, { spanOf: 'CTED' }, 'request', { resolution: 'S/RES/2370 (2017)' }));
    const rows = graphToRows(graph);
    const group = (type: string, source: string) => rows.relationships.find((candidate) => candidate.type === type && candidate.sourceLabel === source)!;
    const summary = group('MANDATES', 'Resolution').rows[0]!;
    expect(summary.props).toMatchObject({ key: 'MANDATES:S/RES/2370 (2017)->body:cted', verbs: ['request'] });
    expect(summary.props.docs).toEqual([DOC, news].sort());
    const reported = group('MANDATES', 'Paragraph').rows.find((row) => row.source === `${news}#1`)!;
    expect(reported.props).toMatchObject({ kind: 'MANDATES', verbs: ['request'], resolutions: ['S/RES/2370 (2017)'] });
  });

  it('refuses a kind outside the contract instead of interpolating it', () => {
    const graph = seedGraph();
    graph.mergeNodeAttributes('S/RES/2178', { kind: 'Resolution) DETACH DELETE n //' as never });
    expect(() => graphToRows(graph)).toThrow(/node S\/RES\/2178: kind .* is not a node kind of the contract/);
  });

  it('counts every node and edge of a larger graph, and the evidence relationships', () => {
    const graph = syntheticGraph({ resolutions: 120 });
    const evidence = new Set<string>();
    graph.forEachEdge((_key, attributes, _source, target) => {
      for (const item of attributes.evidence ?? []) evidence.add(`${attributes.kind} ${item.para} ${target}`);
    });
    expect(countRows(graphToRows(graph))).toEqual({ nodes: graph.order, relationships: graph.size + evidence.size });
  });
});

describe('toPropertyValue', () => {
  it('turns integers into Neo4j integers and keeps floats, strings and booleans', () => {
    expect(neo4j.isInt(toPropertyValue(8017))).toBe(true);
    expect(toPropertyValue(0.5)).toBe(0.5);
    expect(toPropertyValue('S/PRST/2018/9')).toBe('S/PRST/2018/9');
    expect(toPropertyValue(false)).toBe(false);
    expect(toPropertyValue(null)).toBeUndefined();
    expect(toPropertyValue([])).toBeUndefined();
  });

  it('keeps homogeneous arrays and stores objects and mixed arrays as JSON', () => {
    expect(toPropertyValue(['ONUDC', 'UNODC'])).toEqual(['ONUDC', 'UNODC']);
    expect((toPropertyValue([1, 2]) as unknown[]).every((item) => neo4j.isInt(item))).toBe(true);
    expect(toPropertyValue([1, 'a'])).toBe('[1,"a"]');
    expect(toPropertyValue({ x: 1 })).toBe('{"x":1}');
  });
});
