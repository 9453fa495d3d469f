/**
 * Loads a knowledge graph into Neo4j: schema first (a uniqueness constraint on `key` per label,
 * the Paragraph indexes), then three streamed passes over the records: entity and Document
 * nodes, Paragraph nodes (each with its HAS_PARAGRAPH), relationships (see rows.ts), as
 * `UNWIND $rows … MERGE` batches. Each batch is one managed transaction (`executeWrite`, retried
 * by the driver on transient errors), so a failure leaves no half-written batch, and MERGE + SET
 * make a rerun complete the load without duplicating anything.
 */
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { GraphFile, recordSource } from '../graph-file';
import type { KnowledgeGraph } from '../model';
import { recordsFromGraph, type GraphRecord } from '../records';
import type { EdgeKind, NodeKind } from '../types';
import { nodeRows, relationshipRows, type GraphRows, type PhaseRow, type RowPhase } from './rows';
import { mergeNodesStatement, mergeParagraphsStatement, mergeRelationshipsStatement, schemaStatements } from './schema';

export const DEFAULT_BATCH_SIZE = 2500;
/** transactions in flight at once: two keep both cores of a small machine busy */
export const DEFAULT_CONCURRENCY = 2;

export interface BatchInfo {
  phase: RowPhase;
  /** label for nodes and paragraphs, relationship type for relationships */
  name: NodeKind | EdgeKind;
  /** 0-based index of the batch over the whole load */
  index: number;
  rows: number;
}

export interface LoadProgress {
  phase: 'schema' | RowPhase;
  /** rows written so far in this phase */
  done: number;
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
  /** nodes written, Paragraph nodes included */
  nodes: number;
  /** relationships written, HAS_PARAGRAPH included */
  relationships: number;
  batches: number;
  /** wall-clock seconds spent on each phase */
  seconds: { schema: number; nodes: number; paragraphs: number; relationships: number };
}

/** Creates the key constraints and indexes (idempotent) and waits until they are online. */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}

/** The records of a graph, read again for each pass of the load. */
export type RecordSource = () => Iterable<GraphRecord>;

export async function loadGraphIntoNeo4j(graph: KnowledgeGraph, driver: Driver, options: LoadOptions = {}): Promise<LoadResult> {
  const records = recordsFromGraph(graph);
  return loadRecordsIntoNeo4j(() => records, driver, options);
}

/** Loads a graph.json, streamed: it is checked against the contract on the first pass. */
export async function loadGraphFileIntoNeo4j(path: string, driver: Driver, options: LoadOptions = {}): Promise<LoadResult> {
  return loadRecordsIntoNeo4j(recordSource(GraphFile.open(path)), driver, options);
}

export async function loadRecordsIntoNeo4j(source: RecordSource, driver: Driver, options: LoadOptions = {}): Promise<LoadResult> {
  const settings = loadSettings(options);
  const clock = stopwatch();
  options.onProgress?.({ phase: 'schema', done: 0 });
  await ensureSchema(driver, options.database);
  const schema = clock();
  const writer = new BatchWriter(driver, settings, options);
  const kinds = new Map<string, NodeKind>();
  const nodes = await writer.write('nodes', withKinds(nodeRows(source(), 'nodes'), kinds));
  const nodesSeconds = clock();
  const paragraphs = await writer.write('paragraphs', nodeRows(source(), 'paragraphs'));
  const paragraphsSeconds = clock();
  const relationships = await writer.write('relationships', relationshipRows(source(), kinds));
  return {
    nodes: nodes + paragraphs,
    relationships: relationships + paragraphs,
    batches: writer.batches,
    seconds: { schema, nodes: nodesSeconds, paragraphs: paragraphsSeconds, relationships: clock() },
  };
}

/** The node rows, noting each node's kind on the way (the relationships need them). */
function* withKinds(rows: Iterable<PhaseRow>, kinds: Map<string, NodeKind>): Generator<PhaseRow> {
  for (const item of rows) {
    if (item.phase !== 'relationships') kinds.set(item.row.key, item.label);
    yield item;
  }
}

/** Loads rows already in memory (the benchmark loads the same rows several times). */
export async function loadRowsIntoNeo4j(rows: GraphRows, driver: Driver, options: LoadOptions = {}): Promise<LoadResult> {
  const settings = loadSettings(options);
  const clock = stopwatch();
  await ensureSchema(driver, options.database);
  const schema = clock();
  const writer = new BatchWriter(driver, settings, options);
  const nodes = await writer.write('nodes', groupRows(rows.nodes, 'nodes'));
  const nodesSeconds = clock();
  const paragraphs = await writer.write('paragraphs', groupRows(rows.paragraphs, 'paragraphs'));
  const paragraphsSeconds = clock();
  const relationships = await writer.write('relationships', relationshipGroupRows(rows.relationships));
  return {
    nodes: nodes + paragraphs,
    relationships: relationships + paragraphs,
    batches: writer.batches,
    seconds: { schema, nodes: nodesSeconds, paragraphs: paragraphsSeconds, relationships: clock() },
  };
}

