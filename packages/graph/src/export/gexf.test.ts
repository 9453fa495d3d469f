import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { bodyKey, stateKey } from '../keys';
import { layoutGraph } from '../layout';
import { escapeGexf, exportGexf } from './gexf';
import { flatEdges, flatNodes, KIND_COLORS } from './flatten';
import { buildTestGraph, reversedCopy } from './test-graph';

describe('exportGexf', () => {
  const graph = buildTestGraph();
  const xml = exportGexf(graph);
  const parsed = parse(Graph, xml);

  it('writes GEXF 1.3 with the 1.3 viz namespace', () => {
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toContain('<attribute id="year" title="year" type="integer"/>');
    expect(xml).toContain('<attribute id="evidenceCount" title="evidenceCount" type="integer"/>');
  });

  it('keeps kind as a declared attribute, never as the GEXF edge kind', () => {
    expect(xml).not.toMatch(/<edge [^>]*\bkind=/);
    expect(xml).toMatch(/<attributes class="edge">\s*<attribute id="kind" title="kind" type="string"\/>/);
    parsed.forEachEdge((edge, attributes) => expect(attributes.kind).toBe(graph.getEdgeAttribute(edge, 'kind')));
    parsed.forEachNode((node, attributes) => expect(attributes.kind).toBe(graph.getNodeAttribute(node, 'kind')));
  });

  it('reads back with the same nodes, edges and flattened attributes', () => {
    // the entity graph: Paragraph nodes and HAS_PARAGRAPH edges stay out
    expect(parsed.order).toBe(graph.filterNodes((_key, attributes) => attributes.kind !== 'Paragraph').length);
    expect(parsed.size).toBe(graph.filterEdges((_key, attributes) => attributes.kind !== 'HAS_PARAGRAPH').length);
    expect(parsed.order).toBe(flatNodes(graph).length);
    for (const node of flatNodes(graph)) {
      expect(parsed.getNodeAttributes(node.key)).toEqual({ label: node.label, color: node.color, size: node.size, ...node.attributes });
    }
    for (const edge of flatEdges(graph)) {
      expect(parsed.source(edge.key)).toBe(edge.source);
      expect(parsed.target(edge.key)).toBe(edge.target);
      expect(parsed.getEdgeAttributes(edge.key)).toEqual({ label: edge.label, weight: edge.weight, ...edge.attributes });
    }
  });

  it('flattens evidence into readable columns and colours nodes by kind', () => {
    const mandate = parsed.getEdgeAttributes(`MANDATES:S/RES/2370 (2017)->${bodyKey('ctc')}`);
    expect(mandate).toMatchObject({ weight: 2, evidenceCount: 2, paragraphs: '5 | 10', verbs: 'direct | request', sections: 'operative' });
    expect(mandate.firstQuote).toContain('« suivre »');
    expect(parsed.getNodeAttribute(bodyKey('ctc'), 'aliases')).toBe(
      'CTC | Comité contre le terrorisme | Committee established pursuant to resolution 1373 (2001), "CTC"',
    );
    expect(parsed.getNodeAttribute(stateKey('FR'), 'color')).toBe(KIND_COLORS.State);
    expect(parsed.getNodeAttribute('S/RES/1373 (2001)', 'year')).toBeUndefined();
  });

  it('writes every colour as hex and as r, g, b (networkx reads only the channels)', () => {
    const colours = [...xml.matchAll(/<viz:color [^>]*\/>/g)].map((match) => match[0]);
    // every node but the Paragraph nodes, which GEXF leaves out
    expect(colours.length).toBe(graph.filterNodes((_node, attributes) => attributes.kind !== 'Paragraph').length);
    const resolution = xml.slice(xml.indexOf('<node id="S/RES/2370 (2017)"'));
    const [, hex, r, g, b] = /<viz:color hex="#(\w{6})" r="(\d+)" g="(\d+)" b="(\d+)"\/>/.exec(resolution)!;
    expect(`#${hex}`).toBe(KIND_COLORS.Resolution);
    expect([r, g, b].map(Number)).toEqual([1, 3, 5].map((offset) => parseInt(KIND_COLORS.Resolution!.slice(offset, offset + 2), 16)));
    for (const colour of colours) expect(colour).toMatch(/^<viz:color hex="#\w{6}" r="\d{1,3}" g="\d{1,3}" b="\d{1,3}"\/>$/);
  });

  it('writes positions only when the graph has a layout', () => {
    expect(xml).not.toContain('viz:position');
    const laidOut = buildTestGraph();
    laidOut.forEachNode((node, _attributes) => {
      laidOut.mergeNodeAttributes(node, { x: node.length * 1.5, y: -node.length } as never);
    });
    const positioned = parse(Graph, exportGexf(laidOut));
    expect(positioned.getNodeAttributes(stateKey('FR'))).toMatchObject({ x: stateKey('FR').length * 1.5, y: -stateKey('FR').length });
  });

  it('is deterministic whatever the insertion order', () => {
    expect(exportGexf(reversedCopy(graph))).toBe(xml);
  });

  it('escapes markup, keeps line breaks and tabs through attribute normalisation, and leaves empty strings out', () => {
    expect(escapeGexf(`a & <b> "c" 'd'\r\n\t`)).toBe(`a &amp; &lt;b> &quot;c&quot; 'd'&#xD;&#xA;&#x9;`);
    const edited = buildTestGraph();
    const key = `MANDATES:S/RES/2370 (2017)->${bodyKey('ctc')}`;
    const items = edited.getEdgeAttribute(key, 'evidence')!;
    items[0] = { ...items[0]!, quote: 'ligne 1\nligne 2\r\n\t« 3 » & <4> "5"' };
    edited.mergeNodeAttributes(stateKey('FR'), { iso2: '' } as never);
    const reread = parse(Graph, exportGexf(edited));
    expect(reread.getEdgeAttribute(key, 'firstQuote')).toBe('ligne 1\nligne 2\r\n\t« 3 » & <4> "5"');
    expect(reread.getNodeAttributes(stateKey('FR'))).not.toHaveProperty('iso2');
  });

  it('writes the same file without indentation when pretty is false', () => {
    const compact = exportGexf(graph, { pretty: false });
    expect(compact).not.toContain('\n');
    expect(compact.length).toBeLessThan(xml.length);
    const reread = parse(Graph, compact);
    expect(reread.order).toBe(parsed.order);
    parsed.forEachEdge((edge, attributes) => expect(reread.getEdgeAttributes(edge)).toEqual(attributes));
  });
});

