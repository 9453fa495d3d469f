/**
 * Reading and writing graph.json as streams (contract 2, one record per line): no reader or
 * writer holds the file as one string, so the graph's size is bounded by the disk, not by V8's
 * string limit, and memory by the largest record (one ingested document).
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { dirname } from 'node:path';
import type { KnowledgeGraph } from './model';
import { CLOSING_LINE, GraphFileError, GraphLayout, headerLine, NODES_LINE, parseRecordHead, parseRecordLine } from './graph-text';
import { encodeRecord, graphFromRecords, type GraphFromRecordsOptions, type GraphRecord } from './records';
import type { GraphAttributes, NodeAttributes } from './types';
import { GraphValidator } from './validate';

export { GraphFileError } from './graph-text';

const CHUNK = 1 << 22;

/** One line of a file: its text (without the line break) and where its bytes are. */
export interface FileLine {
  text: string;
  /** byte offset of the line's first byte */
  offset: number;
  /** the line's length in bytes (without the line break) */
  bytes: number;
}

/** Every line of a file, read in chunks (4 MB by default; a line may be longer than a chunk). */
export function* fileLines(file: string, chunkSize = CHUNK): Generator<FileLine> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new GraphFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    const chunk = Buffer.allocUnsafe(chunkSize);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let position = 0;
    let lineStart = 0;
    for (;;) {
      const read = readSync(fd, chunk, 0, chunkSize, position);
      if (read === 0) break;
      let from = 0;
      for (let newline = chunk.indexOf(10, 0); newline >= 0 && newline < read; newline = chunk.indexOf(10, from)) {
        let text: string;
        if (pendingBytes > 0) {
          pending.push(chunk.subarray(from, newline));
          text = Buffer.concat(pending).toString('utf8');
          pending = [];
          pendingBytes = 0;
        } else text = chunk.toString('utf8', from, newline);
        const end = position + newline;
        yield { text, offset: lineStart, bytes: end - lineStart };
        lineStart = end + 1;
        from = newline + 1;
      }
      if (from < read) {
        // copied: the chunk buffer is reused by the next read
        pending.push(Buffer.from(chunk.subarray(from, read)));
        pendingBytes += read - from;
      }
      position += read;
    }
    if (pendingBytes > 0) yield { text: Buffer.concat(pending).toString('utf8'), offset: lineStart, bytes: position - lineStart };
  } finally {
    closeSync(fd);
  }
}

/** A record line of graph.json: the line (trailing comma stripped) and where it is in the file. */
export interface RecordLine extends FileLine {
  lineNumber: number;
}

/**
 * A graph.json opened for reading. Each pass (`lines()`, `records()`) reads the file again from
 * the start, as a stream; `recordAt` reads one record by its place (the viewer's evidence).
 */
export class GraphFile {
  readonly attributes: GraphAttributes;

  private constructor(
    readonly path: string,
    attributes: GraphAttributes,
  ) {
    this.attributes = attributes;
  }

  /** Opens the file and reads its first line (a clear error for a missing file or version 1). */
  static open(path: string): GraphFile {
    const layout = new GraphLayout(path);
    for (const line of fileLines(path)) {
      layout.line(line.text);
      break;
    }
    if (layout.lineNumber === 0) throw new GraphFileError(path, 'is empty');
    return new GraphFile(path, layout.attributes);
  }

  /** The record lines, in order (a truncated or malformed layout throws, naming the line). */
  *lines(): Generator<RecordLine> {
    const layout = new GraphLayout(this.path);
    for (const line of fileLines(this.path)) {
      if (layout.line(line.text) !== 'record') continue;
      const comma = line.text.endsWith(',');
      const text = comma ? line.text.slice(0, -1) : line.text;
      yield { text, offset: line.offset, bytes: comma ? line.bytes - 1 : line.bytes, lineNumber: layout.lineNumber };
    }
    layout.finish();
  }

  *records(): Generator<GraphRecord> {
    for (const line of this.lines()) yield parseRecordLine(line.text, this.path, line.lineNumber);
  }

  /** The records' keys and attributes, their paragraphs left unparsed (graph-text.ts parseRecordHead). */
  *heads(): Generator<{ key: string; attributes: NodeAttributes }> {
    for (const line of this.lines()) yield parseRecordHead(line.text, this.path, line.lineNumber);
  }

  /** The record whose line starts at byte `offset` and is `bytes` long (from `lines()`). */
  recordAt(offset: number, bytes: number): GraphRecord {
    const fd = openSync(this.path, 'r');
    try {
      const buffer = Buffer.allocUnsafe(bytes);
      let read = 0;
      while (read < bytes) {
        const count = readSync(fd, buffer, read, bytes - read, offset + read);
        if (count === 0) throw new GraphFileError(this.path, `changed while being read (record at byte ${offset})`);
        read += count;
      }
      return parseRecordLine(buffer.toString('utf8'), this.path, 0);
    } finally {
      closeSync(fd);
    }
  }

  /** Reads the whole file once and returns the contract problems found (none: []). */
  validate(limit = 1000): string[] {
    const validator = new GraphValidator(limit);
    validator.attributes(this.attributes as Record<string, unknown>);
    for (const record of this.records()) validator.record(record);
    return validator.finish();
  }
}

