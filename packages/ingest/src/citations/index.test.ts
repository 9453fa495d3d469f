import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentCorpusText } from './harness';
import { citationsInSpan, extractCitations, tokenize } from './index';

const CORPUS = '../shared/corpus/unsc/text';

const RESOLUTION = [
  'United Nations',
  'S/RES/2370 (2017)*',
  'Security Council',
  'Resolution 2370 (2017)',
  'Adopted by the Security Council at its 8017th meeting, on 2 August 2017',
  '',
  'The Security Council,',
  'Recalling its resolutions 1267 (1999), 1373 (2001) and 2370 (2017),',
  '1. Decides that paragraph 5 of resolution 2370 (2017) and paragraph 2 of the present resolution shall apply;',
  '2. Further requests the Committee established pursuant to resolution 1267 (1999) to report, in accordance with paragraph 4 of resolution 2368 (2017);',
  '3. Decides to remain seized of the matter.',
].join('\n');

describe('extractCitations', () => {
  const doc = segmentCorpusText(RESOLUTION, 'en', 'S/RES/2370 (2017)');
  const matches = extractCitations(doc);

  it('attributes citations to the resolution and drops self-citations, cover included', () => {
    expect(matches.map((match) => match.target.symbol)).toEqual([
      'S/RES/1267 (1999)',
      'S/RES/1373 (2001)',
      'S/RES/1267 (1999)',
      'S/RES/2368 (2017)',
    ]);
    expect(new Set(matches.map((match) => match.citing))).toEqual(new Set(['S/RES/2370 (2017)']));
  });

  it('gives each citation its evidence: section, paragraph, verb, offsets, pin, committee', () => {
    const [recalled, , committee, pinned] = matches;
    expect(recalled!.evidence).toMatchObject({ section: 'preamble', paragraph: null, verb: 'recall' });
    expect(committee!.evidence).toMatchObject({
      section: 'operative',
      paragraph: '2',
      verb: 'request',
      note: 'committee',
    });
    expect(pinned!.evidence).toMatchObject({
      section: 'operative',
      paragraph: '2',
      verb: 'request',
      pin: '4',
    });
    expect(pinned!.evidence.note).toBeUndefined();
    for (const match of matches) {
      expect(RESOLUTION.slice(match.evidence.start, match.evidence.end)).toMatch(/^\d{4} \(\d{4}\)$/);
    }
  });

  it('gives a lettered sub-paragraph the verb of its paragraph', () => {
    const text = [
      'The Security Council,',
      '5. Decides that the mandate of the Mission shall be:',
      '(a) To support the implementation of resolution 2254 (2015);',
    ].join('\n');
    const [match] = extractCitations(segmentCorpusText(text, 'en', 'S/RES/2500 (2019)'));
    expect(match!.evidence).toMatchObject({ paragraph: '5 (a)', verb: 'decide' });
  });

  it('gives the span of the citation in a long paragraph (its quote is derived from the paragraph)', () => {
    const long = `Recalling ${'the importance of the many efforts made by Member States, '.repeat(8)}and its resolution 2178 (2014) on foreign terrorist fighters, ${'and stressing the need for further action by all concerned, '.repeat(6)}`;
    const text = `The Security Council,\n${long}`;
    const [match] = extractCitations(segmentCorpusText(text, 'en', 'S/RES/2396 (2017)'));
    expect(text.slice(match!.evidence.start, match!.evidence.end)).toBe('2178 (2014)');
    expect(match!.evidence).not.toHaveProperty('quote');
  });

  it('reports narrative citations with no citing resolution (the pipeline turns them into mentions)', () => {
    const text =
      'Le Conseil de sécurité a adopté hier la résolution 2370 (2017), qui rappelle la résolution 71/19 (2016) de l’Assemblée générale.';
    const news = { ...segmentCorpusText(text, 'fr', null), segments: [] };
    const found = extractCitations(news);
    expect(found.map((match) => [match.target.symbol, match.citing, match.evidence.section])).toEqual([
      ['S/RES/2370 (2017)', null, 'body'],
      ['A/RES/71/19', null, 'body'],
    ]);
  });

  it('reads a real resolution of the corpus (S/RES/2504 (2020), English)', () => {
    const text = readFileSync(`${CORPUS}/S_RES_2504_2020.en.txt`, 'utf8');
    const found = extractCitations(segmentCorpusText(text, 'en', 'S/RES/2504 (2020)'));
    const symbols = new Set(found.map((match) => match.target.symbol));
    expect(symbols.size).toBe(26);
    expect(symbols).toContain('A/RES/46/182');
    expect(symbols).toContain('S/PRST/2019/12');
    const renewal = found.find((match) => match.evidence.paragraph === '3');
    expect(renewal).toMatchObject({
      target: { symbol: 'S/RES/2165 (2014)' },
      evidence: { verb: 'decide', pin: '2, 3' },
    });
  });
});

