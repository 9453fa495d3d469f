import { describe, expect, it } from 'vitest';
import { computeLayout, hasLayout, layoutGraph } from './layout';
import { addEdge, createGraph, mergeNode, type KnowledgeGraph } from './model';
import { seededRandom } from './random';
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

  it('lays the citation network out with capped ForceAtlas2 runs: the group, then a refinement of the whole', () => {
    const [citations] = layout.stages;
    expect(citations).toMatchObject({ name: 'citation network', nodes: 12, edges: 31, runs: 2 });
    expect(citations!.iterations).toBeGreaterThan(0);
    const capped = computeLayout(testGraph(), { maxIterations: 10 }).stages[0]!;
    expect(capped).toMatchObject({ iterations: 20, converged: false, runs: 2 });
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

/**
 * Six citation clusters of 25 to 50 resolutions (dense inside, a few citations between
 * neighbouring clusters: more than one group's worth, so the network is split and laid out by
 * levels), a pair and a triangle citing only each other, drawn from a seeded generator.
 */
function clusteredGraph(): { graph: KnowledgeGraph; clusters: string[][] } {
  const random = seededRandom(7);
  const graph = createGraph();
  const clusters: string[][] = [];
  let number = 1;
  for (const size of [50, 40, 35, 30, 25, 25, 2, 3]) {
    const members = Array.from({ length: size }, () => resolution(number++));
    for (const [key, attributes] of members) mergeNode(graph, key, attributes);
    clusters.push(members.map(([key]) => key));
  }
  let offset = 0;
  const cite = (source: string, target: string) => {
    if (source !== target && !graph.hasEdge(source, target)) addEdge(graph, 'CITES', source, target, evidence('doc:x.txt', (offset += 20)));
  };
  clusters.forEach((members, index) => {
    for (let a = 0; a < members.length; a++) for (let b = 0; b < a; b++) if (members.length <= 3 || random() < 0.25) cite(members[a]!, members[b]!);
    if (index > 0 && index < 6) for (let k = 0; k < 3; k++) cite(members[Math.floor(random() * members.length)]!, clusters[index - 1]![Math.floor(random() * clusters[index - 1]!.length)]!);
  });
  return { graph, clusters };
}

describe('computeLayout on a network larger than one group', () => {
  const { graph, clusters } = clusteredGraph();
  const layout = computeLayout(graph);
  const centre = (members: string[]) => {
    const points = members.map((node) => layout.positions.get(node)!);
    return { x: points.reduce((sum, point) => sum + point.x, 0) / points.length, y: points.reduce((sum, point) => sum + point.y, 0) / points.length };
  };
  const spread = (members: string[]) => {
    const middle = centre(members);
    return Math.sqrt(members.reduce((sum, node) => sum + distance(layout.positions.get(node)!, middle) ** 2, 0) / members.length);
  };

  it('is deterministic and splits the network into groups laid out apart', () => {
    expect(computeLayout(graph)).toEqual(layout);
    expect(layout.stages[0]!.runs).toBeGreaterThan(3);
    // each cluster is tighter than the distance to its neighbouring cluster
    for (let index = 1; index < 6; index++) {
      expect(distance(centre(clusters[index]!), centre(clusters[index - 1]!))).toBeGreaterThan(spread(clusters[index]!));
    }
  });

  it('keeps components of their own (a pair, a triangle) near the rest, not thrown far off', () => {
    const main = clusters.slice(0, 6).flat();
    const middle = centre(main);
    const radius = Math.max(...main.map((node) => distance(layout.positions.get(node)!, middle)));
    for (const component of clusters.slice(6)) {
      for (const node of component) expect(distance(layout.positions.get(node)!, middle)).toBeLessThan(radius * 1.5);
    }
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
