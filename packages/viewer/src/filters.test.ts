import { describe, expect, it } from 'vitest';
import { computeFacts, computeVisibility, defaultFilters, withForced } from './filters';
import { buildTestViewGraph } from './test-graph';

describe('filters', () => {
  const graph = buildTestViewGraph();
  const facts = computeFacts(graph);
  const defaults = defaultFilters(facts);
  /** the resolution–body network, which several tests filter further */
  const network = { ...defaults, kinds: ['Resolution', 'Body', 'Threat'], edgeKinds: ['ADDRESSES', 'CITES', 'MANDATES'], minDegree: 0 };

  it('collects the facts the sidebar shows', () => {
    expect(facts.kinds).toEqual(['Resolution', 'Body', 'Threat', 'Document']);
    expect(facts.organs).toEqual(['GA', 'SC']);
    expect(facts.langs).toEqual(['fr']);
    expect([facts.yearMin, facts.yearMax]).toEqual([1999, 2019]);
    expect(facts.yearCounts[2017]).toBe(2);
  });

  it('opens on the citation network: resolutions and statements that cite or are cited', () => {
    expect(defaults).toMatchObject({ kinds: ['Resolution'], edgeKinds: ['CITES'], minDegree: 1 });
    const visible = computeVisibility(graph, facts, defaults);
    expect([...visible.nodes].every((node) => graph.getNodeAttribute(node, 'kind') === 'Resolution')).toBe(true);
    expect(visible.nodes.has('S/RES/2370 (2017)')).toBe(true);
    expect([...visible.edges].every((edge) => edge.startsWith('CITES:'))).toBe(true);
    expect(visible.edges.has('CITES:S/RES/2370 (2017)->S/RES/1373 (2001)')).toBe(true);
  });

  it('opens a graph without citations on everything but documents and mentions, leaving out kinds reached only through mentions', () => {
    const withState = buildTestViewGraph();
    withState.filterEdges((_edge, attributes) => attributes.kind === 'CITES').forEach((edge) => withState.dropEdge(edge));
    withState.addNode('state:FR', { kind: 'State', label: 'France', iso2: 'FR', x: 0, y: 0, size: 1, color: '#000' });
    withState.addDirectedEdgeWithKey('MENTIONS:doc->state:FR', 'doc:data/samples/seeds/001_c19ed2f20ea50625.txt', 'state:FR', { kind: 'MENTIONS', weight: 1 });
    const filters = defaultFilters(computeFacts(withState));
    expect(filters.kinds).toEqual(['Resolution', 'Body', 'Threat']);
    expect(filters.edgeKinds).toEqual(['ADDRESSES', 'MANDATES']);
    expect(filters.minDegree).toBe(0);
  });

  it('filters by adoption year, keeping nodes that have no year', () => {
    const visible = computeVisibility(graph, facts, { ...network, yearFrom: 2017, yearTo: 2017 });
    expect([...visible.nodes].filter((node) => graph.getNodeAttribute(node, 'kind') === 'Resolution').sort()).toEqual(['S/RES/2341 (2017)', 'S/RES/2370 (2017)']);
    expect(visible.nodes.has('body:ctc')).toBe(true);
    expect(visible.edges.has('CITES:S/RES/2370 (2017)->S/RES/1373 (2001)')).toBe(false);
  });

  it('filters by organ', () => {
    const visible = computeVisibility(graph, facts, { ...network, organs: ['GA'] });
    expect([...visible.nodes].filter((node) => graph.getNodeAttribute(node, 'kind') === 'Resolution')).toEqual(['A/RES/71/19']);
  });

  it('filters by language of the sources', () => {
    expect(computeVisibility(graph, facts, { ...network, langs: ['en'] }).nodes.has('S/RES/2370 (2017)')).toBe(false);
    expect(computeVisibility(graph, facts, { ...network, langs: ['fr'] }).nodes.has('S/RES/2370 (2017)')).toBe(true);
  });

  it('applies a minimum degree over the visible edges', () => {
    const visible = computeVisibility(graph, facts, { ...network, minDegree: 3 });
    expect([...visible.nodes].sort()).toEqual(['S/RES/2370 (2017)', 'S/RES/2482 (2019)']);
    expect(computeVisibility(graph, facts, { ...network, minDegree: 2 }).nodes.has('body:ctc')).toBe(true);
    expect(computeVisibility(graph, facts, { ...network, minDegree: 2 }).nodes.has('body:interpol')).toBe(false);
  });

  it('keeps forced nodes (selection, trace) whatever the filters', () => {
    const visible = computeVisibility(graph, facts, { ...network, yearFrom: 2019 }, ['S/RES/1267 (1999)']);
    expect(visible.nodes.has('S/RES/1267 (1999)')).toBe(true);
    expect(visible.nodes.has('S/RES/1373 (2001)')).toBe(false);
  });

  it('adds forced nodes to a computed visibility as a full pass would', () => {
    for (const filters of [network, { ...network, yearFrom: 2019 }, defaults, { ...network, langs: ['fr'] }]) {
      const base = computeVisibility(graph, facts, filters);
      for (const forced of [['S/RES/1267 (1999)'], ['body:ctc', 'S/RES/2482 (2019)'], ['doc:data/samples/seeds/003_806dc498987e8b5c.txt']]) {
        const full = computeVisibility(graph, facts, filters, forced);
        const quick = withForced(graph, facts, filters, base, forced);
        expect([...quick.nodes].sort()).toEqual([...full.nodes].sort());
        expect([...quick.edges].sort()).toEqual([...full.edges].sort());
      }
    }
  });

  it('shows documents and their edges when asked', () => {
    const visible = computeVisibility(graph, facts, { ...network, kinds: facts.kinds, edgeKinds: facts.edgeKinds });
    expect(visible.nodes.size).toBe(graph.order);
    expect(visible.edges.size).toBe(graph.size);
  });
});
