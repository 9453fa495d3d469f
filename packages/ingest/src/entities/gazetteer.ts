/**
 * The reviewed gazetteers in data/entities, loaded once and compiled into one matcher.
 * Country names come from i18n-iso-countries (en, fr, es, ru, ar, zh) plus data/entities/states.json.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
// the library without its node entry, which loads all of its hundred-odd locales on import
import countries from 'i18n-iso-countries/index';
import { foldKey } from './fold';
import { addAlias, aliasRule, createMatcher, isAcronym, type AliasRule, type EntityKind, type Matcher } from './matcher';
import { cachedCore } from './gazetteer-cache';
import { russianCase, russianCaseForms } from './russian';
import { escapeRegExp } from '../escape-regexp';
import { foldedPattern, type TextTest } from './case-fold';

export const DATA_DIR = fileURLToPath(new URL('../../../../data/entities/', import.meta.url));
const COUNTRY_LOCALES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;

export interface EntityInfo {
  kind: EntityKind;
  id: string;
  label: string;
  aliases: string[];
  establishedBy?: string;
  category?: string;
  /** ISO code of the State a national body belongs to */
  state?: string;
}

/** An entry of bodies.json. */
export interface BodyRecord {
  id: string;
  label: string;
  category?: string;
  establishedBy?: string;
  names: Record<string, string[]>;
  acronyms: string[];
  /** names that count only next to what `requires` names: in the same paragraph, or anywhere in the document with `scope`
   *  'document' ("the Special Adviser" is UNITAD's head where the document names UNITAD) */
  contextual?: Array<{ name: string; requires: string; scope?: 'document' }>;
}

/** What readers past the matcher need of a body of bodies.json: its names by language and its acronyms (references.ts). */
export type BodyNames = Pick<BodyRecord, 'id' | 'category' | 'names' | 'acronyms'>;
interface ThreatRecord {
  id: string;
  label: string;
  [lang: string]: string[] | string;
}
interface GroupRecord {
  id: string;
  label: string;
  /** names by language ("en", "fr", … and "ht" for Haitian Creole gang names) */
  names: Record<string, string[]>;
  /** the group this one is an affiliate of (AQIM of Al-Qaida): a distinct listed entity all the same */
  affiliateOf?: string;
}
interface GovernmentsFile {
  addresseeOnly: { governments: boolean; collectives: boolean };
  label: string;
  patterns: Record<string, string[]>;
  collectives: Array<{ id: string; label: string; names: Record<string, string[]> }>;
}
export interface StatesFile {
  adjectiveHeads: Record<string, string[]>;
  /** English adjectives that are also language names ("French", "Chinese"): a State only before a head noun ("French forces") */
  adjectivesBeforeHead?: { heads: string[]; states: Record<string, string[]> };
  /** French and Spanish words between a head noun and the States' adjectives ("forces étrangères, notamment ougandaises") */
  adjectiveBridges?: Record<string, string[]>;
  /** first parts of French and Spanish compound adjectives ("italo" of "italo-suédois", "soudano" of "soudano-tchadienne") */
  compoundPrefixes?: { states: Record<string, string[]> };
  excluded: { names: string[] };
  states: Array<{ iso2: string; names: Record<string, string[]>; adjectives: Record<string, string[]> }>;
}
export interface PersonRules {
  honorifics: string[];
  /** honorifics that name a person only as the other rules do (two words, or a surname the document gives in full): military ranks
   * that also open other names ("General Qasem Soleimani", not "General Elections") */
  weakHonorifics?: string[];
  roles: Record<string, string[]>;
  particles: string[];
  /** particles that are also conjunctions between two names ("y", "e") */
  nameCoordinators?: string[];
  notNames: string[];
  /** the UN's Secretaries-General: "Secretary-General António Guterres" is the UN Secretary-General */
  unSecretariesGeneral: string[];
  /** verbs of saying by language, next to which a capitalised name is a person ("Amina Mohammed said") */
  speechVerbs: Record<string, string[]>;
  /** words next to which a name is a place's, a prize's or an instrument's ("Règles Nelson Mandela") */
  contextStops: { before: string[]; after: string[] };
  /** Arabic patronymic particles inside a person's name ("Usama bin Laden") */
  patronymics: string[];
  /** prepositions and articles after which capitalised words are a title's or a place's ("of Political Affairs said") */
  linkWords: string[];
  /** words between a name's comma and its role: "Abdoulaye Diop, the former Minister …" */
  roleModifiers: Record<string, string[]>;
  /** family names that start a romanised Korean name ("Ban Ki-moon") */
  koreanSurnames: string[];
  /** lower-case nouns of a person's act, by language, after which "de" and capitalised words name a person ("l'intervention de Zénon Mukongo Ngay") */
  actsOf: Record<string, string[]>;
  /** participles of leading a body, after which 'by'/'par'/'por' and a name of two words or more name a person ('chaired by
   *  Cherif Bassiouni', 'dirigée par Pedro Nikken', 'encabezada por Aldo Ajello') */
  ledBy?: Record<string, string[]>;
  /** per language, relative pronouns of persons read after a name and a comma ("who", "quien") */
  relatives?: Record<string, string[]>;
  /** a preposition before a name and a participle of leading after it ('with Vijay Kumar Jetley leading') */
  leadingWith?: Record<string, { before: string[]; after: string[] }>;
}
/** The Secretary-General's posts (data/entities/envoys.json): generic titles, and what makes one specific. */
export interface EnvoysFile {
  posts: Array<{ id: string; label: string; names: Record<string, string[]>; acronyms: string[] }>;
  /** country mandates (Special Rapporteurs on the situation of human rights in a country): names generated per country */
  countryPosts?: { posts: Array<{ id: string; label: string; patterns: Record<string, string[]> }> };
  connectors: Record<string, string[]>;
  articles: Record<string, string[]>;
  conjunctions: Record<string, string[]>;
  zh: { before: string[]; charge: string[]; topic: string };
  heads: Record<string, string[]>;
  owners: Record<string, string[]>;
  possessives: Record<string, string[]>;
  /** titles holding the possessive themselves (Arabic "ممثله الخاص"): as if a possessive stood before them */
  possessiveTitles?: Record<string, string[]>;
  /** plural title words ("Special Representatives", "Représentants spéciaux"): a plural title stands for no one post */
  plurals?: Record<string, string[]>;
  offices: Record<string, string[]>;
  /** conjunctions and prepositions glued to an office's word (Arabic "ومكتب الممثلة الخاصة"): the office starts after them */
  officeProclitics?: Record<string, string[]>;
  notPosts: Record<string, string[]>;
  places: Array<{ id: string; label: string; mission?: string; names: Record<string, string[]> }>;
  /** English country names written with "the" in a post's label ("for the Central African Republic") */
  labelArticle: string[];
}
/** The prefix of a contextual name's `requires` when what it requires may stand anywhere in the document. */
export const DOCUMENT_SCOPE = 'document:';

