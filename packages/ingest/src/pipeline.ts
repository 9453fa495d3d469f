/**
 * The ingest pipeline: load → normalise → language → identity → segment → extract → record →
 * assemble. Each file is processed on its own into its document record and the nodes it names
 * (in a worker thread when several cores help); the assembler (assemble.ts) orders records by
 * key and merges nodes by key in an order that does not depend on scheduling, so the output
 * depends on the input only: the same files give a byte-identical graph.json, with workers or
 * without, in one run or in shards (`--shard i/n`, then `unkg merge`).
 */
import { availableParallelism } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import {
  canonical,
  citedDocumentKey,
  CONTRACT_VERSION,
  documentKey,
  FragmentEdges,
  graphFromRecords,
  resolutionKey,
  statementKey,
  type DocumentNode,
  type Evidence,
  type GraphAttributes,
  type GraphFragment,
  type KnowledgeGraph,
  type NodeAttributes,
} from '@unkg/graph';
import type { GraphLayout } from '@unkg/graph/layout';
import { Assembler, shardHeader, type AssemblySummary, type FileContribution, type ShardHeader } from './assemble';
import { extractCitations } from './citations';
import { isYearlessScResolution } from './citations/series';
import { ownString, ownStrings } from './own-string';
import { identify } from './identity';
import { startMemoryTrace } from './memory-trace';
import { detectLanguage } from './language';
import { LoadError } from './load';
import { loadDocument } from './load/documents';
import { normaliseText } from './normalise';
import { documentRecord } from './record';
import { buildReport, type IngestReport } from './report';
import { segmentDocument } from './segment';
import { symbolNode } from './symbols';
import type {
  CitationMatch,
  CitedTarget,
  IngestIssue,
  LoadedDocument,
  SegmentedDocument,
} from './types';
import { collectFiles, type FileList, type SourceFile } from './walk';
import { processInWorkers } from './worker-pool';

export interface IngestOptions {
  /** worker threads for per-file work; 1 = in-process; default: one per 24 MB of input, up to the cores */
  workers?: number;
  /** run entity extraction (bodies, threats, groups, states, persons); default true */
  entities?: boolean;
  /** called after each file (in completion order) */
  onProgress?: (done: number, total: number, source: string) => void;
  /** process only part `index` (from 1) of `count` of the files: positions index, index + count, … */
  shard?: { index: number; count: number };
  /** bytes of document records kept in memory before sorted runs are written to disk */
  spillBytes?: number;
  /** where spilled runs go (default: beside the output) */
  spillDirectory?: string;
}

/** What one file contributes (FileContribution), produced in a worker or in-process; plain data. */
export type FileResult = Omit<FileContribution, 'index' | 'record'> & { record: { key: string; line: string } | null };

/**
 * What a worker sends back for a file: its FileResult with the record's line as UTF-8 bytes, moved
 * to the main thread (not copied), which holds the records as bytes (assemble.ts).
 */
export type WorkerResult = Omit<FileContribution, 'index'>;

/** Entity extraction for one document (entities/index.ts), loaded only when wanted: it is the heavy part. */
export type EntityExtractor = (doc: SegmentedDocument, docKey: string) => GraphFragment;

export async function loadEntityExtractor(): Promise<EntityExtractor> {
  return (await import('./entities')).extractEntities;
}

/** Wall-clock milliseconds of the phases of a run, for the summary and the benchmark. */
export interface IngestPhases {
  /** from the process's start to the run's start (Node, the command's modules), when known */
  startup?: number;
  /** listing the files */
  prepare: number;
  /** loading the entity extractors' modules (their word lists and compiled rules), in an in-process run */
  rules?: number;
  /** reading and extracting every file */
  extraction: number;
  /** what extraction's time went to, in an in-process run (workers time their files on their own threads) */
  stages?: FileStageTimes;
  /** handing results to the assembler (node merge, record buffering, spilling) */
  merge: number;
  /** folding nodes, merging records back and writing the output */
  write: number;
  /** laying out the written graph (positions and communities) and writing it again */
  layout?: number;
}

