/**
 * A small graph that follows the contract, with quotes from the French text of resolution
 * 2370 (2017) (corpus seed 003) and press release CS/13893. Used by the viewer's unit tests,
 * and by its browser tests when the ingest pipeline is not available.
 */
import Graph from 'graphology';
import { addEdge, createGraph, mergeNode, type Evidence, type KnowledgeGraph, type NodeAttributes } from '@unkg/graph';
import type { ViewGraph } from './graph-types';
import { prepareGraph } from './prepare';

const DOC_2370 = 'doc:data/samples/seeds/003_806dc498987e8b5c.txt';
const DOC_PRESS = 'doc:data/samples/seeds/001_c19ed2f20ea50625.txt';

function resolution(number: string, year: number, organ = 'SC'): [string, NodeAttributes] {
  const symbol = organ === 'SC' ? `S/RES/${number} (${year})` : `A/RES/${number}`;
  return [symbol, { kind: 'Resolution', label: symbol, symbol, organ, number, year }];
}

function evidence(doc: string, section: Evidence['section'], paragraph: string | null, verb: string | null, quote: string, start: number): Evidence {
  return { doc, section, paragraph, verb, quote, start, end: start + quote.length };
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
  mergeNode(graph, DOC_2370, { kind: 'Document', label: 'Résolution 2370 (2017)', source: 'data/samples/seeds/003_806dc498987e8b5c.txt', lang: 'fr', docType: 'resolution', title: 'Résolution 2370 (2017)', date: '2017-08-02' });
  mergeNode(graph, DOC_PRESS, { kind: 'Document', label: 'CS/13893', source: 'data/samples/seeds/001_c19ed2f20ea50625.txt', lang: 'fr', docType: 'press-release', title: 'Le Conseil de sécurité adopte la résolution 2482 (2019)', date: '2019-07-19', symbol: 'CS/13893' });
  mergeNode(graph, 'body:ctc', { kind: 'Body', label: 'Counter-Terrorism Committee', aliases: ['CTC', 'Comité contre le terrorisme'] });
  mergeNode(graph, 'body:cted', { kind: 'Body', label: 'Counter-Terrorism Committee Executive Directorate', aliases: ['CTED', 'Direction exécutive du Comité contre le terrorisme'] });
  mergeNode(graph, 'body:unsc', { kind: 'Body', label: 'Security Council', aliases: ['Conseil de sécurité', 'UNSC'] });
  mergeNode(graph, 'body:interpol', { kind: 'Body', label: 'INTERPOL', aliases: ['International Criminal Police Organization', 'Organisation internationale de police criminelle'] });
  mergeNode(graph, 'threat:small-arms', { kind: 'Threat', label: 'Small arms and light weapons', aliases: ['armes légères et de petit calibre', 'SALW'] });

  const recalling = 'Rappelant ses résolutions 1267 (1999), 1373 (2001), 1844 (2008), 1963 (2010), 2129 (2013), 2195 (2014), 2220 (2015), 2253 (2015), 2322 (2016), 2341 (2017) et 2368 (2017),';
  addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1267 (1999)', evidence(DOC_2370, 'preamble', null, 'recall', recalling, 1200));
  addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidence(DOC_2370, 'preamble', null, 'recall', recalling, 1200));
  addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/1373 (2001)', evidence(DOC_2370, 'operative', '1', 'reaffirm', "1. Réaffirme sa décision, énoncée dans la résolution 1373 (2001), que tous les États doivent s'abstenir d'apporter quelque forme d'appui que ce soit, actif ou passif, aux entités ou personnes impliquées dans des actes de terrorisme", 5400));
  addEdge(graph, 'CITES', 'S/RES/2370 (2017)', 'S/RES/2341 (2017)', evidence(DOC_2370, 'preamble', null, 'recall', recalling, 1200));
  addEdge(graph, 'CITES', 'S/RES/1373 (2001)', 'S/RES/1267 (1999)', evidence(DOC_2370, 'preamble', null, 'recall', recalling, 1201));
  addEdge(graph, 'CITES', 'S/RES/2341 (2017)', 'S/RES/2178 (2014)', evidence(DOC_PRESS, 'body', null, 'recall', 'Rappelant sa résolution 2178 (2014),', 300));
  addEdge(graph, 'CITES', 'S/RES/2482 (2019)', 'S/RES/2370 (2017)', evidence(DOC_PRESS, 'body', null, 'recall', 'Rappelant ses résolutions 1373 (2001), 2370 (2017) et 2462 (2019),', 900));
  addEdge(graph, 'CITES', 'S/RES/2482 (2019)', 'A/RES/71/19', evidence(DOC_PRESS, 'body', null, 'note', "Prenant note de la résolution 71/19 de l'Assemblée générale sur la coopération entre l'ONU et INTERPOL,", 1100));
  addEdge(graph, 'MANDATES', 'S/RES/2370 (2017)', 'body:ctc', evidence(DOC_2370, 'operative', '16', 'request', '16. Demande au Comité contre le terrorisme, avec le soutien de sa Direction exécutive, de continuer, selon que de besoin et conformément à leurs mandats respectifs, d’examiner les mesures prises par les États Membres', 9000));
  addEdge(graph, 'MANDATES', 'S/RES/2370 (2017)', 'body:ctc', evidence(DOC_2370, 'operative', '17', 'encourage', '17. Encourage à cet égard le Comité contre le terrorisme, avec le soutien de sa Direction exécutive, et le Bureau de lutte contre le terrorisme à continuer de coopérer', 9400));
  addEdge(graph, 'MANDATES', 'S/RES/2370 (2017)', 'body:cted', evidence(DOC_2370, 'operative', '16', 'request', '16. Demande au Comité contre le terrorisme, avec le soutien de sa Direction exécutive, de continuer', 9000));
  addEdge(graph, 'MANDATES', 'S/RES/2482 (2019)', 'body:ctc', evidence(DOC_PRESS, 'body', '5', 'request', 'Prie le Comité contre le terrorisme de tenir une réunion spéciale <b>ouverte</b>', 2100));
  addEdge(graph, 'MANDATES', 'A/RES/71/19', 'body:interpol', evidence(DOC_PRESS, 'body', null, 'invite', "Invite l'Organisation internationale de police criminelle à renforcer sa coopération", 1300));
  addEdge(graph, 'ADDRESSES', 'S/RES/2370 (2017)', 'threat:small-arms', evidence(DOC_2370, 'operative', '3', 'urge', '3. Exhorte les États Membres à mettre fin au trafic d’armes légères et de petit calibre', 6000));
  addEdge(graph, 'TEXT_OF', DOC_2370, 'S/RES/2370 (2017)');
  addEdge(graph, 'MENTIONS', DOC_PRESS, 'S/RES/2482 (2019)', evidence(DOC_PRESS, 'body', null, null, 'Le Conseil de sécurité a adopté à l’unanimité la résolution 2482 (2019)', 10));
  addEdge(graph, 'MENTIONS', DOC_PRESS, 'body:unsc', evidence(DOC_PRESS, 'body', null, null, 'Le Conseil de sécurité a adopté à l’unanimité la résolution 2482 (2019)', 10));
  return graph;
}

/** The same graph as the viewer holds it (display attributes filled in). */
export function buildTestViewGraph(): ViewGraph {
  const graph: ViewGraph = new Graph({ type: 'directed' });
  graph.import(buildTestGraph().export() as never);
  return prepareGraph(graph);
}
