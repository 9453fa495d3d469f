/**
 * The Secretary-General's Special Representatives and Envoys told apart, with sentences of
 * Security Council resolutions of 2020–2021 outside the mandates gold (S/RES/25xx in
 * ../shared/corpus/unsc) and older English ones.
 */
import { describe, expect, it } from 'vitest';
import { fragmentEvidence } from '@unkg/graph';
import { extractEntities, recogniseEntities } from './index';
import { testDocument } from './testing';

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
});
