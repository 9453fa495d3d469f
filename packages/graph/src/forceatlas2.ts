/**
 * One ForceAtlas2 iteration over graphology-layout-forceatlas2's node and edge matrices, for the
 * settings the layout uses (layout.ts): linear attraction, no size adjustment, repulsion exact
 * (groups of a few dozen nodes, graphs of groups) or through the library's Barnes–Hut quadtree
 * (the refinement of the whole citation network). LinLog and size adjustment go to the library.
 *
 * Why not the library's own `iterate`: it handles every setting in one function of about 800
 * lines, which V8 runs unoptimised for the first few dozen calls, then compiles at length, and
 * again when the refinement reaches its Barnes–Hut branches (its quadtree a growing JavaScript
 * array). The layout is a cold, once-per-command phase of `unkg ingest`, where that warm-up was
 * most of ForceAtlas2's cost. Here each step is a small function of its own, the quadtree a
 * reused Float64Array, and x * x where the library calls Math.pow(x, 2) (a C call per region
 * visited in V8, never inlined; fdlibm's pow, which V8 uses, returns x * x for y = 2, and x for
 * y = 1). It is the same arithmetic, in the same order, on the same Float32 matrices, so the
 * positions are bit for bit the library's (forceatlas2.test.ts compares them).
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

/** values per region of the Barnes–Hut quadtree: node, centre x, y, size, next sibling, first child, mass, mass centre x, y */
const PPR = 9;
const REGION_NODE = 0;
const REGION_CENTER_X = 1;
const REGION_CENTER_Y = 2;
const REGION_SIZE = 3;
const REGION_NEXT_SIBLING = 4;
const REGION_FIRST_CHILD = 5;
const REGION_MASS = 6;
const REGION_MASS_CENTER_X = 7;
const REGION_MASS_CENTER_Y = 8;
/** times a region is split again when two nodes still share a quadrant */
const SUBDIVISION_ATTEMPTS = 3;

/** One ForceAtlas2 iteration (graphology-layout-forceatlas2's `iterate`, same results). */
export function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void {
  if (settings.linLogMode || settings.adjustSizes) {
    libraryIterate(settings, nodes, edges);
    return;
  }
  const compensation = start(nodes, settings.outboundAttractionDistribution);
  if (settings.barnesHutOptimize) repulseBarnesHut(nodes, settings.scalingRatio, settings.barnesHutTheta * settings.barnesHutTheta);
  else repulseExact(nodes, settings.scalingRatio);
  gravitate(nodes, settings);
  attract(nodes, edges, settings, compensation);
  move(nodes, settings.slowDown);
}

/** Keeps the last forces, clears them; returns the mean mass (outbound attraction distribution) or 0. */
function start(nodes: Float32Array, distributed: boolean): number {
  const order = nodes.length;
  for (let n = 0; n < order; n += PPN) {
    nodes[n + OLD_DX] = nodes[n + DX]!;
    nodes[n + OLD_DY] = nodes[n + DY]!;
    nodes[n + DX] = 0;
    nodes[n + DY] = 0;
  }
  let compensation = 0;
  if (distributed) {
    for (let n = 0; n < order; n += PPN) compensation += nodes[n + MASS]!;
    compensation /= order / PPN;
  }
  return compensation;
}

/** Repulsion between every pair. */
function repulseExact(nodes: Float32Array, ratio: number): void {
  const order = nodes.length;
  for (let n1 = 0; n1 < order; n1 += PPN) {
    // n1's position and mass read once and its force summed in locals, each sum rounded to 32
    // bits by Math.fround as the store into the Float32Array matrix rounded it: the same values,
    // bit for bit, without a store and a load per pair (n1 is none of the n2 below it)
    const x = nodes[n1 + X]!;
    const y = nodes[n1 + Y]!;
    const mass = nodes[n1 + MASS]!;
    let dx = nodes[n1 + DX]!;
    let dy = nodes[n1 + DY]!;
    for (let n2 = 0; n2 < n1; n2 += PPN) {
      const xDist = x - nodes[n2 + X]!;
      const yDist = y - nodes[n2 + Y]!;
      const distance = Math.sqrt(xDist * xDist + yDist * yDist);
      if (distance > 0) {
        const factor = (ratio * mass * nodes[n2 + MASS]!) / distance / distance;
        dx = Math.fround(dx + xDist * factor);
        dy = Math.fround(dy + yDist * factor);
        nodes[n2 + DX] = nodes[n2 + DX]! - xDist * factor;
        nodes[n2 + DY] = nodes[n2 + DY]! - yDist * factor;
      }
    }
    nodes[n1 + DX] = dx;
    nodes[n1 + DY] = dy;
  }
}

/** The quadtree's regions (reused: at most 1 + 16 regions a node, 4 per subdivision). */
let regionBuffer = new Float64Array(0);

/** The quadrant of region `r` where (x, y) falls: top left, bottom left, top right, bottom right. */
function quadrant(regions: Float64Array, r: number, x: number, y: number): number {
  const first = regions[r + REGION_FIRST_CHILD]!;
  if (x < regions[r + REGION_CENTER_X]!) return y < regions[r + REGION_CENTER_Y]! ? first : first + PPR;
  return y < regions[r + REGION_CENTER_Y]! ? first + PPR * 2 : first + PPR * 3;
}

