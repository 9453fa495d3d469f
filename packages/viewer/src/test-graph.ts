/**
 * A small graph that follows the contract, with quotes from the French text of resolution
 * 2370 (2017) (corpus seed 003) and press release CS/13893. Used by the viewer's unit tests,
 * and by its browser tests when the ingest pipeline is not available.
 */
import Graph from 'graphology';
import { addEdge, addParagraph, createGraph, evidenceIn, mergeNode, type KnowledgeGraph, type NodeAttributes } from '@unkg/graph';
import type { ViewGraph } from './graph-types';
import { prepareGraph } from './prepare';

const DOC_2370 = 'doc:data/samples/seeds/003_806dc498987e8b5c.txt';
const DOC_PRESS = 'doc:data/samples/seeds/001_c19ed2f20ea50625.txt';
const DOC_1373 = 'doc:corpus/S_RES_1373_2001.fr.txt';
const DOC_2341 = 'doc:corpus/S_RES_2341_2017.fr.txt';

function resolution(number: string, year: number, organ = 'SC'): [string, NodeAttributes] {
  const symbol = organ === 'SC' ? `S/RES/${number} (${year})` : `A/RES/${number}`;
  return [symbol, { kind: 'Resolution', label: symbol, symbol, organ, number, year }];
}


export function buildTestGraph(): KnowledgeGraph {
  const graph = createGraph({ name: 'viewer test graph' });
  const resolutions = [
    resolution('1267', 1999),
    resolution('1373', 2001),
    resolution('2178', 2014),
    resolution('2341', 2017),
    resolution('2370', 2017),
    resolution('2482', 2019),
    resolution('71/19', 2016, 'GA'),
  ];
  for (const [key, attributes] of resolutions) mergeNode(graph, key, attributes);
  mergeNode(graph, DOC_2370, { kind: 'Document', label: 'Résolution 2370 (2017)', source: 'data/samples/seeds/003_806dc498987e8b5c.txt', lang: 'fr', docType: 'resolution', title: 'Résolution 2370 (2017)', date: '2017-08-02', textOf: ['S/RES/2370 (2017)'] });
  mergeNode(graph, DOC_PRESS, { kind: 'Document', label: 'CS/13893', source: 'data/samples/seeds/001_c19ed2f20ea50625.txt', lang: 'fr', docType: 'press-release', title: 'Le Conseil de sécurité adopte la résolution 2482 (2019)', date: '2019-07-19', symbol: 'CS/13893', textOf: ['S/RES/2482 (2019)'] });
  mergeNode(graph, 'body:ctc', { kind: 'Body', label: 'Counter-Terrorism Committee', aliases: ['CTC', 'Comité contre le terrorisme'] });
  mergeNode(graph, 'body:cted', { kind: 'Body', label: 'Counter-Terrorism Committee Executive Directorate', aliases: ['CTED', 'Direction exécutive du Comité contre le terrorisme'] });
  mergeNode(graph, 'body:unsc', { kind: 'Body', label: 'Security Council', aliases: ['Conseil de sécurité', 'UNSC'] });
  mergeNode(graph, 'body:interpol', { kind: 'Body', label: 'INTERPOL', aliases: ['International Criminal Police Organization', 'Organisation internationale de police criminelle'] });
  mergeNode(graph, 'threat:small-arms', { kind: 'Threat', label: 'Small arms and light weapons', aliases: ['armes légères et de petit calibre', 'SALW'] });

  const recalling = 'Rappelant ses résolutions 1267 (1999), 1373 (2001), 1844 (2008), 1963 (2010), 2129 (2013), 2195 (2014), 2220 (2015), 2253 (2015), 2322 (2016), 2341 (2017) et 2368 (2017),';
  const text2370 = (section: 'preamble' | 'operative', paragraph: string | null, text: string) => addParagraph(graph, DOC_2370, { section, paragraph, text, textOf: 'S/RES/2370 (2017)' });
  const press = (section: 'body' | 'preamble' | 'operative', paragraph: string | null, text: string) =>
    addParagraph(graph, DOC_PRESS, { section, paragraph, text, ...(section === 'body' ? {} : { textOf: 'S/RES/2482 (2019)' }) });
  const recall2370 = text2370('preamble', null, recalling);
  const op1 = text2370('operative', '1', "1. Réaffirme sa décision, énoncée dans la résolution 1373 (2001), que tous les États doivent s'abstenir d'apporter quelque forme d'appui que ce soit, actif ou passif, aux entités ou personnes impliquées dans des actes de terrorisme");
  const op3 = text2370('operative', '3', '3. Exhorte les États Membres à mettre fin au trafic d’armes légères et de petit calibre');
  const op16 = text2370('operative', '16', '16. Demande au Comité contre le terrorisme, avec le soutien de sa Direction exécutive, de continuer, selon que de besoin et conformément à leurs mandats respectifs, d’examiner les mesures prises par les États Membres');
  const op17 = text2370('operative', '17', '17. Encourage à cet égard le Comité contre le terrorisme, avec le soutien de sa Direction exécutive, et le Bureau de lutte contre le terrorisme à continuer de coopérer');
  const adopted = press('body', null, 'Le Conseil de sécurité a adopté à l’unanimité la résolution 2482 (2019), qui rappelle ses travaux.');
  const recall2482 = press('preamble', null, 'Rappelant ses résolutions 1373 (2001), 2370 (2017) et 2462 (2019),');
  const note2482 = press('preamble', null, "Prenant note de la résolution 71/19 de l'Assemblée générale sur la coopération entre l'ONU et INTERPOL,");
  const op5 = press('operative', '5', '5. Prie le Comité contre le terrorisme de tenir une réunion spéciale <b>ouverte</b>');
  const invite = press('operative', '6', "6. Invite l'Organisation internationale de police criminelle à renforcer sa coopération");
  const cite = (from: string, to: string, para: string, span: string, verb: string) => addEdge(graph, 'CITES', from, to, evidenceIn(graph, para, { spanOf: span }, verb));
  cite('S/RES/2370 (2017)', 'S/RES/1267 (1999)', recall2370, '1267 (1999)', 'recall');
  cite('S/RES/2370 (2017)', 'S/RES/1373 (2001)', recall2370, '1373 (2001)', 'recall');
  cite('S/RES/2370 (2017)', 'S/RES/1373 (2001)', op1, '1373 (2001)', 'reaffirm');
  cite('S/RES/2370 (2017)', 'S/RES/2341 (2017)', recall2370, '2341 (2017)', 'recall');
  cite('S/RES/2482 (2019)', 'S/RES/2370 (2017)', recall2482, '2370 (2017)', 'recall');
  cite('S/RES/2482 (2019)', 'A/RES/71/19', note2482, '71/19', 'note');
  addEdge(graph, 'MANDATES', 'S/RES/2370 (2017)', 'body:ctc', evidenceIn(graph, op16, { spanOf: 'Comité contre le terrorisme' }, 'request'));
  addEdge(graph, 'MANDATES', 'S/RES/2370 (2017)', 'body:ctc', evidenceIn(graph, op17, { spanOf: 'Comité contre le terrorisme' }, 'encourage'));
  addEdge(graph, 'MANDATES', 'S/RES/2370 (2017)', 'body:cted', evidenceIn(graph, op16, { spanOf: 'Direction exécutive' }, 'request', { role: 'support' }));
  addEdge(graph, 'MANDATES', 'S/RES/2482 (2019)', 'body:ctc', evidenceIn(graph, op5, { spanOf: 'Comité contre le terrorisme' }, 'request'));
  addEdge(graph, 'MANDATES', 'S/RES/2482 (2019)', 'body:interpol', evidenceIn(graph, invite, { spanOf: 'Organisation internationale de police criminelle' }, 'invite'));
  addEdge(graph, 'ADDRESSES', 'S/RES/2370 (2017)', 'threat:small-arms', evidenceIn(graph, op3, { spanOf: 'armes légères et de petit calibre' }, 'urge'));
  // the French texts of 1373 and 2341, citing further back
  for (const [doc, symbol, text, cited] of [
    [DOC_1373, 'S/RES/1373 (2001)', 'Réaffirmant sa résolution 1267 (1999) du 15 octobre 1999,', 'S/RES/1267 (1999)'],
    [DOC_2341, 'S/RES/2341 (2017)', 'Rappelant sa résolution 2178 (2014),', 'S/RES/2178 (2014)'],
  ] as const) {
    mergeNode(graph, doc, { kind: 'Document', label: `${symbol} [fr]`, source: doc.slice(4), lang: 'fr', docType: 'resolution', title: symbol, date: null, symbol, textOf: [symbol] });
    addEdge(graph, 'TEXT_OF', doc, symbol);
    const para = addParagraph(graph, doc, { section: 'preamble', text, textOf: symbol });
    cite(symbol, cited, para, cited.slice(7), text.startsWith('Réaffirmant') ? 'reaffirm' : 'recall');
  }
  addEdge(graph, 'TEXT_OF', DOC_2370, 'S/RES/2370 (2017)');
  addEdge(graph, 'TEXT_OF', DOC_PRESS, 'S/RES/2482 (2019)');
  addEdge(graph, 'MENTIONS', DOC_PRESS, 'body:unsc', evidenceIn(graph, adopted, { spanOf: 'Conseil de sécurité' }));
  return graph;
}

/** The same graph as the viewer holds it: the entity graph, display attributes filled in. */
export function buildTestViewGraph(): ViewGraph {
  const graph: ViewGraph = new Graph({ type: 'directed' });
  const source = buildTestGraph();
  source.forEachNode((key, attributes) => {
    if (attributes.kind !== 'Paragraph') graph.addNode(key, { ...attributes } as never);
  });
  source.forEachEdge((key, attributes, from, to) => {
    if (attributes.kind !== 'HAS_PARAGRAPH') graph.addDirectedEdgeWithKey(key, from, to, { ...attributes });
  });
  return prepareGraph(graph);
}
