/**
 * The naive way to load a graph, kept only as the benchmark's baseline: one auto-commit
 * statement (one round trip, one transaction) per node and per relationship.
 */
import type { Driver } from 'neo4j-driver';
import { stopwatch } from './load';
import type { GraphRows } from './rows';
import { mergeNodeStatement, mergeParagraphStatement, mergeRelationshipStatement } from './schema';

export interface NaiveLoadOptions {
  database?: string;
  /**
   * load at most this many rows, spread evenly over all of them (the baseline is slow; its
   * rows/s extrapolate, and an even sample has the same mix of light and heavy rows as the whole)
   */
  limit?: number;
}

export interface NaiveLoadResult {
  rows: number;
  seconds: number;
}

/**
 * Merges nodes one statement at a time, in the same order as the batched loader: entities and
 * documents, then paragraphs (each with its HAS_PARAGRAPH, as the batched rows do).
 */
export async function loadNodesNaively(
  rows: GraphRows,
  driver: Driver,
  options: NaiveLoadOptions = {},
): Promise<NaiveLoadResult> {
  const work = [
    ...rows.nodes.flatMap((group) =>
      group.rows.map((row) => ({
        statement: mergeNodeStatement(group.label),
        params: { key: row.key, props: row.props },
      })),
    ),
    ...rows.paragraphs.flatMap((group) =>
      group.rows.map((row) => ({ statement: mergeParagraphStatement(), params: { key: row.key, doc: row.doc, props: row.props } })),
    ),
  ];
  return runOneByOne(evenSample(work, options.limit), driver, options.database);
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
  return runOneByOne(evenSample(work, options.limit), driver, options.database);
}

/** `limit` items taken at a regular stride across `items`, in order (all of them without a limit). */
export function evenSample<T>(items: T[], limit = items.length): T[] {
  if (limit >= items.length) return items;
  return Array.from({ length: limit }, (_, index) => items[Math.floor((index * items.length) / limit)]!);
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
