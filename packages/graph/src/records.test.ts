import { describe, expect, it } from 'vitest';
import { buildTestGraph } from './export/test-graph';
import { recordsOfText } from './graph-text';
import {
  encodeRecord,
  forEachRecordEdge,
  graphFromRecords,
  paragraphNodes,
  paragraphVersion,
  recordsFromGraph,
  type GraphRecord,
} from './records';
import { serializeGraph } from './serialize';
import { validateRecords } from './validate';

const DOC: GraphRecord = {
  key: 'doc:S_RES_2370_2017.fr.txt',
  attributes: { kind: 'Document', label: 'S/RES/2370 (2017) [fr]', source: 'S_RES_2370_2017.fr.txt', lang: 'fr', docType: 'resolution', title: 'Résolution 2370 (2017)', date: '2017-08-02', textOf: ['S/RES/2370 (2017)'] },
  paragraphs: [
    ['cover', null, 0, 'Nations Unies\nS/RES/2370 (2017)', 0],
    ['preamble', null, 32, 'Rappelant sa résolution 1373 (2001),', 0, { CITES: [['S/RES/1373 (2001)', 24, 35, 'recall']] }],
    ['preamble', null, 70, 'Réaffirmant…', 0],
    ['operative', '5', 90, '5. Prie le Comité contre le terrorisme de suivre', 0, { MANDATES: [['body:ctc', 10, 37, 'request', { role: 'support' }]], MENTIONS: [['body:ctc', 10, 37]] }],
    ['operative', '5 (a)', 140, 'a) les engins explosifs', 0],
    ['body', null, 170, 'Annexe'],
  ],
};
const NODES: GraphRecord[] = [
  { key: 'S/RES/1373 (2001)', attributes: { kind: 'Resolution', label: 'S/RES/1373 (2001)', symbol: 'S/RES/1373 (2001)', organ: 'SC', number: '1373', year: 2001 } },
  { key: 'S/RES/2370 (2017)', attributes: { kind: 'Resolution', label: 'S/RES/2370 (2017)', symbol: 'S/RES/2370 (2017)', organ: 'SC', number: '2370', year: 2017 } },
  { key: 'body:ctc', attributes: { kind: 'Body', label: 'Counter-Terrorism Committee', aliases: ['CTC'] } },
  DOC,
];

