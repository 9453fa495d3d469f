import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import libraryIterate from 'graphology-layout-forceatlas2/iterate.js';
import { describe, expect, it } from 'vitest';
import { iterate } from './forceatlas2';
import { seededRandom } from './random';

const PPN = 10;

/** Node and edge matrices as graphology-layout-forceatlas2's helpers make them, from a seeded random graph. */
function matrices(order: number, size: number, seed: number): { nodes: Float32Array; edges: Float32Array } {
  const random = seededRandom(seed);
  const nodes = new Float32Array(order * PPN);
  for (let n = 0; n < order; n++) {
    nodes[n * PPN] = (random() - 0.5) * 50;
    nodes[n * PPN + 1] = (random() - 0.5) * 50;
    nodes[n * PPN + 6] = 1;
    nodes[n * PPN + 7] = 1;
    nodes[n * PPN + 8] = 1;
  }
  // two nodes at the same place: the zero distance is skipped the same way
  if (order > 3) {
    nodes[3 * PPN] = nodes[2 * PPN]!;
    nodes[3 * PPN + 1] = nodes[2 * PPN + 1]!;
  }
  const edges = new Float32Array(size * 3);
  for (let e = 0; e < size; e++) {
    const source = Math.floor(random() * order);
    const target = (source + 1 + Math.floor(random() * (order - 1))) % order;
    const weight = Math.log2(1 + 1 + Math.floor(random() * 6));
    nodes[source * PPN + 6] = nodes[source * PPN + 6]! + weight;
    nodes[target * PPN + 6] = nodes[target * PPN + 6]! + weight;
    edges.set([source * PPN, target * PPN, weight], e * 3);
  }
  return { nodes, edges };
}

const base: Required<ForceAtlas2Settings> = {
  linLogMode: false,
  outboundAttractionDistribution: true,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 40,
  strongGravityMode: false,
  gravity: 0.5,
  slowDown: 4,
  barnesHutOptimize: false,
  barnesHutTheta: 0.6,
};

describe('iterate', () => {
  const cases: Array<[string, Partial<ForceAtlas2Settings>]> = [
    ['the layout’s settings for a group', {}],
    ['strong gravity (graphs of groups)', { strongGravityMode: true }],
    ['attraction not distributed, another weight influence', { outboundAttractionDistribution: false, edgeWeightInfluence: 0.5, gravity: 1, scalingRatio: 2 }],
    ['Barnes–Hut (the refinement of the whole)', { barnesHutOptimize: true, slowDown: 8 }],
    ['Barnes–Hut, strong gravity, another θ', { barnesHutOptimize: true, strongGravityMode: true, barnesHutTheta: 1.2 }],
    ['LinLog (the library’s own code)', { linLogMode: true }],
  ];
  it.each(cases)('moves the nodes bit for bit as graphology-layout-forceatlas2 does: %s', (_name, overrides) => {
    const settings = { ...base, ...overrides };
    for (const [order, size, seed] of [[2, 1, 1], [17, 30, 2], [60, 140, 3], [120, 90, 4], [400, 1300, 5]] as const) {
      const ours = matrices(order, size, seed);
      const theirs = matrices(order, size, seed);
      // a fixed node stays where it is in both
      ours.nodes[PPN + 9] = 1;
      theirs.nodes[PPN + 9] = 1;
      for (let step = 0; step < 25; step++) {
        iterate(settings, ours.nodes, ours.edges);
        libraryIterate(settings, theirs.nodes, theirs.edges);
      }
      expect(Buffer.from(ours.nodes.buffer).equals(Buffer.from(theirs.nodes.buffer))).toBe(true);
      // and they did move
      expect(ours.nodes[0]).not.toBe(matrices(order, size, seed).nodes[0]);
    }
  });
});
