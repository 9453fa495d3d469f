/**
 * The layout (layout.ts) of graph.json's records, without a graph of the whole: what each record
 * gives the layout (`recordLinks`: its kind, what it is the text of, its edges and their evidence
 * counts; no text and no evidence) is gathered in a `LayoutSkeleton`, which makes the layout's
 * input (node numbers and an adjacency of integers), and `placedLine` writes a record's position
 * into its line. `unkg ingest` and `unkg merge` gather the links while the files are processed
 * (assemble.ts) and write each record once, with its position; `layoutGraphFile` lays out a
 * written file (read once for the skeleton, once to write it again). Paragraph nodes are not
 * placed (they are not records; readers show them through their document). Deterministic like
 * the layout itself: the same records give the same bytes.
 */
import { Buffer } from 'node:buffer';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { GraphFile, GraphFileWriter } from './graph-file';
import { edgeKey } from './keys';
import { AdjacencyBuilder, computeLayout, type GraphLayout, type LayoutInput, type LayoutLink, type LayoutOptions } from './layout';
import { compareStrings } from './model';
import { parseRecordHead } from './graph-text';
import { canonical, encodeRecord, forEachRecordEdge, isDocumentRecord, type GraphRecord } from './records';
import { EVIDENCE_KINDS, type EvidenceKind, type NodeAttributes } from './types';

/** What a document record gives the layout. */
export interface RecordLinks {
  kind: string;
  /** the symbols it is a text of (its TEXT_OF edges), in order */
  textOf: string[];
  /** the targets of its MENTIONS edges, each once */
  mentions: string[];
  /** its CITES, MANDATES and ADDRESSES edges, each once in the order met, with their evidence items */
  links: Array<[kind: EvidenceKind, source: string, target: string, items: number]>;
}

/** The links of a record (an ingested document's; any other record has none). */
export function recordLinks(record: GraphRecord): RecordLinks {
  const result: RecordLinks = { kind: record.attributes.kind, textOf: [], mentions: [], links: [] };
  if (!isDocumentRecord(record)) return result;
  result.textOf = [...(record.attributes.textOf ?? [])];
  const mentioned = new Set<string>();
  const at = new Map<string, number>();
  forEachRecordEdge(record, (kind, source, target) => {
    if (kind === 'MENTIONS') {
      mentioned.add(target);
      return;
    }
    const key = edgeKey(kind, source, target);
    const index = at.get(key);
    if (index === undefined) {
      at.set(key, result.links.length);
      result.links.push([kind, source, target, 1]);
    } else result.links[index]![3]++;
  });
  result.mentions = [...mentioned];
  return result;
}

/**
 * The records' nodes and links, gathered in any order, and the layout's input made from them:
 * nodes in key order, TEXT_OF, CITES, MANDATES and ADDRESSES edges (weights summed over the
 * documents), MENTIONS edges in the adjacency only; an edge whose end is no record is left out.
 * A key given as a document twice keeps the links of the smallest rank (the assembler keeps the
 * first file of a key). The documents are the part that grows with the corpus (a hundred copies
 * of the dev corpus hold 150,000 of them here while the files are processed), so they are not
 * held as objects, nor even as a map of their keys: each is appended to a log of bytes (its key
 * in UTF-8, its rank, its kind and its links as name numbers, each number in as few bytes as it
 * needs: LEB128, one byte below 128, two below 16,384) that goes to a file in `spillDirectory`
 * 1 MB at a time when one is given (`unkg ingest`: the main thread then holds no more for a
 * hundred copies than for four while the files are processed), and stays in memory otherwise.
 * The log is read back once, when the layout's input (or a shard's links) is asked for: the files are
 * processed by then. What stays in memory all along are the names (the entity graph's keys,
 * bounded by it, not by the documents).
 */
