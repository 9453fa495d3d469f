/**
 * graphology-layout-forceatlas2's own building blocks (shipped in its package, untyped): the
 * layout here iterates them directly so that the per-node speeds survive between convergence
 * checks, which the public `forceAtlas2(graph, { iterations })` rebuilds on every call.
 */
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  export function graphToByteArrays(graph: Graph, getEdgeWeight: (edge: string, attributes: Record<string, unknown>) => number): { nodes: Float32Array; edges: Float32Array };
}
