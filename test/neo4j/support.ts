/**
 * Helpers for tests that need the real Neo4j started by ./global-setup.ts (one server for the
 * whole `neo4j` project; test files run one after another, so each may wipe it).
 *
 * - `neo4jTarget()`: the server for this run, `{ available: true, uri, user, password, database? }`,
 *   or `{ available: false, reason }` when it could not be started locally (Java/Maven missing;
 *   in CI that fails the run instead). Use `describe.skipIf(!target.available)` and print the reason
 *   with `skipReason(target)`.
 * - `openTestDriver(target)`: a neo4j-driver Driver, already checked (clear error if refused).
 * - `wipeDatabase(driver, database?)`: an empty database: deletes every node and relationship in
 *   batches, drops every constraint and index (Community has one database, `neo4j`, so tests
 *   share it and start from this).
 * - `countGraph(driver, database?)`: `{ nodes, relationships, labels: {Label: n}, types: {TYPE: n} }`.
 * - `sampleGraph()`: the graph of the sample corpus (data/samples through the ingest pipeline),
 *   the graph the cookbook is tested on.
 * - `graphCounts(graph)`: the same shape as `countGraph`, computed from a graphology graph.
 */
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import type { Driver } from '@unkg/graph/neo4j/driver';
import type { KnowledgeGraph } from '@unkg/graph';
import { openDriver, type Neo4jConnection } from '@unkg/graph/neo4j/connection';
import type { GraphCounts } from '@unkg/graph/neo4j/admin';

export { countGraph, wipeDatabase, type GraphCounts } from '@unkg/graph/neo4j/admin';

export type Neo4jTestTarget =
  ({ available: true; started: boolean } & Neo4jConnection) | { available: false; reason: string };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function neo4jTarget(): Neo4jTestTarget {
  return inject('neo4j');
}

export function skipReason(target: Neo4jTestTarget): string {
  return target.available ? '' : target.reason;
}

export async function openTestDriver(target: Neo4jTestTarget): Promise<Driver> {
  if (!target.available) throw new Error(target.reason);
  return openDriver(target);
}

/**
 * What a load of the graph should leave in Neo4j, counted from the graph itself: its nodes and
 * edges, and one evidence relationship per (paragraph, kind, target) its evidence items name.
 */
export function graphCounts(graph: KnowledgeGraph): GraphCounts {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  graph.forEachNode((_key, attributes) => {
    labels[attributes.kind] = (labels[attributes.kind] ?? 0) + 1;
  });
  const evidence = new Set<string>();
  graph.forEachEdge((_key, attributes, _source, target) => {
    types[attributes.kind] = (types[attributes.kind] ?? 0) + 1;
    for (const item of attributes.evidence ?? []) {
      const id = `${attributes.kind}\u0000${item.para}\u0000${target}`;
      if (evidence.has(id)) continue;
      evidence.add(id);
      types[attributes.kind] = types[attributes.kind]! + 1;
    }
  });
  const sorted = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { nodes: graph.order, relationships: graph.size + evidence.size, labels: sorted(labels), types: sorted(types) };
}

export { sampleGraph } from '../support/sample-graph';
