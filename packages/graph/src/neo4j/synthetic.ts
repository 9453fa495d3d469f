/**
 * A deterministic synthetic knowledge graph shaped like the real one (Security Council
 * resolutions citing earlier ones, texts in several languages, mandated bodies, threats,
 * groups, states, evidence with verbs and offsets). Used by the benchmark when the real corpus
 * pipeline is unavailable, and by unit tests that need a graph of a given size.
 */
import { bodyKey, documentKey, groupKey, resolutionKey, stateKey, statementKey, threatKey } from '../keys';
import { addEdge, addParagraph, createGraph, evidenceIn, mergeNode, type KnowledgeGraph } from '../model';
import type { ParagraphSection } from '../types';
import { seededRandom } from '../random';

export interface SyntheticOptions {
  resolutions?: number;
  statements?: number;
  seed?: number;
}

const LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];
const MANDATE_VERBS = ['request', 'call upon', 'urge', 'encourage', 'invite', 'direct', 'decide'];
const CITE_VERBS = ['recall', 'reaffirm', 'note', 'welcome'];
const BODIES = [
  ['ctc', 'Counter-Terrorism Committee', 'CTC', 'Comité contre le terrorisme'],
  [
    'cted',
    'Counter-Terrorism Committee Executive Directorate',
    'CTED',
    'Direction exécutive du Comité contre le terrorisme',
  ],
  ['unoct', 'United Nations Office of Counter-Terrorism', 'UNOCT', 'Bureau de lutte contre le terrorisme'],
  ['unodc', 'United Nations Office on Drugs and Crime', 'UNODC', 'ONUDC'],
  ['interpol', 'International Criminal Police Organization', 'INTERPOL'],
  ['monitoring-team', 'Analytical Support and Sanctions Monitoring Team', '1267 Monitoring Team'],
  ['secretary-general', 'Secretary-General', 'Secrétaire général'],
  ['member-states', 'Member States', 'États Membres'],
  ['unama', 'United Nations Assistance Mission in Afghanistan', 'UNAMA'],
  ['iaea', 'International Atomic Energy Agency', 'IAEA', 'AIEA'],
  ['fatf', 'Financial Action Task Force', 'FATF', 'GAFI'],
  ['icao', 'International Civil Aviation Organization', 'ICAO', 'OACI'],
];
const THREATS = [
  ['ied', 'improvised explosive devices', 'IEDs', 'engins explosifs improvisés'],
  ['uas', 'unmanned aircraft systems', 'drones'],
  ['salw', 'small arms and light weapons', 'SALW', 'armes légères et de petit calibre'],
  ['ftf', 'foreign terrorist fighters', 'FTF', 'combattants terroristes étrangers'],
  ['terrorism-financing', 'financing of terrorism', 'terrorist financing'],
  ['wmd', 'weapons of mass destruction', 'WMD'],
  ['piracy', 'piracy and armed robbery at sea'],
  ['trafficking', 'trafficking in persons', 'human trafficking'],
];
const GROUPS = [
  ['isil', "ISIL (Da'esh)", 'ISIL', "Da'esh", 'EIIL'],
  ['al-qaida', 'Al-Qaida', 'Al-Qaeda'],
  ['taliban', 'Taliban'],
  ['al-shabaab', 'Al-Shabaab'],
  ['boko-haram', 'Boko Haram'],
];
const STATES = [
  'AF',
  'FR',
  'GB',
  'US',
  'RU',
  'CN',
  'SO',
  'IQ',
  'SY',
  'ML',
  'NG',
  'LY',
  'YE',
  'SD',
  'CD',
  'HT',
];

