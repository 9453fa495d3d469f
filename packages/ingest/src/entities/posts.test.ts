/**
 * The Secretary-General's Special Representatives and Envoys told apart, with sentences of
 * Security Council resolutions of 2020–2021 outside the mandates gold (S/RES/25xx in
 * ../shared/corpus/unsc) and older English ones.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fragmentEvidence } from '@unkg/graph';
import { loadFile } from '../load';
import { analyseDocument } from '../pipeline';
import { foldText } from './fold';
import { extractEntities, recogniseEntities } from './index';
import { placeReader } from './posts';
import { testDocument } from './testing';

const CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));

/** The post mentions of a text: "id[surface]". */
function posts(text: string, lang: string, textOf: string | null = null): string[] {
  const doc = testDocument(text, { lang, textOf });
  return recogniseEntities(doc)
    .mentions.filter((mention) => /^(?:SRSG|SpecialEnvoy|PersonalEnvoy)/u.test(mention.id))
    .map((mention) => `${mention.id}[${text.slice(mention.start, mention.end)}]`);
}

function mandates(text: string, lang: string): string[] {
  const doc = testDocument(text, { lang, textOf: 'S/RES/2500 (2020)' });
  return extractEntities(doc, 'doc:test.txt')
    .edges.filter((edge) => edge.kind === 'MANDATES')
    .flatMap((edge) => fragmentEvidence(edge).map((evidence) => ({ edge, evidence })))
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .map(({ edge, evidence }) => [edge.target.replace('body:', ''), evidence.verb, evidence.role].filter(Boolean).join(' '));
}