/** One language's words for reading addressees (data/entities/mandates.json, `languages`). */
export interface MandateLanguageRules {
  /** addressees are the bodies in a row after the verb (Arabic, Chinese) rather than a zone up to the task */
  chain?: boolean;
  fillers: string[];
  collectives: string[];
  connectors?: string[];
  coordinators?: string[];
  proclitics?: string[];
  lead?: string[];
  pronouns?: string[];
  /**
   * a number word and a plural head standing for that many bodies of a kind the document names ("urges the two States",
   * "invites the three Committees"): `numbers` phrase -> how many, `heads` plural noun -> "government" or a body category
   */
  counted?: { numbers: Record<string, number>; heads: Record<string, string> };
  pronounsBefore?: string[];
  /** object pronouns glued to the verb (Arabic "يشجعها") */
  objectSuffixes?: string[];
  /** singular object pronouns ("calls on him", "lo exhorta", "ويدعوه") */
  singularPronouns?: string[];
  /** singular object pronouns that are also possessives (Russian "его", "ее"): a pronoun only right before the task's bare infinitive */
  singularObjectPronouns?: string[];
  singularPronounsBefore?: string[];
  /** the verb's own preposition taken up again after its task, a second addressee and task following ("calls on the United
   *  Nations … to facilitate … and on capable Member States to contribute", S/PRST/2008/27): en "on", "upon" */
  resumedPrepositions?: string[];
  singularSuffixes?: string[];
  /** indefinite articles: a post named after one ("to appoint a Special Representative") is not yet anyone, no antecedent of a singular pronoun */
  indefinites?: string[];
  /** a noun of joint work and 'between': "cooperation between ICAO and CTED" addresses both */
  /** (`with`, chain languages: the preposition that may take the list of a joint work's parties up again after a comma: "التنسيق
   *  فيما بين بعثات الأمم المتحدة في المنطقة، ومنها العملية المختلطة …، وبوجه خاص مع قوة الأمم المتحدة الأمنية المؤقتة لأبيي") */
  /** (`of`, `ofNouns`: a genitive word that names the agents only right after one of these nouns, narrow: "Requests the full
   *  cooperation of Member States", "Encourages the ongoing efforts of ECOWAS" address them) */
  /** `statements`: verbs after joint work as a that-clause's subject that define what it is, no task of its agents ('underlines that full cooperation by States … includes'; not 'is critical', S/RES/1861 para 27 keeps its three Governments) */
  joint?: { nouns: string[]; between: string[]; adjectives: string[]; with?: string[]; agents?: string[]; of?: string[]; ofNouns?: string[]; possessives?: string[]; statements?: string[] };
  task?: {
    markers?: string[];
    complementizers?: string[];
    clitics?: string[];
    negations?: string[];
    adverbs?: string[];
    suffixes?: string[];
    bare?: boolean;
    notInfinitives?: string[];
  };
  /** subordinators of a clause that may stand, up to its comma, between a complementizer and its subject ('that where paragraphs 10 or 11 apply, the FGS shall') */
  thatClauses?: string[];
  partners?: string[];
  /**
   * a partner verb, a chain of its adverbs (commas and 'and' between them) and 'with' ("cooperate immediately, unconditionally,
   * and actively with", 1441): a partner marker like the fixed phrases of `partners`
   */
  partnerChains?: { about?: string; verbs: string[]; adverbs: string[]; joiners: string[]; with: string[] };
  /** a partner's work named between its marker and its name ("to cooperate fully with the operations of UNDOF"): the name is the partner */
  partnerWork?: string[];
  /** phrases ending in a partner marker that are another word (Chinese "决议通过", a resolution adopted: "本决议通过后", not "通过" through) */
  partnersNotAfter?: string[];
  /** words right after a partner marker that make it another word (Chinese "与此" "with this", "与此同时" "meanwhile": no body follows) */
  partnersNotBefore?: string[];
  /** words right after a marker's name that make it the one given to, no partner (Chinese "与国际刑警组织共享信息": "share information with INTERPOL") */
  recipientsBefore?: string[];
  blockers?: string[];
  /** blockers that read as "including" before a determiner and a capitalised name (French "les missions …, dont la Force
   *  intérimaire …", not "dont le mandat") */
  blockersIncluding?: string[];
  /** a that-clause's subject may follow a phrase not set off by commas when a modal comes right after it ("постановляет, что в
   *  соответствии со своим мандатом МООНСДРК должна выполнять"): the name right before one of these modals (not a copula:
   *  "главной целью КТК является обеспечение"), unless one of `passive` follows it ("должен быть назначен"), nor the name right after one of `subordinators`, the subject of a
   *  clause of its own ("что размер миссии будет … уменьшаться по мере того, как Сомали будет принимать") */
  subjectBeforeModal?: { modals: string[]; passive: string[]; subordinators?: string[] };
  /** verbs of state right after a that-clause's subject: the clause says what the body is, it gives no task ("Underlines that
   *  UNDOF remains an impartial entity", "Souligne que la FNUOD demeure", "Subraya que la FNUOS sigue siendo") */
  statives?: string[];
  /** predicates that close a that-clause, after its subject and the rest of the clause, in a language that puts the predicate last: the
   *  clause says that something the subject does is important, it gives no task ("着重指出，联合国和非洲联盟在苏丹继续保持战略和政治伙伴关系
   *  依然至关重要", "Underlines that a continued strategic and political partnership between the United Nations and the African Union in
   *  Sudan remains critical") */
  statementEnds?: string[];
  /** modals right after a that-clause verb (decideThatLemmas) that has no subject: "强调必须视需要定期与相关会员国…磋商" is "Emphasizes the
   *  importance of holding regular consultations with …" (2577 para 16), which addresses no one, so it has no one's partners either */
  importanceModals?: string[];
  /** the modals of obligation alone ("shall", "should", "must"): after the subject of a `modalThatLemmas` that-clause */
  obligations?: string[];
  /** the passive auxiliary after such a modal ("the Development Fund for Iraq shall be used"): the name is no subject of a task */
  obligationPassive?: string[];
  /** chain languages: the particle that closes a relative clause before the first addressee ("敦促派遣军警人员的所有会员国采取…"):
   *  the longest clause, the particle and the names it may stand before (collective addressees: "有能力的会员国", not "独一的索马里身份证") */
  relativeBefore?: { particle: string; longest: number; heads: string[] };
  /** the verbs that, right before the particle of `relativeBefore`, close a relative clause holding a partner marker's name: the
   *  name is the complement of a noun, no partner ("与联合国签署的《谅解备忘录》", "将与秘书长和联合国其他高级领导分享的反恐信息") */
  relativeVerbs?: string[];
  /** words right before a State's name that make it a place, not its Government addressed ("all parties in Mali", "все стороны в Мали") */
  places?: string[];
  /** nouns right after a body's name that make the name their modifier, the body not addressed ("the ECOWAS Plan of action", "非洲联盟委员会主席") */
  modifiedHeads?: string[];
  /** heads a State's name before them modifies ("the Afghanistan Support Group", S/RES/1401) */
  modifiedHeadsOfStates?: string[];
  /** glued after a name: compounds that make the name (a State or a body) their modifier ("the Kenya-led mission") */
  modifierSuffixes?: string[];
  /** the same nouns where the language writes them before the name, their complement (Arabic "مفوضية الاتحاد الأفريقي", the African
   *  Union Commission): the body not addressed, nor the antecedent of a pronoun */
  modifiedHeadsBefore?: string[];
  /** the United Nations named as the modifier of its parts, no addressee: nouns after its name (`after`, with up to two words of
   *  `between`: "United Nations humanitarian agencies", "联合国所有相关机构") or before it (`before`: "органы Организации
   *  Объединенных Наций", "وهيئات الأمم المتحدة") */
  organizationParts?: { after?: string[]; between?: string[]; before?: string[] };
  /** words right after a State's name that make it a qualifier, not its Government addressed ("塞浦路斯两族领导人", "马里各方") */
  stateQualifiers?: string[];
  /** chain languages: after a phrase inserted between commas, words that take the addressee list up again
   *  ("يطلب إلى القوة، في حدود قدراتها ومواردها المتاحة، وإلى الدول الأعضاء") */
  resumers?: string[];
  /** words after a comma that carry a list on ("…, including UNMAS, and the Panel"): a partner list runs on past them */
  listContinuers?: { including: string[]; joining: string[]; resuming?: string[] };
  /** channels named in the items of a body's task list that hold no directive verb ("(e) To report to the Council through the Committee") */
  itemChannels?: string[];
  /**
   * a time phrase between the verb and its first addressee ("Authorizes from the date of adoption of this resolution the French
   * forces to", "Authorizes for a period of 12 months from 4 April 2004 the French forces to"): its openers, and the words that may
   * follow one besides digits and month names; `beforeNumber`: openers that are a time phrase only before a number ("Requests within
   * 60 days a further report from", "Requests by 31 August a report from", S/RES/1747, 1696)
   */
  timeInsertions?: { open: string[]; beforeNumber?: string[]; words: string[] };
  /**
   * the Council's own intention right after the verb: a clause that names a body after it and addresses none ("Reaffirms its
   * intention to authorize the Secretary-General to redeploy …, in consultation with … troop-contributing countries") gives no partner
   */
  intentions?: string[];
  /** the words that open a dash item of a task list under a lettered heading ("– To liaise with …"), which reads every partner marker */
  dashItemPartners?: string[];
  support?: string[];
  supportAfter?: string[];
  genitive?: string[];
  /** a post's title before a genitive word ("the Chairman of the Committee", "le Directeur général de l'AIEA"): the post is folded
   *  into the body named after it, which is addressed (not a complement); `of` are the genitive words that may follow the title;
   *  a quantifier before them is read the same way ("Urges each of the Governments of …", "à chacun des Gouvernements") */
  heads?: { titles: string[]; of: string[]; quantifiers?: string[] };
  /** words right before a name that make it a complement (a place, an owner: "in Somalia", "of the African Union"):
   *  such a name is no antecedent of an object pronoun ("… the peace process in Somalia. The Council urges them") */
  complements?: string[];
  /** words right before a name inside a partner's phrase that make it the one served or told, or a place, not a partner ("through
   *  UNSOS for UNSOM", "access for the United Nations", "through presentation to the CSA", "representation of women in the CSA";
   *  es "por conducto de la UNSOS para la UNSOM"; ar "انضمام", accession, its name the one acceding: "عن طريق انضمام الصومال إلى") */
  beneficiaries?: string[];
  /** channel markers ('through') and the ending of a gerund: a marker right before a gerund names a means, an action, and the
   *  names inside its phrase are no channels ("including through concluding all the necessary arrangements for the expeditious
   *  deployment of an effective UNAMID force", S/PRST/2008/1) */
  means?: { markers: string[]; suffixes: string[]; notGerunds?: string[] };
  /** infinitive markers that end a partner list, the next word neither one of the task's `notInfinitives` nor capitalised: the names
   *  after the infinitive are its objects, no partners ("to strengthen their engagement with the Government of Haiti to address …, and to
   *  contribute to strengthening HNP capacity", 1892; "to consult with … member States to identify resources to support AMIS", 1663);
   *  a name right after one of `listContinuers.including` goes on with the list ("to cooperate with other relevant expert groups
   *  established by the Security Council to support the work of its Sanctions Committees, in particular the … Monitoring Team", 2511) */
  /*  (`notEnding`: a preposition after the marker, "the organization referred to in Annex 1-A", and verbs that carry the marker's own action on, no new task: "acting through or in cooperation with the organization …
   *  to continue for a further planned period of 12 months the multinational stabilization force (SFOR)", 1305; "to continue
   *  cooperating with the United Nations", 2584) */
  partnerInfinitive?: { markers: string[]; notEnding?: string[] };
  /** a that-clause without "that": after an addressee, one lower-case word that is no list word (`fillers`, `collectives`,
   *  `connectors`, continuers, an adverb in -ly), then at most one of these determiners, before a name: that word is a bare verb
   *  opening the task, the name its object, and the list ends ("requests MONUSCO support the government in advancing women's
   *  political participation", 2556 and 2612 para 32) */
  bareTaskObject?: string[];
  /** the same, for a State's bare name only ("President of Haiti", "partners of Burundi"; but "the efforts of the Secretary-General … encourages them") */
  stateComplements?: string[];
  /** plural heads of States before those words ("the Presidents of"): the States after them are no complements */
  stateHeads?: string[];
  /** languages that write a name with capitals: the words that may stand inside a name unknown to the gazetteer ("of", "the") and
   *  the conjunctions after it; an addressee list may open with such names ("urges the Haitian National Police and MINUSTAH to") */
  namedRow?: { inside: string[]; conjunctions: string[] };
  that?: string[];
  /** phrases between commas that may stand before the complementizer ("Decides, for a further period ending on 31
   *  December 2008, that", "Decides, in order to assist the Committee …, following …, that"): the longest and how many;
   *  without it, one of up to 80 characters */
  thatInsertions?: { longest: number; most: number };
  /** determiners that open a that-clause's subject after a `thatClauses` clause running over commas ("qu'en plus de …, tel qu'il …, la Mission") */
  thatClauseSubjects?: string[];
  /** the infinitive marker that closes a paragraph "Decides … to:" whose sub-paragraphs open with a directive verb in its base
   *  form ("11. Decides in that regard to: … (b) request the 1540 Committee to continue"): each is a clause of that verb */
  infinitiveList?: string[];
  /** list languages whose directives take a that-clause ("Requests that X transfer …"): its subject is addressed, and
   *  when the subject is no body, the agent of its passive verb ("be conveyed by the Secretariat"); the words of "be … by the" */
  /** `modals`: the modals after which a passive's agent in a that-clause whose subject names no body is given the task ('decides that a request … shall be submitted to the Committee jointly by the Kimberley Process') */
  passiveAgent?: { auxiliaries: string[]; agents: string[]; determiners: string[]; modals?: string[] };
  /** a participle and its agent word before a name ("designated by the Committee"): the name is the participle's agent, no
   *  partner even inside a partner marker's phrase; a participle is a word with one of the suffixes or one of the words */
  participleAgent?: { agents: string[]; determiners: string[]; suffixes: string[]; words: string[] };
  /** auxiliaries of a passive subjunctive after a that-clause's subject ('be', 'not be'): the subject is what the clause is done to */
  patientPassive?: { auxiliaries: string[]; tasking?: string[] };
  /** forms of clause verbs that are adjectives right before a name, no verb opening a clause ("and concerned Member States") */
  adjectives?: string[];
  verbFirst?: boolean;
  /** a partner list without a serial comma whose last item runs on into the clause is read so many words past its
   *  conjunction ("avec l'ONUDC, le PAM, le secteur des transports maritimes et toutes les autres parties concernées, et
   *  constate"); absent: such a list ends at its last comma (Russian, whose case endings join a subject to the list) */
  lastConjunctWords?: number;
  modals?: string[];
  /** clause verb forms whose that-subject needs one of their own modals, not any of `modals` (Chinese "强调指出委员会应考虑",
   *  stresses that the Committee shall; "强调指出国家工作队必须拥有" is "stresses the importance of", as English writes it) */
  verbModals?: Record<string, string[]>;
  /** a verb-first language: prepositions glued to a that-clause's subject after an impersonal verb (Arabic "ل": "أنه يجوز للدول الأعضاء") */
  subjectPrepositions?: string[];
  /** the words between "Member States" and an organisation's name that make them its members, not the United Nations' ("الدول الأعضاء في الاتحاد الأفريقي") */
  membersOf?: string[];
  /** joint work written after its parties: the directive's opener right after the verb, the word of "between" and the noun after the
   *  parties (Chinese "呼吁加强所有国家、联刚稳定团和专家组之间的合作") */
  jointAfter?: { openers: string[]; betweens: string[]; nouns: string[] };
  /** a chain language's partner word that joins two addressees when a word of `mutual` follows the second before the clause's
   *  punctuation (Chinese "鼓励联苏综合援助团与政府间发展组织(伊加特)也确保两者的支助工作": UNITAMS and IGAD both, as English writes it) */
  mutualAnd?: { connectors: string[]; mutual: string[] };
  /** Chinese: a phrase of inclusion before a name ("包括…在内的", at most `longest` characters between), read over in an addressee zone's gap */
  including?: { open: string; close: string; longest: number };
  /**
   * the parties or signatories of a named agreement, in an addressee zone's gap ("Calls upon the Ivorian parties to the Ouagadougou
   * Political Agreement and all States", S/RES/1893): `heads` `of` up to `longest` words of its name and one of `nouns`; parties are
   * not annotated, the phrase is read over as allowed words
   */
  agreementParties?: { heads: string[]; of: string[]; nouns: string[]; longest: number };
  months?: string[];
  phrases?: Record<string, string>;
  /** a participle and "in" after a directive phrase, pointing to the resolution that made it, before its complementizer ("its demand expressed in paragraph 1 of resolution 1640 (2005) that") */
  phraseReferences?: string[];
  /** directive phrases whose addressees stand only when a task marker follows them ("emphasizes the importance for all States to", not "the importance for the United Nations of developing") */
  infinitivePhrases?: string[];
  /** `definedVerbs`: the verbs that may stand between the complementizer and the noun of a mandate defined, in a language whose
   *  that-clause puts its verb first ("يقرر أن تشمل ولاية البعثة المهام التالية", "decides that the Mission's mandate shall include")
   *  `definedCopulas`: the pronoun-copula after the content that a defined noun may follow, its predicate first ("يقرر أن تكون
   *  حماية المدنيين هي الأولوية الاستراتيجية للعملية المختلطة", "that the protection of civilians be the strategic priority of UNAMID") */
  mandate?: { nouns: string[]; of: string[]; possessive: string[]; extend: string[]; establish: string[]; determiners: string[]; indefinite?: string[]; namedAs?: string[]; definedVerbs?: string[]; definedNouns?: string[]; definedCopulas?: string[]; anaphoric?: string[]; ownedNotTasks?: string[]; coordinatedOf?: string[]; conditions?: string[]; deployment?: { nouns: string[]; to: string[] }; deployedOf?: { nouns: string[]; times: string[]; of: string[] } };
}
export interface MandateRules {
  mandatingLemmas: string[];
  decideThatLemmas: string[];
  /** lemmas of both lists whose addressee, without a that-clause, is the verb's object ("demands all Member States not to") */
  objectOrThatLemmas?: string[];
  /** lemmas whose that-clause addresses its subject only when a modal follows it ("reiterates, in this regard, that UNAMID and UNITAMS should") */
  modalThatLemmas?: string[];
  phraseLemmas: string[];
  /** lemmas of directive phrases whose addressees are only partners, optional by the gold's rules ("emphasizes the responsibility of all
   * States to": a group whose responsibility is only stressed); the item keeps the clause's own verb */
  partnerPhraseLemmas?: string[];
  extensionLemmas: string[];
  /** verbs whose direct object may be a body's mandate, restated: "Reaffirms MINUSTAH's mandate to provide", "reaffirms the mandate of" */
  restatingLemmas?: string[];
  /** "Requests the Secretary-General to establish the United Nations Integrated Office in Sierra Leone (UNIOSIL)": the body a task of
   * one of these lemmas given to one of these addressees establishes is established (S/RES/1620, 1829, 1876) */
  establishedThrough?: { lemmas: string[]; addressees: string[] };
  /** clause verbs that never end an addressee zone ("acting through …") */
  transparentLemmas?: string[];
  /** collective addressees named by a common noun ("peacekeeping operations", "维和行动"): read only as the first addressee of a
   * directive verb, with nothing but fillers and collective words between them ("Urges peacekeeping operations to"); elsewhere the
   * noun is the operations' work or place ("women in peacekeeping operations", "Member States hosting peacekeeping operations") */
  directOnly?: string[];
  /** body categories that give no MANDATES item (armed groups: the gold's Rules do not annotate them) */
  notMandatedCategories?: { categories: string[] };
  languages: Record<string, MandateLanguageRules>;
}

