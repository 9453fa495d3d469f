/**
 * graph.json's line layout (contract 2): the graph attributes on the first line, `"nodes":[` on
 * the second, one record per line (a comma after every one but the last), `]}` on the last.
 * Pure string functions shared by the file reader and writer (graph-file.ts) and the browser,
 * which reads a file the user opens.
 */
import { canonical, encodeRecord, type GraphRecord } from './records';
import type { GraphAttributes, NodeAttributes } from './types';

export const NODES_LINE = '"nodes":[';
export const CLOSING_LINE = ']}';

/** The first line: the graph attributes. */
export function headerLine(attributes: GraphAttributes): string {
  return `{"attributes":${JSON.stringify(canonical(attributes))},`;
}

/** A whole graph.json text from records already in key order (small graphs: tests, the browser). */
export function graphText(attributes: GraphAttributes, records: Iterable<GraphRecord>): string {
  const lines: string[] = [];
  for (const record of records) lines.push(encodeRecord(record));
  return `${headerLine(attributes)}\n${NODES_LINE}\n${lines.length > 0 ? `${lines.join(',\n')}\n` : ''}${CLOSING_LINE}\n`;
}

/** A graph file that is not what this reader reads, with the file and the reason. */
export class GraphFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'GraphFileError';
  }
}

/** The graph attributes of a first line; a clear error for a version 1 file or another JSON. */
export function parseHeaderLine(line: string, file: string): GraphAttributes {
  if (line.startsWith('{"options":')) {
    throw new GraphFileError(file, 'was written by an older unkg (graph contract 1, without paragraphs); run unkg ingest again');
  }
  if (!line.startsWith('{"attributes":') || !line.endsWith(',')) {
    throw new GraphFileError(file, 'is not a graph.json of contract 2 (its first line must hold the graph attributes; written by unkg ingest, one record per line)');
  }
  let attributes: GraphAttributes;
  try {
    attributes = (JSON.parse(`${line.slice(0, -1)}}`) as { attributes: GraphAttributes }).attributes;
  } catch (error) {
    throw new GraphFileError(file, `line 1 is not valid JSON (${(error as Error).message})`);
  }
  if (attributes?.contract !== undefined && attributes.contract !== '2') {
    throw new GraphFileError(file, `follows graph contract ${JSON.stringify(attributes.contract)}; this unkg reads contract 2 (run unkg ingest again)`);
  }
  return attributes ?? {};
}

/** A record line (its trailing comma stripped) as a record; `lineNumber` from 1, for errors. */
export function parseRecordLine(line: string, file: string, lineNumber: number): GraphRecord {
  const json = line.endsWith(',') ? line.slice(0, -1) : line;
  try {
    return JSON.parse(json) as GraphRecord;
  } catch (error) {
    throw new GraphFileError(file, `line ${lineNumber} is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * The key and attributes of a record line without parsing its paragraphs: a canonical line
 * (records.ts encodeRecord) holds its attributes first, then its key; a line of any other shape
 * is parsed whole. (The attributes' slice is taken up to the first `,"key":"`, which cannot lie
 * inside a string; if it lies inside a nested object the slice does not parse, and the line is
 * parsed whole.)
 */
export function parseRecordHead(line: string, file: string, lineNumber: number): { key: string; attributes: NodeAttributes } {
  const json = line.endsWith(',') ? line.slice(0, -1) : line;
  const prefix = '{"attributes":{';
  const cut = json.indexOf(',"key":"');
  if (json.startsWith(prefix) && cut > 0) {
    const open = cut + 7;
    const close = stringEnd(json, open);
    if (close > 0 && (json[close + 1] === ',' || json[close + 1] === '}')) {
      try {
        return { attributes: JSON.parse(json.slice(prefix.length - 1, cut)) as NodeAttributes, key: JSON.parse(json.slice(open, close + 1)) as string };
      } catch {
        // not the record's own attributes and key: parsed whole below
      }
    }
  }
  const record = parseRecordLine(json, file, lineNumber);
  return { key: record.key, attributes: record.attributes };
}

/** The position of the quote closing the JSON string that opens at `open`, or -1. */
function stringEnd(text: string, open: number): number {
  for (let at = text.indexOf('"', open + 1); at >= 0; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

/**
 * Follows the layout line by line: `line()` takes each line in order and returns 'header',
 * 'open', 'record' or 'end'; anything out of place is an error naming the file and the line.
 */
export class GraphLayout {
  private state: 'header' | 'open' | 'records' | 'end' = 'header';
  attributes: GraphAttributes = {};
  lineNumber = 0;

  constructor(private readonly file: string) {}

  line(line: string): 'header' | 'open' | 'record' | 'end' | 'blank' {
    this.lineNumber++;
    switch (this.state) {
      case 'header':
        this.attributes = parseHeaderLine(line, this.file);
        this.state = 'open';
        return 'header';
      case 'open':
        if (line !== NODES_LINE) throw new GraphFileError(this.file, `line 2 must be ${NODES_LINE}`);
        this.state = 'records';
        return 'open';
      case 'records':
        if (line === CLOSING_LINE) {
          this.state = 'end';
          return 'end';
        }
        return 'record';
      case 'end':
        if (line.trim() === '') return 'blank';
        throw new GraphFileError(this.file, `line ${this.lineNumber}: nothing may follow the closing ${CLOSING_LINE}`);
    }
  }

  /** Throws unless the closing line was met (a truncated file). */
  finish(): void {
    if (this.state !== 'end') throw new GraphFileError(this.file, `ends early (line ${this.lineNumber}): the file is truncated or not a graph.json`);
  }
}

/** The attributes and records of a whole graph.json text. */
export function recordsOfText(text: string, file = 'graph.json'): { attributes: GraphAttributes; records: GraphRecord[] } {
  const layout = new GraphLayout(file);
  const records: GraphRecord[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    if (layout.line(line) === 'record') records.push(parseRecordLine(line, file, layout.lineNumber));
    from = to + 1;
  }
  layout.finish();
  return { attributes: layout.attributes, records };
}
