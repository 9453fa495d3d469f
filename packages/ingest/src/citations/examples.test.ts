/**
 * A table of real citation examples, eyecite-style: each row is a clause from a UN text
 * (../shared/corpus/unsc, the seeds, UN News), and the symbols it must yield, in order,
 * nothing more. Rows marked with a note or pin check those too.
 */
import { describe, expect, it } from 'vitest';
import { citationsInSpan } from './index';

interface Example {
  lang: string;
  text: string;
  cites: string[];
  pins?: Array<string | undefined>;
  committee?: boolean;
}

const EXAMPLES: Example[] = [
  // Lists of Council resolutions, every language
  {
    lang: 'en',
    text: 'Recalling its resolutions 2042 (2012), 2043 (2012), 2118 (2013) and its Presidential Statements of 3 August 2011 (S/PRST/2011/16), 21 March 2012 (S/PRST/2012/6),',
    cites: ['S/RES/2042 (2012)', 'S/RES/2043 (2012)', 'S/RES/2118 (2013)', 'S/PRST/2011/16', 'S/PRST/2012/6'],
  },
  {
    lang: 'en',
    text: 'including resolutions 2139 (2014), 2165 (2014), 2191 (2014), 2258 (2015), 2332 (2016), 2393 (2017) 2401 (2018), and 2449 (2018), and recalls',
    cites: [
      'S/RES/2139 (2014)',
      'S/RES/2165 (2014)',
      'S/RES/2191 (2014)',
      'S/RES/2258 (2015)',
      'S/RES/2332 (2016)',
      'S/RES/2393 (2017)',
      'S/RES/2401 (2018)',
      'S/RES/2449 (2018)',
    ],
  },
  {
    lang: 'fr',
    text: 'Rappelant ses résolutions 1267 (1999), 1373 (2001), 1844 (2008), 1963 (2010), 2129 (2013), 2195 (2014), 2220 (2015), 2253 (2015), 2322 (2016), 2341 (2017) et 2368 (2017),',
    cites: [
      'S/RES/1267 (1999)',
      'S/RES/1373 (2001)',
      'S/RES/1844 (2008)',
      'S/RES/1963 (2010)',
      'S/RES/2129 (2013)',
      'S/RES/2195 (2014)',
      'S/RES/2220 (2015)',
      'S/RES/2253 (2015)',
      'S/RES/2322 (2016)',
      'S/RES/2341 (2017)',
      'S/RES/2368 (2017)',
    ],
  },
  {
    lang: 'fr',
    text: 'Rappelant ses résolutions 1267\u00a0(1999), 1373\u00a0(2001) … et 2368\u00a0(2017),',
    cites: ['S/RES/1267 (1999)', 'S/RES/1373 (2001)', 'S/RES/2368 (2017)'],
  },
  {
    lang: 'es',
    text: 'Recordando sus resoluciones 2042 (2012), 2043 (2012), 2401 (2018) y 2449 (2018), y las declaraciones de su Presidencia de 3 de agosto de 2011 (S/PRST/2011/16) y 8 de octubre de 2019 (S/PRST/2019/12),',
    cites: [
      'S/RES/2042 (2012)',
      'S/RES/2043 (2012)',
      'S/RES/2401 (2018)',
      'S/RES/2449 (2018)',
      'S/PRST/2011/16',
      'S/PRST/2019/12',
    ],
  },
  {
    lang: 'ru',
    text: 'ссылаясь на свои резолюции 2042 (2012), 2043 (2012), 2401 (2018), 2449 (2018) и на заявления своего Председателя от 3 августа 2011 года (S/PRST/2011/16),',
    cites: [
      'S/RES/2042 (2012)',
      'S/RES/2043 (2012)',
      'S/RES/2401 (2018)',
      'S/RES/2449 (2018)',
      'S/PRST/2011/16',
    ],
  },
  {
    lang: 'ar',
    text: 'إذ يشير إلى قراراته 2042 (2012) و 2043 (2012) و 2401 (2018) و 2449 (2018)، وإلى بيانات رئيسه المؤرخة 3 آب/أغسطس 2011 (S/PRST/2011/16)',
    cites: [
      'S/RES/2042 (2012)',
      'S/RES/2043 (2012)',
      'S/RES/2401 (2018)',
      'S/RES/2449 (2018)',
      'S/PRST/2011/16',
    ],
  },
  {
    lang: 'ar',
    text: 'إذ يشير إلى قراره 1970 (2011) وجميع قراراته اللاحقة المتعلقة بليبيا، بما في ذلك القرارات 2259 (2015) و 2510 (2020) و 2542 (2020) و 2570 (2021)،',
    cites: [
      'S/RES/1970 (2011)',
      'S/RES/2259 (2015)',
      'S/RES/2510 (2020)',
      'S/RES/2542 (2020)',
      'S/RES/2570 (2021)',
    ],
  },
  {
    lang: 'zh',
    text: '回顾第2042(2012)、2043(2012)、2401(2018)和2449(2018)号决议，以及2011年8月3日(S/PRST/2011/16)、2019年10月8日(S/PRST/2019/12)安理会主席声明，',
    cites: [
      'S/RES/2042 (2012)',
      'S/RES/2043 (2012)',
      'S/RES/2401 (2018)',
      'S/RES/2449 (2018)',
      'S/PRST/2011/16',
      'S/PRST/2019/12',
    ],
  },
  {
    lang: 'zh',
    text: '回顾第2253(2015)、2368(2017)号决议',
    cites: ['S/RES/2253 (2015)', 'S/RES/2368 (2017)'],
  },
  {
    lang: 'zh',
    text: '回顾第1267(1999)号、第1989(2011)号和第2253(2015)号决议',
    cites: ['S/RES/1267 (1999)', 'S/RES/1989 (2011)', 'S/RES/2253 (2015)'],
  },
  {
    lang: 'zh',
    text: '回顾第2253（2015）号和第2368（2017）号决议',
    cites: ['S/RES/2253 (2015)', 'S/RES/2368 (2017)'],
  },
  // General Assembly, told from the Council by context
  {
    lang: 'en',
    text: 'Recalling the guiding principles of Humanitarian Emergency assistance as set out in the GA resolution 46/182 and Reiterating the need',
    cites: ['A/RES/46/182'],
  },
  {
    lang: 'en',
    text: 'in accordance with General Assembly resolution 71/291 of 15 June 2017, and taking into account resolution 59/300 of the General Assembly',
    cites: ['A/RES/71/291', 'A/RES/59/300'],
  },
  {
    lang: 'fr',
    text: 'énoncés dans la résolution 46/182 de l’Assemblée générale et réitérant que toutes les parties',
    cites: ['A/RES/46/182'],
  },
  {
    lang: 'fr',
    text: 'la Stratégie antiterroriste mondiale des Nations Unies, qui figure dans la résolution 60/288 de l’Assemblée générale datée du 8 septembre 2006',
    cites: ['A/RES/60/288'],
  },
  {
    lang: 'fr',
    text: 'la résolution 71/19 (2016) de l’Assemblée générale sur la coopération avec INTERPOL',
    cites: ['A/RES/71/19'],
  },
  {
    lang: 'es',
    text: 'que figuran en la resolución 46/182 de la Asamblea General y reiterando',
    cites: ['A/RES/46/182'],
  },
  {
    lang: 'ru',
    text: 'как они определены в резолюции 46/182 Генеральной Ассамблеи, и вновь заявляя',
    cites: ['A/RES/46/182'],
  },
  {
    lang: 'ar',
    text: 'على النحو المنصوص عليه في قرار الجمعية العامة 46/182، ويكرر تأكيد',
    cites: ['A/RES/46/182'],
  },
  {
    lang: 'ar',
    text: 'المنشأ عملا بقرار الجمعية العامة للأمم المتحدة 71/291، وبين أفرقة الخبراء',
    cites: ['A/RES/71/291'],
  },
  { lang: 'zh', text: '回顾大会第46/182号决议规定的人道主义紧急援助指导原则', cites: ['A/RES/46/182'] },
  {
    lang: 'ar',
    text: 'وإذ يؤكد من جديد قرارَي الجمعية العامة ومجلس الأمن 70/262 و 2282 (2016) المؤرخين 27 نيسان/أبريل 2016، وكذلك قراراتهما A/RES/60/180 و S/RES/1645 (2005)',
    cites: ['A/RES/70/262', 'S/RES/2282 (2016)', 'A/RES/60/180', 'S/RES/1645 (2005)'],
  },
  {
    lang: 'ru',
    text: 'резолюции Генеральной Ассамблеи и Совета Безопасности 70/262 и 2282 (2016) от 27 апреля 2016 года',
    cites: ['A/RES/70/262', 'S/RES/2282 (2016)'],
  },
  {
    lang: 'en',
    text: 'the United Nations Global Counter-Terrorism Strategy (A/RES/60/288).',
    cites: ['A/RES/60/288'],
  },
  {
    lang: 'en',
    text: 'the 2005 World Summit Outcome (A/Res/60/1), the Beijing Declaration',
    cites: ['A/RES/60/1'],
  },
  {
    lang: 'ar',
    text: 'و A/RES72/276 و S/RES/2413 (2018) المؤرخين 26 نيسان/أبريل 2018',
    cites: ['A/RES/72/276', 'S/RES/2413 (2018)'],
  },
  // Older GA forms, special and emergency sessions, HRC
  {
    lang: 'en',
    text: 'in its declaration of October 1970 (resolution 2625 (XXV)) and reiterated',
    cites: ['A/RES/2625 (XXV)'],
  },
  { lang: 'en', text: 'General Assembly resolution 3379 (XXX) determined', cites: ['A/RES/3379 (XXX)'] },
  {
    lang: 'en',
    text: 'General Assembly resolutions 3367 A (XXX) and 31/16 A',
    cites: ['A/RES/3367 (XXX)', 'A/RES/31/16'],
  },
  {
    lang: 'en',
    text: 'recalling General Assembly resolutions S-8/1 and ES-10/19 and A/RES/ES-10/2',
    cites: ['A/RES/S-8/1', 'A/RES/ES-10/19', 'A/RES/ES-10/2'],
  },
  { lang: 'en', text: 'Human Rights Council resolution S-5/1 of 2 October 2007', cites: ['A/HRC/RES/S-5/1'] },
  {
    lang: 'en',
    text: 'the team of international experts on the situation in the Kasai regions mandated by the Human Rights Council in its resolution 45/34, recognises',
    cites: ['A/HRC/RES/45/34'],
  },
  { lang: 'ru', text: 'учрежденной резолюцией 45/34 Совета по правам человека', cites: ['A/HRC/RES/45/34'] },
  { lang: 'en', text: 'as requested in A/HRC/RES/17/4', cites: ['A/HRC/RES/17/4'] },
  // Statements and other UN documents
  { lang: 'fr', text: 'la déclaration de son président (PRST/2018/9)', cites: ['S/PRST/2018/9'] },
  { lang: 'en', text: 'set out in S/2020/372, the President of the Security Council', cites: ['S/2020/372'] },
  { lang: 'fr', text: 'le rapport (S/2018/1177) de l’Équipe', cites: ['S/2018/1177'] },
  { lang: 'fr', text: 'Texte du projet de résolution S/2019/580', cites: ['S/2019/580'] },
  { lang: 'en', text: 'the report of the Secretary-General (S/2005/273/Add.2)', cites: ['S/2005/273'] },
  {
    lang: 'en',
    text: 'the recommendations of the Special Committee (S/AC.51/2017/2)',
    cites: ['S/AC.51/2017/2'],
  },
  { lang: 'en', text: 'in his report (A/74/976-S/2020/773)', cites: ['A/74/976'] },
  { lang: 'en', text: 'S/RES/2370 (2017)*', cites: ['S/RES/2370 (2017)'] },
  { lang: 'en', text: 'S/RES/2370(2017)', cites: ['S/RES/2370 (2017)'] },
  // Pinpoint paragraphs
  {
    lang: 'en',
    text: 'Decides to renew the decisions in paragraphs 2 and 3 of Security Council resolution 2165 (2014), for a period of six months',
    cites: ['S/RES/2165 (2014)'],
    pins: ['2, 3'],
  },
  {
    lang: 'en',
    text: 'in accordance with paragraph 15 (b) of resolution 1539 (2004) and',
    cites: ['S/RES/1539 (2004)'],
    pins: ['15 (b)'],
  },
  {
    lang: 'fr',
    text: 'conformément au paragraphe 7 de la résolution 2488 (2019)',
    cites: ['S/RES/2488 (2019)'],
    pins: ['7'],
  },
  {
    lang: 'es',
    text: 'con arreglo al párrafo 7 de la resolución 2488 (2019)',
    cites: ['S/RES/2488 (2019)'],
    pins: ['7'],
  },
  { lang: 'ar', text: 'بما في ذلك الفقرة 4 من القرار 716 (1991)', cites: ['S/RES/716 (1991)'], pins: ['4'] },
  {
    lang: 'zh',
    text: '决定将安全理事会第2165(2014)号决议第2和3段所载各项决定的期限延续6个月',
    cites: ['S/RES/2165 (2014)'],
    pins: ['2, 3'],
  },
  {
    lang: 'zh',
    text: '决定将第2399(2018)号决议第9、14和16至19段所列',
    cites: ['S/RES/2399 (2018)'],
    pins: ['9, 14, 16-19'],
  },
  { lang: 'zh', text: '允许第2255(2015)号决议第1(a)段的规定', cites: ['S/RES/2255 (2015)'], pins: ['1 (a)'] },
  // Committees named after resolutions
  {
    lang: 'en',
    text: 'the Committee established pursuant to resolution 1267 (1999) and the Committee established pursuant to resolution 1540 (2004)',
    cites: ['S/RES/1267 (1999)', 'S/RES/1540 (2004)'],
    committee: true,
  },
  {
    lang: 'fr',
    text: 'Aider le Comité faisant suite aux résolutions 1267 (1999), 1989 (2011) et 2253 (2015) concernant l’EIIL (Daech)',
    cites: ['S/RES/1267 (1999)', 'S/RES/1989 (2011)', 'S/RES/2253 (2015)'],
    committee: true,
  },
  {
    lang: 'es',
    text: 'la importante función que desempeña el Comité dimanante de las resoluciones 1267 (1999), 1989 (2011) y 2253 (2015) relativas al EIIL',
    cites: ['S/RES/1267 (1999)', 'S/RES/1989 (2011)', 'S/RES/2253 (2015)'],
    committee: true,
  },
  {
    lang: 'ru',
    text: 'представлять Комитету, учрежденному резолюциями 1267 (1999) и 1989 (2011), краткие устные доклады',
    cites: ['S/RES/1267 (1999)', 'S/RES/1989 (2011)'],
    committee: true,
  },
  {
    lang: 'ar',
    text: 'إلى اللجنة المنشأة عملا بالقرار 1267 (1999)',
    cites: ['S/RES/1267 (1999)'],
    committee: true,
  },
  {
    lang: 'zh',
    text: '给安全理事会关于中非共和国的第2127(2013)号决议所设委员会(“委员会”)的报告',
    cites: ['S/RES/2127 (2013)'],
    committee: true,
  },
  // A list resumed after a title, and a year with transposed digits
  {
    lang: 'en',
    text: 'Welcoming the adoption by the General Assembly of resolutions 57/28 entitled Scope of legal protection under the Convention on the Safety of United Nations and Associated Personnel and 57/155 entitled Safety and security',
    cites: ['A/RES/57/28', 'A/RES/57/155'],
  },
  {
    lang: 'en',
    text: 'and reiterates its resolutions 2240 (2015), 2312 (2106), 2380 (2017)',
    cites: ['S/RES/2240 (2015)', 'S/RES/2312 (2016)', 'S/RES/2380 (2017)'],
  },
  {
    lang: 'en',
    text: 'on 31 January 2003 the General Assembly by decision 57/414 A and in accordance with resolution 57/28',
    cites: ['A/RES/57/28'],
  },
  // What is no citation
  { lang: 'en', text: 'the 1267/1989/2253 ISIL (Da’esh) and Al-Qaida Sanctions Committee', cites: [] },
  // Council resolutions without a year: the year of the Council's numbering (series.json), when certain
  { lang: 'en', text: 'Recalling its resolution 2178 and the present resolution', cites: ['S/RES/2178 (2014)'] },
  { lang: 'en', text: 'By adopting resolution 1566 by consensus, the Council has reaffirmed', cites: ['S/RES/1566 (2004)'] },
  { lang: 'en', text: 'members of the 1267 Committee and of resolutions 1267 and 1989', cites: ['S/RES/1267 (1999)', 'S/RES/1989 (2011)'] },
  { lang: 'en', text: 'jointly created by the UN Security Council Resolutions 1267 and 1988 Monitoring Team', cites: ['S/RES/1267 (1999)', 'S/RES/1988 (2011)'] },
  { lang: 'fr', text: 'conformément au paragraphe 9 de la résolution du Conseil 2692.', cites: ['S/RES/2692 (2023)'] },
  { lang: 'es', text: 'La resolución 1373 del UNSC ordena a los Estados a armonizar sus leyes', cites: ['S/RES/1373 (2001)'] },
  { lang: 'ru', text: 'ссылаясь на резолюции 1267 и 2253,', cites: ['S/RES/1267 (1999)', 'S/RES/2253 (2015)'] },
  { lang: 'ar', text: 'وإذ يشير إلى القرار 2178،', cites: ['S/RES/2178 (2014)'] },
  { lang: 'zh', text: '回顾第1373号决议，', cites: ['S/RES/1373 (2001)'] },
  // the 1995/1996 boundary: 1035 the last of 1995, 1036 the first of 1996 (news set 34, Noticias ONU of 15 January 1996)
  { lang: 'es', text: 'En su resolución 1038, el Consejo decidió que la Misión de Observadores', cites: ['S/RES/1038 (1996)'] },
  { lang: 'en', text: 'as the Council decided in resolution 1035', cites: ['S/RES/1035 (1995)'] },
  // a session number whose organ is the subject right after it, past one inserted clause (news set 34)
  {
    lang: 'en',
    text: 'In resolution 46/1, adopted on 23 March 2021, the Human Rights Council requested the Office',
    cites: ['A/HRC/RES/46/1'],
  },
  { lang: 'fr', text: 'Dans sa résolution 46/1, le Conseil des droits de l’homme a prié le Haut-Commissariat', cites: ['A/HRC/RES/46/1'] },
  // the Human Rights Council as the antecedent of a relative clause holding the number (probe set 37, 10, composed HCDH page)
  { lang: 'fr', text: 'Le Bureau coopère avec le Conseil des droits de l’homme, qui, dans sa résolution 51/37, a prié le HCDH', cites: ['A/HRC/RES/51/37'] },
  { lang: 'en', text: 'the Human Rights Council, which, in its resolution 24/30, requested OHCHR', cites: ['A/HRC/RES/24/30'] },
  { lang: 'es', text: 'el Consejo de Derechos Humanos, que, en su resolución 51/37, pidió al ACNUDH', cites: ['A/HRC/RES/51/37'] },
  // a relative clause after another body keeps the Assembly's numbering
  { lang: 'fr', text: 'le Bureau, qui, dans sa résolution 51/37, a demandé', cites: ['A/RES/51/37'] },
  // a session no General Assembly resolution bears (1–30 were roman, special sessions end at 32) after the text named the Human
  // Rights Council: that Council's (news set 35)
  {
    lang: 'en',
    text: 'The UN Human Rights Council on Thursday established a Commission of Inquiry. In resolution 22/13, adopted without a vote, the 47-member Council decided',
    cites: ['A/HRC/RES/22/13'],
  },
  {
    lang: 'fr',
    text: 'Le Conseil des droits de l’homme a décidé vendredi de créer une Commission d’enquête. Aux termes de sa résolution 26/24, adoptée sans vote, le Conseil a décidé',
    cites: ['A/HRC/RES/26/24'],
  },
  {
    lang: 'es',
    text: 'El Consejo de Derechos Humanos decidió este viernes establecer la Comisión. La resolución S-33/1 fue aprobada por 21 votos a favor',
    cites: ['A/HRC/RES/S-33/1'],
  },
  // … not without that Council named, nor a session the Assembly's numbering has
  { lang: 'en', text: 'In resolution 22/13, adopted without a vote, the Council decided', cites: [] },
  { lang: 'en', text: 'The Human Rights Council met on Monday. In resolution 60/251, the Assembly', cites: ['A/RES/60/251'] },
  // … not an organ that is the verb's object
  { lang: 'en', text: 'The General Assembly, in resolution 60/251, established the Human Rights Council', cites: ['A/RES/60/251'] },
  // … and year-less where the numbering is not certain: the bare number, never a guessed year
  { lang: 'en', text: 'in accordance with resolution 2799 of the Security Council', cites: ['S/RES/2799'] },
  { lang: 'en', text: 'General Assembly resolution 2758 restored the lawful rights', cites: [] },
  // ECOSOC's and the Commission on Human Rights' resolutions, numbered year/number (stop 33, n73; news sets 35, 38)
  // (the organ as the subject after a date that opens with "of", no comma before it: not read, as before)
  { lang: 'en', text: 'in its resolution 2004/28 of 21 July 2004, the Economic and Social Council', cites: [] },
  { lang: 'en', text: 'in its resolution 2004/28, adopted on 21 July 2004, the Economic and Social Council', cites: ['E/RES/2004/28'] },
  { lang: 'en', text: 'as called for in ECOSOC resolution 2004/27', cites: ['E/RES/2004/27'] },
  { lang: 'en', text: 'as established by E/RES/1992/1', cites: ['E/RES/1992/1'] },
  { lang: 'fr', text: 'conformément à la résolution 1992/1 du Conseil économique et social', cites: ['E/RES/1992/1'] },
  { lang: 'es', text: 'El ECOSOC lo hizo mediante la resolución 1992/1, de 6 de febrero de 1992, y le encomendó la tarea', cites: ['E/RES/1992/1'] },
  { lang: 'en', text: 'was set up in 1993 under Commission on Human Rights resolution 1993/6. That resolution requested', cites: ['E/CN.4/RES/1993/6'] },
  { lang: 'en', text: 'pursuant to resolution 1993/6 of the Commission on Human Rights', cites: ['E/CN.4/RES/1993/6'] },
  { lang: 'en', text: 'see E/CN.4/RES/2005/69', cites: ['E/CN.4/RES/2005/69'] },
  // … not without the organ named in the clause, nor the Commission after its last year (2006)
  { lang: 'en', text: 'in its resolution 2004/28 of 21 July 2004, the Council', cites: [] },
  { lang: 'en', text: 'The Economic and Social Council met. The Assembly, in resolution 2004/28,', cites: [] },
  { lang: 'en', text: 'Commission on Human Rights resolution 2010/3', cites: [] },
  {
    lang: 'fr',
    text: 'du Programme de développement durable à l’horizon 2030 (2018), de façon à',
    cites: [],
  },
  { lang: 'en', text: 'more than 11.1 million people in 2019 (2019 figures), at 1/2 of capacity', cites: [] },
  { lang: 'en', text: 'Article 25 (1945) of the Charter; in Chapter VII (1)', cites: [] },
  { lang: 'en', text: 'ch/S/RES/2436 (2018)', cites: [] },
];

