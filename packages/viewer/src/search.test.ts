import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchNodes } from './search';
import { buildTestViewGraph } from './test-graph';
import { foldText } from './text';

describe('search', () => {
  const index = buildSearchIndex(buildTestViewGraph());

  it('folds accents, case and spacing', () => {
    expect(foldText('  Conseil de  SÉCURITÉ ')).toBe('conseil de securite');
  });

  it('finds a resolution by its number', () => {
    const hits = searchNodes(index, '2370');
    expect(hits[0]?.node).toBe('S/RES/2370 (2017)');
  });

  it('ranks a resolution before a body whose alias starts with its number', () => {
    const graph = buildTestViewGraph();
    graph.mergeNodeAttributes('body:ctc', { aliases: ['CTC', '1373 Committee'] });
    const hits = searchNodes(buildSearchIndex(graph), '1373');
    expect(hits[0]?.node).toBe('S/RES/1373 (2001)');
    expect(hits.map((hit) => hit.node)).toContain('body:ctc');
  });

  it('finds a resolution named with the word "resolution", in several languages', () => {
    for (const query of ['resolution 2370', 'Résolution 2370', 'resolucion 2370', 'res 2370 (2017)']) {
      expect(searchNodes(index, query)[0]?.node, query).toBe('S/RES/2370 (2017)');
    }
    // the document titled "Résolution 2370 (2017)" is still found, after the resolution
    expect(searchNodes(index, 'résolution 2370').map((hit) => hit.node)).toContain('doc:data/samples/seeds/003_806dc498987e8b5c.txt');
  });

  it('finds a body by a French alias without accents', () => {
    const hits = searchNodes(index, 'securite');
    expect(hits.map((hit) => hit.node)).toContain('body:unsc');
    expect(hits.find((hit) => hit.node === 'body:unsc')?.matched).toBe('Conseil de sécurité');
  });

  it('finds by acronym and ranks exact matches first', () => {
    expect(searchNodes(index, 'cted')[0]?.node).toBe('body:cted');
    expect(searchNodes(index, 'CTC')[0]?.node).toBe('body:ctc');
  });

  it('matches several words in any order', () => {
    expect(searchNodes(index, 'police criminelle')[0]?.node).toBe('body:interpol');
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(searchNodes(index, '   ')).toEqual([]);
    expect(searchNodes(index, 'zzzz')).toEqual([]);
  });
});
