/**
 * Mandates in English presidential statements of 2005–2009 (sentences of ../shared/corpus/unsc/text,
 * none of the mandates gold): statement verbs and the names the statements give the Council's bodies.
 * A statement's paragraphs are numbered here as operative paragraphs ("6. …"), as the segmenter reads them.
 */
import { describe, expect, it } from 'vitest';
import { mandateItems } from './testing';

const mandates = mandateItems;

describe('mandates in presidential statements (en)', () => {
  it('"reiterates its invitation to relevant States … to join it": an invitation renewed (S/PRST/2006/48, para 11)', () => {
    const text =
      '11. The Security Council reiterates its invitation to relevant States affected by armed conflict that are not yet involved in the implementation of the monitoring and reporting mechanism to join it on a voluntary basis, in cooperation with the Special Representative of the Secretary-General and UNICEF.';
    expect(mandates(text, 'S/PRST/2006/48').map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`)).toEqual([
      'MemberStates invite',
      'SRSG reiterate partner',
      'UNICEF reiterate partner',
    ]);
  });
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
  it('"UN Member States" are the Member States, not the United Nations (S/PRST/2006/45, para 4)', () => {
    const text =
      '4. The Security Council will continue to monitor developments closely. It invites UN Member States to support efforts to bring an end to this conflict so that peace and security can be restored to the region.';
    expect(mandates(text, 'S/PRST/2006/45')).toEqual([{ body: 'MemberStates', verb: 'invite', paragraph: '4' }]);
  });
  it('FOMUC, the CEMAC force (S/PRST/2006/47, para 5)', () => {
    const text =
      '5. It urges the Central African authorities to expedite their efforts to restructure the armed forces and enhance their operational capabilities, and encourages the Multinational Force of the Central African Economic and Monetary Community (FOMUC) to continue supporting the Central African armed forces beyond 30 June 2007.';
    expect(mandates(text, 'S/PRST/2006/47')).toEqual([
      { body: 'Gov-CF', verb: 'urge', paragraph: '5' },
      { body: 'FOMUC', verb: 'encourage', paragraph: '5' },
    ]);
  });
  it('the Dakar Contact Group, a partner of Sudan and Chad (S/PRST/2009/13, para 3; S/RES/1881 (2009), para 9)', () => {
    const text =
      '3. The Security Council calls on Sudan and Chad to respect and fully implement their mutual commitments, in particular in the Doha Agreement of 3 May 2009 and the Dakar Agreement of 13 March 2008, and to engage constructively with the Dakar contact group and the good offices of Libya and Qatar, to normalize their relations, cooperate to put an end to cross-border activities of armed groups and strengthen actions to combat illicit arms trafficking in the region, including through the establishment of an effective joint border monitoring.';
    expect(mandates(text, 'S/PRST/2009/13')).toEqual([
      { body: 'Gov-SD', verb: 'call upon', paragraph: '3' },
      { body: 'Gov-TD', verb: 'call upon', paragraph: '3' },
      { body: 'DakarContactGroup', verb: 'call upon', paragraph: '3', role: 'partner' },
    ]);
  });
  it('"these States", "those Member States": the States addressed again (S/PRST/2008/48, para 6; S/RES/1896 (2009), para 5)', () => {
    const text =
      '6. The Security Council commends the States in the region for their increased cooperation, and welcomes the joint efforts they have made to address the security threat posed by the LRA. The Council calls upon these States to ensure that all actions are carried out in accordance with international humanitarian, human rights and refugee law and to take appropriate measures to protect civilians. The Council encourages these States to keep the United Nations missions in the region informed about their actions.';
    expect(mandates(text, 'S/PRST/2008/48').map((item) => `${item.body} ${item.verb}`)).toEqual(['MemberStates call upon', 'MemberStates encourage']);
    const resolution =
      '5. Calls upon all States, particularly those in the region and those in which individuals and entities designated pursuant to paragraph 3 of this resolution are based, to implement fully the measures specified in this resolution, and to cooperate fully with the Committee in carrying out its mandate, and further calls upon those Member States that have not previously done so to report to the Committee, within forty-five days from the date of adoption of this resolution, on the actions they have taken to implement the measures imposed by paragraphs 1, 2, and 3 above;';
    expect(mandates(resolution, 'S/RES/1896 (2009)').filter((item) => item.body === 'MemberStates').length).toBe(2);
  });
  it('"underscores the urgent need for X to" as "the need for" (S/PRST/2009/12, para 1)', () => {
    const text =
      '1. The Security Council expresses its concern about the current political crisis in Nepal, and underscores the urgent need for the Government of Nepal and all political parties to continue to work together in the spirit of compromise. The Council notes the steps taken so far in the implementation of the peace process and recalls its full support for that process.';
    expect(mandates(text, 'S/PRST/2009/12')).toEqual([{ body: 'Gov-NP', verb: 'request', paragraph: '1' }]);
  });
  it('the Informal Working Group on International Tribunals (S/PRST/2008/47, para 10)', () => {
    const text =
      '10. The Security Council requests the Informal Working Group on international tribunals to continue its efforts in that regard and to concentrate on the main outstanding issues.';
    expect(mandates(text, 'S/PRST/2008/47')).toEqual([{ body: 'IWGTribunals', verb: 'request', paragraph: '10' }]);
  });
  it('the Special Representative for "children and armed conflict" in lower case is the CAAC post (S/PRST/2006/33, para 3)', () => {
    const text = '3. The Security Council urges parties to armed conflict to cooperate with the Special Representative of the Secretary-General for children and armed conflict, as well as with UNICEF.';
    // ("as well as with UNICEF": a conjunction and the marker's preposition again resume the partner list, `listContinuers.resuming`)
    expect(mandates(text, 'S/PRST/2006/33').map((mandate) => `${mandate.body} ${mandate.role ?? ''}`)).toEqual(['SRSG-CAAC partner', 'UNICEF partner']);
  });
  it('"to work in close consultation with the Afghan Interim Authority …, as well as with the Special Representative": a partner too (S/RES/1386 (2001), para 4)', () => {
    const text =
      '4. Calls upon the International Security Assistance Force to work in close consultation with the Afghan Interim Authority in the implementation of the force mandate, as well as with the Special Representative of the Secretary-General;';
    expect(mandates(text, 'S/RES/1386 (2001)').filter((mandate) => mandate.role === 'partner').map((mandate) => mandate.body)).toContain('SRSG');
  });
  it('the "Al-Qaida/Taliban Sanctions Committee" of 2005 is the 1267 Committee (S/PRST/2005/34, para 7)', () => {
    const text =
      '7. Moreover, the Security Council encourages its Counter-Terrorism Committee, Al-Qaida/Taliban Sanctions Committee, and, when appropriate its 1540 Committee, as well as relevant organizations, to enhance cooperation with a view to identifying, promoting, and developing, as appropriate, best practices to provide clarity and guidance to States on implementation of the provisions of the relevant resolutions.';
    expect(mandates(text, 'S/PRST/2005/34').map((mandate) => mandate.body)).toEqual(['CTC', 'Committee1267', 'Committee1540']);
  });
});

describe('mandates: a counted reference ("the two States", "the three Committees") stands for the bodies it counts (en)', () => {
  it('"tensions between Chad and the Sudan, urges the two States": their Governments, not the Member States (S/PRST/2006/53, para 5)', () => {
    const text =
      '5. The Security Council expresses its concern over the continuing tensions between Chad and the Sudan, urges the two States to abide fully by the obligations they assumed with regard to respect for and securing of their common border in the 8 February 2006 Tripoli Agreement and in subsequent agreements concluded between them.';
    expect(mandates(text, 'S/PRST/2006/53').map((mandate) => mandate.body).sort()).toEqual(['Gov-SD', 'Gov-TD']);
  });
  it('"both Governments" after the Government of Lebanon and the Government of Israel (S/PRST/2006/52, para 5)', () => {
    const text =
      '5. The Security Council welcomes the Secretary-General’s indication of the continuing commitment of the Government of Lebanon and the Government of Israel to all aspects of the implementation of resolution 1701 (2006). It urges both Governments to strictly abide by their commitment and to pursue their efforts.';
    expect(mandates(text, 'S/PRST/2006/52').map((mandate) => mandate.body).sort()).toEqual(['Gov-IL', 'Gov-LB']);
  });
  it('"the Governments of the two countries" after "relations between Chad and Sudan" (S/PRST/2006/19, para 7)', () => {
    const text =
      '7. The Security Council notes with deep concern the deteriorating relations between Chad and Sudan and urges the Governments of the two countries to abide by their obligations under the 8 February 2006 Tripoli Agreement.';
    expect(mandates(text, 'S/PRST/2006/19').map((mandate) => mandate.body).sort()).toEqual(['Gov-SD', 'Gov-TD']);
  });
  it('"Urges the two governments" with no State in its paragraph: the two the document names most (S/RES/2550 (2020), preamble and para 14)', () => {
    const text = [
      'Reaffirming its strong commitment to the sovereignty, independence, unity and territorial integrity of Sudan and South Sudan, and to the purposes and the principles of the Charter of the United Nations,',
      'Welcoming continued cooperation between the Government of the Republic of the Sudan and Government of the Republic of South Sudan in support of peace, security and stability,',
      '14. Urges the two governments to take all necessary steps to ensure that Abyei is effectively demilitarized, including through disarmament programmes as necessary;',
    ].join('\n');
    expect(mandates(text, 'S/RES/2550 (2020)').map((mandate) => `${mandate.body} ${mandate.paragraph}`).sort()).toEqual(['Gov-SD 14', 'Gov-SS 14']);
  });
  it('"invites the three Committees" in a paragraph naming none: the three committees named before (S/PRST/2005/34, paras 4 and 9)', () => {
    const text = [
      '4. The Security Council welcomes the briefings by the Chairmen of the Al Qaida/Taliban Sanctions Committee established pursuant to resolution 1267 (1999), the Counter Terrorism Committee established pursuant to resolution 1373 (2001) and the Committee established pursuant to resolution 1540 (2004) on the work of the three Committees.',
      '9. The Security Council invites the three Committees to continue reporting on their activities at regular intervals and, where appropriate, in a coordinated manner.',
    ].join('\n');
    expect(mandates(text, 'S/PRST/2005/34').map((mandate) => `${mandate.body} ${mandate.paragraph}`).sort()).toEqual(['CTC 9', 'Committee1267 9', 'Committee1540 9']);
  });
  it('"urges each Tribunal" after the ICTY and the ICTR in its paragraph; "Calls on each Tribunal" in one naming none: the two the document names most (S/RES/1534 (2004), paras 3 and 5; mandates.json counted "each", "Tribunal")', () => {
    const text = [
      '3. Emphasizes the importance of fully implementing the Completion Strategies, as set out in paragraph 7 of resolution 1503 (2003), that calls on the ICTY and ICTR to take all possible measures to complete investigations by the end of 2004, to complete all trial activities at first instance by the end of 2008 and to complete all work in 2010, and urges each Tribunal to plan and act accordingly;',
      '5. Calls on each Tribunal, in reviewing and confirming any new indictments, to ensure that any such indictments concentrate on the most senior leaders suspected of being most responsible for crimes within the jurisdiction of the relevant Tribunal as set out in resolution 1503 (2003);',
    ].join('\n');
    expect(mandates(text, 'S/RES/1534 (2004)').map((mandate) => `${mandate.body} ${mandate.verb} ${mandate.paragraph}`)).toEqual([
      'ICTY urge 3',
      'ICTR urge 3',
      'ICTY call upon 5',
      'ICTR call upon 5',
    ]);
  });
  it('"each Tribunal" with no tribunal named gives none (S/RES/1534 (2004), para 6, alone)', () => {
    const text =
      '6. Requests each Tribunal to provide to the Council, by 31 May 2004 and every six months thereafter, assessments by its President and Prosecutor, setting out in detail the progress made towards implementation of the Completion Strategy of the Tribunal;';
    expect(mandates(text, 'S/RES/1534 (2004)')).toEqual([]);
  });
  it('a counted reference with no antecedents gives none, nor the Member States of its head ("the two States", no State named)', () => {
    expect(mandates('3. Urges the two States to abide fully by their obligations;', 'S/RES/1000 (1995)')).toEqual([]);
  });
});

describe('mandates: a directive phrase and the resolution that made it before "that" (en)', () => {
  it('"Reiterates its demand expressed in paragraph 1 of resolution 1640 (2005) that Eritrea reverse" (S/RES/1710 (2006), paras 2 and 4)', () => {
    const text = [
      '2. Reiterates its demand expressed in paragraph 1 of resolution 1640 (2005) that Eritrea reverse, without further delay or preconditions, all restrictions on UNMEE’s movement and operations;',
      '4. Reiterates its demand expressed in paragraph 5 of resolution 1640 (2005) that Ethiopia accept fully and without delay the final and binding decision of the Eritrea-Ethiopia Boundary Commission;',
    ].join('\n');
    expect(mandates(text, 'S/RES/1710 (2006)')).toEqual([
      { body: 'Gov-ER', verb: 'demand', paragraph: '2' },
      { body: 'Gov-ET', verb: 'demand', paragraph: '4' },
    ]);
  });
});

describe('mandates: a body its establishing resolution names in lower case (en)', () => {
  it('"to establish an international independent investigation Commission (“the Commission”)" is UNIIIC, and so is "the Commission" after it (S/RES/1595 (2005), paras 1 and 6)', () => {
    const text = [
      '1. Decides, consistent with the above-mentioned letter from the Chargé d’affaires a.i. of Lebanon, to establish an international independent investigation Commission (“the Commission”) based in Lebanon to assist the Lebanese authorities in their investigation of all aspects of this terrorist act;',
      '6. Directs the Commission to determine procedures for carrying out its investigation, taking into account the Lebanese law and judicial procedures;',
    ].join('\n');
    expect(mandates(text, 'S/RES/1595 (2005)')).toEqual([
      { body: 'UNIIIC', verb: 'decide', paragraph: '1' },
      { body: 'UNIIIC', verb: 'direct', paragraph: '6' },
    ]);
  });
});

describe('mandates: a task adverb that is a verb itself ("to continue his", "to take all") starts the task (en)', () => {
  it('"encourages the Secretary-General to continue his consultations with relevant parties, in particular the African Union": the Secretary-General only (S/PRST/2006/19, para 1)', () => {
    const text =
      '1. The Security Council encourages the Secretary-General to continue his consultations with relevant parties, in particular the African Union, on the matter and requests him to closely follow the situation and continue to keep the Security Council informed.';
    expect(mandates(text, 'S/PRST/2006/19').map((mandate) => mandate.body)).toEqual(['SG', 'SG']);
  });
  it('"urges the Special Representative … to take all necessary steps so that BINUCA will be fully operational": not BINUCA (S/PRST/2009/35, para 5)', () => {
    const text =
      '5. The Security Council urges the Special Representative of the Secretary-General to take all necessary steps so that BINUCA will be fully operational as soon as possible after 1 January 2010, in accordance with its mandate as set out in the Statement of its President of 7 April 2009 (S/PRST/2009/5).';
    expect(mandates(text, 'S/PRST/2009/35').map((mandate) => mandate.body)).toEqual(['SRSG-CF']);
  });
  it('"encourages ECOWAS to continue its … support to the Bissau-Guinean authorities": ECOWAS only (S/RES/2512 (2020), para 16)', () => {
    const text =
      '16. Commends ECOWAS for holding to account those who obstruct the smooth conduct of the political and electoral processes and threaten peace and stability in Guinea-Bissau, encourages ECOWAS to continue its political, good offices and mediation support to the Bissau-Guinean authorities;';
    expect(mandates(text, 'S/RES/2512 (2020)').map((mandate) => mandate.body)).toEqual(['ECOWAS']);
  });
  it('"requests the Secretary-General … to take the necessary steps, including … support to the ECOWAS elements": the Secretary-General only (S/RES/1497 (2003), para 4)', () => {
    const text =
      '4. Requests the Secretary-General, pending a decision by the Security Council on the establishment of a United Nations peacekeeping operation in Liberia, to take the necessary steps, including the necessary logistical support to the ECOWAS elements of the Multinational Force, and pre‑positioning critical logistical and personnel requirements to facilitate the rapid deployment of the envisaged operation;';
    expect(mandates(text, 'S/RES/1497 (2003)').map((mandate) => mandate.body)).toEqual(['SG']);
  });
});

describe('mandates: bodies named after a generic addressee and "including" or "in particular" (en)', () => {
  it('"encourages international partners, including BINUB …, to increase their support": BINUB (S/PRST/2007/16, para 4)', () => {
    const text =
      '4. The Security Council urges the Government to intensify its efforts on all aspects of reform of the security sector and encourages international partners, including BINUB in accordance with its mandate, to increase their support for this endeavour.';
    expect(mandates(text, 'S/PRST/2007/16').map((mandate) => mandate.body)).toEqual(['BINUB']);
  });
  it('"encourages the international community, including BINUCA, to provide": BINUCA (S/PRST/2009/35, para 2)', () => {
    const text = '2. The Security Council encourages the international community, including BINUCA, to provide timely and adequate support to the process.';
    expect(mandates(text, 'S/PRST/2009/35').map((mandate) => mandate.body)).toEqual(['BINUCA']);
  });
  it('"urges all international partners, in particular BINUB, UNDP and the World Bank, to ensure" (S/RES/1858 (2008), para 11)', () => {
    const text =
      '11. Underscores the importance of the disarmament, demobilization and reintegration process and urges all international partners, in particular BINUB, UNDP and the World Bank, to ensure that there are no gaps in resources and capacities during the interim period;';
    expect(mandates(text, 'S/RES/1858 (2008)').map((mandate) => mandate.body)).toEqual(['BINUB', 'UNDP', 'WorldBank']);
  });
  it('"calls on the international community and the United Nations system to strengthen": the United Nations (S/PRST/2009/32, para 11)', () => {
    const text =
      '11. The Security Council calls on the international community and the United Nations system to strengthen their cooperation with regional and subregional organizations, in the fight against drug trafficking including in Africa.';
    expect(mandates(text, 'S/PRST/2009/32').map((mandate) => mandate.body)).toEqual(['UN']);
  });
});

describe('mandates: neighbouring and host States are the Member States addressed (en)', () => {
  it('"urges the neighbouring states concerned", in lower case (S/PRST/2007/28, para 9)', () => {
    const text = '9. The Council urges the neighbouring states concerned to further facilitate the effective reintegration of returning former combatants and to prevent all recruiting activities within their territories.';
    expect(mandates(text, 'S/PRST/2007/28').map((mandate) => mandate.body)).toEqual(['MemberStates']);
  });
  it('"Calls on the neighbouring States to report to the Committee" (S/RES/1519 (2003), para 8)', () => {
    const text = '8. Calls on the neighbouring States to report to the Committee quarterly on their efforts to implement the arms embargo, bearing in mind their crucial role in the implementation of the arms embargo;';
    expect(mandates(text, 'S/RES/1519 (2003)').map((mandate) => mandate.body)).toEqual(['MemberStates']);
  });
  it('"Requests the host states to fulfil their obligations" (S/RES/2518 (2020), para 2)', () => {
    const text = '2. Requests the host states to fulfil their obligations to facilitate access and freedom of movement for United Nations peacekeepers and their equipment consistent with the mandate;';
    expect(mandates(text, 'S/RES/2518 (2020)').map((mandate) => mandate.body)).toEqual(['MemberStates']);
  });
});

describe('mandates: joint work between two committees named by their resolutions (en)', () => {
  it('"improved coordination … between the Committee established pursuant to resolution 1267 (1999) (hereinafter referred to as “the Committee”) and the Committee established pursuant to resolution 1373 (2001)": both ("pursuant to" inside a name blocks nothing, "referred to as" is no task) (S/RES/1455 (2003), para 3)', () => {
    const text =
      '3. Stresses the need for improved coordination and increased exchange of information between the Committee established pursuant to resolution 1267 (1999) (hereinafter referred to as “the Committee”) and the Committee established pursuant to resolution 1373 (2001);';
    expect(mandates(text, 'S/RES/1455 (2003)').map((mandate) => mandate.body)).toEqual(['Committee1267', 'CTC']);
  });
  it('"Stresses that improved cooperation between the Sudan, Chad and the Central African Republic … is also critical" (S/RES/1861 (2009), para 27)', () => {
    const text =
      '27. Stresses that improved cooperation between the Sudan, Chad and the Central African Republic with a view to putting an end to the activities of armed groups in the region is also critical to the restoration of peace and security in eastern Chad and the north-eastern Central African Republic;';
    expect(mandates(text, 'S/RES/1861 (2009)').map((mandate) => mandate.body)).toEqual(['Gov-SD', 'Gov-TD', 'Gov-CF']);
  });
});

describe('mandates in older English resolutions: verbs and collective names (en)', () => {
  it('"and consequently requests the Secretary-General to propose" ("consequently" is a verb modifier) (S/RES/1539 (2004), para 3)', () => {
    const text =
      '3. Expresses its intention to take appropriate measures, in particular while considering subregional and cross-border activities, to curb linkages between illicit trade in natural and other resources, illicit trafficking in small arms and light weapons, cross-border abduction and recruitment, and armed conflict, which can prolong armed conflict and intensify its impact on children, and consequently requests the Secretary-General to propose effective measures to control this illicit trade and trafficking;';
    expect(mandates(text, 'S/RES/1539 (2004)').map((mandate) => mandate.body)).toEqual(['SG']);
  });
  it('"requests contributing countries to incorporate the Six Core Principles": the troop- and police-contributing countries (S/RES/1539 (2004), para 10)', () => {
    const text =
      '10. Notes with concern all the cases of sexual exploitation and abuse of women and children, especially girls, in humanitarian crisis, including those cases involving humanitarian workers and peacekeepers, requests contributing countries to incorporate the Six Core Principles of the Inter-Agency Standing Committee on Emergencies into pertinent codes of conduct for peacekeeping personnel;';
    expect(mandates(text, 'S/RES/1539 (2004)').map((mandate) => mandate.body)).toEqual(['TPCC']);
  });
  it('"Requests that cooperating States take appropriate steps": the Member States (S/RES/1846 (2008), para 13)', () => {
    const text =
      '13. Requests that cooperating States take appropriate steps to ensure that the activities they undertake pursuant to the authorization in paragraph 10 do not have the practical effect of denying or impairing the right of innocent passage to the ships of any third State;';
    expect(mandates(text, 'S/RES/1846 (2008)').map((mandate) => mandate.body)).toEqual(['MemberStates']);
  });
  it('"in consultation with the High Commissioner for Refugees": UNHCR a partner (S/PRST/2007/28, para 9)', () => {
    const text =
      '9. It encourages both governments to continue to cooperate to solve their common security concerns, to improve their diplomatic relations, and to support the voluntary return of refugees, in consultation with the High Commissioner for Refugees.';
    expect(mandates(text, 'S/PRST/2007/28').map((mandate) => `${mandate.body} ${mandate.role ?? ''}`.trim())).toEqual(['UNHCR partner']);
  });
  it('a State\'s adjective before "parties" does not end the addressees: "all Somali parties and Member States" (S/PRST/2005/32, para 12)', () => {
    const text =
      '12. The Security Council welcomes the steps being taken to strengthen the capacity of the United Nations Political Office for Somalia (UNPOS) and reaffirms its strong support for the leadership of the Secretary-General Special Representative (SRSG) in his efforts in fostering inclusive dialogue among the leaders of the TFIs. The Security Council calls upon all Somali parties and Member States to extend to him their fullest cooperation in this regard.';
    expect(mandates(text, 'S/PRST/2005/32').map((mandate) => mandate.body)).toEqual(['MemberStates']);
  });
  it('"the leaders of the TFIs" after "all Somali parties and": the TFIs (S/PRST/2005/54, para 4)', () => {
    const text =
      '4. The Security Council expresses its concern and disappointment over the lack of progress in ameliorating the contention between the leaders of the TFIs, and over the non-functioning of the Transitional Federal Parliament (TFP), which has an essential role in promoting the peace process. The Council calls upon all Somali parties and the leaders of the TFIs to take concrete steps towards reaching a consensus agreement through inclusive dialogue without delay.';
    expect(mandates(text, 'S/PRST/2005/54').map((mandate) => mandate.body)).toEqual(['SomaliaTFIs']);
  });
  it('"Further calls on all Liberian parties and Member States to cooperate fully with": the Member States (S/RES/1497 (2003), para 11)', () => {
    const text =
      '11. Further calls on all Liberian parties and Member States to cooperate fully with the Multinational Force in Liberia in the execution of its mandate and to respect the security and freedom of movement of the Multinational Force, as well as to ensure the safe and unimpeded access of international humanitarian personnel to populations in need in Liberia;';
    expect(mandates(text, 'S/RES/1497 (2003)').filter((mandate) => !mandate.role).map((mandate) => mandate.body)).toEqual(['MemberStates']);
  });
  it('"urges the Ivorian parties, the High Representative for the Elections together with UNOCI": the High Representative (S/RES/1721 (2006), para 18)', () => {
    const text =
      '18. Encourages the Prime Minister to seek, as appropriate, the active involvement of civil society in moving the peace process forward, and urges the Ivorian parties, the High Representative for the Elections together with UNOCI to take account of the rights and resources of women and of gender considerations as set out in resolution 1325 (2000) as cross-cutting issues in the implementation of the peace process;';
    expect(mandates(text, 'S/RES/1721 (2006)').filter((mandate) => !mandate.role).map((mandate) => mandate.body)).toEqual(['HRE-CI']);
  });
  it('"the Ivorian State authorities": the Government (S/PRST/2006/9, para 4)', () => {
    const text = '4. The Security Council urges the Ivorian State authorities to facilitate, notably in the West, the return of humanitarian agencies and organizations.';
    expect(mandates(text, 'S/PRST/2006/9').map((mandate) => mandate.body)).toEqual(['Gov-CI']);
  });
  it('"Decides to authorize the Secretary-General to redeploy": an authorization, the Secretary-General (S/RES/1657 (2006), para 1)', () => {
    const text = '1. Decides to authorize the Secretary-General to redeploy immediately a maximum of one infantry company from UNMIL to the United Nations Operation in Côte d’Ivoire (UNOCI), until 31 March 2006, in order to provide extra security coverage for United Nations personnel;';
    expect(mandates(text, 'S/RES/1657 (2006)').map((mandate) => `${mandate.body} ${mandate.verb}`)).toEqual(['SG authorize']);
  });
  it('"Decides to authorize IGAD and Member States of the African Union to establish" (S/RES/1725 (2006), para 3)', () => {
    const text = '3. Decides to authorize IGAD and Member States of the African Union to establish a protection and training mission in Somalia, to be reviewed after an initial period of six months by the Security Council with a briefing by IGAD;';
    expect(mandates(text, 'S/RES/1725 (2006)').map((mandate) => `${mandate.body} ${mandate.verb}`)).toEqual(['IGAD authorize', 'MemberStates authorize']);
  });
  it('"Decides to request that the Secretary-General close": a request (S/RES/1448 (2002), para 5)', () => {
    const text = '5. Decides to request that the Secretary-General close the United Nations Trust Fund established pursuant to paragraph 11 of resolution 1237 (1999);';
    expect(mandates(text, 'S/RES/1448 (2002)').map((mandate) => `${mandate.body} ${mandate.verb}`)).toEqual(['SG request']);
  });
  it('"Requests to this end the Secretary-General, in consultation with the Committee": the Secretary-General (S/RES/1552 (2004), para 5)', () => {
    const text = '5. Requests to this end the Secretary-General, in consultation with the Committee, to re-establish, within thirty days from the date of adoption of this resolution, and for a period expiring on 31 January 2005, the Group of experts;';
    expect(mandates(text, 'S/RES/1552 (2004)').map((mandate) => mandate.body)).toEqual(['SG']);
  });
  it('"calls on the next Secretary-General": the Secretary-General (S/PRST/2006/39, para 5)', () => {
    const text = '5. The Security Council calls on the next Secretary-General to continue and strengthen these efforts.';
    expect(mandates(text, 'S/PRST/2006/39').map((mandate) => mandate.body)).toEqual(['SG']);
  });
  it('"the Republic of Rwanda" after a Government is addressed: its Government (S/PRST/2007/44, para 4)', () => {
    const text =
      '4. The Security Council encourages the authorities of the Democratic Republic of the Congo and the Republic of Rwanda to implement fully their commitments in the Nairobi communiqué and to continue to cooperate to solve their common security concerns.';
    expect(mandates(text, 'S/PRST/2007/44').map((mandate) => mandate.body)).toEqual(['Gov-CD', 'Gov-RW']);
  });
  it('"the Governments of … and the Republic of Uganda" (S/RES/1794 (2007), para 11)', () => {
    const text =
      '11. Calls on the Governments of the Democratic Republic of the Congo and the Republic of Uganda to fully implement their commitments under the Ngurdoto Agreement and to continue to cooperate to solve their common security concerns;';
    expect(mandates(text, 'S/RES/1794 (2007)').map((mandate) => mandate.body)).toEqual(['Gov-CD', 'Gov-UG']);
  });
  it('the Council\'s Working Group on Peacekeeping Operations (S/RES/1353 (2001), para 2)', () => {
    const text =
      '2. Requests its Working Group on Peacekeeping Operations to continue its work on strengthening the capacity of the United Nations to establish and support efficient and effective peacekeeping operations;';
    expect(mandates(text, 'S/RES/1353 (2001)')).toEqual([{ body: 'WGPKO', verb: 'request', paragraph: '2' }]);
  });
});

describe('mandates: a standard or agent named in the clause is no addressee (en, stop 28)', () => {
  it('"Urges States, as requested in particular by International Maritime Organization resolution (“IMO”)": the States only, the IMO a modifier of "resolution" and its acronym the same mention (S/RES/1838 (2008), para 6)', () => {
    const text = '6. Urges States, as requested in particular by International Maritime Organization resolution (“IMO”) A-1002(25), to issue to ships entitled to fly their flag, as necessary, advice and guidance on appropriate precautionary measures to protect themselves from attack or actions to take if under attack or the threat of attack when sailing in waters off the coast of Somalia;';
    expect(mandates(text, 'S/RES/1838 (2008)')).toEqual([{ body: 'MemberStates', verb: 'urge', paragraph: '6' }]);
  });
  it('"bearing in mind the Paris Principles outlined in General Assembly resolution 48/134 and further encourages it": "it" is the Government, not the General Assembly (S/RES/1858 (2008), para 13)', () => {
    const text = '13. Encourages the Government of Burundi to pursue its efforts to broaden the respect and protection of human rights, including through the establishment of an National Independent Human Rights Commission, bearing in mind the Paris Principles outlined in General Assembly resolution 48/134 and further encourages it to end impunity and to take the necessary measures to ensure its citizens fully enjoy their civil, political, social, economic, cultural rights without fear or intimidation, as enshrined in the Constitution of Burundi and provided for by international human rights instruments, including those ratified by Burundi;';
    expect(mandates(text, 'S/RES/1858 (2008)').map((item) => item.body)).toEqual(['Gov-BI', 'Gov-BI']);
  });
  it('"Decides that, to prevent … associates as designated by the Committee … (hereinafter, “the Committee”) …, all States … shall freeze": the States, not the Committee (S/RES/1532 (2004), para 1)', () => {
    const text = '1. Decides that, to prevent former Liberian President Charles Taylor, his immediate family members, in particular Jewell Howard Taylor and Charles Taylor, Jr., senior officials of the former Taylor regime, or other close allies or associates as designated by the Committee established by paragraph 21 of resolution 1521 (2003) (hereinafter, “the Committee”) from using misappropriated funds and property to interfere in the restoration of peace and stability in Liberia and the sub-region, all States in which there are, at the date of adoption of this resolution or at any time thereafter, funds, other financial assets and economic resources owned or controlled directly or indirectly by Charles Taylor, Jewell Howard Taylor, and Charles Taylor, Jr. and/or those other individuals designated by the Committee, including funds, other financial assets and economic resources held by entities owned or controlled, directly or indirectly, by any of them or by any persons acting on their behalf or at their direction, as designated by the Committee, shall freeze without delay all such funds, other financial assets and economic resources, and shall ensure that neither these nor any other funds, other financial assets or economic resources are made available, by their nationals or by any persons within their territory, directly or indirectly, to or for the benefit of such persons;';
    expect(mandates(text, 'S/RES/1532 (2004)')).toEqual([{ body: 'MemberStates', verb: 'decide', paragraph: '1' }]);
  });
});

describe('mandates: committees listed by number, and "Decides … to:" lists of base-form directives (en, stop 28)', () => {
  it('"its three Committees (1267, CTC and 1540)" names the three, so "encourages the three Committees" addresses them (S/PRST/2006/56, para 15)', () => {
    const text = '15. The Security Council notes with appreciation the enhanced cooperation among its three Committees (1267, CTC and 1540) that deal with counter-terrorism and their expert teams. It encourages the three Committees to ensure that, in their dialogue with States, they present a consolidated message from the Council on its efforts to fight terrorism. Also, it encourages the three Committees and their expert teams to avoid duplication, including in their requests for information from Member States about their implementation. In this regard, it encourages the three Committees and their experts teams to continue to strengthen the sharing of information among themselves, specifically information reported by States regarding implementation. The Council will continue to evaluate how its counter-terrorism efforts can be organized most efficiently.';
    const items = mandates(text, 'S/PRST/2006/56').map((item) => item.body);
    expect(items.slice(0, 3).sort()).toEqual(['CTC', 'Committee1267', 'Committee1540']);
    expect(new Set(items)).toEqual(new Set(['CTC', 'Committee1267', 'Committee1540']));
  });
  it('"11. Decides in that regard to: … (b) request the 1540 Committee to … (c) urge the 1540 Committee to": each sub-paragraph a clause of its verb (S/RES/1810 (2008), para 11)', () => {
    const text = [
      '11. Decides in that regard to:',
      '(b) request the 1540 Committee to continue to organize and participate in outreach events at the regional, subregional and, as appropriate, national level promoting States’ implementation of resolution 1540 (2004);',
      '(c) urge the 1540 Committee to continue strengthening the Committee’s role in facilitating technical assistance for implementation of resolution 1540 (2004), including by engaging actively in matching offers and requests for assistance through such means as assistance templates, action plans or other information submitted to the 1540 Committee;',
    ].join('\n');
    expect(mandates(text, 'S/RES/1810 (2008)')).toEqual([
      { body: 'Committee1540', verb: 'request', paragraph: '11 (b)' },
      { body: 'Committee1540', verb: 'urge', paragraph: '11 (c)' },
    ]);
  });
  it('not under "Expresses its intention to:" (S/RES/1894 (2009), para 15, its "parties to armed conflict" made the Secretary-General so that the row can fail)', () => {
    const text = ['15. Expresses its intention to:', '(a) Call on the Secretary-General to comply with the obligations applicable to them;'].join('\n');
    expect(mandates(text, 'S/RES/1894 (2009)')).toEqual([]);
  });
});

describe('mandates: "the Special Adviser" is UNITAD\'s head where the document names the Investigative Team (six languages, stop 28)', () => {
  const rows: Array<[string, string]> = [
    ['en', '1. Reaffirms its resolution 2379 (2017), by which the Investigative Team, headed by a Special Adviser, was established; and recalls the terms of reference approved by the Council (S/2018/119);\n4. Requests the Special Adviser to continue to submit and present reports to the Council on the team’s activities every 180 days;'],
    ['fr', '1. Réaffirme sa résolution 2379 (2017), par laquelle a été créée l’Équipe d’enquêteurs, dirigée par un Conseiller spécial, et rappelle le mandat qu’il a approuvé (S/2018/119) ;\n4. Prie le Conseiller spécial de continuer à lui présenter tous les 180 jours un rapport sur les activités de l’Équipe ;'],
    ['zh', '1. 重申安理会第2379(2017)号决议，根据该决议设立了一个调查组，由一名特别顾问领导；回顾安理会核准的调查组职权范围(S/2018/119)；\n4. 请特别顾问继续每隔180天向安理会提交和介绍关于调查组活动的报告；'],
  ];
  for (const [lang, text] of rows) {
    it(`${lang}: "Requests the Special Adviser to continue to submit" (S/RES/2544 (2020), paras 1 and 4)`, () => {
      expect(mandates(text, 'S/RES/2544 (2020)', lang)).toEqual([{ body: 'UNITAD', verb: 'request', paragraph: '4' }]);
    });
  }
  it('not where the document names no UNITAD: "the Special Adviser" alone is no body (S/RES/2544 (2020), para 4 alone)', () => {
    expect(mandates('4. Requests the Special Adviser to continue to submit and present reports to the Council on the team’s activities every 180 days;', 'S/RES/2544 (2020)')).toEqual([]);
  });
});

describe('mandates: a singular pronoun after a directive to no body, a complement in a that-clause (en, stop 28)', () => {
  it('"Calls on the international community to …, under the authority of the Government of Lebanon, …, and calls on it also": no Government (S/RES/1701 (2006), para 6)', () => {
    expect(mandates('6. Calls on the international community to take immediate steps to extend its financial and humanitarian assistance to the Lebanese people, including through facilitating the safe return of displaced persons and, under the authority of the Government of Lebanon, reopening airports and harbours, consistent with paragraphs 14 and 15, and calls on it also to consider further assistance in the future to contribute to the reconstruction and development of Lebanon;', 'S/RES/1701 (2006)')).toEqual([]);
  });
  it('"Underlines that further United Nations assistance to East Timor should be coordinated": not East Timor, which receives it (S/RES/1410 (2002), para 10)', () => {
    expect(mandates('10. Underlines that further United Nations assistance to East Timor should be coordinated with the efforts of bilateral and multilateral donors, regional mechanisms, non‑governmental organizations, private sector organizations and other actors from within the international community;', 'S/RES/1410 (2002)').map((item) => item.body)).not.toContain('Gov-TL');
  });
});

describe('mandates: adverbs before a directive, "the Authority" (en, stop 28)', () => {
  it('"and specifically demands that Syria responds": the Government of Syria (S/RES/1644 (2005), para 4)', () => {
    expect(mandates('4. Underscores Syria’s obligation and commitment to cooperate fully and unconditionally with the Commission, and specifically demands that Syria responds unambiguously and immediately in those areas adduced by the Commissioner and also that it implements without delay any future request of the Commission;', 'S/RES/1644 (2005)').map((item) => `${item.body} ${item.verb}`)).toContain('Gov-SY demand');
  });
  it('"11. Urgently requests the Government to develop in close coordination with MONUC": the Government the text names, MONUC a partner (S/RES/1756 (2007), preamble and para 11)', () => {
    const items = mandates(['Stressing the primary responsibility of the Government of the Democratic Republic of the Congo for ensuring security in its territory and protecting its civilians with respect for the rule of law, human rights and international humanitarian law,', '11. Urgently requests the Government to develop in close coordination with MONUC, as a matter of priority as part of its effort to extend its authority throughout the Democratic Republic of the Congo, a plan to ensure security in the eastern part of the country, particularly by carrying out the disarmament, demobilization, repatriation or resettlement, as appropriate, and reintegration of foreign and Congolese combatants, and by promoting national reconciliation, recovery and development in the region;'].join('\n'), 'S/RES/1756 (2007)');
    expect(items.map((item) => `${item.body} ${item.role ?? ''}`.trim())).toEqual(expect.arrayContaining(['Gov-CD', 'MONUC partner']));
  });
  it('"the Coalition Provisional Authority (Authority)" and then "Calls upon the Authority", "requests the Authority, in cooperation as appropriate with … the Secretary-General" (S/RES/1511 (2003), paras 1 and 6)', () => {
    const items = mandates(['1. Reaffirms the sovereignty and territorial integrity of Iraq, and underscores, in that context, the temporary nature of the exercise by the Coalition Provisional Authority (Authority) of the specific responsibilities, authorities, and obligations under applicable international law recognized and set forth in resolution 1483 (2003), which will cease when an internationally recognized, representative government established by the people of Iraq is sworn in and assumes the responsibilities of the Authority, inter alia through steps envisaged in paragraphs 4 through 7 and 10 below;', '6. Calls upon the Authority, in this context, to return governing responsibilities and authorities to the people of Iraq as soon as practicable and requests the Authority, in cooperation as appropriate with the Governing Council and the Secretary-General, to report to the Council on the progress being made;'].join('\n'), 'S/RES/1511 (2003)');
    expect(items.map((item) => `${item.body} ${item.verb} ${item.role ?? ''}`.trim())).toEqual(['CPA call upon', 'CPA request', 'SG request partner']);
  });
});

describe('mandates: "the Committee" of a text that names the 1267 Monitoring Team more often than any committee (en, stop 28)', () => {
  it('"Directs the Committee, with the assistance of the Monitoring Team": the 1267 Committee, though the CTC and the 1540 Committee are named (S/RES/1904 (2009), paras 14, 26, 30, 43)', () => {
    const text = ['14. Directs the Committee, with the assistance of the Monitoring Team and in coordination with the relevant designating States, to make accessible on the Committee’s website, at the same time a name is added to the Consolidated List, a narrative summary of reasons for listing for the corresponding entry or entries, and further directs the Committee, with the assistance of the Monitoring Team and in coordination with the relevant designating States, to continue its efforts to make accessible on the Committee’s website narrative summaries of reasons for listing for entries that were added to the Consolidated List before the date of adoption of resolution 1822 (2008);', '26. Requests the Monitoring Team, upon conclusion of the review pursuant to paragraph 25 of resolution 1822 (2008), to circulate to the Committee every six months a list of individuals on the Consolidated List who are reportedly deceased, along with an assessment of relevant information such as the certification of death, and to the extent possible, the status and location of frozen assets and the names of any individuals or entities who would be in a position to receive any unfrozen assets, directs the Committee to review these listings to decide whether they remain appropriate, and encourages the Committee to remove listings of deceased individuals where credible information regarding death is available;', '30. Requests the Monitoring Team to submit a report to the Committee by 30 July 2010 on the outcome of the review described in paragraph 25 of resolution 1822 (2008) and the efforts made by the Committee, Member States and the Monitoring Team to conduct the review;', '43. Reiterates the need to enhance ongoing cooperation among the Committee, the Counter Terrorism Committee (CTC) and the Committee established pursuant to resolution 1540 (2004), as well as their respective groups of experts, including through, as appropriate, enhanced information-sharing, coordination on visits to countries within their respective mandates, on facilitating and monitoring technical assistance, on relations with international and regional organizations and agencies and on other issues of relevance to all three committees, expresses its intention to provide guidance to the committees on areas of common interest in order better to coordinate their efforts and facilitate such cooperation, and requests the Secretary-General to make the necessary arrangements for the groups to be co‑located as soon as possible;'].join('\n');
    const items = mandates(text, 'S/RES/1904 (2009)');
    const para14 = items.filter((item) => item.paragraph === '14' && item.role === undefined).map((item) => item.body);
    expect(new Set(para14)).toEqual(new Set(['Committee1267']));
  });
});

describe('older English texts: a modifier inside "calls … on/for", a coordination partner, an inserted "in his …" phrase (stop 30, q45p)', () => {
  const rows = (text: string, symbol: string): string[] => mandates(text, symbol).map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  it('"calls, in this regard, for Member States to" (S/PRST/2007/41, para 4)', () => {
    const text =
      '4. The Security Council underlines that an inclusive political settlement and the successful deployment of UNAMID are essential for re-establishing peace and stability in Darfur. The Council expresses its deep concern at the delays in deploying UNAMID. The Council calls, in this regard, for Member States to urgently make available the aviation and ground transport units still required for UNAMID and for all parties to facilitate and expedite UNAMID’s effective deployment.';
    expect(rows(text, 'S/PRST/2007/41')).toEqual(['MemberStates call for']);
  });
  it('"calls in this regard for the Secretary-General and the African Union to" (S/PRST/2006/21, para 2)', () => {
    const text =
      '2. The Security Council calls in this regard for the Secretary-General and the African Union to consult with international and regional organizations and member states to identify resources to support AMIS during this transition period.';
    // (the member States a partner: "to consult with", as "in consultation with"; AMIS after "to support" is read as one too, left)
    expect(rows(text, 'S/PRST/2006/21').slice(0, 3)).toEqual(['SG call for', 'AU call for', 'MemberStates call for partner']);
  });
  it('"Calls once again on", "Calls also upon", "calls again on" (S/RES/1678 (2006), 1671 (2006), 1398 (2002))', () => {
    expect(
      rows(
        '2. Calls once again on Member States to provide continued support for UNMEE, and urges the parties to cooperate fully with UNMEE;',
        'S/RES/1678 (2006)',
      ).filter((row) => row.startsWith('MemberStates')),
    ).toEqual(['MemberStates call upon']);
    expect(
      rows(
        '16. Calls also upon the Government of the Democratic Republic of the Congo to bring to justice without delay those responsible for serious violations of human rights and international humanitarian law;',
        'S/RES/1671 (2006)',
      ),
    ).toEqual(['Gov-CD call upon']);
    expect(rows('5. Calls again on Eritrea to reconsider its position;', 'S/RES/1398 (2002)')).toEqual(['Gov-ER call upon']);
  });
  it('"Calls on the Transitional institutions": the Government of the State the text is about (S/RES/1635 (2005), para 4)', () => {
    const text =
      'Reaffirming its commitment to respect for the sovereignty, territorial integrity and political independence of the Democratic Republic of the Congo,\n4. Calls on the Transitional institutions and on all Congolese parties to ensure that free, fair and peaceful elections take place, and that the timetable for polls developed by the Independent Electoral Commission is scrupulously respected;';
    expect(rows(text, 'S/RES/1635 (2005)')).toEqual(['Gov-CD call upon']);
  });
  it('"to coordinate its activities as appropriate with the operations of" names partners (S/RES/1779 (2007), para 3; 1702 (2006))', () => {
    const text =
      '3. Requests the Panel of Experts to coordinate its activities as appropriate with the operations of the African Union Mission in Sudan (AMIS), the African Union/United Nations Hybrid operation in Darfur (UNAMID) which will succeed it, and with international efforts to promote the political process in Darfur;';
    expect(new Set(rows(text, 'S/RES/1779 (2007)'))).toEqual(new Set(['PanelOfExperts request', 'AMIS request partner', 'UNAMID request partner']));
    expect(
      rows(
        '25. Urges donors engaged in supporting the implementation of the HNP reform by the Haitian authorities to coordinate their activities closely with MINUSTAH;',
        'S/RES/1702 (2006)',
      ),
    ).toEqual(['MINUSTAH urge partner']);
  });
  it('"in his … reports to the Council on UNAMID": an inserted phrase, not a second addressee (S/PRST/2007/41, para 5)', () => {
    const text =
      '5. The Security Council requests the Secretary-General, in his regular 30-day reports to the Council on UNAMID, to also report on progress being made on, and any obstacles to, the political process and the situation on the ground.';
    expect(rows(text, 'S/PRST/2007/41')).toEqual(['SG request']);
  });
});

describe('"the responsibility of X to": X a partner, optional by the gold\'s rules (stop 30, q45p)', () => {
  const rows = (text: string, symbol: string): string[] => mandates(text, symbol).map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  it('"Emphasizes the responsibility of all States to put an end to impunity" (S/RES/1325 (2000), para 11; S/PRST/2006/28)', () => {
    expect(
      rows(
        '11. Emphasizes the responsibility of all States to put an end to impunity and to prosecute those responsible for genocide, crimes against humanity, and war crimes including those relating to sexual and other violence against women and girls;',
        'S/RES/1325 (2000)',
      ),
    ).toEqual(['MemberStates emphasize partner']);
    expect(
      rows(
        '4. The Security Council emphasizes the responsibility of States to comply with their obligations to end impunity and to prosecute those responsible for genocide, crimes against humanity and serious violations of international humanitarian law.',
        'S/PRST/2006/28',
      ),
    ).toEqual(['MemberStates emphasize partner']);
  });
  it('"Stresses the responsibility of … United Nations country teams", "Underlines that it is the responsibility of the Congolese authorities to" (S/RES/1612 (2005), para 10; 1635 (2005), para 4)', () => {
    expect(
      rows(
        '10. Stresses the responsibility of United Nations peacekeeping missions and United Nations country teams, consistent with their respective mandates, to ensure effective follow-up to Security Council resolutions;',
        'S/RES/1612 (2005)',
      ),
    ).toContain('UNCT stress partner');
    expect(
      rows(
        'Reaffirming its commitment to respect for the sovereignty, territorial integrity and political independence of the Democratic Republic of the Congo,\n4. Calls on the Transitional institutions and on all Congolese parties to ensure that free, fair and peaceful elections take place, and that the timetable for polls developed by the Independent Electoral Commission is scrupulously respected, and underlines in this regard that it is the responsibility of the Congolese authorities to adopt the necessary legislation without further delay;',
        'S/RES/1635 (2005)',
      ),
    ).toEqual(['Gov-CD call upon', 'Gov-CD underline partner']);
  });
  it('a name both a partner and, through a pronoun, addressed: the addressee wins (S/PRST/2009/9, para 12; S/RES/1289 (2000), para 20)', () => {
    expect(
      rows(
        '12. The Security Council reiterates the primary responsibility of States in providing effective protection and relief to all children affected by armed conflicts, and calls upon them to comply with their obligations under applicable international law.',
        'S/PRST/2009/9',
      ),
    ).toEqual(['MemberStates call upon']);
    expect(
      rows(
        '20. Underlines the ultimate responsibility of the Government of Sierra Leone for the provision of adequate security forces in the country, calls upon it, in that regard, to take urgent steps towards the establishment of professional and accountable national police and armed forces;',
        'S/RES/1289 (2000)',
      ),
    ).toEqual(['Gov-SL call upon']);
  });
});

describe('"the committee established by resolution 751 (1992)" in lower case is that committee (stop 30, q45p)', () => {
  const rows = (text: string, symbol: string): string[] => mandates(text, symbol).map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  it('a partner of "in consultation with", then "the Committee" it introduces (S/RES/1425 (2002), paras 3 and 12)', () => {
    const text =
      '3. Requests the Secretary-General to establish, within one month from the date of adoption of this resolution, in consultation with the committee established by resolution 751 (1992) of 24 April 1992 (hereinafter referred to as “the Committee”), a Panel of Experts consisting of three members to be based in Nairobi for a period of six months;\n12. Requests the Chairman of the Committee to forward the report of the Panel of Experts, within two weeks of its reception, to the Security Council for its consideration;';
    const items = rows(text, 'S/RES/1425 (2002)');
    expect(items).toContain('Committee751 request partner');
    expect(items).toContain('Committee751 request');
  });
  it('"Urges the International Working Group … and the sanctions committee established by resolution 1572 (2004)" (S/RES/1633 (2005), para 24)', () => {
    const text =
      '24. Urges the International Working Group, which shall receive regular reports from the Mediation Group, and the sanctions committee established by resolution 1572 (2004) of 15 November 2004 to evaluate, monitor and follow up closely the progress made with regard to the issues mentioned in paragraphs 14 to 18 above;';
    expect(rows(text, 'S/RES/1633 (2005)')).toContain('Committee1572 urge');
  });
});

describe('a mandate extended or a body established through a longer phrase (stop 30, q45p)', () => {
  const rows = (text: string, symbol: string): string[] => mandates(text, symbol).map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  it('"Decides to extend the authorization of the International Security Assistance Force" (S/RES/1776 (2007), para 1)', () => {
    const text =
      '1. Decides to extend the authorization of the International Security Assistance Force, as defined in resolutions 1386 (2001) and 1510 (2003), for a period of twelve months beyond 13 October 2007;';
    expect(rows(text, 'S/RES/1776 (2007)')).toEqual(['ISAF decide']);
  });
  it('"Requests the Secretary-General to establish, <three phrases between commas>, a Panel of Experts … to undertake the following tasks" (S/RES/1760 (2007), para 1)', () => {
    const text =
      '1. Requests the Secretary-General to establish, within one month from the date of adoption of this resolution, in consultation with the Committee, for a period of six months, a Panel of Experts consisting of up to three members, with the range of expertise necessary to fulfil the Panel’s mandate described in this paragraph, drawing as much as possible on the expertise of the members of the Panel of Experts reappointed pursuant to resolution 1731 (2006), to undertake the following tasks:';
    expect(rows(text, 'S/RES/1760 (2007)')).toEqual(['SG request', 'Committee1521 request partner', 'Panel1521 request']);
  });
});

describe('"to cooperate actively with", "to coordinate closely with" and their kin are partner markers (stop 30, q45p)', () => {
  const rows = (text: string, symbol: string): string[] => mandates(text, symbol).map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  it('"urges all States … to cooperate actively with the Algerian authorities" (S/PRST/2008/31, para 2)', () => {
    const text =
      '2. The Security Council underlines the need to bring perpetrators, organizers, financiers and sponsors of this reprehensible act of terrorism to justice, and urges all States, in accordance with their obligations under international law and resolution 1373 (2001) and consistent with resolution 1624 (2005), to cooperate actively with the Algerian authorities in this regard.';
    expect(rows(text, 'S/PRST/2008/31')).toEqual(['MemberStates urge', 'Gov-DZ urge partner']);
  });
  it('"requests the Secretary-General to coordinate closely with the European Union" (S/RES/1778 (2007), para 8)', () => {
    const text =
      '8. Invites the European Union operation to immediately take all appropriate measures to prepare its full operational capability and requests the Secretary-General to coordinate closely with the European Union particularly with regard to those arrangements required to ensure appropriate protection for United Nations personnel;';
    expect(rows(text, 'S/RES/1778 (2007)')).toContain('EU request partner');
  });
  it('"the mandates of UNOCI and of the French forces which support it": both owners of the mandate (mandates.json `coordinatedOf`; S/RES/1795 (2008), para 4; 1600 (2005), para 2)', () => {
    const renew =
      '4. Decides to renew the mandates of the United Nations Operation in Côte d’Ivoire (UNOCI) and of the French forces which support it, as determined in resolution 1739 (2007), until 30 July 2008, in order to support the organization in Côte d’Ivoire of free, open, fair and transparent elections within the time frame set out in the Ouagadougou political Agreement and the Supplementary Agreements of 28 November 2007;';
    expect(mandates(renew, 'S/RES/1795 (2008)')).toEqual([
      { body: 'UNOCI', verb: 'decide', paragraph: '4' },
      { body: 'Licorne', verb: 'decide', paragraph: '4' },
    ]);
    const extended = '2. Decides that the mandate of the United Nations Operation in Côte d’Ivoire and of the French forces which support it shall be extended for a period of one month until 4 June 2005;';
    expect(mandates(extended, 'S/RES/1600 (2005)').map((item) => item.body)).toEqual(['UNOCI', 'Licorne']);
  });
  it('a channel in an item of a task list that holds no directive verb: "(e) To report to the Council through the Committee" (mandates.json `itemChannels`; S/RES/1792 (2007), para 5; S/RES/2576 (2021), para 31)', () => {
    const panel = [
      '5. Decides to extend the mandate of the current Panel of Experts appointed pursuant to paragraph 1 of resolution 1760 (2007) for a further period until 20 June 2008 to undertake the following tasks:',
      '(e) To report to the Council through the Committee by 1 June 2008 on all the issues listed in this paragraph, and to provide informal updates to the Committee as appropriate before that date, especially on progress in the timber sector since the lifting of paragraph 10 of resolution 1521 (2003) in June 2006, and in the diamond sector since the lifting of paragraph 6 of resolution 1521 (2003) in April 2007;',
    ].join('\n\n');
    expect(rows(panel, 'S/RES/1792 (2007)')).toEqual(['Panel1521 decide', 'Committee1521 decide partner']);
    // the Mission's own means, no channel of another body (S/RES/1739 (2007), para 2 (m))
    const own = [
      '2. Decides that the mandate of UNOCI shall be the following, from the adoption of this resolution:',
      '(m) To contribute to the promotion of the peace process as referred to in resolution 1721 (2006) throughout the territory of Côte d’Ivoire, through the Mission’s public information capacity, in particular its radio broadcasting capability through ONUCI FM;',
    ].join('\n\n');
    expect(rows(own, 'S/RES/1739 (2007)')).toEqual(['UNOCI decide']);
  });
  it('a time phrase between the verb and its first addressee: "Authorizes from the date of adoption of this resolution the French forces" (mandates.json `timeInsertions`; S/RES/1739 (2007), para 8; S/RES/1528 (2004), para 16; q49a)', () => {
    // (the preamble names Côte d’Ivoire: the French forces there are Licorne, not the French Government)
    const preamble = [
      'Reaffirming its strong commitment to the sovereignty, independence, territorial integrity and unity of Côte d’Ivoire, and recalling the importance of the principles of good-neighbourliness, non‑interference and regional cooperation,',
      'Determining that the situation in Côte d’Ivoire continues to pose a threat to international peace and security in the region,',
      '',
    ].join('\n\n');
    const adoption =
      preamble +
      '8. Authorizes from the date of adoption of this resolution the French forces to use all necessary means in order to support UNOCI in accordance with the agreement reached between UNOCI and the French authorities, and in particular to:';
    expect(rows(adoption, 'S/RES/1739 (2007)')).toEqual(['Licorne authorize']);
    const period = preamble + '16. Authorizes for a period of 12 months from 4 April 2004 the French forces to use all necessary means in order to support UNOCI in accordance with the agreement to be reached between UNOCI and the French authorities, and in particular to:';
    expect(rows(period, 'S/RES/1528 (2004)')).toEqual(['Licorne authorize']);
    // a noun after the time phrase is no addressee: "Authorizes until 15 December 2006 an increase in the strength of …" (S/RES/1682 (2006), para 2)
    const increase = '2. Authorizes until 15 December 2006 an increase in the strength of the United Nations Operation in Côte d’Ivoire by up to 1,025 military personnel;';
    expect(rows(increase, 'S/RES/1682 (2006)')).toEqual([]);
  });
  it('the Council\'s own intention to address a body gives its work no partner: "Reaffirms its intention to authorize the Secretary-General … in consultation with … troop-contributing countries" (mandates.json `intentions`; S/RES/1739 (2007), para 4; q49a)', () => {
    const text =
      '4. Reaffirms its intention to authorize the Secretary-General to redeploy on a temporary basis troops between UNMIL and UNOCI as may be needed, in consultation with the Governments concerned and relevant troop-contributing countries, in accordance with the provisions of resolution 1609 (2005);';
    expect(rows(text, 'S/RES/1739 (2007)')).toEqual([]);
    // a directive's own partners stay (S/RES/1337 (2001), para 3)
    const direct =
      '3. Decides to return the military personnel of UNIFIL to the operational level referred to in paragraph 24 of the Secretary-General’s report of 22 January 2001 by 31 July, and requests that the Secretary-General take the necessary measures to implement this decision, including taking into account the upcoming rotations of the battalions, in consultation with the Government of Lebanon and the troop-contributing countries;';
    expect(rows(direct, 'S/RES/1337 (2001)')).toEqual(['SG request', 'Gov-LB request partner', 'TPCC request partner']);
  });
  it('"calls for an explanation from X": X is the agent of what the Council calls for, addressed (mandates.json `joint`, en: "explanation", "from", "an"; S/PRST/2006/16, para 2; p50)', () => {
    // (the statement's first paragraph names Sudan: the Government of National Unity is Sudan's)
    const text =
      '1. The Security Council reiterates its full support for the Inter-Sudanese Peace Talks on the Conflict in Darfur in Abuja, noting that an inclusive political settlement is key to peace in Sudan, that the Talks provide a mechanism to achieve such a settlement and that the African Union should maintain leadership. It welcomes the timely involvement of the Chair of the African Union and the President of Nigeria in the Talks during their visit to Abuja on 8 April; endorses the decision of the African Union Peace and Security Council that 30 April 2006 is the final deadline for reaching an agreement; demands that all parties make the necessary efforts to reach an agreement by this date; and reaffirms its determination to hold accountable those impeding the peace process and committing human rights violations, noting the view of the African Union that the Security Council has a critical role in this respect.' +
      '\n\n' +
      '2. The Security Council regrets the decision of the Government of National Unity not to renew the contract of the Norwegian Refugee Council and expresses its grave concern over the humanitarian consequences. It also regrets the decision of the Government of National Unity to deny the entry of the United Nations Emergency Relief Coordinator to Darfur. It looks forward to the forthcoming briefing by the Emergency Relief Coordinator and him being able to visit Darfur at the earliest possible opportunity. The Security Council also calls for an explanation from the Government of National Unity on its decision.';
    expect(rows(text, 'S/PRST/2006/16')).toEqual(['SudanGNU call for']);
    // no joint noun before "from": the place a withdrawal leaves names no agent (S/RES/1402 (2002), para 1)
    const withdrawal = '1. Calls upon both parties to move immediately to a meaningful ceasefire; calls for the withdrawal of Israeli troops from Palestinian cities, including Ramallah; and calls upon the parties to cooperate fully with Special Envoy Zinni, and others, to implement the Tenet security work plan as a first step towards implementation of the Mitchell Committee recommendations, with the aim of resuming negotiations on a political settlement;';
    expect(rows(withdrawal, 'S/RES/1402 (2002)').filter((row) => row.includes('call for'))).toEqual([]);
  });
  it('"to liaise with X" makes X a partner of the task, as "to coordinate with" does (mandates.json partners, en; S/RES/1295 (2000), para 25; p50)', () => {
    const text =
      '25. Invites SADC to consider the introduction of measures to strengthen air traffic control systems in the subregion for the purpose of detecting illegal flight activities across national borders, and further invites SADC to liaise with ICAO to consider the establishment of an air traffic regime for the control of regional air space;';
    expect(rows(text, 'S/RES/1295 (2000)')).toEqual(['SADC invite', 'SADC invite', 'ICAO invite partner']);
  });
  it('the partners of a dash item under a lettered heading of a task list: "– To liaise with … in coordination with the French forces" (mandates.json `dashItemPartners`; S/RES/1739 (2007), para 2; q49a)', () => {
    const list = [
      'Determining that the situation in Côte d’Ivoire continues to pose a threat to international peace and security in the region,',
      'Recalling the situation in Côte d’Ivoire,',
      '2. Decides that UNOCI shall have the following mandate from the date of adoption of this resolution:',
      '(a) Monitoring of the cessation of hostilities and movements of armed groups',
      '– To liaise with the National Armed Forces of Côte d’Ivoire (FANCI) and the military elements of the Forces Nouvelles in order to promote, in coordination with the French forces, the re-establishment of trust among all the Ivorian forces involved,',
      '(b) Disarmament, demobilization, reintegration, repatriation and resettlement',
      '– To coordinate closely with the United Nations Mission in Liberia (UNMIL) in the implementation of a voluntary repatriation and resettlement programme for foreign ex-combatants,',
      '(l) Public information',
      '– To promote the peace process as referred to in resolution 1721 (2006) throughout the territory of Côte d’Ivoire, through the Mission’s public information capacity, in particular its radio broadcasting capability through ONUCI FM,',
    ].join('\n');
    // (UNMIL twice: its name and its acronym in brackets, as the graph keeps each mention)
    // (FANCI twice, its name and its acronym, by "To liaise with": p50)
    expect(rows(list, 'S/RES/1739 (2007)')).toEqual(['UNOCI decide', 'FANCI decide partner', 'FANCI decide partner', 'Licorne decide partner', 'UNMIL decide partner', 'UNMIL decide partner']);
    // an item of a clause of its own is not read: "– UNIOGBIS will continue to perform its good offices function, in coordination with
    // international partners" (S/RES/2512 (2020), para 2)
    const own = [
      '2. Commends the successful completion of Phase I and endorses the reprioritization of its tasks and planning for its phased drawdown:',
      '(a) Phase II (post-electoral phase)',
      '– UNIOGBIS will establish the conditions conducive to the implementation of the reform agenda, including through the UN transition plan, and in coordination with the Bissau-Guinean national authorities and international partners;',
    ].join('\n');
    expect(rows(own, 'S/RES/2512 (2020)').filter((row) => row.endsWith('partner'))).toEqual([]);
  });
});


describe('mandates in older English texts, unseen check of stop 31 (q51p)', () => {
  const rows = (text: string, symbol: string): string[] => mandates(text, symbol).map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  it('a condition after the body extended closes the extension: "…, subject to a review … changes in the mandate of the CIS peacekeeping force" (mandates.json `conditions`; S/RES/1666 (2006), para 11; 1287 (2000), para 11)', () => {
    const comma =
      '11. Decides to extend the mandate of UNOMIG for a new period terminating on 15 October 2006, subject to a review, as appropriate, of its mandate by the Council in the event of changes in security conditions, including changes in the mandate of the CIS peacekeeping force;';
    expect(rows(comma, 'S/RES/1666 (2006)')).toEqual(['UNOMIG decide']);
    const again =
      '11. Decides to extend the mandate of UNOMIG for a new period terminating on 31 July 2000, subject to a review by the Council of the mandate of UNOMIG in the event of any changes that may be made in the mandate or in the presence of the CIS peacekeeping force, and expresses its intention to conduct a thorough review of the operation at the end of its current mandate;';
    expect(rows(again, 'S/RES/1287 (2000)')).toEqual(['UNOMIG decide']);
    // no condition: a second owner of the mandate is still read ("and of the French forces", 1795)
    const both =
      '4. Decides to renew the mandates of the United Nations Operation in Côte d’Ivoire (UNOCI) and of the French forces which support it, as determined in resolution 1739 (2007), until 30 July 2008;';
    expect(rows(both, 'S/RES/1795 (2008)')).toEqual(['UNOCI decide', 'Licorne decide']);
  });
  it('"those countries contributing troops and police" are the troop- and police-contributing countries (S/RES/1745 (2007), para 13; 1609 (2005), para 5)', () => {
    const urged =
      '13. Requests the Secretary-General to continue to take the necessary measures to ensure full compliance in UNMIT with the United Nations zero-tolerance policy on sexual exploitation and abuse and to keep the Council informed, and urges those countries contributing troops and police to take appropriate preventive action and to ensure full accountability in cases of such conduct involving their personnel;';
    expect(rows(urged, 'S/RES/1745 (2007)')).toEqual(['SG request', 'TPCC urge']);
    // whose agreement the Secretary-General seeks: neither addressed nor a partner
    const agreement =
      '5. Requests the Secretary-General to seek the agreement of the countries contributing military and civilian police personnel to UNMIL, UNAMSIL and UNOCI to redeploy such personnel as may be needed on a temporary basis to reinforce another of the above three missions;';
    expect(rows(agreement, 'S/RES/1609 (2005)')).toEqual(['SG request']);
  });
  it('"such organisations as well as States": "such" before a generic row, the States after it addressed (mandates.json en `fillers`; S/PRST/2005/16, para 7; S/RES/2521 (2020), para 10)', () => {
    const text =
      '7. The Security Council reaffirms that the responsibility for implementing the Security Council resolutions relevant to the mandates of the three Committees, including preparation of reports to the respective Committees, rests with the States. The Security Council encourages international, regional and sub-regional organisations to enhance their efforts to further their members’ implementation of these Security Council resolutions; and further encourages such organisations as well as States, where appropriate, to provide technical assistance to enhance the capacity of States to implement these resolutions.';
    expect(rows(text, 'S/PRST/2005/16')).toEqual(['MemberStates encourage']);
    const required =
      '10. Requires any Member State when it undertakes an inspection pursuant to paragraph 8 of this resolution, to submit promptly an initial written report to the Committee, and, if prohibited items for supply, sale, or transfer are found, further requires such Member States to submit to the Committee within 30 days a subsequent written report containing relevant details on the inspection, seizure, and disposal;';
    expect(rows(required, 'S/RES/2521 (2020)')).toContain('MemberStates require');
    // the generic organisations alone: no addressee
    const generic = '8. The Security Council encourages such organisations to enhance their efforts.';
    expect(rows(generic, 'S/PRST/2005/16')).toEqual([]);
  });
  it('the International Contact Group on Somalia, a partner of the Secretary-General (S/RES/1801 (2008), para 7)', () => {
    const text =
      '7. Requests the Secretary-General to continue and intensify his efforts to promote an ongoing political process which is ultimately inclusive of all, including by assisting the Transitional Federal Institutions’ role in delivering this and services to the Somali people and by working together with the international community, including the African Union, the League of Arab States, the Intergovernmental Authority on Development, the European Union, and the International Contact Group on Somalia and its members;';
    expect(rows(text, 'S/RES/1801 (2008)')).toEqual(['SG request', 'AU request partner', 'LAS request partner', 'IGAD request partner', 'EU request partner', 'ICGS request partner']);
  });
});

describe('mandates: a transition\'s authorities or institutions named without their country (en, governments.json federal)', () => {
  it('"urges all parties and Transitional institutions", "calls on the Transitional authorities": the Government of the State the statement names most (S/PRST/2005/27, paras 2 and 3, cut)', () => {
    const text =
      '2. The Security Council calls on all Congolese parties to respect this decision. It takes note in this regard of the recommendation contained in the special report of the Secretary-General on elections in the Democratic Republic of the Congo dated 26 May 2005 (S/2005/320). The Council urges all parties and Transitional institutions to make every effort to respect scrupulously the timetable for polls developed by the Independent Electoral Commission.\n3. The Security Council welcomes the start of voter registration in Kinshasa, which marks an historic and important step in the electoral process in the Democratic Republic of the Congo. The Council calls on the Transitional authorities to accelerate those reforms remaining to be carried out.';
    expect(mandates(text, 'S/PRST/2005/27')).toEqual([
      { body: 'Gov-CD', verb: 'urge', paragraph: '2' },
      { body: 'Gov-CD', verb: 'call upon', paragraph: '3' },
    ]);
  });
  it('"the Transitional authorities" with no State named gives none', () => {
    const text = '1. The Security Council calls on the Transitional authorities to accelerate those reforms remaining to be carried out.';
    expect(mandates(text, 'S/PRST/2005/27')).toEqual([]);
  });
});

describe('mandates: the States of the Regional Peace Initiative on Burundi are the Initiative, not the Member States (en)', () => {
  it('"invites the States of the Regional Initiative to continue to work with the Burundian authorities" (S/PRST/2006/12, para 7)', () => {
    const text =
      '7. The Security Council invites the States of the Regional Initiative to continue to work with the Burundian authorities on the consolidation of peace in the country and in the region.';
    expect(mandates(text, 'S/PRST/2006/12')).toEqual([
      { body: 'RegionalInitiativeBurundi', verb: 'invite', paragraph: '7' },
      { body: 'Gov-BI', verb: 'invite', paragraph: '7', role: 'partner' },
    ]);
  });
  it('"invites the States of the region to continue": the Member States, as before', () => {
    const text = '7. The Security Council invites the States of the region to continue to work with the Burundian authorities.';
    expect(mandates(text, 'S/PRST/2006/12').map((item) => item.body)).toEqual(['MemberStates', 'Gov-BI']);
  });
});

describe('mandates: "with the direct/continued support of X" is support, as "with the support of X" (en)', () => {
  it('"stresses the need for the Government of Myanmar to create … with the direct support of the United Nations" (S/PRST/2007/37, para 3, cut)', () => {
    const text =
      '3. The Security Council stresses the need for the Government of Myanmar to create the necessary conditions for a genuine dialogue with Daw Aung San Suu Kyi and all concerned parties and ethnic groups in order to achieve an inclusive national reconciliation with the direct support of the United Nations.';
    expect(mandates(text, 'S/PRST/2007/37')).toEqual([
      { body: 'Gov-MM', verb: 'request', paragraph: '3' },
      { body: 'UN', verb: 'stress', paragraph: '3', role: 'support' },
    ]);
  });
  it('"welcomes … with the continued support of the United Nations": no directive verb, no item', () => {
    const text = '3. The Security Council welcomes the progress made by the Government of Myanmar with the continued support of the United Nations.';
    expect(mandates(text, 'S/PRST/2007/37')).toEqual([]);
  });
});

describe('mandates: "requests (within 60 days) a (further) report from X": X is requested to report (en; mandates.json `joint` "report", `timeInsertions.beforeNumber`)', () => {
  const rows = (text: string, symbol: string): string[] => mandates(text, symbol).map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  it('"requests in 30 days a report from the Director General of the IAEA" (S/PRST/2006/15, para 8)', () => {
    const text =
      '8. The Security Council requests in 30 days a report from the Director General of the IAEA on the process of Iranian compliance with the steps required by the IAEA Board, to the IAEA Board of Governors and in parallel to the Security Council for its consideration.';
    expect(rows(text, 'S/PRST/2006/15')).toEqual(['IAEA request']);
  });
  it('"Requests by 31 August a report from …", "Requests within 60 days a further report from …": not Iran, whose compliance is reported on (S/RES/1696 (2006), para 7; S/RES/1747 (2007), para 12)', () => {
    const august =
      '7. Requests by 31 August a report from the Director General of the IAEA primarily on whether Iran has established full and sustained suspension of all activities mentioned in this resolution, as well as on the process of Iranian compliance with all the steps required by the IAEA Board and with the above provisions of this resolution, to the IAEA Board of Governors and in parallel to the Security Council for its consideration;';
    expect(rows(august, 'S/RES/1696 (2006)')).toEqual(['IAEA request']);
    const further =
      '12. Requests within 60 days a further report from the Director General of the IAEA on whether Iran has established full and sustained suspension of all activities mentioned in resolution 1737 (2006), as well as on the process of Iranian compliance with all the steps required by the IAEA Board and with the other provisions of resolution 1737 (2006) and of this resolution, to the IAEA Board of Governors and in parallel to the Security Council for its consideration;';
    expect(rows(further, 'S/RES/1747 (2007)')).toEqual(['IAEA request']);
  });
  it('no agent: "looks forward to receiving the report from the Secretary-General" gives no task (S/PRST/2007/19); a report on relations between two States names no reporter', () => {
    const forward =
      '5. The Security Council looks forward to receiving the report from the Secretary-General regarding progress in this regard by mid-June.';
    expect(rows(forward, 'S/PRST/2007/19')).toEqual([]);
    const between = '12. Requests within 60 days a report on the relations between the Sudan and South Sudan;';
    expect(rows(between, 'S/RES/1747 (2007)')).toEqual([]);
  });
});

describe('mandates: a Transitional or Interim Government of a State is that State\'s Government (en, governments.json patterns and federal), as the gold keys the RTGNU under GovSouthSudan', () => {
  const rows = (text: string, symbol: string): string[] => mandates(text, symbol).map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  it('"urges the Transitional Government of Haiti and the Conseil Electoral Provisoire" (S/PRST/2006/1, para 2, cut)', () => {
    const text =
      '2. The Security Council urges the Transitional Government of Haiti and the Conseil Electoral Provisoire to expeditiously announce new and definitive dates for the elections, the first round to be held within weeks, but no later than 7 February 2006.';
    expect(rows(text, 'S/PRST/2006/1')).toEqual(['Gov-HT urge']);
  });
  it('"the Interim Government of Iraq and its successors shall assume" (S/RES/1546 (2004), para 26, cut)', () => {
    const text =
      '26. Decides that, in connection with the dissolution of the Coalition Provisional Authority, the Interim Government of Iraq and its successors shall assume the rights, responsibilities and obligations relating to the Oil-for-Food Programme that were transferred to the Authority;';
    expect(rows(text, 'S/RES/1546 (2004)')).toEqual(['Gov-IQ decide']);
  });
  it('"Encourages the Transitional Government to continue" where the document names Haiti most (S/RES/1576 (2004), para 2); none where no State stands out', () => {
    const preamble = 'Reaffirming its strong commitment to the sovereignty, independence, territorial integrity and unity of Haiti,\n\nCommending the assistance of the international community to Haiti,\n\n';
    const text = '2. Encourages the Transitional Government to continue to explore actively all possible ways to include in the democratic and electoral process those who currently remain outside the transition process but have rejected violence;';
    expect(rows(preamble + text, 'S/RES/1576 (2004)')).toEqual(['Gov-HT encourage']);
    expect(rows(text, 'S/RES/1576 (2004)')).toEqual([]);
  });
  it('a Government with a name of its own stays its body: "the Transitional Federal Government" of Somalia (S/RES/1872 (2009), para 10, cut)', () => {
    const text = '10. Calls on the Transitional Federal Government to develop, in the context of the national security strategy outlined above, the legal and policy framework for the operation of its security forces;';
    expect(rows(text, 'S/RES/1872 (2009)')).toEqual(['SomaliaTFG call upon']);
  });
});

describe('mandates: "the new government", "the government" in lower case: the Government of the State the document names most (en, governments.json federal)', () => {
  const rows = (text: string, symbol: string): string[] => mandates(text, symbol).map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  const opening =
    '1. The Security Council welcomes the inauguration on 20 May of Iraq’s constitutionally elected government and congratulates the people of Iraq on this milestone in their country’s political transition.\n\n';
  it('"encourages the new government to work", "urges the government to work" (S/PRST/2006/24, paras 2 and 3, cut)', () => {
    const text =
      '2. The Council is particularly encouraged by the fact that the government is representative of Iraq’s many diverse communities. The Security Council encourages the new government to work tirelessly to promote national reconciliation through dialogue and inclusion and to build an atmosphere in which sectarianism is rejected. The Security Council, at the same time, urges all Iraqis to participate in the political process peacefully.\n\n3. The Council urges the government to work effectively and energetically to this end. The Council also strongly urges all States and relevant international organizations to continue and enhance their help to Iraq’s sovereign government at this crucial time.';
    expect(rows(opening + text, 'S/PRST/2006/24')).toEqual(['Gov-IQ encourage', 'Gov-IQ urge', 'MemberStates urge']);
  });
  it('"in close cooperation with the new government" of Haiti: a partner (S/PRST/2006/22, cut)', () => {
    const text =
      '1. The Security Council reaffirms its commitment to Haiti and welcomes the elections held in Haiti.\n\n2. The Security Council calls on the international community to coordinate assistance priorities, in close cooperation with the new government, taking into account existing mechanisms.';
    expect(rows(text, 'S/PRST/2006/22')).toEqual(['Gov-HT call upon partner']);
  });
  it('no Government where no State stands out, nor in "a new government" (no determiner)', () => {
    expect(rows('3. The Council urges the government to work effectively and energetically to this end.', 'S/PRST/2006/24')).toEqual([]);
    expect(rows(`${opening}2. The Security Council calls for the early formation of a new government.`, 'S/PRST/2006/24')).toEqual([]);
  });
});

describe('mandates: "repeats its request that X" as "reiterates its request" (en, verbs en.json); "to consult with X": a partner (mandates.json partners), up to "with a view to", "to assist" (blockers)', () => {
  const rows = (text: string): string[] => mandates(text, 'S/RES/1650 (2005)').map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  it('"repeats its request that the Secretary-General consult with the African Union Commission" (S/PRST/2007/49, para 5)', () => {
    const text =
      '5. The Security Council reiterates its strong support for the African Union Mission to Somalia (AMISOM), calls on all Somali parties to co-operate fully with it, urges again the international community to provide financial resources, personnel, equipment and services for the full deployment of AMISOM, and repeats its request that the Secretary-General consult with the African Union Commission on what further support might be provided to AMISOM.';
    // (the African Union Commission is no body of the gazetteer, and the African Union its modifier: no partner)
    expect(mandates(text, 'S/PRST/2007/49')).toEqual([{ body: 'SG', verb: 'request', paragraph: '5' }]);
  });
  it('"to consult closely with the Government of Burundi": a partner of the Secretary-General (S/RES/1650 (2005), para 3, cut; a welcome gives no task)', () => {
    const text = '3. Requests the Secretary-General to continue to consult closely with the Government of Burundi, with a view to determining the modalities for implementing a gradual disengagement;';
    expect(rows(text)).toEqual(['SG request', 'Gov-BI request partner']);
    expect(rows('3. Welcomes the readiness expressed by the Secretary-General to continue to consult closely with the Government of Burundi;')).toEqual([]);
  });
  it('"to consult with … member States to identify resources": the Member States a partner (S/RES/1663 (2006), para 6)', () => {
    const text =
      '6. Requests the Secretary-General and the African Union to consult with international and regional organizations and member States to identify resources to support AMIS during transition to a United Nations operation;';
    // (AMIS and the United Nations after "to identify" are no partners: the infinitive ends the list, mandates.json partnerInfinitive)
    expect(mandates(text, 'S/RES/1663 (2006)').map(({ body, role }) => `${body}${role ? ` ${role}` : ''}`)).toEqual(['SG', 'AU', 'MemberStates partner']);
  });
  it('"in cooperation with CTED and 1540 Committee experts to assist Member States": the Member States are assisted, no partner (S/RES/2610 (2021), para 95, cut; "to assist" a blocker)', () => {
    const text =
      '95. Encourages the Monitoring Team and the United Nations Office on Drugs and Crime, to continue their joint activities, in cooperation with the Counter-Terrorism Executive Directorate (CTED) and 1540 Committee experts to assist Member States in their efforts to comply with their obligations under the relevant resolutions;';
    expect(mandates(text, 'S/RES/2610 (2021)').filter(({ body }) => body === 'MemberStates')).toEqual([]);
  });
  it('"to consult with all relevant parties … with a view to a more effective ceasefire commission working closely with UNAMID": no partner after "with a view to" (S/RES/1828 (2008), para 11, cut)', () => {
    const text =
      '11. Demands an end to violence by all sides; and encourages the mediation to consult with all relevant parties on security issues with a view to a more effective ceasefire commission working closely with UNAMID to monitor the cessation of hostilities;';
    expect(mandates(text, 'S/RES/1828 (2008)')).toEqual([]);
  });
});

describe('mandates: an infinitive after a partner marker ends its list, the names after it are its objects (en, mandates.json partnerInfinitive)', () => {
  const rows = (text: string, symbol: string): string[] => mandates(text, symbol).map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  it('"to strengthen their engagement with the Government of Haiti to address …, and to contribute to strengthening HNP capacity": HNP no partner (S/RES/1892 (2009), para 11)', () => {
    const text =
      '11. Invites Member States, including neighbouring and regional States, in coordination with MINUSTAH, to strengthen their engagement with the Government of Haiti to address cross-border illicit trafficking of persons, in particular children, and the trafficking of drugs, arms and other illegal activities, and to contribute to strengthening HNP capacity in these areas, including through the provision by MINUSTAH of technical expertise in support of efforts to implement an integrated border management approach, with emphasis on state capacity-building, and underlines the need for coordinated international support for Government efforts in this area;';
    expect(rows(text, 'S/RES/1892 (2009)').filter((row) => !row.startsWith('MINUSTAH'))).toEqual(['MemberStates invite', 'Gov-HT invite partner']);
  });
  it('"urges all parties to resolve their disputes through political and peaceful means … and opposes any attempt to change the government": no partner (S/PRST/2009/2)', () => {
    const text =
      '2. The Security Council calls on the Government of Guinea-Bissau to bring to justice those responsible for these violent acts. It also urges all parties to resolve their disputes through political and peaceful means within the framework of its democratic institutions and opposes any attempt to change the government through unconstitutional means.';
    expect(rows(text, 'S/PRST/2009/2')).toEqual(['Gov-GW call upon']);
  });
  it('"to cooperate with the United Nations and the European Union to facilitate the smooth transition from EUFOR": EUFOR no partner (S/RES/1834 (2008), para 6)', () => {
    const text =
      '6. Encourages the Governments of Chad and the Central African Republic to continue to cooperate with the United Nations and the European Union to facilitate the smooth transition from EUFOR to the United Nations military component;';
    expect(rows(text, 'S/RES/1834 (2008)').filter((row) => row.includes('partner'))).toEqual(['UN encourage partner', 'EU encourage partner']);
  });
  it('a name right after "in particular" goes on with the list past the infinitive (S/RES/2511 (2020), para 9)', () => {
    const text =
      '9. Directs the Panel to cooperate with other relevant expert groups established by the Security Council to support the work of its Sanctions Committees, in particular the Analytical Support and Sanctions Monitoring Team established by resolution 1526 (2004) and extended by resolution 2368 (2017);';
    // (the Panel named in full, as the resolution's preamble does: alone, the row has no "the Panel" to resolve)
    const named = text.replace('the Panel', 'the Panel of Experts established pursuant to resolution 2140 (2014)');
    expect(rows(named, 'S/RES/2511 (2020)').filter((row) => row.includes('partner'))).toEqual(['MonitoringTeam direct partner']);
  });
  it('"referred to in Annex 1-A" is no infinitive, and "to continue … the multinational stabilization force (SFOR)" carries the authorization on (S/RES/1305 (2000), para 10)', () => {
    const text =
      '10. Authorizes the Member States acting through or in cooperation with the organization referred to in Annex 1-A of the Peace Agreement to continue for a further planned period of 12 months the multinational stabilization force (SFOR) as established in accordance with its resolution 1088 (1996) under unified command and control in order to fulfil the role specified in Annex 1-A and Annex 2 of the Peace Agreement;';
    expect(rows(text, 'S/RES/1305 (2000)').map((row) => row.split(' ')[0])).toContain('SFOR');
  });
});

describe('mandates: a that-clause without "that": a bare verb after the addressee opens the task, the name after it is its object (en, mandates.json bareTaskObject)', () => {
  const rows = (text: string, symbol: string): string[] => mandates(text, symbol).map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  it('"requests MONUSCO support the government in advancing": the Government is supported, not addressed (S/RES/2556 (2020), para 32, cut)', () => {
    const text =
      '32. Requests MONUSCO to take fully into account gender considerations as a crosscutting issue throughout its mandate and to assist the Government of the DRC and other relevant stakeholders in creating a legal, political and socio-economic environment conducive to ensuring the full participation of women, requests MONUSCO support the government in advancing women’s political participation, in particular achieving the 30% constitutional quota and further requests enhanced reporting by MONUSCO to the Council on this issue;';
    expect(rows(text, 'S/RES/2556 (2020)').filter((row) => row.startsWith('Gov-'))).toEqual([]);
  });
  it('"requests MINUSTAH and the United Nations country team": a conjunction goes on with the list (S/RES/1892 (2009), para 19, cut)', () => {
    const text =
      '19. Strongly condemns the grave violations against children affected by armed violence, and requests MINUSTAH and the United Nations country team in close cooperation with the Government, to continue to promote and protect the rights of women and children;';
    expect(rows(text, 'S/RES/1892 (2009)').filter((row) => !row.includes('partner'))).toEqual(['MINUSTAH request', 'UNCT request']);
  });
  it('"encourages Member States support the United Nations electoral activities": the United Nations no addressee (S/RES/1471 (2003), para 2, cut)', () => {
    const text = '2. Welcomes the report of the Secretary-General and endorses his proposal that an electoral unit be established within UNAMA, and encourages Member States support the United Nations electoral activities in Afghanistan;';
    expect(rows(text, 'S/RES/1471 (2003)')).toEqual(['MemberStates encourage']);
  });
  it('"urges the United Nations Secretariat or Troop- and Police-Contributing Countries": "or" a conjunction (S/RES/2538 (2020), para 6, cut)', () => {
    const text =
      '6. Urges the United Nations Secretariat or Troop- and Police-Contributing Countries, where appropriate, to provide adequate and appropriate infrastructure and facilities for women in peacekeeping operations;';
    expect(rows(text, 'S/RES/2538 (2020)')).toEqual(['Secretariat urge', 'TPCC urge']);
  });
  it('"the States neighbouring the DRC, particularly Rwanda and Uganda": the place skipped, the list goes on (S/RES/1493 (2003), para 24, cut)', () => {
    const text =
      '24. Urges the States neighbouring the Democratic Republic of the Congo, particularly Rwanda and Uganda, which have an influence over movements and armed groups operating in the territory of the Democratic Republic of the Congo, to exercise a positive influence on them;';
    expect(rows(text, 'S/RES/1493 (2003)')).toEqual(['MemberStates urge', 'Gov-RW urge', 'Gov-UG urge']);
  });
  it('"the government of the DRC on the one hand, and those of States bordering Ituri": "those of" heads the States, a second subject (S/RES/1807 (2008), para 8; mandates.json heads.titles "those")', () => {
    const text =
      '8. Decides that, for a further period ending on the date referred to in paragraph 1 above, the government of the Democratic Republic of the Congo on the one hand, and those of States bordering Ituri and the Kivus on the other hand, shall take the necessary measures:';
    expect(rows(text, 'S/RES/1807 (2008)')).toEqual(['Gov-CD decide', 'MemberStates decide']);
  });
});

describe('mandates: bare "cooperate fully with X" and "with technical support provided by X" (en, mandates.json partners, support)', () => {
  const rows = (text: string, symbol: string): string[] => mandates(text, symbol).map(({ body, verb, role }) => `${body} ${verb}${role ? ` ${role}` : ''}`);
  it('"demands that all parties cooperate fully with the International Criminal Tribunal for Rwanda": the Tribunal a partner (S/RES/1649 (2005), para 19)', () => {
    const text =
      '19. Demands that all parties cooperate fully with the International Criminal Tribunal for Rwanda in Arusha, particularly with regard to the arrest and transfer of indictees who remain at large;';
    expect(rows(text, 'S/RES/1649 (2005)').filter((row) => row.includes('partner'))).toEqual(['ICTR demand partner']);
  });
  it('"cooperate fully with the African Union Mission": AMIS, named in full before, and not the African Union (S/PRST/2005/48)', () => {
    const text =
      '1. The Security Council strongly condemns the October 8 attack reportedly by the Sudan Liberation Movement/Army on African Union Mission in Sudan (AMIS) personnel in Darfur.\n2. The Security Council recalls the obligation undertaken by the Government of Sudan to disarm and control militias. It demands the SLM/A, the JEM and the Government of Sudan to immediately cease violence, comply with the N’djamena Ceasefire Agreement, end impediments to the peace process and cooperate fully with the African Union Mission.';
    expect(rows(text, 'S/PRST/2005/48').filter((row) => row.includes('partner'))).toEqual(['AMIS demand partner']);
  });
  it('"cooperate fully with the African Union Mission" with AMIS not named before: no partner, "Mission" makes the African Union its modifier (S/PRST/2005/48, cut; mandates.json modifiedHeads)', () => {
    const text =
      '2. The Security Council recalls the obligation undertaken by the Government of Sudan to disarm and control militias. It demands the SLM/A, the JEM and the Government of Sudan to immediately cease violence, comply with the N’djamena Ceasefire Agreement, end impediments to the peace process and cooperate fully with the African Union Mission.';
    expect(rows(text, 'S/PRST/2005/48')).toEqual(['Gov-SD demand']);
  });
  it('"with technical support provided by Member States": the marker\'s own participle, its agent a supporter (S/RES/1647 (2005), para 7)', () => {
    const text =
      '7. Emphasizes its concern that the National Transitional Government of Liberia took no action to implement its obligations under paragraph 1 of resolution 1532 (2004), and calls on the incoming Government to take such action immediately, particularly through adopting the necessary domestic legislation, with technical support provided by Member States;';
    expect(rows(text, 'S/RES/1647 (2005)').filter((row) => row.includes('support'))).toEqual(['MemberStates call upon support']);
  });
  it('"in relation to the support provided by the United Nations to Somali security forces": no marker, the agent of a participle no supporter (S/RES/2551 (2020), para 14, cut)', () => {
    const text =
      '14. Further calls upon the FGS and FMS to enhance civilian oversight of their security apparatus, and in this context recalls the importance of the Secretary-General’s Human Rights and Due Diligence Policy in relation to the support provided by the United Nations to Somali security forces and AMISOM;';
    expect(rows(text, 'S/RES/2551 (2020)').filter((row) => row.startsWith('UN '))).toEqual([]);
  });
});

describe('mandates: "EUPOL Afghanistan" is the mission\'s name, no State beside it (en, bodies.json EUPOL)', () => {
  it('"stresses the importance … of the contribution of the European Union through its police mission (EUPOL Afghanistan)": EUPOL a channel, Afghanistan no partner (S/RES/1806 (2008), para 17)', () => {
    const text =
      '17. Calls for further efforts to enhance the capabilities of the Afghan National Police in order to reinforce the authority of the Afghan Government throughout the country, welcomes the increasing role played by the International Police Coordination Board in policy setting and coordination, and stresses the importance, in this context, of the contribution of the European Union through its police mission (EUPOL Afghanistan);';
    expect(mandates(text, 'S/RES/1806 (2008)').map(({ body, role }) => `${body}${role ? ` ${role}` : ''}`)).toEqual(['EUPOL partner']);
  });
});
