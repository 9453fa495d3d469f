/**
 * Mandates in English presidential statements of 2005–2009 (sentences of ../shared/corpus/unsc/text,
 * none of the mandates gold): statement verbs and the names the statements give the Council's bodies.
 * A statement's paragraphs are numbered here as operative paragraphs ("6. …"), as the segmenter reads them.
 */
import { describe, expect, it } from 'vitest';
import { fragmentEvidence } from '@unkg/graph';
import { extractEntities } from './index';
import { testDocument } from './testing';

function mandates(text: string, textOf: string): Array<{ body: string; verb: string | null; paragraph: string | null; role?: string }> {
  const fragment = extractEntities(testDocument(text, { lang: 'en', textOf }), 'doc:test.txt');
  return fragment.edges
    .filter((edge) => edge.kind === 'MANDATES')
    .flatMap((edge) => fragmentEvidence(edge).map((evidence) => ({ edge, evidence })))
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .map(({ edge, evidence }) => ({
      body: edge.target.replace('body:', ''),
      verb: evidence.verb,
      paragraph: evidence.paragraph,
      ...(evidence.role ? { role: evidence.role } : {}),
    }));
}

describe('mandates in presidential statements (en)', () => {
  it('"asks" gives a task as "requests" does (S/PRST/2007/23, para 6)', () => {
    const text =
      '6. The Security Council in particular takes note of the Special Court’s ongoing needs for financial support. The Security Council emphasizes the vital need for further pledges of voluntary contributions in order to allow the Special Court to complete its mandate in a timely manner; and asks all United Nations Member States to consider making such pledges.';
    expect(mandates(text, 'S/PRST/2007/23')).toEqual([{ body: 'MemberStates', verb: 'request', paragraph: '6' }]);
  });
  it('"asks the Secretary-General to" in a resolution (S/RES/1475 (2003), para 5)', () => {
    const text =
      '5. Stresses its full support for the Secretary-General’s mission of Good Offices as entrusted to him in resolution 1250 (1999) and asks the Secretary-General to continue to make available his Good Offices for Cyprus as outlined in his report;';
    expect(mandates(text, 'S/RES/1475 (2003)')).toEqual([{ body: 'SG', verb: 'request', paragraph: '5' }]);
  });
  it('the "Al-Qaida/Taliban Sanctions Committee" of 2005 is the 1267 Committee (S/PRST/2005/34, para 7)', () => {
    const text =
      '7. Moreover, the Security Council encourages its Counter-Terrorism Committee, Al-Qaida/Taliban Sanctions Committee, and, when appropriate its 1540 Committee, as well as relevant organizations, to enhance cooperation with a view to identifying, promoting, and developing, as appropriate, best practices to provide clarity and guidance to States on implementation of the provisions of the relevant resolutions.';
    expect(mandates(text, 'S/PRST/2005/34').map((mandate) => mandate.body)).toEqual(['CTC', 'Committee1267', 'Committee1540']);
  });
});