export class LayoutSkeleton {
  private readonly nodes = new Map<string, string>();
  /** the log's last chunk, `used` bytes of it filled */
  private chunk = new Uint8Array(LINK_CHUNK);
  private used = 0;
  /** the log's full chunks, when it is held in memory */
  private readonly chunks: Uint8Array[] = [];
  /** the log's file, once a chunk was written to it */
  private spill: { directory: string; fd: number } | null = null;
  /** the log read back: each key's entry (the smallest rank's), in the order keys first came */
  private read: { log: Uint8Array; entries: Map<string, { rank: number; at: number }> } | null = null;
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];

  constructor(private readonly spillDirectory?: string) {}

  private number(name: string): number {
    let number = this.numbers.get(name);
    if (number === undefined) {
      number = this.names.length;
      // kept for the whole run: a copy, as the name given may be a slice of a document's text
      // (a person's name, a cited symbol) that would keep the whole text alive
      const kept = detachedString(name);
      this.numbers.set(kept, number);
      this.names.push(kept);
    }
    return number;
  }

  addNode(key: string, kind: string): void {
    this.nodes.set(key, kind);
  }

  /**
   * Appends a document's entry to the log: key length and UTF-8 bytes, rank, kind, textOf count,
   * textOf…, mentions count, mentions…, link count, then (kind, source, target, items) per link.
   */
  addDocument(key: string, links: RecordLinks, rank = 0): void {
    if (this.read) throw new Error('a document added after the skeleton was read');
    const keyBytes = Buffer.from(key, 'utf8');
    // room for the longest encoding: 5 bytes a number below 2^32
    const size = keyBytes.length + (5 + links.textOf.length + links.mentions.length + links.links.length * 4) * VARINT_MAX;
    if (this.used + size > this.chunk.length) this.flush(size);
    const packed = this.chunk;
    let at = writeVarint(packed, this.used, keyBytes.length);
    packed.set(keyBytes, at);
    at = writeVarint(packed, at + keyBytes.length, rank);
    at = writeVarint(packed, at, this.number(links.kind));
    at = writeVarint(packed, at, links.textOf.length);
    for (const symbol of links.textOf) at = writeVarint(packed, at, this.number(symbol));
    at = writeVarint(packed, at, links.mentions.length);
    for (const target of links.mentions) at = writeVarint(packed, at, this.number(target));
    at = writeVarint(packed, at, links.links.length);
    for (const [kind, source, target, items] of links.links) {
      at = writeVarint(packed, at, EVIDENCE_KINDS.indexOf(kind));
      at = writeVarint(packed, at, this.number(source));
      at = writeVarint(packed, at, this.number(target));
      at = writeVarint(packed, at, items);
    }
    this.used = at;
  }

  /** Moves the filled part of the chunk to the file (or the chunks held), with room for `size` bytes after. */
  private flush(size: number): void {
    if (this.used > 0) {
      if (this.spillDirectory === undefined) {
        this.chunks.push(this.chunk.subarray(0, this.used));
        this.chunk = new Uint8Array(LINK_CHUNK);
      } else {
        if (!this.spill) {
          mkdirSync(this.spillDirectory, { recursive: true });
          const directory = mkdtempSync(join(this.spillDirectory, '.unkg-links-'));
          this.spill = { directory, fd: openSync(join(directory, 'links'), 'w') };
        }
        writeSync(this.spill.fd, this.chunk, 0, this.used);
      }
      this.used = 0;
    }
    if (size > this.chunk.length) this.chunk = new Uint8Array(Math.max(LINK_CHUNK, size));
  }

  /** The log, read back once: where each key's entry is (the first of its smallest rank). */
  private entries(): { log: Uint8Array; entries: Map<string, { rank: number; at: number }> } {
    if (this.read) return this.read;
    const parts: Uint8Array[] = [];
    if (this.spill) {
      parts.push(readFileSync(join(this.spill.directory, 'links')));
      this.dispose();
    }
    parts.push(...this.chunks, this.chunk.subarray(0, this.used));
    this.chunks.length = 0;
    const log = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    this.chunk = new Uint8Array(0);
    this.used = 0;
    const entries = new Map<string, { rank: number; at: number }>();
    const read = new VarintReader(log, 0);
    while (read.at < log.length) {
      const length = read.next();
      const key = Buffer.from(log.buffer, log.byteOffset + read.at, length).toString('utf8');
      read.at += length;
      const rank = read.next();
      const at = read.at;
      const known = entries.get(key);
      if (!known || rank < known.rank) entries.set(key, { rank, at });
      // past the entry: kind, textOf, mentions, links
      read.next();
      for (let lists = 0; lists < 2; lists++) for (let count = read.next(); count > 0; count--) read.next();
      for (let count = read.next() * 4; count > 0; count--) read.next();
    }
    return (this.read = { log, entries });
  }

  /** Removes the log's file (the skeleton reads it no more). */
  dispose(): void {
    if (!this.spill) return;
    closeSync(this.spill.fd);
    rmSync(this.spill.directory, { recursive: true, force: true });
    this.spill = null;
  }

  /** A document's links as they were given, from its entry at `at` (past its key and rank). */
  private unpack(log: Uint8Array, at: number): RecordLinks {
    const read = new VarintReader(log, at);
    const kind = this.names[read.next()]!;
    const list = (): string[] => {
      const names: string[] = [];
      for (let count = read.next(); count > 0; count--) names.push(this.names[read.next()]!);
      return names;
    };
    const textOf = list();
    const mentions = list();
    const links: RecordLinks['links'] = [];
    for (let count = read.next(); count > 0; count--) {
      const kind = EVIDENCE_KINDS[read.next()]!;
      const source = this.names[read.next()]!;
      const target = this.names[read.next()]!;
      links.push([kind, source, target, read.next()]);
    }
    return { kind, textOf, mentions, links };
  }

  /** The documents gathered: key, rank, links (for shard files). */
  *documentLinks(): Generator<[key: string, rank: number, links: RecordLinks]> {
    const { log, entries } = this.entries();
    for (const [key, { rank, at }] of entries) yield [key, rank, this.unpack(log, at)];
  }

  /** The layout's input. */
  input(): LayoutInput {
    const { log, entries: documents } = this.entries();
    const keys = [...this.nodes.keys()];
    for (const key of documents.keys()) if (!this.nodes.has(key)) keys.push(key);
    keys.sort(compareStrings);
    const number = new Map(keys.map((key, index) => [key, index]));
    // a name's node number, or -1 when it is no record
    const node = Int32Array.from(this.names, (name) => number.get(name) ?? -1);
    const kinds = keys.map((key) => {
      const entry = documents.get(key);
      return entry === undefined ? this.nodes.get(key)! : this.names[new VarintReader(log, entry.at).next()]!;
    });
    const textOf = new Map<number, number[]>();
    const adjacency = new AdjacencyBuilder(keys.length);
    // a link by its kind and ends as one number (exact below 2^53: 4 kinds × keys², up to ~40 million keys)
    const weighted = new Map<number, LayoutLink>();
    const order = keys.length;
    keys.forEach((key, from) => {
      const entry = documents.get(key);
      if (entry === undefined) return;
      const read = new VarintReader(log, entry.at);
      // its kind (read above)
      read.next();
      for (let count = read.next(); count > 0; count--) {
        const to = node[read.next()]!;
        if (to < 0) continue;
        adjacency.add(from, to);
        const list = textOf.get(from);
        if (list) list.push(to);
        else textOf.set(from, [to]);
      }
      for (let count = read.next(); count > 0; count--) {
        const to = node[read.next()]!;
        if (to >= 0 && to !== from) adjacency.add(from, to);
      }
      for (let count = read.next(); count > 0; count--) {
        const kindNumber = read.next();
        const source = node[read.next()]!;
        const target = node[read.next()]!;
        const items = read.next();
        if (source < 0 || target < 0) continue;
        const kind = EVIDENCE_KINDS[kindNumber]!;
        const id = (kindNumber * order + source) * order + target;
        const link = weighted.get(id);
        if (link) link.weight += items;
        else weighted.set(id, { key: edgeKey(kind, keys[source]!, keys[target]!), kind, source, target, weight: items });
      }
    });
    const links = [...weighted.values()];
    for (const link of links) if (link.source !== link.target) adjacency.add(link.source, link.target);
    return { keys, kinds, links, textOf, adjacency: adjacency.build() };
  }
}

