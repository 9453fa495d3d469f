import { describe, expect, it } from 'vitest';
import { computeFacts, computeVisibility, defaultFilters } from './filters';
import { buildTestViewGraph } from './test-graph';

describe('filters', () => {
  const graph = buildTestViewGraph();
  const facts = computeFacts(graph);
  const defaults = defaultFilters(facts);

  it('collects the facts the sidebar shows', () => {
    expect(facts.kinds).toEqual(['Resolution', 'Body', 'Threat', 'Document']);
    expect(facts.organs).toEqual(['GA', 'SC']);
    expect(facts.langs).toEqual(['fr']);
    expect([facts.yearMin, facts.yearMax]).toEqual([1999, 2019]);
    expect(facts.yearCounts[2017]).toBe(2);
  });

  it('hides documents and mentions by default: the resolution–body network', () => {
    const visible = computeVisibility(graph, facts, defaults);
    expect([...visible.nodes].some((node) => node.startsWith('doc:'))).toBe(false);
    expect(visible.nodes.has('S/RES/2370 (2017)')).toBe(true);
    expect(visible.nodes.has('body:ctc')).toBe(true);
    expect([...visible.edges].some((edge) => edge.startsWith('MENTIONS:') || edge.startsWith('TEXT_OF:'))).toBe(false);
    expect(visible.edges.has('CITES:S/RES/2370 (2017)->S/RES/1373 (2001)')).toBe(true);
  });

  it('leaves out kinds reached only through mentions', () => {
    const withState = buildTestViewGraph();
    withState.addNode('state:FR', { kind: 'State', label: 'France', iso2: 'FR', x: 0, y: 0, size: 1, color: '#000' });
    withState.addDirectedEdgeWithKey('MENTIONS:doc->state:FR', 'doc:data/samples/seeds/001_c19ed2f20ea50625.txt', 'state:FR', { kind: 'MENTIONS', weight: 1 });
    const filters = defaultFilters(computeFacts(withState));
    expect(filters.kinds).toEqual(['Resolution', 'Body', 'Threat']);
  });

  it('filters by adoption year, keeping nodes that have no year', () => {
    const visible = computeVisibility(graph, facts, { ...defaults, yearFrom: 2017, yearTo: 2017 });
    expect([...visible.nodes].filter((node) => graph.getNodeAttribute(node, 'kind') === 'Resolution').sort()).toEqual(['S/RES/2341 (2017)', 'S/RES/2370 (2017)']);
    expect(visible.nodes.has('body:ctc')).toBe(true);
    expect(visible.edges.has('CITES:S/RES/2370 (2017)->S/RES/1373 (2001)')).toBe(false);
  });

  it('filters by organ', () => {
    const visible = computeVisibility(graph, facts, { ...defaults, organs: ['GA'] });
    expect([...visible.nodes].filter((node) => graph.getNodeAttribute(node, 'kind') === 'Resolution')).toEqual(['A/RES/71/19']);
  });

  it('filters by language of the sources', () => {
    expect(computeVisibility(graph, facts, { ...defaults, langs: ['en'] }).nodes.has('S/RES/2370 (2017)')).toBe(false);
    expect(computeVisibility(graph, facts, { ...defaults, langs: ['fr'] }).nodes.has('S/RES/2370 (2017)')).toBe(true);
  });

  it('applies a minimum degree over the visible edges', () => {
    const visible = computeVisibility(graph, facts, { ...defaults, minDegree: 3 });
    expect([...visible.nodes].sort()).toEqual(['S/RES/2370 (2017)', 'S/RES/2482 (2019)']);
    expect(computeVisibility(graph, facts, { ...defaults, minDegree: 2 }).nodes.has('body:ctc')).toBe(true);
    expect(computeVisibility(graph, facts, { ...defaults, minDegree: 2 }).nodes.has('body:interpol')).toBe(false);
  });

  it('keeps forced nodes (selection, trace) whatever the filters', () => {
    const visible = computeVisibility(graph, facts, { ...defaults, yearFrom: 2019 }, ['S/RES/1267 (1999)']);
    expect(visible.nodes.has('S/RES/1267 (1999)')).toBe(true);
    expect(visible.nodes.has('S/RES/1373 (2001)')).toBe(false);
  });

  it('shows documents and their edges when asked', () => {
    const visible = computeVisibility(graph, facts, { ...defaults, kinds: facts.kinds, edgeKinds: facts.edgeKinds });
    expect(visible.nodes.size).toBe(graph.order);
    expect(visible.edges.size).toBe(graph.size);
  });
});
