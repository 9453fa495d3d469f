/**
 * Mandates in real paragraphs: S/RES/2370 (2017) (French, seed 003), the draft of S/RES/2482 (2019)
 * quoted in press release CS/13893 (seed 001), and English Security Council texts.
 */
import { describe, expect, it } from 'vitest';
import { fragmentEvidence } from '@unkg/graph';
import { extractEntities } from './index';
import { testDocument } from './testing';

interface Mandate {
  body: string;
  verb: string | null;
  paragraph: string | null;
  role?: string;
}

function mandates(text: string, lang = 'fr', textOf = 'S/RES/2482 (2019)'): Mandate[] {
  const fragment = extractEntities(testDocument(text, { lang, textOf }), 'doc:test.txt');
  // one mandate per evidence item, in text order (a fragment collects an edge's items together)
  return fragment.edges
    .filter((edge) => edge.kind === 'MANDATES')
    .flatMap((edge) => fragmentEvidence(edge).map((evidence) => ({ edge, evidence })))
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .map(({ edge, evidence }) => {
      const mandate: Mandate = { body: edge.target.replace('body:', ''), verb: evidence.verb, paragraph: evidence.paragraph };
      if (evidence.role) mandate.role = evidence.role;
      expect(edge.source).toBe(textOf);
      return mandate;
    });
}

describe('mandates (French)', () => {
  it('finds several verbs and lists of addressees in one paragraph (2482, para 22)', () => {
    const text =
      '22.    Invite les organismes des Nations Unies, en particulier le Bureau de lutte contre le terrorisme et l’Office des Nations Unies contre la drogue et le crime, ainsi que les entités signataires du Pacte mondial de coopération contre le terrorisme, à continuer de fournir aux États Membres, à leur demande, une assistance technique, et engage le Comité contre le terrorisme, avec le soutien de sa Direction exécutive, à continuer de coopérer afin de faciliter la fourniture d’une assistance technique ;';
    expect(mandates(text)).toEqual([
      { body: 'UNOCT', verb: 'invite', paragraph: '22' },
      { body: 'UNODC', verb: 'invite', paragraph: '22' },
      { body: 'CTC', verb: expect.any(String), paragraph: '22' },
      { body: 'CTED', verb: expect.any(String), paragraph: '22', role: 'support' },
    ]);
  });
  it('keeps "avec le soutien de sa Direction exécutive" as a supporting role, "agissant en coordination avec" partners as partners (2482, para 23)', () => {
    const text =
      '23.    Charge le Comité contre le terrorisme, avec le soutien de sa Direction exécutive et en coordination avec les autres organismes compétents des Nations Unies, de continuer de recenser les mesures prises, et demande à la Direction exécutive du Comité contre le terrorisme, agissant en coordination avec le Bureau de lutte contre le terrorisme et l’Office des Nations Unies contre la drogue et le crime, conformément aux dispositions de sa résolution 2395 (2017), d’intégrer la question dans ses évaluations ;';
    expect(mandates(text)).toEqual([
      { body: 'CTC', verb: 'direct', paragraph: '23' },
      { body: 'CTED', verb: 'direct', paragraph: '23', role: 'support' },
      { body: 'CTED', verb: 'call upon', paragraph: '23' },
      { body: 'UNOCT', verb: 'call upon', paragraph: '23', role: 'partner' },
      { body: 'UNODC', verb: 'call upon', paragraph: '23', role: 'partner' },
    ]);
  });
  it('mandates the Secretary-General, not the authors of the joint report (2482, para 25)', () => {
    const text =
      '25.    Prie le Secrétaire général de lui présenter, dans un délai de douze mois, un rapport conjoint du Bureau de lutte contre le terrorisme et de l’Office des Nations Unies contre la drogue et le crime, auquel auront contribué les entités compétentes du système des Nations Unies, notamment la Direction exécutive du Comité contre le terrorisme et l’Équipe d’appui analytique et de surveillance des sanctions ;';
    expect(mandates(text)).toEqual([{ body: 'SG', verb: 'request', paragraph: '25' }]);
  });
  it('reads operative paragraphs only: a preambular request is context (2482, preamble)', () => {
    const text =
      'Engageant les États Membres à recueillir des informations pertinentes, afin de renforcer les réponses pénales apportées à ces formes de criminalité, et demandant à l’Office des Nations Unies contre la drogue et le crime d’appuyer, dans le cadre de ses mandats, l’action des États Membres dans ce domaine, à leur demande,';
    expect(mandates(text)).toEqual([]);
    expect(mandates(`5. ${text.replace('Engageant', 'Engage').replace('demandant', 'demande')}`)).toEqual([
      { body: 'MemberStates', verb: 'call upon', paragraph: '5' },
      { body: 'UNODC', verb: 'call upon', paragraph: '5' },
    ]);
  });
  it('does not mandate a body merely mentioned (2482, para 24; 2370, para 8)', () => {
    const text = [
      '24.    Engage les États Membres à utiliser au mieux les capacités de police de l’Organisation internationale de police criminelle (INTERPOL), notamment les bases de données ;',
      "8. *Exhorte* les États Membres à renforcer, selon qu'il conviendra, la coopération internationale et régionale, en coordination avec l'Organisation internationale de police criminelle et l'Organisation mondiale des douanes;",
      "3. Note la poursuite de la coordination des efforts, et encourage la poursuite de leur collaboration avec le Bureau de lutte contre le terrorisme afin d'assurer la coordination,",
      "4.    Invite les États à redoubler d’efforts, et salue dans ce contexte l’action que continue de mener l’Office des Nations Unies contre la drogue et le crime ;",
    ].join('\n');
    const addressed = mandates(text, 'fr', 'S/RES/2370 (2017)').filter((mandate) => !mandate.role);
    expect(addressed.map((mandate) => mandate.body)).toEqual(['MemberStates', 'MemberStates', 'MemberStates']);
  });
  it('takes every addressee of a list with a committee named by its resolutions (2370, para 18)', () => {
    const text =
      "18. *Charge* son Comité faisant suite aux résolutions [1267 \\(1999\\)](#), [1989 \\(2011\\)](#) et [2253 \\(2015\\)](#) concernant l'EIL (également connu sous le nom de Daech), Al-Qaida et l'Équipe d'appui analytique et de surveillance des sanctions de\n\ncontinuer de mettre l'accent sur la menace;";
    expect(mandates(text, 'fr', 'S/RES/2370 (2017)').map((mandate) => mandate.body)).toEqual(['Committee1267', 'MonitoringTeam']);
  });
  it('encourages bodies joined by "et" around a supporting role (2370, para 17)', () => {
    const text =
      '17. *Encourage* à cet égard le Comité contre le terrorisme, avec le soutien de sa Direction exécutive, et le Bureau de lutte contre le terrorisme à continuer de coopérer afin de faciliter l\'assistance technique;';
    expect(mandates(text, 'fr', 'S/RES/2370 (2017)')).toEqual([
      { body: 'CTC', verb: 'encourage', paragraph: '17' },
      { body: 'CTED', verb: 'encourage', paragraph: '17', role: 'support' },
      { body: 'UNOCT', verb: 'encourage', paragraph: '17' },
    ]);
  });
});

