/**
 * Loads a knowledge graph into Neo4j: schema first (a uniqueness constraint on `key` per
 * label), then nodes label by label, then relationships type by type, as `UNWIND $rows … MERGE`
 * batches. Each batch is one managed transaction (`executeWrite`, retried by the driver on
 * transient errors), so a failure leaves no half-written batch, and MERGE + SET make a rerun
 * complete the load without duplicating anything.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { KnowledgeGraph } from '../model';
import type { EdgeKind, NodeKind } from '../types';
import { countRows, graphToRows, type GraphRows } from './rows';
import { mergeNodesStatement, mergeRelationshipsStatement, schemaStatements } from './schema';

export const DEFAULT_BATCH_SIZE = 5000;

export interface BatchInfo {
  phase: 'nodes' | 'relationships';
  /** label for nodes, relationship type for relationships */
  name: NodeKind | EdgeKind;
  /** 0-based index of the batch over the whole load */
  index: number;
  rows: number;
}

export interface LoadProgress {
  phase: 'schema' | 'nodes' | 'relationships';
  done: number;
  total: number;
}

export interface LoadOptions {
  /** database name; undefined for the server's default */
  database?: string;
  /** rows per transaction (default 5000) */
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Runs inside each batch's transaction after its statement, before the commit. Throwing rolls
   * the batch back and stops the load: the tests use it to interrupt a load mid-way.
   */
  beforeCommit?: (batch: BatchInfo, tx: ManagedTransaction) => void | Promise<void>;
}

export interface LoadResult {
  nodes: number;
  relationships: number;
  batches: number;
  /** wall-clock seconds spent on each phase */
  seconds: { schema: number; nodes: number; relationships: number };
}

/** Creates the key constraints (idempotent) and waits until their indexes are online. */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}

export async function loadGraphIntoNeo4j(
  graph: KnowledgeGraph,
  driver: Driver,
  options: LoadOptions = {},
): Promise<LoadResult> {
  return loadRowsIntoNeo4j(graphToRows(graph), driver, options);
}

export async function loadRowsIntoNeo4j(
  rows: GraphRows,
  driver: Driver,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`batch size must be a positive integer, got ${batchSize}`);
  const totals = countRows(rows);
  const clock = stopwatch();
  options.onProgress?.({ phase: 'schema', done: 0, total: 1 });
  await ensureSchema(driver, options.database);
  const schemaSeconds = clock();

  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  let batches = 0;
  try {
    let done = 0;
    for (const group of rows.nodes) {
      const statement = mergeNodesStatement(group.label);
      for (const batch of chunks(group.rows, batchSize)) {
        const info: BatchInfo = { phase: 'nodes', name: group.label, index: batches++, rows: batch.length };
        await writeBatch(session, statement, batch, info, options);
        done += batch.length;
        options.onProgress?.({ phase: 'nodes', done, total: totals.nodes });
      }
    }
    const nodeSeconds = clock();

    done = 0;
    for (const group of rows.relationships) {
      const statement = mergeRelationshipsStatement(group.type, group.sourceLabel, group.targetLabel);
      for (const batch of chunks(group.rows, batchSize)) {
        const info: BatchInfo = {
          phase: 'relationships',
          name: group.type,
          index: batches++,
          rows: batch.length,
        };
        await writeBatch(session, statement, batch, info, options);
        done += batch.length;
        options.onProgress?.({ phase: 'relationships', done, total: totals.relationships });
      }
    }
    return {
      ...totals,
      batches,
      seconds: { schema: schemaSeconds, nodes: nodeSeconds, relationships: clock() },
    };
  } finally {
    await session.close();
  }
}

type Session = ReturnType<Driver['session']>;

async function writeBatch(
  session: Session,
  statement: string,
  rows: unknown[],
  info: BatchInfo,
  options: LoadOptions,
): Promise<void> {
  await session.executeWrite(async (tx) => {
    await tx.run(statement, { rows });
    await options.beforeCommit?.(info, tx);
  });
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** Seconds since the previous call (or since creation). */
export function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
}