/**
 * CPU-milliseconds of the per-file stages (the process's, collector and compiler threads
 * included), summed over the files of an in-process run: CPU, not wall-clock, so that the split
 * holds on a loaded machine.
 */
export interface FileStageTimes {
  /** reading and decoding the file (loadDocument) */
  load: number;
  /** normalise → language → identity → segment (analyseDocument) */
  analyse: number;
  /** citations and entities, and the fragments they make */
  extract: number;
  /** the document record (documentRecord) and the nodes' JSON */
  record: number;
}

/** A run whose files are processed, ready to be written (graph.json, a shard file, or memory). */
export interface ProcessedRun {
  assembler: Assembler;
  listing: FileList;
  workers: number;
  entities: boolean;
  shard: { index: number; count: number } | null;
  phases: IngestPhases;
  started: number;
}

export const GRAPH_ATTRIBUTES: GraphAttributes = { contract: CONTRACT_VERSION, name: 'unkg' };

/** Lists the files and processes them (or the shard's share) into an assembler. */
export async function processPaths(paths: string[], options: IngestOptions & { spillDirectory: string }): Promise<ProcessedRun> {
  const started = performance.now();
  startMemoryTrace();
  const listing = collectFiles(paths);
  const entities = options.entities !== false;
  const shard = options.shard ?? null;
  if (shard && !(Number.isInteger(shard.index) && Number.isInteger(shard.count) && shard.index >= 1 && shard.index <= shard.count)) {
    throw new Error(`shard ${shard.index}/${shard.count}: give i/n with 1 ≤ i ≤ n`);
  }
  const indexes = listing.files.map((_file, index) => index).filter((index) => !shard || index % shard.count === shard.index - 1);
  // a shard's bytes are estimated (the listing counts all files): enough to choose the workers
  const share: FileList = shard ? { ...listing, files: indexes.map((index) => listing.files[index]!), bytes: listing.bytes / shard.count } : listing;
  const workers = chooseWorkers(options.workers, share);
  const listed = performance.now();
  const extractEntities = entities && workers <= 1 ? await loadEntityExtractor() : undefined;
  const sent = new SentNodes();
  const assembler = new Assembler({ spillDirectory: options.spillDirectory, spillBytes: options.spillBytes });
  const phases: IngestPhases = { prepare: listed - started, extraction: 0, merge: 0, write: 0 };
  if (extractEntities) phases.rules = performance.now() - listed;
  const extractionStarted = performance.now();
  let mergeMs = 0;
  const take = (position: number, result: WorkerResult): void => {
    const merging = performance.now();
    assembler.add({ ...result, index: indexes[position]! });
    mergeMs += performance.now() - merging;
  };
  if (workers > 1) {
    await processInWorkers(share.files, { workers, entities }, take, options.onProgress);
  } else {
    const stages: FileStageTimes = { load: 0, analyse: 0, extract: 0, record: 0 };
    phases.stages = stages;
    for (const [position, file] of share.files.entries()) {
      take(position, await processFile(file, { extractEntities, sent, stages }));
      options.onProgress?.(position + 1, share.files.length, file.path);
    }
  }
  phases.merge = mergeMs;
  phases.extraction = performance.now() - extractionStarted - mergeMs;
  return { assembler, listing, workers, entities, shard, phases, started };
}

/** Ingests into memory: the graph (Paragraph nodes and quotes included) and the report. For tests and small inputs. */
export async function ingestPaths(
  paths: string[],
  options: IngestOptions = {},
): Promise<{ graph: KnowledgeGraph; report: IngestReport }> {
  const run = await processPaths(paths, { spillDirectory: resolve('.unkg'), ...options });
  const writing = performance.now();
  const { records, summary } = run.assembler.collect();
  const graph = graphFromRecords(GRAPH_ATTRIBUTES, records, { quotes: 'all' });
  run.phases.write = performance.now() - writing;
  return { graph, report: reportOf(run, summary) };
}

