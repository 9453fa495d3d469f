/**
 * Mandates in the six languages, one row per construction, with sentences from Security Council
 * resolutions of 2020 (the S/RES/25xx texts in ../shared/corpus/unsc, none of the mandates gold):
 * lists, governments and collective addressees, "decides that", mandates extended, partners,
 * directive phrases, pronouns and short references.
 */
import { describe, expect, it } from 'vitest';
import { fragmentEvidence } from '@unkg/graph';
import { extractEntities } from './index';
import { testDocument } from './testing';

interface Row {
  lang: string;
  what: string;
  text: string;
  /** "body verb" or "body verb role", in text order */
  expected: string[];
}

const ROWS: Row[] = [
  // Spanish: "a" + addressee + "que"/"a que"
  { lang: 'es', what: 'a list after "solicita al … y a los …", up to "que" (2506)', text: '5. Solicita al Secretario General y a los países que aportan contingentes y fuerzas de policía que aumenten el número de mujeres en la UNFICYP;', expected: ['SG request', 'TPCC request'] },
  { lang: 'es', what: 'a Government, "a que" (2512)', text: '7. Exhorta al Gobierno de Guinea-Bissau a que lleve a cabo las reformas urgentes previstas en el Acuerdo de Conakry;', expected: ['Gov-GW call upon'] },
  { lang: 'es', what: 'partners after "en estrecha consulta con" (2507)', text: '13. Solicita al Secretario General que, en estrecha consulta con la MINUSCA, presente una evaluación;', expected: ['SG request', 'MINUSCA request partner'] },
  { lang: 'es', what: 'a mandate extended, a date inserted (2609 wording)', text: '1. Decide prorrogar hasta el 15 de noviembre de 2022 el mandato de la Fuerza Provisional de Seguridad de las Naciones Unidas para Abyei;', expected: ['UNISFA decide'] },
  // Russian: case forms, bare infinitives
  { lang: 'ru', what: 'a list in the accusative, up to the infinitive (2506)', text: '5. просит Генерального секретаря и страны, предоставляющие воинские и полицейские контингенты, увеличить численность женщин в составе ВСООНК;', expected: ['SG request', 'TPCC request'] },
  { lang: 'ru', what: 'an addressee in the dative (2518)', text: '3. рекомендует государствам-членам взаимодействовать с этим механизмом в целях улучшения учебной подготовки;', expected: ['MemberStates encourage'] },
  { lang: 'ru', what: '"постановляет, что" with a date before the subject (2507)', text: '1. постановляет, что до 31 июля 2020 года все государства-члены должны продолжать принимать необходимые меры;', expected: ['MemberStates decide'] },
  { lang: 'ru', what: 'the authorities of a State, by its abbreviation (2507)', text: '12. просит власти ЦАР не позднее 30 июня 2020 года представить Комитету доклад;', expected: ['Gov-CF request'] },
  // Arabic: the chain after the verb, proclitics
  { lang: 'ar', what: 'a chain joined by و, the task without a marker (2506)', text: '5. يطلب إلى الأمين العام والبلدان المساهمة بقوات وأفراد شرطة زيادة عدد النساء في القوة؛', expected: ['SG request', 'TPCC request'] },
  { lang: 'ar', what: 'ب glued to "all" before the addressee (2509)', text: '8. يهيب بجميع الدول الأعضاء أن تتعاون في هذه الجهود؛', expected: ['MemberStates call upon'] },
  { lang: 'ar', what: '"يقرر أن" with the verb before its subject (2507)', text: '1. يقرر أن تواصل جميع الدول الأعضاء، حتى 31 آذار/مارس 2020، اتخاذ التدابير اللازمة؛', expected: ['MemberStates decide'] },
  { lang: 'ar', what: 'the task after على (2512)', text: '9. يشجع لجنة بناء السلام على متابعة العملية الانتقالية؛', expected: ['PBC encourage'] },
  // Chinese: the chain after the verb, no spaces
  { lang: 'zh', what: 'a chain joined by 及 and 和, the mission in the task left out (2506)', text: '5. 请秘书长及部队派遣国和警察派遣国增加联塞部队中妇女人数；', expected: ['SG request', 'TPCC request'] },
  { lang: 'zh', what: '"决定，…，X应" with an inserted date (2507)', text: '1. 决定，从现在至2020年7月31日，所有会员国应继续采取必要措施；', expected: ['MemberStates decide'] },
  { lang: 'zh', what: '"在也门" is a place, not an addressee: 在 is no date word though 现在 is (2505)', text: '4. 着重指出在也门开展工作的所有联合国实体之间必须密切协作和协调，以防止工作重复；', expected: [] },
  { lang: 'zh', what: '"在联合国内部" is a place, the United Nations no subject (2617)', text: '20. 重申反恐执行局在联合国内部有着如下必不可少的作用；', expected: ['CTED reaffirm'] },
  { lang: 'zh', what: 'AMISOM by its full Chinese name, not the African Union (2607)', text: '7. 再次请非洲联盟驻索马里特派团(非索特派团)支持和协助联邦政府；', expected: ['AMISOM request'] },
  { lang: 'zh', what: 'a Government named by the State and 政府 (2512)', text: '6. 鼓励几内亚比绍政府继续努力确保对本国的国防和安全部队进行有效的文官管控；', expected: ['Gov-GW encourage'] },
  // "the Secretariat" with no other secretariat named: the United Nations Secretariat, in every language
  { lang: 'en', what: '"the Secretariat", no other secretariat named (2577 wording)', text: '18. Requests the Secretariat to include the necessary gender expertise in the Panel of Experts;', expected: ['Secretariat request'] },
  { lang: 'en', what: 'not another organisation\'s secretariat (2552)', text: '9. Calls upon the Secretary-General to support the efforts of the CAR authorities through the RCPCA Secretariat;', expected: ['SG call upon'] },
  { lang: 'en', what: 'not a secretariat "of" another body (composed)', text: '4. Requests the Secretariat of the Convention to share its findings;', expected: [] },
  { lang: 'fr', what: '"le Secrétariat" (2612)', text: '3. invite le Secrétariat à envisager de réduire encore les effectifs militaires;', expected: ['Secretariat invite'] },
  { lang: 'es', what: '"la Secretaría" (2577)', text: '18. Solicita a la Secretaría que incluya en el Grupo de Expertos los conocimientos especializados necesarios;', expected: ['Secretariat request'] },
  { lang: 'es', what: 'not "la Secretaría Ejecutiva" of another body (2531)', text: '6. Alienta a la Secretaría Ejecutiva del G5 del Sahel a que siga reforzando su autonomía;', expected: [] },
  { lang: 'ar', what: '"الأمانة العامة" (2521)', text: '5. يطلب في هذا الصدد إلى الأمانة العامة أن توافي مجلس الأمن بتقرير؛', expected: ['Secretariat request'] },
  { lang: 'zh', what: '秘书处 after 请 (2577)', text: '18. 请秘书处在专家小组内纳入必要的性别平等专长能力；', expected: ['Secretariat request'] },
  { lang: 'zh', what: 'not 执行秘书处, a secretariat of another body (2531 wording)', text: '6. 鼓励执行秘书处继续加强自主性；', expected: [] },
  // a short form introduced with the determiner inside the quotes wins over a committee named more often
  { lang: 'en', what: '("the Committee") after the 1267 Committee, the Counter-Terrorism Committee named twice (1526)', text: 'Recalling the Counter-Terrorism Committee and the Counter-Terrorism Committee,\n2. Decides to strengthen the mandate of the Committee established pursuant to resolution 1267 (1999) ("the Committee");\n10. Requests the Committee to consider visits to selected countries;', expected: ['Committee1267 decide', 'Committee1267 request'] },
  // a State marked as owner ("'s", 的) is not addressed: what it owns is
  { lang: 'en', what: 'a State\'s international partners (2568)', text: '10. Urges Somalia\'s international partners to support Somalia in meeting these commitments;', expected: [] },
  { lang: 'en', what: 'a State\'s political leaders (1876)', text: '9. Urges Guinea-Bissau\'s political leaders to refrain from involving the military in politics;', expected: [] },
  { lang: 'zh', what: '索马里的 international and regional partners (2607)', text: '12. 鼓励索马里的国际和区域合作伙伴为联邦政府的爆炸物处理单位开展持续专业培训；', expected: [] },
  { lang: 'en', what: 'an owner inside an inserted phrase after the addressee (1863)', text: '23. Calls upon Member States, in response to the Secretary-General\'s letter of 19 December 2008, to support strengthening the capacity of the Somali government;', expected: ['MemberStates call upon'] },
  { lang: 'en', what: '"the Committee" is not a Committee inside another body\'s name (1535)', text: 'Recalling the Counter-Terrorism Committee,\nWelcoming the Counter-Terrorism Committee Executive Directorate, and the Counter-Terrorism Committee Executive Directorate,\n6. Decides that the Committee will continue to report to the Council on a regular basis;', expected: ['CTC decide'] },
  { lang: 'fr', what: '"le Comité" is not the Comité in "Direction exécutive du Comité" (2617)', text: 'Rappelant le Comité contre le terrorisme,\nSaluant la Direction exécutive du Comité contre le terrorisme et la Direction exécutive du Comité contre le terrorisme,\n6. Décide que le Comité continuera de lui faire rapport régulièrement ;', expected: ['CTC decide'] },
  { lang: 'en', what: 'no introduction: the Committee named most often and first (2610 wording)', text: "Stressing the role of the ISIL (Da'esh) and Al-Qaida Sanctions Committee,\nRecalling the Counter-Terrorism Committee and the Counter-Terrorism Committee,\nReminding the ISIL (Da'esh) and Al-Qaida Sanctions Committee and the ISIL (Da'esh) and Al-Qaida Sanctions Committee to remove names,\n48. Directs the Committee to keep its guidelines under active review;", expected: ['Committee1267 direct'] },
  { lang: 'en', what: 'no introduction, the Committee named most often not first: none (composed)', text: "Recalling the Counter-Terrorism Committee and the Counter-Terrorism Committee,\nStressing the role of the ISIL (Da'esh) and Al-Qaida Sanctions Committee, the ISIL (Da'esh) and Al-Qaida Sanctions Committee and the ISIL (Da'esh) and Al-Qaida Sanctions Committee,\n48. Directs the Committee to keep its guidelines under active review;", expected: [] },
  // counter-terrorism bodies by their names in each language
  { lang: 'zh', what: 'CTED as 反恐执行局 (2617)', text: '38. 鼓励国际民航组织和反恐执行局继续开展更密切的合作；', expected: ['ICAO encourage', 'CTED encourage'] },
  { lang: 'ar', what: 'the ISIL (Da\'esh) and Al-Qaida Sanctions Committee by its Arabic name (2610 wording)', text: '57. يوعز إلى لجنة الجزاءات المفروضة على تنظيم الدولة الإسلامية (داعش) وتنظيم القاعدة بأن تواصل استكمال الاستمارات؛', expected: ['Committee1267 direct'] },
  { lang: 'ru', what: 'the ISIL (Da\'esh) and Al-Qaida Sanctions Committee by its Russian name, in the dative (2610 wording)', text: '48. поручает Комитету по санкциям против ИГИЛ (ДАИШ) и «Аль-Каиды» продолжать обеспечивать наличие справедливых процедур;', expected: ['Committee1267 direct'] },
  { lang: 'ar', what: 'a feminine head before a word that does not agree with it, a verbal noun (2536)', text: 'وإذ يشير إلى بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في جمهورية أفريقيا الوسطى،\n3. يطلب إلى البعثة الإبلاغ عن إسهام هذا الاستثناء في إصلاح قطاع الأمن؛', expected: ['MINUSCA request'] },
  { lang: 'ru', what: 'a mission by its full Russian name, its acronym after it (2517)', text: '1. постановляет, что Смешанная операция Африканского союза — Организации Объединенных Наций в Дарфуре (ЮНАМИД) будет сохранять свои нынешние предельные уровни численности;', expected: ['UNAMID decide'] },
  // English
  { lang: 'en', what: 'a mandate extended, a date inserted (2505)', text: '1. Decides to extend until 15 July 2020 the mandate of the United Nations Mission to support the Hodeidah Agreement (UNMHA);', expected: ['UNMHA decide'] },
  { lang: 'en', what: 'a State addressed by name is its Government (composed from 2609 wording)', text: '3. Calls upon South Sudan to facilitate the work of the mission;', expected: ['Gov-SS call upon'] },
  { lang: 'en', what: '"reiterates its call upon" (1862 wording)', text: '4. Reiterates its call upon the Member States to settle their disputes by peaceful means;', expected: ['MemberStates call upon'] },
  { lang: 'en', what: 'a pronoun for the bodies of the clause before it (S/PRST/2009/32 wording)', text: '"The Security Council recognizes the important contribution of States and regional organizations in tackling drug trafficking, and encourages them to share best practices.', expected: ['MemberStates encourage'] },
  { lang: 'en', what: '"the Mechanism" for the body the text named (2529 wording, composed)', text: 'Recalling the International Residual Mechanism for Criminal Tribunals,\n6. Requests the Mechanism to report on its progress;', expected: ['IRMCT request'] },
  // French
  { lang: 'fr', what: 'a pronoun before the verb, "leur demande" (2549 wording, composed)', text: '1. Réaffirme la responsabilité des autorités de Bosnie-Herzégovine et leur demande de coopérer pleinement;', expected: ['Gov-BA call for'] },
  { lang: 'ru', what: 'a short reference in an oblique case, "Механизму" (2529 wording, composed)', text: 'ссылаясь на Международный остаточный механизм для уголовных трибуналов,\n6. просит Механизм представить доклад;', expected: ['IRMCT request'] },
  { lang: 'fr', what: 'a Government by its adjective (2507 wording)', text: '12. Prie le Gouvernement centrafricain de lui présenter un rapport;', expected: ['Gov-CF request'] },
  // object pronouns: plural for the previous clause's addressees or the bodies it names, singular for one
  { lang: 'ar', what: 'a plural pronoun glued to the verb, "ويشجعها" (2514 wording)', text: '14. يرحب بالدور الذي يؤديه الاتحاد الأفريقي والهيئة الحكومية الدولية المعنية بالتنمية، ويشجعها على مواصلة تعاونها القوي مع قادة جنوب السودان؛', expected: ['AU encourage', 'IGAD encourage'] },
  { lang: 'ar', what: 'a singular pronoun glued to the verb, "ويدعوه", is the Secretary-General named before (2548)', text: '11. يرحب بالمبادرات التي اتخذها الأمين العام لجعل ثقافة الأداء قاعدة متّبعة في عمليات الأمم المتحدة لحفظ السلام، ويدعوه إلى تطبيق هذا الإطار على البعثة؛', expected: ['SG call upon'] },
  { lang: 'en', what: '"calls on him": the Secretary-General, not the United Nations named between (2548)', text: '11. Welcomes the initiatives undertaken by the Secretary-General to standardize a culture of performance in UN peacekeeping, and reaffirms its support for evaluating all United Nations civilian and uniformed personnel, and calls on him to apply this framework to MINURSO;', expected: ['SG call upon'] },
  { lang: 'es', what: '"lo exhorta a que" (2548)', text: '11. Acoge con beneplácito las iniciativas emprendidas por el Secretario General para estandarizar la cultura del desempeño en las actividades de mantenimiento de la paz de las Naciones Unidas, y lo exhorta a que aplique a la MINURSO ese marco;', expected: ['SG call upon'] },
  // French recall
  { lang: 'fr', what: 'a singular clitic before the verb, "le prie de", for the body named before (2529)', text: "6. Souligne que le Mécanisme international appelé à exercer les fonctions résiduelles des Tribunaux pénaux a été conçu pour être une petite entité efficace, et le prie de continuer à être guidé par ces critères ;", expected: ['IRMCT request'] },
  { lang: 'fr', what: '"demande à celle-ci" (2558)', text: '2. Salue, en particulier, le rôle important qui revient à la Commission de consolidation de la paix et demande à celle-ci de continuer à renforcer ses fonctions de conseil ;', expected: ['PBC call upon'] },
  { lang: 'fr', what: '"leur demande" for the bodies of an earlier clause when the one before names none (2549)', text: "1. Souligne de nouveau que c'est à l'ensemble des autorités de la Bosnie-Herzégovine qu'il incombe au premier chef d'assurer l'application de l'Accord de paix, constate que la communauté internationale reste disposée à les y aider et leur demande de coopérer pleinement ;", expected: ['Gov-BA call for'] },
  { lang: 'fr', what: '"agissant par l\'intermédiaire de" does not end the clause; a body established under a description and its acronym (2549)', text: "3. Autorise les États Membres, agissant par l'intermédiaire de l'Union européenne ou en coopération avec elle, à créer pour une nouvelle période de douze mois une force multinationale de stabilisation (EUFOR ALTHEA) succédant juridiquement à la SFOR ;", expected: ['MemberStates authorize', 'EUFOR authorize'] },
  // the same establishment without an article (ru, ar, zh): the body named in the parentheses that close the description
  { lang: 'ru', what: '"учредить … многонациональные силы по стабилизации («Операция СЕС …»)" (2549)', text: '3. уполномочивает государства-члены, действующие через ЕС или в сотрудничестве с ним, учредить на дополнительный период в двенадцать месяцев, начинающийся с даты принятия настоящей резолюции, в качестве правопреемника СПС многонациональные силы по стабилизации («Операция СЕС "Алфея"») под единым командованием и управлением;', expected: ['MemberStates authorize', 'EUFOR authorize'] },
  { lang: 'ar', what: '"بإنشاء قوة متعددة الجنسيات … (عملية ألثيا التابعة لقوة الاتحاد الأوروبي)" (2604)', text: '1. يأذن للدول الأعضاء التي تتصرف من خلال الاتحاد الأوروبي أو بالتعاون معه بإنشاء قوة متعددة الجنسيات لتحقيق الاستقرار (عملية ألثيا التابعة لقوة الاتحاد الأوروبي) لفترة إضافية مدتها اثنا عشر شهرا؛', expected: ['MemberStates authorize', 'EU authorize partner', 'EUFOR authorize'] },
  { lang: 'zh', what: '"续设一支多国稳定部队(欧盟部队…)" (2549)', text: '3. 授权会员国通过欧盟采取行动或与欧盟合作采取行动，续设一支多国稳定部队(欧盟部队"木槿花"行动)，自本决议通过之日起为期12个月；', expected: ['MemberStates authorize', 'EU authorize partner', 'EU authorize partner', 'EUFOR authorize'] },
  { lang: 'en', what: '"and in that regard encourages" opens a clause, the phrase between "and" and the verb (2521)', text: 'Recalling the Security Council Committee established pursuant to resolution 2206 (2015) concerning South Sudan,\n17. Emphasizes the importance of holding regular consultations with concerned Member States, as may be necessary, in order to ensure the full implementation of the measures in this resolution, and in that regard encourages the Committee to consider, where and when appropriate, visits to selected countries by the Chair and/or Committee members;', expected: ['Committee2206 encourage'] },
  { lang: 'es', what: '"y a ese respecto solicita" opens a clause (2579 wording, composed)', text: '5. Destaca la importancia de la coordinación, y a ese respecto solicita al Secretario General que informe al Consejo;', expected: ['SG request'] },
  { lang: 'ar', what: '"يشجع على التعاون بين X و…": joint work after على (2538)', text: '5. يشجع على التعاون بين الأمم المتحدة والمنظمات الإقليمية ودون الإقليمية في النهوض بزيادة مشاركة المرأة ودورها في عمليات حفظ السلام؛', expected: ['UN encourage'] },
  { lang: 'ar', what: 'joint work opens a list, never continues one: the Secretary-General only (2553)', text: '22. يشجع الأمين العام على مواصلة تعزيز التعاون بين الأمم المتحدة والاتحاد الأفريقي، بما يتماشى والإطار المشترك؛', expected: ['SG encourage'] },
  // Chinese: a State's name before a noun it qualifies is no Government addressed (stateQualifiers)
  { lang: 'zh', what: '"促请塞浦路斯两族领导人": the leaders of the two communities, not the Government of Cyprus (2561)', text: '3. 再次呼吁缓解东地中海紧张局势，着重指出应根据适用的国际法和平解决争端，还促请塞浦路斯两族领导人和所有相关各方避免任何可能有损成功机会的行动和言论；', expected: [] },
  { lang: 'zh', what: '"敦促马里各方": the Malian parties (2531)', text: '3. 敦促马里各方本着真诚合作的精神立即采取具体行动；', expected: [] },
  { lang: 'zh', what: 'States named before a verb are their Governments, "还敦促苏丹和南苏丹考虑" (2550)', text: '17. 充分支持联阿安全部队努力促进族群对话，还敦促苏丹和南苏丹考虑支持联合国和非洲联盟帮助促进阿卜耶伊各方之间的对话；', expected: ['Gov-SD urge', 'Gov-SS urge'] },
  { lang: 'ru', what: 'a hyphenated State declines its first part, "правительство Гвинеи-Бисау" (2512)', text: '10. призывает правительство Гвинеи-Бисау к тому, чтобы оно провело настоятельно необходимые реформы в соответствии с Конакрийским соглашением;', expected: ['Gov-GW call upon'] },
  { lang: 'en', what: '"cooperation between X and Y" addresses both (2617)', text: '38. Encourages continued, closer cooperation between ICAO and CTED, in particular by working together on identifying gaps;', expected: ['ICAO encourage', 'CTED encourage'] },
  { lang: 'es', what: 'a plural pronoun after a clause that addressed parties is not the bodies named before it (2543)', text: '4. Acoge con beneplácito el inicio de las negociaciones en Doha (Qatar), alienta encarecidamente a las partes en las negociaciones a que sigan aplicando medidas de fomento de la confianza, las alienta además a que entablen conversaciones;', expected: [] },
  { lang: 'ru', what: 'a State named in an oblique case is its Government, "просит Францию" (2531)', text: '41. постановляет продлить разрешение и просит Францию представить Совету доклад о выполнении этого мандата;', expected: ['Gov-FR request'] },
  { lang: 'en', what: 'a State named as a place far into a partner marker\'s list is no partner (2585 wording)', text: '5. Requests the Secretary-General to report, in consultation with the relevant actors on the delivery of all forms of humanitarian assistance across the territory of Syria;', expected: ['SG request'] },
  // Arabic short forms of a mission or force: the name's words without its order or article
  { lang: 'ar', what: '"البعثة المتكاملة" for the mission named in full (2531 wording, composed)', text: 'وإذ يشير إلى بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي،\n21. يطلب إلى البعثة المتكاملة أن تواصل تنفيذ ولايتها؛', expected: ['MINUSMA request'] },
  { lang: 'ar', what: '"قوة الأمم المتحدة" for the force named in full (2506 wording, composed)', text: 'وإذ يرحب بقوة الأمم المتحدة لحفظ السلام في قبرص،\n14. يطلب إلى قوة الأمم المتحدة أن تراعي الاعتبارات الجنسانية؛', expected: ['UNFICYP request'] },
  { lang: 'ar', what: '"للقوة المؤقتة", ل glued, for the interim force (2539 wording, composed)', text: 'وإذ يشير إلى قوة الأمم المتحدة المؤقتة في لبنان،\n28. يأذن للقوة المؤقتة باتخاذ تدابير مؤقتة وخاصة؛', expected: ['UNIFIL authorize'] },
  { lang: 'ar', what: 'a short form introduced in brackets after a name no other word of it holds (2524)', text: '1. يقرر إنشاء بعثة متكاملة للأمم المتحدة لتقديم المساعدة خلال الفترة الانتقالية في السودان (البعثة المتكاملة)؛\n8. يطلب إلى البعثة المتكاملة أن تدمج الاعتبارات الجنسانية؛', expected: ['UNITAMS decide', 'UNITAMS request'] },
  { lang: 'ar', what: '"البعثة المتكاملة" with no mission named whose words it holds resolves to none', text: 'وإذ يرحب بمكتب الأمم المتحدة الإقليمي لوسط أفريقيا،\n21. يطلب إلى البعثة المتكاملة أن تواصل تنفيذ ولايتها؛', expected: [] },
  // Governments by a State's adjective, abbreviation or an acronym the text introduces
  { lang: 'es', what: 'a Government by its Spanish adjective, "las autoridades somalíes" (2520)', text: '7. Insta a las autoridades somalíes a que creen un clima político y de seguridad propicio;', expected: ['Gov-SO urge'] },
  { lang: 'ar', what: 'a Government by its Arabic adjective, a proclitic glued: "بالسلطات الصومالية" (2520)', text: '32. يهيب بالسلطات الصومالية أن تعمل مع الشركاء المعنيين؛', expected: ['Gov-SO call upon'] },
  { lang: 'en', what: 'a Government by its State\'s abbreviation, "the CAR authorities" (2605)', text: '6. Calls on the CAR authorities and the authorities of neighbouring countries to cooperate at the regional level;', expected: ['Gov-CF call upon'] },
  { lang: 'es', what: 'a Government\'s acronym introduced in the text, "Gobierno Federal de Somalia (GFS)" (2592)', text: 'Acogiendo con beneplácito los acuerdos entre el Gobierno Federal de Somalia (GFS) y los estados miembros federados,\n7. Exhorta al GFS a que organice elecciones libres;', expected: ['Gov-SO call upon'] },
  { lang: 'ru', what: 'a Government by its Russian adjective in the plural, "сомалийские власти" (2568)', text: '33. призывает сомалийские власти вести борьбу с незаконными финансовыми потоками;', expected: ['Gov-SO call upon'] },
  { lang: 'ru', what: 'the adjective and "власти" declined, "малийским властям" (2531)', text: '12. рекомендует малийским властям продолжать усилия;', expected: ['Gov-ML encourage'] },
  { lang: 'ru', what: 'a partner list without a serial comma goes on after its last conjunct to "включая" (2568)', text: '33. призывает сомалийские власти в координации с АМИСОМ, международными партнерами и соответствующими подразделениями Организации Объединенных Наций, включая Управление Организации Объединенных Наций по наркотикам и преступности (УНП ООН), вести борьбу с незаконными финансовыми потоками;', expected: ['Gov-SO call upon', 'AMISOM call upon partner', 'UN call upon partner', 'UNODC call upon partner', 'UNODC call upon partner'] },
  // "decides that," with a long inserted phrase, or one with commas of its own, before the subject
  { lang: 'en', what: '"decides further that," and an inserted phrase of 90 characters (2505)', text: '2. Decides further that, to support the parties in implementing their commitments in accordance with the Hodeidah Agreement, UNMHA shall undertake the following mandate:', expected: ['UNMHA decide'] },
  { lang: 'en', what: 'a Government named inside the inserted phrase is not its subject (2579)', text: "4. Further decides that, in line with its strategic objectives and support to the Government of Sudan's national priorities, UNITAMS should prioritise support to the following;", expected: ['UNITAMS decide'] },
  { lang: 'fr', what: '"Décide que," and an inserted phrase with commas, a list after it (2522)', text: "2. Décide que, comme le Gouvernement iraquien l'a demandé et compte tenu de la lettre adressée au Secrétaire général par le Ministre iraquien des affaires étrangères par intérim (S/2020/448), le Représentant spécial du Secrétaire général et la Mission d'assistance des Nations Unies pour l'Iraq continueront de s'acquitter de leur mandat ;", expected: ['SRSG-IQ decide', 'UNAMI decide'] },
  { lang: 'en', what: 'no body after the inserted phrase: none (2551)', text: '27. Further decides that, where an item in part I of Annex C to this resolution is directly or indirectly sold, supplied or transferred to Somalia consistent with paragraph 26, the State shall notify the Committee of the sale;', expected: [] },
  // another organisation's post in Chinese, its possessive before the place
  { lang: 'zh', what: '"欧洲联盟，特别是其萨赫勒问题特别代表" is the EU\'s, and "秘书长特别代表" the mission\'s (2531)', text: '42. 鼓励欧洲联盟，特别是其萨赫勒问题特别代表继续努力；\n7. 请秘书长特别代表和马里稳定团继续努力；', expected: ['EU encourage', 'SRSG-ML request', 'MINUSMA request'] },
  { lang: 'zh', what: '"秘书长…其萨赫勒问题特别代表": the Secretary-General is no other organisation', text: '5. 请秘书长通过其萨赫勒问题特别代表继续提供支助；', expected: ['SG request', 'SRSG-Sahel request partner'] },
  // Chinese: a directive phrase, the mandate extended without 的, a short form of a force, names of departments and offices
  { lang: 'zh', what: '"重申安理会促请" reiterates its call (2539)', text: '19. 重申安理会促请所有国家充分支持和尊重在蓝线与利塔尼河之间建立无任何其他武装人员的地区；', expected: ['MemberStates call upon'] },
  { lang: 'zh', what: 'a mandate extended with no 的 before 任务期 (2595)', text: '1. 决定将联合国利比亚支助团任务期延长至2021年9月30日，作为一个综合特别政治任务；', expected: ['UNSMIL decide'] },
  { lang: 'zh', what: '"观察员部队" for the force named in full (2530 wording, composed)', text: '回顾联合国脱离接触观察员部队，\n8. 请观察员部队在现有能力和资源范围内采取一切适当步骤；', expected: ['UNDOF request'] },
  { lang: 'zh', what: 'the Department of Peace Operations, "和平行动部" (2530)', text: '12. 鼓励和平行动部、观察员部队和联合国停战监督组织继续进行相关讨论；', expected: ['DPKO encourage'] },
  { lang: 'ru', what: 'the country team in an oblique case, "страновой группой Организации Объединенных Наций" (2579 wording)', text: '5. просит Генерального секретаря в тесной координации со страновой группой Организации Объединенных Наций представить доклад;', expected: ['SG request', 'UNCT request partner'] },
  { lang: 'ar', what: '"اللجنة" before "إلى" (folded "الى", not an article) for the Commission named before (2558)', text: '2. يرحب بوجه خاص بالدور الهام الذي تضطلع به لجنة بناء السلام، ويدعو اللجنة إلى مواصلة تعزيز دورها الاستشاري؛', expected: ['PBC call upon'] },
  { lang: 'ar', what: '"اللجنة" followed by a word with the article is part of a longer name (composed)', text: '2. يرحب بدور لجنة بناء السلام، ويدعو اللجنة الاقتصادية إلى مواصلة عملها؛', expected: [] },
  { lang: 'es', what: 'a body established in the subjunctive after "a que", the period between commas (2549)', text: '3. Autoriza a los Estados Miembros que actúan por conducto de la Unión Europea o en cooperación con ella a que establezcan, por un nuevo período de 12 meses a partir de la fecha en que se apruebe la presente resolución, una fuerza multinacional de estabilización (EUFOR ALTHEA) como sucesora legal de la SFOR;', expected: ['MemberStates authorize', 'EUFOR authorize'] },
  // "requests that X and Y continue" with an inserted phrase, and the same in French and Arabic
  { lang: 'en', what: '"Requests that," an inserted phrase, then two subjects (2512)', text: '5. Requests that, in addition to the abovementioned priorities, UNIOGBIS and the Special Representative continue to assist, coordinate and lead international efforts;', expected: ['UNIOGBIS request', 'SRSG-GW request'] },
  { lang: 'fr', what: '"Réitère sa demande tendant à ce que" (composed from 2504 wording)', text: "4. Réitère sa demande tendant à ce que le Secrétaire général et l'Union africaine continuent d'apporter leur appui ;", expected: ['SG request', 'AU request'] },
  { lang: 'ar', what: '"يطلب أن يواصل X": request, the verb of the that-clause before its subjects (composed)', text: '4. يطلب أن يواصل الأمين العام والاتحاد الأفريقي تقديم الدعم؛', expected: ['SG request', 'AU request'] },
  { lang: 'en', what: 'a body inside the object of "demands that … cease" is no subject', text: '3. Demands that all forms of violence against civilians, United Nations peacekeepers and humanitarian personnel cease immediately;', expected: [] },
  { lang: 'fr', what: 'Governments joined by their adjectives, "Gouvernements soudanais et sud-soudanais" (2550)', text: '17. Demande instamment aux Gouvernements soudanais et sud-soudanais de prendre des mesures pour renforcer la confiance;', expected: ['Gov-SD urge', 'Gov-SS urge'] },
  { lang: 'es', what: 'Governments joined with a preposition before the second place, "los Gobiernos de Etiopía y de Eritrea"', text: '7. Insta a los Gobiernos de Etiopía y de Eritrea a que adopten medidas;', expected: ['Gov-ET urge', 'Gov-ER urge'] },
  // panels of experts
  { lang: 'en', what: 'a panel "originally appointed pursuant to" its resolution (2508)', text: '2. Decides to extend until 12 March 2021 the mandate of the Panel of Experts originally appointed pursuant to resolution 1591 (2005);', expected: ['Panel1591 decide'] },
  { lang: 'es', what: 'a panel named with a qualifier no pattern reads is the one panel the text names (2528)', text: 'Recordando el Grupo de Expertos sobre la República Democrática del Congo,\n3. Decide prorrogar hasta el 1 de agosto de 2021 el mandato del Grupo de Expertos establecido en el párrafo 6 de la resolución 2360 (2017);', expected: ['Panel1533 decide'] },
  // panels and committees named after their resolution in Russian, Arabic and Chinese, then by their short form
  { lang: 'ru', what: 'a panel "которая была учреждена резолюцией", then "Группу экспертов" (2507)', text: 'принимая к сведению доклад, представленный Группой экспертов по ЦАР, которая была учреждена резолюцией 2127 (2013),\n7. просит Группу экспертов представить Совету после обсуждения с Комитетом заключительный доклад;', expected: ['Panel2127 request'] },
  { lang: 'ar', what: 'a panel "المنشأ عملا بالقرار", then "فريق الخبراء" (2507)', text: 'وإذ يحيط علما بالتقرير النهائي لفريق الخبراء المعني بجمهورية أفريقيا الوسطى المنشأ عملا بالقرار 2127 (2013)،\n7. يطلب إلى فريق الخبراء أن يقدم إلى المجلس تقريرا نهائيا؛', expected: ['Panel2127 request'] },
  { lang: 'zh', what: 'a committee "第N号决议所设委员会" (2509)', text: '8. 请第1970(2011)号决议所设委员会提交报告；', expected: ['Committee1970 request'] },
  { lang: 'zh', what: 'a panel by its name, then "专家小组" (2508)', text: '回顾苏丹问题专家小组的报告，\n2. 请专家小组提交中期报告；', expected: ['Panel1591 request'] },
  { lang: 'ar', what: 'a list taken up again with "وإلى" after a phrase between commas (2530)', text: 'وإذ يلاحظ قوة الأمم المتحدة لمراقبة فض الاشتباك،\n15. يطلب إلى القوة، في حدود قدراتها ومواردها المتاحة، وإلى الدول الأعضاء، والأطراف ذات الصلة اتخاذ جميع الخطوات المناسبة لحماية سلامة جميع أفراد القوة؛', expected: ['UNDOF request', 'MemberStates request'] },
  { lang: 'ar', what: 'no list taken up after a phrase with a semicolon (composed)', text: 'وإذ يلاحظ قوة الأمم المتحدة لمراقبة فض الاشتباك،\n15. يطلب إلى القوة، في حدود قدراتها؛ وإلى الدول الأعضاء اتخاذ جميع الخطوات؛', expected: ['UNDOF request'] },
  { lang: 'zh', what: 'a second verb after "并" with no punctuation before it (2520)', text: '10. 促请非索特派团进行并促请非盟确保定期监测、及时和彻底调查和报告违反和践踏国际人权法的指控；', expected: ['AMISOM call upon', 'AU call upon'] },
  { lang: 'zh', what: '"委员会成员" are the Committee\'s members, not the Committee (2611)', text: '回顾第1988(2011)号决议所设委员会，\n3. 鼓励委员会成员处理不遵守措施的情形并提请监测组或委员会注意此类情形；', expected: [] },
  { lang: 'zh', what: '"委员会" alone is the Committee (2611 wording, composed)', text: '回顾第1988(2011)号决议所设委员会，\n3. 鼓励委员会处理不遵守措施的情形；', expected: ['Committee1988 encourage'] },
  { lang: 'zh', what: 'the ISIL (Da\'esh) and Al-Qaida Sanctions Committee by its Chinese name (2610)', text: '3. 请伊黎伊斯兰国(达伊沙)和基地组织制裁委员会继续努力；', expected: ['Committee1267 request'] },
  { lang: 'en', what: 'Member States written in lower case in a list (2559)', text: '13. Requests UNAMID, member states and the Government of Sudan to take all appropriate steps to protect the safety of all UNAMID personnel;', expected: ['UNAMID request', 'MemberStates request', 'Gov-SD request'] },
  // a State named as a place ("all parties in Mali") is not its Government addressed, in every language
  { lang: 'en', what: '"all parties in Timor-Leste" (1704)', text: '7. Calls upon all parties in Timor-Leste to cooperate fully in the deployment and operations of UNMIT;', expected: [] },
  { lang: 'en', what: '"all parties in Haiti and on Member States": the place is a word of the zone, the list goes on (1529)', text: '8. Further calls on all parties in Haiti and on Member States to cooperate fully with the Multinational Interim Force;', expected: ['MemberStates call upon', 'MIFHaiti call upon partner'] },
  { lang: 'fr', what: '"toutes les parties en République centrafricaine" (2605)', text: '50. Exhorte toutes les parties en République centrafricaine à coopérer pleinement avec la MINUSCA dans le cadre de son déploiement et de ses activités;', expected: [] },
  { lang: 'es', what: '"la paz y la seguridad en Sudán del Sur, los alienta" is no antecedent (2514)', text: '11. Encomia los esfuerzos de los países de la región por encontrar soluciones duraderas para los desafíos a la paz y la seguridad en Sudán del Sur, los alienta a que mantengan su estrecha colaboración;', expected: [] },
  { lang: 'ru', what: '"все стороны в Мали" (2584)', text: '7. призывает все стороны в Мали строго соблюдать договоренности о прекращении боевых действий;', expected: [] },
  { lang: 'ar', what: '"بجميع الأطراف في مالي" (2584)', text: '7. يهيب بجميع الأطراف في مالي أن تتقيد تقيدا صارما بالترتيبات المتخذة لوقف الأعمال القتالية؛', expected: [] },
  // a body's name that modifies the noun after it is not the body addressed (languages that put the modifier first)
  { lang: 'en', what: '"the ECOWAS Plan of action" is a plan (S/PRST/2009/29)', text: '"The Security Council urges the Government of Guinea-Bissau to take the necessary actions in the framework of the Guinea-Bissau anti-narcotics operational Plan and the ECOWAS Plan of action against drug trafficking and organized crime in West Africa."', expected: ['Gov-GW urge'] },
  { lang: 'en', what: '"the African Union Commission" is not the African Union (S/PRST/2009/3)', text: '"The Security Council calls on the Secretariat and the African Union Commission to further collaborate on issues of mutual interest."', expected: ['Secretariat call upon'] },
  { lang: 'en', what: '"the AU Peace and Security Council" is the PSC, not the AU (S/PRST/2005/32)', text: '"The Security Council welcomes the decision, and encourages the AU Peace and Security Council (PSC) to keep the Security Council informed."', expected: ['AUPSC encourage'] },
  { lang: 'zh', what: '"非洲联盟委员会主席" is the Chairperson of the Commission, not the African Union (2559)', text: '7. 请秘书长、非洲联盟委员会主席和苏丹政府通过三方协调机制定期评估缩编和撤出的进展情况；', expected: ['SG request'] },
  // Russian marks a body that complements a noun only by its case: the nouns after which a body is such a complement
  { lang: 'ru', what: '"Председателя Комиссии Африканского союза" is not the African Union (2525)', text: '11. просит Генерального секретаря и Председателя Комиссии Африканского союза представить Совету Безопасности не позднее 31 октября 2020 года специальный доклад;', expected: ['SG request'] },
  // the agents after "by" of a directive's noun of effort or joint work are addressed
  { lang: 'en', what: '"Encourages continued firm engagement by IGAD, the AU, the AUPSC" (2567)', text: 'Welcoming the role of the African Union Peace and Security Council (AUPSC),\n20. Encourages continued firm engagement by IGAD, the AU, the AUPSC and countries in the region to find durable solutions to peace and security challenges in South Sudan;', expected: ['IGAD encourage', 'AU encourage', 'AUPSC encourage'] },
  { lang: 'en', what: '"Encourages continued efforts by the Government of Guinea-Bissau" (2512)', text: '13. Encourages continued efforts by the Government of Guinea-Bissau to ensure effective civilian control and oversight of the defence and security forces;', expected: ['Gov-GW encourage'] },
  { lang: 'en', what: '"Welcomes the efforts by …" is no directive (composed)', text: '13. Welcomes the continued efforts by the Government of Guinea-Bissau to ensure effective civilian control;', expected: [] },
  // a mandate strengthened, adjusted or expanded is defined anew, like one extended
  { lang: 'en', what: '"Decides to adjust the mandate of UNMEE" (1430)', text: '1. Decides to adjust the mandate of UNMEE, in order to assist the Boundary Commission in the expeditious and orderly implementation of its Delimitation Decision;', expected: ['UNMEE decide'] },
  { lang: 'en', what: '"Decides to strengthen the mandate of the Committee" (1526)', text: '2. Decides to strengthen the mandate of the Committee established pursuant to resolution 1267 (1999) to include a central role in assessing information;', expected: ['Committee1267 decide'] },
  // an object pronoun stands for the bodies named before it, but not for a name that is a complement (a place, an owner)
  { lang: 'en', what: '"engagement in Guinea-Bissau and encourages them": a place is no antecedent (1580)', text: '9. Commends the Bretton Woods institutions for their continued engagement in Guinea-Bissau and encourages them to continue their assistance;', expected: [] },
  { lang: 'en', what: '"other partners of Burundi, and encourages them": a State after "of" owns the partners (S/PRST/2008/10)', text: '"The Security Council reiterates its support for the Regional Initiative, the South-African Facilitation and other partners of Burundi, and encourages them to sustain their commitment to bring the parties to overcome the current crisis."', expected: [] },
  { lang: 'en', what: '"inauguration as President of Haiti … calls upon them" (S/PRST/2006/22)', text: '"The Security Council congratulates René García Préval on his inauguration as President of Haiti. The Council also congratulates all newly-elected parliamentarians and calls upon them to recognize the importance of the mandate given to them by the Haitian people."', expected: [] },
  { lang: 'en', what: '"the efforts of the Secretary-General, the African Union and ECOWAS and encourages them": bodies after "of" are agents (1572)', text: '5. Expresses its full support for the efforts of the Secretary-General, the African Union and ECOWAS and encourages them to continue these efforts in order to relaunch the peace process in Côte d’Ivoire;', expected: ['SG encourage', 'AU encourage', 'ECOWAS encourage'] },
  { lang: 'en', what: 'a State named by its adjective is no Government addressed, "the Turkish Cypriot side and Turkish forces" (2561)', text: '11. Reiterates its calls on the Turkish Cypriot side and Turkish forces to restore in Strovilia the military status quo;', expected: [] },
  { lang: 'ar', what: '"الحكومة الاتحادية" without its country is the Government of the State the text names most (2551)', text: 'وإذ يشير إلى قراراته السابقة بشأن الصومال، وإذ يؤكد احترامه لسيادة الصومال،\n24. يطلب إلى الحكومة الاتحادية أن تنفذ الحظر؛', expected: ['Gov-SO request'] },
  { lang: 'ar', what: '"الحكومة الاتحادية" in a text naming two States as often is no Government', text: 'وإذ يشير إلى الصومال وإلى كينيا،\n24. يطلب إلى الحكومة الاتحادية أن تنفذ الحظر؛', expected: [] },
];

function mandates(text: string, lang: string): string[] {
  const doc = testDocument(text, { lang, textOf: 'S/RES/2500 (2020)' });
  // a statement's paragraphs are operative though unnumbered
  for (const segment of doc.segments) if (segment.section === 'preamble' && text.startsWith('"')) segment.section = 'operative';
  return extractEntities(doc, 'doc:test.txt')
    .edges.filter((edge) => edge.kind === 'MANDATES')
    .flatMap((edge) => fragmentEvidence(edge).map((evidence) => ({ edge, evidence })))
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .map(({ edge, evidence }) => [edge.target.replace('body:', ''), evidence.verb, evidence.role].filter(Boolean).join(' '));
}

describe('mandates in six languages', () => {
  for (const row of ROWS) {
    it(`${row.lang}: ${row.what}`, () => {
      expect(mandates(row.text, row.lang)).toEqual(row.expected);
    });
  }
});
