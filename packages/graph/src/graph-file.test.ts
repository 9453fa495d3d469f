import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestGraph } from './export/test-graph';
import { fileLines, GraphFile, GraphFileWriter, readGraphFile, writeGraphFile } from './graph-file';
import { recordsFromGraph } from './records';
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
