import { describe, expect, it } from 'vitest';
import { addEdge, createGraph, fragmentEvidence, FragmentEdges, mergeFragment, mergeNode, type GraphFragment } from './model';
import { exportGraph, parseGraph, serializeGraph } from './serialize';
import type { EdgeKind, Evidence } from './types';

const evidence = (start: number): Evidence => ({
  doc: 'doc:a.txt',
  section: 'preamble',
  paragraph: null,
  verb: 'recall',
  quote: 'Recalling its resolution 1373 (2001)',
  start,
  end: start + 10,
});

function sample() {
  const graph = createGraph();
  mergeNode(graph, 'doc:a.txt', {
    kind: 'Document', label: 'a.txt', source: 'a.txt', lang: 'en', docType: 'resolution', title: 'a', date: null,
  });
  mergeNode(graph, 'S/RES/2370 (2017)', {
    kind: 'Resolution', label: 'S/RES/2370 (2017)', symbol: 'S/RES/2370 (2017)', organ: 'SC', number: '2370', year: 2017,
  });
  mergeNode(graph, 'S/RES/1373 (2001)', {
    kind: 'Resolution', label: 'S/RES/1373 (2001)', symbol: 'S/RES/1373 (2001)', organ: 'SC', number: '1373', year: 2001,
  });
  return graph;
}

