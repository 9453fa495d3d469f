import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { bodyKey, documentKey } from '../keys';
import { addEdge, createGraph, mergeNode } from '../model';
import { countRows, graphToRows, toPropertyValue } from './rows';
import { syntheticGraph } from './synthetic';

/** The seed documents' resolution 2370 (2017) and what it cites and mandates. */
function seedGraph() {
  const graph = createGraph();
  const doc = documentKey('seeds/S_RES_2370_2017.fr.txt');
  mergeNode(graph, 'S/RES/2370 (2017)', {
    kind: 'Resolution',
    label: 'Résolution 2370 (2017)',
    symbol: 'S/RES/2370 (2017)',
    organ: 'SC',
    number: '2370',
    year: 2017,
  });
  mergeNode(graph, 'S/RES/1373 (2001)', {
    kind: 'Resolution',
    label: 'Resolution 1373 (2001)',
    symbol: 'S/RES/1373 (2001)',
    organ: 'SC',
    number: '1373',
    year: 2001,
  });
  mergeNode(graph, 'S/RES/2178', {
    kind: 'Resolution',
    label: 'Resolution 2178',
    symbol: 'S/RES/2178',
    organ: 'SC',
    number: '2178',
    year: null,
  });
  mergeNode(graph, doc, {
    kind: 'Document',
    label: 'S/RES/2370 (2017) [fr]',
    source: 'seeds/S_RES_2370_2017.fr.txt',
    lang: 'fr',
    docType: 'resolution',
    title: 'Résolution 2370 (2017)',
    date: '2017-08-02',
    symbol: 'S/RES/2370 (2017)',
  });
  mergeNode(graph, bodyKey('cted'), {
    kind: 'Body',
    label: 'Counter-Terrorism Committee Executive Directorate',
    aliases: ['CTED', 'DECT'],
  });
  addEdge(graph, 'TEXT_OF', doc, 'S/RES/2370 (2017)');
  addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', {
    doc,
    section: 'preamble',
    paragraph: null,
    verb: 'reaffirm',
    quote: 'Réaffirmant ses résolutions 1373 (2001)',
    start: 120,
    end: 158,
  });
  addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', {
    doc,
    section: 'operative',
    paragraph: '6',
    verb: null,
    quote: 'conformément à la résolution 1373 (2001)',
    start: 4010,
    end: 4050,
    pin: 'para 2 (a)',
  });
  addEdge(graph, 'MANDATES', 'S/RES/2370 (2017)', bodyKey('cted'), {
    doc,
    section: 'operative',
    paragraph: '7',
    verb: 'request',
    quote: 'Prie la Direction exécutive…',
    start: 5000,
    end: 5030,
  });
  return graph;
}

