import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordsFromGraph, serializeGraph } from '@unkg/graph';
import { GraphFile } from '@unkg/graph/graph-file';
import { GraphEvidence } from './graph-evidence';
import { expandSkeletonEdges, SkeletonBuilder, toViewSkeleton } from './skeleton';
import { buildTestGraph } from './test-graph';

describe('view skeleton', () => {
  const graph = buildTestGraph();
  const records = recordsFromGraph(graph);
  const { skeleton } = toViewSkeleton(graph.getAttributes() as Record<string, unknown>, records);

  it('keeps every node and edge but the lexical layer, without evidence items', () => {
    const entityNodes = graph.filterNodes((_key, attributes) => attributes.kind !== 'Paragraph').sort();
    expect(skeleton.nodes.map((node) => node.key)).toEqual(entityNodes);
    const edges = expandSkeletonEdges(skeleton);
    const entityEdges = graph.filterEdges((_key, attributes) => attributes.kind !== 'HAS_PARAGRAPH').sort();
    expect(edges.map((edge) => edge.key)).toEqual(entityEdges);
    for (const edge of edges) expect([edge.source, edge.target]).toEqual([graph.source(edge.key), graph.target(edge.key)]);
    expect(edges.some((edge) => 'evidence' in edge.attributes)).toBe(false);
    expect(JSON.stringify(skeleton)).not.toContain('Réaffirme');
  });

  it('summarises the evidence: count, languages, verbs by frequency', () => {
    const edge = expandSkeletonEdges(skeleton).find((item) => item.key === 'CITES:S/RES/2370 (2017)->S/RES/1373 (2001)');
    expect(edge?.attributes).toMatchObject({ kind: 'CITES', weight: 2, evidenceCount: 2, evidenceLangs: ['fr'], verbs: ['reaffirm', 'recall'] });
    expect(new SkeletonBuilder().finish({}).skeleton.edges).toEqual([]);
  });
});

describe('evidence read from graph.json on demand', () => {
  const work = mkdtempSync(join(tmpdir(), 'unkg-evidence-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const graph = buildTestGraph();
  const path = join(work, 'graph.json');
  writeFileSync(path, serializeGraph(graph));
  const file = GraphFile.open(path);
  const builder = new SkeletonBuilder();
  const places = new Map<string, { offset: number; bytes: number }>();
  for (const line of file.lines()) {
    const record = JSON.parse(line.text);
    builder.add(record);
    if (record.paragraphs) places.set(record.key, { offset: line.offset, bytes: line.bytes });
  }
  const evidence = new GraphEvidence(file, places, builder.finish(file.attributes as Record<string, unknown>).evidence);

  it("serves a node's evidence by edge, with quotes, languages and versions", () => {
    const items = evidence.evidenceOfNode('body:ctc');
    expect(Object.keys(items).sort()).toEqual(['MANDATES:S/RES/2370 (2017)->body:ctc', 'MANDATES:S/RES/2482 (2019)->body:ctc']);
    const ctc = items['MANDATES:S/RES/2370 (2017)->body:ctc']!;
    expect(ctc.map((item) => [item.paragraph, item.verb, item.version, item.lang])).toEqual([
      ['16', 'request', 'S/RES/2370 (2017) OP16', 'fr'],
      ['17', 'encourage', 'S/RES/2370 (2017) OP17', 'fr'],
    ]);
    expect(ctc[0]!.quote).toContain('16. Demande au Comité contre le terrorisme');
    expect(evidence.evidenceOfNode('nowhere')).toEqual({});
    expect(evidence.evidenceOfNode('body:ctc', { itemsPerEdge: 1, edges: 1 })).toEqual({ 'MANDATES:S/RES/2370 (2017)->body:ctc': [ctc[0]] });
  });

  it('serves a paragraph with its language versions', () => {
    const [item] = evidence.evidenceOfNode('body:cted')['MANDATES:S/RES/2370 (2017)->body:cted']!;
    const paragraph = evidence.paragraph(item!.para)!;
    expect(paragraph).toMatchObject({ doc: 'doc:data/samples/seeds/003_806dc498987e8b5c.txt', lang: 'fr', paragraph: '16', version: 'S/RES/2370 (2017) OP16', versions: [] });
    expect(paragraph.text.slice(item!.start, item!.end)).toBe('Direction exécutive');
    expect(evidence.paragraph('doc:nowhere#1')).toBeUndefined();
  });
});