/** The body id of a State's Government ("Gov-SS"): what "calls upon South Sudan" addresses. */
export const governmentId = (iso2: string): string => `Gov-${iso2}`;

export function readDataFile<T>(name: string): T {
  const path = DATA_DIR + name;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: cannot read gazetteer (${(error as Error).message})`, { cause: error });
  }
  try {
    return JSON.parse(raw) as T;
  } catch (error) {
    throw new Error(`${path}: invalid JSON (${(error as Error).message})`, { cause: error });
  }
}

export interface Gazetteer {
  matcher: Matcher;
  entities: Map<string, EntityInfo>;
  /** every country's names by language, for rules that compose names with a country (posts.ts) */
  countries: CountryNames[];
  envoys: EnvoysFile;
  /** ids of the bodies (Governments, collective addressees) that are a document's bodies only where it mandates them */
  addresseeOnly: ReadonlySet<string>;
  /** bodies.json's names by language and acronyms, in its order (references.ts) */
  bodies: BodyNames[];
  /** state adjectives that need a head noun nearby (French "le Ministre péruvien") */
  adjectiveHeads: TextTest;
  /** the head noun right after an adjective of `adjectivesBeforeHead` ("French forces", "Chinese authorities") */
  headsAfter: RegExp;
  /** the rest of a compound adjective after its first part ("-suédois" of "italo-suédois") */
  compoundRest: TextTest;
  persons: PersonRules;
  mandates: MandateRules;
}

/** A document's view of the entities: the gazetteer's, plus bodies and aliases the document introduces. */
export class EntityTable {
  private readonly local = new Map<string, EntityInfo>();
  constructor(private readonly shared: ReadonlyMap<string, EntityInfo>) {}
  get(ref: string): EntityInfo | undefined {
    return this.local.get(ref) ?? this.shared.get(ref);
  }
  has(ref: string): boolean {
    return this.local.has(ref) || this.shared.has(ref);
  }
  /** Stores a copy with every field (entityInfo). */
  set(ref: string, info: EntityInfo): void {
    this.local.set(ref, entityInfo(info));
  }
}

/**
 * An entity's description with every optional field present (undefined when it has none), in one
 * order: the tables hold infos of one hidden class, so the rules that read `category` or `state`
 * of whatever entity a match names stay monomorphic (V8 deoptimised them at each new shape).
 */
export function entityInfo(info: EntityInfo): EntityInfo {
  return {
    kind: info.kind,
    id: info.id,
    label: info.label,
    aliases: info.aliases,
    establishedBy: info.establishedBy,
    category: info.category,
    state: info.state,
  };
}

/** Entity map key: kind and id ("Body:UNODC"). */
export const entityRef = (kind: EntityKind, id: string): string => `${kind}:${id}`;

let cached: Gazetteer | null = null;

export function loadGazetteer(): Gazetteer {
  cached ??= assembleGazetteer();
  return cached;
}

/**
 * The gazetteer from its data files: the compiled part (names, entities, countries) from the disk
 * cache when its key matches (gazetteer-cache.ts), else built and cached; rules files as they are.
 */
function assembleGazetteer(): Gazetteer {
  const states = readDataFile<StatesFile>('states.json');
  const envoys = readDataFile<EnvoysFile>('envoys.json');
  const core = cachedCore(() => buildCore(states, envoys));
  // the disk cache's entities come from JSON.parse, each shaped by the fields it has
  for (const [ref, info] of core.entities) core.entities.set(ref, entityInfo(info));
  const heads = Object.values(states.adjectiveHeads).flat();
  const headsAfter = states.adjectivesBeforeHead?.heads ?? [];
  const bridges = Object.entries(states.adjectiveBridges ?? {})
    .filter(([key, value]) => key !== 'about' && Array.isArray(value))
    .flatMap(([, value]) => value);
  // the French and Spanish adjectives (lower case, after their head)
  const adjectives = [...new Set(states.states.flatMap((state) => [...(state.adjectives['fr'] ?? []), ...(state.adjectives['es'] ?? [])]))].sort(
    (a, b) => b.length - a.length,
  );
  // "le diplomate italo-suédois", "la frontière soudano-tchadienne": first parts of a compound before the adjective
  const prefixes = Object.values(states.compoundPrefixes?.states ?? {}).flat();
  /** the literals as the case-insensitive patterns hold them (`fold`: case-fold.ts), escaped, as one alternation */
  const alternation = (phrases: string[], fold: (literal: string) => string): string => phrases.map((phrase) => escapeRegExp(fold(phrase))).join('|');
  const compound = (fold: (literal: string) => string): string => (prefixes.length > 0 ? `(?:(?:${alternation(prefixes, fold)})[-\u2011])*` : '');
  // The three expressions below are built on first use: only French and Spanish adjectives (and the names of
  // `adjectivesBeforeHead`) need them, and V8 parses a pattern when it is constructed, then again when it first
  // runs: a run without such a name never pays. Each is built once and kept. The two case-insensitive ones run
  // as `u` patterns over case-folded text (foldedPattern): the same matches as `iu`, without its compilation.
  let adjectiveHeads: TextTest | undefined;
  let compoundRest: TextTest | undefined;
  let headsAfterPattern: RegExp | undefined;
  return {
    ...core,
    envoys,
    // after the head, the adjectives of other States may come first: "des ressortissants français, allemand, libanais et nigérian"
    get adjectiveHeads(): TextTest {
      return (adjectiveHeads ??= foldedPattern((fold) => {
        const bridge = bridges.length > 0 ? `(?:[ \\t]+(?:${alternation(bridges, fold)}))?` : '';
        return `(?:^|[^\\p{L}])(?:${alternation(heads, fold)})${bridge}(?:[ \\t]+(?:${alternation(adjectives, fold)})(?:[ \\t]*,|[ \\t]+(?:et|y|e)(?![\\p{L}])))*(?:[^\\p{L}.;:]{0,30})${compound(fold)}$`;
      }));
    },
    get compoundRest(): TextTest {
      return (compoundRest ??=
        prefixes.length > 0 ? foldedPattern((fold) => `^[-\\u2011]${compound(fold)}(?:${alternation(adjectives, fold)})(?![\\p{L}])`) : /(?!)/u);
    },
    get headsAfter(): RegExp {
      return (headsAfterPattern ??=
        headsAfter.length > 0 ? new RegExp(`^[ \\t]+(?:${headsAfter.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u') : /(?!)/u);
    },
    persons: readDataFile<PersonRules>('persons.json'),
    mandates: readDataFile<MandateRules>('mandates.json'),
  };
}