function* groupRows(groups: GraphRows['nodes'], phase: 'nodes' | 'paragraphs'): Generator<PhaseRow> {
  for (const group of groups) for (const row of group.rows) yield { phase, label: group.label, row };
}

function* relationshipGroupRows(groups: GraphRows['relationships']): Generator<PhaseRow> {
  for (const group of groups) for (const row of group.rows) yield { phase: 'relationships', type: group.type, sourceLabel: group.sourceLabel, targetLabel: group.targetLabel, row };
}

function loadSettings(options: LoadOptions): { batchSize: number; concurrency: number } {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batch size must be a positive integer, got ${batchSize}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a positive integer, got ${concurrency}`);
  return { batchSize, concurrency };
}

/** The statement of a row's group, and the group's name for progress and errors. */
function groupOf(item: PhaseRow): { id: string; statement: string; name: NodeKind | EdgeKind } {
  if (item.phase === 'relationships') {
    return {
      id: `${item.type}\u0000${item.sourceLabel}\u0000${item.targetLabel}`,
      statement: mergeRelationshipsStatement(item.type, item.sourceLabel, item.targetLabel),
      name: item.type,
    };
  }
  if (item.phase === 'paragraphs') return { id: 'Paragraph', statement: mergeParagraphsStatement(), name: 'Paragraph' };
  return { id: item.label, statement: mergeNodesStatement(item.label), name: item.label };
}

/**
 * Writes rows in batches, one group (label; type and end labels) per batch, with up to
 * `concurrency` transactions in flight (one session each): Neo4j runs each query on one thread,
 * so a second one in flight uses the second core. The batches of one phase never write the same
 * node or relationship twice, so they may commit in any order; a deadlock between them is a
 * transient error that executeWrite retries. After a failure no new batch starts, the ones in
 * flight finish, and the first error is thrown.
 */
class BatchWriter {
  batches = 0;
  private readonly sessions: Session[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;
  private done = 0;

  constructor(
    private readonly driver: Driver,
    private readonly settings: { batchSize: number; concurrency: number },
    private readonly options: LoadOptions,
  ) {}

  /** Writes a phase's rows; resolves when every batch of the phase has committed. */
  async write(phase: RowPhase, rows: Iterable<PhaseRow>): Promise<number> {
    this.done = 0;
    const buffers = new Map<string, { statement: string; name: NodeKind | EdgeKind; rows: unknown[] }>();
    let count = 0;
    try {
      for (const item of rows) {
        const group = groupOf(item);
        let buffer = buffers.get(group.id);
        if (!buffer) buffers.set(group.id, (buffer = { statement: group.statement, name: group.name, rows: [] }));
        buffer.rows.push(item.row);
        count++;
        if (buffer.rows.length >= this.settings.batchSize) {
          await this.submit(phase, buffer.name, buffer.statement, buffer.rows);
          buffer.rows = [];
        }
      }
      for (const buffer of buffers.values()) if (buffer.rows.length > 0) await this.submit(phase, buffer.name, buffer.statement, buffer.rows);
      await Promise.all(this.inFlight);
    } finally {
      await Promise.allSettled(this.inFlight);
      if (this.failure || phase === 'relationships') await this.closeSessions();
    }
    if (this.failure) throw this.failure.error;
    return count;
  }

  private async submit(phase: RowPhase, name: NodeKind | EdgeKind, statement: string, rows: unknown[]): Promise<void> {
    while (this.inFlight.size >= this.settings.concurrency) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure.error;
    const info: BatchInfo = { phase, name, index: this.batches++, rows: rows.length };
    const session = this.sessions.pop() ?? this.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
    const batch = session
      .executeWrite(async (tx) => {
        await tx.run(statement, { rows });
        await this.options.beforeCommit?.(info, tx);
      })
      .then(
        () => {
          this.done += rows.length;
          this.options.onProgress?.({ phase, done: this.done });
        },
        (error: unknown) => {
          this.failure ??= { error };
        },
      )
      .finally(() => {
        this.sessions.push(session);
        this.inFlight.delete(batch);
      });
    this.inFlight.add(batch);
  }

  private async closeSessions(): Promise<void> {
    await Promise.all(this.sessions.splice(0).map((session) => session.close()));
  }
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