/** Streams records in key order: `records()` yields them, checking the contract as they pass. */
export function* validatedRecords(file: GraphFile): Generator<GraphRecord> {
  const validator = new GraphValidator(5);
  validator.attributes(file.attributes as Record<string, unknown>);
  for (const record of file.records()) {
    validator.record(record);
    if (validator.problems.length > 0) throw contractError(file.path, validator.finish());
    yield record;
  }
  const problems = validator.finish();
  if (problems.length > 0) throw contractError(file.path, problems);
}

/**
 * A record source for readers that pass over the file several times: the first pass checks the
 * contract (validatedRecords), later passes read the same file without checking it again.
 */
export function recordSource(file: GraphFile): () => Iterable<GraphRecord> {
  let checked = false;
  return () => {
    if (checked) return file.records();
    checked = true;
    return validatedRecords(file);
  };
}

function contractError(file: string, problems: string[]): GraphFileError {
  return new GraphFileError(file, `does not follow the graph contract: ${problems.slice(0, 5).join('; ')}`);
}

/**
 * Reads a graph.json into memory as the contract's model (derived edges and evidence; Paragraph
 * nodes only with `paragraphs: true`, quotes as asked). The file is streamed and checked.
 */
export function readGraphFile(path: string, options: GraphFromRecordsOptions = {}): KnowledgeGraph {
  const file = GraphFile.open(path);
  return graphFromRecords(file.attributes, validatedRecords(file), { paragraphs: false, ...options });
}

/**
 * Writes graph.json as a stream: the header, then record lines in key order, then the closing
 * line, into a temporary file renamed over `path` by `close()` (readers never see half a file).
 */
export class GraphFileWriter {
  private readonly temporary: string;
  private fd: number | null;
  /** UTF-8 not yet written: each piece encoded into it as it comes, no joined copy of a megabyte of lines */
  private readonly buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  private used = 0;
  private records = 0;
  /** bytes written so far */
  bytes = 0;

  constructor(
    readonly path: string,
    attributes: GraphAttributes,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.temporary = `${path}.${process.pid}.tmp`;
    this.fd = openSync(this.temporary, 'w');
    this.push(`${headerLine(attributes)}\n${NODES_LINE}\n`);
  }

  /**
   * Appends a record given as its canonical line (encodeRecord), in key order: as text or its UTF-8 bytes
   * (written as they are), and the rest of the line when it comes in two parts (layout-file.ts placedLineParts).
   */
  writeLine(line: string | Uint8Array, rest?: Uint8Array): void {
    if (this.records > 0) this.push(',\n');
    if (typeof line === 'string') this.push(line);
    else this.pushBytes(line);
    if (rest) this.pushBytes(rest);
    this.records++;
  }

  writeRecord(record: GraphRecord): void {
    this.writeLine(encodeRecord(record));
  }

  /** Writes the closing line and renames the file into place. */
  close(): void {
    this.push(`${this.records > 0 ? '\n' : ''}${CLOSING_LINE}\n`);
    this.flush();
    closeSync(this.fd!);
    this.fd = null;
    try {
      renameSync(this.temporary, this.path);
    } catch (error) {
      rmSync(this.temporary, { force: true });
      throw new Error(`cannot write ${this.path}: ${(error as Error).message}`, { cause: error });
    }
  }

  /** Gives up: removes the temporary file, leaving any previous graph in place. */
  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.temporary, { force: true });
  }

  /** Encodes `text` into the buffer (at most 3 bytes a UTF-16 unit: it always fits whole), written first if it might not fit. */
  private push(text: string): void {
    if (text.length * 3 > WRITE_BUFFER_BYTES - this.used) {
      this.flush();
      // longer than the whole buffer: written as it is
      if (text.length * 3 > WRITE_BUFFER_BYTES) {
        this.write(text);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** Copies UTF-8 bytes into the buffer, written first if they do not fit (and written as they are if longer than it). */
  private pushBytes(bytes: Uint8Array): void {
    if (bytes.length > WRITE_BUFFER_BYTES - this.used) {
      this.flush();
      if (bytes.length > WRITE_BUFFER_BYTES) {
        this.write(bytes);
        return;
      }
    }
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  private flush(): void {
    if (this.used === 0) return;
    const used = this.used;
    this.used = 0;
    this.write(this.buffer.subarray(0, used));
  }

  private write(data: string | Uint8Array): void {
    try {
      this.bytes += typeof data === 'string' ? writeSync(this.fd!, data) : writeAll(this.fd!, data);
    } catch (error) {
      this.abort();
      throw new Error(`cannot write ${this.path}: ${(error as Error).message}`, { cause: error });
    }
  }
}

/** Bytes of UTF-8 a GraphFileWriter gathers before writing them. */
const WRITE_BUFFER_BYTES = 1 << 21;

/** Writes all of `data` (writeSync may write less than asked); returns its length. */
function writeAll(fd: number, data: Uint8Array): number {
  for (let written = 0; written < data.length; ) written += writeSync(fd, data, written, data.length - written);
  return data.length;
}

/** Writes records (in key order) as graph.json. */
export function writeGraphFile(path: string, attributes: GraphAttributes, records: Iterable<GraphRecord>): void {
  const writer = new GraphFileWriter(path, attributes);
  try {
    for (const record of records) writer.writeRecord(record);
  } catch (error) {
    writer.abort();
    throw error;
  }
  writer.close();
}

/** The size of a file in bytes (for reports). */
export function fileBytes(path: string): number {
  const fd = openSync(path, 'r');
  try {
    return fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}
