import { createGraph, mergeFragment, type GraphFragment } from '@unkg/graph';
import { describe, expect, it } from 'vitest';
import { evaluateSeeds, type Gold } from './seeds';

const gold: Gold = {
  catalog: {
    bodies: { UNODC: ['UNODC', 'ONUDC', 'Office des Nations Unies contre la drogue et le crime'], UN: ['Nations Unies'], SG: ['Secrétaire général'] },
    threats: { IED: ['engins explosifs improvisés', 'EEI'] },
    groups: { ISIL: ['Daech', 'EIIL'] },
  },
  documents: {
    'a.txt': {
      lang: 'fr',
      kind: 'resolution',
      resolutions: { required: ['S/RES/1 (2000)'], optional: [] },
      cites: {},
      mandates: { 'S/RES/1 (2000)': { required: ['UNODC', 'SG'], optional: [] } },
      bodies: { required: ['UNODC'], optional: ['UN'] },
      threats: { required: ['IED'], optional: [] },
      groups: { required: ['ISIL'], optional: [] },
      persons: { required: ['Jürgen Stock'], optional: [] },
      states: { required: ['EG'], optional: [] },
    },
  },
};

const evidence = { doc: 'doc:corpus/a.txt', section: 'operative' as const, paragraph: '1', verb: 'request', quote: 'q', start: 0, end: 1 };

function graphOf(fragment: GraphFragment) {
  const graph = createGraph();
  mergeFragment(graph, fragment);
  return graph;
}

describe('evaluateSeeds', () => {
  const fragment: GraphFragment = {
    nodes: [
      { key: 'doc:corpus/a.txt', attributes: { kind: 'Document', label: 'a', source: 'corpus/a.txt' } },
      { key: 'S/RES/1 (2000)', attributes: { kind: 'Resolution', label: 'S/RES/1 (2000)', symbol: 'S/RES/1 (2000)', organ: 'SC', number: '1', year: 2000 } },
      { key: 'body:UNODC', attributes: { kind: 'Body', label: 'United Nations Office on Drugs and Crime', aliases: ['ONUDC'] } },
      { key: 'body:UN', attributes: { kind: 'Body', label: 'United Nations', aliases: ['Nations Unies'] } },
      { key: 'body:X', attributes: { kind: 'Body', label: 'Some Office', aliases: [] } },
      { key: 'threat:IED', attributes: { kind: 'Threat', label: 'IEDs', aliases: ['Engins explosifs improvisés'] } },
      { key: 'person:jurgen-stock', attributes: { kind: 'Person', label: 'M. Jürgen Stock' } },
      { key: 'state:EG', attributes: { kind: 'State', label: 'Egypt', iso2: 'EG' } },
      { key: 'state:FR', attributes: { kind: 'State', label: 'France', iso2: 'FR' } },
    ],
    edges: [
      { kind: 'TEXT_OF', source: 'doc:corpus/a.txt', target: 'S/RES/1 (2000)' },
      ...['body:UNODC', 'body:UN', 'body:X', 'threat:IED', 'person:jurgen-stock', 'state:EG', 'state:FR'].map((target) => ({
        kind: 'MENTIONS' as const,
        source: 'doc:corpus/a.txt',
        target,
        evidence,
      })),
      { kind: 'MANDATES', source: 'S/RES/1 (2000)', target: 'body:UNODC', evidence },
    ],
  };
  const report = evaluateSeeds(graphOf(fragment), gold);

  it('matches catalog aliases folded; optional items are free; unknown bodies are false positives', () => {
    expect(report.scores.bodies).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(report.documents[0]!.extras.bodies).toEqual(['(not in catalog) Some Office']);
    expect(report.scores.threats).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
  it('counts misses as false negatives', () => {
    expect(report.scores.groups).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(report.scores.mandates).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(report.documents[0]!.misses.mandates).toEqual(['S/RES/1 (2000) → SG']);
  });
  it('matches persons by name inside a longer label, states by ISO code', () => {
    expect(report.scores.persons).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.scores.states).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5 });
  });
  it('takes the resolutions a document is a text of', () => {
    expect(report.scores.resolutions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
  it('reports a document missing from the graph', () => {
    const empty = evaluateSeeds(createGraph(), gold);
    expect(empty.documents[0]!.found).toBe(false);
    expect(empty.scores.bodies).toMatchObject({ tp: 0, fn: 1 });
  });
  it('scores only the categories a document annotates, per language too (the mandates gold has only mandates)', () => {
    const mandatesOnly: Gold = {
      catalog: gold.catalog,
      documents: {
        'a.txt': { lang: 'fr', mandates: { 'S/RES/1 (2000)': { required: ['UNODC', 'SG'], optional: [] } } },
        'b.txt': { lang: 'en', mandates: { 'S/RES/1 (2000)': { required: ['UNODC'], optional: [] } } },
      },
    };
    const scored = evaluateSeeds(graphOf(fragment), mandatesOnly);
    expect(scored.annotated).toEqual(['mandates']);
    expect(scored.scores.bodies).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(scored.byLanguage.fr!.mandates).toMatchObject({ tp: 1, fn: 1 });
    expect(scored.byLanguage.en!.mandates).toMatchObject({ tp: 0, fn: 1 });
    expect(scored.scores.mandates).toMatchObject({ tp: 1, fn: 2 });
  });
});