describe('mandates (English)', () => {
  it('requests the Secretary-General (S/RES/2504 (2020), para 6)', () => {
    const text =
      '6. Requests the Secretary-General to report to the Security Council by the end of February 2020 on the feasibility of using alternative modalities for the border crossing of Al Yarubiyah;';
    expect(mandates(text, 'en', 'S/RES/2504 (2020)')).toEqual([{ body: 'SG', verb: 'request', paragraph: '6' }]);
  });
  it('still finds the verb after an "İ" (lower case of two characters)', () => {
    const text = '7. Welcomes the İstanbul Process and requests the Secretary-General to report on its implementation;';
    expect(mandates(text, 'en', 'S/RES/2504 (2020)')).toEqual([{ body: 'SG', verb: 'request', paragraph: '7' }]);
  });
  it('mandates the subject of "Decides that all States shall" (S/RES/1373 (2001))', () => {
    expect(mandates('1. Decides that all States shall prevent and suppress the financing of terrorist acts;', 'en', 'S/RES/1373 (2001)')).toEqual([
      { body: 'MemberStates', verb: 'decide', paragraph: '1' },
    ]);
    expect(mandates('20. Decides to remain seized of the matter.', 'en', 'S/RES/1373 (2001)')).toEqual([]);
  });
  it('mandates a mission whose establishment is authorized (S/RES/1433 (2002), para 1)', () => {
    const text =
      '1. Authorizes the establishment of, as a follow-on mission to UNOA, the United Nations Mission in Angola (UNMA) for a period of six months until 15 February 2003, to pursue the objectives and perform the tasks recommended by the Secretary-General in his report and reflected in paragraph 3 below;';
    expect(mandates(text, 'en', 'S/RES/1433 (2002)')).toEqual([{ body: 'UNMA', verb: 'authorize', paragraph: '1' }]);
  });
  it('ends a mandate extension at a semicolon (S/RES/1615 (2005), para 33: not the CIS peacekeeping force)', () => {
    const text =
      '33. Decides to extend the mandate of UNOMIG for a new period terminating on 31 January 2006; subject to a review as appropriate of its mandate by the Council in the event of changes in the mandate of the CIS peacekeeping force;';
    expect(mandates(text, 'en', 'S/RES/1615 (2005)')).toEqual([{ body: 'UNOMIG', verb: 'decide', paragraph: '33' }]);
  });
  it('reads a plural mission head as one mission per place, each the mission of its date (S/RES/1607 (2005), 1579 (2004), 1609 (2005); coordination.json successors)', () => {
    const missions = 'Calls upon UNMIL and the United Nations Missions in Sierra Leone and Côte d’Ivoire to intensify their cooperation, within their capabilities;';
    const called = (paragraph: string, cote: string): Array<{ body: string; verb: string; paragraph: string }> =>
      ['UNMIL', 'UNAMSIL', cote].map((body) => ({ body, verb: 'call upon', paragraph }));
    expect(mandates(`12. ${missions}`, 'en', 'S/RES/1607 (2005)')).toEqual(called('12', 'UNOCI'));
    expect(
      mandates('10. Calls upon UNMIL and the United Nations Missions in Sierra Leone and Côte d’Ivoire to continue assisting the Committee and the Panel of Experts in accordance with paragraph 23 of resolution 1521 (2003);', 'en', 'S/RES/1579 (2004)'),
    ).toEqual(called('10', 'UNOCI'));
    // (composed: before UNOCI took over on 4 April 2004, the mission in Côte d'Ivoire was MINUCI)
    expect(mandates(`12. ${missions}`, 'en', 'S/RES/1500 (2003)')).toEqual(called('12', 'MINUCI'));
    const liaison = '9. Requests UNOCI to carry out its mandate in close liaison with the United Nations missions in Sierra Leone and in Liberia, including especially in the prevention of movements of arms and combatants across shared borders;';
    expect(mandates(liaison, 'en', 'S/RES/1609 (2005)')).toEqual([
      { body: 'UNOCI', verb: 'request', paragraph: '9' },
      { body: 'UNAMSIL', verb: 'request', paragraph: '9', role: 'partner' },
      { body: 'UNMIL', verb: 'request', paragraph: '9', role: 'partner' },
    ]);
    // (composed: from 2006 the United Nations in Sierra Leone was UNIOSIL)
    expect(mandates(liaison, 'en', 'S/RES/1700 (2006)').map((item) => item.body)).toEqual(['UNOCI', 'UNIOSIL', 'UNMIL']);
    // no places joined: the missions of a region are no body (S/RES/1626 (2005), S/PRST/2007/27 wording)
    expect(mandates('5. Calls upon the United Nations missions in the region to continue their efforts towards enhancing inter-mission cooperation;', 'en', 'S/RES/1626 (2005)')).toEqual([]);
    expect(mandates('5. Calls upon the United Nations Missions in the subregion to contribute to the consolidation of peace and security;', 'en', 'S/RES/1626 (2005)')).toEqual([]);
  });
  it('reads a connective adverb between the verb and its addressee (S/RES/1655 (2006), para 8; mandates.json fillers)', () => {
    const text =
      '8. Urges nevertheless the Lebanese Government to do more to assert its authority in the South, to exert control and monopoly over the use of force and to maintain law and order on its entire territory;';
    expect(mandates(text, 'en', 'S/RES/1655 (2006)')).toEqual([{ body: 'Gov-LB', verb: 'urge', paragraph: '8' }]);
    // (composed) the same adverbs before no body give nothing
    expect(mandates('8. Stresses however the importance of the electoral process;', 'en', 'S/RES/1655 (2006)')).toEqual([]);
  });
  it('reads the Prosecutors of the ICTY and ICTR as posts of their own, one per tribunal (S/RES/1534 (2004) para 4, 1503 (2003) para 1; bodies.json, coordination.json premodifiedPlurals)', () => {
    const review =
      '4. Calls on the ICTY and ICTR Prosecutors to review the case load of the ICTY and ICTR respectively in particular with a view to determining which cases should be proceeded with and which should be transferred to competent national jurisdictions;';
    expect(mandates(review, 'en', 'S/RES/1534 (2004)')).toEqual([
      { body: 'ICTY-Prosecutor', verb: 'call upon', paragraph: '4' },
      { body: 'ICTR-Prosecutor', verb: 'call upon', paragraph: '4' },
    ]);
    // the places of another title first: the Presidents stand for their tribunals, the Prosecutors are their posts
    const outreach =
      '1. Calls on the international community to assist national jurisdictions, as part of the completion strategy, in improving their capacity to prosecute cases transferred from the ICTY and the ICTR and encourages the ICTY and ICTR Presidents, Prosecutors, and Registrars to develop and improve their outreach programmes;';
    expect(mandates(outreach, 'en', 'S/RES/1503 (2003)').map((item) => item.body).sort()).toEqual(['ICTR', 'ICTR-Prosecutor', 'ICTY', 'ICTY-Prosecutor']);
    // (composed) one Prosecutor is its post, with the acronym or the tribunal's English name
    expect(mandates('5. Invites the ICTR Prosecutor to brief the Council;', 'en', 'S/RES/1534 (2004)')).toEqual([{ body: 'ICTR-Prosecutor', verb: 'invite', paragraph: '5' }]);
    expect(mandates('5. Invites the Prosecutor of the International Criminal Tribunal for Rwanda to brief the Council;', 'en', 'S/RES/1534 (2004)')).toEqual([
      { body: 'ICTR-Prosecutor', verb: 'invite', paragraph: '5' },
    ]);
    // places the gazetteer has no Prosecutor for give no post, and no plural head reads a list of other nouns
    expect(mandates('4. Calls on the Sudan and Chad Prosecutors to cooperate;', 'en', 'S/RES/1534 (2004)').map((item) => item.body)).not.toContain('ICTY-Prosecutor');
    expect(mandates('4. Calls on the ICTY and ICTR to cooperate with national prosecutors;', 'en', 'S/RES/1534 (2004)').map((item) => item.body)).toEqual(['ICTY', 'ICTR']);
  });
  it('gives no item for an armed group, named as one of the parties (S/RES/1721 (2006), para 14; mandates.json notMandatedCategories)', () => {
    const text =
      '14. Demands that all the Ivorian parties concerned, in particular the Armed Forces of Forces Nouvelles and the Armed Forces of Côte d’Ivoire, participate fully and in good faith in the work of the quadripartite commission responsible for overseeing the implementation of the DDR programme;';
    expect(mandates(text, 'en', 'S/RES/1721 (2006)')).toEqual([]);
    // (composed) nor as a partner of another addressee; the addressee stays
    expect(mandates('15. Requests UNOCI to work closely with the Armed Forces of the Forces Nouvelles in the disarmament of combatants;', 'en', 'S/RES/1721 (2006)')).toEqual([
      { body: 'UNOCI', verb: 'request', paragraph: '15' },
    ]);
  });
  it('reads the subject of a passive subjunctive as what the clause is done to, no addressee (S/RES/1290 (2000), 1326 (2000); mandates.json patientPassive)', () => {
    // (the texts' one paragraph is unnumbered; numbered here so that the test document reads it as operative)
    expect(mandates('1. Recommends to the General Assembly that Tuvalu be admitted to membership in the United Nations.', 'en', 'S/RES/1290 (2000)')).toEqual([
      { body: 'GA', verb: 'recommend', paragraph: '1' },
    ]);
    expect(
      mandates('1. Recommends to the General Assembly that the Federal Republic of Yugoslavia be admitted to membership in the United Nations.', 'en', 'S/RES/1326 (2000)'),
    ).toEqual([{ body: 'GA', verb: 'recommend', paragraph: '1' }]);
    // a participle that gives a task: the subject stays addressed (S/RES/1870 (2009), para 12)
    expect(
      mandates('12. Recalls the CPA’s provision for referenda, and reaffirming UNMIS’ support for these efforts, requests that UNMIS be prepared to provide assistance to the parties, if requested;', 'en', 'S/RES/1870 (2009)'),
    ).toEqual([{ body: 'UNMIS', verb: 'request', paragraph: '12' }]);
    // the subject of an active subjunctive is addressed (composed from S/RES/1590 (2005) wording)
    expect(mandates('5. Requests that the Secretary-General transfer all functions to UNMIS;', 'en', 'S/RES/1590 (2005)').map((item) => item.body)).toEqual(['SG']);
  });
  it('reads a partner between the subject of "decides that" and its modal as a partner (S/RES/1902 (2009), para 5)', () => {
    const text =
      '5. Decides that BINUB, working in close cooperation with the Government of Burundi, shall pay particular attention to supporting the electoral process, democratic governance, the consolidation of peace, sustainable reintegration and gender issues;';
    expect(mandates(text, 'en', 'S/RES/1902 (2009)')).toEqual([
      { body: 'BINUB', verb: 'decide', paragraph: '5' },
      { body: 'Gov-BI', verb: 'decide', paragraph: '5', role: 'partner' },
    ]);
  });
  it('reads a sub-paragraph opening with "That" under "Decides …:" as its that-clause (S/RES/1792 (2007), para 1 (b))', () => {
    const text =
      '1. Decides, on the basis of its assessment of progress made to date towards meeting the conditions for lifting the measures imposed by resolution 1521 (2003):\n(a) To renew the measures on arms imposed by paragraph 2 of resolution 1521 (2003) for a further period of 12 months from the date of adoption of this resolution;\n(b) That Member States shall notify the Committee established by paragraph 21 of resolution 1521 (2003) (“the Committee”) upon delivery of all arms and related materiel supplied in accordance with paragraph 2 (e) or 2 (f) of resolution 1521 (2003);';
    expect(mandates(text, 'en', 'S/RES/1792 (2007)')).toEqual([{ body: 'MemberStates', verb: 'decide', paragraph: '1 (b)' }]);
  });
  it('keeps partners "in coordination with" as partners, and the authorities as the Government (S/RES/2551 (2020))', () => {
    const text =
      '12. Calls upon the Somali authorities, in coordination with AMISOM, international partners, and relevant United Nations entities, including UNODC, to combat illicit financial flows;';
    expect(mandates(text, 'en', 'S/RES/2551 (2020)')).toEqual([
      { body: 'Gov-SO', verb: 'call upon', paragraph: '12' },
      { body: 'AMISOM', verb: 'call upon', paragraph: '12', role: 'partner' },
      { body: 'UNODC', verb: 'call upon', paragraph: '12', role: 'partner' },
    ]);
  });
  it('reads S/RES/2507 (2020): inserted phrases, adverbs, partners and "the Panel"', () => {
    const text = [
      'The Security Council,',
      'Recalling the Panel of Experts on the CAR established pursuant to resolution 2127 (2013),',
      '1. Decides that, until 31 July 2020, all Member States shall continue to take the necessary measures to prevent the direct or indirect supply of arms;',
      '8. Expresses particular concern about reports of illicit transnational trafficking networks, and requests the Panel, in the course of carrying out its mandate, to devote special attention to the analysis of such networks;',
      '10. Further urges all Member States and all relevant United Nations bodies to ensure unhindered access, in particular to persons, documents and sites in order for the Panel of Experts to execute its mandate;',
      '13. Requests the Secretary-General, in close consultation with MINUSCA, including UNMAS, and the Panel of Experts, to conduct, no later than 30 June 2020, an assessment;',
    ].join('\n');
    expect(mandates(text, 'en', 'S/RES/2507 (2020)')).toEqual([
      { body: 'MemberStates', verb: 'decide', paragraph: '1' },
      { body: 'Panel2127', verb: 'request', paragraph: '8' },
      { body: 'MemberStates', verb: 'urge', paragraph: '10' },
      { body: 'SG', verb: 'request', paragraph: '13' },
      { body: 'MINUSCA', verb: 'request', paragraph: '13', role: 'partner' },
      { body: 'UNMAS', verb: 'request', paragraph: '13', role: 'partner' },
      { body: 'Panel2127', verb: 'request', paragraph: '13', role: 'partner' },
    ]);
  });
  it('reads the French text of S/RES/2507 (2020) the same way', () => {
    const text = [
      'Rappelant le Groupe d’experts sur la République centrafricaine créé en application de la résolution 2127 (2013),',
      '8. Se déclare particulièrement préoccupé par les informations selon lesquelles des réseaux transnationaux de trafiquants continuent de financer les groupes armés, et demande au Groupe d’experts de prêter une attention particulière à l’analyse de ces réseaux ;',
      '13. Prie le Secrétaire général, en étroite consultation avec la MINUSCA, y compris le Service de la lutte antimines, et le Groupe d’experts, de procéder, au plus tard le 30 juin 2020, à une évaluation ;',
    ].join('\n');
    expect(mandates(text, 'fr', 'S/RES/2507 (2020)').map((mandate) => `${mandate.body} ${mandate.paragraph}${mandate.role ? ` ${mandate.role}` : ''}`)).toEqual([
      'Panel2127 8',
      'SG 13',
      'MINUSCA 13 partner',
      'UNMAS 13 partner',
      'Panel2127 13 partner',
    ]);
  });
  it('reads two verbs with their own addressees (composed from S/RES/2536 (2020) wording)', () => {
    const text =
      '7. Calls upon all States to submit an updated report to the Committee no later than 180 days from the date of adoption, and requests the Panel of Experts established pursuant to resolution 2127 (2013) to provide a final report;';
    expect(mandates(text, 'en', 'S/RES/2536 (2020)')).toEqual([
      { body: 'MemberStates', verb: 'call upon', paragraph: '7' },
      { body: 'Panel2127', verb: 'request', paragraph: '7' },
    ]);
  });
});