/** Ingests into graph.json, streamed (the command's route). */
export async function ingestToFile(paths: string[], graphFile: string, options: IngestOptions = {}): Promise<IngestReport> {
  const run = await processPaths(paths, { spillDirectory: dirname(resolve(graphFile)), ...options });
  return writeRun(run, graphFile);
}

/** Writes a processed run's graph.json; the report of what was written. */
export function writeRun(run: ProcessedRun, graphFile: string): IngestReport {
  return reportOf(run, layOutAndWrite(run.assembler, graphFile, run.phases));
}

/**
 * Positions and communities, so that the viewer's first frame and Gephi open a laid-out graph:
 * the layout is computed from what the documents gave the assembler (layout-file.ts), then
 * graph.json is written once, each record with its position, in one run and after `unkg merge`
 * alike.
 */
function layOutAndWrite(assembler: Assembler, graphFile: string, phases: IngestPhases): AssemblySummary {
  const started = performance.now();
  const layout: GraphLayout = assembler.layout();
  phases.layout = performance.now() - started;
  const writing = performance.now();
  const summary = assembler.writeGraph(graphFile, GRAPH_ATTRIBUTES, layout);
  phases.write = performance.now() - writing;
  summary.layout = layout.stages.length > 0 ? { stages: layout.stages, communities: new Set(layout.communities.values()).size } : undefined;
  return summary;
}

/** Writes a processed shard's file for `unkg merge`. */
export function writeShardRun(run: ProcessedRun, shardFile: string): IngestReport {
  if (!run.shard) throw new Error('not a shard run');
  const writing = performance.now();
  const header: ShardHeader = shardHeader(run.listing, run.shard.index, run.shard.count, run.entities, CONTRACT_VERSION);
  run.assembler.writeShard(shardFile, header);
  run.phases.write = performance.now() - writing;
  return reportOf(run, null);
}

/**
 * `unkg merge`: the shard files of one listing (`--shard i/n` runs) into graph.json, exactly the
 * graph.json one run over every file writes. Refuses shards of different listings or entity
 * settings, a missing or repeated part.
 */
export function mergeShards(shardFiles: string[], graphFile: string, options: { spillDirectory?: string } = {}): IngestReport {
  const started = performance.now();
  const assembler = new Assembler({ spillDirectory: options.spillDirectory ?? dirname(resolve(graphFile)) });
  let first: ShardHeader | null = null;
  const parts = new Map<number, string>();
  for (const file of shardFiles) {
    const header = assembler.addShard(file, first);
    first ??= header;
    const previous = parts.get(header.index);
    if (previous !== undefined) throw new Error(`${file}: part ${header.index}/${header.count} again (also ${previous})`);
    parts.set(header.index, file);
  }
  if (!first) throw new Error('no shard file to merge');
  const missing = Array.from({ length: first.count }, (_, index) => index + 1).filter((index) => !parts.has(index));
  if (missing.length > 0) {
    assembler.dispose();
    throw new Error(`missing part${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${first.count} (unkg ingest … --shard i/${first.count})`);
  }
  const phases: IngestPhases = { prepare: performance.now() - started, extraction: 0, merge: 0, write: 0 };
  const summary = layOutAndWrite(assembler, graphFile, phases);
  return buildReport({
    listing: { skipped: first.listing.skipped, issues: first.listing.issues },
    facts: assembler.facts,
    summary,
    workers: 0,
    phases,
    elapsedMs: performance.now() - started,
  });
}

/** Drops a processed run without writing anything (a --strict failure); its report. */
export function discardRun(run: ProcessedRun): IngestReport {
  run.assembler.dispose();
  return reportOf(run, null);
}

function reportOf(run: ProcessedRun, summary: AssemblySummary | null): IngestReport {
  return buildReport({
    listing: run.listing,
    facts: run.assembler.facts,
    summary,
    workers: run.workers,
    phases: run.phases,
    elapsedMs: performance.now() - run.started,
  });
}