describe('graphToRows', () => {
  it('groups nodes by label in contract order, keeps string arrays and omits nulls', () => {
    const rows = graphToRows(seedGraph());
    expect(rows.nodes.map((group) => group.label)).toEqual(['Resolution', 'Document', 'Body']);
    const resolutions = rows.nodes[0]!.rows;
    expect(resolutions.map((row) => row.key)).toEqual([
      'S/RES/1373 (2001)',
      'S/RES/2178',
      'S/RES/2370 (2017)',
    ]);
    const withoutYear = resolutions[1]!.props;
    expect('year' in withoutYear).toBe(false);
    expect(neo4j.isInt(resolutions[2]!.props.year)).toBe(true);
    expect((resolutions[2]!.props.year as ReturnType<typeof neo4j.int>).toNumber()).toBe(2017);
    expect(rows.nodes[2]!.rows[0]!.props.aliases).toEqual(['CTED', 'DECT']);
    expect(rows.nodes[2]!.rows[0]!.props.kind).toBe('Body');
  });

  it('groups relationships by type and end labels and stores evidence as parallel lists', () => {
    const rows = graphToRows(seedGraph());
    expect(
      rows.relationships.map((group) => `${group.sourceLabel}-${group.type}->${group.targetLabel}`),
    ).toEqual(['Resolution-CITES->Resolution', 'Resolution-MANDATES->Body', 'Document-TEXT_OF->Resolution']);
    const cites = rows.relationships[0]!.rows[0]!;
    expect(cites.key).toBe('CITES:S/RES/2370 (2017)->S/RES/1373 (2001)');
    expect(cites.props.evidence_section).toEqual(['preamble', 'operative']);
    expect(cites.props.evidence_paragraph).toEqual(['', '6']);
    expect(cites.props.evidence_verb).toEqual(['reaffirm', '']);
    expect(
      (cites.props.evidence_start as Array<{ toNumber(): number }>).map((value) => value.toNumber()),
    ).toEqual([120, 4010]);
    expect(cites.props.verbs).toEqual(['reaffirm']);
    expect(cites.props.docs).toEqual(['doc:seeds/S_RES_2370_2017.fr.txt']);
    // Optional refinements get a parallel list only where some item has them.
    expect(cites.props.evidence_pin).toEqual(['', 'para 2 (a)']);
    expect(cites.props).not.toHaveProperty('evidence_role');
    expect(cites.props).not.toHaveProperty('evidence_note');
    expect(cites.props).not.toHaveProperty('evidence_json');
    expect((cites.props.weight as { toNumber(): number }).toNumber()).toBe(2);
    const textOf = rows.relationships[2]!.rows[0]!;
    expect(Object.keys(textOf.props).sort()).toEqual(['key', 'kind', 'weight']);
  });

  it('stores evidence in canonical order whatever order the graph holds it in', () => {
    const graph = seedGraph();
    const doc = documentKey('seeds/S_RES_2370_2017.fr.txt');
    const late = {
      doc,
      section: 'operative' as const,
      paragraph: '9',
      verb: 'urge',
      quote: 'Exhorte',
      start: 9000,
      end: 9007,
      role: 'support',
    };
    const early = {
      doc,
      section: 'preamble' as const,
      paragraph: null,
      verb: 'recall',
      quote: 'Rappelant',
      start: 10,
      end: 19,
    };
    graph.dropEdge('MANDATES:S/RES/2370 (2017)->body:cted');
    addEdge(graph, 'MANDATES', 'S/RES/2370 (2017)', bodyKey('cted'), late);
    addEdge(graph, 'MANDATES', 'S/RES/2370 (2017)', bodyKey('cted'), early);
    const mandates = graphToRows(graph).relationships.find((group) => group.type === 'MANDATES')!.rows[0]!;
    expect(mandates.props.evidence_verb).toEqual(['recall', 'urge']);
    expect(mandates.props.verbs).toEqual(['recall', 'urge']);
    expect(
      (mandates.props.evidence_start as Array<{ toNumber(): number }>).map((value) => value.toNumber()),
    ).toEqual([10, 9000]);
    expect(mandates.props.evidence_role).toEqual(['', 'support']);
  });

  it('refuses a kind outside the contract instead of interpolating it', () => {
    const graph = seedGraph();
    graph.mergeNodeAttributes('S/RES/2178', { kind: 'Resolution) DETACH DELETE n //' as never });
    expect(() => graphToRows(graph)).toThrow(/node S\/RES\/2178: kind .* is not a node kind of the contract/);
  });

  it('counts every node and edge of a larger graph', () => {
    const graph = syntheticGraph({ resolutions: 120 });
    expect(countRows(graphToRows(graph))).toEqual({ nodes: graph.order, relationships: graph.size });
  });
});

describe('toPropertyValue', () => {
  it('turns integers into Neo4j integers and keeps floats, strings and booleans', () => {
    expect(neo4j.isInt(toPropertyValue(8017))).toBe(true);
    expect(toPropertyValue(0.5)).toBe(0.5);
    expect(toPropertyValue('S/PRST/2018/9')).toBe('S/PRST/2018/9');
    expect(toPropertyValue(false)).toBe(false);
    expect(toPropertyValue(null)).toBeUndefined();
  });

  it('keeps homogeneous arrays and stores objects and mixed arrays as JSON', () => {
    expect(toPropertyValue(['ONUDC', 'UNODC'])).toEqual(['ONUDC', 'UNODC']);
    expect((toPropertyValue([1, 2]) as unknown[]).every((item) => neo4j.isInt(item))).toBe(true);
    expect(toPropertyValue([1, 'a'])).toBe('[1,"a"]');
    expect(toPropertyValue({ x: 1 })).toBe('{"x":1}');
  });
});