describe('one object shape per kind of value (V8 optimises their readers once)', () => {
  const text =
    'Recalling resolutions 1267 (1999), 60/288 and 3379 (XXX) of the General Assembly, resolution 2354, S/RES/2370 (2017), S/PRST/2018/9 and S/2018/1177, paragraph 5 of resolution 1373 (2001), the Committee established pursuant to resolution 1540 (2004)';
  const keys = (value: object) => Object.keys(value).join(',');

  it('gives tokens of every type the same fields, in the same order', () => {
    const tokens = tokenize(text);
    expect(new Set(tokens.map((token) => token.type))).toEqual(new Set(['numberYear', 'sessionNumber', 'numberRoman', 'bareNumber', 'symbol']));
    expect(new Set(tokens.map(keys)).size).toBe(1);
  });

  it('gives every citation and every cited target one shape, whatever its kind, pin or note', () => {
    const found = citationsInSpan(text, 0, text.length);
    expect(new Set(found.map((citation) => citation.target.kind))).toEqual(new Set(['Resolution', 'Statement', 'Document']));
    expect(found.some((citation) => citation.pin !== undefined)).toBe(true);
    expect(found.some((citation) => citation.note !== undefined)).toBe(true);
    expect(new Set(found.map(keys)).size).toBe(1);
    expect(new Set(found.map((citation) => keys(citation.target))).size).toBe(1);
  });
});

describe('a council’s own "its resolution N/M" after the Human Rights Council was named (stop 30, n52, probe set 30)', () => {
  const symbols = (text: string): string[] => citationsInSpan(text, 0, text.length).map((citation) => citation.target.symbol);
  it.each([
    [
      'La presidenta de la Misión presentó el informe ante el Consejo de Derechos Humanos en Ginebra.\nEl Consejo creó la Misión en septiembre de 2019 mediante su resolución 42/25 y prorrogó su mandato por dos años.',
      ['A/HRC/RES/42/25'],
    ],
    [
      'The chair of the Mission presented the report to the Human Rights Council in Geneva.\nThe Council established the Mission in September 2019 by its resolution 42/25.',
      ['A/HRC/RES/42/25'],
    ],
    [
      'La présidente de la Mission a présenté le rapport au Conseil des droits de l’homme à Genève.\nLe Conseil a créé la Mission en septembre 2019 par sa résolution 42/25.',
      ['A/HRC/RES/42/25'],
    ],
    // the General Assembly named last, or the Security Council as the subject: as before
    ['The report went to the General Assembly. The Council noted its resolution 60/251.', ['A/RES/60/251']],
    ['The Human Rights Council met. The Security Council recalled its resolution 60/251 of the Assembly.', ['A/RES/60/251']],
    ['The Human Rights Council met. The Assembly adopted its resolution 60/251.', ['A/RES/60/251']],
    // "in resolution N/M" without "its" (news set 34, an OHCHR page)
    [
      'In March 2021 the Human Rights Council requested OHCHR to collect evidence. The Council extended that mandate in resolution 51/1, adopted in October 2022.',
      ['A/HRC/RES/51/1'],
    ],
    ['The Human Rights Council met. The Assembly adopted resolution 60/251.', ['A/RES/60/251']],
  ])('%s', (text, expected) => {
    expect(symbols(text)).toEqual(expected);
  });
});
