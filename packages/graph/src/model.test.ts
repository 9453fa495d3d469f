import { describe, expect, it } from 'vitest';
import { fragmentEvidence, FragmentEdges, type GraphFragment } from './fragment';
import { addEdge, addParagraph, createGraph, evidenceIn, mergeAttributes, mergeNode, sortEvidence } from './model';
import { parseGraph, serializeGraph } from './serialize';
import type { EdgeKind, Evidence } from './types';

const TEXT = 'Recalling its resolution 1373 (2001) and its resolution 1373 (2001) again,';

function sample() {
  const graph = createGraph();
  mergeNode(graph, 'doc:a.txt', {
    kind: 'Document', label: 'a.txt', source: 'a.txt', lang: 'en', docType: 'resolution', title: 'a', date: null, textOf: ['S/RES/2370 (2017)'],
  });
  mergeNode(graph, 'S/RES/2370 (2017)', {
    kind: 'Resolution', label: 'S/RES/2370 (2017)', symbol: 'S/RES/2370 (2017)', organ: 'SC', number: '2370', year: 2017,
  });
  mergeNode(graph, 'S/RES/1373 (2001)', {
    kind: 'Resolution', label: 'S/RES/1373 (2001)', symbol: 'S/RES/1373 (2001)', organ: 'SC', number: '1373', year: 2001,
  });
  addEdge(graph, 'TEXT_OF', 'doc:a.txt', 'S/RES/2370 (2017)');
  const para = addParagraph(graph, 'doc:a.txt', { section: 'preamble', text: TEXT, textOf: 'S/RES/2370 (2017)' });
  return { graph, para };
}

describe('model', () => {
  it('merges evidence on one edge, weight counting the items, duplicates (same paragraph and span) once', () => {
    const { graph, para } = sample();
    const second = { start: TEXT.lastIndexOf('1373'), end: TEXT.lastIndexOf('1373') + 11 };
    addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidenceIn(graph, para, second, 'recall'));
    addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidenceIn(graph, para, { spanOf: '1373 (2001)' }, 'recall'));
    addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidenceIn(graph, para, { spanOf: '1373 (2001)' }, 'recall'));
    const attributes = graph.getEdgeAttributes('CITES:S/RES/2370 (2017)->S/RES/1373 (2001)');
    expect(attributes.weight).toBe(2);
    expect(attributes.evidence?.map((item) => item.start)).toEqual([second.start, 25]);
    sortEvidence(graph);
    expect(attributes.evidence?.map((item) => item.start)).toEqual([25, second.start]);
    expect(attributes.evidence?.[0]).toMatchObject({ para, doc: 'doc:a.txt', section: 'preamble', paragraph: null, verb: 'recall', end: 36 });
  });

  it('never adds a self-citation', () => {
    const { graph, para } = sample();
    const before = graph.size;
    addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/2370 (2017)', evidenceIn(graph, para, { spanOf: '1373' }));
    expect(graph.size).toBe(before);
  });

  it('numbers paragraphs from 1 after the last, with their offsets and a HAS_PARAGRAPH edge', () => {
    const { graph, para } = sample();
    const next = addParagraph(graph, 'doc:a.txt', { section: 'operative', paragraph: '1', text: '1. Decides.', textOf: 'S/RES/2370 (2017)' });
    expect([para, next]).toEqual(['doc:a.txt#1', 'doc:a.txt#2']);
    expect(graph.getNodeAttributes(next)).toMatchObject({ kind: 'Paragraph', index: 2, start: TEXT.length + 1, end: TEXT.length + 12, lang: 'en' });
    expect(graph.hasEdge('HAS_PARAGRAPH:doc:a.txt->doc:a.txt#2')).toBe(true);
    expect(() => evidenceIn(graph, next, { spanOf: 'Requests' })).toThrow(/does not contain/);
  });

  it('unites aliases and fills missing values, keeping present ones', () => {
    const graph = createGraph();
    mergeNode(graph, 'body:UNODC', { kind: 'Body', label: 'UNODC', aliases: ['UNODC', 'ONUDC'] });
    mergeNode(graph, 'body:UNODC', { kind: 'Body', label: 'Other', aliases: ['ONUDC', 'United Nations Office on Drugs and Crime'] });
    expect(graph.getNodeAttributes('body:UNODC')).toEqual({
      kind: 'Body', label: 'UNODC', aliases: ['ONUDC', 'UNODC', 'United Nations Office on Drugs and Crime'],
    });
    expect(
      mergeAttributes(
        { kind: 'Resolution', label: 'S/RES/2370 (2017)', symbol: 'S/RES/2370 (2017)', organ: 'SC', number: '2370', year: null },
        { kind: 'Resolution', label: 'other', symbol: 'S/RES/2370 (2017)', organ: 'GA', number: '2370', year: 2017, meeting: 8017 },
      ),
    ).toMatchObject({ label: 'S/RES/2370 (2017)', organ: 'SC', year: 2017, meeting: 8017 });
  });
});