describe('citation examples from UN texts', () => {
  it.each(EXAMPLES.map((example) => [example.lang, example.text.slice(0, 70), example] as const))(
    '%s: %s',
    (_lang, _head, example) => {
      const found = citationsInSpan(example.text, 0, example.text.length);
      expect(found.map((citation) => citation.target.symbol)).toEqual(example.cites);
      if (example.pins) expect(found.map((citation) => citation.pin)).toEqual(example.pins);
      if (example.committee !== undefined) {
        expect(found.every((citation) => (citation.note === 'committee') === example.committee)).toBe(true);
      }
      for (const citation of found) {
        expect(citation.start).toBeGreaterThanOrEqual(0);
        expect(citation.end).toBeGreaterThan(citation.start);
        expect(example.text.slice(citation.start, citation.end)).toMatch(/\d/);
      }
    },
  );

  it('types its targets: organ, number and year', () => {
    const [sc, ga, old, statement, document] = citationsInSpan(
      'resolution 1373 (2001), General Assembly resolution 60/288, resolution 3379 (XXX), S/PRST/2018/9, S/2018/1177',
      0,
      200,
    ).map((citation) => citation.target);
    expect(sc).toEqual({
      kind: 'Resolution',
      symbol: 'S/RES/1373 (2001)',
      organ: 'SC',
      number: '1373',
      year: 2001,
    });
    expect(ga).toEqual({
      kind: 'Resolution',
      symbol: 'A/RES/60/288',
      organ: 'GA',
      number: '60/288',
      year: null,
    });
    expect(old).toMatchObject({
      kind: 'Resolution',
      symbol: 'A/RES/3379 (XXX)',
      organ: 'GA',
      number: '3379',
    });
    expect(statement).toMatchObject({ kind: 'Statement', symbol: 'S/PRST/2018/9', year: 2018 });
    expect(document).toEqual({ kind: 'Document', symbol: 'S/2018/1177' });
  });
});
