import { describe, expect, it } from 'vitest';
import { findSubsidiaryBodies, prepareSubsidiaryBodies } from './committees';
import { foldAndTokenize } from './fold';
import { KEYWORDS } from './keywords';

/** findSubsidiaryBodies with the document's tokens and keyword hits, which let it skip patterns that cannot match. */
function withTokens(text: string): ReturnType<typeof findSubsidiaryBodies> {
  prepareSubsidiaryBodies();
  const { tokens } = foldAndTokenize(text);
  return findSubsidiaryBodies(text, KEYWORDS.flagsIn(KEYWORDS.hits(tokens), tokens));
}

describe('findSubsidiaryBodies: skipping patterns by tokens changes nothing', () => {
  const sentences = [
    // S/RES/2368 (2017), French and English
    'Prie le Comité faisant suite aux résolutions 1267 (1999), 1989 (2011) et 2253 (2015) de continuer',
    'RAPPELANT le Groupe d’experts créé par la résolution 1973 (2011)',
    'Requests the Committee established pursuant to resolution 1267 (1999) to continue',
    'the Panel of Experts, set up by its resolution 1973 (2011), and the 1540 Committee',
    // a French link with an English "resolution": no é, the French pattern is skipped
    'le Comité créé par la resolution 1718 (2006)',
    // long s, which the case-insensitive French pattern reads as s
    'le Comité créé par la réſolution 1718 (2006)',
    'The Security Council welcomes the report of the Secretary-General.',
    // "appointed", a link verb the old word list lacked: the English pattern must still run
    'the Group of Experts appointed by resolution 1533 (2004)',
    // an English text with é and "resolution" but no French link verb: the French pattern is skipped
    "the Committee established pursuant to resolution 1572 (2004) concerning Côte d'Ivoire",
    'le Comité CRÉÉ PAR la résolution 1718 (2006)',
  ];
  for (const sentence of sentences) {
    it(sentence.slice(0, 60), () => {
      expect(withTokens(sentence)).toEqual(findSubsidiaryBodies(sentence));
    });
  }

  it('still finds both languages with tokens', () => {
    expect(withTokens(sentences[0]!).map((body) => body.id)).toHaveLength(1);
    expect(withTokens(sentences[2]!).map((body) => body.id)).toHaveLength(1);
    expect(withTokens(sentences[5]!)).toHaveLength(1);
    expect(withTokens(sentences[4]!)).toEqual([]);
    expect(withTokens(sentences[7]!).map((body) => body.id)).toEqual(['Panel1533']);
    expect(withTokens(sentences[9]!)).toHaveLength(1);
  });
});

