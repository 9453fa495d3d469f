import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentCorpusText } from './citations/harness';
import { findClauseVerbs, findClauseVerbsPrepared, leadVerb, VERB_LANGUAGES } from './verbs';

describe('leadVerb', () => {
  it.each([
    ['en', 'Recalling its resolutions 1267 (1999)', 'recall'],
    ['en', 'Reaffirming also its unequivocal condemnation', 'reaffirm'],
    ['en', '3. Further requests the Secretary-General to report', 'request'],
    ['en', '2. Calls upon all parties to ensure', 'call upon'],
    ['en', '7. Strongly condemns all attacks', 'condemn'],
    ['en', 'Taking note of the report of the Secretary-General', 'take note'],
    ['en', 'Deeply concerned by the threat', 'be concerned'],
    ['en', '“The Security Council reaffirms its commitment to the full implementation', 'reaffirm'],
    ['en', 'It expresses its intention to react as appropriate', 'express'],
    ['en', 'Having taken note of the report of the Secretary-General', 'take note'],
    ['fr', 'Le Conseil de sécurité rappelle sa résolution 1325 (2000)', 'recall'],
    ['fr', 'Rappelant ses résolutions 1267 (1999)', 'recall'],
    ['fr', '1. *Réaffirme* sa décision', 'reaffirm'],
    ['fr', '16. *Demande* au Comité contre le terrorisme', 'call upon'],
    ['fr', '6. Exhorte les États Membres à prendre', 'urge'],
    ['fr', '18. *Charge* son Comité faisant suite aux résolutions', 'direct'],
    ['fr', 'Prenant note du rapport', 'take note'],
    ['fr', '15. *Souligne également* qu’il importe', 'stress'],
    ['fr', 'Se félicitant des efforts', 'welcome'],
    ['es', 'Recordando sus resoluciones 2042 (2012)', 'recall'],
    ['es', '1. Exhorta a todas las partes', 'call upon'],
    ['es', '6. Solicita al Secretario General', 'request'],
    ['es', 'Acogiendo con beneplácito los esfuerzos', 'welcome'],
    ['es', 'Poniendo de relieve que más de 11,1 millones', 'emphasize'],
    ['ru', 'ссылаясь на свои резолюции 2042 (2012)', 'recall'],
    ['ru', 'вновь подтверждая свою твердую приверженность', 'reaffirm'],
    ['ru', '1. призывает все стороны', 'call upon'],
    ['ru', '6. просит Генерального секретаря', 'request'],
    ['ru', '4. настоятельно призывает все стороны', 'urge'],
    ['ru', 'принимая к сведению доклад', 'take note'],
    ['ar', 'إذ يشير إلى قراراته 2042 (2012)', 'recall'],
    ['ar', 'وإذ يؤكد من جديد التزامه القوي', 'reaffirm'],
    ['ar', '1 - يهيب بجميع الأطراف أن تكفل', 'call upon'],
    ['ar', '6 - يطلب إلى الأمين العام', 'request'],
    ['ar', 'وإذ يشـــير إلى قراراته', 'recall'],
    ['ar', 'وإذ يحيط علما بتقرير', 'take note'],
    ['zh', '回顾第2042(2012)、2043(2012)号决议', 'recall'],
    ['zh', '重申对叙利亚主权、独立、统一和领土完整', 'reaffirm'],
    ['zh', '1. 促请所有各方确保', 'call upon'],
    ['zh', '6. 请秘书长在2020年2月底前', 'request'],
    ['zh', '强调叙利亚境内有逾1 110万人需要人道主义援助', 'stress'],
    ['zh', '表示注意到秘书长的报告', 'take note'],
  ])('%s: %s → %s', (lang, clause, lemma) => {
    expect(leadVerb(clause, lang)).toBe(lemma);
  });

  it('returns null when a clause opens with no known verb', () => {
    expect(leadVerb('Human rights', 'en')).toBeNull();
    expect(leadVerb('(a) To assist national efforts', 'en')).toBeNull();
  });

  it('tries every table when the language is unknown', () => {
    expect(leadVerb('Rappelant sa résolution 1373 (2001)', 'und')).toBe('recall');
  });

  it('has a table for each of the six official languages', () => {
    expect([...VERB_LANGUAGES].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });
});

describe('findClauseVerbs', () => {
  it('finds each verb of an operative paragraph with its offsets', () => {
    const text =
      '7. Calls upon United Nations humanitarian agencies to improve monitoring and requests the Secretary-General to conduct a review';
    const verbs = findClauseVerbs(text, 'en');
    expect(verbs.map((verb) => verb.lemma)).toEqual(['call upon', 'request']);
    expect(verbs.map((verb) => text.slice(verb.start, verb.end))).toEqual(['Calls upon', 'requests']);
  });

  it('keeps offsets after an "İ", which lower-cases to two characters', () => {
    const text = '7. Welcomes the İstanbul Process and requests the Secretary-General to report';
    const verbs = findClauseVerbs(text, 'en');
    expect(verbs.map((verb) => text.slice(verb.start, verb.end))).toEqual(['Welcomes', 'requests']);
  });

  it('finds a base-form verb after "continues to" (S/RES/2560 (2020), paragraph 1)', () => {
    const text = '1. Continues to encourage all Member States to cooperate, and requests the Secretary-General';
    expect(findClauseVerbs(text, 'en').map(({ lemma, start }) => [lemma, text.slice(start, start + 9)])).toEqual([
      ['encourage', 'Continues'],
      ['request', 'requests '],
    ]);
    expect(leadVerb(text, 'en')).toBe('encourage');
  });

  it('keeps offsets into the original text when Arabic marks are dropped', () => {
    const text = 'يهيب بجميع الأطراف ويطلـب إلى الأمين العام';
    const verbs = findClauseVerbs(text, 'ar');
    expect(verbs.map((verb) => verb.lemma)).toEqual(['call upon', 'request']);
    expect(text.slice(verbs[1]!.start, verbs[1]!.end)).toBe('يطلـب');
  });

  it('finds Chinese verbs without word boundaries', () => {
    const verbs = findClauseVerbs('促请所有各方确保人道主义援助，并请秘书长报告', 'zh');
    expect(verbs.map((verb) => verb.lemma)).toEqual(['call upon', 'request']);
  });
});

describe('findClauseVerbsPrepared', () => {
  // real clauses: S/RES/2560 (2020), a French one with typographic apostrophes, Arabic with a tatweel, a decomposed accent
  const cases: Array<[string, string]> = [
    ['1. Continues to encourage all Member States to cooperate, and requests the Secretary-General', 'en'],
    ['Invite l’Office des Nations Unies contre la drogue et le crime … et engage le Comité contre le terrorisme', 'fr'],
    ['Prie le Secre\u0301taire ge\u0301ne\u0301ral de lui pre\u0301senter un rapport', 'fr'],
    ['يهيب بجميع الأطراف ويطلـب إلى الأمين العام', 'ar'],
    ['促请所有各方确保人道主义援助，并请秘书长报告', 'zh'],
  ];
  for (const [text, lang] of cases) {
    it(`matches findClauseVerbs on a lower-cased text (${lang}: ${text.slice(0, 30)}…)`, () => {
      expect(findClauseVerbsPrepared(text.toLowerCase(), lang)).toEqual(findClauseVerbs(text, lang));
    });
  }

  it('strips every nonspacing mark, as findClauseVerbs does', () => {
    let compared = 0;
    for (let code = 0; code < 0x10000; code++) {
      const mark = String.fromCharCode(code);
      if (!/^\p{Mn}$/u.test(mark)) continue;
      const text = `يهيب بجميع الأطراف ويطل${mark}ب إلى الأمين العام`;
      const verbs = findClauseVerbsPrepared(text, 'ar');
      expect(verbs).toEqual(findClauseVerbs(text, 'ar'));
      // the mark is skipped by the match, not by luck: the verb is found, its offsets span the mark
      expect(verbs.map((verb) => verb.lemma)).toEqual(['call upon', 'request']);
      expect(text.slice(verbs[1]!.start, verbs[1]!.end)).toBe(`يطل${mark}ب`);
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('keeps offsets into the text when Arabic marks are dropped', () => {
    const text = 'يهيب بجميع الأطراف ويطلـب إلى الأمين العام';
    const verbs = findClauseVerbsPrepared(text, 'ar');
    expect(text.slice(verbs[1]!.start, verbs[1]!.end)).toBe('يطلـب');
  });
});

/**
 * The 2020–2021 resolutions exist in six languages with the same paragraphs: the lead verb of
 * each paragraph must translate to the English one (up to near-synonyms the UN's translators
 * use interchangeably, such as stress/emphasize/underline).
 */
describe('verb tables against the parallel corpus', () => {
  const corpus = '../shared/corpus/unsc/text';
  const SYNONYMS = [
    ['stress', 'emphasize', 'underline', 'underscore', 'highlight', 'affirm', 'confirm'],
    ['reaffirm', 'reiterate', 'affirm', 'confirm', 'renew', 'recall'],
    ['request', 'call upon', 'call for', 'urge', 'encourage', 'invite', 'demand', 'reiterate'],
    ['recognize', 'acknowledge', 'note', 'take note', 'determine', 'bear in mind', 'be mindful', 'consider'],
    ['welcome', 'commend', 'pay tribute', 'express'],
    ['express', 'be concerned', 'regret', 'note', 'support', 'reiterate'],
  ];
  const close = (a: string, b: string): boolean =>
    a === b || SYNONYMS.some((group) => group.includes(a) && group.includes(b));
  const paragraphs = (file: string, lang: string): { preamble: string[]; operative: Map<string, string> } => {
    const text = readFileSync(`${corpus}/${file}`, 'utf8');
    const doc = segmentCorpusText(text, lang, 'S/RES/0 (2020)');
    const slice = (segment: { start: number; end: number }): string => text.slice(segment.start, segment.end);
    return {
      preamble: doc.segments.filter((segment) => segment.section === 'preamble').map(slice),
      operative: new Map(
        doc.segments
          .filter(
            (segment) =>
              segment.section === 'operative' && segment.paragraph && !segment.paragraph.includes('('),
          )
          .map((segment) => [segment.paragraph!, slice(segment)]),
      ),
    };
  };

  it.each(['fr', 'es', 'ru', 'ar', 'zh'])('%s agrees with English on aligned paragraphs', (lang) => {
    if (!existsSync(corpus)) {
      if (process.env.CI) throw new Error(`${corpus} is missing: the parallel corpus is needed`);
      return;
    }
    let compared = 0;
    let found = 0;
    let agreeing = 0;
    for (const file of readdirSync(corpus).filter((name) => /^S_RES_\d+_202[01]\.en\.txt$/.test(name))) {
      const other = file.replace('.en.', `.${lang}.`);
      if (!existsSync(`${corpus}/${other}`)) continue;
      const english = paragraphs(file, 'en');
      const translated = paragraphs(other, lang);
      const pairs: Array<[string, string]> = [];
      if (english.preamble.length === translated.preamble.length)
        english.preamble.forEach((text, index) => pairs.push([text, translated.preamble[index]!]));
      for (const [number, text] of english.operative) {
        const counterpart = translated.operative.get(number);
        if (counterpart) pairs.push([text, counterpart]);
      }
      for (const [source, target] of pairs) {
        const expected = leadVerb(source, 'en');
        if (!expected) continue;
        compared += 1;
        const actual = leadVerb(target, lang);
        if (actual) found += 1;
        if (actual && close(expected, actual)) agreeing += 1;
      }
    }
    expect(compared).toBeGreaterThan(2500);
    expect(found / compared).toBeGreaterThan(0.94);
    expect(agreeing / compared).toBeGreaterThan(0.9);
  });
});