/** The compiled part of the gazetteer: every name in the matcher, the entities, the countries. */
export interface GazetteerCore {
  matcher: Matcher;
  entities: Map<string, EntityInfo>;
  countries: CountryNames[];
  addresseeOnly: ReadonlySet<string>;
  /** bodies.json's names by language, in its order (the entities keep only the aliases of all languages together) */
  bodies: BodyNames[];
}

export function buildCore(states: StatesFile, envoys: EnvoysFile): GazetteerCore {
  const matcher = createMatcher();
  const entities = new Map<string, EntityInfo>();
  const register = (info: EntityInfo): void => {
    const ref = entityRef(info.kind, info.id);
    const known = entities.get(ref);
    if (known) known.aliases = unique([...known.aliases, ...info.aliases]);
    else entities.set(ref, entityInfo({ ...info, aliases: unique(info.aliases) }));
  };
  /** A name of the entity; a contextual one (`requires`: what must be named near it) is matched in any case. */
  const add = (kind: AliasRule['kind'], id: string, alias: string, requires?: string): void => {
    const acronym = isAcronym(alias);
    // a name the gazetteer writes in lower case ("multinational force") is matched in any case
    // (one object of one shape per rule: 50,000 of them are made at load, in code not yet optimised)
    const requireCapital = requires === undefined && !acronym && kind !== 'Threat' && kind !== 'Stop' && alias[0] !== alias[0]!.toLowerCase();
    addAlias(matcher, alias, aliasRule(kind, id, acronym, requireCapital, requires));
  };

  const bodies: BodyNames[] = [];
  for (const body of readDataFile<BodyRecord[]>('bodies.json')) {
    bodies.push({ id: body.id, category: body.category, names: body.names, acronyms: body.acronyms });
    const names = Object.values(body.names).flat();
    const aliases = [body.label, ...names, ...body.acronyms];
    const info: EntityInfo = { kind: 'Body', id: body.id, label: body.label, aliases, category: body.category ?? 'body' };
    if (body.establishedBy) info.establishedBy = body.establishedBy;
    register(info);
    for (const alias of aliases) add('Body', body.id, alias);
    // Russian names in the other cases the texts use ("Комиссии по миростроительству"): matched, not listed
    for (const name of body.names.ru ?? []) for (const form of russianCaseForms(name)) add('Body', body.id, form);
    // "UN Multidimensional Integrated Stabilization Mission in the Central African Republic", "UN Development Programme": news
    // writes "UN" for "United Nations" in a name of two words or more (matched, not listed)
    for (const name of body.names.en ?? []) if (/^United Nations \S+ \S+/u.test(name)) add('Body', body.id, `UN ${name.slice('United Nations '.length)}`);
    for (const { name, requires, scope } of body.contextual ?? []) {
      add('Body', body.id, name, scope === 'document' ? `${DOCUMENT_SCOPE}${requires}` : requires);
    }
  }
  for (const threat of readDataFile<ThreatRecord[]>('threats.json')) {
    const names = Object.entries(threat)
      .filter(([key, value]) => key !== 'id' && key !== 'label' && Array.isArray(value))
      .flatMap(([, value]) => value as string[]);
    register({ kind: 'Threat', id: threat.id, label: threat.label, aliases: [threat.label, ...names] });
    for (const alias of names) add('Threat', threat.id, alias);
  }
  for (const group of readDataFile<GroupRecord[]>('groups.json')) {
    const names = [group.label, ...Object.values(group.names).flat()];
    register({ kind: 'Group', id: group.id, label: group.label, aliases: names });
    for (const alias of names) add('Group', group.id, alias);
  }
  const countryList = countryNames(states);
  for (const state of countryList) {
    register({ kind: 'State', id: state.iso2, label: state.label, aliases: state.names });
    for (const alias of state.names) add('State', state.iso2, alias);
    // "просит Францию", "призывает Гвинею-Бисау": Russian names in the oblique cases too
    for (const name of state.byLocale.ru ?? []) for (const form of russianCaseForms(name, true)) add('State', state.iso2, form);
    for (const adjective of state.capitalAdjectives) add('State', state.iso2, adjective);
    // "French forces", "Chinese authorities": an adjective that is also a language's name, before a head noun
    for (const adjective of states.adjectivesBeforeHead?.states[state.iso2] ?? []) add('State', state.iso2, adjective, 'head-after');
    // French and Spanish adjectives follow a head noun: "le Ministre péruvien", "el canciller colombiano"
    for (const adjective of [...state.headedAdjectives, ...(state.otherAdjectives.es ?? [])]) {
      add('State', state.iso2, adjective, 'adjective-head');
    }
    for (const prefix of states.compoundPrefixes?.states[state.iso2] ?? []) add('State', state.iso2, prefix, 'compound-prefix');
  }
  const governments = readDataFile<GovernmentsFile>('governments.json');
  const addresseeOnly = new Set<string>();
  for (const state of countryList) {
    const id = governmentId(state.iso2);
    const names = governmentNames(governments, state);
    register({ kind: 'Body', id, label: governments.label.replace('{name}', state.governmentName), aliases: names, category: 'government', state: state.iso2 });
    for (const alias of names) add('Body', id, alias);
    if (governments.addresseeOnly.governments) addresseeOnly.add(id);
  }
  for (const collective of governments.collectives) {
    if (governments.addresseeOnly.collectives) addresseeOnly.add(collective.id);
    const names = Object.values(collective.names).flat();
    register({ kind: 'Body', id: collective.id, label: collective.label, aliases: [collective.label, ...names], category: 'collective' });
    for (const alias of [collective.label, ...names]) add('Body', collective.id, alias);
  }
  // the Secretary-General's generic posts; their specific forms are composed per document (posts.ts)
  for (const post of envoys.posts) {
    const names = Object.values(post.names).flat();
    const aliases = [post.label, ...names, ...post.acronyms];
    register({ kind: 'Body', id: post.id, label: post.label, aliases, category: 'envoy' });
    for (const alias of aliases) add('Body', post.id, alias);
    for (const name of post.names.ru ?? []) for (const form of russianCaseForms(name)) add('Body', post.id, form);
  }
  // country mandates: "Special Rapporteur on the situation of human rights in <country>" (<id>-<ISO2>)
  const withArticle = new Set(envoys.labelArticle);
  for (const post of envoys.countryPosts?.posts ?? []) {
    for (const state of countryList) {
      const id = `${post.id}-${state.iso2}`;
      const names = governmentNames({ patterns: post.patterns }, state);
      if (names.length === 0) continue;
      const label = post.label.replace('{name}', `${withArticle.has(state.governmentName) ? 'the ' : ''}${state.governmentName}`);
      register({ kind: 'Body', id, label, aliases: names, category: 'envoy' });
      for (const alias of names) add('Body', id, alias);
    }
  }
  for (const name of Object.values(envoys.notPosts).flat()) add('Stop', 'stop', name);
  for (const name of readDataFile<{ names: string[] }>('stops.json').names) add('Stop', 'stop', name);

  return { matcher, entities, countries: countryList, addresseeOnly, bodies };
}