function chooseWorkers(requested: number | undefined, files: FileList): number {
  if (requested !== undefined) return Math.max(1, Math.min(Math.floor(requested), files.files.length));
  // workers cost a bundle build (~0.3 s) and ~0.2 CPU-seconds each to start, and their results
  // are copied back and merged on this thread: worth it from a few tens of megabytes
  // (bench: pnpm bench ingest, where 18 MB on 2 cores still runs at ×0.64 of one core)
  const cores = availableParallelism();
  return Math.max(1, Math.min(cores, Math.floor(files.bytes / WORKER_BYTES), files.files.length));
}

/** Input bytes per worker thread when the count is chosen automatically. */
const WORKER_BYTES = 24e6;

/**
 * The node contributions one thread has sent in a run, by phase: a later file of the thread gives
 * a larger rank, so sending the same attributes again would change nothing (the assembler keeps
 * the smallest rank of each distinct set). Skipping them saves stringifying and hashing the
 * same gazetteer entries (alias lists of a kilobyte) for every file.
 */
export class SentNodes {
  private readonly byPhase = [new Map<string, { attributes: NodeAttributes; json: string }>(), new Map<string, { attributes: NodeAttributes; json: string }>()];

  /** The canonical JSON to send, or null when this thread sent the same in this phase already. */
  json(primary: boolean, key: string, attributes: NodeAttributes): string | null {
    const sent = this.byPhase[primary ? 0 : 1]!;
    const last = sent.get(key);
    if (last && sameAttributes(last.attributes, attributes)) return null;
    const json = JSON.stringify(canonical(attributes));
    // kept as copies of their own: the attributes' strings may be slices of this file's text (ownString)
    if (last?.json === json) {
      last.attributes = ownStrings(attributes);
      return null;
    }
    sent.set(ownString(key), { attributes: ownStrings(attributes), json });
    return json;
  }
}

function sameAttributes(a: NodeAttributes, b: NodeAttributes): boolean {
  if (a === b) return true;
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const name of keys) {
    const x = left[name];
    const y = right[name];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((item, index) => item !== y[index])) return false;
  }
  return true;
}

/**
 * Runs the whole per-file pipeline; never rejects: problems become issues. The Document is keyed
 * by the file's name (walk.ts: nameDocuments), which is also its `source`; messages show its path.
 */