describe('fragments', () => {
  const evidence = (start: number): Evidence => ({ doc: 'doc:a.txt', section: 'preamble', paragraph: null, verb: 'recall', start, end: start + 10 });

  it('collect each edge once with its items in order', () => {
    const collected: GraphFragment = { nodes: [], edges: [] };
    const edges = new FragmentEdges(collected);
    const items: Array<[EdgeKind, string, string, Evidence | undefined]> = [
      ['MENTIONS', 'doc:a.txt', 'S/RES/1373 (2001)', evidence(40)],
      ['CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidence(30)],
      ['TEXT_OF', 'doc:a.txt', 'S/RES/2370 (2017)', undefined],
      ['CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidence(10)],
      ['MENTIONS', 'doc:a.txt', 'S/RES/1373 (2001)', evidence(40)],
    ];
    for (const [kind, source, target, item] of items) edges.add(kind, source, target, item);
    expect(collected.edges.map((edge) => [edge.kind, fragmentEvidence(edge).map((item) => item.start)])).toEqual([
      ['MENTIONS', [40, 40]],
      ['CITES', [30, 10]],
      ['TEXT_OF', []],
    ]);
  });
});

describe('serialize', () => {
  it('is canonical: insertion order does not change the bytes, and it round-trips', () => {
    const { graph: one, para } = sample();
    addEdge(one, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidenceIn(one, para, { spanOf: '1373 (2001)' }, 'recall'));
    addEdge(one, 'MENTIONS', 'doc:a.txt', 'S/RES/1373 (2001)', evidenceIn(one, para, { spanOf: '1373 (2001)' }));
    const two = createGraph(one.getAttributes());
    for (const key of [...one.nodes()].reverse()) two.addNode(key, one.getNodeAttributes(key));
    for (const key of [...one.edges()].reverse()) two.addDirectedEdgeWithKey(key, one.source(key), one.target(key), one.getEdgeAttributes(key));
    const text = serializeGraph(one);
    expect(serializeGraph(two)).toBe(text);
    expect(serializeGraph(parseGraph(text))).toBe(text);
    expect(text.split('\n')).toEqual([
      '{"attributes":{"contract":"2"},',
      '"nodes":[',
      '{"attributes":{"kind":"Resolution","label":"S/RES/1373 (2001)","number":"1373","organ":"SC","symbol":"S/RES/1373 (2001)","year":2001},"key":"S/RES/1373 (2001)"},',
      '{"attributes":{"kind":"Resolution","label":"S/RES/2370 (2017)","number":"2370","organ":"SC","symbol":"S/RES/2370 (2017)","year":2017},"key":"S/RES/2370 (2017)"},',
      `{"attributes":{"date":null,"docType":"resolution","kind":"Document","label":"a.txt","lang":"en","source":"a.txt","textOf":["S/RES/2370 (2017)"],"title":"a"},"key":"doc:a.txt","paragraphs":[["preamble",null,0,"${TEXT}",0,{"CITES":[["S/RES/1373 (2001)",25,36,"recall"]],"MENTIONS":[["S/RES/1373 (2001)",25,36]]}]]}`,
      ']}',
      '',
    ]);
  });

  it('refuses an in-memory graph the file cannot say', () => {
    const { graph, para } = sample();
    // MENTIONS evidence must come from the paragraph's own document
    mergeNode(graph, 'doc:b.txt', { kind: 'Document', label: 'b', source: 'b.txt', lang: 'en', docType: 'news', title: 'b', date: null, textOf: [] });
    addEdge(graph, 'MENTIONS', 'doc:b.txt', 'S/RES/1373 (2001)', evidenceIn(graph, para, { spanOf: '1373' }));
    expect(() => serializeGraph(graph)).toThrow(/implies an edge from doc:a\.txt/);
  });

  it('names the file and the problem for a graph that breaks the contract', () => {
    expect(() => parseGraph('{"attributes":{"contract":"2"},\n"nodes":[\n{"attributes":{"kind":"Planet"},"key":"x"}\n]}\n', 'bad.json')).toThrow(
      /bad\.json: does not follow the graph contract: .*unknown kind "Planet"/,
    );
    expect(() => parseGraph('{"attributes":{"contract":"2"},\n"nodes":[\n{oops\n]}\n', 'broken.json')).toThrow(/broken\.json: line 3 is not valid JSON/);
    expect(() => parseGraph('{"attributes":{"contract":"2"},\n"nodes":[\n', 'short.json')).toThrow(/short\.json: ends early/);
    expect(() => parseGraph('{"options":{"type":"directed"},\n"attributes":{},\n"nodes":[],"edges":[]}', 'old.json')).toThrow(
      /old\.json: was written by an older unkg \(graph contract 1/,
    );
  });
});
