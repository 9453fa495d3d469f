/**
 * The ingest pipeline: load → normalise → language → identity → segment → extract → merge.
 * Each file is processed on its own into a GraphFragment (in a worker thread when several cores
 * help), then fragments are merged into one graph in file order, so the output depends on the
 * input only: the same files give a byte-identical graph.json.
 */
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import {
  citedDocumentKey,
  createGraph,
  documentKey,
  FragmentEdges,
  mergeFragment,
  sortEvidence,
  resolutionKey,
  statementKey,
  type Evidence,
  type GraphFragment,
  type KnowledgeGraph,
  type NodeAttributes,
} from '@unkg/graph';
import { extractCitations } from './citations';
import { isYearlessScResolution } from './citations/series';
import { identify } from './identity';
import { detectLanguage } from './language';
import { LoadError } from './load';
import { loadDocument } from './load/documents';
import { normaliseText } from './normalise';
import { buildReport, type IngestReport } from './report';
import { segmentDocument } from './segment';
import { symbolNode } from './symbols';
import type {
  CitationMatch,
  CitedTarget,
  IngestIssue,
  LoadedDocument,
  SegmentedDocument,
  SourceFormat,
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
}

/** What one file contributes, produced in a worker or in-process; plain data (structured-cloneable). */
export interface FileResult {
  /** the path read (what messages show) */
  source: string;
  bytes: number;
  format: SourceFormat | null;
  /** the ingested document's facts, when it could be read */
  document: { lang: string; docType: string; symbol: string | null; textOf: string[] } | null;
  /** nodes read from a document's own text (its Document node, the resolution it is the text of): merged first */
  primary: GraphFragment;
  fragment: GraphFragment;
  issues: IngestIssue[];
}

/** Entity extraction for one document (entities/index.ts), loaded only when wanted: it is the heavy part. */
export type EntityExtractor = (doc: SegmentedDocument, docKey: string) => GraphFragment;

export async function loadEntityExtractor(): Promise<EntityExtractor> {
  return (await import('./entities')).extractEntities;
}

export async function ingestPaths(
  paths: string[],
  options: IngestOptions = {},
): Promise<{ graph: KnowledgeGraph; report: IngestReport }> {
  const started = performance.now();
  const listing = collectFiles(paths);
  const entities = options.entities !== false;
  const workers = chooseWorkers(options.workers, listing);
  const extractEntities = entities && workers <= 1 ? await loadEntityExtractor() : undefined;
  const results =
    workers > 1
      ? await processInWorkers(listing.files, { workers, entities }, options.onProgress)
      : await processInProcess(listing.files, extractEntities, options.onProgress);
  const graph = mergeResults(results);
  const report = buildReport({ graph, listing, results, workers, elapsedMs: performance.now() - started });
  return { graph, report };
}

async function processInProcess(
  files: SourceFile[],
  extractEntities: EntityExtractor | undefined,
  onProgress: IngestOptions['onProgress'],
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const [index, file] of files.entries()) {
    results.push(await processFile(file, { extractEntities }));
    onProgress?.(index + 1, files.length, file.path);
  }
  return results;
}

/**
 * Merges per-file results in file order: first every document's own facts (so a resolution's
 * date and meeting come from its own text, not from a citation of it), then everything else.
 */
export function mergeResults(results: FileResult[]): KnowledgeGraph {
  const graph = createGraph({ name: 'unkg' });
  for (const result of results) mergeFragment(graph, result.primary);
  for (const result of results) mergeFragment(graph, result.fragment);
  sortEvidence(graph);
  return graph;
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
 * Runs the whole per-file pipeline; never rejects: problems become issues. The Document is keyed
 * by the file's name (walk.ts: nameDocuments), which is also its `source`; messages show its path.
 */
export async function processFile(
  file: SourceFile,
  options: { extractEntities?: EntityExtractor | undefined },
): Promise<FileResult> {
  const source = file.path;
  const empty: FileResult = {
    source,
    bytes: 0,
    format: null,
    document: null,
    primary: { nodes: [], edges: [] },
    fragment: { nodes: [], edges: [] },
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
  try {
    const doc = analyseDocument(loaded);
    const citations = extractCitations(doc);
    const { primary, fragment } = buildFragments(doc, citations, file.name);
    if (options.extractEntities)
      appendFragment(fragment, options.extractEntities(doc, documentKey(file.name)));
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
      primary,
      fragment,
      issues: [...(loaded.warnings ?? []).map((message): IngestIssue => ({ source, level: 'warning', message })), ...documentWarnings(doc)],
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
  return { ...loaded, text, identity, segments };
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
    quote: found.quote,
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

function appendFragment(into: GraphFragment, extra: GraphFragment): void {
  into.nodes.push(...extra.nodes);
  into.edges.push(...extra.edges);
}
