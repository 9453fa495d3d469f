/**
 * The assembler: from per-file results to graph.json, in memory bounded by the largest file.
 *
 * - Node contributions merge by key. Per key, each distinct set of attributes is kept once with
 *   the first place it was seen, a rank that does not depend on scheduling: (own facts before the
 *   rest, the file's position in the full file list, the node's position in the file). They fold
 *   in rank order with mergeNode's rule (first non-null wins, aliases united), so a shard merge
 *   and a one-run ingest agree to the byte.
 * - Document records (already graph.json lines) are sorted by key: in memory up to a budget,
 *   then in sorted runs on disk, merged back (k-way) while graph.json is written.
 * - What each document gives the layout (its links: layout-file.ts) is gathered as files come,
 *   so the layout is computed before graph.json is written, and each record is written once,
 *   with its position (records are never read back).
 * - Shard files (`--shard i/n`) hold the same things (file facts, node contributions, the
 *   documents' links, sorted document records), and `unkg merge` feeds them back in.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  compareStrings,
  encodeRecord,
  mergeAttributes,
  normaliseAliases,
  type GraphAttributes,
  type GraphRecord,
  type NodeAttributes,
} from '@unkg/graph';
import { fileLines, GraphFileWriter } from '@unkg/graph/graph-file';
import { computeLayout, type GraphLayout, type LayoutOptions, type LayoutStage } from '@unkg/graph/layout';
import { LayoutSkeleton, placedAttributes, placedLine, placedLineParts, type RecordLinks } from '@unkg/graph/layout-file';
import type { FileList } from './walk';
import type { RecordStats } from './record';
import type { IngestIssue, SourceFormat } from './types';

/** What a file says about itself, for the report. */
export interface FileFacts {
  index: number;
  source: string;
  bytes: number;
  format: SourceFormat | null;
  document: { lang: string; docType: string; symbol: string | null; textOf: string[] } | null;
  issues: IngestIssue[];
  stats: RecordStats | null;
}

/**
 * The files' facts summed as they come (the assembler keeps nothing per file, so its memory does
 * not grow with the number of files): counts by outcome, language and type, and the issues.
 */
export interface RunFacts {
  found: number;
  read: number;
  failed: number;
  bytes: number;
  languages: Record<string, number>;
  docTypes: Record<string, number>;
  issues: Array<IngestIssue & { index: number }>;
}

export function emptyFacts(): RunFacts {
  return { found: 0, read: 0, failed: 0, bytes: 0, languages: {}, docTypes: {}, issues: [] };
}

function addFacts(into: RunFacts, facts: FileFacts): void {
  into.found++;
  into.bytes += facts.bytes;
  if (facts.document) {
    into.read++;
    into.languages[facts.document.lang] = (into.languages[facts.document.lang] ?? 0) + 1;
    into.docTypes[facts.document.docType] = (into.docTypes[facts.document.docType] ?? 0) + 1;
  } else into.failed++;
  for (const issue of facts.issues) into.issues.push({ ...issue, index: facts.index });
}

function sumFacts(into: RunFacts, facts: RunFacts): void {
  into.found += facts.found;
  into.read += facts.read;
  into.failed += facts.failed;
  into.bytes += facts.bytes;
  for (const [lang, count] of Object.entries(facts.languages)) into.languages[lang] = (into.languages[lang] ?? 0) + count;
  for (const [type, count] of Object.entries(facts.docTypes)) into.docTypes[type] = (into.docTypes[type] ?? 0) + count;
  into.issues.push(...facts.issues);
}

/** What one file brings to the assembler: its facts, its record line, its node contributions. */
export interface FileContribution extends FileFacts {
  /** the record's graph.json line, as text or as its UTF-8 bytes (what a worker sends: moved, not copied) */
  record: { key: string; line: string | Uint8Array } | null;
  /** [key, canonical attributes JSON] pairs, in the file's order */
  nodes: string[];
  /** how many of the pairs are the document's own facts (merged before every other contribution) */
  primary: number;
  /** what the document record gives the layout (layout-file.ts), with the record */
  links: RecordLinks | null;
}

const SEQUENCE = 2 ** 26;

