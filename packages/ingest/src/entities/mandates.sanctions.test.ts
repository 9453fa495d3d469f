/**
 * Mandates in English resolutions of 2000–2009 on sanctions groups and peacekeeping (sentences of
 * ../shared/corpus/unsc/text, none of the mandates gold): the Somalia Monitoring Group and the
 * Liberia Panel under their re-establishing resolutions, and "troop contributors".
 */
import { describe, expect, it } from 'vitest';
import { mandateItems } from './testing';

const mandates = mandateItems;

describe('mandates: sanctions groups re-established under another resolution (en, 2000–2009)', () => {
  it('"the Monitoring Group" with no full name is the Somalia Monitoring Group (S/RES/1766 (2007), para 3)', () => {
    const text =
      '3. Decides to extend the mandate of the Monitoring Group referred to in paragraph 3 of resolution 1558 (2004) and requests the Secretary-General to take the necessary administrative measures as expeditiously as possible to re-establish the Monitoring Group for a further six months;';
    expect(mandates(text, 'S/RES/1766 (2007)').map((item) => item.body)).toContain('SEMG');
  });
  it('the Monitoring Group "re‑established by resolution 1853 (2008)" (S/RES/1907 (2009), para 19)', () => {
    const text =
      '19. Decides to further expand the mandate of the Monitoring Group re\u2011established by resolution 1853 (2008) to monitor and report on implementation of the measures imposed in this resolution, and requests the Secretary-General to make appropriate arrangements for additional resources;';
    expect(mandates(text, 'S/RES/1907 (2009)')).toEqual([
      { body: 'SEMG', verb: 'decide', paragraph: '19' },
      { body: 'SG', verb: 'request', paragraph: '19' },
    ]);
  });
  it('the Liberia Panel "appointed pursuant to paragraph 4 of resolution 1854 (2008)" (S/RES/1903 (2009), para 9)', () => {
    const text = '9. Decides to extend the mandate of the Panel of Experts appointed pursuant to paragraph 4 of resolution 1854 (2008) for a further period until 20 December 2010 to undertake the following tasks:';
    expect(mandates(text, 'S/RES/1903 (2009)').map((item) => item.body)).toEqual(['Panel1521']);
  });
  it('"troop contributors" are the TPCC (S/RES/1828 (2008), para 4)', () => {
    const text =
      '4. Welcomes the intention of the Secretary-General to deploy 80 per cent of UNAMID by 31 December 2008, and urges the Government of Sudan, troop contributors, donors, the United Nations Secretariat and all stakeholders to do all they can to facilitate this;';
    expect(mandates(text, 'S/RES/1828 (2008)').map((item) => item.body)).toEqual(['Gov-SD', 'TPCC', 'Secretariat']);
  });
});

describe('mandates: a phrase between commas before "that", and "in concert with" (en)', () => {
  it('"Decides, for a further period …, that all States shall" (S/RES/1807 (2008), para 1)', () => {
    const text =
      '1. Decides, for a further period ending on 31 December 2008, that all States shall take the necessary measures to prevent the direct or indirect supply, sale or transfer, from their territories or by their nationals, or using their flag vessels or aircraft, of arms and any related materiel;';
    expect(mandates(text, 'S/RES/1807 (2008)')).toEqual([{ body: 'MemberStates', verb: 'decide', paragraph: '1' }]);
  });
  it('"Requests, in this connection, that the Secretary-General, if necessary, send" (S/RES/1315 (2000), para 5)', () => {
    const text =
      '5. Requests, in this connection, that the Secretary-General, if necessary, send a team of experts to Sierra Leone as may be required to prepare the report referred to in paragraph 6 below;';
    expect(mandates(text, 'S/RES/1315 (2000)')).toEqual([{ body: 'SG', verb: 'request', paragraph: '5' }]);
  });
  it('"in concert with the Government of Haiti" is a partner (S/RES/1840 (2008), para 23)', () => {
    const text =
      '23. Calls upon MINUSTAH and the United Nations country team to further enhance their coordination and, in concert with the Government of Haiti and international partners, help ensure greater efficiency in the implementation of the National Strategy for Growth and Poverty Reduction Paper (DSNCRP);';
    expect(mandates(text, 'S/RES/1840 (2008)')).toEqual([
      { body: 'MINUSTAH', verb: 'call upon', paragraph: '23' },
      { body: 'UNCT', verb: 'call upon', paragraph: '23' },
      { body: 'Gov-HT', verb: 'call upon', paragraph: '23', role: 'partner' },
    ]);
  });
});

