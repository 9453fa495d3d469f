/**
 * graphology reads back the GEXF and GraphML files we write (graphology-gexf and
 * graphology-graphml parsers) with the same nodes, edges and (flattened) attributes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '@unkg/graph';
import { flatEdges, flatNodes, writeExport } from '@unkg/graph/export/index';
import { readGexf, readGraphml } from '@unkg/graph/export/read';
import { entityGraph, sampleGraph } from './support';

const PARSERS = { gexf: readGexf, graphml: readGraphml };

describe.each(['gexf', 'graphml'] as const)('graphology reads back the %s export', (format) => {
  let dir: string;
  let graph: KnowledgeGraph;
  let text: string;
  let parsed: ReturnType<typeof readGexf>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `unkg-roundtrip-${format}-`));
    ({ graph } = await sampleGraph());
    graph = entityGraph(graph);
    text = readFileSync(writeExport(graph, format, join(dir, `graph.${format}`)).path, 'utf8');
    parsed = PARSERS[format](text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('as a directed graph with the same node and edge keys and endpoints', () => {
    expect(parsed.type).toBe('directed');
    expect(parsed.nodes().sort()).toEqual(graph.nodes().sort());
    expect(parsed.edges().sort()).toEqual(graph.edges().sort());
    graph.forEachEdge((edge, _attributes, source, target) => {
      expect([parsed.source(edge), parsed.target(edge)]).toEqual([source, target]);
    });
  });

  it('with every attribute, typed, and display data in the places viewers read', () => {
    for (const node of flatNodes(graph)) {
      const expected = { label: node.label, color: node.color, size: node.size, ...node.attributes };
      if (node.x !== undefined) Object.assign(expected, { x: node.x, y: node.y });
      expect(parsed.getNodeAttributes(node.key)).toEqual(expected);
    }
    for (const edge of flatEdges(graph)) {
      expect(parsed.getEdgeAttributes(edge.key)).toEqual({ label: edge.label, weight: edge.weight, ...edge.attributes });
    }
  });

  it('with the contract kind and weight of every element', () => {
    graph.forEachNode((node, attributes) => expect(parsed.getNodeAttribute(node, 'kind')).toBe(attributes.kind));
    graph.forEachEdge((edge, attributes) => {
      expect(parsed.getEdgeAttribute(edge, 'kind')).toBe(attributes.kind);
      expect(parsed.getEdgeAttribute(edge, 'weight')).toBe(attributes.weight);
      expect(parsed.getEdgeAttribute(edge, 'evidenceCount')).toBe(attributes.evidence?.length ?? 0);
    });
  });

  it('byte for byte the same when written again', () => {
    expect(readFileSync(writeExport(graph, format, join(dir, `again.${format}`)).path, 'utf8')).toBe(text);
  });
});
