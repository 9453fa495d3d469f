import { Buffer } from 'node:buffer';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestGraph } from './export/test-graph';
import { GraphFile, readGraphFile } from './graph-file';
import { computeLayout, layoutInputOf, type LayoutInput } from './layout';
import { LayoutSkeleton, layoutGraphFile, placedAttributes, placedLine, placedLineParts, skeletonOfFile, VarintReader, writeVarint, type RecordLinks } from './layout-file';
import { encodeRecord } from './records';
import { serializeGraph } from './serialize';

describe('layoutGraphFile', () => {
  const work = mkdtempSync(join(tmpdir(), 'unkg-layout-file-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const graph = buildTestGraph();
  const plain = join(work, 'plain.json');
  writeFileSync(plain, serializeGraph(graph));

  it('places every record, and gives the citation network its communities, without changing anything else', () => {
    const file = join(work, 'a.json');
    copyFileSync(plain, file);
    const { layout, bytes } = layoutGraphFile(file);
    expect(bytes).toBe(readFileSync(file).length);
    const before = readGraphFile(plain);
    const after = readGraphFile(file);
    expect(after.order).toBe(before.order);
    expect(after.size).toBe(before.size);
    after.forEachNode((node, attributes) => {
      const { x, y, community, ...rest } = attributes as typeof attributes & { x: number; y: number; community?: number };
      expect(Number.isFinite(x) && Number.isFinite(y), node).toBe(true);
      // JSON has no negative zero
      const position = layout.positions.get(node)!;
      expect({ x, y }).toEqual({ x: position.x + 0, y: position.y + 0 });
      expect(community).toBe(layout.communities.get(node));
      expect(rest).toEqual(before.getNodeAttributes(node));
    });
    expect(layout.communities.size).toBeGreaterThan(0);
    after.forEachEdge((edge, attributes) => expect(attributes).toEqual(before.getEdgeAttributes(edge)));
  });

  it('lays out the skeleton: nodes and edges without paragraphs, the same layout as the entity graph in memory', () => {
    const skeleton = skeletonOfFile(GraphFile.open(plain));
    const entities = layoutInputOf(readGraphFile(plain, { paragraphs: false }));
    expect(skeleton.keys).toEqual(entities.keys);
    expect(skeleton.kinds).toEqual(entities.kinds);
    const byKey = (links: LayoutInput['links']) => [...links].sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(byKey(skeleton.links)).toEqual(byKey(entities.links));
    expect(skeleton.textOf).toEqual(entities.textOf);
    const neighbours = (input: LayoutInput) =>
      input.keys.map((_key, index) => [...new Set(input.adjacency.targets.subarray(input.adjacency.offsets[index], input.adjacency.offsets[index + 1]))].sort((a, b) => a - b));
    expect(neighbours(skeleton)).toEqual(neighbours(entities));
    expect(computeLayout(skeleton)).toEqual(computeLayout(readGraphFile(plain)));
  });

  it('writes a position into a record line, copying the rest of the line as it is', () => {
    const layout = computeLayout(skeletonOfFile(GraphFile.open(plain)));
    for (const record of GraphFile.open(plain).records()) {
      const line = encodeRecord(record);
      const placed = placedLine(record.key, line, layout);
      expect(placed).toBe(encodeRecord({ ...record, attributes: placedAttributes(record.key, record.attributes, layout) }));
      // a line whose attributes are not first is parsed whole, with the same result
      const { key, ...rest } = record;
      const reordered = JSON.stringify({ key, ...rest });
      expect(placedLine(record.key, reordered, layout)).toBe(placed);
      // as UTF-8 bytes (a record held by the assembler): the placed attributes as text, the rest of the line's bytes as they are
      const bytes = Buffer.from(line, 'utf8');
      const [head, tail] = placedLineParts(record.key, bytes, layout);
      expect(head + Buffer.from(tail).toString('utf8')).toBe(placed);
      expect(tail.buffer).toBe(bytes.buffer);
      const [whole, none] = placedLineParts(record.key, Buffer.from(reordered, 'utf8'), layout);
      expect([whole, none.length]).toEqual([placed, 0]);
    }
    expect(() => placedLine('nowhere', '{"attributes":{"kind":"State"},"key":"nowhere"}', layout)).toThrow(/no position for nowhere/);
  });

  it('is deterministic, and laying out a laid-out file again changes no byte', () => {
    const [a, b] = ['b.json', 'c.json'].map((name) => join(work, name));
    copyFileSync(plain, a!);
    copyFileSync(plain, b!);
    layoutGraphFile(a!);
    layoutGraphFile(b!);
    const once = readFileSync(a!, 'utf8');
    expect(readFileSync(b!, 'utf8')).toBe(once);
    layoutGraphFile(a!);
    expect(readFileSync(a!, 'utf8')).toBe(once);
  });
});

describe('LayoutSkeleton', () => {
  it('gives back the links of each document as they were given, the smallest rank of a key kept', () => {
    const skeleton = new LayoutSkeleton();
    const first: RecordLinks = { kind: 'Document', textOf: ['S/RES/1 (2000)'], mentions: ['state:FR', 'state:DE'], links: [['CITES', 'S/RES/1 (2000)', 'S/RES/9 (2000)', 3], ['ADDRESSES', 'S/RES/1 (2000)', 'body:CTC', 1]] };
    const second: RecordLinks = { kind: 'Document', textOf: [], mentions: ['state:FR'], links: [] };
    skeleton.addDocument('doc:a', second, 5);
    skeleton.addDocument('doc:a', first, 2);
    skeleton.addDocument('doc:a', second, 3);
    skeleton.addDocument('doc:b', second, 1);
    expect([...skeleton.documentLinks()]).toEqual([['doc:a', 2, first], ['doc:b', 1, second]]);
  });

  it('keeps name numbers and evidence counts of any size (numbers past one and two bytes, a count past 2^28)', () => {
    const skeleton = new LayoutSkeleton();
    // 20,000 distinct names: their numbers take one, two and three bytes
    const mentions = Array.from({ length: 20000 }, (_, index) => `person:${index}`);
    const big: RecordLinks = { kind: 'Document', textOf: ['S/RES/2370 (2017)'], mentions, links: [['MANDATES', 'S/RES/2370 (2017)', 'person:19999', 2 ** 28 + 5], ['CITES', 'S/RES/2370 (2017)', 'person:127', 128]] };
    const after: RecordLinks = { kind: 'Statement', textOf: [], mentions: ['person:16384', 'person:0'], links: [['ADDRESSES', 'person:16383', 'person:128', 16384]] };
    skeleton.addDocument('doc:big', big, 1);
    skeleton.addDocument('doc:after', after, 2);
    expect([...skeleton.documentLinks()]).toEqual([['doc:big', 1, big], ['doc:after', 2, after]]);
    skeleton.addNode('S/RES/2370 (2017)', 'Resolution');
    for (const name of mentions) skeleton.addNode(name, 'Person');
    const input = skeleton.input();
    // doc:after's links come first (documents in key order)
    expect(input.links.map((link) => [link.key, link.weight])).toEqual([
      ['ADDRESSES:person:16383->person:128', 16384],
      ['MANDATES:S/RES/2370 (2017)->person:19999', 2 ** 28 + 5],
      ['CITES:S/RES/2370 (2017)->person:127', 128],
    ]);
  });
});

describe('LayoutSkeleton spilled to a file', () => {
  it('gives the same links and the same input as one held in memory, and removes its file once read', () => {
    const directory = mkdtempSync(join(tmpdir(), 'unkg-skeleton-'));
    try {
      const held = new LayoutSkeleton();
      const spilled = new LayoutSkeleton(directory);
      // enough documents for several 1 MB chunks, a key given twice (the smaller rank kept), non-ASCII keys
      for (let index = 0; index < 30000; index++) {
        const links: RecordLinks = { kind: index % 3 ? 'Document' : 'Statement', textOf: [`S/RES/${index % 50} (2000)`], mentions: [...Array.from({ length: 40 }, (_, at) => `state:${(index + at) % 60}`), 'person:Ñandú'], links: [['CITES', `S/RES/${index % 50} (2000)`, `S/RES/${(index + 1) % 50} (2000)`, index % 5 + 1]] };
        for (const skeleton of [held, spilled]) skeleton.addDocument(`doc:é/${index % 29000}`, links, index);
      }
      expect(readdirSync(directory).length).toBe(1);
      for (const skeleton of [held, spilled]) for (let index = 0; index < 50; index++) skeleton.addNode(`S/RES/${index} (2000)`, 'Resolution');
      expect(spilled.input()).toEqual(held.input());
      expect([...spilled.documentLinks()]).toEqual([...held.documentLinks()]);
      expect(readdirSync(directory)).toEqual([]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('varints', () => {
  it('read back what was written, in one to five bytes, and refuse what is no 32-bit count', () => {
    const values = [0, 1, 127, 128, 16383, 16384, 2 ** 21 - 1, 2 ** 21, 2 ** 28, 2 ** 32 - 1];
    const bytes = new Uint8Array(64);
    const ends: number[] = [];
    let at = 0;
    for (const value of values) ends.push((at = writeVarint(bytes, at, value)));
    expect(ends).toEqual([1, 2, 3, 5, 7, 10, 13, 17, 22, 27]);
    const read = new VarintReader(bytes, 0);
    expect(values.map(() => read.next())).toEqual(values);
    expect(read.at).toBe(27);
    expect(() => writeVarint(bytes, 0, -1)).toThrow(RangeError);
    expect(() => writeVarint(bytes, 0, 2 ** 32)).toThrow(RangeError);
    expect(() => writeVarint(bytes, 0, 1.5)).toThrow(RangeError);
  });
});