describe('mandates: "the mandate of the current …" extended (en)', () => {
  it('"extend the mandate of the current New York-based Monitoring Team" (S/RES/1822 (2008), para 39)', () => {
    const text =
      '39. Decides, in order to assist the Committee in the fulfilment of its mandate, to extend the mandate of the current New York-based Monitoring Team, appointed by the Secretary-General pursuant to paragraph 20 of resolution 1617 (2005), for a further period of 18 months, under the direction of the Committee with the responsibilities outlined in Annex 1, and requests the Secretary-General to make the necessary arrangements to this effect;';
    expect(mandates(text, 'S/RES/1822 (2008)').map((item) => `${item.body} ${item.verb}`)).toContain('MonitoringTeam decide');
  });

  it('"extend the mandate of the New York-based Monitoring Team", without "current" (S/RES/1617 (2005), para 19)', () => {
    const text =
      '19. Decides, in order to assist the Committee in the fulfilment of its mandate, to extend the mandate of the New York-based Monitoring Team for a period of 17 months, under the direction of the Committee with the responsibilities outlined in annex I;';
    expect(mandates(text, 'S/RES/1617 (2005)').map((item) => `${item.body} ${item.verb}`)).toContain('MonitoringTeam decide');
  });
});

describe('mandates: "the Secretary-General, Member States and …" is a list, not a title before a name (index.ts isPersonTitle, persons.json notNames)', () => {
  it('"Urges the Secretary General, Member States and the heads of regional organizations to" (S/RES/1888 (2009), para 16)', () => {
    const text =
      '16. Urges the Secretary General, Member States and the heads of regional organizations to take measures to increase the representation of women in mediation processes and decision-making processes with regard to conflict resolution and peacebuilding;';
    expect(mandates(text, 'S/RES/1888 (2009)')).toEqual([
      { body: 'SG', verb: 'urge', paragraph: '16' },
      { body: 'MemberStates', verb: 'urge', paragraph: '16' },
    ]);
  });
  it('"Requests the Secretary-General, Member States, and the Government of Mali to" (S/RES/2531 (2020), para 47)', () => {
    const text =
      "47. Requests the Secretary-General, Member States, and the Government of Mali to continue to take all appropriate measures to review and enhance the safety and security of MINUSMA's personnel, in line with resolution 2518 (2020);";
    expect(mandates(text, 'S/RES/2531 (2020)').map((item) => item.body)).toEqual(['SG', 'MemberStates', 'Gov-ML']);
  });
});

describe('mandates: "its demand" with a phrase before its that-clause (en)', () => {
  it('"Reiterates its demand, expressed in paragraph 19 of resolution 1596, that all parties and all States" (S/RES/1807 (2008), para 21)', () => {
    const text =
      '21. Reiterates its demand, expressed in paragraph 19 of resolution 1596, that all parties and all States, particularly those in the region, cooperate fully with the work of the Group of Experts, and that they ensure:';
    // (the Group of Experts the partner of "cooperate fully with", no "to" before it: stop 32, q68; alone, the generic panel key)
    expect(mandates(text, 'S/RES/1807 (2008)').map((item) => `${item.body} ${item.verb}${item.role ? ` ${item.role}` : ''}`)).toEqual(['MemberStates demand', 'PanelOfExperts reiterate partner']);
  });
  it('"reiterates its demand in particular that the Ivorian authorities take" (S/RES/1842 (2008), para 4)', () => {
    const text =
      '4. Reiterates its demand in particular that the Ivorian authorities take the necessary measures to put an immediate end to any violation of measures imposed by paragraph 11 of resolution 1572 (2004);';
    expect(mandates(text, 'S/RES/1842 (2008)').map((item) => `${item.body} ${item.verb}`)).toEqual(['Gov-CI demand']);
  });
});

describe('mandates: "the Committee" is no working group (bodies.json category working-group)', () => {
  it('a text naming the Working Group on Children and Armed Conflict and one panel: "the Committee" is the panel\'s committee (S/RES/2551 (2020), preamble and para 14)', () => {
    const text = [
      'Noting the adoption of conclusions on Children and Armed Conflict in Somalia on 11 August 2020 by the Security Council Working Group on Children and Armed Conflict,',
      'Recognising that the threat posed by Al-Shabaab to peace, security and stability in Somalia and the region goes beyond the group\u2019s conventional military action and asymmetric warfare, expressing serious concern at Al-Shabaab\u2019s ability to generate revenue as documented in the final report of the Panel of Experts (the Panel) on Somalia (S/2020/949),',
      '14. Decides that the State or international, regional or subregional organisation delivering weapons and military equipment to the Somali National Security Forces pursuant to paragraph 10 or 11, may alternatively, make an advance request for approval or notification, as applicable, in consultation with the FGS, decides that a State or international, regional or subregional organisation choosing to do so should inform the appropriate national coordinating body within the FGS of the advance request for approval or notification and provide the FGS with technical support with notification procedures where appropriate, and requests the Committee to transmit advance requests for approval and notifications from States or international, regional or subregional organisations to the appropriate national coordinating body in the FGS;',
    ].join('\n\n');
    const bodies = mandates(text, 'S/RES/2551 (2020)').map((item) => item.body);
    expect(bodies).not.toContain('WGCAAC');
    expect(bodies).toContain('Committee751');
  });
});