describe('specific posts', () => {
  it('a title and a country: "for Mali", "по Йемену", "للعراق", "秘书长阿富汗问题特别代表"', () => {
    expect(posts("Se félicitant de la nomination d'El-Ghassim Wane comme nouveau Représentant spécial du Secrétaire général pour le Mali,", 'fr')).toEqual([
      'SRSG-ML[Représentant spécial du Secrétaire général pour le Mali]',
    ]);
    expect(posts('выражая поддержку Специальному посланнику Генерального секретаря по Йемену,', 'ru')).toEqual([
      'SpecialEnvoy-YE[Специальному посланнику Генерального секретаря по Йемену]',
    ]);
    expect(posts('وإذ يرحب بتقرير الممثلة الخاصة للعراق،', 'ar')).toEqual(['SRSG-IQ[الممثلة الخاصة للعراق]']);
    expect(posts('表示支持秘书长阿富汗问题特别代表，', 'zh')).toEqual(['SRSG-AF[秘书长阿富汗问题特别代表]']);
  });

  it('regions and thematic mandates, in six languages', () => {
    expect(posts('Alentando a la Unión Africana y al Enviado Especial del Secretario General para el Cuerno de África a que intensifiquen su labor,', 'es')).toEqual([
      'SpecialEnvoy-HornOfAfrica[Enviado Especial del Secretario General para el Cuerno de África]',
    ]);
    expect(posts('Encourages the Secretary General, together with his Special Representative for Children and Armed Conflict, UNICEF,', 'en')).toEqual([
      'SRSG-CAAC[Special Representative for Children and Armed Conflict]',
    ]);
    expect(posts('la Représentante spéciale du Secrétaire général chargée de la question des violences sexuelles commises en période de conflit', 'fr')).toEqual([
      'SRSG-SVC[Représentante spéciale du Secrétaire général chargée de la question des violences sexuelles commises en période de conflit]',
    ]);
    expect(posts('الممثلة الخاصة للأمين العام المعنية بالأطفال والنزاع المسلح', 'ar')).toEqual(['SRSG-CAAC[الممثلة الخاصة للأمين العام المعنية بالأطفال والنزاع المسلح]']);
    expect(posts('请负责儿童与武装冲突问题秘书长特别代表和负责冲突中性暴力问题特别代表根据第1960(2010)号决议', 'zh')).toEqual([
      'SRSG-CAAC[负责儿童与武装冲突问题秘书长特别代表]',
      'SRSG-SVC[负责冲突中性暴力问题特别代表]',
    ]);
    expect(posts('Специальным посланником по району Великих озер', 'ru')).toEqual(['SpecialEnvoy-GreatLakes[Специальным посланником по району Великих озер]']);
  });

  it('the post to the African Union: "to", "auprès de", "ante" and the Union, not an addressee of its own (composed, set 22 style)', () => {
    expect(posts('It also asked the Secretary‑General’s Special Representative to the African Union, Hanna Tetteh, to report on the joint framework.', 'en')).toEqual([
      'SRSG-AfricanUnion[Secretary‑General’s Special Representative to the African Union]',
    ]);
    expect(posts('la Représentante spéciale du Secrétaire général auprès de l’Union africaine', 'fr')).toEqual([
      'SRSG-AfricanUnion[Représentante spéciale du Secrétaire général auprès de l’Union africaine]',
    ]);
    expect(posts('la Representante Especial del Secretario General ante la Unión Africana', 'es')).toEqual([
      'SRSG-AfricanUnion[Representante Especial del Secretario General ante la Unión Africana]',
    ]);
  });

  it('two countries, and "the Secretary-General\'s" as part of the title', () => {
    expect(posts('Expressing disappointment also about Eritrea’s refusal at present to engage with the Secretary-General’s Special Envoy for Ethiopia and Eritrea,', 'en')).toEqual([
      'SpecialEnvoy-ER-ET[Secretary-General’s Special Envoy for Ethiopia and Eritrea]',
    ]);
  });

  it('the head of a mission is the post for its country (or the mission)', () => {
    const text =
      'Expressing its full support for the Special Representative of the Secretary-General and Head of UNSOM, and for the Special Representative of the Chairperson of the African Union Commission for Somalia and Head of AMISOM,';
    // the African Union's Special Representative is not the Secretary-General's
    expect(posts(text, 'en')).toEqual(['SRSG-SO[Special Representative of the Secretary-General and Head of UNSOM]']);
    expect(posts('表示全力支持秘书长特别代表兼联索援助团团长和非洲联盟委员会主席索马里问题特别代表兼非索特派团团长，', 'zh')).toEqual(['SRSG-SO[秘书长特别代表兼联索援助团]']);
    expect(posts("le Représentant spécial du Secrétaire général pour le Sahara occidental et Chef de la MINURSO, Colin Stewart,", 'fr')).toEqual([
      'SRSG-EH[Représentant spécial du Secrétaire général pour le Sahara occidental et Chef de la MINURSO]',
    ]);
  });

  it("an organisation's own post is not the Secretary-General's", () => {
    expect(posts('42. Encourages the European Union, notably its Special Representative for the Sahel and its EUTM Mali and EUCAP Sahel Mali missions, to continue its efforts;', 'en')).toEqual([]);
    expect(posts('the EU Special Representative', 'en')).toEqual([]);
    // the Arabic title holds the possessive (2584); the Secretary-General's own is his post (2567)
    expect(posts('44 - يشجع الاتحاد الأوروبي، ولا سيما ممثله الخاص لمنطقة الساحل وبعثته للمساهمة في تدريب القوات المسلحة المالية', 'ar')).toEqual([]);
    expect(posts('ويشجع كذلك على التشاور بين الكيانات الإقليمية والأمين العام وممثله الخاص بشأن وضع خطة عمل ورسائل مشتركة', 'ar')).toEqual(['SRSG[ممثله الخاص]']);
    expect(posts('the Deputy Special Representative of the Secretary-General', 'en')).toEqual([]);
  });

  it('the office of a post stands for the post', () => {
    expect(posts('21. просит государства-члены, Канцелярию Специального представителя Генерального секретаря по вопросу о детях и вооруженных конфликтах, миротворческие миссии', 'ru')).toEqual([
      'SRSG-CAAC[Канцелярию Специального представителя Генерального секретаря по вопросу о детях и вооруженных конфликтах]',
    ]);
    expect(posts('请会员国、负责儿童与武装冲突问题秘书长特别代表办公室、联合国维持和平特派团', 'zh')).toEqual(['SRSG-CAAC[负责儿童与武装冲突问题秘书长特别代表办公室]']);
  });

  it('a short form is the post of that kind the document names', () => {
    const text =
      'Alentando a la Unión Africana y al Enviado Especial del Secretario General para el Cuerno de África a que intensifiquen su labor,\n10. Alienta a la Unión Africana, al GANUA y al Enviado Especial del Secretario General a que sigan coordinando los esfuerzos;';
    // GANUA: the African Union High-Level Implementation Panel's Spanish acronym
    expect(mandates(text, 'es')).toEqual(['AU encourage', 'AUHIP encourage', 'SpecialEnvoy-HornOfAfrica encourage']);
  });

  it('a plural title stands for no one post: it stays generic where the document names a specific one (set 40 01)', () => {
    const english =
      'By the text, the Council requested the Special Envoys and Special Representatives of the Secretary‑General to brief it regularly.\nThe Council welcomed the work of the Special Representative of the Secretary‑General on Sexual Violence in Conflict, Zainab Hawa Bangura.';
    expect(posts(english, 'en')).toEqual([
      'SpecialEnvoy[Special Envoys]',
      'SRSG[Special Representatives of the Secretary‑General]',
      'SRSG-SVC[Special Representative of the Secretary‑General on Sexual Violence in Conflict]',
    ]);
    // the singular short form still stands for the post the document names
    expect(posts(english.replace('Special Envoys and Special Representatives', 'Special Representative'), 'en').map((post) => post.split('[')[0])).toEqual(['SRSG-SVC', 'SRSG-SVC']);
    const french =
      'Le Conseil a prié les Représentants spéciaux du Secrétaire général de lui rendre compte.\nIl a salué le travail de la Représentante spéciale du Secrétaire général chargée de la question des violences sexuelles commises en période de conflit.';
    expect(posts(french, 'fr').map((post) => post.split('[')[0])).toEqual(['SRSG', 'SRSG-SVC']);
  });

  it("in a mission's resolution, a Special Representative no text names is the one heading the mission", () => {
    const text =
      'Recalling the mandate of the United Nations Assistance Mission in Afghanistan (UNAMA),\n6. Decides that UNAMA and the Special Representative of the Secretary-General will continue to lead international civilian efforts;\n8. Calls on UNAMA to support the Government;';
    expect(mandates(text, 'en')).toEqual(['UNAMA decide', 'SRSG-AF decide', 'UNAMA call upon']);
    // in a news story the post stays generic
    expect(posts('UNAMA and the Special Representative of the Secretary-General met in Kabul.', 'en')).toEqual(['SRSG[Special Representative of the Secretary-General]']);
  });

  it('the place inside the title is not an addressee of its own', () => {
    expect(mandates('3. Requests the Special Representative of the Secretary-General for Iraq to report;', 'en')).toEqual(['SRSG-IQ request']);
    expect(mandates('3. 请秘书长阿富汗问题特别代表提交报告；', 'zh')).toEqual(['SRSG-AF request']);
  });
  it('labels a post with the country as the UN writes it, "the" included (S/RES/1856 (2008); composed probe of q23n)', () => {
    const label = (text: string): string | undefined => {
      const { mentions, entities } = recogniseEntities(testDocument(text, { lang: 'en' }));
      const post = mentions.find((mention) => mention.id.startsWith('SRSG-'));
      return post && entities.get(`Body:${post.id}`)?.label;
    };
    expect(label('to intensify their good offices, in close consultation with the Special Representative of the Secretary-General for the Democratic Republic of the Congo, in facilitating')).toBe(
      'Special Representative of the Secretary-General for the Democratic Republic of the Congo',
    );
    expect(label('Valentine Rugwabiza, Special Representative and Head of the United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA), said')).toBe(
      'Special Representative of the Secretary-General for the Central African Republic',
    );
    expect(label('the Special Representative of the Secretary-General for Afghanistan')).toBe('Special Representative of the Secretary-General for Afghanistan');
  });
});