/** The layout's input of a graph.json (its records read once). */
export function skeletonOfFile(file: GraphFile): LayoutInput {
  const skeleton = new LayoutSkeleton();
  for (const record of file.records()) {
    if (isDocumentRecord(record)) skeleton.addDocument(record.key, recordLinks(record));
    else skeleton.addNode(record.key, record.attributes.kind);
  }
  return skeleton.input();
}

/** A record's attributes with its place in the layout: `x`, `y`, and `community` (a stale one dropped). */
export function placedAttributes(key: string, attributes: NodeAttributes, layout: GraphLayout): NodeAttributes {
  const position = layout.positions.get(key);
  if (!position) throw new Error(`the layout has no position for ${key}`);
  const placed = { ...attributes, x: position.x, y: position.y } as NodeAttributes & { community?: number };
  const community = layout.communities.get(key);
  if (community === undefined) delete placed.community;
  else placed.community = community;
  return placed;
}

/**
 * A record's graph.json line with its place in the layout. The line is canonical
 * (records.ts encodeRecord): its attributes come first, so only they are encoded again and the
 * rest of the line (the paragraphs) is copied as it is; a line of another shape is parsed whole.
 */
export function placedLine(key: string, line: string, layout: GraphLayout): string {
  const end = line.indexOf(KEY_MEMBER);
  if (line.startsWith(ATTRIBUTES_MEMBER) && end > 0) {
    const head = placedHead(key, line.slice(ATTRIBUTES_MEMBER.length, end), layout);
    if (head !== null) return `${head}${line.slice(end)}`;
  }
  return placedWhole(key, line, layout);
}