export interface CountryNames {
  iso2: string;
  label: string;
  names: string[];
  /** names by language (i18n-iso-countries, then states.json), for the government patterns */
  byLocale: Record<string, string[]>;
  /** the English name a Government's label uses ("the Sudan", "Central African Republic") */
  governmentName: string;
  capitalAdjectives: string[];
  headedAdjectives: string[];
  /** adjectives of the other languages: in Governments' names ("autoridades somalíes", "السلطات الصومالية"); Spanish ones also after a head noun, as French ones */
  otherAdjectives: Record<string, string[]>;
}

/**
 * The six locales' files, each named in full: a bundler then packs these six, not the package's
 * hundred-odd locales (a megabyte of JavaScript to parse at every start).
 */
function countryLocales(): unknown[] {
  const require = createRequire(import.meta.url);
  return [
    require('i18n-iso-countries/langs/en.json'),
    require('i18n-iso-countries/langs/fr.json'),
    require('i18n-iso-countries/langs/es.json'),
    require('i18n-iso-countries/langs/ru.json'),
    require('i18n-iso-countries/langs/ar.json'),
    require('i18n-iso-countries/langs/zh.json'),
  ];
}

function countryNames(states: StatesFile): CountryNames[] {
  for (const locale of countryLocales()) countries.registerLocale(locale as Parameters<typeof countries.registerLocale>[0]);
  const excluded = new Set(states.excluded.names.map(foldKey));
  const extras = new Map(states.states.map((state) => [state.iso2, state]));
  const byCode = new Map<string, Set<string>>();
  const byLocale = new Map<string, Record<string, string[]>>();
  const owners = new Map<string, Set<string>>();
  for (const locale of COUNTRY_LOCALES) {
    const names = countries.getNames(locale, { select: 'all' }) as Record<string, string[]>;
    for (const [iso2, list] of Object.entries(names)) {
      for (const name of list) {
        if (excluded.has(foldKey(name)) || name.includes(',')) continue;
        if (!byCode.has(iso2)) byCode.set(iso2, new Set());
        byCode.get(iso2)!.add(name);
        if (!byLocale.has(iso2)) byLocale.set(iso2, {});
        (byLocale.get(iso2)![locale] ??= []).push(name);
        const key = foldKey(name);
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)!.add(iso2);
      }
    }
  }
  // States the library no longer lists (its codes are today's), which older texts address: states.json gives all their names
  // ("Serbia and Montenegro", CS, 2003-2006; the Federal Republic of Yugoslavia is Serbia's, RS, which continues it)
  for (const iso2 of extras.keys()) if (!byCode.has(iso2)) byCode.set(iso2, new Set());
  const result: CountryNames[] = [];
  for (const [iso2, names] of [...byCode].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const extra = extras.get(iso2);
    // a name two countries share ("Congo") is left out unless states.json gives it to one
    const own = [...names].filter((name) => owners.get(foldKey(name))!.size === 1);
    const added = extra ? Object.values(extra.names).flat() : [];
    const label = countries.getName(iso2, 'en', { select: 'official' }) ?? extra?.names.en?.[0] ?? iso2;
    const locales = byLocale.get(iso2) ?? {};
    const perLocale: Record<string, string[]> = {};
    for (const locale of COUNTRY_LOCALES) {
      const mine = (locales[locale] ?? []).filter((name) => owners.get(foldKey(name))!.size === 1);
      perLocale[locale] = unique([...(extra?.names[locale] ?? []), ...mine]);
    }
    result.push({
      iso2,
      label,
      byLocale: perLocale,
      governmentName: extra?.names.en?.[0] ?? label,
      // the official name is a name too, unless states.json excludes it as a common word ("Réunion" of a meeting)
      names: unique([...(excluded.has(foldKey(label)) ? [] : [label]), ...added, ...own]),
      capitalAdjectives: extra?.adjectives.en ?? [],
      headedAdjectives: extra?.adjectives.fr ?? [],
      otherAdjectives: Object.fromEntries(Object.entries(extra?.adjectives ?? {}).filter(([locale]) => locale !== 'en' && locale !== 'fr')),
    });
  }
  return result;
}