describe('the places after a title, read without the regex of every place form', () => {
  /** The reader against the regex it stands for, on `text` read from each white space (where the regex may match). */
  function compare(lang: string, texts: string[]): number {
    const reader = placeReader(lang)!;
    const regex = new RegExp(reader.source, 'u');
    let found = 0;
    for (const text of texts) {
      const folded = foldText(text);
      for (let at = 0; at < folded.length; at++) {
        if (!/\s/u.test(folded[at]!)) continue;
        const window = folded.slice(at, at + 160);
        const hit = regex.exec(window);
        const expected = hit ? { first: hit[1], second: hit[2], length: hit[0].length } : null;
        expect(reader.read(window), `${lang} at ${at}: ${window.slice(0, 60)}`).toEqual(expected);
        if (hit) found++;
      }
    }
    return found;
  }

  it('reads what the regex reads: a connector, an article, a place, a second place, and no letter after', () => {
    expect(placeReader('en')!.read(' for the sudan and south sudan, ')).toEqual({ first: 'sudan', second: 'south sudan', length: 30 });
    expect(placeReader('fr')!.read(" pour la corne de l'afrique et le sahel")).toEqual({ first: "la corne de l'afrique", second: 'le sahel', length: 39 });
    // a place followed by a letter is none, a shorter one that ends at a word's end is
    expect(placeReader('en')!.read(' for somaliland')).toBeNull();
    expect(compare('en', [' for the sudan and south sudan, ', ' for somaliland', ' for iraq and', ' in mali and in', ' to  the  niger'])).toBeGreaterThan(0);
    expect(compare('fr', [" pour l'afghanistan et la somalie", ' chargee de la question des enfants et des conflits armes', ' au mali et au niger'])).toBeGreaterThan(0);
    expect(compare('ar', [' للعراق والصومال', ' المعني بالصومال', ' إلى العراق'])).toBeGreaterThanOrEqual(0);
  });

  it('reads what the regex reads in real texts of five languages', () => {
    if (!existsSync(CORPUS)) {
      if (process.env.CI) throw new Error(`${CORPUS} is missing: the corpus is needed`);
      return;
    }
    const byLang = new Map<string, string[]>();
    const names = readdirSync(`${CORPUS}unsc/text`).sort().filter((_, index) => index % 15 === 0);
    for (const name of names) {
      const doc = analyseDocument(loadFile(`${CORPUS}unsc/text/${name}`));
      byLang.set(doc.identity.lang, [...(byLang.get(doc.identity.lang) ?? []), doc.text]);
    }
    for (const lang of ['en', 'fr', 'es', 'ru', 'ar']) {
      expect(byLang.get(lang)?.length ?? 0, lang).toBeGreaterThan(0);
      expect(compare(lang, byLang.get(lang)!), lang).toBeGreaterThan(0);
    }
  }, 60_000);
});