describe('model', () => {
  it('merges evidence on one edge, weight counting the items, duplicates once', () => {
    const graph = sample();
    addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidence(50));
    addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidence(10));
    addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidence(10));
    expect(graph.size).toBe(1);
    const attributes = graph.getEdgeAttributes('CITES:S/RES/2370 (2017)->S/RES/1373 (2001)');
    expect(attributes.weight).toBe(2);
    expect(attributes.evidence?.map((item) => item.start)).toEqual([50, 10]);
    const [exported] = exportGraph(graph).edges;
    expect(exported!.attributes.evidence?.map((item) => item.start)).toEqual([10, 50]);
  });

  it('never adds a self-citation', () => {
    const graph = sample();
    addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/2370 (2017)', evidence(1));
    expect(graph.size).toBe(0);
  });

  it('unites aliases and fills missing values, keeping present ones', () => {
    const graph = createGraph();
    mergeNode(graph, 'body:UNODC', { kind: 'Body', label: 'UNODC', aliases: ['UNODC', 'ONUDC'] });
    mergeNode(graph, 'body:UNODC', { kind: 'Body', label: 'Other', aliases: ['ONUDC', 'United Nations Office on Drugs and Crime'] });
    expect(graph.getNodeAttributes('body:UNODC')).toEqual({
      kind: 'Body', label: 'UNODC', aliases: ['ONUDC', 'UNODC', 'United Nations Office on Drugs and Crime'],
    });
  });

  it('merging a fragment again changes nothing; a later fragment only fills what is missing', () => {
    const fragment = {
      nodes: [
        { key: 'doc:a.txt', attributes: { kind: 'Document', label: 'a.txt', source: 'a.txt', lang: 'en', docType: 'resolution', title: 'a', date: null } },
        { key: 'S/RES/1373 (2001)', attributes: { kind: 'Resolution', label: 'S/RES/1373 (2001)', symbol: 'S/RES/1373 (2001)', organ: 'SC', number: '1373', year: 2001 } },
        { key: 'S/RES/2370 (2017)', attributes: { kind: 'Resolution', label: 'S/RES/2370 (2017)', symbol: 'S/RES/2370 (2017)', organ: 'SC', number: '2370', year: null } },
      ],
      edges: [
        { kind: 'TEXT_OF', source: 'doc:a.txt', target: 'S/RES/2370 (2017)' },
        { kind: 'CITES', source: 'S/RES/2370 (2017)', target: 'S/RES/1373 (2001)', evidence: evidence(10) },
        { kind: 'CITES', source: 'S/RES/2370 (2017)', target: 'S/RES/1373 (2001)', evidence: evidence(30) },
      ],
    } satisfies GraphFragment;
    const graph = createGraph();
    mergeFragment(graph, fragment);
    const once = serializeGraph(graph);
    mergeFragment(graph, fragment);
    expect(serializeGraph(graph)).toBe(once);
    expect(graph.getEdgeAttribute('CITES:S/RES/2370 (2017)->S/RES/1373 (2001)', 'weight')).toBe(2);
    mergeNode(graph, 'S/RES/2370 (2017)', { kind: 'Resolution', label: 'other', symbol: 'S/RES/2370 (2017)', organ: 'GA', number: '2370', year: 2017, meeting: 8017 });
    expect(graph.getNodeAttributes('S/RES/2370 (2017)')).toMatchObject({ label: 'S/RES/2370 (2017)', organ: 'SC', year: 2017, meeting: 8017 });
  });

  it('merges an edge carrying its collected items exactly as one edge per item', () => {
    const nodes = [
      { key: 'doc:a.txt', attributes: { kind: 'Document', label: 'a.txt', source: 'a.txt', lang: 'en', docType: 'resolution', title: 'a', date: null } },
      { key: 'S/RES/1373 (2001)', attributes: { kind: 'Resolution', label: 'S/RES/1373 (2001)', symbol: 'S/RES/1373 (2001)', organ: 'SC', number: '1373', year: 2001 } },
      { key: 'S/RES/2370 (2017)', attributes: { kind: 'Resolution', label: 'S/RES/2370 (2017)', symbol: 'S/RES/2370 (2017)', organ: 'SC', number: '2370', year: 2017 } },
    ] satisfies GraphFragment['nodes'];
    // items of two edges interleaved, one repeated (same doc and offsets)
    const items: Array<[EdgeKind, string, string, Evidence | undefined]> = [
      ['MENTIONS', 'doc:a.txt', 'S/RES/1373 (2001)', evidence(40)],
      ['CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidence(30)],
      ['TEXT_OF', 'doc:a.txt', 'S/RES/2370 (2017)', undefined],
      ['CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidence(10)],
      ['MENTIONS', 'doc:a.txt', 'S/RES/1373 (2001)', evidence(40)],
      ['CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidence(30)],
    ];
    const single: GraphFragment = { nodes, edges: items.map(([kind, source, target, item]) => (item ? { kind, source, target, evidence: item } : { kind, source, target })) };
    const collected: GraphFragment = { nodes, edges: [] };
    const edges = new FragmentEdges(collected);
    for (const [kind, source, target, item] of items) edges.add(kind, source, target, item);
    expect(collected.edges.map((edge) => [edge.kind, fragmentEvidence(edge).map((item) => item.start)])).toEqual([
      ['MENTIONS', [40, 40]],
      ['CITES', [30, 10, 30]],
      ['TEXT_OF', []],
    ]);
    const bySingle = createGraph();
    mergeFragment(bySingle, single);
    const byCollected = createGraph();
    mergeFragment(byCollected, collected);
    expect(byCollected.edges()).toEqual(bySingle.edges());
    expect(serializeGraph(byCollected)).toBe(serializeGraph(bySingle));
    expect(byCollected.getEdgeAttribute('CITES:S/RES/2370 (2017)->S/RES/1373 (2001)', 'weight')).toBe(2);
    // and again onto a graph that has the edges already: nothing changes
    mergeFragment(byCollected, collected);
    expect(serializeGraph(byCollected)).toBe(serializeGraph(bySingle));
  });

  it('rejects a fragment edge whose endpoint is missing', () => {
    expect(() => mergeFragment(createGraph(), { nodes: [], edges: [{ kind: 'TEXT_OF', source: 'a', target: 'b' }] })).toThrow(/lacks/);
  });
});

describe('serialize', () => {
  it('is canonical: insertion order does not change the bytes, and it round-trips', () => {
    const one = sample();
    addEdge(one, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidence(3));
    const two = createGraph();
    for (const key of [...one.nodes()].reverse()) mergeNode(two, key, one.getNodeAttributes(key));
    addEdge(two, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidence(3));
    const text = serializeGraph(one);
    expect(serializeGraph(two)).toBe(text);
    expect(serializeGraph(parseGraph(text))).toBe(text);
  });

  it('names the file and the problem for a graph that breaks the contract', () => {
    expect(() => parseGraph('{"nodes": [{"key": "x", "attributes": {"kind": "Planet"}}], "edges": []}', 'bad.json')).toThrow(
      /bad\.json: does not follow the graph contract: .*unknown kind "Planet"/,
    );
    expect(() => parseGraph('{oops', 'broken.json')).toThrow(/broken\.json: not valid JSON/);
  });
});