/** The rank of a contribution: own facts first, then file position, then position in the file. */
export function contributionRank(primary: boolean, fileIndex: number, sequence: number): number {
  return ((primary ? 0 : 1) * SEQUENCE + fileIndex) * SEQUENCE + sequence;
}

/** Node contributions by key: each distinct attribute set with its smallest rank. */
export class NodeStore {
  readonly byKey = new Map<string, Map<string, number>>();

  add(key: string, json: string, rank: number): void {
    let variants = this.byKey.get(key);
    if (!variants) this.byKey.set(key, (variants = new Map()));
    const known = variants.get(json);
    if (known === undefined || rank < known) variants.set(json, rank);
  }

  addFile(contribution: Pick<FileContribution, 'index' | 'nodes' | 'primary'>): void {
    const { nodes, primary, index } = contribution;
    for (let pair = 0; pair * 2 < nodes.length; pair++) {
      this.add(nodes[pair * 2]!, nodes[pair * 2 + 1]!, contributionRank(pair < primary, index, pair));
    }
  }

  /** Every node folded (contributions in rank order), sorted by key. */
  fold(): GraphRecord[] {
    const records: GraphRecord[] = [];
    for (const [key, variants] of this.byKey) {
      const ordered = [...variants].sort((a, b) => a[1] - b[1]);
      let attributes = normaliseAliases({ ...(JSON.parse(ordered[0]![0]) as NodeAttributes) });
      for (let index = 1; index < ordered.length; index++) {
        attributes = mergeAttributes(attributes, JSON.parse(ordered[index]![0]) as NodeAttributes);
      }
      records.push({ key, attributes });
    }
    return records.sort((a, b) => compareStrings(a.key, b.key));
  }
}

/**
 * What a written record adds to the run's summary, carried with the record so that a record
 * dropped as a duplicate takes its counts with it: paragraphs, MENTIONS edges, items by kind
 * (CITES, MANDATES, ADDRESSES, MENTIONS), the symbols it is a text of, its file.
 */
type EntryStats = [paragraphs: number, mentions: number, cites: number, mandates: number, addresses: number, mentionItems: number, textOf: string[], source: string];

/** A document record waiting for its place: key, file position, graph.json line (as text, or its UTF-8 bytes when held in memory). */
interface DocumentEntry {
  key: string;
  index: number;
  stats: EntryStats;
  line: string | Uint8Array;
}

/** A document entry held in memory: its line as UTF-8 bytes (half the room of a string with any character past U+00FF). */
interface HeldEntry {
  key: string;
  index: number;
  stats: EntryStats;
  bytes: Uint8Array;
}

const compareEntries = (a: { key: string; index: number }, b: { key: string; index: number }): number => compareStrings(a.key, b.key) || a.index - b.index;

/** `D["key",index,stats]\tline`: one document entry of a run or shard file (JSON holds no raw tab). */
function entryLine(entry: DocumentEntry): string {
  return `D${JSON.stringify([entry.key, entry.index, entry.stats])}\t${lineText(entry.line)}`;
}

function parseEntryLine(text: string, file: string): DocumentEntry {
  const tab = text.indexOf('\t');
  if (!text.startsWith('D') || tab < 0) throw new Error(`${file}: not a document entry line`);
  const [key, index, stats] = JSON.parse(text.slice(1, tab)) as [string, number, EntryStats];
  return { key, index, stats, line: text.slice(tab + 1) };
}

/** Default budget of document records held in memory before a run is written, in bytes (UTF-8). */
export const DEFAULT_SPILL_BYTES = 32e6;

/** Room an entry takes beside its line's bytes (key, stats, the array and its object), for the budget. */
const ENTRY_OVERHEAD = 256;

/**
 * Document records in key order: held as UTF-8 bytes, sorted and written to run files past the
 * budget (bytes held, not characters: a line with any character past U+00FF is a two-byte
 * string, twice its characters, and most lines have one: a curly quote, a dash), and merged back.
 * `sources()` gives sorted iterators (the buffer and each run) for a k-way merge.
 */
export class DocumentRuns {
  private buffer: HeldEntry[] = [];
  private buffered = 0;
  private readonly slabs = new Slabs();
  private readonly runs: string[] = [];
  private directory: string | null = null;
  /** characters written to runs */
  spilled = 0;