/**
 * `placedLine` of a line held as UTF-8 bytes, in two parts: the placed attributes as text, and the rest of
 * the line (from its `,"key":` on: the paragraphs, most of its bytes) as the bytes given, not decoded.
 * A line of another shape is decoded and placed whole (an empty rest).
 */
export function placedLineParts(key: string, line: Uint8Array, layout: GraphLayout): [head: string, rest: Uint8Array] {
  const bytes = Buffer.from(line.buffer, line.byteOffset, line.byteLength);
  // the first `,"key":` of the bytes is the first of the text (its bytes are ASCII: no part of another character's)
  const end = bytes.indexOf(KEY_MEMBER);
  if (end > 0 && bytes.subarray(0, ATTRIBUTES_MEMBER.length).equals(ATTRIBUTES_BYTES)) {
    const head = placedHead(key, bytes.toString('utf8', ATTRIBUTES_MEMBER.length, end), layout);
    if (head !== null) return [head, bytes.subarray(end)];
  }
  return [placedWhole(key, bytes.toString('utf8'), layout), bytes.subarray(0, 0)];
}

const ATTRIBUTES_MEMBER = '{"attributes":';
const ATTRIBUTES_BYTES = Buffer.from(ATTRIBUTES_MEMBER);
const KEY_MEMBER = ',"key":';

/** `{"attributes":` and the placed attributes, when `attributes` is their canonical JSON; else null. */
function placedHead(key: string, attributes: string, layout: GraphLayout): string | null {
  let parsed: NodeAttributes | null = null;
  try {
    parsed = JSON.parse(attributes) as NodeAttributes;
  } catch {
    // a "key" member inside the attributes: parsed whole
  }
  if (parsed && JSON.stringify(canonical(parsed)) === attributes) {
    return `${ATTRIBUTES_MEMBER}${JSON.stringify(canonical(placedAttributes(key, parsed, layout)))}`;
  }
  return null;
}

function placedWhole(key: string, line: string, layout: GraphLayout): string {
  const record = JSON.parse(line) as GraphRecord;
  return encodeRecord({ ...record, attributes: placedAttributes(key, record.attributes, layout) });
}

/**
 * Lays out the graph in `path` and rewrites it with every record's `x`, `y` (and `community` for
 * the citation network; a stale one is dropped). Returns the layout and the bytes written.
 */
export function layoutGraphFile(path: string, options: LayoutOptions = {}): { layout: GraphLayout; bytes: number } {
  const file = GraphFile.open(path);
  const layout = computeLayout(skeletonOfFile(file), options);
  const writer = new GraphFileWriter(path, file.attributes);
  try {
    for (const line of file.lines()) writer.writeLine(placedLine(parseRecordHead(line.text, path, line.lineNumber).key, line.text, layout));
  } catch (error) {
    writer.abort();
    throw error;
  }
  writer.close();
  return { layout, bytes: writer.bytes };
}

/** Bytes of a chunk of the skeleton's links (1 MB). */
const LINK_CHUNK = 1 << 20;

/** Bytes of the longest varint (a number below 2^32). */
const VARINT_MAX = 5;

/**
 * Writes `value` (an integer, 0 ≤ value < 2^32) at `at` as an unsigned LEB128 varint: seven bits a
 * byte, low bits first, the high bit set on every byte but the last. Returns where the next goes.
 */
export function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  if (!(Number.isInteger(value) && value >= 0 && value < 2 ** 32)) throw new RangeError(`not a varint: ${value}`);
  let rest = value >>> 0;
  while (rest >= 0x80) {
    bytes[at++] = (rest & 0x7f) | 0x80;
    rest >>>= 7;
  }
  bytes[at++] = rest;
  return at;
}

/** Reads the varints writeVarint wrote, one after the other from `at`. */
export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
  ) {}

  next(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }
}

/** A copy of the string that shares no storage with the text it may have been cut from. */
function detachedString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
