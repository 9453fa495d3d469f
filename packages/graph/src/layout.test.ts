import { describe, expect, it } from 'vitest';
import { computeLayout, hasLayout, layoutGraph } from './layout';
import { addEdge, createGraph, mergeNode, type KnowledgeGraph } from './model';
import type { EdgeKind, EvidenceItem, NodeAttributes } from './types';

const evidence = (doc: string, start: number): EvidenceItem => ({ para: `${doc}#p1`, doc, section: 'preamble', paragraph: null, verb: 'recall', start, end: start + 9 });
const resolution = (number: number): [string, NodeAttributes] => {
  const symbol = `S/RES/${number} (2000)`;
  return [symbol, { kind: 'Resolution', label: symbol, symbol, organ: 'SC', number: String(number), year: 2000 }];
};

/**
 * Two citation clusters (1–6 and 11–16, each citing within itself), a body mandated by both, a
 * document that is the text of 1, a state it mentions, and a resolution nothing touches.
 * `order` shuffles the insertion order, which must not change the result.
 */
function testGraph(order: 'forward' | 'reverse' = 'forward'): KnowledgeGraph {
  const graph = createGraph();
  const nodes: Array<[string, NodeAttributes]> = [
    ...[1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 15, 16, 99].map(resolution),
    ['body:CTC', { kind: 'Body', label: 'CTC', aliases: [] }],
    ['doc:1.txt', { kind: 'Document', label: 'text of 1', source: '1.txt', lang: 'en', docType: 'resolution', title: '1', date: null }],
    ['state:FR', { kind: 'State', label: 'France', iso2: 'FR' }],
  ];
  const edges: Array<[EdgeKind, string, string]> = [];
  for (const base of [0, 10]) {
    for (let a = 1; a <= 6; a++) for (let b = 1; b < a; b++) edges.push(['CITES', `S/RES/${base + a} (2000)`, `S/RES/${base + b} (2000)`]);
  }
  edges.push(['CITES', 'S/RES/11 (2000)', 'S/RES/6 (2000)']);
  edges.push(['MANDATES', 'S/RES/3 (2000)', 'body:CTC'], ['MANDATES', 'S/RES/13 (2000)', 'body:CTC']);
  edges.push(['TEXT_OF', 'doc:1.txt', 'S/RES/1 (2000)'], ['MENTIONS', 'doc:1.txt', 'state:FR']);
  if (order === 'reverse') {
    nodes.reverse();
    edges.reverse();
  }
  for (const [key, attributes] of nodes) mergeNode(graph, key, attributes);
  edges.forEach(([kind, source, target], index) => addEdge(graph, kind, source, target, kind === 'TEXT_OF' ? undefined : evidence('doc:1.txt', index * 20)));
  return graph;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('computeLayout', () => {
  const layout = computeLayout(testGraph());

  it('places every node, deterministically and whatever the insertion order', () => {
    const graph = testGraph();
    expect(layout.positions.size).toBe(graph.order);
    for (const position of layout.positions.values()) expect(Number.isFinite(position.x) && Number.isFinite(position.y)).toBe(true);
    expect(computeLayout(testGraph())).toEqual(layout);
    expect(computeLayout(testGraph('reverse'))).toEqual(layout);
    // another seed, another picture
    expect(computeLayout(testGraph(), { seed: 2 }).positions).not.toEqual(layout.positions);
  });

  it('runs ForceAtlas2 on the citation network until it settles', () => {
    const [citations] = layout.stages;
    expect(citations).toMatchObject({ name: 'citation network', nodes: 12, converged: true });
    expect(citations!.iterations).toBeGreaterThan(0);
    expect(computeLayout(testGraph(), { maxIterations: 10 }).stages[0]).toMatchObject({ iterations: 10, converged: false });
  });

  it('finds the two citation clusters as communities, and gives none outside the citation network', () => {
    const first = layout.communities.get('S/RES/1 (2000)');
    const second = layout.communities.get('S/RES/14 (2000)');
    expect(first).not.toBe(second);
    for (const n of [2, 3, 4, 5]) expect(layout.communities.get(`S/RES/${n} (2000)`)).toBe(first);
    for (const n of [12, 13, 15, 16]) expect(layout.communities.get(`S/RES/${n} (2000)`)).toBe(second);
    expect([...new Set(layout.communities.values())].sort()).toEqual([0, 1]);
    for (const node of ['body:CTC', 'doc:1.txt', 'state:FR', 'S/RES/99 (2000)']) expect(layout.communities.has(node)).toBe(false);
  });

  it('draws clusters apart, hangs documents beside their resolution and puts the unconnected below', () => {
    const at = (node: string) => layout.positions.get(node)!;
    const within = distance(at('S/RES/1 (2000)'), at('S/RES/2 (2000)'));
    const across = distance(at('S/RES/2 (2000)'), at('S/RES/15 (2000)'));
    expect(across).toBeGreaterThan(within);
    expect(distance(at('doc:1.txt'), at('S/RES/1 (2000)'))).toBeLessThan(across);
    const placed = [...layout.positions].filter(([node]) => node !== 'S/RES/99 (2000)');
    expect(at('S/RES/99 (2000)').y).toBeLessThan(Math.min(...placed.map(([, position]) => position.y)));
  });
});

describe('layoutGraph', () => {
  it('writes x, y and community into the graph', () => {
    const graph = testGraph();
    expect(hasLayout(graph)).toBe(false);
    const layout = layoutGraph(graph);
    expect(hasLayout(graph)).toBe(true);
    expect(graph.getNodeAttributes('S/RES/1 (2000)')).toMatchObject({ ...layout.positions.get('S/RES/1 (2000)'), community: layout.communities.get('S/RES/1 (2000)') });
    expect(graph.getNodeAttributes('body:CTC')).not.toHaveProperty('community');
  });
});