  constructor(
    private readonly spillParent: string,
    private readonly budget = DEFAULT_SPILL_BYTES,
  ) {}

  /**
   * Adds a record. Its bytes are copied into the held slabs (a line given as bytes may be reused
   * by the caller once this returns: a worker's transfer buffer goes back to it, worker-pool.ts).
   */
  add(key: string, index: number, stats: EntryStats, line: string | Uint8Array): void {
    const bytes = this.slabs.hold(typeof line === 'string' ? utf8Bytes(line) : line);
    this.buffer.push({ key, index, stats, bytes });
    this.buffered += bytes.length + key.length + ENTRY_OVERHEAD;
    if (this.buffered >= this.budget) this.spill();
  }

  get runCount(): number {
    return this.runs.length;
  }

  /** Bytes of the slabs the held lines are copied into (they are reused from one run to the next). */
  get slabBytes(): number {
    return this.slabs.bytes;
  }

  private spill(): void {
    if (this.buffer.length === 0) return;
    if (this.directory === null) {
      mkdirSync(this.spillParent, { recursive: true });
      this.directory = mkdtempSync(join(this.spillParent, '.unkg-spill-'));
    }
    const path = join(this.directory, `run-${this.runs.length}`);
    this.buffer.sort(compareEntries);
    writeHeld(path, this.buffer);
    this.runs.push(path);
    this.spilled += this.buffered;
    this.buffer = [];
    this.buffered = 0;
    // the lines are on disk: their slabs take the next ones
    this.slabs.release();
  }

  /** Sorted iterators: the runs on disk and what is still in memory. */
  sources(): Array<Iterator<DocumentEntry>> {
    this.buffer.sort(compareEntries);
    const sources: Array<Iterator<DocumentEntry>> = this.runs.map((path) => runEntries(path));
    if (this.buffer.length > 0) sources.push(heldEntries(this.buffer));
    return sources;
  }

  /** Removes the run files. */
  dispose(): void {
    if (this.directory) rmSync(this.directory, { recursive: true, force: true });
    this.directory = null;
    this.buffer = [];
    this.slabs.drop();
  }
}

/** The held entries with their lines as bytes (decoded only where a reader needs the text), one at a time. */
function* heldEntries(held: HeldEntry[]): Generator<DocumentEntry> {
  for (const { key, index, stats, bytes } of held) yield { key, index, stats, line: bytes };
}

/** Scratch room for utf8Bytes (grown to the largest line). */
let scratch = Buffer.allocUnsafe(1 << 20);

/**
 * A line's UTF-8 bytes, encoded into scratch room (at most 3 bytes a UTF-16 unit) in one pass
 * (`Buffer.from(line)` makes two: it measures the UTF-8 length first): a view valid until the next call.
 */
function utf8Bytes(line: string): Uint8Array {
  if (line.length * 3 > scratch.length) scratch = Buffer.allocUnsafe(line.length * 3);
  return scratch.subarray(0, scratch.write(line, 0, 'utf8'));
}

/** Size of a slab of held lines. */
const SLAB_BYTES = 1 << 20;

/** A line longer than this gets room of its own rather than a slab's end. */
const OWN_ROOM_BYTES = SLAB_BYTES >> 2;

/**
 * Room for the held lines, 1 MB slabs reused from one run to the next: the lines held between two
 * spills are copied into the same memory each time, so holding them makes no garbage (one
 * buffer per line, or the buffer a worker moved here, would be freed only at the main thread's next
 * collection, which V8 starts when 64 MB more than at the last one are held outside the heap:
 * the memory held swung by up to that much on top of the budget).
 */
class Slabs {
  private readonly used: Buffer[] = [];
  private readonly free: Buffer[] = [];
  private current: Buffer | null = null;
  private offset = 0;

  /** Bytes of the slabs, used or free. */
  get bytes(): number {
    return (this.used.length + this.free.length) * SLAB_BYTES;
  }

