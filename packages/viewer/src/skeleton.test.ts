import { describe, expect, it } from 'vitest';
import { exportGraph } from '@unkg/graph';
import { evidenceOfNode, expandSkeletonEdges, toViewSkeleton } from './skeleton';
import { buildTestGraph } from './test-graph';

describe('view skeleton', () => {
  const data = exportGraph(buildTestGraph());
  const { skeleton, evidence } = toViewSkeleton(data);

  it('keeps every node and edge, without evidence items', () => {
    expect(skeleton.nodes.length).toBe(data.nodes.length);
    const edges = expandSkeletonEdges(skeleton);
    expect(edges.map((edge) => [edge.key, edge.source, edge.target])).toEqual(data.edges.map((edge) => [edge.key, edge.source, edge.target]));
    expect(edges.some((edge) => 'evidence' in edge.attributes)).toBe(false);
    expect(skeleton.edgeKeys).toBeUndefined(); // contract keys are derived, not sent
    expect(JSON.stringify(skeleton)).not.toContain('Réaffirme');
  });

  it('summarises the evidence: count, languages, verbs by frequency', () => {
    const edge = expandSkeletonEdges(skeleton).find((item) => item.key === 'CITES:S/RES/2370 (2017)->S/RES/1373 (2001)');
    expect(edge?.attributes).toMatchObject({ kind: 'CITES', weight: 2, evidenceCount: 2, evidenceLangs: ['fr'], verbs: ['reaffirm', 'recall'] });
  });

  it('sends explicit keys and extra attributes when a graph has them', () => {
    const odd = exportGraph(buildTestGraph());
    odd.edges[0]!.key = 'custom-key';
    (odd.edges[1]!.attributes as unknown as Record<string, unknown>).note = 'kept';
    const edges = expandSkeletonEdges(toViewSkeleton(odd).skeleton);
    expect(edges[0]?.key).toBe('custom-key');
    expect(edges[1]?.attributes.note).toBe('kept');
  });

  it("serves a node's evidence by edge", () => {
    const items = evidenceOfNode(evidence, 'body:ctc');
    expect(Object.keys(items).sort()).toEqual(['MANDATES:S/RES/2370 (2017)->body:ctc', 'MANDATES:S/RES/2482 (2019)->body:ctc']);
    expect(items['MANDATES:S/RES/2370 (2017)->body:ctc']?.map((item) => item.paragraph)).toEqual(['16', '17']);
    expect(evidenceOfNode(evidence, 'nowhere')).toEqual({});
  });
});