describe('mandates: partner and support markers, clause openings', () => {
  it('reads a lead verb behind several adverbs, partners out, support in', () => {
    const text =
      '5. Also further strongly urges the Counter-Terrorism Committee, in close cooperation with the United Nations Office on Drugs and Crime and with the support of its Executive Directorate, to continue its work;';
    expect(mandates(text, 'en')).toEqual([
      { body: 'CTC', verb: 'urge', paragraph: '5' },
      { body: 'UNODC', verb: 'urge', paragraph: '5', role: 'partner' },
      { body: 'CTED', verb: 'urge', paragraph: '5', role: 'support' },
    ]);
  });
  it('keeps the bodies after a partner marker as partners, to the end of the inserted phrase', () => {
    const text =
      '9. Encourage INTERPOL et, en liaison avec le Comité contre le terrorisme, l’Office des Nations Unies contre la drogue et le crime à poursuivre leurs efforts ;';
    expect(mandates(text)).toEqual([
      { body: 'INTERPOL', verb: 'encourage', paragraph: '9' },
      { body: 'CTC', verb: 'encourage', paragraph: '9', role: 'partner' },
      { body: 'UNODC', verb: 'encourage', paragraph: '9' },
    ]);
  });
  it('a name right after "for" or "to" in a partner\'s phrase is the one served or told, no partner (S/RES/2614 (2021), 2602 (2021), 2584 (2021))', () => {
    const package_ =
      '2. Requests the Secretary-General to continue to provide a logistical support package in full compliance of Human Rights Due Diligence Policy on United Nations support to Non-United Nations security forces, through UNSOS for UNSOM, AMISOM uniformed personnel and 70 AMISOM civilians and 13,900 Somali security forces as set out in paragraph 21 of resolution 2568 (2021) and on the basis set out in paragraph 2 of resolution 2245 (2015);';
    // (the AMISOM personnel after it are served too, but read as partners still: a list is not followed)
    const served = mandates(package_, 'en', 'S/RES/2614 (2021)').map((item) => `${item.body} ${item.role ?? ''}`.trim());
    expect(served.slice(0, 2)).toEqual(['SG', 'UNSOS partner']);
    expect(served).not.toContain('UNSOM partner');
    const access =
      '7. Reiterates its call upon all parties to cooperate fully with MINURSO, including its free interaction with all interlocutors, and to take the necessary steps to ensure the security of as well as unhindered movement and immediate access for the United Nations and associated personnel in carrying out their mandate, in conformity with existing agreements;';
    expect(mandates(access, 'en', 'S/RES/2602 (2021)').map((item) => `${item.body} ${item.role ?? ''}`.trim())).toEqual(['MINURSO partner']);
    const presentation =
      '11. Calls upon the Independent Observer to continue to make public, including through presentation to the CSA, regular reports containing concrete recommendations on steps to be taken by all parties to accelerate the full, effective and inclusive implementation of the Agreement, and further calls upon all parties to fully cooperate with the Carter Center in order to facilitate the implementation of its mandate as Independent Observer;';
    expect(mandates(presentation, 'en', 'S/RES/2584 (2021)').map((item) => item.body)).not.toContain('CSA');
    // and "in": a place inside the partner's phrase (S/RES/2531 (2020), para 4)
    const representation =
      '4. Calls upon all parties in Mali to ensure full, effective and meaningful participation of women in the mechanisms established by the Agreement to support and monitor its implementation, using the appropriate framework, including through greater representation of women in the CSA, meeting the 30 per cent quota for women in all political functions and offices as defined in Mali’s legislation, and completion of Agreement-related targets laid out in Mali’s third national plan for the implementation of resolution 1325 (2000), and requests the Secretary-General to pay specific attention to these points in its regular reporting on MINUSMA;';
    expect(mandates(representation, 'en', 'S/RES/2531 (2020)').map((item) => item.body)).toEqual(['SG']);
    const paquete =
      '2. Solicita al Secretario General que siga proporcionando un módulo de apoyo logístico en pleno cumplimiento de la política de diligencia debida en materia de derechos humanos en el contexto del apoyo de las Naciones Unidas a fuerzas de seguridad ajenas a la Organización, por conducto de la UNSOS para la UNSOM, el personal uniformado de la AMISOM y 70 efectivos civiles de la AMISOM y 13.900 efectivos de las fuerzas de seguridad somalíes, como se establece en el párrafo 21 de la resolución 2568 (2021) y de conformidad con lo dispuesto en el párrafo 2 de la resolución 2245 (2015);';
    expect(mandates(paquete, 'es', 'S/RES/2614 (2021)').map((item) => item.body)).not.toContain('UNSOM');
    // ru "в отношении МООНСОМ", zh "通过联索支助办为联索援助团"
    const paket = '2. просит Генерального секретаря продолжать предоставление через ЮНСОС — при полном соблюдении политики должной осмотрительности в вопросах прав человека при оказании Организацией Объединенных Наций поддержки силам безопасности, не относящимся к Организации Объединенных Наций, — пакета мер материально-технической поддержки в отношении МООНСОМ, негражданского персонала АМИСОМ и 70 гражданских сотрудников АМИСОМ, а также 13 900 сотрудников сомалийских сил безопасности, как это предусмотрено в пункте 21 резолюции 2568 (2021), и на основе, изложенной в пункте 2 резолюции 2245 (2015);';
    expect(mandates(paket, 'ru', 'S/RES/2614 (2021)').map((item) => item.body)).not.toContain('UNSOM');
    const zhPackage = '2. 请秘书长按照第2568(2021)号决议第21段的规定并在第2245(2015)号决议第2段规定的基础上，继续通过联索支助办为联索援助团、非索特派团军警人员和70名非索特派团文职人员以及13 900名索马里安全部队人员提供完全符合关于联合国向非联合国安全部队提供支持的人权尽职政策的一揽子后勤支助；';
    expect(mandates(zhPackage, 'zh', 'S/RES/2614 (2021)').map((item) => item.body)).not.toContain('UNSOM');
  });
  it('"la Commission vérité, réconciliation et apaisement" is no reference to the RJMEC named before (references.json qualifiers fr; S/RES/2514 (2020), para 3 (c) iii) and para 34)', () => {
    const text = ['3. Décide que le mandat de la MINUSS est le suivant :', 'iii) Participer et concourir activement aux travaux de la Commission mixte de suivi et d’évaluation reconstituée, en particulier au niveau sous-national ;', '34. Insiste sur le fait que la recherche de la vérité et la réconciliation sont essentielles pour instaurer la paix au Soudan du Sud et, à cet égard, souligne que la Commission vérité, réconciliation et apaisement a un rôle primordial à jouer dans la consolidation de la paix au Soudan du Sud, comme indiqué dans l’Accord revitalisé, en conduisant les efforts visant à parvenir à la cohésion nationale et à promouvoir la paix, la réconciliation nationale et l’apaisement ;'].join('\n\n');
    expect(mandates(text, 'fr', 'S/RES/2514 (2020)').map((item) => item.body)).not.toContain('RJMEC');
  });
  it('finds the verbs after a "Σ", whose lower case depends on its context', () => {
    const sigma = '7. Welcomes the ΣΥΝΕΡΓΑΣΙΑ initiative and requests the Secretary-General to report on its progress;';
    expect(mandates(sigma, 'en')).toEqual([{ body: 'SG', verb: 'request', paragraph: '7' }]);
  });
});
