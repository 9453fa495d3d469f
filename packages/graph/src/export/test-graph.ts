/**
 * A small contract-conforming graph drawn from the seed documents (resolution 2370 (2017) and
 * its French text, CS/13893 on resolution 2482 (2019)), with the awkward strings exports must
 * survive: quotes of both kinds, ampersands and angle brackets, commas and pipes inside names,
 * a newline in a quote, no-break spaces, non-Latin script and a character outside the BMP.
 * Used by the exporters' unit tests and, until the sample corpus exists, the reader tests.
 */
import { bodyKey, documentKey, groupKey, stateKey, threatKey } from '../keys';
import { addEdge, createGraph, mergeNode, type KnowledgeGraph } from '../model';
import type { Evidence } from '../types';

const RES_2370 = 'S/RES/2370 (2017)';
const RES_2482 = 'S/RES/2482 (2019)';
const RES_1373 = 'S/RES/1373 (2001)';
const FR_TEXT = documentKey('data/samples/003_resolution_2370_fr.txt');
const PRESS = documentKey('data/samples/001_CS-13893.txt');

function evidence(doc: string, start: number, quote: string, extra: Partial<Evidence> = {}): Evidence {
  return { doc, section: 'operative', paragraph: null, verb: null, quote, start, end: start + quote.length, ...extra };
}

export function buildTestGraph(): KnowledgeGraph {
  const graph = createGraph({ name: 'unkg test graph' });
  mergeNode(graph, RES_2370, { kind: 'Resolution', label: RES_2370, symbol: RES_2370, organ: 'SC', number: '2370', year: 2017, meeting: 8017 });
  mergeNode(graph, RES_2482, { kind: 'Resolution', label: RES_2482, symbol: RES_2482, organ: 'SC', number: '2482', year: 2019 });
  mergeNode(graph, RES_1373, { kind: 'Resolution', label: RES_1373, symbol: RES_1373, organ: 'SC', number: '1373', year: null });
  mergeNode(graph, 'S/PRST/2018/9', { kind: 'Statement', label: 'S/PRST/2018/9', symbol: 'S/PRST/2018/9' });
  mergeNode(graph, FR_TEXT, {
    kind: 'Document',
    label: 'Résolution 2370 (2017)',
    source: 'data/samples/003_resolution_2370_fr.txt',
    lang: 'fr',
    docType: 'resolution',
    title: 'Résolution 2370 (2017) adoptée par le Conseil de sécurité à sa 8017e séance',
    date: '2017-08-02',
  });
  mergeNode(graph, PRESS, {
    kind: 'Document',
    label: 'CS/13893',
    source: 'data/samples/001_CS-13893.txt',
    lang: 'fr',
    docType: 'press-release',
    title: 'Le Conseil de sécurité demande aux États de « lutter contre les liens » <terrorisme & criminalité>',
    date: null,
    symbol: 'CS/13893',
  });
  mergeNode(graph, bodyKey('ctc'), {
    kind: 'Body',
    label: 'Counter-Terrorism Committee',
    aliases: ['CTC', 'Comité contre le terrorisme', 'Committee established pursuant to resolution 1373 (2001), "CTC"'],
  });
  mergeNode(graph, bodyKey('unodc'), { kind: 'Body', label: 'UNODC', aliases: ['ONUDC', 'United Nations Office on Drugs and Crime', 'Управление ООН по наркотикам и преступности'] });
  mergeNode(graph, bodyKey('interpol'), { kind: 'Body', label: 'INTERPOL', aliases: ['ICPO | INTERPOL', "Organisation internationale de police criminelle"] });
  mergeNode(graph, threatKey('ied'), { kind: 'Threat', label: 'improvised explosive devices', aliases: ['IED', 'IEDs', 'engins explosifs improvisés'] });
  mergeNode(graph, groupKey('isil'), { kind: 'Group', label: "ISIL (Da'esh)", aliases: ['Daech', "Da'esh", 'EIIL', 'Islamic State in Iraq and the Levant'] });
  mergeNode(graph, stateKey('FR'), { kind: 'State', label: 'France', iso2: 'FR' });
  mergeNode(graph, 'person:antonio-guterres', { kind: 'Person', label: 'António Guterres 🇵🇹' });

  addEdge(graph, 'TEXT_OF', FR_TEXT, RES_2370);
  addEdge(graph, 'CITES', RES_2370, RES_1373, evidence(FR_TEXT, 120, 'Réaffirmant sa résolution 1373 (2001),', { section: 'preamble', verb: 'reaffirm' }));
  addEdge(graph, 'CITES', RES_2370, 'S/PRST/2018/9', evidence(FR_TEXT, 300, 'Rappelant la déclaration S/PRST/2018/9', { section: 'preamble', verb: 'recall' }));
  addEdge(graph, 'CITES', RES_2482, RES_2370, evidence(PRESS, 2400, 'Rappelant sa résolution 2370 (2017) | [1373 \\(2001\\)](#)', { section: 'preamble', verb: 'recall' }));
  addEdge(graph, 'MANDATES', RES_2370, bodyKey('ctc'), evidence(FR_TEXT, 1500, 'Prie le Comité contre le terrorisme, avec l\'appui de la DECT, de « suivre »', { paragraph: '5', verb: 'request' }));
  addEdge(graph, 'MANDATES', RES_2370, bodyKey('ctc'), evidence(FR_TEXT, 2210, 'Charge le Comité\nde faire rapport', { paragraph: '10', verb: 'direct' }));
  addEdge(graph, 'MANDATES', RES_2370, bodyKey('unodc'), evidence(FR_TEXT, 1800, 'Encourage l’ONUDC et INTERPOL à renforcer leur assistance technique', { paragraph: '7 (a)', verb: 'encourage' }));
  addEdge(graph, 'MANDATES', RES_2370, bodyKey('interpol'), evidence(FR_TEXT, 1800, 'Encourage l’ONUDC et INTERPOL à renforcer leur assistance technique', { paragraph: '7 (a)', verb: 'encourage' }));
  addEdge(graph, 'ADDRESSES', RES_2370, threatKey('ied'), evidence(FR_TEXT, 900, 'les engins explosifs improvisés (EEI) & leurs composants <"armes">', { paragraph: '1', verb: 'urge' }));
  addEdge(graph, 'ADDRESSES', RES_2482, groupKey('isil'), evidence(PRESS, 3100, "l'EIIL (Daech), Al-Qaida et les personnes, groupes, entreprises et entités", { section: 'preamble', verb: 'condemn' }));
  addEdge(graph, 'MENTIONS', PRESS, stateKey('FR'), evidence(PRESS, 40, 'Le représentant de la France a déclaré…\u2028\t«\u00a0fin\u00a0» C:\\dossiers\\', { section: 'body' }));
  addEdge(graph, 'MENTIONS', PRESS, 'person:antonio-guterres', evidence(PRESS, 80, 'le Secrétaire général, M. António Guterres,', { section: 'body' }));
  addEdge(graph, 'MENTIONS', PRESS, RES_2482, evidence(PRESS, 10, 'résolution 2482 (2019)', { section: 'body' }));
  return graph;
}

/** The same graph with nodes and edges inserted in reverse order: exports must not change. */
export function reversedCopy(graph: KnowledgeGraph): KnowledgeGraph {
  const copy = createGraph(graph.getAttributes());
  for (const node of graph.nodes().reverse()) copy.addNode(node, structuredClone(graph.getNodeAttributes(node)));
  for (const edge of graph.edges().reverse()) {
    copy.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), structuredClone(graph.getEdgeAttributes(edge)));
  }
  return copy;
}