describe('country mandates of the Human Rights Council (envoys.json countryPosts)', () => {
  const rapporteurs = (text: string, lang: string): string[] =>
    recogniseEntities(testDocument(text, { lang, textOf: null }))
      .mentions.filter((mention) => mention.id.startsWith('SpecialRapporteur'))
      .map((mention) => `${mention.id}[${text.slice(mention.start, mention.end)}]`);

  it('"Special Rapporteur on the situation of human rights in <country>", in English, French and Spanish (probe set 35)', () => {
    expect(rapporteurs('It also decided to extend for a year the mandate of the Special Rapporteur on the situation of human rights in the DPRK, Marzuki Darusman,', 'en')).toEqual([
      'SpecialRapporteur-KP[Special Rapporteur on the situation of human rights in the DPRK]',
    ]);
    expect(rapporteurs('la Rapporteuse spéciale sur la situation des droits de l’homme en Érythrée, Sheila B. Keetharuth,', 'fr')).toEqual([
      'SpecialRapporteur-ER[Rapporteuse spéciale sur la situation des droits de l’homme en Érythrée]',
    ]);
    expect(rapporteurs('el Relator Especial sobre la situación de los derechos humanos en Myanmar presentó su informe', 'es')).toEqual([
      'SpecialRapporteur-MM[Relator Especial sobre la situación de los derechos humanos en Myanmar]',
    ]);
  });

  it('no country after the title, or a thematic mandate: nothing', () => {
    expect(rapporteurs('the Special Rapporteur on the situation of human rights defenders', 'en')).toEqual([]);
    expect(rapporteurs('the Special Rapporteur called for access to political prison camps', 'en')).toEqual([]);
    expect(rapporteurs('la Rapporteuse spéciale demande la libération des prisonniers politiques', 'fr')).toEqual([]);
  });
});
