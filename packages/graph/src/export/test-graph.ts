/**
 * A small contract-conforming graph drawn from the seed documents (resolution 2370 (2017) and
 * its French text, CS/13893 on resolution 2482 (2019)), with the awkward strings exports must
 * survive: quotes of both kinds, ampersands and angle brackets, commas and pipes inside names,
 * a newline in a quote, no-break spaces, non-Latin script and a character outside the BMP.
 * Used by the exporters' unit tests and, until the sample corpus exists, the reader tests.
 */
import { bodyKey, documentKey, groupKey, stateKey, threatKey } from '../keys';
import { addEdge, addParagraph, createGraph, evidenceIn, mergeNode, type KnowledgeGraph } from '../model';

const RES_2370 = 'S/RES/2370 (2017)';
const RES_2482 = 'S/RES/2482 (2019)';
const RES_1373 = 'S/RES/1373 (2001)';
const FR_TEXT = documentKey('data/samples/003_resolution_2370_fr.txt');
const PRESS = documentKey('data/samples/001_CS-13893.txt');

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
    textOf: [RES_2370],
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
    textOf: [RES_2482],
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

  // the French text of 2370: cover, two preambular paragraphs, operative paragraphs 1, 5, 7 (a), 10
  const frCover = addParagraph(graph, FR_TEXT, { section: 'cover', text: 'Nations Unies\nS/RES/2370 (2017)\nConseil de sécurité', textOf: RES_2370 });
  const reaffirming = addParagraph(graph, FR_TEXT, { section: 'preamble', text: 'Réaffirmant sa résolution 1373 (2001),', textOf: RES_2370 });
  const recalling = addParagraph(graph, FR_TEXT, { section: 'preamble', text: 'Rappelant la déclaration S/PRST/2018/9 de son Président,', textOf: RES_2370 });
  const op1 = addParagraph(graph, FR_TEXT, { section: 'operative', paragraph: '1', text: '1. Exhorte les États à prévenir les engins explosifs improvisés (EEI) & leurs composants <"armes">;', textOf: RES_2370 });
  const op5 = addParagraph(graph, FR_TEXT, { section: 'operative', paragraph: '5', text: "5. Prie le Comité contre le terrorisme, avec l'appui de la DECT, de « suivre » la mise en œuvre;", textOf: RES_2370 });
  const op7a = addParagraph(graph, FR_TEXT, { section: 'operative', paragraph: '7 (a)', text: 'a) Encourage l’ONUDC et INTERPOL à renforcer leur assistance technique;', textOf: RES_2370 });
  const op10 = addParagraph(graph, FR_TEXT, { section: 'operative', paragraph: '10', text: '10. Charge le Comité\nde faire rapport | avant le 31 décembre.', textOf: RES_2370 });
  void frCover;
  // CS/13893: narrative with a no-break space, a line separator and a backslash, and the quoted draft of 2482
  const narrative = addParagraph(graph, PRESS, { section: 'body', text: 'La résolution 2482 (2019), qui rappelle la résolution 2370 (2017), a été adoptée. Le représentant de la France a déclaré…\u2028\t«\u00a0fin\u00a0» C:\\dossiers\\ ; le Secrétaire général, M. António Guterres, a salué le texte.' });
  const draftPreamble = addParagraph(graph, PRESS, { section: 'preamble', text: 'Rappelant sa résolution 2370 (2017) | [1373 \\(2001\\)](#),', textOf: RES_2482 });
  const draftCondemn = addParagraph(graph, PRESS, { section: 'preamble', text: "Condamnant l'EIIL (Daech), Al-Qaida et les personnes, groupes, entreprises et entités associés,", textOf: RES_2482 });

  addEdge(graph, 'TEXT_OF', FR_TEXT, RES_2370);
  addEdge(graph, 'TEXT_OF', PRESS, RES_2482);
  addEdge(graph, 'CITES', RES_2370, RES_1373, evidenceIn(graph, reaffirming, { spanOf: '1373 (2001)' }, 'reaffirm'));
  addEdge(graph, 'CITES', RES_2370, 'S/PRST/2018/9', evidenceIn(graph, recalling, { spanOf: 'S/PRST/2018/9' }, 'recall'));
  addEdge(graph, 'CITES', RES_2482, RES_2370, evidenceIn(graph, draftPreamble, { spanOf: '2370 (2017)' }, 'recall', { pin: '5' }));
  addEdge(graph, 'MANDATES', RES_2370, bodyKey('ctc'), evidenceIn(graph, op5, { spanOf: 'Comité contre le terrorisme' }, 'request'));
  addEdge(graph, 'MANDATES', RES_2370, bodyKey('ctc'), evidenceIn(graph, op10, { spanOf: 'Comité' }, 'direct'));
  addEdge(graph, 'MANDATES', RES_2370, bodyKey('unodc'), evidenceIn(graph, op7a, { spanOf: 'ONUDC' }, 'encourage'));
  addEdge(graph, 'MANDATES', RES_2370, bodyKey('interpol'), evidenceIn(graph, op7a, { spanOf: 'INTERPOL' }, 'encourage', { role: 'partner' }));
  addEdge(graph, 'ADDRESSES', RES_2370, threatKey('ied'), evidenceIn(graph, op1, { spanOf: 'engins explosifs improvisés' }, 'urge'));
  addEdge(graph, 'ADDRESSES', RES_2482, groupKey('isil'), evidenceIn(graph, draftCondemn, { spanOf: 'EIIL' }, 'condemn'));
  addEdge(graph, 'MENTIONS', PRESS, stateKey('FR'), evidenceIn(graph, narrative, { spanOf: 'France' }));
  addEdge(graph, 'MENTIONS', PRESS, 'person:antonio-guterres', evidenceIn(graph, narrative, { spanOf: 'António Guterres' }));
  addEdge(graph, 'MENTIONS', PRESS, RES_2370, evidenceIn(graph, narrative, { spanOf: '2370 (2017)' }));
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