  /** A copy of `bytes` in a slab (in room of its own when long). */
  hold(bytes: Uint8Array): Uint8Array {
    const length = bytes.length;
    if (length > OWN_ROOM_BYTES) return new Uint8Array(bytes);
    if (!this.current || this.offset + length > SLAB_BYTES) {
      this.current = this.free.pop() ?? Buffer.allocUnsafeSlow(SLAB_BYTES);
      this.used.push(this.current);
      this.offset = 0;
    }
    const start = this.offset;
    this.current.set(bytes, start);
    this.offset += length;
    return this.current.subarray(start, this.offset);
  }

  /** Every slab free again (the lines held in them are no longer read). */
  release(): void {
    this.free.push(...this.used.splice(0));
    this.current = null;
  }

  /** Lets every slab go. */
  drop(): void {
    this.used.length = 0;
    this.free.length = 0;
    this.current = null;
  }
}

/** A line as text (decoded from UTF-8 when given as bytes). */
function lineText(line: string | Uint8Array): string {
  return typeof line === 'string' ? line : Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8');
}

/** Room writeHeld gathers lines in before a write (reused: a new buffer for each MB written was garbage, 32 MB a spill). */
const runChunk = Buffer.allocUnsafeSlow(1 << 20);

/** Writes held entries as the lines of a run file (entryLine's format), their bytes as they are, 1 MB at a time. */
function writeHeld(path: string, held: HeldEntry[]): void {
  const fd = openSync(path, 'w');
  try {
    let length = 0;
    const put = (bytes: Uint8Array): void => {
      if (length + bytes.length > runChunk.length) {
        writeSync(fd, runChunk, 0, length);
        length = 0;
      }
      if (bytes.length > runChunk.length) writeSync(fd, bytes);
      else {
        runChunk.set(bytes, length);
        length += bytes.length;
      }
    };
    for (const { key, index, stats, bytes } of held) {
      put(Buffer.from(`D${JSON.stringify([key, index, stats])}\t`, 'utf8'));
      put(bytes);
      put(NEWLINE);
    }
    if (length > 0) writeSync(fd, runChunk, 0, length);
  } finally {
    closeSync(fd);
  }
}

const NEWLINE = Buffer.from('\n');

function* runEntries(path: string, skip = 0): Generator<DocumentEntry> {
  let line = 0;
  for (const { text } of fileLines(path, 1 << 18)) if (line++ >= skip) yield parseEntryLine(text, path);
}

