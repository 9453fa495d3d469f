/**
 * Bodies a resolution establishes under a generic name and then tasks by that name, with
 * sentences of Security Council resolutions (S/RES/1373 (2001), 1612 (2005) and sanctions
 * resolutions of 2000–2009 in ../shared/corpus/unsc).
 */
import { describe, expect, it } from 'vitest';
import { fragmentEvidence } from '@unkg/graph';
import { extractEntities } from './index';
import { testDocument } from './testing';

function mandates(text: string, lang: string, textOf: string): string[] {
  const doc = testDocument(text, { lang, textOf });
  return extractEntities(doc, 'doc:test.txt')
    .edges.filter((edge) => edge.kind === 'MANDATES')
    .flatMap((edge) => fragmentEvidence(edge).map((evidence) => ({ edge, evidence })))
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .map(({ edge, evidence }) => [edge.target.replace('body:', ''), evidence.paragraph, evidence.verb, evidence.role].filter(Boolean).join(' '));
}

describe('bodies established under a generic name', () => {
  it('"a Committee of the Security Council" is the committee the gazetteer says the resolution established (1373: the CTC)', () => {
    const text =
      '6. Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council, consisting of all the members of the Council, to monitor implementation of this resolution;\n7. Directs the Committee to delineate its tasks, submit a work programme within 30 days of the adoption of this resolution;';
    expect(mandates(text, 'en', 'S/RES/1373 (2001)')).toEqual(['CTC 6 decide', 'CTC 7 direct']);
  });

  it('a new committee is named after the resolution, and "the Committee" refers back to it', () => {
    const text =
      '8. Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council consisting of all the members of the Council (the Committee) to undertake the following tasks;\n9. Requests the Committee to report to the Council;';
    const result = mandates(text, 'en', 'S/RES/1518 (2003)');
    expect(result).toEqual(['Committee1518 8 decide', 'Committee1518 9 request']);
  });

  it('"a working group of the Security Council" and "the working group" in lower case (1612: the Working Group on Children and Armed Conflict)', () => {
    const text =
      '8. Decides to establish a working group of the Security Council consisting of all members of the Council to review the reports of the mechanism; decides further that the working group shall review progress in the development of action plans;';
    expect(mandates(text, 'en', 'S/RES/1612 (2005)')).toEqual(['WGCAAC 8 decide', 'WGCAAC 8 decide']);
  });

  it('"the establishment of a monitoring and reporting mechanism", then "the mechanism" and "this mechanism"', () => {
    const text =
      '2. Takes note of the action plan presented by the Secretary-General relating to the establishment of a monitoring and reporting mechanism on children and armed conflict and, in this regard:\n3. Underlines that the mechanism is to collect and provide timely information;\n4. Underlines further that this mechanism must operate with the participation of national Governments;';
    expect(mandates(text, 'en', 'S/RES/1612 (2005)')).toEqual(['MRM 3 underline', 'MRM 4 underline']);
  });

  it('French: "de créer … un comité du Conseil de sécurité", then "le Comité"', () => {
    const text =
      '6. Décide de créer, conformément à l’article 28 de son règlement intérieur provisoire, un comité du Conseil de sécurité composé de tous ses membres;\n7. Charge le Comité de définir ses tâches;';
    expect(mandates(text, 'fr', 'S/RES/1373 (2001)')).toEqual(['CTC 6 decide', 'CTC 7 direct']);
  });

  it('"the Committee established by paragraph 14 above" is the committee this resolution established there, not another resolution\'s (1343, 1298)', () => {
    const text =
      '14. Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council, consisting of all the members of the Council, to undertake the following tasks;\n19. Requests the Secretary-General to establish, within one month from the date of adoption of this resolution, in consultation with the Committee established by paragraph 14 above, a Panel of Experts;\n20. Requests the Committee established by paragraph 14 of resolution 1132 (1997) to report;';
    expect(mandates(text, 'en', 'S/RES/1343 (2001)').filter((item) => item.startsWith('Committee'))).toEqual([
      'Committee1343 14 decide',
      'Committee1343 19 request partner',
      'Committee1132 20 request',
    ]);
  });

  it('a body established again is no new body ("вновь учредить Группу экспертов", "re-establish the Panel")', () => {
    const text = '3. просит Генерального секретаря как можно скорее принять необходимые административные меры для того, чтобы вновь учредить Группу экспертов;';
    expect(mandates(text, 'ru', 'S/RES/2528 (2020)').filter((item) => item.startsWith('Panel'))).toEqual([]);
  });

  it('a body established only in the preamble or by another resolution is not made here', () => {
    const text = 'Recalling its decision to establish a Committee of the Security Council,\n5. Requests the Secretary-General to report;';
    expect(mandates(text, 'en', 'S/RES/1700 (2006)')).toEqual(['SG 5 request']);
  });
});