/**
 * A Government's names in every language: the patterns of governments.json filled with the
 * country's names of that language, its adjectives (English, French, Spanish, Arabic) and, in Russian, the
 * genitive and prepositional of its names.
 */
function governmentNames(file: Pick<GovernmentsFile, 'patterns'>, state: CountryNames): string[] {
  const names: string[] = [];
  for (const [locale, patterns] of Object.entries(file.patterns)) {
    const countryNames = state.byLocale[locale] ?? [];
    const adjectives = locale === 'en' ? state.capitalAdjectives : locale === 'fr' ? state.headedAdjectives : (state.otherAdjectives[locale] ?? []);
    for (const pattern of patterns) {
      if (pattern.includes('{adjective}')) {
        for (const adjective of adjectives) names.push(pattern.replace('{adjective}', adjective));
        continue;
      }
      for (const name of countryNames) {
        // "the Sudan" reads "Government of the Sudan", never "Government of the the Sudan"
        if (/^(?:the|The) /u.test(name) && pattern.includes('the {name}')) continue;
        if (pattern.includes('{genitive}')) {
          const genitive = russianCase(name, 0, true);
          if (genitive) names.push(pattern.replace('{genitive}', genitive));
        } else if (pattern.includes('{prepositional}')) {
          const prepositional = russianCase(name, 4, true);
          if (prepositional) names.push(pattern.replace('{prepositional}', prepositional));
        } else {
          names.push(pattern.replace('{name}', name));
        }
      }
    }
  }
  return unique(names);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
