import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { bodyKey } from '../keys';
import { flatEdges, flatNodes } from './flatten';
import { escapeXml, exportGraphml } from './graphml';
import { buildTestGraph, reversedCopy } from './test-graph';

describe('exportGraphml', () => {
  const graph = buildTestGraph();
  const xml = exportGraphml(graph);
  const parsed = parse(Graph, xml);

  it('declares typed keys, with the names Gephi maps to its own properties', () => {
    expect(xml).toContain('<key id="n0" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('attr.name="size" attr.type="double"');
    expect(xml).toContain('attr.name="r" attr.type="int"');
    expect(xml).toMatch(/for="node" attr.name="year" attr.type="int"/);
    expect(xml).toMatch(/for="node" attr.name="meeting" attr.type="int"/);
    expect(xml).toMatch(/for="edge" attr.name="weight" attr.type="double"/);
    expect(xml).toMatch(/for="edge" attr.name="evidenceCount" attr.type="int"/);
    expect(xml).toMatch(/for="edge" attr.name="kind" attr.type="string"/);
    expect(xml).toContain('<graph id="G" edgedefault="directed">');
  });

  it('reads back through graphology-graphml with the same nodes, edges and attributes', () => {
    expect(parsed.type).toBe('directed');
    // the entity graph: Paragraph nodes and HAS_PARAGRAPH edges stay out
    expect(parsed.order).toBe(graph.filterNodes((_key, attributes) => attributes.kind !== 'Paragraph').length);
    expect(parsed.size).toBe(graph.filterEdges((_key, attributes) => attributes.kind !== 'HAS_PARAGRAPH').length);
    expect(parsed.order).toBe(flatNodes(graph).length);
    for (const node of flatNodes(graph)) {
      expect(parsed.getNodeAttributes(node.key)).toEqual({ label: node.label, color: node.color, size: node.size, ...node.attributes });
    }
    for (const edge of flatEdges(graph)) {
      expect([parsed.source(edge.key), parsed.target(edge.key)]).toEqual([edge.source, edge.target]);
      expect(parsed.getEdgeAttributes(edge.key)).toEqual({ label: edge.label, weight: edge.weight, ...edge.attributes });
    }
    expect(parsed.getEdgeAttribute(`MANDATES:S/RES/2370 (2017)->${bodyKey('ctc')}`, 'firstQuote')).toContain("l'appui de la DECT");
  });

  it('escapes markup and keeps line breaks', () => {
    expect(escapeXml(`a & <b> "c" 'd'\n`)).toBe('a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;&#xA;');
    expect(parsed.getEdgeAttribute(`MANDATES:S/RES/2370 (2017)->${bodyKey('ctc')}`, 'documents')).toBe(
      'doc:data/samples/003_resolution_2370_fr.txt',
    );
    const edited = buildTestGraph();
    const key = `MANDATES:S/RES/2370 (2017)->${bodyKey('ctc')}`;
    const items = edited.getEdgeAttribute(key, 'evidence')!;
    items[0] = { ...items[0]!, quote: 'ligne 1\nligne 2\r\n\t« 3 » & <4>' };
    expect(parse(Graph, exportGraphml(edited)).getEdgeAttribute(key, 'firstQuote')).toBe('ligne 1\nligne 2\r\n\t« 3 » & <4>');
    expect(xml).toContain('&lt;terrorisme &amp; criminalité&gt;');
  });

  it('writes x and y only when every node has a position', () => {
    expect(xml).not.toContain('attr.name="x"');
    const laidOut = buildTestGraph();
    laidOut.forEachNode((node) => laidOut.mergeNodeAttributes(node, { x: 1.25, y: -3 } as never));
    const positioned = parse(Graph, exportGraphml(laidOut));
    positioned.forEachNode((_node, attributes) => expect([attributes.x, attributes.y]).toEqual([1.25, -3]));
  });

  it('is deterministic whatever the insertion order', () => {
    expect(exportGraphml(reversedCopy(graph))).toBe(xml);
    expect(xml.endsWith('</graphml>\n')).toBe(true);
  });
});