describe('exports streamed from graph.json', () => {
  it('are the exports of the same graph in memory, byte for byte', async () => {
    const { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { serializeGraph } = await import('../serialize');
    const { writeExport, writeExportFromFile } = await import('./index');
    const work = mkdtempSync(join(tmpdir(), 'unkg-export-file-'));
    try {
      // laid out, as unkg ingest writes it (a graph.json without a layout is laid out by the export)
      const graph = buildTestGraph();
      layoutGraph(graph);
      const graphFile = join(work, 'graph.json');
      writeFileSync(graphFile, serializeGraph(graph));
      for (const format of ['gexf', 'graphml', 'cypher', 'csv'] as const) {
        const fromMemory = writeExport(graph, format, join(work, 'memory', format));
        const fromFile = writeExportFromFile(graphFile, format, join(work, 'file', format));
        const read = (path: string) => (format === 'csv' ? readdirSync(path).sort().map((name) => readFileSync(join(path, name), 'utf8')).join('\n--\n') : readFileSync(path, 'utf8'));
        expect(read(fromFile.path), format).toBe(read(fromMemory.path));
      }
      // a document whose key is a prefix of the next one's, followed by a character before '-':
      // the next document's MENTIONS edges sort first ('…txt,copy->' < '…txt->'), so the
      // streamed writer gathers them in memory, and the files are still the same
      const lines = readFileSync(graphFile, 'utf8').split('\n');
      const at = lines.findIndex((line) => line.includes('"kind":"Document"') && line.includes('"MENTIONS"'));
      const original = /"key":"([^"]+)"/.exec(lines[at]!.slice(lines[at]!.lastIndexOf('"key":')))![1]!;
      const copy = lines[at]!.replace(`"key":"${original}"`, `"key":"${original},copy"`);
      lines.splice(at + 1, 0, copy.endsWith(',') ? copy : `${copy},`);
      if (!lines[at]!.endsWith(',')) lines[at] += ',';
      const prefixed = join(work, 'prefixed.json');
      writeFileSync(prefixed, lines.join('\n'));
      const { readGraphFile } = await import('../graph-file');
      const inMemory = readGraphFile(prefixed, { paragraphs: true });
      expect(inMemory.hasNode(`${original},copy`)).toBe(true);
      for (const format of ['gexf', 'graphml'] as const) {
        const fromMemory = writeExport(inMemory, format, join(work, 'prefixed-memory', format));
        const fromFile = writeExportFromFile(prefixed, format, join(work, 'prefixed-file', format));
        expect(readFileSync(fromFile.path, 'utf8'), format).toBe(readFileSync(fromMemory.path, 'utf8'));
        expect(readFileSync(fromFile.path, 'utf8')).toContain(`MENTIONS:${original},copy-`);
      }
      const { GraphFile } = await import('../graph-file');
      const { EntityPass } = await import('./index');
      expect(new EntityPass(GraphFile.open(graphFile)).mentionsInOrder).toBe(true);
      expect(new EntityPass(GraphFile.open(prefixed)).mentionsInOrder).toBe(false);
      // a graph.json without a layout is laid out (in memory) and written placed
      const unplaced = join(work, 'unplaced.json');
      writeFileSync(unplaced, serializeGraph(buildTestGraph()));
      for (const format of ['gexf', 'graphml'] as const) {
        const written = writeExportFromFile(unplaced, format, join(work, 'unplaced', format));
        expect(readFileSync(written.path, 'utf8'), format).toContain(format === 'gexf' ? '<viz:position x=' : 'attr.name="x"');
        expect(written.nodes).toBe(flatNodes(graph).length);
        expect(written.edges).toBe(flatEdges(graph).length);
      }
    } finally {
      if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
    }
  });
});