export async function processFile(
  file: SourceFile,
  options: { extractEntities?: EntityExtractor | undefined; sent?: SentNodes; stages?: FileStageTimes },
): Promise<FileResult> {
  const { stages } = options;
  let clock = stages ? cpuMilliseconds() : 0;
  /** adds the CPU time since the last lap to a stage (when the run times its stages) */
  const lap = (stage: keyof FileStageTimes): void => {
    if (!stages) return;
    const now = cpuMilliseconds();
    stages[stage] += now - clock;
    clock = now;
  };
  const source = file.path;
  const empty: FileResult = {
    source,
    bytes: 0,
    format: null,
    document: null,
    record: null,
    nodes: [],
    primary: 0,
    links: null,
    stats: null,
    issues: [],
  };
  let loaded: LoadedDocument;
  try {
    loaded = await loadDocument(source);
  } catch (error) {
    const message =
      error instanceof LoadError ? error.message : `cannot be loaded (${(error as Error).message})`;
    return { ...empty, issues: [{ source, level: 'error', message }] };
  }
  lap('load');
  try {
    const doc = analyseDocument(loaded);
    lap('analyse');
    const citations = extractCitations(doc);
    const docKey = documentKey(file.name);
    const { primary, fragment } = buildFragments(doc, citations, file.name);
    const fragments = [primary, fragment];
    if (options.extractEntities) fragments.push(options.extractEntities(doc, docKey));
    lap('extract');
    const own = primary.nodes[0]!;
    const record = documentRecord(doc, own.key, own.attributes as DocumentNode, fragments);
    // the nodes the file names, as [key, canonical JSON] pairs: the document's own facts first
    const nodes: string[] = [];
    let primaryCount = 0;
    const sent = options.sent ?? new SentNodes();
    for (const part of fragments) {
      for (const node of part.nodes) {
        if (node.key === own.key) continue;
        const json = sent.json(part === primary, node.key, node.attributes);
        if (json === null) continue;
        nodes.push(node.key, json);
        if (part === primary) primaryCount++;
      }
    }
    // built by push, not by map and spreads: arrays of one elements kind (see record.ts, nulls)
    const issues: IngestIssue[] = [];
    for (const message of loaded.warnings ?? []) issues.push({ source, level: 'warning', message });
    for (const issue of documentWarnings(doc)) issues.push(issue);
    if (record.stats.clipped > 0)
      issues.push({ source, level: 'warning', message: `${record.stats.clipped} evidence span(s) ran past their paragraph and were cut at its end` });
    lap('record');
    return {
      source,
      bytes: loaded.bytes,
      format: loaded.format,
      document: {
        lang: doc.identity.lang,
        docType: doc.identity.docType,
        symbol: doc.identity.symbol,
        textOf: doc.identity.textOf,
      },
      record: { key: record.key, line: record.line },
      nodes,
      primary: primaryCount,
      links: record.links,
      stats: record.stats,
      issues,
    };
  } catch (error) {
    return {
      ...empty,
      bytes: loaded.bytes,
      format: loaded.format,
      issues: [
        { source, level: 'error', message: `failed to process (${(error as Error).stack ?? String(error)})` },
      ],
    };
  }
}

/** CPU-milliseconds of the process so far (user and system, all threads). */
function cpuMilliseconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** normalise → language → identity → segment. */
export function analyseDocument(loaded: LoadedDocument): SegmentedDocument {
  const text = normaliseText(loaded.text);
  // declared text (an HTML <title>, an AKN docTitle) gets the same normalisation as the body
  const declared = loaded.declared.title
    ? { ...loaded.declared, title: normaliseText(loaded.declared.title) }
    : loaded.declared;
  const lang = declared.lang ?? detectLanguage(text).lang;
  const identity = identify(text, declared, lang);
  const segments = segmentDocument(text, identity);
  // field by field, not a spread of `loaded` (whose shape varies with the loader and its
  // warnings): every document of one shape, for the stages that read it on every paragraph
  return {
    source: loaded.source,
    format: loaded.format,
    text,
    declared: loaded.declared,
    bytes: loaded.bytes,
    warnings: loaded.warnings,
    identity,
    segments,
  };
}

function documentWarnings(doc: SegmentedDocument): IngestIssue[] {
  const issues: IngestIssue[] = [];
  const warn = (message: string): void => {
    issues.push({ source: doc.source, level: 'warning', message });
  };
  if (doc.identity.lang === 'und') warn('language could not be determined');
  if (doc.identity.docType === 'resolution' && !doc.identity.symbol)
    warn(
      'looks like a resolution but states no symbol (no cover line or title such as "Resolution 2370 (2017)")',
    );
  if (doc.segments.length === 0) warn('no text found');
  return issues;
}

// ---------------------------------------------------------------- fragments

/**
 * The file's Document node, the resolutions/statements it is a text of (TEXT_OF), and its
 * citations. `name` is the document's name (walk.ts), by default its source path.
 */