describe('findSubsidiaryBodies in Russian, Arabic and Chinese, and French and Spanish links', () => {
  // sentences of S/RES/25xx texts in ../shared/corpus/unsc (none of the mandates gold)
  const rows: Array<{ lang: string; text: string; expected: string[] }> = [
    { lang: 'ru', text: 'представленные Группой экспертов по ЦАР, которая была учреждена резолюцией 2127 (2013) и мандат которой был расширен', expected: ['Panel2127'] },
    { lang: 'ru', text: 'просит Комитет, учрежденный пунктом 24 резолюции 1970 (2011), представить доклад', expected: ['Committee1970'] },
    { lang: 'ru', text: 'в сотрудничестве с Группой экспертов, учрежденной резолюцией 2374 (2017)', expected: ['Panel2374'] },
    // lower case, as the English and Spanish write it ("the panel of experts established pursuant to resolution 2374"): the resolution names it (2531 para 5)
    { lang: 'ru', text: '5. рекомендует группе экспертов, учрежденной резолюцией 2374 (2017), выявлять стороны', expected: ['Panel2374'] },
    { lang: 'ru', text: 'Комитетом, учрежденным резолюциями 1267 (1999), 1989 (2011) и 2253 (2015)', expected: ['Committee1267'] },
    { lang: 'ar', text: 'والتقرير النهائي لفريق الخبراء المعني بجمهورية أفريقيا الوسطى المنشأ عملا بالقرار 2127 (2013)', expected: ['Panel2127'] },
    { lang: 'ar', text: 'أن يقدم إلى لجنة مجلس الأمن المنشأة عملا بالقرار 1591 (2005) تقريرا', expected: ['Committee1591'] },
    { lang: 'ar', text: 'اللجنة المنشأة عملا بالقرار 1718 (2006)', expected: ['Committee1718'] },
    { lang: 'ar', text: 'بالتعاون مع فريق الخبراء المنشأ بموجب القرار 1533 (2004)، ولا سيما', expected: ['Panel1533'] },
    { lang: 'zh', text: '请第1970(2011)号决议所设委员会提交报告', expected: ['Committee1970'] },
    { lang: 'zh', text: '又表示注意到第1591(2005)号决议所设苏丹问题专家小组的最后报告', expected: ['Panel1591'] },
    // a list of resolutions before 号决议: the body of the first (2610, 2617), as Russian "резолюциями 1267 (1999), 1989 (2011) и 2253 (2015)"
    { lang: 'zh', text: '特别是第1267(1999)、1989(2011)、2253(2015)和2368(2017)号决议所设委员会指认的所有个人', expected: ['Committee1267'] },
    { lang: 'zh', text: '包括第1267(1999)、1989(2011)和2255(2015)号决议所设委员会', expected: ['Committee1267'] },
    // French and Spanish links with a contraction or "en" before the paragraph (2509)
    { lang: 'fr', text: "le mandat du Groupe d’experts créé en application du paragraphe 24 de la résolution 1973 (2011) et modifié", expected: ['Panel1973'] },
    // "establecido en" as the English "established by" (2556, 2612: "el Grupo de Expertos establecido en la resolución 1533 (2004)");
    // the panel or its mandate ("el mandato del Grupo de Expertos establecido en el párrafo 6 de la resolución 2360", 2528): resolution
    // 2360 (2017) renewed the Group of Experts on the DRC (committees.json known)
    { lang: 'es', text: 'en cooperación con el Grupo de Expertos establecido en la resolución 1533 (2004) y que, en particular, observe', expected: ['Panel1533'] },
    { lang: 'es', text: 'Expresa su pleno apoyo al Grupo de Expertos de las Naciones Unidas establecido en la resolución 1533 (2004), pide', expected: ['Panel1533'] },
    { lang: 'es', text: 'el mandato del Grupo de Expertos establecido en el párrafo 6 de la resolución 2360 (2017)', expected: ['Panel1533'] },
    // an anaphor for the resolution: the last one cited before it in the paragraph (2514, 2521, 1552, 2567)
    { lang: 'en', text: '24. Requests UNMISS to assist the Committee, within existing resources, established pursuant to paragraph 16 of resolution 2206 (2015) and the Panel of Experts established by the same resolution, regarding the measures', expected: ['Panel2206'] },
    { lang: 'en', text: 'transmitted by the Committee established in accordance with paragraph 8 of the same resolution (hereafter the Committee),', expected: [] },
    { lang: 'en', text: 'the Group of experts referred to in paragraph 10 of resolution 1533, dated 15 July 2004 (S/2004/551), transmitted by the Committee established in accordance with paragraph 8 of the same resolution (hereafter the Committee),', expected: ['Committee1533'] },
    { lang: 'fr', text: "aux personnes et aux entités que le Comité créé en application du paragraphe 16 de ladite résolution (ci-après « le Comité ») aura désignées, et réaffirme que les dispositions de la résolution 2206 (2015)", expected: [] },
    { lang: 'fr', text: "que les mesures édictées au paragraphe 9 de la résolution 2206 (2015) s’appliquent aux personnes et aux entités que le Comité créé en application du paragraphe 16 de ladite résolution (ci-après « le Comité ») aura désignées", expected: ['Committee2206'] },
    { lang: 'es', text: 'el Comité establecido en virtud del párrafo 16 de la resolución 2206 (2015) y el Grupo de Expertos establecido en la misma resolución', expected: ['Committee2206', 'Panel2206'] },
    { lang: 'es', text: 'el Grupo de Expertos establecido en virtud del párrafo 24 de la resolución 1973 (2011)', expected: ['Panel1973'] },
    // English 2000-2009: "re-established" (U+2011 hyphen, S/RES/1907), a lettered paragraph after a link verb (1651, 1390), the known re-establishments of the Somalia Monitoring Group and the Liberia Panel (committees.json known)
    { lang: 'en', text: 'Decides to further expand the mandate of the Monitoring Group re\u2011established by resolution 1853 (2008) to monitor', expected: ['SEMG'] },
    { lang: 'en', text: 'the Committee established by paragraph 3 (a) of resolution 1591 (2005) to take account of', expected: ['Committee1591'] },
    { lang: 'en', text: 'the Monitoring Group established pursuant to paragraph 4 (a) of resolution 1363 (2001), to monitor', expected: ['MonitoringGroup1363'] },
    { lang: 'en', text: 'Decides to re-establish the Panel of Experts appointed pursuant to paragraph 4 of resolution 1854 (2008)', expected: ['Panel1521'] },
    // the short link "pursuant to" takes no lettered paragraph: "the Committee, pursuant to paragraph 1 (b) of resolution 1452 (2002)" (1735) is the 1267 Committee's procedure
    { lang: 'en', text: 'Encourages the Committee, pursuant to paragraph 1 (b) of resolution 1452 (2002), to', expected: [] },
    // "Comité de sanciones", "Comité des sanctions" before the link (probe set 13, Noticias ONU and CS styles)
    { lang: 'es', text: 'El Comité de sanciones establecido en virtud de la resolución 2653 (2022) incluyó en su lista a varios de sus líderes', expected: ['Committee2653'] },
    { lang: 'fr', text: 'le Comité des sanctions créé par la résolution 2374 (2017) a inscrit huit personnes sur sa liste', expected: ['Committee2374'] },
    // no resolution after the link: nothing
    { lang: 'ru', text: 'просит Комитет, учрежденный в 2011 году, представить доклад', expected: [] },
    { lang: 'zh', text: '请委员会提交报告', expected: [] },
  ];
  for (const row of rows) {
    it(`${row.lang}: ${row.text.slice(0, 50)}`, () => {
      expect(withTokens(row.text).map((body) => body.id)).toEqual(row.expected);
      expect(findSubsidiaryBodies(row.text).map((body) => body.id)).toEqual(row.expected);
    });
  }
});

describe('findSubsidiaryBodies: a data pattern\'s leading word-start check, made after the hit', () => {
  it('finds an Arabic committee at a word start or after its proclitics, never after another letter', () => {
    const at = (text: string) => findSubsidiaryBodies(text).map((body) => [body.id, body.start]);
    expect(at('يطلب إلى لجنة مجلس الأمن المنشأة عملا بالقرار 1267 (1999) أن')).toEqual([['Committee1267', 9]]);
    expect(at('ولجنة مجلس الأمن المنشأة عملا بالقرار 1267 (1999)')).toEqual([['Committee1267', 0]]);
    // "ك" is no proclitic of the pattern: the name starts inside a word
    expect(at('يطلب إلى كلجنة مجلس الأمن المنشأة عملا بالقرار 1267 (1999) أن')).toEqual([]);
    expect(at('وكلجنة مجلس الأمن المنشأة عملا بالقرار 1267 (1999)')).toEqual([]);
    // after a letter outside the BMP (one code point, two code units)
    expect(at('\u{1D400}لجنة مجلس الأمن المنشأة عملا بالقرار 1267 (1999)')).toEqual([]);
  });
});