/** Writes an empty region at `g`. */
function region(regions: Float64Array, g: number, centerX: number, centerY: number, size: number, nextSibling: number): void {
  regions[g + REGION_NODE] = -1;
  regions[g + REGION_CENTER_X] = centerX;
  regions[g + REGION_CENTER_Y] = centerY;
  regions[g + REGION_SIZE] = size;
  regions[g + REGION_NEXT_SIBLING] = nextSibling;
  regions[g + REGION_FIRST_CHILD] = -1;
  regions[g + REGION_MASS] = 0;
  regions[g + REGION_MASS_CENTER_X] = 0;
  regions[g + REGION_MASS_CENTER_Y] = 0;
}

/** The Barnes–Hut quadtree of the nodes (the library's, node for node). */
function quadtree(nodes: Float32Array): Float64Array {
  const order = nodes.length;
  const needed = (1 + 16 * (order / PPN)) * PPR;
  if (regionBuffer.length < needed) regionBuffer = new Float64Array(needed);
  const regions = regionBuffer;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let n = 0; n < order; n += PPN) {
    minX = Math.min(minX, nodes[n + X]!);
    maxX = Math.max(maxX, nodes[n + X]!);
    minY = Math.min(minY, nodes[n + Y]!);
    maxY = Math.max(maxY, nodes[n + Y]!);
  }
  // squarified: a quadtree
  const dx = maxX - minX;
  const dy = maxY - minY;
  if (dx > dy) {
    minY -= (dx - dy) / 2;
    maxY = minY + dx;
  } else {
    minX -= (dy - dx) / 2;
    maxX = minX + dy;
  }
  region(regions, 0, (minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY), -1);
  let l = 1;
  for (let n = 0; n < order; n += PPN) {
    let r = 0;
    let attempts = SUBDIVISION_ATTEMPTS;
    for (;;) {
      if (regions[r + REGION_FIRST_CHILD]! >= 0) {
        // down to the quadrant of n, adding n to the mass of the regions it passes
        const q = quadrant(regions, r, nodes[n + X]!, nodes[n + Y]!);
        regions[r + REGION_MASS_CENTER_X] = (regions[r + REGION_MASS_CENTER_X]! * regions[r + REGION_MASS]! + nodes[n + X]! * nodes[n + MASS]!) / (regions[r + REGION_MASS]! + nodes[n + MASS]!);
        regions[r + REGION_MASS_CENTER_Y] = (regions[r + REGION_MASS_CENTER_Y]! * regions[r + REGION_MASS]! + nodes[n + Y]! * nodes[n + MASS]!) / (regions[r + REGION_MASS]! + nodes[n + MASS]!);
        regions[r + REGION_MASS] = regions[r + REGION_MASS]! + nodes[n + MASS]!;
        r = q;
        continue;
      }
      if (regions[r + REGION_NODE]! < 0) {
        regions[r + REGION_NODE] = n;
        break;
      }
      // a leaf holding a node: split it in four, the old node and n in their quadrants
      const first = l * PPR;
      regions[r + REGION_FIRST_CHILD] = first;
      const w = regions[r + REGION_SIZE]! / 2;
      const centerX = regions[r + REGION_CENTER_X]!;
      const centerY = regions[r + REGION_CENTER_Y]!;
      region(regions, first, centerX - w, centerY - w, w, first + PPR);
      region(regions, first + PPR, centerX - w, centerY + w, w, first + PPR * 2);
      region(regions, first + PPR * 2, centerX + w, centerY - w, w, first + PPR * 3);
      region(regions, first + PPR * 3, centerX + w, centerY + w, w, regions[r + REGION_NEXT_SIBLING]!);
      l += 4;
      const old = regions[r + REGION_NODE]!;
      const q = quadrant(regions, r, nodes[old + X]!, nodes[old + Y]!);
      regions[r + REGION_MASS] = nodes[old + MASS]!;
      regions[r + REGION_MASS_CENTER_X] = nodes[old + X]!;
      regions[r + REGION_MASS_CENTER_Y] = nodes[old + Y]!;
      regions[q + REGION_NODE] = old;
      regions[r + REGION_NODE] = -1;
      const q2 = quadrant(regions, r, nodes[n + X]!, nodes[n + Y]!);
      if (q === q2) {
        // same quadrant: split that one, a few times at most (out of precision, n is left out)
        if (attempts--) {
          r = q;
          continue;
        }
        break;
      }
      regions[q2 + REGION_NODE] = n;
      break;
    }
  }
  return regions;
}

