import { Buffer } from 'node:buffer';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestGraph } from './export/test-graph';
import { fileLines, GraphFile, GraphFileWriter, readGraphFile, writeGraphFile } from './graph-file';
import { parseRecordHead } from './graph-text';
import { encodeRecord, recordsFromGraph } from './records';
import { serializeGraph } from './serialize';

const work = mkdtempSync(join(tmpdir(), 'unkg-graph-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('graph.json as a stream', () => {
  const graph = buildTestGraph();
  const records = recordsFromGraph(graph);

  it('is written as serializeGraph writes it, and read back record by record', () => {
    const path = join(work, 'graph.json');
    writeGraphFile(path, graph.getAttributes(), records);
    expect(readFileSync(path, 'utf8')).toBe(serializeGraph(graph));
    const file = GraphFile.open(path);
    expect(file.attributes).toEqual({ contract: '2', name: 'unkg test graph' });
    expect([...file.records()]).toEqual(JSON.parse(JSON.stringify(records)));
    expect(file.validate()).toEqual([]);
    expect(serializeGraph(readGraphFile(path, { paragraphs: true }))).toBe(serializeGraph(graph));
  });

  it('writes a line given as UTF-8 bytes, whole or in two parts, as the same line given as text', () => {
    const path = join(work, 'bytes.json');
    const writer = new GraphFileWriter(path, graph.getAttributes());
    records.forEach((record, index) => {
      const bytes = Buffer.from(encodeRecord(record), 'utf8');
      if (index % 2 === 0) writer.writeLine(bytes);
      else writer.writeLine(bytes.toString('utf8', 0, 9), bytes.subarray(9));
    });
    writer.close();
    expect(readFileSync(path, 'utf8')).toBe(serializeGraph(graph));
  });

  it('reads a record again from its place, and lines longer than the read chunk', () => {
    const path = join(work, 'places.json');
    writeGraphFile(path, graph.getAttributes(), records);
    const file = GraphFile.open(path);
    for (const line of file.lines()) expect(file.recordAt(line.offset, line.bytes)).toEqual(JSON.parse(line.text));
    // 7-byte chunks: every line spans several reads, and multi-byte characters are cut across them
    const whole = readFileSync(path, 'utf8').split('\n');
    expect([...fileLines(path, 7)].map((line) => line.text)).toEqual(whole.slice(0, -1));
  });

  it('leaves the previous file in place when writing fails, and names bad files', () => {
    const path = join(work, 'kept.json');
    writeFileSync(path, 'previous');
    const writer = new GraphFileWriter(path, {});
    writer.writeLine('{"attributes":{"kind":"State","label":"France","iso2":"FR"},"key":"state:FR"}');
    writer.abort();
    expect(readFileSync(path, 'utf8')).toBe('previous');
    expect(() => readGraphFile(join(work, 'missing.json'))).toThrow(/missing\.json: cannot be read \(ENOENT\)/);
    writeFileSync(join(work, 'truncated.json'), serializeGraph(graph).split('\n').slice(0, 5).join('\n'));
    expect(() => readGraphFile(join(work, 'truncated.json'))).toThrow(/truncated\.json: ends early/);
    writeFileSync(join(work, 'v1.json'), '{"options":{"type":"directed","multi":false,"allowSelfLoops":false},\n"attributes":{"contract":"1"},\n"nodes":[],\n"edges":[]}\n');
    expect(() => readGraphFile(join(work, 'v1.json'))).toThrow(/v1\.json: was written by an older unkg \(graph contract 1/);
  });
});

describe('parseRecordHead', () => {
  it('reads the key and attributes of a line without its paragraphs, as a whole parse would', () => {
    const path = join(work, 'heads.json');
    writeGraphFile(path, buildTestGraph().getAttributes(), recordsFromGraph(buildTestGraph()));
    const file = GraphFile.open(path);
    expect([...file.heads()]).toEqual([...file.records()].map(({ key, attributes }) => ({ key, attributes })));
  });

  it('parses a line of another shape whole: a "key" member inside the attributes, the key first, escapes', () => {
    const lines: Array<Record<string, unknown>> = [
      { attributes: { kind: 'State', nested: { a: 1, key: 'inner' } }, key: 'state:FR' },
      { attributes: { kind: 'State', label: 'x,"key":"y' }, key: 'a"b\\', paragraphs: [] },
      { attributes: { kind: 'State', label: 'ends with a backslash \\' }, key: '\\\\"' },
    ];
    for (const record of lines) {
      for (const text of [JSON.stringify(record), `${JSON.stringify(record)},`, JSON.stringify({ key: record.key, attributes: record.attributes })]) {
        expect(parseRecordHead(text, 'f', 1)).toEqual({ key: record.key, attributes: record.attributes });
      }
    }
    expect(() => parseRecordHead('{"attributes":{"kind":"State"},"key":"x"', 'graph.json', 7)).toThrow(/graph.json.*line 7/);
  });
});
