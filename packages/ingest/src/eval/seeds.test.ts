import { addEdge, addParagraph, createGraph, evidenceIn, mergeNode, type KnowledgeGraph } from '@unkg/graph';
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

/** Document a.txt, a text of S/RES/1 (2000), naming what the gold expects (and some extras). */
function graphOf(): KnowledgeGraph {
  const graph = createGraph();
  const doc = 'doc:corpus/a.txt';
  mergeNode(graph, doc, { kind: 'Document', label: 'a', source: 'corpus/a.txt', lang: 'fr', docType: 'resolution', title: 'a', date: null, textOf: ['S/RES/1 (2000)'] });
  mergeNode(graph, 'S/RES/1 (2000)', { kind: 'Resolution', label: 'S/RES/1 (2000)', symbol: 'S/RES/1 (2000)', organ: 'SC', number: '1', year: 2000 });
  const nodes: Array<[string, Parameters<typeof mergeNode>[2]]> = [
    ['body:UNODC', { kind: 'Body', label: 'United Nations Office on Drugs and Crime', aliases: ['ONUDC'] }],
    ['body:UN', { kind: 'Body', label: 'United Nations', aliases: ['Nations Unies'] }],
    ['body:X', { kind: 'Body', label: 'Some Office', aliases: [] }],
    ['threat:IED', { kind: 'Threat', label: 'IEDs', aliases: ['Engins explosifs improvisés'] }],
    ['person:jurgen-stock', { kind: 'Person', label: 'M. Jürgen Stock' }],
    ['state:EG', { kind: 'State', label: 'Egypt', iso2: 'EG' }],
    ['state:FR', { kind: 'State', label: 'France', iso2: 'FR' }],
  ];
  for (const [key, attributes] of nodes) mergeNode(graph, key, attributes);
  addEdge(graph, 'TEXT_OF', doc, 'S/RES/1 (2000)');
  const para = addParagraph(graph, doc, { section: 'operative', paragraph: '1', text: '1. Prie l’ONUDC de faire rapport', textOf: 'S/RES/1 (2000)' });
  const evidence = evidenceIn(graph, para, { spanOf: 'ONUDC' }, 'request');
  for (const [key] of nodes) addEdge(graph, 'MENTIONS', doc, key, { ...evidence, verb: null });
  addEdge(graph, 'MANDATES', 'S/RES/1 (2000)', 'body:UNODC', evidence);
  return graph;
}

describe('evaluateSeeds', () => {
  const report = evaluateSeeds(graphOf(), gold);

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
    const scored = evaluateSeeds(graphOf(), mandatesOnly);
    expect(scored.annotated).toEqual(['mandates']);
    expect(scored.scores.bodies).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(scored.byLanguage.fr!.mandates).toMatchObject({ tp: 1, fn: 1 });
    expect(scored.byLanguage.en!.mandates).toMatchObject({ tp: 0, fn: 1 });
    expect(scored.scores.mandates).toMatchObject({ tp: 1, fn: 2 });
  });
});
