/**
 * One ForceAtlas2 iteration over graphology-layout-forceatlas2's node and edge matrices, for the
 * settings the layout uses on its small runs (layout.ts: groups of at most a few dozen nodes and
 * graphs of groups): exact repulsion (no Barnes–Hut), linear attraction, no size adjustment.
 * Other settings go to the library's `iterate`.
 *
 * Why not the library's own function for these too: its `iterate` handles every setting in one
 * function of about 800 lines, which V8 runs unoptimised for the first few dozen calls and then
 * compiles at length, once for the small runs and again when the refinement of the whole (Barnes–
 * Hut) reaches its other branches. The layout is a cold, once-per-command phase of `unkg ingest`,
 * where that warm-up was most of ForceAtlas2's cost. This is the same arithmetic, in the same
 * order, on the same Float32 matrices (each intermediate rounded to 32 bits where the library
 * stores it), so the positions are bit for bit the library's (forceatlas2.test.ts compares them).
 */
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import libraryIterate from 'graphology-layout-forceatlas2/iterate.js';

/** values per node in the node matrix (helpers.js): x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed */
const PPN = 10;
const X = 0;
const Y = 1;
const DX = 2;
const DY = 3;
const OLD_DX = 4;
const OLD_DY = 5;
const MASS = 6;
const CONVERGENCE = 7;
const FIXED = 9;
/** values per edge in the edge matrix: source offset, target offset, weight */
const PPE = 3;

/** One ForceAtlas2 iteration (graphology-layout-forceatlas2's `iterate`, same results). */
export function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void {
  if (settings.barnesHutOptimize || settings.linLogMode || settings.adjustSizes) libraryIterate(settings, nodes, edges);
  else iterateExact(settings, nodes, edges);
}

function iterateExact(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void {
  const order = nodes.length;
  const size = edges.length;
  for (let n = 0; n < order; n += PPN) {
    nodes[n + OLD_DX] = nodes[n + DX]!;
    nodes[n + OLD_DY] = nodes[n + DY]!;
    nodes[n + DX] = 0;
    nodes[n + DY] = 0;
  }
  const distributed = settings.outboundAttractionDistribution;
  let compensation = 0;
  if (distributed) {
    for (let n = 0; n < order; n += PPN) compensation += nodes[n + MASS]!;
    compensation /= order / PPN;
  }

  // repulsion, every pair
  const ratio = settings.scalingRatio;
  for (let n1 = 0; n1 < order; n1 += PPN) {
    for (let n2 = 0; n2 < n1; n2 += PPN) {
      const xDist = nodes[n1 + X]! - nodes[n2 + X]!;
      const yDist = nodes[n1 + Y]! - nodes[n2 + Y]!;
      const distance = Math.sqrt(xDist * xDist + yDist * yDist);
      if (distance > 0) {
        const factor = (ratio * nodes[n1 + MASS]! * nodes[n2 + MASS]!) / distance / distance;
        nodes[n1 + DX] = nodes[n1 + DX]! + xDist * factor;
        nodes[n1 + DY] = nodes[n1 + DY]! + yDist * factor;
        nodes[n2 + DX] = nodes[n2 + DX]! - xDist * factor;
        nodes[n2 + DY] = nodes[n2 + DY]! - yDist * factor;
      }
    }
  }

  // gravity
  const g = settings.gravity / ratio;
  for (let n = 0; n < order; n += PPN) {
    let factor = 0;
    const xDist = nodes[n + X]!;
    const yDist = nodes[n + Y]!;
    const distance = Math.sqrt(Math.pow(xDist, 2) + Math.pow(yDist, 2));
    if (settings.strongGravityMode) {
      if (distance > 0) factor = ratio * nodes[n + MASS]! * g;
    } else if (distance > 0) factor = (ratio * nodes[n + MASS]! * g) / distance;
    nodes[n + DX] = nodes[n + DX]! - xDist * factor;
    nodes[n + DY] = nodes[n + DY]! - yDist * factor;
  }

  // linear attraction (distributed: divided by the source's mass)
  const coefficient = 1 * (distributed ? compensation : 1);
  const influence = settings.edgeWeightInfluence;
  for (let e = 0; e < size; e += PPE) {
    const n1 = edges[e]!;
    const n2 = edges[e + 1]!;
    const ewc = Math.pow(edges[e + 2]!, influence);
    const xDist = nodes[n1 + X]! - nodes[n2 + X]!;
    const yDist = nodes[n1 + Y]! - nodes[n2 + Y]!;
    const factor = distributed ? (-coefficient * ewc) / nodes[n1 + MASS]! : -coefficient * ewc;
    nodes[n1 + DX] = nodes[n1 + DX]! + xDist * factor;
    nodes[n1 + DY] = nodes[n1 + DY]! + yDist * factor;
    nodes[n2 + DX] = nodes[n2 + DX]! - xDist * factor;
    nodes[n2 + DY] = nodes[n2 + DY]! - yDist * factor;
  }

  // moves, each node's speed adapted to its swinging
  const slowDown = settings.slowDown;
  for (let n = 0; n < order; n += PPN) {
    if (nodes[n + FIXED] === 1) continue;
    const dx = nodes[n + DX]!;
    const dy = nodes[n + DY]!;
    const oldDx = nodes[n + OLD_DX]!;
    const oldDy = nodes[n + OLD_DY]!;
    const swinging = nodes[n + MASS]! * Math.sqrt((oldDx - dx) * (oldDx - dx) + (oldDy - dy) * (oldDy - dy));
    const traction = Math.sqrt((oldDx + dx) * (oldDx + dx) + (oldDy + dy) * (oldDy + dy)) / 2;
    const speed = (nodes[n + CONVERGENCE]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
    nodes[n + CONVERGENCE] = Math.min(1, Math.sqrt((speed * (Math.pow(dx, 2) + Math.pow(dy, 2))) / (1 + Math.sqrt(swinging))));
    nodes[n + X] = nodes[n + X]! + dx * (speed / slowDown);
    nodes[n + Y] = nodes[n + Y]! + dy * (speed / slowDown);
  }
}
