/**
 * The naive way to load a graph, kept only as the benchmark's baseline: one auto-commit
 * statement (one round trip, one transaction) per node and per relationship.
 */
import type { Driver } from 'neo4j-driver';
import { stopwatch } from './load';
import type { GraphRows } from './rows';
import { mergeNodeStatement, mergeRelationshipStatement } from './schema';

export interface NaiveLoadOptions {
  database?: string;
  /** load at most this many rows (the baseline is slow; its rows/s extrapolate) */
  limit?: number;
}

export interface NaiveLoadResult {
  rows: number;
  seconds: number;
}

/** Merges nodes one statement at a time, in the same order as the batched loader. */
export async function loadNodesNaively(
  rows: GraphRows,
  driver: Driver,
  options: NaiveLoadOptions = {},
): Promise<NaiveLoadResult> {
  const work = rows.nodes.flatMap((group) =>
    group.rows.map((row) => ({
      statement: mergeNodeStatement(group.label),
      params: { key: row.key, props: row.props },
    })),
  );
  return runOneByOne(work.slice(0, options.limit ?? work.length), driver, options.database);
}

/** Merges relationships one statement at a time; their end nodes must be loaded already. */
export async function loadRelationshipsNaively(
  rows: GraphRows,
  driver: Driver,
  options: NaiveLoadOptions = {},
): Promise<NaiveLoadResult> {
  const work = rows.relationships.flatMap((group) =>
    group.rows.map((row) => ({
      statement: mergeRelationshipStatement(group.type, group.sourceLabel, group.targetLabel),
      params: { source: row.source, target: row.target, props: row.props },
    })),
  );
  return runOneByOne(work.slice(0, options.limit ?? work.length), driver, options.database);
}

async function runOneByOne(
  work: Array<{ statement: string; params: Record<string, unknown> }>,
  driver: Driver,
  database: string | undefined,
): Promise<NaiveLoadResult> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  const clock = stopwatch();
  try {
    for (const { statement, params } of work) await session.run(statement, params);
    return { rows: work.length, seconds: clock() };
  } finally {
    await session.close();
  }
}