export function syntheticGraph(options: SyntheticOptions = {}): KnowledgeGraph {
  const next = seededRandom(options.seed ?? 2370);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const graph = createGraph({ name: 'synthetic' });

  for (const [id, label, ...aliases] of BODIES)
    mergeNode(graph, bodyKey(id!), { kind: 'Body', label: label!, aliases: [label!, ...aliases] });
  for (const [id, label, ...aliases] of THREATS)
    mergeNode(graph, threatKey(id!), { kind: 'Threat', label: label!, aliases: [label!, ...aliases] });
  for (const [id, label, ...aliases] of GROUPS)
    mergeNode(graph, groupKey(id!), { kind: 'Group', label: label!, aliases: [label!, ...aliases] });
  for (const iso2 of STATES) mergeNode(graph, stateKey(iso2), { kind: 'State', label: iso2, iso2 });

  const resolutionCount = options.resolutions ?? 200;
  const resolutions: string[] = [];
  for (let index = 0; index < resolutionCount; index++) {
    const number = 1300 + index;
    const year = 2000 + Math.floor((index * 22) / resolutionCount);
    const symbol = `S/RES/${number} (${year})`;
    const key = resolutionKey(symbol);
    mergeNode(graph, key, {
      kind: 'Resolution',
      label: `Resolution ${number} (${year})`,
      symbol,
      organ: 'SC',
      number: String(number),
      year,
    });
    const languages = year >= 2020 ? LANGUAGES : ['en'];
    const docs = languages.map((lang) => {
      const source = `corpus/S_RES_${number}_${year}.${lang}.txt`;
      const doc = documentKey(source);
      mergeNode(graph, doc, {
        kind: 'Document',
        label: `${symbol} [${lang}]`,
        source,
        lang,
        docType: 'resolution',
        title: symbol,
        date: `${year}-06-01`,
        symbol,
        textOf: [symbol],
      });
      addEdge(graph, 'TEXT_OF', doc, key);
      return doc;
    });
    /** a new paragraph of the document holding `text` (the resolution's own text unless `body`) */
    const paragraph = (doc: string, section: ParagraphSection, number: string | null, text: string): string =>
      addParagraph(graph, doc, { section, paragraph: number, text, ...(section === 'body' ? {} : { textOf: key }) });
    // Citations prefer popular earlier resolutions (preferential attachment), as real ones do.
    const citations = index === 0 ? 0 : 1 + Math.floor(next() * 6);
    for (let c = 0; c < citations; c++) {
      const target = resolutions[Math.floor(Math.pow(next(), 2.2) * resolutions.length)]!;
      for (const doc of docs) {
        const verb = pick(CITE_VERBS);
        const para = paragraph(doc, 'preamble', null, `${verb} its resolution ${target}`);
        addEdge(graph, 'CITES', key, target, evidenceIn(graph, para, { spanOf: target }, verb));
        addEdge(graph, 'MENTIONS', doc, target, evidenceIn(graph, para, { spanOf: target }));
      }
    }
    const paragraphs = 2 + Math.floor(next() * 6);
    for (let p = 1; p <= paragraphs; p++) {
      const [bodyId, bodyLabel] = pick(BODIES);
      const verb = pick(MANDATE_VERBS);
      for (const doc of docs) {
        const para = paragraph(doc, 'operative', String(p), `${verb} the ${bodyLabel} to report`);
        addEdge(graph, 'MANDATES', key, bodyKey(bodyId!), evidenceIn(graph, para, { spanOf: bodyLabel! }, verb));
        addEdge(graph, 'MENTIONS', doc, bodyKey(bodyId!), evidenceIn(graph, para, { spanOf: bodyLabel! }));
      }
    }
    const [threatId, threatLabel] = pick(THREATS);
    const [groupId, groupLabel] = pick(GROUPS);
    const state = pick(STATES);
    for (const doc of docs) {
      const threatParagraph = paragraph(doc, 'preamble', null, `condemns ${threatLabel}`);
      addEdge(graph, 'ADDRESSES', key, threatKey(threatId!), evidenceIn(graph, threatParagraph, { spanOf: threatLabel! }, 'condemn'));
      const groupParagraph = paragraph(doc, 'operative', '1', `condemns ${groupLabel}`);
      addEdge(graph, 'ADDRESSES', key, groupKey(groupId!), evidenceIn(graph, groupParagraph, { spanOf: groupLabel! }, 'condemn'));
      const stateParagraph = paragraph(doc, 'body', null, `Annex: a letter from ${state}`);
      addEdge(graph, 'MENTIONS', doc, stateKey(state), evidenceIn(graph, stateParagraph, { spanOf: state }));
    }
    resolutions.push(key);
  }

  const statementCount = options.statements ?? Math.floor(resolutionCount / 4);
  for (let index = 0; index < statementCount; index++) {
    const year = 2005 + (index % 5);
    const symbol = `S/PRST/${year}/${index + 1}`;
    const key = statementKey(symbol);
    mergeNode(graph, key, { kind: 'Statement', label: symbol, symbol, year });
    const source = `corpus/S_PRST_${year}_${index + 1}.en.txt`;
    const doc = documentKey(source);
    mergeNode(graph, doc, {
      kind: 'Document',
      label: `${symbol} [en]`,
      source,
      lang: 'en',
      docType: 'statement',
      title: symbol,
      date: null,
      symbol,
      textOf: [symbol],
    });
    addEdge(graph, 'TEXT_OF', doc, key);
    const target = pick(resolutions);
    const para = addParagraph(graph, doc, { section: 'operative', text: `The Security Council recalls ${target}.`, textOf: key });
    addEdge(graph, 'CITES', key, target, evidenceIn(graph, para, { spanOf: target }, 'recall'));
  }
  return graph;
}