/** Repulsion through the quadtree: a region far enough (size / distance < θ) acts as one body at its centre of mass. */
function repulseBarnesHut(nodes: Float32Array, ratio: number, thetaSquared: number): void {
  const regions = quadtree(nodes);
  const order = nodes.length;
  for (let n = 0; n < order; n += PPN) {
    // n's position and mass read once, its force summed in locals (see repulseExact)
    const x = nodes[n + X]!;
    const y = nodes[n + Y]!;
    const mass = nodes[n + MASS]!;
    let dx = nodes[n + DX]!;
    let dy = nodes[n + DY]!;
    let r = 0;
    for (;;) {
      if (regions[r + REGION_FIRST_CHILD]! >= 0) {
        const xDist = x - regions[r + REGION_MASS_CENTER_X]!;
        const yDist = y - regions[r + REGION_MASS_CENTER_Y]!;
        const distance = xDist * xDist + yDist * yDist;
        const s = regions[r + REGION_SIZE]!;
        if ((4 * s * s) / distance < thetaSquared) {
          if (distance > 0) {
            const factor = (ratio * mass * regions[r + REGION_MASS]!) / distance;
            dx = Math.fround(dx + xDist * factor);
            dy = Math.fround(dy + yDist * factor);
          }
          r = regions[r + REGION_NEXT_SIBLING]!;
          if (r < 0) break;
          continue;
        }
        r = regions[r + REGION_FIRST_CHILD]!;
        continue;
      }
      const rn = regions[r + REGION_NODE]!;
      if (rn >= 0 && rn !== n) {
        const xDist = x - nodes[rn + X]!;
        const yDist = y - nodes[rn + Y]!;
        const distance = xDist * xDist + yDist * yDist;
        if (distance > 0) {
          const factor = (ratio * mass * nodes[rn + MASS]!) / distance;
          dx = Math.fround(dx + xDist * factor);
          dy = Math.fround(dy + yDist * factor);
        }
      }
      r = regions[r + REGION_NEXT_SIBLING]!;
      if (r < 0) break;
    }
    nodes[n + DX] = dx;
    nodes[n + DY] = dy;
  }
}

/** Gravity towards the origin (strong: not weakened by the distance). */
function gravitate(nodes: Float32Array, settings: Required<ForceAtlas2Settings>): void {
  const order = nodes.length;
  const ratio = settings.scalingRatio;
  const g = settings.gravity / ratio;
  for (let n = 0; n < order; n += PPN) {
    let factor = 0;
    const xDist = nodes[n + X]!;
    const yDist = nodes[n + Y]!;
    const distance = Math.sqrt(xDist * xDist + yDist * yDist);
    if (settings.strongGravityMode) {
      if (distance > 0) factor = ratio * nodes[n + MASS]! * g;
    } else if (distance > 0) factor = (ratio * nodes[n + MASS]! * g) / distance;
    nodes[n + DX] = nodes[n + DX]! - xDist * factor;
    nodes[n + DY] = nodes[n + DY]! - yDist * factor;
  }
}

/** Linear attraction along the edges (distributed: divided by the source's mass). */
function attract(nodes: Float32Array, edges: Float32Array, settings: Required<ForceAtlas2Settings>, compensation: number): void {
  const distributed = settings.outboundAttractionDistribution;
  const coefficient = 1 * (distributed ? compensation : 1);
  const influence = settings.edgeWeightInfluence;
  const size = edges.length;
  for (let e = 0; e < size; e += PPE) {
    const n1 = edges[e]!;
    const n2 = edges[e + 1]!;
    const ewc = influence === 1 ? edges[e + 2]! : Math.pow(edges[e + 2]!, influence);
    const xDist = nodes[n1 + X]! - nodes[n2 + X]!;
    const yDist = nodes[n1 + Y]! - nodes[n2 + Y]!;
    const factor = distributed ? (-coefficient * ewc) / nodes[n1 + MASS]! : -coefficient * ewc;
    nodes[n1 + DX] = nodes[n1 + DX]! + xDist * factor;
    nodes[n1 + DY] = nodes[n1 + DY]! + yDist * factor;
    nodes[n2 + DX] = nodes[n2 + DX]! - xDist * factor;
    nodes[n2 + DY] = nodes[n2 + DY]! - yDist * factor;
  }
}

/** Moves each free node by its force, at a speed adapted to its swinging. */
function move(nodes: Float32Array, slowDown: number): void {
  const order = nodes.length;
  for (let n = 0; n < order; n += PPN) {
    if (nodes[n + FIXED] === 1) continue;
    const dx = nodes[n + DX]!;
    const dy = nodes[n + DY]!;
    const oldDx = nodes[n + OLD_DX]!;
    const oldDy = nodes[n + OLD_DY]!;
    const swinging = nodes[n + MASS]! * Math.sqrt((oldDx - dx) * (oldDx - dx) + (oldDy - dy) * (oldDy - dy));
    const traction = Math.sqrt((oldDx + dx) * (oldDx + dx) + (oldDy + dy) * (oldDy + dy)) / 2;
    const speed = (nodes[n + CONVERGENCE]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
    nodes[n + CONVERGENCE] = Math.min(1, Math.sqrt((speed * (dx * dx + dy * dy)) / (1 + Math.sqrt(swinging))));
    nodes[n + X] = nodes[n + X]! + dx * (speed / slowDown);
    nodes[n + Y] = nodes[n + Y]! + dy * (speed / slowDown);
  }
}