describe('records', () => {
  it('derive the Paragraph nodes with keys, offsets and language versions', () => {
    const paragraphs = paragraphNodes(DOC);
    expect(paragraphs.map((paragraph) => [paragraph.key, paragraph.attributes.version])).toEqual([
      ['doc:S_RES_2370_2017.fr.txt#1', undefined],
      ['doc:S_RES_2370_2017.fr.txt#2', 'S/RES/2370 (2017) PP1'],
      ['doc:S_RES_2370_2017.fr.txt#3', 'S/RES/2370 (2017) PP2'],
      ['doc:S_RES_2370_2017.fr.txt#4', 'S/RES/2370 (2017) OP5'],
      ['doc:S_RES_2370_2017.fr.txt#5', 'S/RES/2370 (2017) OP5 (a)'],
      ['doc:S_RES_2370_2017.fr.txt#6', undefined],
    ]);
    expect(paragraphs[3]!.attributes).toMatchObject({ kind: 'Paragraph', doc: DOC.key, index: 4, section: 'operative', paragraph: '5', lang: 'fr', start: 90, end: 138, textOf: 'S/RES/2370 (2017)' });
    expect(paragraphs[5]!.attributes.textOf).toBeUndefined();
    expect(paragraphVersion('S/PRST/2018/9', 'operative', null, 4)).toBe('S/PRST/2018/9 ¶4');
  });

  it('derive every edge: TEXT_OF, HAS_PARAGRAPH, and the evidence by kind from the right source', () => {
    const items: string[] = [];
    const plain: string[] = [];
    forEachRecordEdge(
      DOC,
      (kind, source, target, item) => items.push(`${kind} ${source} -> ${target} ${item.para} ${item.start}-${item.end} ${item.section} ${item.paragraph} ${item.verb} ${item.role ?? ''}`),
      (kind, source, target) => plain.push(`${kind} ${source} -> ${target}`),
    );
    expect(items).toEqual([
      'CITES S/RES/2370 (2017) -> S/RES/1373 (2001) doc:S_RES_2370_2017.fr.txt#2 24-35 preamble null recall ',
      'MANDATES S/RES/2370 (2017) -> body:ctc doc:S_RES_2370_2017.fr.txt#4 10-37 operative 5 request support',
      'MENTIONS doc:S_RES_2370_2017.fr.txt -> body:ctc doc:S_RES_2370_2017.fr.txt#4 10-37 operative 5 null ',
    ]);
    expect(plain[0]).toBe('TEXT_OF doc:S_RES_2370_2017.fr.txt -> S/RES/2370 (2017)');
    expect(plain.filter((edge) => edge.startsWith('HAS_PARAGRAPH'))).toHaveLength(6);
  });

  it('build the model and come back to the same records', () => {
    const graph = graphFromRecords({ contract: '2' }, NODES, { quotes: 'all' });
    expect(graph.order).toBe(4 + 6);
    expect(graph.getEdgeAttributes('MANDATES:S/RES/2370 (2017)->body:ctc').evidence![0]!.quote).toBe('5. Prie le Comité contre le terrorisme de suivre');
    expect(graph.getEdgeAttribute('CITES:S/RES/2370 (2017)->S/RES/1373 (2001)', 'weight')).toBe(1);
    expect(recordsFromGraph(graph).map(encodeRecord)).toEqual(NODES.map(encodeRecord));
    const withoutParagraphs = graphFromRecords({ contract: '2' }, NODES, { paragraphs: false });
    expect(withoutParagraphs.order).toBe(4);
    expect(withoutParagraphs.hasEdge('HAS_PARAGRAPH:doc:S_RES_2370_2017.fr.txt->doc:S_RES_2370_2017.fr.txt#1')).toBe(false);
  });

  it('derive a mandate a news paragraph reports from the resolution its item names, and come back to the same records', () => {
    const news: GraphRecord = {
      key: 'doc:news.txt',
      attributes: { kind: 'Document', label: 'news', source: 'news.txt', lang: 'en', docType: 'news', title: '', date: null, textOf: [] },
      paragraphs: [
        ['body', null, 0, 'By resolution 2370 (2017), the Council requested the Counter-Terrorism Committee to report.', null, {
          MANDATES: [['body:ctc', 52, 79, 'request', { resolution: 'S/RES/2370 (2017)' }]],
          MENTIONS: [['S/RES/2370 (2017)', 14, 25], ['body:ctc', 52, 79]],
        }],
      ],
    };
    const records = [...NODES.slice(0, 3), news];
    expect(validateRecords({ contract: '2' }, records)).toEqual([]);
    const items: string[] = [];
    forEachRecordEdge(news, (kind, source, target, item) => items.push(`${kind} ${source} -> ${target} ${item.section} ${item.paragraph} ${item.verb} ${item.resolution ?? ''}`));
    expect(items).toContain('MANDATES S/RES/2370 (2017) -> body:ctc body null request S/RES/2370 (2017)');
    const graph = graphFromRecords({ contract: '2' }, records, { quotes: 'all' });
    const evidence = graph.getEdgeAttributes('MANDATES:S/RES/2370 (2017)->body:ctc').evidence!;
    expect(evidence).toMatchObject([{ doc: 'doc:news.txt', section: 'body', paragraph: null, verb: 'request', resolution: 'S/RES/2370 (2017)' }]);
    expect(evidence[0]!.quote).toContain('the Council requested the Counter-Terrorism Committee to report');
    expect(recordsFromGraph(graph).map(encodeRecord)).toEqual(records.map(encodeRecord));
  });

  it('the test graph goes through graph.json and back unchanged', () => {
    const graph = buildTestGraph();
    const text = serializeGraph(graph);
    const { attributes, records } = recordsOfText(text);
    expect(validateRecords(attributes as Record<string, unknown>, records)).toEqual([]);
    expect(serializeGraph(graphFromRecords(attributes, records))).toBe(text);
  });

  it('are checked: sections, offsets, spans inside the text, targets and sources', () => {
    const broken: GraphRecord = {
      ...DOC,
      paragraphs: [
        ['preface' as never, null, 0, 'x'],
        ['preamble', null, 0, 'overlaps the previous one', 0],
        ['body', null, 100, 'a short text', null, { MENTIONS: [['body:ctc', 5, 40]], CITES: [['S/RES/1373 (2001)', 0, 1]] }],
        ['operative', '1', 200, 'cites nothing known', 0, { CITES: [['S/RES/9999 (2030)', 0, 5]], ADDRESSES: [['body:ctc', 0, 5]] }],
      ],
    };
    const problems = validateRecords({ contract: '2' }, [...NODES.slice(0, 3), broken]);
    const expected = [
      /paragraph 1: unknown section "preface"/,
      /paragraph 2: start 0 must be an offset after the previous paragraph's end \(1\)/,
      /paragraph 3: MENTIONS item .*: the span must lie in the paragraph's text \(0-12\)/,
      /paragraph 3: CITES evidence in a paragraph that is no resolution's or statement's text/,
      /paragraph 4: CITES target S\/RES\/9999 \(2030\) is not a node of the graph/,
      /paragraph 4: ADDRESSES target body:ctc is a Body \(expected Threat or Group\)/,
    ];
    for (const pattern of expected) expect(problems.join('\n')).toMatch(pattern);
    // a MANDATES item may name its resolution (a news paragraph reporting it), no other kind; the resolution must be one
    const reporting: GraphRecord = {
      key: 'doc:news.txt',
      attributes: { kind: 'Document', label: 'news', source: 'news.txt', lang: 'en', docType: 'news', title: '', date: null, textOf: [] },
      paragraphs: [['body', null, 0, 'the Council requested the CTC to report', null, { CITES: [['S/RES/1373 (2001)', 0, 3, null, { resolution: 'S/RES/2370 (2017)' }]], MANDATES: [['body:ctc', 32, 35, 'request', { resolution: 'body:ctc' }]] }]],
    };
    const reportingProblems = validateRecords({ contract: '2' }, [...NODES.slice(0, 3), reporting]).join('\n');
    expect(reportingProblems).toMatch(/paragraph 1: only a MANDATES item may name its resolution/);
    expect(reportingProblems).toMatch(/paragraph 1: MANDATES source body:ctc is a Body \(expected Resolution or Statement\)/);
    expect(validateRecords({}, [NODES[1]!, NODES[0]!])).toEqual(['record S/RES/1373 (2001): records must be sorted by key, without duplicates (after S/RES/2370 (2017))']);
  });
});
