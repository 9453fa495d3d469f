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

export const DEFAULT_BATCH_SIZE = 2500;
/** transactions in flight at once: two keep both cores of a small machine busy */
export const DEFAULT_CONCURRENCY = 2;

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
  /** rows per transaction (default 2500) */
  batchSize?: number;
  /** batches in flight at once, each in its own transaction (default 2; 1 writes strictly in order) */
  concurrency?: number;
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
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`batch size must be a positive integer, got ${batchSize}`);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new Error(`concurrency must be a positive integer, got ${concurrency}`);
  const totals = countRows(rows);
  const clock = stopwatch();
  options.onProgress?.({ phase: 'schema', done: 0, total: 1 });
  await ensureSchema(driver, options.database);
  const schemaSeconds = clock();

  let index = 0;
  const nodeBatches = rows.nodes.flatMap((group) =>
    [...chunks(group.rows, batchSize)].map((batch) => ({
      statement: mergeNodesStatement(group.label),
      rows: batch,
      info: { phase: 'nodes', name: group.label, index: index++, rows: batch.length } satisfies BatchInfo,
    })),
  );
  const relationshipBatches = rows.relationships.flatMap((group) =>
    [...chunks(group.rows, batchSize)].map((batch) => ({
      statement: mergeRelationshipsStatement(group.type, group.sourceLabel, group.targetLabel),
      rows: batch,
      info: {
        phase: 'relationships',
        name: group.type,
        index: index++,
        rows: batch.length,
      } satisfies BatchInfo,
    })),
  );
  // Every node before any relationship: a relationship batch needs both of its ends.
  await writeBatches(driver, nodeBatches, totals.nodes, concurrency, options);
  const nodeSeconds = clock();
  await writeBatches(driver, relationshipBatches, totals.relationships, concurrency, options);
  return {
    ...totals,
    batches: index,
    seconds: { schema: schemaSeconds, nodes: nodeSeconds, relationships: clock() },
  };
}

interface Batch {
  statement: string;
  rows: unknown[];
  info: BatchInfo;
}

/**
 * Writes batches in order with up to `concurrency` transactions in flight (one session each):
 * Neo4j runs each query on one thread, so a second one in flight uses the second core. The
 * batches of one phase never write the same node or relationship twice, so they may commit in
 * any order; a deadlock between them is a transient error that executeWrite retries. After a
 * failure no new batch starts, the ones in flight finish, and the first error is thrown.
 */
async function writeBatches(
  driver: Driver,
  batches: Batch[],
  total: number,
  concurrency: number,
  options: LoadOptions,
): Promise<void> {
  let next = 0;
  let done = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
    try {
      while (!failure && next < batches.length) {
        const batch = batches[next++]!;
        await session.executeWrite(async (tx) => {
          await tx.run(batch.statement, { rows: batch.rows });
          await options.beforeCommit?.(batch.info, tx);
        });
        done += batch.rows.length;
        options.onProgress?.({ phase: batch.info.phase, done, total });
      }
    } catch (error) {
      failure ??= { error };
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  if (failure) throw failure.error;
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
