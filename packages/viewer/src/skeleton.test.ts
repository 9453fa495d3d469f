import { describe, expect, it } from 'vitest';
import { exportGraph } from '@unkg/graph';
import { evidenceOfNode, toViewSkeleton } from './skeleton';
import { buildTestGraph } from './test-graph';

describe('view skeleton', () => {
  const data = exportGraph(buildTestGraph());
  const { skeleton, evidence } = toViewSkeleton(data);

  it('keeps every node and edge, without evidence items', () => {
    expect(skeleton.nodes.length).toBe(data.nodes.length);
    expect(skeleton.edges.length).toBe(data.edges.length);
    expect(skeleton.edges.some((edge) => 'evidence' in edge.attributes)).toBe(false);
    expect(JSON.stringify(skeleton)).not.toContain('Réaffirme');
  });

  it('summarises the evidence: count, languages, verbs by frequency', () => {
    const edge = skeleton.edges.find((item) => item.key === 'CITES:S/RES/2370 (2017)->S/RES/1373 (2001)');
    expect(edge?.attributes).toMatchObject({ kind: 'CITES', weight: 2, evidenceCount: 2, evidenceLangs: ['fr'], verbs: ['reaffirm', 'recall'] });
  });

  it("serves a node's evidence by edge", () => {
    const items = evidenceOfNode(evidence, 'body:ctc');
    expect(Object.keys(items).sort()).toEqual(['MANDATES:S/RES/2370 (2017)->body:ctc', 'MANDATES:S/RES/2482 (2019)->body:ctc']);
    expect(items['MANDATES:S/RES/2370 (2017)->body:ctc']?.map((item) => item.paragraph)).toEqual(['16', '17']);
    expect(evidenceOfNode(evidence, 'nowhere')).toEqual({});
  });
});