/** Writes lines to a file, 1 MB at a time. */
function writeLines(path: string, lines: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let chunk: string[] = [];
    let length = 0;
    for (const line of lines) {
      chunk.push(line);
      length += line.length + 1;
      if (length >= 1 << 20) {
        writeSync(fd, `${chunk.join('\n')}\n`);
        chunk = [];
        length = 0;
      }
    }
    if (chunk.length > 0) writeSync(fd, `${chunk.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
}

/** A k-way merge of sorted entry iterators by (key, file position). */
function* mergeSorted(sources: Array<Iterator<DocumentEntry>>): Generator<DocumentEntry> {
  const heap: Array<{ entry: DocumentEntry; source: Iterator<DocumentEntry> }> = [];
  const less = (a: number, b: number) => compareEntries(heap[a]!.entry, heap[b]!.entry) < 0;
  const swap = (a: number, b: number) => ([heap[a], heap[b]] = [heap[b]!, heap[a]!]);
  const down = (from: number) => {
    for (let at = from; ; ) {
      const left = at * 2 + 1;
      const right = left + 1;
      let smallest = at;
      if (left < heap.length && less(left, smallest)) smallest = left;
      if (right < heap.length && less(right, smallest)) smallest = right;
      if (smallest === at) return;
      swap(at, smallest);
      at = smallest;
    }
  };
  for (const source of sources) {
    const first = source.next();
    if (!first.done) heap.push({ entry: first.value, source });
  }
  for (let index = (heap.length >> 1) - 1; index >= 0; index--) down(index);
  while (heap.length > 0) {
    const top = heap[0]!;
    yield top.entry;
    const next = top.source.next();
    if (next.done) {
      const last = heap.pop()!;
      if (heap.length > 0) heap[0] = last;
    } else top.entry = next.value;
    down(0);
  }
}

/** What the assembly produced, for the report. */
export interface AssemblySummary {
  nodes: number;
  edges: number;
  documents: number;
  paragraphs: number;
  resolutions: { total: number; withText: number };
  statements: number;
  citations: { edges: number; evidence: number };
  mentions: { edges: number; evidence: number };
  /** documents dropped because an earlier file had the same key */
  duplicates: IngestIssue[];
  /** document records written to disk and merged back (0: all fitted in memory) */
  spilledRuns: number;
  /** bytes of graph.json written (0 when not written to a file) */
  bytes: number;
  /** the layout's stages and community count, once the file is laid out (pipeline.ts) */
  layout?: { stages: LayoutStage[]; communities: number };
}

/** The summary's counts, from the records written (a duplicate dropped adds nothing). */
class Totals {
  paragraphs = 0;
  mentions = 0;
  evidence = { CITES: 0, MANDATES: 0, ADDRESSES: 0, MENTIONS: 0 };
  textOfEdges = 0;
  documents = 0;
  readonly withText = new Set<string>();
  readonly duplicates: IngestIssue[] = [];

  add(stats: EntryStats): void {
    const [paragraphs, mentions, cites, mandates, addresses, mentionItems, textOf] = stats;
    this.documents++;
    this.paragraphs += paragraphs;
    this.mentions += mentions;
    this.evidence.CITES += cites;
    this.evidence.MANDATES += mandates;
    this.evidence.ADDRESSES += addresses;
    this.evidence.MENTIONS += mentionItems;
    this.textOfEdges += textOf.length;
    for (const symbol of textOf) this.withText.add(symbol);
  }

  summary(kinds: Map<string, string>, textEdges: Set<string>, spilledRuns: number): AssemblySummary {
    let resolutions = 0;
    let statements = 0;
    let resolutionsWithText = 0;
    for (const [key, kind] of kinds) {
      if (kind === 'Resolution') {
        resolutions++;
        if (this.withText.has(key)) resolutionsWithText++;
      } else if (kind === 'Statement') statements++;
    }
    let citationEdges = 0;
    for (const edge of textEdges) if (edge.startsWith('CITES:')) citationEdges++;
    return {
      nodes: kinds.size + this.documents + this.paragraphs,
      edges: textEdges.size + this.mentions + this.textOfEdges + this.paragraphs,
      documents: this.documents,
      paragraphs: this.paragraphs,
      resolutions: { total: resolutions, withText: resolutionsWithText },
      statements,
      citations: { edges: citationEdges, evidence: this.evidence.CITES },
      mentions: { edges: this.mentions, evidence: this.evidence.MENTIONS },
      duplicates: this.duplicates,
      spilledRuns,
      bytes: 0,
    };
  }
}

/** Identifies a run's file list (the documents' names), so that shards of different listings are never merged. */
export function listingDigest(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\n');
  return hash.digest('hex').slice(0, 32);
}

export interface AssemblerOptions {
  /** directory for spilled runs (the output directory: run files need disk, not memory) */
  spillDirectory: string;
  /** bytes of document records kept in memory before spilling (default 32 MB) */
  spillBytes?: number;
}

export class Assembler {
  readonly nodes = new NodeStore();
  readonly facts = emptyFacts();
  /**
   * Keys of the CITES, MANDATES and ADDRESSES edges, united over files as they come (bounded by
   * the entity graph, whatever the number of files).
   */
  readonly textEdges = new Set<string>();
  private readonly documents: DocumentRuns;
  /** sorted entry iterators coming from shard files (unkg merge) */
  private readonly shardSources: Array<Iterator<DocumentEntry>> = [];
  /** the documents' links, gathered as they come, for the layout (dropped once it is computed) */
  private skeleton: LayoutSkeleton | null;
  /** the nodes folded, once */
  private folded: GraphRecord[] | null = null;

  constructor(options: AssemblerOptions) {
    this.documents = new DocumentRuns(options.spillDirectory, options.spillBytes);
    // the links go to disk as the records do: the main thread holds nothing per document while the files are processed
    this.skeleton = new LayoutSkeleton(options.spillDirectory);
  }

  add(contribution: FileContribution): void {
    const { record, nodes, primary, links, ...facts } = contribution;
    addFacts(this.facts, facts);
    this.nodes.addFile({ index: facts.index, nodes, primary });
    if (record && links) this.skeleton?.addDocument(record.key, links, facts.index);
    if (record && facts.stats) {
      for (const edge of facts.stats.textEdges) this.textEdges.add(edge);
      const { paragraphs, mentions, items } = facts.stats;
      const stats: EntryStats = [paragraphs, mentions, items.CITES, items.MANDATES, items.ADDRESSES, items.MENTIONS, facts.document?.textOf ?? [], facts.source];
      this.documents.add(record.key, facts.index, stats, record.line);
    }
  }

  private foldedNodes(): GraphRecord[] {
    return (this.folded ??= this.nodes.fold());
  }

  /**
   * The layout of the graph the records make (layout.ts), from the nodes folded and the links
   * the documents brought (not from their records); the links are dropped.
   */
  layout(options: LayoutOptions = {}): GraphLayout {
    if (!this.skeleton) throw new Error('the layout is computed once');
    for (const node of this.foldedNodes()) this.skeleton.addNode(node.key, node.attributes.kind);
    const input = this.skeleton.input();
    // the links are in the input now: let them go before the layout's own memory
    this.skeleton.dispose();
    this.skeleton = null;
    return computeLayout(input, options);
  }

  /**
   * The records of the graph, in key order: folded nodes and document records merged, each
   * with its place when a layout is given.
   */
  *records(summary?: AssemblySummary, layout?: GraphLayout): Generator<{ key: string; line: string | Uint8Array; rest?: Uint8Array }> {
    const nodes = this.foldedNodes();
    this.folded = null;
    const encode = (node: GraphRecord) => encodeRecord(layout ? { key: node.key, attributes: placedAttributes(node.key, node.attributes, layout) } : node);
    const documents = mergeSorted([...this.documents.sources(), ...this.shardSources]);
    const kinds = new Map<string, string>();
    for (const node of nodes) kinds.set(node.key, node.attributes.kind);
    let nodeAt = 0;
    let last: DocumentEntry | null = null;
    const totals = new Totals();
    for (const entry of documents) {
      if (last && last.key === entry.key) {
        totals.duplicates.push({ source: entry.stats[7], level: 'warning', message: `has the same document key as ${last.stats[7]} (${entry.key}); only the first is kept` });
        continue;
      }
      last = entry;
      while (nodeAt < nodes.length && compareStrings(nodes[nodeAt]!.key, entry.key) < 0) {
        const node = nodes[nodeAt++]!;
        yield { key: node.key, line: encode(node) };
      }
      // a node that shares the document's key is the document (its record holds everything)
      if (nodeAt < nodes.length && nodes[nodeAt]!.key === entry.key) nodeAt++;
      totals.add(entry.stats);
      if (!layout) yield { key: entry.key, line: entry.line };
      else if (typeof entry.line === 'string') yield { key: entry.key, line: placedLine(entry.key, entry.line, layout) };
      else {
        // the record's bytes written through: only its attributes are decoded to place it
        const [line, rest] = placedLineParts(entry.key, entry.line, layout);
        yield { key: entry.key, line, rest };
      }
    }
    while (nodeAt < nodes.length) {
      const node = nodes[nodeAt++]!;
      yield { key: node.key, line: encode(node) };
    }
    if (summary) Object.assign(summary, totals.summary(kinds, this.textEdges, this.documents.runCount));
  }

  /**
   * Writes graph.json (a stream, renamed into place when complete), each record with its place
   * when a layout is given; returns what it holds.
   */
  writeGraph(path: string, attributes: GraphAttributes, layout?: GraphLayout): AssemblySummary {
    const summary = {} as AssemblySummary;
    const writer = new GraphFileWriter(path, attributes);
    try {
      for (const { line, rest } of this.records(summary, layout)) writer.writeLine(line, rest);
      writer.close();
    } catch (error) {
      writer.abort();
      throw error;
    } finally {
      this.dispose();
    }
    summary.bytes = writer.bytes;
    return summary;
  }

  /** Drops what was gathered (spilled runs and the links' log included). */
  dispose(): void {
    this.documents.dispose();
    this.skeleton?.dispose();
  }

  /** The records parsed, with the summary (in-memory graphs: tests, small inputs). */
  collect(): { records: GraphRecord[]; summary: AssemblySummary } {
    const summary = {} as AssemblySummary;
    try {
      const records = [...this.records(summary)].map(({ line }) => JSON.parse(lineText(line)) as GraphRecord);
      return { records, summary };
    } finally {
      this.dispose();
    }
  }

  // ---------------------------------------------------------------- shards

  /**
   * Writes a shard file: a header, the files' facts, the node contributions (each with its
   * rank), then the document records in key order. Only `unkg merge` reads it.
   */
  writeShard(path: string, header: ShardHeader): void {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeLines(temporary, this.shardLines(header));
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    } finally {
      this.dispose();
    }
  }

  private *shardLines(header: ShardHeader): Generator<string> {
    yield JSON.stringify(header);
    yield JSON.stringify(['F', { ...this.facts, issues: [...this.facts.issues].sort((a, b) => a.index - b.index) }]);
    yield JSON.stringify(['E', [...this.textEdges].sort(compareStrings)]);
    for (const [key, variants] of this.nodes.byKey) for (const [json, rank] of variants) yield JSON.stringify(['N', key, rank, json]);
    if (this.skeleton) for (const row of this.skeleton.documentLinks()) yield JSON.stringify(['L', ...row]);
    for (const entry of mergeSorted(this.documents.sources())) yield entryLine(entry);
  }

  /** Adds a shard file's content (facts and nodes now, document records streamed at the end). */
  addShard(path: string, expect: ShardHeader | null): ShardHeader {
    const lines = fileLines(path, 1 << 18);
    const first = lines.next();
    if (first.done) throw new Error(`${path}: empty shard file`);
    const header = parseShardHeader(first.value.text, path);
    if (expect && (expect.listing.digest !== header.listing.digest || expect.count !== header.count || expect.entities !== header.entities)) {
      throw new Error(`${path}: shard ${header.index}/${header.count} of another run (its file list, shard count or --no-entities differs from the first shard's)`);
    }
    let lineNumber = 1;
    let links = 0;
    for (let next = lines.next(); !next.done; next = lines.next()) {
      const text = next.value.text;
      lineNumber++;
      if (text.startsWith('D')) {
        // every document comes with its links (L rows, before the records) since the layout is computed before the write
        if (links === 0) throw new Error(`${path}: a shard file of an older unkg (its documents have no layout links): run unkg ingest --shard again`);
        // the records stay on disk: the merge streams them from here
        lines.return(undefined);
        this.shardSources.push(runEntries(path, lineNumber - 1));
        break;
      }
      const row = JSON.parse(text) as ['F', RunFacts] | ['E', string[]] | ['N', string, number, string] | ['L', string, number, RecordLinks];
      if (row[0] === 'F') sumFacts(this.facts, row[1]);
      else if (row[0] === 'E') for (const edge of row[1]) this.textEdges.add(edge);
      else if (row[0] === 'N') this.nodes.add(row[1], row[3], row[2]);
      else if (row[0] === 'L') {
        links++;
        this.skeleton?.addDocument(row[1], row[3], row[2]);
      }
      else throw new Error(`${path}: line ${lineNumber} is not a shard line`);
    }
    return header;
  }
}

export interface ShardHeader {
  unkg: 'shard';
  contract: string;
  /** 1-based */
  index: number;
  count: number;
  entities: boolean;
  listing: { files: number; bytes: number; digest: string; issues: IngestIssue[]; skipped: string[] };
}

export function shardHeader(listing: FileList, index: number, count: number, entities: boolean, contract: string): ShardHeader {
  return {
    unkg: 'shard',
    contract,
    index,
    count,
    entities,
    listing: { files: listing.files.length, bytes: listing.bytes, digest: listingDigest(listing.files.map((file) => file.name)), issues: listing.issues, skipped: listing.skipped },
  };
}

function parseShardHeader(text: string, path: string): ShardHeader {
  let header: ShardHeader;
  try {
    header = JSON.parse(text) as ShardHeader;
  } catch {
    throw new Error(`${path}: not a shard file of unkg ingest --shard`);
  }
  if (header?.unkg !== 'shard') throw new Error(`${path}: not a shard file of unkg ingest --shard`);
  return header;
}