export function buildFragments(
  doc: SegmentedDocument,
  citations: CitationMatch[],
  name: string = doc.source,
): { primary: GraphFragment; fragment: GraphFragment } {
  const { identity } = doc;
  const docKey = documentKey(name);
  const primary: GraphFragment = { nodes: [], edges: [] };
  const fragment: GraphFragment = { nodes: [], edges: [] };
  const edges = new FragmentEdges(fragment);
  primary.nodes.push({
    key: docKey,
    attributes: {
      kind: 'Document',
      label: documentLabel(doc),
      source: name,
      lang: identity.lang,
      docType: identity.docType,
      title: identity.title,
      date: identity.date,
      meeting: identity.meeting,
      textOf: identity.textOf,
      ...(identity.symbol ? { symbol: identity.symbol } : {}),
    },
  });
  // the texts this file is: a resolution's own facts (date, meeting) come from its own text
  const ownText = identity.docType === 'resolution' || identity.docType === 'statement';
  for (const symbol of identity.textOf) {
    const node = symbolNode(symbol);
    if (ownText && symbol === identity.symbol && (node.kind === 'Resolution' || node.kind === 'Statement')) {
      node.date = identity.date;
      node.meeting = identity.meeting;
    }
    primary.nodes.push({ key: node.symbol, attributes: node });
    edges.add('TEXT_OF', docKey, node.symbol);
  }
  const known = new Set(identity.textOf);
  // one node per key and file: merging is per node, and a text cites the same resolution often
  const targets = new Set<string>();
  for (const match of citations) {
    const key = targetKey(match.target);
    if (!targets.has(key)) {
      targets.add(key);
      fragment.nodes.push({ key, attributes: targetNode(match.target) });
    }
    const evidence = withDocument(match.evidence, docKey);
    // a Council resolution named without a year that nothing dates is mentioned, never cited
    if (match.citing && !isYearlessScResolution(match.target)) {
      if (!known.has(match.citing)) {
        const citing = symbolNode(match.citing);
        fragment.nodes.push({ key: citing.symbol, attributes: citing });
        known.add(match.citing);
      }
      edges.add('CITES', match.citing, key, evidence);
    } else if (!identity.textOf.includes(match.target.symbol)) {
      // the graph is not a multigraph: a document's TEXT_OF edge to its own resolution already
      // links the pair, so a narrative mention of that resolution (a release naming the
      // resolution it reports) adds no MENTIONS edge
      edges.add('MENTIONS', docKey, key, evidence);
    }
  }
  return { primary, fragment };
}

/**
 * The citation's evidence with its document: built field by field (a spread of objects of several
 * shapes takes V8's slow path, once per citation); optional fields only when set, as a spread gives.
 */
function withDocument(found: CitationMatch['evidence'], doc: string): Evidence {
  const evidence: Evidence = {
    section: found.section,
    paragraph: found.paragraph,
    verb: found.verb,
    start: found.start,
    end: found.end,
    doc,
  };
  if (found.pin !== undefined) evidence.pin = found.pin;
  if (found.role !== undefined) evidence.role = found.role;
  if (found.note !== undefined) evidence.note = found.note;
  return evidence;
}

function documentLabel(doc: SegmentedDocument): string {
  const { identity } = doc;
  if (identity.symbol) return `${identity.symbol} [${identity.lang}]`;
  return identity.title || basename(doc.source);
}

function targetKey(target: CitedTarget): string {
  if (target.kind === 'Resolution') return resolutionKey(target.symbol);
  if (target.kind === 'Statement') return statementKey(target.symbol);
  return citedDocumentKey(target.symbol);
}

function targetNode(target: CitedTarget): NodeAttributes {
  const label = target.symbol;
  if (target.kind === 'Resolution') {
    if (target.organ && target.number) {
      return {
        kind: 'Resolution',
        label,
        symbol: target.symbol,
        organ: target.organ,
        number: target.number,
        year: target.year ?? null,
      };
    }
    const own = symbolNode(target.symbol);
    return {
      kind: 'Resolution',
      label,
      symbol: target.symbol,
      organ: target.organ ?? (own.kind === 'Resolution' ? own.organ : 'SC'),
      number: target.number ?? (own.kind === 'Resolution' ? own.number : target.symbol),
      year: target.year ?? (own.kind === 'Resolution' ? own.year : null),
    };
  }
  if (target.kind === 'Statement')
    return { kind: 'Statement', label, symbol: target.symbol, year: target.year ?? null };
  return { kind: 'Document', label, symbol: target.symbol };
}
