/**
 * MANDATES: the bodies an operative paragraph of a resolution or statement addresses or gives a
 * task to, in the six languages. In each operative paragraph, every clause verb that opens a
 * clause ("Requests", "Demande", "Exhorta", "призывает", "يطلب", "请") opens an addressee zone:
 * - in English, French, Spanish and Russian the zone runs to the task ("to submit", "de lui
 *   présenter", "a que presente", "que", "представить", "чтобы"); its first body must follow the
 *   verb with only determiners, adverbs and collective words in between, the others are the rest
 *   of the list unless they are complements of a noun ("un rapport conjoint du Bureau");
 * - in Arabic and Chinese, where the task follows the addressee with no marker, the addressees are
 *   the chain of bodies right after the verb, joined by conjunctions ("و", "和", "、");
 * - bodies after a partner marker ("in cooperation with", "en consultation avec", "por conducto
 *   de", "в сотрудничестве с", "بالتعاون مع", "与") are partners (role `partner`), after a support
 *   marker ("with the support of", "при поддержке", "بدعم من") supporters (role `support`);
 * - "decides that X shall", "постановляет, что X должны", "يقرر أن تواصل X", "决定X应" mandate the
 *   subject of the that-clause; "decides to extend the mandate of X" / "to establish X" mandate X;
 * - "reiterates its call upon X", "stresses the need for X to" open a zone like a verb;
 * - an object pronoun ("encourages them", "leur demande", "рекомендует им") stands for the bodies
 *   of the clause before it;
 * - a State named as an addressee ("calls upon South Sudan") is its Government (`Gov-<ISO2>`).
 * Every word list is data: data/entities/mandates.json, per language.
 */
import { baseVerbAt, clauseLeadWords, clauseVerbForms, findClauseVerbsPrepared, VERB_LANGUAGES, verbTableOf, leadVerb, lowerCaseKeepingOffsets, type ClauseVerb } from '../verbs';
import type { Segment, SegmentedDocument } from '../types';
import { compactCopy, decodeUnits, foldKey, foldText, hashUnits, letterBefore, nameTokens, notAfterLetter, type Tokens } from './fold';
import { entityRef, governmentId, loadGazetteer, readDataFile, type MandateLanguageRules, type MandateRules } from './gazetteer';
import type { EntityMention, OwnedPost } from './index';
import { KEYWORD, KEYWORDS } from './keywords';
import { firstTokenAt, firstWords, segmentsHolding, unsureWithoutTrigger } from './triggers';
import { alternation as literals, escapeRegExp as escape } from '../escape-regexp';
import { ownString } from '../own-string';

export type MandateRole = 'support' | 'partner';

export interface MandateMatch {
  resolution: string;
  body: string;
  verb: string;
  segment: number;
  /** the addressee's name in the text */
  start: number;
  end: number;
  role?: MandateRole;
}

/** After a channel's name in a task list's item (`itemChannels`): its acronym in brackets, then a clause mark, the item's end or "by", "on" (a date or a subject). */
const ITEM_CHANNEL_AFTER = /^\s*(?:\([^()]{1,30}\)\s*)?(?:[,;:.]|$|(?:by|on)\s)/u;

/** A lettered sub-paragraph's label ("2 (a)") and a dash item opening on a capital ("– To"): `dashItemPartners`. */
const DASH_CAPITAL = /^[\s*_]*[–—-]\s+\p{Lu}/u;
const LETTERED = /^\S+ \([a-z]\)$/u;

/** A body (or a State, standing for its Government) named in the paragraph, offsets in the paragraph. */
interface Candidate {
  id: string;
  start: number;
  end: number;
  /** named as a State ("Syria"), standing for its Government */
  state: boolean;
  /**
   * a State named as a place ("in Mali"), a body's name that modifies another noun ("the ECOWAS Plan of action", "the
   * African Union Commission"): part of the zone's words, no addressee, partner or antecedent
   */
  inert: boolean;
}

interface Language {
  chain: boolean;
  /** a channel's marker right before a name in an item of a task list (`itemChannels`) */
  itemChannel: RegExp | null;
  /** a dash item of a task list under a lettered heading, opening on the list's infinitive marker ("– To liaise with"), reads every partner marker (`dashItemPartners`) */
  dashItem: RegExp | null;
  /** the Council's own intention to address a body right after the verb ("Reaffirms its intention to authorize the Secretary-General"): no partner (`intentions`) */
  intention: RegExp | null;
  /** a time phrase at the start of the gap before the first addressee (`timeInsertions`), its opener and the date words after it */
  timeInsertion: RegExp | null;
  /** an item that opens on a determiner (`mandate.determiners`): a noun phrase, what a report is to hold, no task ("(iv) the contributions of UN agencies") */
  itemNounPhrase: RegExp | null;
  spaced: boolean;
  /** words allowed between the verb and its first addressee (fillers and collective words) */
  allowed: Set<string>;
  /** the same as one alternation, for languages written without spaces */
  allowedPattern: RegExp | null;
  /** a phrase of inclusion before a name, part of an addressee zone's gap (Chinese "包括维持和平特派团和特别政治任务在内的") */
  including: RegExp | null;
  /** the parties or signatories of a named agreement, read over in a gap (`agreementParties`: "the Ivorian parties to the Ouagadougou Political Agreement and all States") */
  agreementParties: RegExp | null;
  /** the fillers alone (no collective nouns) and the genitive words: a gap of these only makes the name the verb's object ("exige de tous les États Membres") */
  objectWords: Set<string>;
  /** words allowed between two addressees of a chain */
  connectors: Set<string>;
  /** words allowed between two names of a that-clause's subject (rowWordsOf) */
  rowWords: Set<string>;
  /** the list continuers ("in particular", "including"), as whole phrases */
  rowContinuers: RegExp | null;
  proclitics: string[];
  task: RegExp | null;
  /** the task is a bare infinitive (Russian): a blocker not set off by a comma runs to it ("просит X с учетом мандатов A, B и C обеспечить") */
  blockersToTask: boolean;
  notInfinitives: Set<string>;
  /** an adverb of the task right before the word after it (`task.adverbs`): "to continue his", "to take all" */
  taskAdverbBefore: RegExp | null;
  partners: RegExp | null;
  /** chain languages: a relative clause that may stand before the first addressee, closed by its particle ("派遣军警人员的") */
  relativeBefore: { clause: RegExp; heads: string[] } | null;
  /** after a partner's name, the rest of a relative clause that makes it a noun's complement ("签署的", "分享的"; not "及相关的", an adjective) */
  relativeAfterPartner: RegExp | null;
  /** a partner marker and a determiner right before a name ("par l'intermédiaire de l'", "with the support of the"): the name is the partner, no complement */
  partnerBefore: RegExp | null;
  /** a marker ending on a genitive word, its complement, then a coordinator and a genitive word right before a name: the name is
   *  the marker's second complement, not the first one's ("par l'intermédiaire du Comité spécial … de l'Assemblée générale et de la
   *  Commission de consolidation de la paix", 2553 fr) */
  partnerCoordinated: RegExp | null;
  /** words after which the bodies named are neither addressees nor partners ("dont", "whose", "in accordance with") */
  blockers: RegExp | null;
  /** after a blocker's match (in the text as written): a determiner and a capitalised name, the blocker a list continuer (`blockersIncluding`) */
  blockerIncluding: RegExp | null;
  /** words right before a name in a partner's phrase that make it a beneficiary or recipient ("through UNSOS for UNSOM") */
  beneficiaries: RegExp | null;
  /** a channel marker and a gerund at a partner region's start: a means, no channel (`means`) */
  means: RegExp | null;
  /** an infinitive marker and a word after it, in a partner's region (`partnerInfinitive`): the list ends there */
  partnerInfinitive: RegExp | null;
  /** a list continuer ("in particular") and a determiner right before a name: the name goes on with a partner list past an infinitive */
  partnerInfinitiveContinued: RegExp | null;
  /** one lower-case word and a determiner between two names (`bareTaskObject`; the word is checked against the list words) */
  bareTaskObject: RegExp | null;
  /** after a marker's name: the one given to, no partner ("与国际刑警组织共享信息") */
  recipientsBefore: RegExp | null;
  /** after a State's name: words that make the name a qualifier ("the two Cypriot communities' leaders"), the State no addressee */
  stateQualifier: RegExp | null;
  /** before a State's name: words that make it a place ("all parties in Mali"), the State no addressee */
  places: RegExp | null;
  /** after a body's name: nouns it modifies ("the ECOWAS Plan of action", "the African Union Commission", "非洲联盟委员会主席"), the body no addressee */
  modifiedHeads: RegExp | null;
  /** heads a State's name before them modifies ("the Afghanistan Support Group"): the State is no addressee there */
  modifiedHeadsOfStates: RegExp | null;
  /** glued after a name: a compound it modifies ("the Kenya-led Multinational Security Support mission"), the State or body no addressee */
  modifierSuffixes: RegExp | null;
  /** before a body's name: a noun whose complement it is ("مفوضية الاتحاد الأفريقي", the African Union Commission), the body no addressee */
  modifiedHeadsBefore: RegExp | null;
  /**
   * the Organization named as the modifier of its parts ("relevant United Nations bodies", "органы Организации Объединенных
   * Наций", "وهيئات الأمم المتحدة", "联合国所有相关机构"): the noun after its name (with a few words between), or before it
   */
  organizationParts: { after: RegExp | null; before: RegExp | null };
  support: RegExp | null;
  /**
   * For the marker regexes, an anchored copy of each, and at (hash & 0xffff) of every first word's
   * token hash the bits (1 << position in `markers`) of the markers it may start: the markers run only
   * where one may start, and one pass over a paragraph's tokens finds them all.
   */
  scans: { markers: RegExp[]; stickies: RegExp[]; bits: Uint8Array } | null;
  supportAfter: RegExp | null;
  /** chain languages: after a comma, the words that take the addressee list up again past an inserted phrase */
  resumer: RegExp | null;
  /** after a comma, words that carry a partner list on ("including"), and those that join it once inside ("and") */
  continuer: { including: RegExp; joining: RegExp; resuming: RegExp | null; glued: RegExp | null } | null;
  genitive: RegExp | null;
  /** a post's title and a genitive word right before a name ("the Chairman of the", "le Directeur général de l'"): the post is the body's */
  heads: RegExp | null;
  /**
   * the complementizer at the zone's start, after an adverb of the verb table and up to `thatInsertions` phrases between
   * commas ("Decides, in order to assist the Committee …, that", "Decide, a fin de …, que"), with one such phrase after it
   */
  that: RegExp;
  /** list languages: "be … by" right before a name, the agent of a passive that-clause ("that the Committee's list … be conveyed by the Secretariat") */
  passiveAgent: RegExp | null;
  /** the words of a passive's agent ('by', 'par', 'por'; `passiveAgent.agents`) */
  agentWords: Set<string>;
  /** a modal and a passive participle in a that-clause (`passiveAgent.modals`, auxiliaries, `participleAgent.suffixes`): "shall be submitted" */
  passiveModal: RegExp | null;
  /** a passive's agent word right before a name ("by", "by the") */
  agentBefore: RegExp | null;
  /** a participle and its agent word right before a name ("individuals designated by the", "désignés par le"): the name is the participle's agent */
  participleAgent: { pattern: RegExp; suffixes: string[]; words: Set<string> } | null;
  /** a passive subjunctive's auxiliary and participle right after a that-clause's subject ("that Tuvalu be admitted"; mandates.json patientPassive) */
  patientPassive: RegExp | null;
  /** participles after which the subject is still given a task ("be prepared to provide", "be authorized to"; patientPassive.tasking) */
  taskingParticiples: Set<string>;
  /** clause verbs' forms that are adjectives right before a name ("and concerned Member States") */
  adjectives: Set<string>;
  /** the words inside an unknown capitalised name and the conjunctions after it (`namedRow` in mandates.json) */
  namedRow: { inside: Set<string>; conjunctions: Set<string> } | null;
  /** a coordinator and the complementizer, opening a second that-clause ("and that", "et que", "y que") */
  andThat: RegExp | null;
  /** a verb's form that ends with the complementizer ("demande que") */
  thatEnd: RegExp | null;
  verbFirst: boolean;
  /** see MandateLanguageRules.lastConjunctWords (0: not read) */
  lastConjunctWords: number;
  modal: RegExp | null;
  /** the modals as the lists write them, by their fold (`modalFrom`: "deberá" is the modal "debera", "à" is not "a") */
  writtenModals: Map<string, Set<string>>;
  /** verb forms (folded) whose that-subject needs one of their own modals (`verbModals`) */
  verbModals: Map<string, RegExp>;
  /** "Decides … to:" closing a paragraph (MandateLanguageRules.infinitiveList) */
  infinitiveList: RegExp | null;
  /** joint work written after its parties (`jointAfter`: Chinese "加强 … 之间的合作") */
  jointAfter: { opener: RegExp; closer: RegExp } | null;
  /** a partner word joining two addressees of a chain when a mutual word follows the second ("A与B也确保两者的…") */
  mutualAnd: { connectors: Set<string>; mutual: RegExp; mutualAfterList: RegExp } | null;
  /** the words between "Member States" and an organisation's name that make them its members ("الدول الأعضاء في الاتحاد الأفريقي") */
  membersOf: RegExp | null;
  /** prepositions glued to a that-clause's subject after an impersonal verb, in a verb-first language (Arabic "ل": "أنه يجوز للدول") */
  subjectPrepositions: string[];
  /** the modal right after a name (`subjectBeforeModal`): the name is the that-clause's subject, whatever phrase precedes it */
  modalAfter: RegExp | null;
  /** a subordinating conjunction right before a name (`subjectBeforeModal.subordinators`): the modal after it is its own clause's */
  subordinatorBefore: RegExp | null;
  /** a verb of state right after a name (`statives`) */
  stativeAfter: RegExp | null;
  /** a predicate of importance that closes the that-clause (`statementEnds`) */
  statementEnd: RegExp | null;
  /** a subjectless modal right after a that-clause verb (`importanceModals`): "stresses the importance of", no addressee, no partners */
  importanceAfter: RegExp | null;
  /** a modal of obligation right after a name (`obligations`) */
  obligationAfter: RegExp | null;
  dates: Set<string>;
  /** languages written without spaces: a gap made only of date words and digits ("从现在至2020年7月31日"), the words whole ("在" is not "现在") */
  datePattern: RegExp | null;
  phrases: RegExp | null;
  phraseLemmas: Map<string, string>;
  /** `infinitivePhrases`, folded, and the task markers that must follow their addressees (`task.markers`) */
  infinitivePhrases: Set<string>;
  infinitiveAfter: RegExp | null;
  mandate: {
    nounBefore: RegExp;
    nounAfter: RegExp | null;
    /** `nounBefore` with the nouns that only a that-clause defines ("Decides that the strategic priority of MINUSMA shall be") */
    definedNounBefore: RegExp;
    /** the text from a restating verb to a body whose mandate it restates ("the mandate of") */
    restatedBefore: RegExp;
    extend: RegExp;
    establish: RegExp;
    /** a mandate or tasks noun anywhere ("with the following key tasks"): a body established through another's task is given one */
    taskNoun: RegExp;
    establishDescribed: RegExp | null;
    definedVerb: RegExp | null;
    /** `definedCopulas` after one to three words: the content before the defined noun ("أن تكون حماية المدنيين هي الأولوية الاستراتيجية ل") */
    definedCopula: RegExp | null;
    /** "decides to extend its mandate", "décide d'en proroger le mandat": the mandate of the body named before the verb */
    anaphoric: RegExp | null;
    /** what a body owns that is no task of it, after the possessive: "UNFICYP's freedom of movement should be respected" */
    ownedNotTask: RegExp | null;
    /** personnel sent to a body by an authorization: "autoriza el envío de 155 observadores militares … a la MINUGUA" (the words from
     *  the verb to the body) */
    deployment: RegExp | null;
    /** a body whose deployment is authorized, the noun's object (the words from the verb to the body, a time phrase may stand
     *  before "of"): "Authorizes the deployment until 1 September 2003 of an Interim Emergency Multinational Force" (1484, `deployedOf`) */
    deployedOf: RegExp | null;
    /** a second owner of the same mandate, after the first one's name (and acronym): "the mandates of UNOCI and of the French forces
     *  which support it" (`coordinatedOf`) */
    coordinatedOf: RegExp | null;
    /** a condition on the extension read so far, after which a mandate named is no object of the verb: "Decides to extend the
     *  mandate of UNOMIG …, subject to a review … in the event of changes in the mandate of the CIS peacekeeping force" (`conditions`) */
    conditions: RegExp | null;
  } | null;
  /** the possessive after a name ("'s", "的"): a State so marked owns the addressee, it is not it ("Kenya's political leaders", "Somalia's international partners") */
  possessiveAfter: RegExp | null;
  pronouns: RegExp | null;
  /** a plural possessive before joint work right after the verb ("encourages their continued firm engagement with"): the pronoun's bodies are its agents */
  jointPossessive: RegExp | null;
  /**
   * a number word and a plural head right after the verb ("urges the two States", "invites the three Committees"): that many
   * bodies of the head's kind stand for it (countedAntecedents); `search` finds one anywhere in a paragraph
   */
  counted: { pattern: RegExp; search: RegExp; numbers: Map<string, number>; heads: Map<string, string> } | null;
  /** a name after one of these words is a complement ("in Somalia", "of the African Union"), no antecedent of a pronoun */
  complements: RegExp | null;
  stateComplements: RegExp | null;
  /** plural heads of States before "of" ("the Presidents of"): the States after them stand for their Governments, no complements */
  stateHeads: RegExp | null;
  pronounsBefore: RegExp | null;
  objectSuffixes: string[];
  singularPronouns: RegExp | null;
  singularPronounsBefore: RegExp | null;
  /** an object pronoun and a coordinator after it ("encourages it and all States to"): the names after it are addressed too */
  pronounCoordinated: RegExp | null;
  /** a coordinator and the verb's own preposition again (`resumedPrepositions`): a second list of addressees follows */
  resumedPreposition: RegExp | null;
  /** the verb (or its phrase) ending in one of `resumedPrepositions` */
  resumedVerbEnd: RegExp | null;
  singularSuffixes: string[];
  indefinites: RegExp | null;
  joint: { nouns: Set<string>; between: Set<string>; words: Set<string>; with: Set<string>; agents: Set<string>; of: Set<string>; ofNouns: Set<string>; wordsOf: Set<string>; statements: Set<string> } | null;
  /** the language of the verb tables (data/verbs), to read a verb without its glued pronoun */
  verbLang: string;
  /** trailing words a clause may put before its verb (subject, adverbs, pronouns), with separators */
  leadTail: RegExp;
  afterCoordinator: RegExp;
}

interface Compiled {
  mandating: Set<string>;
  /** mandates.json directOnly: collectives named by a common noun, addressed only right after their verb (`directAddressee`) */
  directOnly: Set<string>;
  /** mandates.json notMandatedCategories: body categories that give no item (armed groups) */
  notMandated: Set<string>;
  decideThat: Set<string>;
  /** decideThat lemmas whose object is addressed when no that-clause follows ("demands all Member States not to") */
  objectOrThat: Set<string>;
  /** lemmas read as decideThat ones when a modal follows the that-clause's subject */
  modalThat: Set<string>;
  phraseLemmas: Set<string>;
  /** phrase lemmas whose addressees are partners (mandates.json partnerPhraseLemmas: "the responsibility of") */
  partnerPhrases: Set<string>;
  extension: Set<string>;
  /** `restatingLemmas`: a mandate restated as the verb's object is a mandate defined (`extended`'s `restated`) */
  restating: Set<string>;
  /** mandates.json establishedThrough: a directive of these lemmas to these addressees whose task establishes a body */
  establishedThrough: { lemmas: Set<string>; addressees: Set<string> };
  transparent: Set<string>;
  /** the lemmas a mandate can come from (the four sets above): a paragraph without one has none */
  relevant: Set<string>;
  /** each language's rules, compiled when a document of that language first asks (languageRules) */
  languages: Map<string, Language>;
  /** the verb tables whose relevant forms' first words are in KEYWORDS (MANDATE_VERB): their paragraphs are gated on them */
  gated: Set<string>;
  data: MandateRules['languages'];
}

let compiled: Compiled | null = null;

/** Folded phrases as one alternation, longest first. */
const alternation = (list: string[]): string => literals(list.map((item) => foldText(item)));
/** A complementizer as a word ("que", "that"), an elided one ("qu'") before the next word's letter: "Demande qu'outre …". */
const thatWord = (that: string[], after: string): string => {
  const elided = that.filter((word) => word.endsWith("'"));
  const open = that.filter((word) => !word.endsWith("'"));
  return `(?:${[...(open.length ? [`(?:${alternation(open)})${after}`] : []), ...(elided.length ? [`(?:${alternation(elided)})`] : [])].join('|')})`;
};
/** The list conjunctions that are also proclitics, glued to the next word's letter ("وفريق"), or null. */
const gluedJoining = (data: MandateLanguageRules): RegExp | null => {
  const glued = (data.listContinuers?.joining ?? []).filter((word) => (data.proclitics ?? []).includes(word));
  return glued.length ? new RegExp(`^[\\s*_]*(?:${alternation(glued)})(?=\\p{L})`, 'u') : null;
};
const wordSet = (list: string[]): Set<string> => new Set(list.flatMap((phrase) => foldKey(phrase).split(' ')).filter(Boolean));

function compileLanguage(lang: string, data: MandateLanguageRules): Language {
  const spaced = lang !== 'zh';
  const before = spaced ? notAfterLetter() : '';
  const after = spaced ? '(?![\\p{L}])' : '';
  const clitics = spaced && data.proclitics?.length ? `(?:${alternation(data.proclitics)})?` : '';
  const gluedOf = (word: string): boolean => word.endsWith("'") || (spaced && (data.proclitics ?? []).some((clitic) => word.endsWith(` ${clitic}`)));
  /** a mandate noun and its of-phrase at the end of the text before a name ("the mandate of", "le mandat de l'", "ولاية") */
  const nounBefore = (nouns: string[], of: string[]): RegExp => {
    const spacedOf = of.filter((word) => !gluedOf(word));
    const ofPhrase = of.length ? `(?:${spacedOf.length ? `(?:${alternation(spacedOf)})\\s+|` : ''}(?:${alternation([...of.filter(gluedOf), '\u0000'])}))?` : '';
    return new RegExp(`${before}(?:${alternation(nouns)})\\s*${ofPhrase}$`, 'u');
  };
  // scanned over whole paragraphs: the word start is checked after a match (atWordStart), a leading
  // lookbehind would make V8 try the alternation at every position (four times slower)
  const words = (list: string[] | undefined, prefix = ''): RegExp | null =>
    list && list.length > 0 ? new RegExp(`${prefix}(?:${alternation(list)})${after}`, 'gu') : null;
  const allowedList = [...data.fillers, ...data.collectives];
  // a marker that ends one of `partnersNotAfter` is the end of another word ("本决议通过后": "adopted", not "through"); the
  // lookbehind is tried only where the marker matched
  const notAfter = data.partnersNotAfter?.length ? `(?<!${alternation(data.partnersNotAfter)})` : '';
  // and one followed by one of `partnersNotBefore` ("与此目标相衔接": "with this objective")
  const notBefore = data.partnersNotBefore?.length ? `(?!${alternation(data.partnersNotBefore)})` : '';
  // "cooperate immediately, unconditionally, and actively with" (1441): a partner verb, a chain of adverbs and "with"
  const chains = data.partnerChains;
  const adverbChain = chains
    ? `|(?:${alternation(chains.verbs)})(?:\\s+(?:${alternation(chains.adverbs)})(?:\\s*,|\\s+(?:${alternation(chains.joiners)})(?![\\p{L}]))*){2,}\\s+(?:${alternation(chains.with)})`
    : '';
  const partners = data.partners?.length ? new RegExp(`${clitics}(?:${alternation(data.partners)}${adverbChain})${notAfter}${after}${notBefore}`, 'gu') : null;
  const blockers = words(data.blockers, clitics);
  const support = words(data.support, clitics);
  const markerLists: Array<[RegExp | null, string[] | undefined]> = spaced ? [[partners, [...(data.partners ?? []), ...(chains?.verbs ?? [])]], [blockers, data.blockers], [support, data.support]] : [];
  const task = data.task ?? {};
  let taskPattern: RegExp | null = null;
  if (spaced && (task.markers?.length || task.complementizers?.length || task.bare)) {
    const parts: string[] = [];
    if (task.complementizers?.length) parts.push(`(?:${alternation(task.complementizers)})(?![\\p{L}])`);
    const infinitive = `(\\p{L}+${task.suffixes?.length ? `(?:${alternation(task.suffixes)})` : ''})(?![\\p{L}])`;
    const glued = (list: string[] | undefined, spacing: string): string => {
      const open = (list ?? []).filter((item) => !item.endsWith("'"));
      const elided = (list ?? []).filter((item) => item.endsWith("'"));
      const options = [
        ...(open.length ? [`(?:${alternation(open)})${spacing}`] : []),
        ...(elided.length ? [`(?:${alternation(elided)})\\s*`] : []),
      ];
      return options.length ? `(?:${options.join('|')})` : '';
    };
    if (task.markers?.length) {
      const negation = task.negations?.length ? `(?:(?:${alternation(task.negations)})\\s+)?` : '';
      const clitic = task.clitics?.length ? `${glued(task.clitics, '\\s+')}?` : '';
      const adverb = task.adverbs?.length ? `(?:(?:${alternation(task.adverbs)})\\s+)?` : '';
      parts.push(`${glued(task.markers, '\\s+')}${negation}${clitic}${adverb}${infinitive}`);
    } else if (task.bare) {
      // a bare infinitive is only ever taken at a word's start (taskStart, startsTask): the lookbehind spares trying
      // \p{L}+ and the suffixes from every position inside every word (matches inside a word were skipped after the match)
      parts.push(`${before}${infinitive}`);
    }
    taskPattern = new RegExp(`(?:${parts.join('|')})`, 'gu');
  }
  const mandate = data.mandate;
  const separators = '[\\s*_,،，]*';
  const lead = [...clauseLeadWords(lang), ...(data.lead ?? []), ...(data.pronounsBefore ?? []), ...(data.singularPronounsBefore ?? [])];
  const coordinators = data.coordinators ?? [];
  const glue = lang === 'ar' ? `|${notAfterLetter()}و` : '';
  const phraseEntries = Object.entries(data.phrases ?? {});
  return {
    chain: data.chain === true,
    itemChannel: data.itemChannels?.length ? new RegExp(`${before}(?:${alternation(data.itemChannels)})\\s+$`, 'u') : null,
    intention: spaced && data.intentions?.length ? new RegExp(`^[\\s,]*(?:${alternation(data.intentions)})\\s`, 'u') : null,
    dashItem: spaced && data.dashItemPartners?.length ? new RegExp(`^[\\s*_]*[–—-]\\s+(?:${alternation(data.dashItemPartners)})\\s`, 'u') : null,
    timeInsertion:
      spaced && data.timeInsertions?.open.length
        ? new RegExp(`^[\\s*_,]*(?:${alternation(data.timeInsertions.open)}${data.timeInsertions.beforeNumber?.length ? `|(?:${alternation(data.timeInsertions.beforeNumber)})(?=\\s+\\d)` : ''})(?:\\s+(?:\\d+|${alternation([...data.timeInsertions.words, ...(data.months ?? [])].map((word) => foldText(word)))})(?![\\p{L}\\p{N}]))*[\\s,]*`, 'u')
        : null,
    itemNounPhrase: data.mandate?.determiners.length ? new RegExp(`^[\\s*_]*(?:[(（][a-z0-9]{1,5}[)）]|[a-z0-9]{1,4}\\))?[\\s*_]*(?:${alternation(data.mandate.determiners)})\\s`, 'u') : null,
    spaced,
    relativeBefore: data.relativeBefore
      ? { clause: new RegExp(`^[^,;，；。、：:()（）]{1,${data.relativeBefore.longest}}?${escape(data.relativeBefore.particle)}`, 'u'), heads: data.relativeBefore.heads.map((head) => foldText(head)) }
      : null,
    relativeAfterPartner:
      data.relativeBefore && data.relativeVerbs?.length
        ? new RegExp(`^[^,;，；。：:与同]{0,${data.relativeBefore.longest}}?(?<!${alternation(data.connectors ?? [])})(?:${alternation(data.relativeVerbs)})${escape(data.relativeBefore.particle)}`, 'u')
        : null,
    allowed: wordSet(allowedList),
    objectWords: wordSet([...data.fillers, ...(data.genitive ?? [])]),
    namedRow: data.namedRow ? { inside: new Set(data.namedRow.inside), conjunctions: new Set(data.namedRow.conjunctions) } : null,
    allowedPattern: spaced ? null : new RegExp(`(?:${alternation([...allowedList, ...(data.connectors ?? [])])})`, 'gu'),
    including: data.including ? new RegExp(`${alternation([data.including.open])}[^,;:，；：。、]{1,${data.including.longest}}?${alternation([data.including.close])}`, 'gu') : null,
    agreementParties:
      spaced && data.agreementParties
        ? new RegExp(`${before}(?:${alternation(data.agreementParties.heads)})\\s+(?:${alternation(data.agreementParties.of)})\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,${data.agreementParties.longest}}?(?:${alternation(data.agreementParties.nouns)})${after}`, 'gu')
        : null,
    connectors: wordSet(data.connectors ?? []),
    rowWords: rowWordsOf(data),
    rowContinuers: spaced && data.listContinuers ? new RegExp(`${before}(?:${alternation(data.listContinuers.including)})${after}`, 'gu') : null,
    proclitics: (data.proclitics ?? []).map((item) => foldText(item)),
    task: taskPattern,
    blockersToTask: spaced && task.bare === true,
    notInfinitives: new Set((task.notInfinitives ?? []).map((word) => foldText(word))),
    taskAdverbBefore: spaced && task.adverbs?.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(task.adverbs)})\\s+$`, 'u') : null,
    partners,
    partnerBefore: data.partners?.length
      ? new RegExp(
          `${before}(?:${alternation([...data.partners, ...(data.support ?? [])])})${data.partnerWork?.length ? `(?:\\s+(?:${alternation(data.partnerWork)}))?` : ''}${data.mandate?.determiners.length ? `(?:\\s+(?:${alternation(data.mandate.determiners.filter((word) => !word.endsWith("'")))})|\\s*(?:${alternation([...data.mandate.determiners.filter((word) => word.endsWith("'")), '\u0000'])}))?` : ''}\\s*$`,
          'u',
        )
      : null,
    partnerCoordinated: partnerCoordinated(data, before),
    blockers,
    blockerIncluding: data.blockersIncluding?.length && data.mandate?.determiners.length
      ? new RegExp(`^(?:${alternation(data.blockersIncluding)})\\s+(?:(?:${alternation(data.mandate.determiners.filter((word) => !word.endsWith("'")))})\\s+|(?:${alternation(data.mandate.determiners.filter((word) => word.endsWith("'")).map((word) => word.slice(0, -1)))})['’]\\s*)?\\p{Lu}`, 'u')
      : null,
    support,
    scans: clitics ? null : markerScans(markerLists),
    resumer: data.resumers?.length ? new RegExp(`^[\\s*_]*(?:${alternation(data.resumers.map((word) => foldText(word)))})${after}`, 'u') : null,
    continuer: data.listContinuers
      ? {
          including: new RegExp(`^[\\s*_]*${clitics}(?:${alternation(data.listContinuers.including)})${after}`, 'u'),
          joining: new RegExp(`^[\\s*_]*${clitics}(?:${alternation(data.listContinuers.joining)})${after}`, 'u'),
          resuming: data.listContinuers.resuming?.length ? new RegExp(`^[\\s*_]*${clitics}(?:${alternation(data.listContinuers.resuming)})${after}`, 'u') : null,
          glued: gluedJoining(data),
        }
      : null,
    supportAfter: data.supportAfter?.length ? new RegExp(`^\\s*(?:${alternation(data.supportAfter)})`, 'u') : null,
    genitive: data.genitive?.length
      ? new RegExp(
          `(?:${before}(?:${alternation(data.genitive.filter((word) => !word.endsWith("'")))})\\s+|${before}(?:${alternation([...data.genitive.filter((word) => word.endsWith("'")), "\u0000"])}))$`,
          'u',
        )
      : null,
    heads: data.heads?.titles.length
      ? new RegExp(
          // Russian and Arabic put the body's name right after the title, in the genitive ("Председателю КТК", "رئيس لجنة …"): no word between
          `${before}(?:${alternation([...data.heads.titles, ...(data.heads.quantifiers ?? [])])})\\s+${data.heads.of.length ? `(?:(?:${alternation(data.heads.of.filter((word) => !word.endsWith("'")))})\\s+|(?:${alternation([...data.heads.of.filter((word) => word.endsWith("'")), '\u0000'])}))` : ''}$`,
          'u',
        )
      : null,
    // (and a subordinate clause up to its comma after it: "Decides that where paragraphs 10 or 11 apply, the FGS shall", 2551)
    // (a phrase between commas may stand before the complementizer too: "يطلب، بالإضافة إلى الأولويات المذكورة أعلاه، أن يواصل")
    that: new RegExp(
      `^${separators}(?:(?:${alternation(clauseLeadWords(lang))})${separators})?${data.that?.length ? `(?:[,،，][^,;،؛，；]{1,${data.thatInsertions?.longest ?? 80}}[,،，]${separators}){0,${data.thatInsertions?.most ?? 1}}${thatWord(data.that, after)}` : ''}${separators}(?:[,،，][^,;،؛，；]{1,80}[,،，]${separators}${data.thatClauses?.length ? `|(?:${alternation(data.thatClauses)})\\s(?:${thatClauseToSubject(data, separators)}[^,;]{1,80}?,)${separators}` : ''})?`,
      'u',
    ),
    agentWords: wordSet(data.passiveAgent?.agents ?? []),
    passiveModal:
      spaced && data.chain !== true && data.passiveAgent?.modals?.length && data.participleAgent
        ? new RegExp(`${before}(?:${alternation(data.passiveAgent.modals)})\\s+(?:${alternation(data.passiveAgent.auxiliaries)})\\s+(?:[\\p{L}-]+(?:${alternation(data.participleAgent.suffixes)})|${alternation(data.participleAgent.words)})${after}`, 'u')
        : null,
    agentBefore:
      spaced && data.chain !== true && data.passiveAgent
        ? new RegExp(`${before}(?:${alternation(data.passiveAgent.agents)})\\s+(?:(?:${alternation(data.passiveAgent.determiners)})\\s+)?$`, 'u')
        : null,
    passiveAgent:
      spaced && data.chain !== true && data.passiveAgent
        ? new RegExp(`${before}(?:${alternation(data.passiveAgent.auxiliaries)})\\s+(?:[\\p{L}-]+\\s+){1,2}(?:${alternation(data.passiveAgent.agents)})\\s+(?:(?:${alternation(data.passiveAgent.determiners)})\\s+)?$`, 'u')
        : null,
    taskingParticiples: wordSet(data.patientPassive?.tasking ?? []),
    patientPassive: spaced && data.patientPassive?.auxiliaries.length ? new RegExp(`^\\s+(?:${alternation(data.patientPassive.auxiliaries)})\\s+([\\p{L}-]+)`, 'u') : null,
    participleAgent:
      spaced && data.participleAgent
        ? {
            pattern: new RegExp(`${before}([\\p{L}-]+)\\s+(?:${alternation(data.participleAgent.agents)})\\s+(?:(?:${alternation(data.participleAgent.determiners)})\\s*)?$`, 'u'),
            suffixes: data.participleAgent.suffixes.map((suffix) => foldText(suffix)),
            words: wordSet(data.participleAgent.words),
          }
        : null,
    adjectives: new Set((data.adjectives ?? []).map((word) => foldText(word))),
    andThat: spaced && data.that?.length && data.coordinators?.length ? new RegExp(`${before}(?:${alternation(data.coordinators)})\\s+(?:${alternation(data.that)})${after}`, 'gu') : null,
    thatEnd: data.that?.length ? new RegExp(`${before}(?:${alternation(data.that)})$`, 'u') : null,
    verbFirst: data.verbFirst === true,
    lastConjunctWords: data.lastConjunctWords ?? 0,
    places: data.places?.length ? new RegExp(`${before}(?:${alternation(data.places)})\\s*$`, 'u') : null,
    modifiedHeads: data.modifiedHeads?.length ? new RegExp(`^${spaced ? '[ \\u00a0]+' : ''}(?:${alternation(data.modifiedHeads)})${after}`, 'u') : null,
    modifiedHeadsOfStates: data.modifiedHeadsOfStates?.length ? new RegExp(`^${spaced ? '[ \\u00a0]+' : ''}(?:${alternation(data.modifiedHeadsOfStates)})${after}`, 'u') : null,
    modifierSuffixes: data.modifierSuffixes?.length ? new RegExp(`^(?:${alternation(data.modifierSuffixes.map((suffix) => foldText(suffix)))})(?![\\p{L}])`, 'u') : null,
    modifiedHeadsBefore: data.modifiedHeadsBefore?.length ? new RegExp(`${before}${clitics}(?:${alternation(data.modifiedHeadsBefore)})${spaced ? '\\s+' : ''}$`, 'u') : null,
    organizationParts: organizationPartsOf(data, spaced, clitics),
    stateQualifier: data.stateQualifiers?.length ? new RegExp(`^\\s*(?:${alternation(data.stateQualifiers)})${after}`, 'u') : null,
    modal: data.modals?.length ? new RegExp(`${before}(?:${alternation(data.modals)})${after}`, 'u') : null,
    writtenModals: writtenForms([...(data.modals ?? []), ...Object.values(data.verbModals ?? {}).flat()]),
    mutualAnd: data.mutualAnd
      ? {
          connectors: new Set(data.mutualAnd.connectors),
          mutual: new RegExp(`^[^,;:，；：。]*?(?:${alternation(data.mutualAnd.mutual)})`, 'u'),
          mutualAfterList: new RegExp(`^[^;:；：。]*?(${alternation(data.mutualAnd.mutual)})`, 'u'),
        }
      : null,
    jointAfter: data.jointAfter
      ? { opener: new RegExp(`^\\s*(?:${alternation(data.jointAfter.openers)})`, 'u'), closer: new RegExp(`(?:${alternation(data.jointAfter.betweens)})(?:${alternation(data.jointAfter.nouns)})`, 'u') }
      : null,
    membersOf: data.membersOf?.length ? new RegExp(`^\\s+(?:${alternation(data.membersOf)})\\s+$`, 'u') : null,
    subjectPrepositions: (data.subjectPrepositions ?? []).map((word) => foldText(word)),
    verbModals: new Map(Object.entries(data.verbModals ?? {}).map(([form, modals]) => [foldText(form), new RegExp(`${before}(?:${alternation(modals)})${after}`, 'u')])),
    infinitiveList: data.infinitiveList?.length ? new RegExp(`${before}(?:${alternation(data.infinitiveList)})\\s*:\\s*$`, 'u') : null,
    modalAfter: data.subjectBeforeModal
      ? new RegExp(`^\\s+(?:${alternation(data.subjectBeforeModal.modals)})${after}${data.subjectBeforeModal.passive.length ? `(?!\\s+(?:${alternation(data.subjectBeforeModal.passive)})${after})` : ''}`, 'u')
      : null,
    subordinatorBefore: data.subjectBeforeModal?.subordinators?.length ? new RegExp(`${before}(?:${alternation(data.subjectBeforeModal.subordinators)})\\s+$`, 'u') : null,
    stativeAfter: data.statives?.length ? new RegExp(`^\\s+(?:${alternation(data.statives)})${after}`, 'u') : null,
    statementEnd: data.statementEnds?.length ? new RegExp(`(?:${alternation(data.statementEnds)})[\\s,，]*$`, 'u') : null,
    importanceAfter: data.importanceModals?.length ? new RegExp(`^[\\s,，]*(?:${alternation(data.importanceModals)})${after}`, 'u') : null,
    obligationAfter: data.obligations?.length
      ? new RegExp(`^\\s+(?:${alternation(data.obligations)})${after}${data.obligationPassive?.length ? `(?!\\s+(?:${alternation(data.obligationPassive)})${after})` : ''}`, 'u')
      : null,
    dates: wordSet(data.months ?? []),
    datePattern: spaced || !data.months?.length ? null : new RegExp(`^(?:\\d|${alternation(data.months)})+$`, 'u'),
    // an adverb may stand between the verb and the phrase: "ويكرر كذلك طلبه بأن", "reiterates further its call"
    phrases: phraseEntries.length
      ? new RegExp(
          // "Reiterates its demand expressed in paragraph 1 of resolution 1640 (2005) that Eritrea reverse": the reference is read past, up to the complementizer
          // (a phrase set off by commas may stand before it: "y reitera también, a este respecto, su solicitud de que", 2525)
          `^${separators}(?:(?:${alternation(clauseLeadWords(lang))})${separators})?(?:[,،，][^,;،؛，；]{1,40}[,،，]${separators})?(${alternation(phraseEntries.map(([phrase]) => phrase))})${after}${spaced && data.phraseReferences?.length && data.that?.length ? `(?:\\s+(?:${alternation(data.phraseReferences)})\\s[^,;]{1,60}?(?=\\s(?:${alternation(data.that)})${after}))?` : ''}`,
          'u',
        )
      : null,
    phraseLemmas: new Map(phraseEntries.map(([phrase, lemma]) => [foldText(phrase), lemma])),
    infinitivePhrases: new Set((data.infinitivePhrases ?? []).map(foldText)),
    infinitiveAfter: data.infinitivePhrases?.length && data.task?.markers?.length ? new RegExp(`^[\\s,]*(?:${alternation(data.task.markers)})\\s`, 'u') : null,
    mandate: mandate
      ? {
          // an of-phrase ending in an elision ("de l'") or, in Arabic, a proclitic ("ولاية المستشار الخاص والفريق": "و") is glued to the body
          nounBefore: nounBefore(mandate.nouns, mandate.of),
          definedNounBefore: nounBefore([...mandate.nouns, ...(mandate.definedNouns ?? [])], mandate.of),
          // the whole text from a restating verb to the body: "the mandate of", "the mandates of the" (`extended`'s `restated`)
          restatedBefore: new RegExp(`^\\s*${mandate.determiners.length ? `(?:(?:${alternation(mandate.determiners)})\\s+)?` : ''}${nounBefore(mandate.nouns, mandate.of).source.slice(before.length)}`, 'u'),
          nounAfter: mandate.possessive.length
            // Chinese may leave the possessive out: "决定将联利支助团任务期延长至…"; the acronym in brackets after a full name
            // stands before it: "决定将联合国伊拉克援助团(联伊援助团)的任务期限延长至…"
            ? new RegExp(`^\\s*(?:[(（][^()（）]{1,24}[)）]\\s*)?(?:${alternation(mandate.possessive)})${spaced ? '(?:\\s+[\\p{L}-]+){0,4}?\\s+' : '?\\s*'}(?:${alternation(mandate.nouns)})${after}`, 'u')
            : null,
          extend: new RegExp(`${before}(?:${alternation(mandate.extend)})${after}`, 'u'),
          definedVerb: mandate.definedVerbs?.length ? new RegExp(`^\\s*(?:${alternation(mandate.definedVerbs)})${after}`, 'u') : null,
          definedCopula: mandate.definedCopulas?.length ? new RegExp(`^\\s*(?:[\\p{L}]+\\s+){1,3}?(?:${alternation(mandate.definedCopulas)})${after}`, 'u') : null,
          // a word or two may stand before it ("决定再次延长其任务期")
          anaphoric: mandate.anaphoric?.length ? new RegExp(`^[^,;:،؛，；。]{0,12}?${before}(?:${alternation(mandate.anaphoric)})${after}`, 'u') : null,
          // "autoriza el envío de 86 observadores militares y 345 observadores de policía civil a la": no clause mark between
          deployment: mandate.deployment?.nouns.length
            ? new RegExp(`^\\s*(?:${alternation(mandate.deployment.nouns)})\\s[^;:()]{1,160}?\\s(?:${alternation(mandate.deployment.to)})\\s*$`, 'u')
            : null,
          deployedOf: mandate.deployedOf?.nouns.length
            ? new RegExp(
                `^\\s*(?:${alternation(mandate.deployedOf.nouns)})(?:\\s+(?:${alternation(mandate.deployedOf.times)})\\s[^,;:()]{1,40}?)?\\s+(?:${alternation(mandate.deployedOf.of)})\\s+${mandate.determiners.length ? `(?:(?:${alternation(mandate.determiners)})\\s+)?` : ''}$`,
                'u',
              )
            : null,
          coordinatedOf: mandate.coordinatedOf?.length
            ? new RegExp(`^\\s*(?:[(（][^()（）]{1,24}[)）]\\s*)?,?\\s*(?:${alternation(mandate.coordinatedOf)})\\s*$`, 'u')
            : null,
          conditions: mandate.conditions?.length ? new RegExp(`${before}(?:${alternation(mandate.conditions)})${after}`, 'u') : null,
          ownedNotTask:
            mandate.ownedNotTasks?.length && mandate.possessive.length
              ? new RegExp(`^(?:${alternation(mandate.possessive)})\\s*(?:${alternation(mandate.ownedNotTasks)})${after}`, 'u')
              : null,
          establish: new RegExp(
            // "to establish for a further period of twelve months, starting from …, a multinational stabilization force", "to establish, in accordance with rule 28 …, a Committee"
            // (up to three phrases between commas: "to establish, within one month …, in consultation with the Committee, for a period of six months, a Panel of Experts", 1760;
            // a noun's "of" after them: "Endorses the establishment, for an initial period of 12 months …, of a United Nations
            // Assistance Mission in Afghanistan (UNAMA)", 1401)
            `${before}(?:${alternation(mandate.establish)})${spaced ? `(?:\\s*[,،])?\\s+(?:[^,;،，]{1,80}[,،]\\s*(?:[^,;،，]{1,120}[,،]\\s*(?:[^,;،，]{1,120}[,،]\\s*)?)?(?:(?:${alternation(mandate.of)})\\s+)?)?` : '\\s*'}${mandate.determiners.length ? `(?:(?:${alternation(mandate.determiners)})\\s+)?` : ''}$`,
            'u',
          ),
          taskNoun: new RegExp(`${before}(?:${alternation(mandate.nouns)})${after}`, 'u'),
          // "à créer pour une nouvelle période de douze mois … une force multinationale de stabilisation (EUFOR ALTHEA)"
          establishDescribed:
            spaced && mandate.indefinite?.length
              // (the period may stand between commas: "a que establezcan, por un nuevo período de 12 meses …, una fuerza multinacional …")
              ? new RegExp(
                  `${before}(?:${alternation(mandate.establish)})(?:\\s*,)?\\s+(?:[^;]{1,200}?\\s)?(?:${alternation(mandate.indefinite)})\\s+(?:[^,;()]{1,60}\\(\\s*` +
                    // or the name given after a longer description: "to establish … a United Nations peacekeeping operation for the region …, with
                    // both military and civilian components, under the name “United Nations Transitional Administration for …” (UNTAES)" (1037)
                    `${mandate.namedAs?.length ? `|[^;()]{1,200}?\\s(?:${alternation(mandate.namedAs)})\\s*[«"“„]?\\s*` : ''})$`,
                  'u',
                )
              // no article to mark the description (ru, ar, zh): the body named in the parentheses that close it, after at most a
              // word or two there ("учредить … многонациональные силы по стабилизации («Операция СЕС", "بإنشاء قوة متعددة الجنسيات
              // لتحقيق الاستقرار (عملية ألثيا التابعة لقوة", "续设一支多国稳定部队(欧盟部队")
              : new RegExp(`${before}(?:${alternation(mandate.establish)})[^;؛；]{0,200}?[(（]\\s*[«"“„]?[^()（）]{0,30}$`, 'u'),
        }
      : null,
    possessiveAfter: mandate?.possessive.length ? new RegExp(`^(?:${alternation(mandate.possessive)})${spaced ? after : ''}`, 'u') : null,
    pronouns: data.pronouns?.length ? new RegExp(`^${separators}(?:${alternation(data.pronouns)})${after}`, 'u') : null,
    jointPossessive: data.joint?.possessives?.length
      ? new RegExp(`^${separators}(?:${alternation(data.joint.possessives)})\\s+(?:(?:${alternation(data.joint.adjectives)})\\s+){0,4}(?:${alternation(data.joint.nouns)})${after}`, 'u')
      : null,
    counted: countedOf(data, separators, before, after),
    complements: data.complements?.length ? new RegExp(`${before}(?:${alternation(data.complements)})\\s+$`, 'u') : null,
    recipientsBefore: data.recipientsBefore?.length ? new RegExp(`^\\s*(?:${alternation(data.recipientsBefore)})`, 'u') : null,
    means: data.means?.markers.length && data.means.suffixes.length
      ? new RegExp(`^(?:${alternation(data.means.markers)})\\s+${data.means.notGerunds?.length ? `(?!(?:${alternation(data.means.notGerunds)})(?![\\p{L}]))` : ''}\\p{L}{2,}(?:${alternation(data.means.suffixes)})(?![\\p{L}])`, 'u')
      : null,
    partnerInfinitive: spaced && data.partnerInfinitive?.markers.length
      ? new RegExp(`${before}(?:${alternation(data.partnerInfinitive.markers)})\\s+${data.partnerInfinitive.notEnding?.length ? `(?!(?:${alternation(data.partnerInfinitive.notEnding)})(?![\\p{L}]))` : ''}(\\p{L}+)`, 'gu')
      : null,
    bareTaskObject: spaced && data.bareTaskObject?.length ? new RegExp(`^\\s+(\\p{Ll}+)\\s+(?:(?:${alternation(data.bareTaskObject)})\\s+)?$`, 'u') : null,
    partnerInfinitiveContinued:
      spaced && data.partnerInfinitive?.markers.length && data.listContinuers
        ? new RegExp(`${before}(?:${alternation(data.listContinuers.including)})\\s+(?:(?:${alternation(data.mandate?.determiners ?? [])})\\s+)?$`, 'u')
        : null,
    beneficiaries: data.beneficiaries?.length ? new RegExp(`${before}(?:${alternation(data.beneficiaries)})${spaced ? '\\s+' : '\\s*'}$`, 'u') : null,
    stateComplements: data.stateComplements?.length ? new RegExp(`${before}(?:${alternation(data.stateComplements)})\\s+$`, 'u') : null,
    stateHeads:
      data.stateHeads?.length && data.stateComplements?.length
        ? new RegExp(`${before}(?:${alternation(data.stateHeads)})\\s+(?:${alternation(data.stateComplements)})\\s+$`, 'u')
        : null,
    objectSuffixes: (data.objectSuffixes ?? []).map((suffix) => foldText(suffix)).sort((a, b) => b.length - a.length),
    // (`singularObjectPronouns`, which are also possessives, only right before the task's bare infinitive: "призывает его
    // санкционировать", not "призывает к его своевременной реализации")
    singularPronouns: data.singularPronouns?.length
      ? new RegExp(
          `^${separators}(?:${alternation(data.singularPronouns)}${data.singularObjectPronouns?.length && data.task?.suffixes?.length ? `|(?:${alternation(data.singularObjectPronouns)})\\s+\\p{L}*(?:${alternation(data.task.suffixes)})` : ''})${after}`,
          'u',
        )
      : null,
    pronounCoordinated:
      spaced && coordinators.length && (data.pronouns?.length || data.singularPronouns?.length)
        ? new RegExp(`^${separators}(?:${alternation([...(data.pronouns ?? []), ...(data.singularPronouns ?? [])])})\\s+(?:${alternation(coordinators)})${after}`, 'u')
        : null,
    resumedPreposition:
      spaced && coordinators.length && data.resumedPrepositions?.length
        ? new RegExp(`[\\s,](?:${alternation(coordinators)})\\s+(?:${alternation(data.resumedPrepositions)})\\s+`, 'gu')
        : null,
    resumedVerbEnd: spaced && data.resumedPrepositions?.length ? new RegExp(`\\s(?:${alternation(data.resumedPrepositions)})\\s*$`, 'u') : null,
    singularPronounsBefore: data.singularPronounsBefore?.length ? new RegExp(`${before}(?:${alternation(data.singularPronounsBefore)})[\\s*_]*$`, 'u') : null,
    singularSuffixes: (data.singularSuffixes ?? []).map((suffix) => foldText(suffix)),
    indefinites: data.indefinites?.length ? new RegExp(`${before}(?:${alternation(data.indefinites)})\\s+$`, 'u') : null,
    joint: data.joint
      ? {
          nouns: wordSet(data.joint.nouns),
          between: wordSet(data.joint.between),
          words: wordSet([...data.joint.nouns, ...data.joint.between, ...data.joint.adjectives]),
          with: wordSet(data.joint.with ?? []),
          agents: wordSet(data.joint.agents ?? []),
          of: wordSet(data.joint.of ?? []),
          ofNouns: wordSet(data.joint.ofNouns ?? []),
          statements: wordSet(data.joint.statements ?? []),
          wordsOf: wordSet([...data.joint.nouns, ...data.joint.between, ...data.joint.adjectives, ...(data.joint.of ?? []), ...(data.joint.ofNouns ?? [])]),
        }
      : null,
    verbLang: lang,
    pronounsBefore: data.pronounsBefore?.length ? new RegExp(`${before}(?:${alternation(data.pronounsBefore)})[\\s*_]*$`, 'u') : null,
    leadTail: new RegExp(`${before}(?:${alternation(lead)})[\\s*_,]*$`, 'u'),
    afterCoordinator: new RegExp(
      `(?:[,;:.،؛，；：。]|${before}(?:${alternation([...coordinators, '\u0000'])})${after}${glue})[\\s*_"“«]*$`,
      'u',
    ),
  };
}

/** The patterns of `counted`: a number phrase, spaces and a plural head, at the zone's start (`pattern`) or anywhere (`search`). */
function countedOf(data: MandateLanguageRules, separators: string, before: string, after: string): Language['counted'] {
  const counted = data.counted;
  if (!counted || Object.keys(counted.numbers).length === 0 || Object.keys(counted.heads).length === 0) return null;
  const phrase = `(${alternation(Object.keys(counted.numbers))})\\s+(${alternation(Object.keys(counted.heads))})${after}`;
  return {
    pattern: new RegExp(`^${separators}${phrase}`, 'u'),
    search: new RegExp(`${before}${phrase}`, 'u'),
    numbers: new Map(Object.entries(counted.numbers).map(([words, count]) => [foldText(words), count])),
    heads: new Map(Object.entries(counted.heads).map(([head, kind]) => [foldText(head), kind])),
  };
}

/**
 * The words that may stand between two names of a that-clause's subject: the zone's fillers, collective words, connectors
 * and articles, but not the words that make the next name a task's, a complement's or an agent's ("to", "for", "in", "by":
 * "conveyed by the Secretariat to all States").
 */
function rowWordsOf(data: MandateLanguageRules): Set<string> {
  const single = [...(data.task?.markers ?? []), ...(data.complements ?? []), ...(data.passiveAgent?.agents ?? []), ...(data.that ?? []), ...(data.blockers ?? [])].filter((phrase) => !/\s/u.test(phrase.trim()));
  const excluded = wordSet(single);
  const words = wordSet([...data.fillers, ...data.collectives, ...(data.connectors ?? []), ...(data.mandate?.determiners ?? [])]);
  return new Set([...words].filter((word) => !excluded.has(word)));
}

/** An organisation's part ending in a proclitic ("التابعة ل"), glued to the name after it. */
const gluedPart = (data: MandateLanguageRules, part: string): boolean => (data.proclitics ?? []).some((clitic) => part.endsWith(` ${clitic}`));

/** The patterns of `organizationParts`: after the name, its nouns with at most two words between (spaced) or three (Chinese); before it, a noun and its proclitics. */
function organizationPartsOf(data: MandateLanguageRules, spaced: boolean, clitics: string): Language['organizationParts'] {
  const parts = data.organizationParts;
  if (!parts) return { after: null, before: null };
  const between = parts.between?.length ? `(?:${spaced ? '[ \\u00a0]+' : ''}(?:${alternation(parts.between)})){0,${spaced ? 2 : 3}}` : '';
  return {
    after: parts.after?.length ? new RegExp(`^${between}${spaced ? '[ \\u00a0]+' : ''}(?:${alternation(parts.after)})${spaced ? '(?![\\p{L}])' : ''}`, 'u') : null,
    // (a part ending in a proclitic is glued to the name: "البعثات السياسية التابعة للأمم المتحدة", the missions belonging to the UN)
    before: parts.before?.length ? new RegExp(`${spaced ? notAfterLetter() : ''}${clitics}(?:(?:${alternation([...parts.before.filter((part) => !gluedPart(data, part)), '\u0000'])})${spaced ? '\\s+' : ''}|(?:${alternation([...parts.before.filter((part) => gluedPart(data, part)), '\u0000'])}))$`, 'u') : null,
  };
}

/**
 * A clause opened by a `thatClauses` word after the complementizer may run over commas to the comma before its subject, a
 * `thatClauseSubjects` determiner and a capitalised name ("Décide … qu'en plus de mettre en œuvre les dispositions énoncées dans
 * son mandat actuel, tel qu'il a été récemment reconduit par la résolution 2545 (2020), la Mission de vérification s'assurera",
 * 2574); the branch is tried first, then the clause up to its first comma.
 */
function thatClauseToSubject(data: MandateLanguageRules, separators: string): string {
  if (!data.thatClauseSubjects?.length) return '';
  const determiners = data.thatClauseSubjects.map((word) => (word.endsWith("'") ? `${escape(word.slice(0, -1))}['’]\\s*` : `${escape(word)}\\s+`));
  return `(?:[^;]{1,${data.thatInsertions?.longest ?? 80}}?,${separators}(?=(?:${determiners.join('|')})\\p{Lu}))|`;
}

function compile(rules: MandateRules): Compiled {
  return {
    mandating: new Set(rules.mandatingLemmas),
    decideThat: new Set(rules.decideThatLemmas),
    objectOrThat: new Set(rules.objectOrThatLemmas ?? []),
    modalThat: new Set(rules.modalThatLemmas ?? []),
    phraseLemmas: new Set(rules.phraseLemmas),
    partnerPhrases: new Set(rules.partnerPhraseLemmas ?? []),
    extension: new Set(rules.extensionLemmas),
    restating: new Set(rules.restatingLemmas ?? []),
    establishedThrough: { lemmas: new Set(rules.establishedThrough?.lemmas ?? []), addressees: new Set(rules.establishedThrough?.addressees ?? []) },
    transparent: new Set(rules.transparentLemmas ?? []),
    directOnly: new Set(rules.directOnly ?? []),
    notMandated: new Set(rules.notMandatedCategories?.categories ?? []),
    relevant: new Set([...rules.mandatingLemmas, ...rules.decideThatLemmas, ...(rules.modalThatLemmas ?? []), ...rules.phraseLemmas, ...rules.extensionLemmas, ...(rules.restatingLemmas ?? [])]),
    languages: new Map(),
    gated: new Set(),
    data: rules.languages,
  };
}

/**
 * Registers the first words of the relevant lemmas' forms, in every verb table where a form's
 * matches start and end at word boundaries, as KEYWORDS' MANDATE_VERB: recogniseEntities' pass
 * over the tokens then marks the paragraphs that may hold one (triggers.ts).
 */
export function prepareMandates(): void {
  compiled ??= compile(loadGazetteer().mandates);
  if (compiled.gated.size > 0) return;
  for (const lang of VERB_LANGUAGES) {
    const { forms, wordBounded } = clauseVerbForms(lang, compiled.relevant);
    const words = wordBounded ? firstWords(forms) : null;
    if (!words) continue;
    for (const word of words) KEYWORDS.add(word, KEYWORD.MANDATE_VERB);
    compiled.gated.add(lang);
  }
}

/** The rules of a language with data (compiled once, on first use: a corpus in one language compiles one), else null. */
function languageRules(rules: Compiled, lang: string): Language | null {
  let language = rules.languages.get(lang);
  if (!language) {
    if (!Object.hasOwn(rules.data, lang)) return null;
    language = compileLanguage(lang, rules.data[lang]!);
    rules.languages.set(lang, language);
  }
  return language;
}

/** How far before a State's name its `places` word may start: "neighbouring the ", "limitrophes de la " (S/RES/1592 para 10). */
const PLACE_WINDOW = 24;

/**
 * A State named as a place, the language's `places` word right before it ("with migrants in Libya", "les réfugiés au Tchad"):
 * for readers outside this module that copy names into a clause (reported.ts' plural object pronouns), as candidates here are
 * made inert.
 */
export function namedAsPlace(lang: string, text: string, start: number): boolean {
  compiled ??= compile(loadGazetteer().mandates);
  const rules = languageRules(compiled, lang) ?? languageRules(compiled, 'en');
  return rules?.places?.test(foldText(text.slice(Math.max(0, start - PLACE_WINDOW), start))) ?? false;
}

/**
 * `units` and `tokens`: foldAndTokenize(doc.text), when the caller has them; `hits`: KEYWORDS.hits(tokens)
 * after prepareMandates, to read only the paragraphs that may hold a verb giving a task.
 */
export function findMandates(
  doc: SegmentedDocument,
  mentions: EntityMention[],
  units?: Uint16Array,
  tokens?: Tokens,
  hits?: readonly number[],
  owned: readonly OwnedPost[] = [],
): MandateMatch[] {
  compiled ??= compile(loadGazetteer().mandates);
  const rules = compiled;
  const own = languageRules(rules, doc.identity.lang);
  const lang = own ?? languageRules(rules, 'en')!;
  const verbLang = own ? doc.identity.lang : 'en';
  // the paragraphs holding the first word of a verb that may give a task (null: every paragraph is read)
  const holding = tokens && hits && rules.gated.has(verbTableOf(verbLang)) ? segmentsHolding(KEYWORD.MANDATE_VERB, hits, tokens, doc.segments) : null;
  const found: MandateMatch[] = [];
  const bySegment = new Map<number, EntityMention[]>();
  for (const mention of mentions) {
    if ((mention.kind !== 'Body' && mention.kind !== 'State') || mention.segment < 0) continue;
    const list = bySegment.get(mention.segment);
    if (list) list.push(mention);
    else bySegment.set(mention.segment, [mention]);
  }
  // the Governments and bodies the document names, for a counted reference whose paragraph names too few ("the two governments")
  let kinds: Array<{ id: string; start: number }> | null = null;
  const namedInDocument = (): Array<{ id: string; start: number }> =>
    (kinds ??= mentions
      .filter((mention) => (mention.kind === 'Body' || (mention.kind === 'State' && !isStateAdjective(doc.text.slice(mention.start, mention.end)))))
      .map((mention) => ({ id: mention.kind === 'State' ? governmentId(mention.id) : mention.id, start: mention.start })));
  // "8. Decides that:" closing a paragraph: its sub-paragraphs ("(a) All Member States shall …") are that-clauses of that verb
  let thatList: { lemma: string; parent: string } | null = null;
  // "requests the Secretary-General to consider undertaking the following:", "请秘书长……开展以下工作：", "shall:": a paragraph
  // closing on a colon after the addressee of its last directive verb opens a list of that addressee's tasks, whose verbs are its
  // own ("(c) 鼓励秘书长特别代表、特使……", "(f) … et exhorter le Gouvernement iraquien"): a body they address is addressed only
  // indirectly, a partner at most
  let taskList: string | null = null;
  // "11. Decides in that regard to:" closing a paragraph: its sub-paragraphs open with a directive verb in its base form ("(b)
  // request the 1540 Committee to continue"), each a clause of that verb (1810)
  let infinitiveList: string | null = null;
  // "1. Decides, on the basis of its assessment …:" closing a paragraph it opens: a sub-paragraph that opens with the
  // complementizer ("(b) That Member States shall notify the Committee", 1792, 1854) is a that-clause of that verb
  let thatItems: { lemma: string; parent: string } | null = null;
  // "7. Decides further that, …, the Council hereby establishes the following … authorities …:" closing a paragraph it opens, and
  // dash items under it that the segmenter keeps in that paragraph ("– UNMOVIC and the IAEA shall determine …", 1441): each item a
  // that-clause of that verb, its subject before its modal (an item naming none is read as any paragraph)
  let dashThat: { lemma: string; parent: string } | null = null;
  const indirect: Array<[number, number]> = [];
  // the one person (the Secretary-General, an envoy) the last directive clause of the previous operative paragraph addressed: the
  // antecedent of a singular pronoun opening the next paragraph ("8. Requests the Secretary-General to submit a new report …; 9.
  // Requests him to also continue to report regularly", S/RES/1834)
  let carried: { index: number; id: string } | null = null;
  doc.segments.forEach((segment, index) => {
    if (!segment.textOf || segment.section !== 'operative') return;
    const carriedIn = carried?.index === index - 1 ? carried.id : null;
    carried = null;
    const text = segmentText(doc, segment);
    if (taskList === null || !segment.paragraph?.startsWith(`${taskList} (`)) taskList = null;
    const previous = index > 0 ? doc.segments[index - 1]! : null;
    if (taskList === null && previous?.paragraph && segment.paragraph?.startsWith(`${previous.paragraph} (`) && tasksListed(rules, lang, verbLang, doc, previous, index - 1, units, found)) {
      taskList = previous.paragraph;
    }
    const task = taskList === null ? null : itemTask(rules, lang, verbLang, doc, segment, units);
    if (task) indirect.push(task);
    // an item of the listed body's own tasks, on no directive verb: a channel it names is the list's verb's partner ("5. Decides to
    // extend the mandate of the current Panel of Experts … to undertake the following tasks: … (e) To report to the Council through
    // the Committee", 1792, 1760; `itemChannels`)
    else if (taskList !== null && lang.itemChannel && bySegment.has(index)) {
      const lemma = found.findLast((match) => match.segment < index && match.role === undefined)?.verb;
      if (lemma && !clauseVerbs(text, 0, verbLang).some((verb) => rules.relevant.has(verb.lemma))) {
        const folded = foldedText(segment, units, text);
        const itemNamed = lang.itemNounPhrase?.test(folded) ? [] : itemCandidates(doc, segment, bySegment.get(index)!);
        const channel = lang.itemChannel;
        // a channel's marker right before the name ("through the Committee")
        const afterChannel = (candidate: Candidate): boolean => channel.test(folded.slice(Math.max(0, candidate.start - 24), candidate.start));
        // a dash item under a lettered heading of the list ("2 (a) Monitoring of the cessation of hostilities … – To liaise with the
        // FANCI … in coordination with the French forces", 1739, 1609): every partner marker of the item gives the list's verb a partner
        // (`dashItemPartners`; the lettered items themselves keep to channels, as q47p measured)
        // (the item opens on the list's infinitive marker, "– To …", not a clause of its own: "– UNIOGBIS will continue …, in
        // coordination with …", 2512; "– continue to support, via the United Nations Mine Action Service, …", 2612; neither the
        // list's own addressee nor a name after a channel's marker, read below: "through the Mission's public information capacity")
        if (lang.dashItem?.test(folded) && DASH_CAPITAL.test(text) && LETTERED.test(segment.paragraph ?? '')) {
          const owners = new Set(found.filter((match) => match.role === undefined && match.segment < index && doc.segments[match.segment]?.paragraph === taskList).map((match) => match.body));
          for (const { candidate, role } of partnersOf(lang, text, folded, new MarkerMatches(folded, lang, null), 0, folded.length, itemNamed)) {
            if (candidate.inert || owners.has(candidate.id) || afterChannel(candidate)) continue;
            addMatch(found, segment, index, lemma, candidate, role);
          }
        }
        for (const candidate of itemNamed) {
          // the channel's own name, no modifier of a noun after it ("through the Mission's public information capacity", "through ONUCI
          // FM", "through the UN transition plan", "through United Nations advisers"): a clause mark or a preposition after it
          if (afterChannel(candidate) && ITEM_CHANNEL_AFTER.test(folded.slice(candidate.end, candidate.end + 40))) {
            addMatch(found, segment, index, lemma, candidate, 'partner');
          }
        }
      }
    }
    if (dashThat !== null && (segment.paragraph !== dashThat.parent || !DASH_CAPITAL.test(text))) dashThat = null;
    if (dashThat !== null) {
      const named = bySegment.get(index);
      const before = found.length;
      if (named) readListItem(rules, lang, verbLang, doc, segment, index, named, dashThat.lemma, units, found);
      if (found.length > before) return;
    } else if (segment.paragraph !== null && !segment.paragraph.includes('(') && doc.text.charCodeAt(segment.end - 1) === 58 /* ':' */ && lang.spaced && !lang.chain && !DASH_CAPITAL.test(text)) {
      const lead = leadVerb(text, verbLang);
      if (lead !== null && rules.decideThat.has(lead)) dashThat = { lemma: lead, parent: segment.paragraph };
    }
    const listed = thatList && segment.paragraph?.startsWith(`${thatList.parent} (`) ? thatList : null;
    thatList = listed ?? (segment.paragraph !== null && doc.text.charCodeAt(segment.end - 1) === 58 /* ':' */ ? listOpening(rules, lang, verbLang, text, segment.paragraph) : null);
    if (thatItems === null || !segment.paragraph?.startsWith(`${thatItems.parent} (`)) thatItems = null;
    if (thatItems !== null && !listed) {
      const named = bySegment.get(index);
      if (named && readThatItem(lang, doc, segment, index, named, thatItems.lemma, units, found)) return;
    }
    if (thatItems === null && thatList === null && segment.paragraph !== null && !segment.paragraph.includes('(') && doc.text.charCodeAt(segment.end - 1) === 58 /* ':' */) {
      const lead = leadVerb(text, verbLang);
      if (lead !== null && rules.decideThat.has(lead)) thatItems = { lemma: lead, parent: segment.paragraph };
    }
    if (infinitiveList === null || !segment.paragraph?.startsWith(`${infinitiveList} (`)) infinitiveList = null;
    const base = infinitiveList === null ? capitalBaseVerb(text, segment.paragraph, verbLang) : baseVerbAt(text, verbLang);
    if (infinitiveList === null && segment.paragraph !== null && doc.text.charCodeAt(segment.end - 1) === 58 /* ':' */ && infinitiveListOpening(rules, lang, verbLang, doc, segment, units)) {
      infinitiveList = segment.paragraph;
    }
    const named = bySegment.get(index);
    if (listed) {
      if (named) readListItem(rules, lang, verbLang, doc, segment, index, named, listed.lemma, units, found);
      return;
    }
    // no word a relevant verb starts with: no verb would pass the relevance test below, none is looked for
    if (holding && holding[index] === 0 && !base && !unsureWithoutTrigger(doc.text, tokens!, segment.start, segment.end)) return;
    const candidates: Candidate[] = [];
    for (const mention of named ?? []) {
      // a name inside another ("… for Afghanistan" in a Special Representative's title) is the outer one's
      const outer = candidates[candidates.length - 1];
      if (outer && mention.start - segment.start >= outer.start && mention.end - segment.start <= outer.end) continue;
      // nor is an acronym in brackets right after the same body's name (a word between at most): it is that mention, read as
      // the name is ("as requested in particular by International Maritime Organization resolution (“IMO”) A-1002(25)", 1838)
      if (outer && outer.id === mention.id && !outer.state && BRACKETED_AFTER.test(doc.text.slice(outer.end + segment.start, mention.start))) continue;
      // a State named by its adjective is no addressee: "the Turkish Cypriot side and Turkish forces", "Afghan territory"
      if (mention.kind === 'State' && isStateAdjective(doc.text.slice(mention.start, mention.end))) continue;
      // a State's name before a noun it qualifies: "促请塞浦路斯两族领导人" (the leaders of the two Cypriot communities), "敦促马里各方"
      if (mention.kind === 'State' && lang.stateQualifier?.test(foldText(doc.text.slice(mention.end, mention.end + 12)))) continue;
      // nor a State that owns what is addressed: "urges Kenya's political leaders", "calls upon Somalia's international partners"
      if (mention.kind === 'State' && lang.possessiveAfter?.test(doc.text.slice(mention.end, mention.end + 4))) continue;
      candidates.push(candidateOf(mention, segment));
    }
    // a paragraph naming no body (or none that can be addressed) may still address some by a counted reference ("invites the
    // three Committees to"): looked for once, and only where a relevant verb may stand
    if (candidates.length === 0 && carriedIn === null && !countedIn(lang, segment, units, text)) return;
    // (from the paragraph's start when its first clause may address, by a pronoun, the person the previous one addressed)
    const from = carriedIn !== null ? 0 : Math.max(0, text.lastIndexOf(' ', Math.max(0, (candidates[0]?.start ?? 0) - VERB_REACH)) + 1);
    const all = clauseVerbs(text, from, verbLang);
    if (base && rules.mandating.has(base.lemma) && !all.some((verb) => verb.start === base.start)) all.unshift(base);
    // a paragraph whose verbs neither give tasks nor extend mandates ("Welcomes", "Condemns") names no addressee: a third of them
    // (the length first here and below: an empty array has another elements kind, which would deoptimise the array builtins' inlined code)
    if (all.length === 0 || !all.some((verb) => rules.relevant.has(verb.lemma))) return;
    const folded = foldedText(segment, units, text);
    const verbs = all.filter((verb) => !rules.transparent.has(verb.lemma) && opensClause(lang, folded, verb) && !adjectiveBeforeName(lang, folded, verb, candidates));
    candidates.forEach((candidate, index) => {
      // a State named as a place ("all parties in Mali", "toutes les parties en République centrafricaine", "все стороны в Мали"),
      // a body's name before a noun it modifies ("the ECOWAS Plan of action", "the African Union Commission"): kept in the
      // zone's words ("calls on all parties in Haiti and on Member States"), never addressed
      // a name glued to a compound it modifies ("encouraged the Kenya-led Multinational Security Support mission"): neither
      if (lang.modifierSuffixes?.test(folded.slice(candidate.end, candidate.end + 12))) candidate.inert = true;
      // (a State too before a head of `modifiedHeadsOfStates`: "through the Afghanistan Support Group", S/RES/1401)
      if (candidate.state ? lang.places?.test(folded.slice(Math.max(0, candidate.start - PLACE_WINDOW), candidate.start)) || lang.modifiedHeadsOfStates?.test(folded.slice(candidate.end, candidate.end + 40)) : lang.modifiedHeads?.test(folded.slice(candidate.end, candidate.end + 40)) || lang.modifiedHeadsBefore?.test(folded.slice(Math.max(0, candidate.start - 24), candidate.start))) {
        candidate.inert = true;
      }
      // the Organization as the modifier of its parts ("relevant United Nations bodies", "وهيئات الأمم المتحدة"): in a row of
      // addressees ("all States, relevant United Nations bodies, including UNSMIL"), never addressed itself
      if (organizationPart(lang, folded, candidate)) candidate.inert = true;
      // the member States of a committee ("ويدعو الدول الأعضاء في اللجنة والشركاء الدوليين", the members of the Agreement Monitoring
      // Committee (a mechanism in bodies.json), as English writes it): not Member States (those of a regional organisation are: "يأذن للدول الأعضاء في الاتحاد الأفريقي")
      const next = candidates[index + 1];
      // (they stand for the committee, as "calls on the members of the CSA" does: the name read in their place, its own mention inert)
      if (candidate.id === 'MemberStates' && next && !next.state && lang.membersOf?.test(folded.slice(candidate.end, next.start)) && MEMBERS_OF.has(bodyCategory(next.id))) {
        candidate.id = next.id;
        next.inert = true;
      }
      const previous = candidates[index - 1];
      // the noun a body's name modifies is no addressee of its own either: "the Presidents of the Mano River Union member States"
      // are the Union's States, not the United Nations' Member States
      if (previous && !previous.state && previous.inert && /^[ \u00a0]+$/u.test(folded.slice(previous.end, candidate.start))) candidate.inert = true;
      // and a State in a row after a place: "all parties in Chad and the Central African Republic"
      if (candidate.state && previous?.state && previous.inert && candidate.start - previous.end < 16 && rowGap(lang, folded.slice(previous.end, candidate.start))) candidate.inert = true;
    });
    // a post its owner's name holds (posts.ts) joins a chain of addressees, never addressed: another organisation's own post, "يشجع
    // الاتحاد الأوروبي، ولا سيما ممثله الخاص لمنطقة الساحل وبعثته للمساهمة في تدريب …" (its Special Representative for the Sahel and its
    // EUTM Mali), no mention, read through; the owner's post right after it, its object ("أن يعين الأمين العام مبعوثه الخاص"), made inert
    if (lang.chain && owned.length > 0) {
      for (const post of owned) {
        if (post.start < segment.start || post.end > segment.end || candidates.length === 0) continue;
        const start = post.start - segment.start;
        const at = candidates.findIndex((candidate) => candidate.start >= start);
        if (at >= 0 && candidates[at]!.start === start) candidates[at]!.inert = true;
        else candidates.splice(at < 0 ? candidates.length : at, 0, { id: post.id, start, end: post.end - segment.start, state: false, inert: true });
      }
    }
    const markers = new MarkerMatches(folded, lang, tokens ? { tokens, offset: segment.start } : null);
    if (lang.spaced) markers.nameSpans(candidates);
    let lastAddressed: Candidate[] = [];
    const addressedAt: Candidate[][] = [];
    const consumed = new Set<number>();
    verbs.forEach((verb, position) => {
      if (consumed.has(position)) return;
      let clauseEnd = verbs[position + 1]?.start ?? text.length;
      const taken = new Set<Candidate>();
      let lemma = verb.lemma;
      let zoneStart = verb.end;
      let phrase = false;
      let infinitivePhrase = false;
      if (rules.phraseLemmas.has(lemma) && lang.phrases) {
        // the phrase may hold the next verb's form as a noun ("reaffirms its urging of ICAO to work", 2610): that verb opens no clause
        const match = lang.phrases.exec(folded.slice(zoneStart, lang.spaced ? (verbs[position + 2]?.start ?? text.length) : clauseEnd));
        if (match && zoneStart + match[0].length > clauseEnd) {
          clauseEnd = verbs[position + 2]?.start ?? text.length;
          consumed.add(position + 1);
        }
        if (match) {
          lemma = lang.phraseLemmas.get(match[1]!) ?? lemma;
          zoneStart += match[0].length;
          phrase = true;
          infinitivePhrase = lang.infinitivePhrases.has(match[1]!);
        }
      }
      let addressed: Array<{ candidate: Candidate; support: boolean }> = [];
      if (!phrase && rules.modalThat.has(lemma)) {
        // "further reiterates in this regard, that UNAMID and UNITAMS should continue to closely cooperate" (2559): the subjects
        // a modal follows right after them, nothing else of the clause
        const subjects = thatSubjects(lang, folded, zoneStart, clauseEnd, candidates, undefined, text);
        const last = subjects.at(-1)?.candidate;
        if (last && lang.obligationAfter?.test(folded.slice(last.end, clauseEnd))) addressed = subjects;
      } else if (!phrase && rules.decideThat.has(lemma)) {
        addressed = thatSubjects(lang, folded, zoneStart, clauseEnd, candidates, lang.verbModals.get(folded.slice(verb.start, verb.end).trim()), text);
        if (addressed.length > 0) addressed.push(...coordinatedThatSubjects(lang, folded, addressed.at(-1)!.candidate.end, clauseEnd, candidates, addressed, text));
        // no that-clause: a directive's object is its addressee, as after "requests" ("demands all Member States not to
        // intervene", "exige de tous les États Membres qu'ils n'interviennent pas", "exige a todos los Estados Miembros que")
        if (addressed.length === 0 && rules.objectOrThat.has(lemma) && !lang.chain && !lang.that.test(folded.slice(zoneStart, clauseEnd))) {
          addressed = zoneAddressees(lang, text, folded, markers, zoneStart, clauseEnd, candidates);
        }
        // a directive verb with its addressee as object, no that-clause (chain languages): "يطالب جميع الأطراف، وخاصة السلطات
        // السورية، بالامتثال", "要求所有各方、特别是叙利亚当局立即履行"
        if (addressed.length === 0 && lang.chain && rules.mandating.has(lemma)) addressed = zoneAddressees(lang, text, folded, markers, zoneStart, clauseEnd, candidates);
      } else if (rules.mandating.has(lemma)) {
        const counted = lang.counted?.pattern.exec(folded.slice(zoneStart, clauseEnd)) ?? null;
        const pronoun = counted ? null : pronounAt(lang, folded, verb, zoneStart, clauseEnd);
        if (counted) {
          // "urges the two States to abide", "invites the three Committees to continue": the bodies it counts, and the names
          // listed after it ("encourages the two Governments and the Commissioners"), not a name inside it ("States")
          const start = zoneStart + counted[0].length - counted[0].trimStart().length;
          const end = zoneStart + counted[0].length;
          const ids = countedAntecedents(lang.counted!.heads.get(counted[2]!)!, lang.counted!.numbers.get(counted[1]!)!, candidates, verb.start, namedInDocument, segment.start);
          addressed = [
            ...ids.map((id) => ({ candidate: { id, start, end, state: false, inert: false }, support: false })),
            ...zoneAddressees(lang, text, folded, markers, zoneStart, clauseEnd, candidates).filter(({ candidate }) => candidate.end <= start || candidate.start >= end),
          ];
        } else if (pronoun === 'singular') {
          // (none after a directive clause that addressed no body but someone else, as for the plural: "Calls on the international
          // community to take immediate steps …, under the authority of the Government of Lebanon, …, and calls on it also to
          // consider further assistance", 1701: the community, not the Government)
          const previous = position > 0 ? verbs[position - 1]! : null;
          const unnamed = previous !== null && lastAddressed.length === 0 && rules.mandating.has(previous.lemma) && !rules.decideThat.has(previous.lemma);
          // (nor a post named after an indefinite article: "Welcomes the Secretary-General's intention to appoint a Special
          // Representative …, and requests him to do so", 1464: the Secretary-General)
          const antecedents = candidates.filter((candidate) => !ofCapitalisedHead(lang, text, folded, candidate) && !indefinite(lang, folded, candidate));
          addressed = unnamed ? [] : singularAntecedent(lastAddressed, antecedents, verb.start).map((candidate) => ({ candidate, support: false }));
          // (the paragraph's first clause, nothing named before it: the person the previous paragraph addressed last, read at the pronoun)
          if (!unnamed && addressed.length === 0 && position === 0 && carriedIn !== null) {
            const word = /[\p{L}\p{M}]+/u.exec(folded.slice(zoneStart, clauseEnd));
            if (word) addressed = [{ candidate: { id: carriedIn, start: zoneStart + word.index, end: zoneStart + word.index + word[0].length, state: false, inert: false }, support: false }];
          }
        } else if (pronoun) {
          // "… engage tous les États … ; et leur demande": the previous clause's addressees, else the bodies the
          // nearest clause before it names ("… des autorités de la Bosnie-Herzégovine …, constate que …, et leur demande")
          let antecedents = lastAddressed;
          for (let back = position - 1; antecedents.length === 0 && back >= -1; back--) {
            // a directive clause before it: its addressees, and none if it addressed no body but someone else ("calls on all
            // political parties … to work … with the facilitation of MONUC … and encourages them": the parties, not MONUC)
            if (back >= 0 && rules.mandating.has(verbs[back]!.lemma) && !rules.decideThat.has(verbs[back]!.lemma)) {
              antecedents = addressedAt[back] ?? [];
              break;
            }
            const from = back >= 0 ? verbs[back]!.start : 0;
            const to = verbs[back + 1]!.start;
            // but not a name that is a complement: "… in support of the peace process in Somalia. The Council urges them"
            antecedents = candidates.filter((candidate) => candidate.start >= from && candidate.end <= to && !candidate.inert && !isComplement(lang, folded, candidate));
            // the agents of the efforts a clause speaks of, when it opens on them: "Welcomes the efforts made by the Government of
            // Sierra Leone and the RUF towards … reaffirmed at the meeting of ECOWAS, the United Nations …, and encourages them" (1370)
            if (back >= 0) antecedents = effortAgents(lang, folded, verbs[back]!.end, antecedents) ?? antecedents;
            // a that-clause's verb before it names them ("Souligne que c'est à l'ensemble des autorités … qu'il incombe …, constate …
            // et leur demande")
            if (back >= 0 && rules.decideThat.has(verbs[back]!.lemma)) break;
          }
          addressed = antecedents.map((candidate) => ({ candidate, support: false }));
        } else if (lang.passiveAgent && (lang.that.test(folded.slice(zoneStart, clauseEnd)) || lang.thatEnd!.test(folded.slice(verb.start, phrase ? zoneStart : verb.end).trimEnd()))) {
          // "Requests that the Secretary-General transfer … to UNMIS", "requests that the Committee's list … be conveyed by the
          // Secretariat to all States", "Demande que la MINUATS … aide le Gouvernement soudanais" (the verb's form holds "que")
          addressed = requestedThat(lang, text, folded, markers, zoneStart, clauseEnd, candidates);
        } else {
          addressed = zoneAddressees(lang, text, folded, markers, zoneStart, clauseEnd, candidates);
          // "Requests that, <an inserted phrase>, X and Y continue", "يطلب أن يواصل X …": the subject of a that-clause
          if (addressed.length === 0) addressed = thatSubjects(lang, folded, zoneStart, clauseEnd, candidates, undefined, text);
          // joint work written after its parties, as English "between" writes it before them
          if (addressed.length === 0 && lang.jointAfter) addressed = jointAfterParties(lang.jointAfter, folded, zoneStart, clauseEnd, candidates);
          // a name read in a row after the addressee that a passive subjunctive follows is the subject of a that-clause done to it,
          // no addressee ("Recommends to the General Assembly that Tuvalu be admitted to membership", S/RES/1290 (2000))
          if (addressed.length > 1 && lang.patientPassive) addressed = addressed.filter(({ candidate }) => !patientOfPassive(lang, folded, candidate.end));
        }
        // "encourages it and all States to take all possible concrete steps" (1345): the names listed after the pronoun too
        const coordinated = pronoun ? lang.pronounCoordinated?.exec(folded.slice(zoneStart, clauseEnd)) : null;
        if (coordinated) {
          const listed = zoneAddressees(lang, text, folded, markers, zoneStart + coordinated[0].length, clauseEnd, candidates);
          addressed.push(...listed.filter(({ candidate }) => !addressed.some((known) => known.candidate.id === candidate.id)));
        }
      }
      // "calls on the United Nations and all parties to facilitate … and on capable Member States to contribute" (S/PRST/2008/27): the
      // verb's own preposition taken up again after the task opens a second list of addressees, each list's last name right before its
      // task's infinitive ("and on the basis of …" names none)
      if (lang.resumedPreposition !== null && lang.infinitiveAfter !== null && rules.mandating.has(lemma) && !rules.decideThat.has(lemma) && lang.resumedVerbEnd!.test(folded.slice(verb.start, zoneStart))) {
        const clause = folded.slice(zoneStart, clauseEnd);
        lang.resumedPreposition.lastIndex = 0;
        for (let match = lang.resumedPreposition.exec(clause); match; match = lang.resumedPreposition.exec(clause)) {
          const listed = zoneAddressees(lang, text, folded, markers, zoneStart + match.index + match[0].length, clauseEnd, candidates).filter(({ support }) => !support);
          const last = listed.at(-1)?.candidate;
          if (!last || !lang.infinitiveAfter.test(folded.slice(last.end, clauseEnd))) continue;
          addressed.push(...listed.filter(({ candidate }) => !addressed.some((known) => known.candidate.start === candidate.start)));
        }
      }
      // "emphasizes the importance for all States to implement": a task marker right after the addressees (or the pronoun standing for
      // them: "underlines the importance for them to continue"), else no directive at all ("Stresses the importance for the United
      // Nations of developing …", 1631; "the importance for UNIPSIL of achieving …", 1886)
      if (infinitivePhrase && addressed.length > 0) {
        const inZone = addressed.filter(({ candidate }) => candidate.start >= zoneStart);
        const end = inZone.length > 0 ? Math.max(...inZone.map(({ candidate }) => candidate.end)) : zoneStart + (/^[\s,]*[\p{L}\p{M}]+/u.exec(folded.slice(zoneStart))?.[0].length ?? 0);
        if (!lang.infinitiveAfter?.test(folded.slice(end, clauseEnd))) {
          // (the clause read as its own verb's: "Stresses the importance of …" gives no partner either)
          addressed = [];
          lemma = verb.lemma;
          zoneStart = verb.end;
          phrase = false;
        }
      }
      if (addressed.length > 0) addressed = addressed.filter(({ candidate }) => !candidate.inert);
      lastAddressed = addressed.length === 0 ? [] : addressed.filter(({ support }) => !support).map(({ candidate }) => candidate);
      addressedAt[position] = lastAddressed;
      if (position === verbs.length - 1) {
        const only = rules.mandating.has(lemma) && !rules.decideThat.has(lemma) && lastAddressed.length === 1 ? lastAddressed[0]!.id : null;
        carried = only !== null && PERSONS.test(only) ? { index, id: only } : null;
      }
      const seen = new Set<string>();
      for (const { candidate, support } of addressed) {
        taken.add(candidate);
        if (seen.has(candidate.id + support)) continue;
        seen.add(candidate.id + support);
        // "reiterates its call upon": the directive's lemma; "emphasizes the responsibility of all States to": a partner of the
        // clause's own verb (a group whose responsibility is only stressed is optional by the gold's rules)
        const partnerPhrase = phrase && rules.partnerPhrases.has(lemma);
        addMatch(found, segment, index, phrase && !partnerPhrase ? lemma : verb.lemma, candidate, support ? 'support' : partnerPhrase ? 'partner' : undefined);
      }
      // "Reaffirms MINUSTAH's mandate to provide operational support" (1743 para 12), "reaffirms the mandate of": the mandate
      // restated is the body's mandate defined (the gold's "defined"; "Reaffirms that UNISFA may undertake", 2609 para 17, required)
      const restated = !rules.extension.has(verb.lemma) && rules.restating.has(verb.lemma);
      if ((restated || rules.extension.has(verb.lemma)) && lang.mandate) {
        for (const candidate of extended(lang, folded, verb, clauseEnd, candidates, false, restated)) {
          if (taken.has(candidate) || candidate.id.startsWith('Gov-')) continue;
          taken.add(candidate);
          addMatch(found, segment, index, verb.lemma, candidate);
        }
      }
      // "Requests the Secretary-General to establish the United Nations Integrated Office in Sierra Leone (UNIOSIL) … with the
      // following key tasks": the office is established as by "decides to establish", when the clause gives it its tasks or
      // mandate (a body created with no task is none: "que cree una Oficina de Apoyo … para prestarle apoyo logístico"), and
      // named, not a common noun ("просит Генерального секретаря учредить группу экспертов")
      else if (lang.mandate && rules.establishedThrough.lemmas.has(lemma) && lastAddressed.some((candidate) => rules.establishedThrough.addressees.has(candidate.id))) {
        for (const candidate of extended(lang, folded, verb, clauseEnd, candidates, true)) {
          if (taken.has(candidate) || candidate.inert || candidate.id.startsWith('Gov-')) continue;
          const first = text[candidate.start]!;
          if (first !== first.toUpperCase() || !lang.mandate.taskNoun.test(folded.slice(candidate.end, clauseEnd))) continue;
          taken.add(candidate);
          addMatch(found, segment, index, verb.lemma, candidate);
        }
      }
      if (!rules.mandating.has(lemma) && !rules.decideThat.has(lemma) && !(rules.modalThat.has(lemma) && addressed.length > 0)) return;
      // "强调必须视需要定期与相关会员国、…以及南苏丹特派团磋商" (2577 para 16): a subjectless modal is "Emphasizes the importance of holding
      // consultations with", addressed to no one, so the names after "与" are no one's partners (as en, fr, ru read it)
      if (addressed.length === 0 && taken.size === 0 && !rules.mandating.has(lemma) && lang.importanceAfter?.test(folded.slice(zoneStart, clauseEnd))) return;
      const addressedIds = new Set([...taken].map((candidate) => candidate.id));
      const partnerItems = partnersOf(lang, text, folded, markers, verb.end, clauseEnd, candidates);
      // "Reaffirms its intention to authorize the Secretary-General to redeploy …, in consultation with … troop-contributing
      // countries" (1739 para 4): the Council's own intention to address a body, which it does not yet, gives the partners of
      // that body's work to no one (`intentions`; every clause that names an unaddressed body before its partners is too wide:
      // 107 items on unsc/text, most right, q49a)
      if (lang.intention?.test(folded.slice(zoneStart, zoneStart + 60)) && taken.size === 0 && partnerItems.length > 0) {
        const first = Math.min(...partnerItems.map(({ candidate }) => candidate.start));
        if (candidates.some((candidate) => candidate.start >= zoneStart && candidate.end <= first && !candidate.inert && !candidate.state && !partnerItems.some((item) => item.candidate === candidate))) return;
      }
      for (const { candidate, role } of partnerItems) {
        if (taken.has(candidate) || addressedIds.has(candidate.id) || candidate.inert) continue;
        taken.add(candidate);
        addMatch(found, segment, index, verb.lemma, candidate, role);
      }
    });
  });
  for (const [from, to] of indirect) for (const match of found) if (match.role === undefined && match.start >= from && match.end <= to) match.role = 'partner';
  // one name read twice, a partner of one clause and the addressee of the next through a pronoun ("reiterates the primary
  // responsibility of States …, and calls upon them to comply", S/PRST/2009/9): the addressee's item, as required wins over optional
  const addressed = new Set(found.filter((match) => match.role === undefined).map((match) => `${match.body} ${match.start}`));
  const direct = rules.directOnly.size === 0 ? found : found.filter((match) => !rules.directOnly.has(match.body) || directAddressee(rules, lang, verbLang, doc, match));
  // an armed group is never annotated, addressed or not (the gold's Rules)
  const kept = rules.notMandated.size === 0 ? direct : direct.filter((match) => !rules.notMandated.has(bodyCategory(match.body)));
  return addressed.size === 0 ? kept : kept.filter((match) => match.role !== 'partner' || !addressed.has(`${match.body} ${match.start}`));
}

/** How far before a common-noun collective its verb is looked for (`directAddressee`). */
const DIRECT_WINDOW = 120;

/**
 * A collective named by a common noun (mandates.json directOnly) is addressed only as the first addressee of a directive verb, with
 * only fillers and collective words between them: "Urges peacekeeping operations to", "Charge les opérations de maintien de la paix
 * des Nations Unies d'intensifier", "敦促维持和平行动促进" (2538, 2518); never a partner, nor "Member States hosting peacekeeping
 * operations" (2518 ¶3), "participation of women in peacekeeping operations", "الخاصة المعنية بعمليات حفظ السلام" (a glued proclitic).
 */
function directAddressee(rules: Compiled, lang: Language, verbLang: string, doc: SegmentedDocument, match: MandateMatch): boolean {
  if (match.role !== undefined) return false;
  const segment = doc.segments[match.segment];
  if (!segment) return false;
  const from = Math.max(segment.start, match.start - DIRECT_WINDOW);
  const before = doc.text.slice(from, match.start);
  const verb = clauseVerbs(before, 0, verbLang).findLast((candidate) => rules.relevant.has(candidate.lemma));
  if (!verb) return false;
  const gap = before.slice(verb.end);
  if (!lang.spaced) return lang.allowedPattern !== null && gap.replace(lang.allowedPattern, '').replace(/[\s\u00a0]+/gu, '') === '';
  const words = foldKey(gap).split(' ').filter(Boolean);
  return !/\p{L}$/u.test(gap) && words.every((word) => lang.allowed.has(word));
}

/** A paragraph's text, its slice of the document (paragraph offsets are offsets in it). */
function segmentText(doc: SegmentedDocument, segment: Segment): string {
  return doc.text.slice(segment.start, segment.end);
}

/**
 * A paragraph's folded text (`text`: segmentText): folding is per code unit, so it is the paragraph's slice of the folded document's
 * units when the caller has them (`units`), else its text folded. Every reader takes it from here: a string of another
 * representation (foldText returns an unchanged paragraph's own sliced string) would make opensClause's property loads
 * megamorphic for the run.
 */
function foldedText(segment: Segment, units: Uint16Array | undefined, text: string): string {
  return units ? decodeUnits(units, segment.start, segment.end) : foldText(text);
}

/** The clause verbs of a paragraph's `text` from `from` that give a task or extend a mandate and open a clause (task lists' reading). */
function relevantOpeningVerbs(rules: Compiled, lang: Language, verbLang: string, segment: Segment, units: Uint16Array | undefined, text: string, from: number): ClauseVerb[] {
  const folded = foldedText(segment, units, text);
  return clauseVerbs(text, from, verbLang).filter((verb) => rules.relevant.has(verb.lemma) && opensClause(lang, folded, verb));
}

/**
 * An item of a list of tasks that opens on its verb ("(c) 鼓励秘书长特别代表……", "(g) and encourage both the Government of Iraq"):
 * the document offsets of that verb's clause, whose addressees are the task's; null for an item without a label (the end of the
 * list's paragraph: "and further requests the Secretary-General to …") or opening on something else.
 */
function itemTask(rules: Compiled, lang: Language, verbLang: string, doc: SegmentedDocument, segment: Segment, units: Uint16Array | undefined): [number, number] | null {
  const text = segmentText(doc, segment);
  const label = /^[\s*_]*(?:[(（][a-z0-9]{1,5}[)）]|[a-z0-9]{1,4}\)|[\u3220-\u3229])[\s*_]*/iu.exec(text);
  if (!label) return null;
  const verbs = relevantOpeningVerbs(rules, lang, verbLang, segment, units, text, label[0].length);
  const first = verbs[0];
  if (!first) return null;
  if (!/^[^\p{P}]{0,12}$/u.test(text.slice(label[0].length, first.start))) {
    // an item opening on another verb ("(f) 指出必须将受武装冲突影响的儿童……，敦促伊拉克政府和联合国国家工作队", note …, and urge
    // the Government of Iraq and the UN Country Team: UNAMI's tasks, 2576 para 4)
    // (but a verb only the Council uses, "authorize", "decide", "extend", is the Council's own: "(k) 注意到……，还授权非索特派团开始
    // 初步工作", noting …, further authorises AMISOM, 2568 para 13)
    const opener = clauseVerbs(text, label[0].length, verbLang)[0];
    if (!opener || opener.start >= first.start || !/^[^\p{P}]{0,12}$/u.test(text.slice(label[0].length, opener.start)) || rules.extension.has(first.lemma)) return null;
  }
  return [segment.start + first.end, segment.start + (verbs[1]?.start ?? text.length)];
}

/**
 * A paragraph closing on a colon ("请秘书长……开展以下工作：", "requests the Secretary-General to consider undertaking the following:")
 * whose last relevant verb addressed a body named after it: the sub-paragraphs that follow are that body's tasks.
 */
function tasksListed(rules: Compiled, lang: Language, verbLang: string, doc: SegmentedDocument, segment: Segment, index: number, units: Uint16Array | undefined, found: MandateMatch[]): boolean {
  const last = doc.text.charCodeAt(segment.end - 1);
  if (last !== 58 /* ':' */ && last !== 0xff1a /* '：' */) return false;
  const text = segmentText(doc, segment);
  // a verb that opens a clause: not the noun "任务授权" (mandate) before the colon
  const verbs = relevantOpeningVerbs(rules, lang, verbLang, segment, units, text, Math.max(0, text.length - 400));
  const verb = verbs[verbs.length - 1];
  if (!verb) return false;
  const from = segment.start + verb.end;
  return found.some((match) => match.segment === index && match.role === undefined && match.start >= from);
}

/**
 * The parties of joint work a language names before its noun (Chinese "呼吁加强所有国家特别是区域各国、联刚稳定团和专家组之间的合作",
 * calls for enhanced cooperation between all States, MONUSCO and the Group of Experts): the names between the directive's opener
 * ("加强") and the noun ("之间的合作"), in one run without a clause comma, when the directive addresses no one before them.
 */
function jointAfterParties(joint: { opener: RegExp; closer: RegExp }, folded: string, zoneStart: number, clauseEnd: number, candidates: Candidate[]): Array<{ candidate: Candidate; support: boolean }> {
  const opener = joint.opener.exec(folded.slice(zoneStart, clauseEnd));
  if (!opener) return [];
  const from = zoneStart + opener[0].length;
  const closer = joint.closer.exec(folded.slice(from, clauseEnd));
  if (!closer || /[,;，；]/u.test(folded.slice(from, from + closer.index))) return [];
  const to = from + closer.index;
  return candidates.filter((candidate) => candidate.start >= from && candidate.end <= to && !candidate.inert).map((candidate) => ({ candidate, support: false }));
}

/** The categories of bodies whose member States are their members, not the United Nations' Member States (`membersOf`). */
const MEMBERS_OF = new Set(['committee', 'mechanism']);

/** A body's category in the gazetteer, a committee named after its resolution being one. */
function bodyCategory(id: string): string {
  return loadGazetteer().entities.get(entityRef('Body', id))?.category ?? (/^Committee\d/u.test(id) ? 'committee' : '');
}

/** A mention as a candidate addressee (paragraph offsets), a State standing for its Government. */
function candidateOf(mention: EntityMention, segment: Segment): Candidate {
  return {
    id: mention.kind === 'State' ? governmentId(mention.id) : mention.id,
    start: mention.start - segment.start,
    end: mention.end - segment.start,
    // every field from the start, `inert` set later in place: one hidden class for every candidate
    state: mention.kind === 'State',
    inert: false,
  };
}

/** A paragraph ending with a that-clause verb and its complementizer ("8. Decides that:", "5. Décide que :"): the list it opens. */
function listOpening(rules: Compiled, lang: Language, verbLang: string, text: string, paragraph: string): { lemma: string; parent: string } | null {
  const verbs = clauseVerbs(text, Math.max(0, text.length - 80), verbLang);
  const last = verbs[verbs.length - 1];
  if (!last || !rules.decideThat.has(last.lemma)) return null;
  const rest = foldText(text.slice(last.end));
  const that = lang.that.exec(rest);
  return that && that[0].trim() !== '' && /^[\s:]*$/u.test(rest.slice(that[0].length)) ? { lemma: last.lemma, parent: paragraph } : null;
}

/** Whether a paragraph closes on "Decides … to:" (`infinitiveList`): its last clause verb decides, its last word is the marker. */
function infinitiveListOpening(rules: Compiled, lang: Language, verbLang: string, doc: SegmentedDocument, segment: Segment, units: Uint16Array | undefined): boolean {
  if (!lang.infinitiveList) return false;
  const text = segmentText(doc, segment);
  const folded = foldedText(segment, units, text);
  if (!lang.infinitiveList.test(folded)) return false;
  const last = clauseVerbs(text, Math.max(0, text.length - 80), verbLang).at(-1);
  return last !== undefined && last.lemma === 'decide' && opensClause(lang, folded, last);
}

/** The candidates of a sub-paragraph read as a clause of its parent's verb: its bodies, and States not named by their adjective. */
function itemCandidates(doc: SegmentedDocument, segment: Segment, named: EntityMention[]): Candidate[] {
  return named.filter((mention) => mention.kind === 'Body' || !isStateAdjective(doc.text.slice(mention.start, mention.end))).map((mention) => candidateOf(mention, segment));
}

/** A sub-paragraph of a "Decides that:" list: the subject before its modal ("(a) All Member States shall", "(a) no later than October 2007, UNAMID shall"). */
function readListItem(
  rules: Compiled,
  lang: Language,
  verbLang: string,
  doc: SegmentedDocument,
  segment: Segment,
  index: number,
  named: EntityMention[],
  lemma: string,
  units: Uint16Array | undefined,
  found: MandateMatch[],
): void {
  const text = segmentText(doc, segment);
  const folded = foldedText(segment, units, text);
  const candidates = itemCandidates(doc, segment, named);
  // the item's own label ("(a)", "(ii)", "–") stands before the subject
  const label = /^[\s*_]*(?:\(?[a-z0-9]{1,4}\)|[–—-])?[\s*_]*/u.exec(folded)![0].length;
  const verbs = clauseVerbs(text, label, verbLang);
  const end = verbs.find((verb) => rules.relevant.has(verb.lemma) && verb.start > label)?.start ?? text.length;
  for (const { candidate } of subjectsFrom(lang, folded, label, end, candidates, undefined, text)) addMatch(found, segment, index, lemma, candidate);
}

/**
 * A sub-paragraph opening with the complementizer under a paragraph that a decideThat verb opens and a colon closes ("1. Decides,
 * on the basis of …: … (b) That Member States shall notify the Committee", 1792): the subject before its modal, as in a
 * that-clause of that verb. False when the item does not open with the complementizer or names no subject (it is then read as any paragraph).
 */
function readThatItem(
  lang: Language,
  doc: SegmentedDocument,
  segment: Segment,
  index: number,
  named: EntityMention[],
  lemma: string,
  units: Uint16Array | undefined,
  found: MandateMatch[],
): boolean {
  if (!lang.spaced || lang.chain) return false;
  const text = segmentText(doc, segment);
  const folded = foldedText(segment, units, text);
  const label = /^[\s*_]*\(?[a-z0-9]{1,4}\)[\s*_]*/u.exec(folded)?.[0].length ?? -1;
  const that = label < 0 ? null : lang.that.exec(folded.slice(label));
  if (!that || that[0].trim() === '' || !/^\p{L}/u.test(folded.slice(label))) return false;
  const candidates = itemCandidates(doc, segment, named);
  const subjects = thatSubjects(lang, folded, label, text.length, candidates, undefined, text);
  for (const { candidate } of subjects) addMatch(found, segment, index, lemma, candidate);
  return subjects.length > 0;
}

/**
 * A mandate of the candidate (paragraph offsets) by the segment's resolution; never the Council itself.
 * A module function, not a closure made per paragraph: every closure the loader names costs a property definition.
 */
function addMatch(found: MandateMatch[], segment: Segment, index: number, verb: string, candidate: Candidate, role?: MandateRole): void {
  if (candidate.id === 'SC') return;
  // `role` always present (undefined when none): one hidden class for every mandate
  found.push({
    resolution: segment.textOf!,
    body: candidate.id,
    verb,
    segment: index,
    start: candidate.start + segment.start,
    end: candidate.end + segment.start,
    role: role || undefined,
  });
}

/**
 * How far before a body its partner marker is read (`partnerBefore`): the longest marker and a noun of work before the name, "to
 * coordinate its activities as appropriate with the operations of the African Union/United Nations Hybrid operation" (S/RES/1779, 1841).
 */
const PARTNER_BEFORE_WINDOW = 100;

/** How far before a body a word governing it as a genitive complement is read ("de la ", "председателя "). */
const GENITIVE_WINDOW = 24;

/** A name right after a genitive word: the complement of a noun ("organismes compétents des Nations Unies"), not the body addressed. */
function afterGenitive(lang: Language, folded: string, candidate: Candidate): boolean {
  // but "the Secretary-General of the United Nations" is the Secretary-General, not the Organization
  return (lang.genitive?.test(folded.slice(Math.max(0, candidate.start - GENITIVE_WINDOW), candidate.start)) ?? false) && (candidate.id === 'UN' || headBefore(lang, folded, candidate.start) < 0);
}

/** How far before a body a post's title governing it is read ("the Executive Director of the "). */
const HEAD_WINDOW = 48;

/**
 * Where a post's title and its genitive word start when they stand right before `end` ("Requests the Chairman of the
 * Committee", "encourages the Director General of the IAEA", "le Président du Comité"), else -1: the post is folded into
 * the body named after it (the mandates gold's rule), so the body is addressed, not a complement.
 */
function headBefore(lang: Language, folded: string, end: number): number {
  if (!lang.heads) return -1;
  const from = Math.max(0, end - HEAD_WINDOW);
  const match = lang.heads.exec(folded.slice(from, end));
  return match ? from + match.index : -1;
}

/** A gap before a name without the post's title that ends it ("the Chairman of the " → "the "). */
function withoutHead(lang: Language, gap: string): string {
  if (!lang.heads) return gap;
  const match = lang.heads.exec(gap.slice(-HEAD_WINDOW));
  return match ? gap.slice(0, gap.length - Math.min(gap.length, HEAD_WINDOW) + match.index) : gap;
}

/** How far before a body its governing verb can be: the verb, fillers, and a list of addressees. */
const VERB_REACH = 400;
/** At most this many words between a partner marker and a State it names ("in cooperation with the Governments of Sudan and South Sudan"). */
const STATE_PARTNER_WORDS = 8;
/** At most this many words between a partner marker and a body named as an owner ("through the Mission's good offices"). */
const OWNER_PARTNER_WORDS = 4;

/** Clause verbs of text[from, end) (lower-cased as a compact copy), offsets in the paragraph. */
function clauseVerbs(text: string, from: number, lang: string): ClauseVerb[] {
  const window = lowerCaseKeepingOffsets(compactCopy(text.slice(from)));
  return findClauseVerbsPrepared(window, lang).map((verb) => ({ lemma: verb.lemma, start: verb.start + from, end: verb.end + from }));
}

/** A participle right before a name is its adjective, no clause verb: "… European Union and concerned Member States for their efforts". */
function adjectiveBeforeName(lang: Language, folded: string, verb: ClauseVerb, candidates: Candidate[]): boolean {
  if (!lang.adjectives.has(folded.slice(verb.start, verb.end))) return false;
  const next = verb.end + (/^[ \u00a0]+/u.exec(folded.slice(verb.end, verb.end + 4))?.[0].length ?? 0);
  return candidates.some((candidate) => candidate.start === next);
}

/**
 * A verb opens a clause at the paragraph's start (after its number, emphasis, the organ as
 * subject and adverbs) or after punctuation or a coordinator: "…, et engage le Comité",
 * "; and requests", "The Council encourages", "ويطلب", "，请"; never "la demande".
 */
function opensClause(lang: Language, folded: string, verb: ClauseVerb): boolean {
  const from = Math.max(0, verb.start - 100);
  // strip the words before the verb one by one ("et leur", "The Council also"), trying at each step
  let before = folded.slice(from, verb.start);
  for (let step = 0; step < 6; step++) {
    if (lang.afterCoordinator.test(before)) return true;
    const shorter = before.replace(lang.leadTail, '');
    if (shorter === before) break;
    before = shorter;
  }
  if (from > 0 && before.length > 12) return false;
  const head = from > 0 ? folded.slice(0, from) + before : before;
  return /^[\s\d.()a-z*_"'«“-]{0,12}$/u.test(head) && !/\p{L}{2}/u.test(head);
}

/**
 * The row of agents a clause's object names first, after a noun of effort and its agent word ("the efforts made by the", "the
 * ongoing efforts of"; `joint`), or null when the object is no such noun: the antecedents of a plural pronoun after it.
 */
function effortAgents(lang: Language, folded: string, objectStart: number, names: Candidate[]): Candidate[] | null {
  if (!lang.joint || names.length === 0 || !jointAgent(lang, folded.slice(objectStart, names[0]!.start))) return null;
  const row = [names[0]!];
  for (const name of names.slice(1)) {
    if (!rowGap(lang, folded.slice(row.at(-1)!.end, name.start))) break;
    row.push(name);
  }
  return row;
}

/** A name right after an indefinite article ("a Special Representative", "un Représentant spécial"): no one yet. */
function indefinite(lang: Language, folded: string, candidate: Candidate): boolean {
  return lang.indefinites?.test(folded.slice(Math.max(0, candidate.start - 8), candidate.start)) ?? false;
}

/** A name that is a complement ("in Somalia", "to the African Union-led process", "President of Haiti"): no antecedent of a pronoun. */
function isComplement(lang: Language, folded: string, candidate: Candidate): boolean {
  const before = folded.slice(Math.max(0, candidate.start - 16), candidate.start);
  if (lang.complements?.test(before)) return true;
  if (candidate.state !== true || !lang.stateComplements?.test(before)) return false;
  // but "the Presidents of the Democratic Republic of the Congo and Rwanda, encourages them": their States' heads
  return !(lang.stateHeads?.test(folded.slice(Math.max(0, candidate.start - 40), candidate.start)) ?? false);
}

/** An object pronoun for the verb ("encourages them", "leur demande", "يشجعها"; "calls on him", "ويدعوه"), plural or singular. */
function pronounAt(lang: Language, folded: string, verb: ClauseVerb, zoneStart: number, clauseEnd: number): 'plural' | 'singular' | null {
  const after = folded.slice(zoneStart, Math.min(clauseEnd, zoneStart + 30));
  if (lang.pronouns?.test(after)) return 'plural';
  // "encourages their continued firm engagement with South Sudan's leaders" (2514): "their" as "them", the agents of the work
  if (lang.jointPossessive?.test(folded.slice(zoneStart, Math.min(clauseEnd, zoneStart + 80)))) return 'plural';
  if (lang.singularPronouns?.test(after)) return 'singular';
  // "يشجعها", "ويدعوه": the verb with its object glued (the verb without it is the same verb)
  if (lang.objectSuffixes.length || lang.singularSuffixes.length) {
    const surface = folded.slice(verb.start, verb.end);
    const glued = (suffixes: string[]): boolean => {
      const suffix = suffixes.find((candidate) => surface.endsWith(candidate));
      return suffix !== undefined && leadVerb(surface.slice(0, surface.length - suffix.length), lang.verbLang) === verb.lemma;
    };
    if (glued(lang.objectSuffixes)) return 'plural';
    if (glued(lang.singularSuffixes)) return 'singular';
  }
  const before = folded.slice(Math.max(0, verb.start - 20), verb.start);
  if (lang.pronounsBefore?.test(before)) return 'plural';
  if (lang.singularPronounsBefore?.test(before)) return 'singular';
  return null;
}

/** Whether a paragraph holds a counted reference ("the three Committees"): only read when it names no body itself. */
function countedIn(lang: Language, segment: Segment, units: Uint16Array | undefined, text: string): boolean {
  if (!lang.counted) return false;
  return lang.counted.search.test(foldedText(segment, units, text));
}

/**
 * The bodies a counted reference stands for ("the two States", "the three Committees"; `kind` "government" or a body category):
 * the last so many of that kind the paragraph names before the verb ("tensions between Chad and the Sudan, urges the two
 * States"), else the ones the document names most before the paragraph, when exactly so many stand out ("Urges the two
 * governments", the Governments of Sudan and South Sudan); none otherwise.
 */
function countedAntecedents(kind: string, count: number, candidates: Candidate[], verbStart: number, named: () => Array<{ id: string; start: number }>, segmentStart: number): string[] {
  const ofKind = (id: string): boolean =>
    kind === 'government' ? id.startsWith('Gov-') : bodyCategory(id) === kind;
  const own: string[] = [];
  for (let at = candidates.length - 1; at >= 0; at--) {
    const candidate = candidates[at]!;
    if (candidate.end > verbStart || !ofKind(candidate.id) || own.includes(candidate.id)) continue;
    own.push(candidate.id);
    if (own.length === count) return own.reverse();
  }
  const counts = new Map<string, number>();
  for (const mention of named()) if (mention.start < segmentStart && ofKind(mention.id)) counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length < count || (ranked.length > count && ranked[count]![1] >= ranked[count - 1]![1])) return [];
  return ranked.slice(0, count).map(([id]) => id);
}

/**
 * A name right after a capitalised noun and a genitive word, no name itself: the complement of a body's name the gazetteer
 * does not hold ("prend note de la demande de ce dernier tendant à ce que la Commission de l'Union africaine achève …, et
 * l'exhorte", "la Comisión de la Unión Africana … y lo insta", 2568 ¶2: the Peace and Security Council named before, as en "the
 * African Union Commission", whose AU is a modifier): no antecedent of a singular pronoun.
 */
function ofCapitalisedHead(lang: Language, text: string, folded: string, candidate: Candidate): boolean {
  const from = Math.max(0, candidate.start - GENITIVE_WINDOW);
  const genitive = lang.genitive?.exec(folded.slice(from, candidate.start));
  if (!genitive) return false;
  const end = from + genitive.index;
  // (a capitalised word after a lower-case one or an elided article: a name's head, not a sentence's first word)
  return /(?:\p{Ll}+\s+|\p{Ll}['’])\p{Lu}\p{Ll}+\s*$/u.test(text.slice(Math.max(0, end - 32), end));
}

/**
 * What a singular pronoun stands for: the previous clause's one addressee, else the
 * Secretary-General or an envoy named last before the verb ("… initiatives undertaken by the
 * Secretary-General …, and calls on him"), else the body named last before it.
 */
function singularAntecedent(lastAddressed: Candidate[], candidates: Candidate[], verbStart: number): Candidate[] {
  if (lastAddressed.length === 1) return lastAddressed;
  const before = candidates.filter((candidate) => candidate.end <= verbStart && !candidate.inert);
  const person = [...before].reverse().find((candidate) => PERSONS.test(candidate.id));
  if (person) return [person];
  // a collective ("Member States") is no antecedent of a singular pronoun
  const single = [...before].reverse().find((candidate) => loadGazetteer().entities.get(entityRef('Body', candidate.id))?.category !== 'collective');
  return single ? [single] : [];
}

/** Bodies that are persons: the Secretary-General and the posts of envoys.json (SRSG, SRSG-AF …). */
const PERSONS = /^(?:SG|SRSG|SpecialEnvoy|PersonalEnvoy)(?:-|$)/u;

/** A gap of allowed words, or of words of joint work and conjunctions only: "продолжать и " before "углублять сотрудничество между". */
function jointRun(lang: Language, gap: string): boolean {
  if (allowedGap(lang, gap, false)) return true;
  const words = gap.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return words.length <= 4 && words.every((word) => lang.joint!.words.has(word) || lang.connectors.has(word) || lang.allowed.has(word));
}

/**
 * Where the task begins: the first infinitive or complementizer outside a body's name; `complementizer`: the zone it bounds
 * was opened by a complementizer ("просит далее, чтобы X"), so its addressee is a subject.
 */
function taskStart(lang: Language, text: string, folded: string, from: number, to: number, candidates: Candidate[]): { start: number; complementizer: boolean } {
  let complementizer = false;
  if (!lang.task) return { start: to, complementizer };
  const pattern = lang.task;
  pattern.lastIndex = from;
  for (let match = pattern.exec(folded); match && match.index < to; match = pattern.exec(folded)) {
    if (letterBefore(folded, match.index)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    const word = match[1];
    if (candidates.some((candidate) => match!.index >= candidate.start && match!.index < candidate.end)) continue;
    // "просит, чтобы X", "просит далее, чтобы X", "Solicita que X": a complementizer right after the verb (and its adverbs) opens
    // the addressee, not the task
    if (word === undefined && allowedGap(lang, folded.slice(from, match.index), false) && !candidates.some((candidate) => candidate.start >= from && candidate.start < match!.index)) {
      complementizer = true;
      continue;
    }
    if (word !== undefined) {
      // (but a word after an adverb that is a verb itself ("continue", "take") makes that adverb the infinitive: "encourages the
      // Secretary-General to continue his consultations with relevant parties, in particular the African Union", "urges the Special
      // Representative to take all necessary steps so that BINUCA will be" address the Secretary-General and the Special Representative only)
      if (lang.notInfinitives.has(word) && lang.taskAdverbBefore?.test(match[0].slice(0, match[0].length - word.length))) return { start: match.index, complementizer };
      // (and, where the task is a bare infinitive, one of joint work right after the verb, a word of `joint`: "рекомендует наладить оперативный обмен
      // информацией между МООНЮС и Группой экспертов" addresses the two, when the gap speaks of joint work between them)
      // ("рекомендует продолжать и углублять сотрудничество между ИКАО и ИДКТК": and after another such infinitive)
      if (lang.notInfinitives.has(word) || (lang.blockersToTask && lang.joint?.words.has(word) && jointRun(lang, folded.slice(from, match.index)))) {
        pattern.lastIndex = match.index + 1;
        continue;
      }
      // "de Daech", "a Abyei" are names, not tasks: the original text has the capital (but not in a title written in capitals,
      // "DEMANDE AUX ETATS DE RENFORCER LA LUTTE … VERS L'AFGHANISTAN", where every word has one: no lower-case letter from the
      // zone's start to the end of the word)
      const wordStart = match.index + match[0].length - word.length;
      if (/\p{Lu}/u.test(text[wordStart] ?? '') && /\p{Ll}/u.test(text.slice(from, wordStart + word.length))) {
        pattern.lastIndex = match.index + 1;
        continue;
      }
    }
    return { start: match.index, complementizer };
  }
  return { start: to, complementizer };
}

/** The addressees of a verb's zone: a list in English, French, Spanish, Russian; a chain in Arabic, Chinese. */
function zoneAddressees(
  lang: Language,
  text: string,
  folded: string,
  markers: MarkerMatches,
  zoneStart: number,
  clauseEnd: number,
  candidates: Candidate[],
): Array<{ candidate: Candidate; support: boolean }> {
  if (lang.chain) return chainFrom(lang, folded, zoneStart, clauseEnd, candidates, false).map((candidate) => ({ candidate, support: false }));
  const { start: end, complementizer } = taskStart(lang, text, folded, zoneStart, clauseEnd, candidates);
  let inZone = candidates.filter((candidate) => candidate.start >= zoneStart && candidate.end <= end);
  if (inZone.length === 0) return [];
  // "просит далее, чтобы Специальный представитель … и МООНСИ, действуя …": the subject, the names in a row after the
  // complementizer; the names after them are the clause's complements
  if (complementizer) inZone = rowFrom(lang, folded, inZone, 0);
  const skipped = [
    ...(lang.partners ? markers.regions(lang.partners, zoneStart, end) : []),
    // (a blocker inside a body's name is part of it: "the Committee established pursuant to resolution 1267 (1999) and the
    // Committee established pursuant to resolution 1373 (2001)")
    ...(lang.blockers
      ? markers
          .regions(lang.blockers, zoneStart, end)
          .filter(([from]) => !inZone.some((candidate) => from > candidate.start && from < candidate.end))
          // ("les missions des Nations Unies présentes dans la région, dont la Force intérimaire …", 2524, 2579: "including")
          .filter(([from]) => !lang.blockerIncluding?.test(text.slice(from, from + 40)))
          .map(([from, to]): [number, number] => [from, blockerEnd(lang, folded, zoneStart, from, to, end)])
      : []),
  ];
  const supported = lang.support ? markers.regions(lang.support, zoneStart, end) : [];
  const result: Array<{ candidate: Candidate; support: boolean }> = [];
  let continued: Candidate | null = null;
  // joint work's agent ("urges prompt reporting by the Secretary-General to the Security Council and troop-contributing
  // countries"): the agent's row only, not the names its work goes to
  let agentRow = false;
  for (const candidate of inZone) {
    if (agentRow && !rowGap(lang, folded.slice(result.at(-1)!.candidate.end, candidate.start))) break;
    // the nearest marker before the body decides: "avec le soutien de sa Direction exécutive et en coordination avec …"
    const supportFrom = nearestRegion(supported, candidate.start);
    const skipFrom = nearestRegion(skipped, candidate.start);
    if (skipFrom > supportFrom) continue;
    const support = supportFrom > skipFrom;
    // (but the verb's own preposition is no genitive: "exige de tous les États Membres qu'ils", not "les organismes des Nations Unies")
    // (nor the genitive that names joint work's agents: "Requests the full cooperation of Member States")
    if (!support && afterGenitive(lang, folded, candidate) && !(result.length === 0 && (verbObject(lang, folded.slice(zoneStart, candidate.start)) || jointOfAgent(lang, folded.slice(zoneStart, candidate.start))))) continue;
    // a name right after another's and a genitive word is its complement, though a post's title ends the other's name:
    // "the Emergency Relief Coordinator of the Secretary-General" is not the Secretary-General
    if (result.length > 0 && complementOf(lang, folded, result.at(-1)!.candidate, candidate)) continue;
    // after the first addressee, a name marked as owner heads no list item, what it owns does: "Calls upon Member
    // States, in response to the Secretary-General's letter …, to support", "when submitting new names to the Committee's list"
    if (result.length > 0 && lang.possessiveAfter?.test(text.slice(candidate.end, candidate.end + 4))) continue;
    // nor the agent of a participle inserted after it: "encourages Member States, as suggested by the Secretary-General, to consider"
    if (result.length > 0 && agentOfParticiple(lang, folded, candidate.start) >= 0) continue;
    // nor a name a list continuer adds to the noun of a phrase inserted after it: "requests the Secretary-General, addressing
    // perspectives from all relevant actors, including the SRSG, … to provide" (the actors, not a second addressee; 2531, 2584)
    // (and the names in a row after it: "with the assistance of the international community, including the Operation Enduring
    // Freedom coalition and the International Security Assistance Force, … to continue", 1589)
    if (
      result.length > 0 &&
      (continuesInserted(lang, folded.slice(result.at(-1)!.candidate.end, candidate.start)) ||
        (continued !== null && continued.end <= candidate.start && rowGap(lang, folded.slice(continued.end, candidate.start))))
    ) {
      continued = candidate;
      continue;
    }
    if (
      result.length === 0 &&
      !allowedGap(lang, withoutInsertion(lang, folded.slice(zoneStart, candidate.start)), false) &&
      !afterTime(lang, folded.slice(zoneStart, candidate.start)) &&
      !namesBefore(lang, text.slice(zoneStart, candidate.start)) &&
      !allowedWithStateAdjectives(lang, text.slice(zoneStart, candidate.start))
    )
      return [];
    if (result.length === 0 && lang.joint) agentRow = jointAgent(lang, folded.slice(zoneStart, candidate.start));
    // a bare verb right after an addressee opens its task, the name after it is its object: "requests MONUSCO support the
    // government in advancing women's political participation" (2556, 2612 para 32: a that-clause without "that"); a place read
    // later goes the same way ("the States neighbouring the Democratic Republic of the Congo, particularly Rwanda and Uganda", 1493)
    if (result.length > 0 && bareTask(lang, text.slice(result.at(-1)!.candidate.end, candidate.start))) continue;
    result.push({ candidate, support });
  }
  return result;
}

/** A gap between two names that is one lower-case word, no list word, and a determiner (`bareTaskObject`): a bare verb and its object. */
function bareTask(lang: Language, gap: string): boolean {
  const word = lang.bareTaskObject?.exec(gap)?.[1];
  if (word === undefined) return false;
  const folded = foldText(word);
  return !lang.rowWords.has(folded) && !lang.allowed.has(folded) && !lang.connectors.has(folded) && (lang.rowContinuers ? ` ${folded} `.replace(lang.rowContinuers, ' ').trim() !== '' : true) && !folded.endsWith('ly') && !(lang.continuer?.joining.test(` ${folded}`) ?? false);
}

/**
 * The gap before a first addressee without a phrase set off by commas right after the verb: "Invites, in the interests of
 * transparency, individuals, companies and States, which have been named …, to send" (1457 para 11). Spaced languages only.
 */
function withoutInsertion(lang: Language, gap: string): string {
  if (!lang.spaced || !gap.startsWith(',', gap.length - gap.trimStart().length)) return gap;
  const inserted = /^\s*,[^,;:()]{1,60},/u.exec(gap);
  return inserted ? gap.slice(inserted[0].length) : gap;
}

/**
 * A time phrase right after the verb, then allowed words only: "Authorizes from the date of adoption of this resolution the French
 * forces to use", "Authorizes for a period of 12 months from 4 April 2004 the French forces to" (1739, 1609, 1528; `timeInsertions`).
 */
function afterTime(lang: Language, gap: string): boolean {
  const time = lang.timeInsertion?.exec(gap);
  return time !== null && time !== undefined && time[0].trim() !== '' && allowedGap(lang, gap.slice(time[0].length), false);
}

/**
 * Where a blocker's region ends: at its comma, or, where the task is a bare infinitive and no comma sets the blocker off,
 * at the task: "просит Генерального секретаря с учетом мандатов и сравнительных преимуществ МИНУСМА, ее целевого фонда и
 * страновой группы Организации Объединенных Наций обеспечить" addresses the Secretary-General only.
 */
function blockerEnd(lang: Language, folded: string, zoneStart: number, from: number, to: number, taskAt: number): number {
  return lang.blockersToTask && from > zoneStart && !/[,،]\s*$/u.test(folded.slice(zoneStart, from)) ? Math.max(to, taskAt) : to;
}

/**
 * A gap made of names the gazetteer does not know, in capitals, before a conjunction: the list of addressees opens with
 * them and goes on with the body after it ("urges the Haitian National Police and MINUSTAH to continue", "requests the
 * Mediation Group and the IWG to monitor", "demands the SLM/A, the JEM and the Government of Sudan to"). Lower-case
 * words other than those inside a name ("of", "the") end it: "urges the Ivorian parties and …" opens no list.
 */
function namesBefore(lang: Language, gap: string): boolean {
  if (!lang.namedRow) return false;
  const tokens = gap.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’./-]*|,/gu) ?? [];
  // the determiners before the body ("and the Government of Sudan")
  while (tokens.length > 0 && lang.allowed.has(tokens.at(-1)!) && !lang.namedRow.conjunctions.has(tokens.at(-1)!)) tokens.pop();
  const last = tokens.at(-1);
  if (last === undefined || !lang.namedRow.conjunctions.has(last) || tokens.length > 16) return false;
  let names = 0;
  let inName = false;
  for (const token of tokens.slice(0, -1)) {
    if (token === ',' || lang.namedRow.conjunctions.has(token)) {
      if (!inName) return false;
      inName = false;
    } else if (/^\p{Lu}/u.test(token)) {
      if (!inName) names++;
      inName = true;
    } else if (!lang.namedRow.inside.has(token) && (inName || !lang.allowed.has(token))) {
      // a lower-case word: inside a name ("of", "the"), or a filler before one ("all")
      return false;
    }
  }
  return names > 0 && inName;
}

/**
 * A gap of allowed words once a State's adjectives are left out: the parties or authorities a State's adjective qualifies are
 * no addressee, and a list goes on past them ("calls upon all Somali parties and Member States to extend", "demands that all
 * Congolese parties and all States in the region actively prevent"; S/PRST/2005/32, S/RES/1484).
 */
function allowedWithStateAdjectives(lang: Language, gap: string): boolean {
  if (!lang.spaced) return false;
  const words = gap.match(/[\p{L}\p{N}\p{M}]+(?:['’][\p{L}]+)?/gu) ?? [];
  const rest = words.filter((word) => !isStateAdjective(word));
  return rest.length < words.length && allowedGap(lang, foldText(`${rest.join(' ')} `), false);
}

/** `candidate` right after `previous` and a genitive word only ("of the"): a complement of the other's name. */
function complementOf(lang: Language, folded: string, previous: Candidate, candidate: Candidate): boolean {
  const gap = folded.slice(previous.end, candidate.start);
  return !previous.state && /^[\s\p{L}]+$/u.test(gap) && (lang.genitive?.test(gap) ?? false) && gap.trim().split(/\s+/u).every((word) => lang.objectWords.has(word));
}

/**
 * A gap of fillers and genitive words only ("de tous les"), or none (the name right after a phrase that ends in its own genitive
 * word: "emphasizes the responsibility of all States to"): the name after it is the verb's object.
 */
function verbObject(lang: Language, gap: string): boolean {
  const words = gap.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return words.length <= 4 && words.every((word) => lang.objectWords.has(word));
}

/**
 * Bodies in a row from `from`: the first after allowed words only, each next one after
 * conjunctions, fillers and collective words ("الأمين العام والبلدان المساهمة", "秘书长及部队派遣国").
 */
function chainFrom(lang: Language, folded: string, from: number, to: number, candidates: Candidate[], dates: boolean): Candidate[] {
  const chain: Candidate[] = [];
  let position = from;
  // the chain of a joint work's parties ("يحث على التنسيق عن كثب فيما بين X، ومنها Y، وبوجه خاص مع Z"): "with" may take it up again
  let jointWith = false;
  for (const candidate of candidates) {
    if (candidate.start < from) continue;
    if (candidate.end > to) break;
    // joint work opens the list ("يشجع على مواصلة التعاون بين X وY"), never continues it: "يشجع الأمين العام على مواصلة تعزيز التعاون بين …" addresses the Secretary-General
    const gap = folded.slice(position, candidate.start);
    // after the first, a body joins the chain by a conjunction or a comma: "الدول الأعضاء في الاتحاد الأفريقي" (the Member
    // States of the African Union) is one addressee, though "في" is a word of a filler ("في هذا الصدد")
    // (the first after a State's adjective and the parties it qualifies: "Demands that all Congolese parties and all States in the
    // Great Lakes region respect human rights, cooperate with …", 1484 para 7, as in a zone)
    const joins = chain.length === 0 || joined(lang, gap);
    // ("鼓励联苏综合援助团与政府间发展组织(伊加特)也确保两者的支助工作": "与" joins the two when "也" follows, 2579)
    const mutual = chain.length > 0 && lang.mutualAnd !== null && mutualJoins(lang, gap, folded, candidate, to, candidates);
    const withJoint = jointWith && joins && allowedGap(lang, withoutWords(gap, lang.joint!.with), dates, false);
    if (!mutual && !withJoint && !(joins && allowedGap(lang, gap, dates, chain.length === 0)) && !(chain.length > 0 && resumed(lang, folded, position, candidate.start, dates)) && !(chain.length === 0 && relativeFirst(lang, gap, folded.slice(candidate.start, candidate.end), dates)) && !(chain.length === 0 && allowedWithStateAdjectives(lang, gap))) break;
    if (chain.length === 0 && lang.joint !== null && lang.joint.with.size > 0) jointWith = jointGap(lang, gap);
    chain.push(candidate);
    position = candidate.end;
  }
  return chain;
}

/**
 * A partner word joining two addressees of a chain when a mutual word follows: right after the second ("A与B也确保两者的…",
 * 2579), or after a list of further bodies ("敦促联合国在该区域的特派团，包括X，特别是与Y，以及Z、W和V相互密切协调": Y, Z, W
 * and V coordinate with the others, 2524); fillers may stand before the partner word ("特别是").
 */
function mutualJoins(lang: Language, gap: string, folded: string, candidate: Candidate, to: number, candidates: Candidate[]): boolean {
  const { connectors, mutual, mutualAfterList } = lang.mutualAnd!;
  if (connectors.has(gap.trim()) && mutual.test(folded.slice(candidate.end, to))) return true;
  const bare = lang.allowedPattern === null ? '' : gap.replace(/^[\s,，、)）]+/u, '').replace(lang.allowedPattern, '').trim();
  if (!connectors.has(bare)) return false;
  const tail = folded.slice(candidate.end, to);
  const hit = mutualAfterList.exec(tail);
  if (hit === null) return false;
  const stop = candidate.end + hit[0].length - hit[1]!.length;
  let rest = '';
  let position = candidate.end;
  for (const other of candidates) {
    if (other.start < candidate.end) continue;
    if (other.end > stop) break;
    rest += `${folded.slice(position, other.start)} `;
    position = other.end;
  }
  if (position === candidate.end || folded.slice(position, stop).replace(/[(（][^)）]*[)）]/gu, '').trim() !== '') return false;
  return allowedGap(lang, rest.replace(/[(（][^)）]*[)）]/gu, ''), false, false);
}

/** Whether a gap speaks of joint work: a word of "between" and a noun of joint work ("التنسيق عن كثب فيما بين"). */
function jointGap(lang: Language, gap: string): boolean {
  return speaksOfJoint(lang, gap.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []);
}

/**
 * Whether a gap ends on the agent of joint work after its noun: "prompt reporting by the" (the language has `joint`); a post's
 * title before the name is the name's ("a further report from the Director General of the IAEA", S/RES/1747).
 */
function jointAgent(lang: Language, gap: string): boolean {
  const words = withoutHead(lang, gap).match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const of = jointOf(lang, words);
  const agent = Math.max(words.findLastIndex((word) => lang.joint!.agents.has(word)), of);
  if (agent < 0 || !words.slice(agent + 1).every((word) => lang.allowed.has(word))) return false;
  return agent === of || (agent > 0 && words.slice(0, agent).some((word) => lang.joint!.nouns.has(word)));
}

/**
 * Where the last genitive word that names joint work's agents stands, right after one of its nouns (`joint.of`, `joint.ofNouns`),
 * or -1: "Requests the full cooperation of Member States" (2616), "Encourages the ongoing efforts of ECOWAS" (1370); a narrow form:
 * "the implementation of", "the commitments of" name none. A language that writes the genitive as a case, with no word
 * (Russian: `ofNouns` only), names the agents right after the noun: "призывает к достижению дальнейшего прогресса ВСДРК" (2612).
 */
function jointOf(lang: Language, words: readonly string[]): number {
  const joint = lang.joint!;
  if (joint.of.size === 0) return joint.ofNouns.size > 0 ? words.findLastIndex((word) => joint.ofNouns.has(word)) : -1;
  return words.findLastIndex((word, index) => index > 0 && joint.of.has(word) && joint.ofNouns.has(words[index - 1]!));
}

/** Whether a gap ends on a genitive word that names joint work's agents and allowed words: "the full cooperation of ". */
function jointOfAgent(lang: Language, gap: string): boolean {
  if (!lang.joint) return false;
  const words = gap.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const of = jointOf(lang, words);
  return of >= 0 && words.slice(of + 1).every((word) => lang.allowed.has(word));
}

/** Whether `words` hold a word of "between" and a noun of joint work (the language has `joint`). */
function speaksOfJoint(lang: Language, words: readonly string[]): boolean {
  return words.some((word) => lang.joint!.between.has(word)) && words.some((word) => lang.joint!.nouns.has(word));
}

/** A gap without the words of `drop` ("، وبوجه خاص مع " → "، وبوجه خاص "). */
function withoutWords(gap: string, drop: Set<string>): string {
  return gap.replace(/[\p{L}\p{N}\p{M}]+/gu, (word) => (drop.has(word) ? '' : word));
}

/** A relative clause and allowed words before a chain's first addressee: "敦促派遣军警人员的所有会员国采取适当预防行动" (2579). */
function relativeFirst(lang: Language, gap: string, name: string, dates: boolean): boolean {
  if (!lang.relativeBefore?.heads.some((head) => name.endsWith(head))) return false;
  const clause = lang.relativeBefore.clause.exec(gap);
  return clause !== null && allowedGap(lang, gap.slice(clause[0].length), dates);
}

/** A gap of words between two bodies of a chain holds a conjunction or a comma ("و", "أو", "和", "及", "、", "،"). */
function joined(lang: Language, gap: string): boolean {
  if (/[,،，、]/u.test(gap) || !/\p{L}/u.test(gap)) return true;
  if (!lang.spaced) {
    for (const connector of lang.connectors) if (gap.includes(connector)) return true;
    return false;
  }
  // (a proclitic alone is part of the next name: "مطالبة مجلس الأمن لحكومتي السودان")
  const words = (gap.match(/[\p{L}]+/gu) ?? []).filter((word) => !lang.proclitics.includes(word));
  return words.length === 0 || words.some((word) => lang.connectors.has(word) || lang.connectors.has(word.slice(0, 1)));
}

/** The longest phrase (in words) inserted between two addressees of a chain. */
const RESUMED_INSERT_WORDS = 12;

/**
 * A chain taken up again after a phrase inserted between commas: "يطلب إلى القوة، في حدود قدراتها
 * ومواردها المتاحة، وإلى الدول الأعضاء". The gap is a comma, a short phrase, a comma, a resuming word
 * ("وإلى") and only allowed words.
 */
function resumed(lang: Language, folded: string, from: number, to: number, dates: boolean): boolean {
  if (!lang.resumer) return false;
  const first = nextComma(folded, from);
  if (first < 0 || first >= to || folded.slice(from, first).trim() !== '') return false;
  let last = first;
  for (let comma = nextComma(folded, first + 1); comma >= 0 && comma < to; comma = nextComma(folded, comma + 1)) last = comma;
  if (last === first) return false;
  const inserted = folded.slice(first + 1, last);
  if (/[;؛；]/u.test(folded.slice(first, last + 1)) || (inserted.match(/[\p{L}\p{N}]+/gu) ?? []).length > RESUMED_INSERT_WORDS) return false;
  const hit = lang.resumer.exec(folded.slice(last + 1, to));
  return hit !== null && allowedGap(lang, folded.slice(last + 1 + hit[0].length, to), dates);
}

/** Only words the zone allows before an addressee (and dates, in a that-clause). */
function allowedGap(lang: Language, gap: string, dates: boolean, jointAllowed = true): boolean {
  gap = withoutHead(lang, gap);
  if (!lang.spaced) {
    // ("会员国、区域组织以及包括维持和平特派团和特别政治任务在内的联合国系统": Member States, regional organisations and the United Nations system,
    // including peacekeeping and special political missions)
    const rest = (lang.including ? gap.replace(lang.including, '') : gap).replace(lang.allowedPattern!, '').replace(/[\s,，、：:;；*_()（）]+/gu, '');
    return rest.length === 0 || (dates && (lang.datePattern?.test(rest) ?? false));
  }
  // "the Ivorian parties to the Ouagadougou Political Agreement and": the parties' phrase read over (a cheap test first)
  if (lang.agreementParties && gap.length > 20) gap = gap.replace(lang.agreementParties, ' ');
  const words = gap.match(/[\p{L}\p{N}\p{M}]+(?:['’][\p{L}]+)?/gu) ?? [];
  if (words.length > 16) return false;
  // "continued, closer cooperation between ICAO and CTED": the bodies after "between" are addressed
  const joint = jointAllowed && lang.joint ? (speaksOfJoint(lang, words) ? lang.joint.words : jointOf(lang, words) >= 0 ? lang.joint.wordsOf : null) : null;
  for (const word of words) if (!allowedWord(lang, joint, dates, word)) return false;
  return true;
}

/** A word allowed in an addressee zone's gap (`joint`: the words of joint work, when the gap speaks of it). */
function allowedWord(lang: Language, joint: Set<string> | null, dates: boolean, word: string): boolean {
  if (lang.allowed.has(word) || lang.connectors.has(word) || joint?.has(word)) return true;
  // "d'une": an elided word and the next, each allowed
  if (joint && /['’]/u.test(word)) return word.split(/['’]/u).every((part) => part === '' || allowedWord(lang, joint, dates, part));
  if (dates && (lang.dates.has(word) || /^\d+$/u.test(word))) return true;
  // Arabic: conjunctions and prepositions glued to the word ("بجميع", "وهيئات", the "و" of "والبلدان")
  for (const clitic of lang.proclitics) {
    if (!word.startsWith(clitic)) continue;
    const rest = word.slice(clitic.length);
    if (rest === '' || lang.allowed.has(rest) || lang.connectors.has(rest)) return true;
    for (const second of lang.proclitics) {
      if (rest.startsWith(second) && (rest.length === second.length || lang.allowed.has(rest.slice(second.length)))) return true;
    }
  }
  return false;
}

/**
 * The subject of "decides that X shall", "постановляет, что X должны", "يقرر أن تواصل X",
 * "决定X应": after the complementizer (and an inserted phrase between commas), the bodies before
 * the modal, the first after allowed words and dates only.
 */
function thatSubjects(lang: Language, folded: string, zoneStart: number, clauseEnd: number, candidates: Candidate[], modals?: RegExp, text?: string): Array<{ candidate: Candidate; support: boolean }> {
  const rest = folded.slice(zoneStart, clauseEnd);
  const that = lang.that.exec(rest);
  if (!that || (that[0].length === 0 && lang.spaced && !lang.chain)) return [];
  let start = zoneStart + that[0].length;
  if (lang.verbFirst) {
    // Arabic puts the verb first: "أن تواصل جميع الدول الأعضاء"
    const word = /^[\s]*(\p{L}+)\s+/u.exec(folded.slice(start, clauseEnd));
    if (word && !word[1]!.startsWith('ال') && !lang.allowed.has(word[1]!)) start += word[0].length;
    // an impersonal verb and its subject after the preposition glued to it ("يقرر أنه يجوز للدول الأعضاء السماح",
    // "أنه يجوز للجنة المنشأة … أن تعفي": decides that Member States, the Committee, may)
    // ("يؤكد مجددا أنه يتعين على جميع الدول أن تتخذ", 2509 para 9: a preposition of its own, reiterates that all States shall)
    const preposition = word ? lang.subjectPrepositions.find((form) => folded.startsWith(form, start) && candidates.some((candidate) => candidate.start === start + form.length)) : undefined;
    if (preposition) start += preposition.length;
  }
  let found = subjectsFrom(lang, folded, start, clauseEnd, candidates, modals, text);
  if (found.length === 0 && lang.passiveModal !== null) found = passiveThatAgents(lang, folded, start, clauseEnd, candidates, text);
  // "Underlines that UNDOF remains an impartial entity": a verb of state after the subject, no task
  if (found.length > 0 && lang.stativeAfter?.test(folded.slice(found.at(-1)!.candidate.end, clauseEnd))) return [];
  // "着重指出，联合国和非洲联盟在苏丹继续保持战略和政治伙伴关系依然至关重要": the names are inside the clause's subject, what is important
  if (found.length > 0 && lang.statementEnd?.test(folded.slice(found.at(-1)!.candidate.end, clauseEnd))) return [];
  if (found.length > 0 || modals) return found;
  if (!/[,،，][\s*_]*$/u.test(that[0])) return subjectBeforeModal(lang, folded, start, clauseEnd, candidates);
  // "decides further that, to support the parties in …, UNMHA shall", "décide que, comme …, compte tenu de
  // … (S/2020/448), le Représentant spécial … et la Mission continueront": an inserted phrase, long or with
  // commas of its own, then the subject after one of its commas
  for (let comma = nextComma(folded, start); comma >= 0 && comma < Math.min(clauseEnd, start + THAT_INSERT_LENGTH); comma = nextComma(folded, comma + 1)) {
    // (not a passive's agent after the comma: "Réaffirme que, sans préjudice des programmes …, les mesures … ne s'appliquent pas
    // aux fonds … nécessaires à l'acheminement en temps voulu, par l'Organisation des Nations Unies, …" (2607 para 37): by whom
    // the aid is delivered, no subject)
    if (lang.agentWords.has(/^[\s*_]*([\p{L}]+)/u.exec(folded.slice(comma + 1, comma + 24))?.[1] ?? '')) continue;
    const after = subjectsFrom(lang, folded, comma + 1, clauseEnd, candidates, undefined, text);
    if (after.length > 0) return after;
  }
  return subjectBeforeModal(lang, folded, start, clauseEnd, candidates);
}

/**
 * A that-clause whose subject names no body and whose modal governs a passive gives the task to the passive's agent, the names in a
 * row after "by (the)" up to the phrase's comma: "Decides that a request made in accordance with paragraph 16 shall be submitted to
 * the Committee jointly by the Kimberley Process and the importing Member State" (1893 para 17; the Committee only receives).
 */
function passiveThatAgents(lang: Language, folded: string, start: number, clauseEnd: number, candidates: Candidate[], text?: string): Array<{ candidate: Candidate; support: boolean }> {
  const passive = lang.passiveModal!.exec(folded.slice(start, Math.min(clauseEnd, start + PASSIVE_SUBJECT_LENGTH)));
  if (!passive) return [];
  const from = start + passive.index + passive[0].length;
  // (a body in the subject is none of this: "Decides that ONUB will be headed by the Special Representative", its own subject;
  // nor a passive after the clause's own modal, in a relative clause: "Stresses that it will base its assessment … on the
  // certification that will be prepared by the Special Representative", 1880 para 8)
  if (candidates.some((candidate) => candidate.start >= start && candidate.start < from) || /[,;:]/u.test(folded.slice(start, from))) return [];
  if (modalFrom(lang, lang.modal, folded, start, clauseEnd, text) < start + passive.index) return [];
  const participle = from - (/[\p{L}-]+$/u.exec(passive[0])?.[0].length ?? 0);
  const comma = nextComma(folded, from);
  const end = comma < 0 || comma > clauseEnd ? clauseEnd : comma;
  const inPhrase = candidates.filter((candidate) => candidate.start >= from && candidate.end <= end && !candidate.inert);
  // (the agent of another participle is not the passive's: "targeted measures will be imposed against persons to be designated by the
  // Committee", S/PRST/2006/2; nor an owner: "its military command will be replaced by UNTAET’s military component")
  const agent = inPhrase.findIndex(
    (candidate) =>
      lang.agentBefore!.test(folded.slice(Math.max(from, candidate.start - 16), candidate.start)) &&
      [-1, participle].includes(agentOfParticiple(lang, folded, candidate.start)) &&
      !(lang.possessiveAfter?.test(folded.slice(candidate.end, candidate.end + 4)) ?? false),
  );
  return agent < 0 ? [] : rowFrom(lang, folded, inPhrase, agent).map((candidate) => ({ candidate, support: false }));
}

/** The longest subject and modal of a that-clause read for a passive's agent (passiveThatAgents). */
const PASSIVE_SUBJECT_LENGTH = 160;

/**
 * The one name a modal follows, after a phrase not set off by commas: "постановляет далее, что в соответствии со своими
 * стратегическими целями … ЮНИТАМС должна оказывать" (2579), "что в соответствии со своим мандатом МООНСДРК должна" (2612).
 * Only when no other name stands between the complementizer and it.
 */
function subjectBeforeModal(lang: Language, folded: string, start: number, clauseEnd: number, candidates: Candidate[]): Array<{ candidate: Candidate; support: boolean }> {
  if (!lang.modalAfter) return [];
  // (a State's Government named inside the phrase is part of it: "поддержки национальных приоритетов правительства Судана")
  const first = candidates.find((candidate) => candidate.start >= start && candidate.end <= Math.min(clauseEnd, start + INSERT_LENGTH) && lang.modalAfter!.test(folded.slice(candidate.end, clauseEnd)));
  // (not a State's name nor a noun's complement: "stresses that the natural resources of the Democratic Republic of the Congo should
  // not be exploited" (1376), "underlines that no attempt to destabilize Lebanon should prevent" (S/PRST/2007/47), "that the arms
  // embargo on Somalia shall not apply" (2551): no subject of the clause)
  if (!first || first.inert || first.state || afterGenitive(lang, folded, first) || candidates.some((other) => other.start >= start && other.end <= first.start && !other.state && !other.id.startsWith('Gov-')) || /[;:]/u.test(folded.slice(start, first.start)) || !lang.modalAfter.test(folded.slice(first.end, clauseEnd)) || (lang.subordinatorBefore?.test(folded.slice(Math.max(start, first.start - 16), first.start)) ?? false)) return [];
  return [{ candidate: first, support: false }];
}

/**
 * The addressees of a directive's that-clause in a list language ("Requests that the Secretary-General transfer all
 * functions … to UNMIS", "Pide que la Secretaría …"): its subject, the names in a row after the complementizer (a
 * phrase inserted between commas may stand between two: "that the Secretary-General, in consultation with the
 * Chairperson of the African Union Commission, and the Government of Sudan conclude"); the names after the subject's
 * verb are its objects. A subject that owns what the clause is about ("that the Committee's list … be conveyed by the
 * Secretariat to all States") gives way to the agent of a passive verb, the names in a row after "be … by".
 */
function requestedThat(lang: Language, text: string, folded: string, markers: MarkerMatches, zoneStart: number, clauseEnd: number, candidates: Candidate[]): Array<{ candidate: Candidate; support: boolean }> {
  const that = lang.that.exec(folded.slice(zoneStart, clauseEnd)) ?? /^[\s*_]*/u.exec(folded.slice(zoneStart, clauseEnd))!;
  const start = zoneStart + that[0].length;
  const inClause = candidates.filter((candidate) => candidate.start >= start && candidate.end <= clauseEnd && !candidate.inert);
  let subjects: Candidate[] = [];
  // the subject right after the complementizer, or after a phrase inserted there ("Requests that, in addition to the
  // abovementioned priorities, UNIOGBIS and the Special Representative continue")
  // (the phrase set off by a comma after "that", which may hold commas of its own; or a short phrase naming no body closed by a
  // comma alone, the subject's article right after it: "Demande qu'outre les priorités susmentionnées, le BINUGBIS et le
  // Représentant spécial continuent", "reitera su exigencia de que, de forma inmediata y sin condiciones previas, el Gobierno")
  // (a comma right after it too: "reitera su exigencia de que, de forma inmediata …, el Gobierno", the phrase reading "de que")
  const afterComma = /[,،，][\s*_]*$/u.test(that[0]) || /^[\s*_]*[,،，]/u.test(folded.slice(start, clauseEnd));
  const closing = afterComma ? -1 : nextComma(folded, start);
  const closed = closing > start && closing - start <= UNOPENED_LENGTH && !inClause.some((candidate) => candidate.start < closing);
  for (let from = start; from >= 0 && from < Math.min(clauseEnd, start + INSERT_LENGTH) && (afterComma || from === start || (closed && from === closing)); from = nextComma(folded, from + 1)) {
    const first = inClause.findIndex((candidate) => candidate.start >= from);
    if (first < 0) break;
    const head = inClause[first]!;
    const gap = folded.slice(from, head.start).replace(/^,/u, '');
    if (from === closing && gap.trim().split(/\s+/u).length > 1) break;
    // "… in a phased manner, to Malian authorities": a name after "to", "in", "for" is a complement
    if (!allowedGap(lang, gap, false) || lang.complements?.test(gap)) continue;
    // nor the subject when a genitive word governs it, as in a zone: "demande que les entités compétentes des Nations Unies …
    // continuent d'aider" (2601 para 9: the UN entities, generic; en "calls for the continued support of relevant UN entities")
    if (afterGenitive(lang, folded, head)) continue;
    subjects = rowFrom(lang, folded, inClause, first);
    break;
  }
  // a subject a passive subjunctive follows is what the clause is done to ("requests that the Committee's list be conveyed"): no
  // addressee; the passive's agent is read instead, if the clause names one
  if (subjects.length > 0 && patientOfPassive(lang, folded, subjects[subjects.length - 1]!.end)) subjects = [];
  // a subject that owns what the clause is about ("the Committee's list … be conveyed by the Secretariat") gives way to the
  // passive verb's agent; without one, the owner is read ("that the Government of Libya's focal point informs the Committee")
  if (subjects.length === 0 || (subjects.length === 1 && lang.possessiveAfter?.test(text.slice(subjects[0]!.end, subjects[0]!.end + 4)))) {
    const agent = inClause.findIndex((candidate) => lang.passiveAgent!.test(folded.slice(Math.max(start, candidate.start - PASSIVE_REACH), candidate.start)));
    if (agent >= 0) subjects = rowFrom(lang, folded, inClause, agent);
  }
  const result = subjects
    .map((candidate) => ({ candidate, support: false }));
  // "that the Government …, with the support of MONUC and other international partners, ensure": the supporters, as in a zone
  if (result.length > 0 && lang.support) {
    const supported = markers.regions(lang.support, start, clauseEnd);
    const skipped = lang.partners ? markers.regions(lang.partners, start, clauseEnd) : [];
    for (const candidate of inClause) {
      const supportFrom = nearestRegion(supported, candidate.start);
      if (supportFrom >= 0 && supportFrom > nearestRegion(skipped, candidate.start) && !subjects.includes(candidate)) result.push({ candidate, support: true });
    }
  }
  return result;
}

/** How far before a name "be … by" is read: "be automatically conveyed by the ". */
const PASSIVE_REACH = 60;
/** The longest phrase (in words) inserted between commas between two names of a subject. */
const INSERTED_WORDS = 14;

/** Names in a row from list[index]: each next one after allowed words only, or after a phrase inserted between commas. */
function rowFrom(lang: Language, folded: string, list: Candidate[], index: number): Candidate[] {
  const row = [list[index]!];
  let next = index + 1;
  while (next < list.length) {
    const end = row[row.length - 1]!.end;
    if (rowGap(lang, folded.slice(end, list[next]!.start))) {
      row.push(list[next++]!);
      continue;
    }
    // ", in consultation with the Chairperson of the African Union Commission, and the Government of Sudan": the names
    // inside the inserted phrase are none of the row (partners, complements), the row goes on after it
    const resumed = list.findIndex((candidate, at) => at >= next && insertedBefore(lang, folded.slice(end, candidate.start)));
    if (resumed < 0) break;
    row.push(list[resumed]!);
    next = resumed + 1;
  }
  return row;
}

/** Between two names of a row: conjunctions and collective words only ("and", "as well as", "other relevant"), not "to" or "by". */
function rowGap(lang: Language, gap: string): boolean {
  // "all Member States, in particular Eritrea,": the list continuers ("in particular", "including") are row words whole
  gap = withoutHead(lang, gap);
  const words = (lang.rowContinuers ? gap.replace(lang.rowContinuers, ' ') : gap).match(/[\p{L}\p{N}\p{M}]+(?:['’][\p{L}]+)?/gu) ?? [];
  return words.length <= 8 && words.every((word) => lang.rowWords.has(word));
}

/**
 * A gap made of a phrase between commas (no semicolon, at most INSERTED_WORDS words) and row words. Not a list continuer
 * after the phrase: "including" goes on with the phrase's own noun ("the Secretary-General, addressing perspectives from all
 * relevant actors, including the SRSG, … to provide": the actors, not the row).
 */
function insertedBefore(lang: Language, gap: string): boolean {
  const inserted = /^\s*,([^;]*),([^,;]*)$/u.exec(gap);
  return (
    inserted !== null &&
    (inserted[1]!.match(/[\p{L}\p{N}]+/gu) ?? []).length <= INSERTED_WORDS &&
    rowGap(lang, inserted[2]!) &&
    (lang.rowContinuers === null || inserted[2]!.search(lang.rowContinuers) < 0)
  );
}

/** A gap ", <a phrase of words outside a row>, <a list continuer> …": the name after it continues the phrase's own noun. */
function continuesInserted(lang: Language, gap: string): boolean {
  if (lang.rowContinuers === null) return false;
  const inserted = /^\s*,([^,;]+),([^,;]*)$/u.exec(gap);
  if (inserted === null) return false;
  lang.rowContinuers.lastIndex = 0;
  const continuer = lang.rowContinuers.exec(inserted[2]!);
  if (continuer === null || inserted[2]!.slice(0, continuer.index).trim() !== '' || rowGap(lang, inserted[1]!) || !rowGap(lang, inserted[2]!)) return false;
  // (not a phrase that is itself a list item: "all States, especially those in the region, including the Democratic Republic
  // of the Congo itself", 1756)
  lang.rowContinuers.lastIndex = 0;
  const first = lang.rowContinuers.exec(inserted[1]!);
  return first === null || inserted[1]!.slice(0, first.index).trim() !== '';
}

/** The longest phrase inserted right after "that" and closed by a comma alone ("qu'outre les priorités susmentionnées,"). */
const UNOPENED_LENGTH = 80;
/** The longest phrase inserted after "decides that," that is read for the subject after it. */
const INSERT_LENGTH = 400;
/**
 * How far after "that," a that-clause's subject may stand, past an inserted phrase of its own: "Decides that, to prevent former
 * Liberian President Charles Taylor, … or other close allies or associates as designated by the Committee … from using
 * misappropriated funds …, all States in which there are … shall freeze" (1532; the subject 473 characters on).
 */
const THAT_INSERT_LENGTH = 600;

/**
 * What stands between a name and its acronym or short form in brackets when that is the same mention: a word and the bracket
 * ("International Maritime Organization resolution (“IMO”)"), or the bracket and an introducer of up to four words before a
 * quote ("the Committee established by paragraph 21 of resolution 1521 (2003) (hereinafter, “the Committee”)"). (An acronym
 * right after its name stays a mention of its own, as the chain languages read it: "联合国南苏丹特派团(南苏丹特派团)".)
 */
const BRACKETED_AFTER = /^[ \u00a0]*(?:[\p{L}-]+[ \u00a0]*\([ \u00a0]*["“”'‘’«]?|\([ \u00a0]*(?:[\p{L}-]+,?[ \u00a0]+){1,4}["“”'‘’«][ \u00a0]*(?:[\p{L}-]+[ \u00a0]+)?)$/u;

/** The bodies of a that-clause whose subject may start at `start`. */
function subjectsFrom(lang: Language, folded: string, start: number, clauseEnd: number, candidates: Candidate[], modals?: RegExp, text?: string): Array<{ candidate: Candidate; support: boolean }> {
  const modal = modalFrom(lang, modals ?? lang.modal, folded, start, clauseEnd, text);
  const end = modal >= 0 ? modal : Math.min(clauseEnd, start + 150);
  const chain = chainFrom(lang, folded, start, end, candidates, true);
  if (chain.length === 0) return [];
  // joint work as the subject, a verb defining it after it (`joint.statements`: "includes") states what the work is, no task of its agents:
  // "underlines that full cooperation by States and entities with the International Tribunal includes, inter alia, the surrender
  // for trial …" (1575, 1785 para 3)
  if (modal >= 0 && lang.joint !== null && lang.joint.statements.has(/[\p{L}]+/u.exec(folded.slice(modal, modal + 24))?.[0] ?? '')) {
    const gap = folded.slice(start, chain[0]!.start);
    if (!allowedGap(lang, gap, true, false) && allowedGap(lang, gap, true)) return [];
  }
  // "reaffirms that UNFICYP's freedom of movement should be respected": the name owns the subject, it is not it
  // ("decides that MINUSMA's mandate shall include", "stresses that MONUSCO's activities should": its tasks, it is addressed)
  if (chain.length === 1 && lang.mandate?.ownedNotTask?.test(folded.slice(chain[0]!.end, chain[0]!.end + 40))) return [];
  // Chinese: a that-clause's subject needs its modal ("决定所有会员国应"), words may stand between them (requiring the chain
  // right before the modal, as this test was once written to, would drop 39 zh items on unsc/text, some of them read alike in
  // English: S/RES/2551 (2020) para 31, the Federal Government of Somalia)
  if (!lang.spaced && modal < 0) return [];
  if (lang.chain) return chain.map((candidate) => ({ candidate, support: false }));
  // no modal ("Demands that the GoSS comply with the obligations set out in the SOFA between the Government of South Sudan and
  // the United Nations"): the subject is the names in a row, the names after its verb are objects (list languages that read
  // a directive's that-clause so)
  if (modal < 0 && lang.passiveAgent) {
    const inClause = candidates.filter((candidate) => candidate.start >= chain[0]!.start && candidate.end <= clauseEnd && !candidate.inert);
    if (inClause.length === 0) return [];
    const row = rowFrom(lang, folded, inClause, 0);
    // "exige que le Gouvernement sud-soudanais retire … et que le Gouvernement soudanais en retire …": each that-clause's subject
    if (lang.andThat) {
      lang.andThat.lastIndex = row[row.length - 1]!.end;
      for (let match = lang.andThat.exec(folded); match && match.index < clauseEnd; match = lang.andThat.exec(folded)) {
        const after = match.index + match[0].length;
        const next = inClause.findIndex((candidate) => candidate.start >= after);
        if (next >= 0 && allowedGap(lang, folded.slice(after, inClause[next]!.start), false)) row.push(...rowFrom(lang, folded, inClause, next).filter((candidate) => !row.includes(candidate)));
      }
    }
    return row.map((candidate) => ({ candidate, support: false }));
  }
  // a list: every body from the first to the modal, but for complements of a noun and the names of a phrase set off by dashes
  // ("Специальный представитель Генерального секретаря и МООНСИ — по запросу правительства Ирака и с учетом письма … на имя
  // Генерального секретаря (S/2020/448) — будут", 2522)
  // (the agent of a participle is no subject: "Decides that, to prevent … associates as designated by the Committee …, all States
  // shall freeze", 1532)
  return candidates
    .filter((candidate) => candidate.start >= chain[0]!.start && candidate.end <= end)
    .filter((candidate, index) => index === 0 || (!afterGenitive(lang, folded, candidate) && !betweenDashes(folded, chain[0]!.end, candidate, end)))
    .filter((candidate) => agentOfParticiple(lang, folded, candidate.start) < 0)
    // nor a complement after "to", "in", "for", "from" ("Underlines that further United Nations assistance to East Timor should be
    // coordinated", 1410: East Timor receives it)
    .filter((candidate, index) => index === 0 || !(lang.complements?.test(folded.slice(Math.max(0, candidate.start - 16), candidate.start)) ?? false))
    // nor a partner ("Decides that MONUC, in cooperation with the JMC, shall have the following mandate", 1291): the clause's
    // partners are read after its addressees
    .filter((candidate, index) => index === 0 || !(lang.partnerBefore?.test(folded.slice(Math.max(0, candidate.start - PARTNER_BEFORE_WINDOW), candidate.start)) ?? false))
    .map((candidate) => ({ candidate, support: false }));
}

/**
 * The subjects of the that-clauses coordinated after a first one whose subject has a modal ("Decides that Iran shall not
 * supply …, and that all States shall prohibit", 1747 para 5): after each "and that", the names before a modal that follows
 * them closely. List languages with a coordinated complementizer only (`andThat`); the cheap test for "and that" first.
 */
function coordinatedThatSubjects(lang: Language, folded: string, from: number, clauseEnd: number, candidates: Candidate[], found: Array<{ candidate: Candidate; support: boolean }>, text?: string): Array<{ candidate: Candidate; support: boolean }> {
  const result: Array<{ candidate: Candidate; support: boolean }> = [];
  if (!lang.andThat || !lang.modal) return result;
  lang.andThat.lastIndex = from;
  for (let match = lang.andThat.exec(folded); match && match.index < clauseEnd; match = lang.andThat.exec(folded)) {
    const after = match.index + match[0].length;
    const next = lang.andThat.lastIndex;
    const modal = modalFrom(lang, lang.modal, folded, after, clauseEnd, text);
    if (modal >= 0 && modal - after <= COORDINATED_SUBJECT_LENGTH) {
      for (const item of subjectsFrom(lang, folded, after, modal + 1, candidates, undefined, text)) {
        if (item.candidate.end <= modal && !found.some((other) => other.candidate.id === item.candidate.id) && !result.some((other) => other.candidate.id === item.candidate.id)) result.push(item);
      }
    }
    lang.andThat.lastIndex = next;
  }
  return result;
}

/** the longest subject of a coordinated that-clause, from its complementizer to its modal ("and that all Member States shall") */
const COORDINATED_SUBJECT_LENGTH = 80;

/**
 * Where the first modal from `start` stands (-1: none). A word the fold took a Latin letter's accent from is not the modal the
 * list writes without it (the text, when given): French "relatives à l'expédition" holds no "a" (has), 2551 and 2607 para 16/32.
 */
function modalFrom(lang: Language, modal: RegExp | null, folded: string, start: number, clauseEnd: number, text?: string): number {
  if (!modal) return -1;
  for (let from = start; from < clauseEnd; ) {
    const match = modal.exec(folded.slice(from, clauseEnd));
    if (!match) return -1;
    const at = from + match.index;
    const written = text?.slice(at, at + match[0].length).toLowerCase();
    if (written === undefined || written === match[0] || lang.writtenModals.get(match[0])?.has(written) || !/^[a-z]+$/u.test(written.normalize('NFD').replace(/[\u0300-\u036f]/gu, ''))) return at;
    from = at + Math.max(1, match[0].length);
  }
  return -1;
}

/** Whether a name stands inside a phrase set off by a pair of spaced dashes between `from` and `to` ("X — по запросу Y — будут"; folded, every dash is "-"). */
function betweenDashes(folded: string, from: number, candidate: Candidate, to: number): boolean {
  const open = folded.lastIndexOf(' - ', candidate.start);
  if (open < from) return false;
  const close = folded.indexOf(' - ', candidate.end);
  return close >= 0 && close < to;
}

/** "decides to extend the mandate of X", "X's mandate", "мандат X", "ولاية X", "X的任务期限", "to establish X" (that alone when `establishOnly`). */
function extended(lang: Language, folded: string, verb: ClauseVerb, clauseEnd: number, candidates: Candidate[], establishOnly = false, restated = false): Candidate[] {
  const rules = lang.mandate!;
  // a mandate restated: only as the verb's own object, the mandate noun and its of-phrase right after the verb ("reaffirms the
  // mandate of UNMIS", not "reaffirms its support for the mandate of") or the body's possessive there ("Reaffirms MINUSTAH's
  // human rights mandate"); not a body's freedom of movement or other things it owns
  if (restated) {
    const first = candidates.find((candidate) => candidate.start >= verb.end && candidate.end <= clauseEnd);
    if (!first || first.state || first.inert || first.id.startsWith('Gov-')) return [];
    const gap = folded.slice(verb.end, first.start);
    const object = rules.restatedBefore.test(gap) || (gap.trim() === '' && (rules.nounAfter?.test(folded.slice(first.end, first.end + 60)) ?? false));
    return object ? [first] : [];
  }
  const clause = folded.slice(verb.end, clauseEnd);
  const extending = !establishOnly && (rules.extend.test(clause) || rules.extend.test(folded.slice(verb.start, verb.end)));
  const result: Candidate[] = [];
  // "Expresses its full support for UNFICYP, and decides to extend its mandate": the last body named before the verb in
  // the same clause (a State's Government owns no mandate)
  if (extending && rules.anaphoric?.test(clause)) {
    const antecedent = candidates.filter((candidate) => candidate.end <= verb.start && !candidate.state && !candidate.id.startsWith('Gov-')).pop();
    if (antecedent && !/[;:؛；]/u.test(folded.slice(antecedent.end, verb.start))) result.push(antecedent);
  }
  candidates.forEach((candidate, index) => {
    if (candidate.start < verb.end || candidate.end > clauseEnd || result.includes(candidate)) return;
    // a semicolon closes the extension: "Decides to extend the mandate of UNOMIG …; subject to a review … in the event of changes
    // in the mandate of the CIS peacekeeping force" (1615)
    if (/[;؛；]/u.test(folded.slice(verb.end, candidate.start))) return;
    // and so does a condition after a body extended, with a comma (1666): "…, subject to a review, as appropriate, of its mandate by the
    // Council in the event of changes in security conditions, including changes in the mandate of the CIS peacekeeping force;"
    if (result.length > 0 && rules.conditions?.test(folded.slice(result.at(-1)!.end, candidate.start))) return;
    const before = folded.slice(Math.max(verb.end, candidate.start - 40), candidate.start);
    const preceding = folded.slice(Math.max(verb.start, candidate.start - 240), candidate.start);
    // "to establish … a United Nations peacekeeping operation …": the United Nations named as a modifier of the thing established (a
    // word follows it that is no conjunction), not the body established (1037)
    const modifier = candidate.id === 'UN' && /^\s+(?!(?:and|or|et|ou|y|o)(?![\p{L}]))[\p{L}]/u.test(folded.slice(candidate.end, candidate.end + 12));
    const established = !modifier && rules.establish.test(preceding);
    // the description may itself be a body's generic name ("многонациональные силы по стабилизации", SFOR's): the parentheses name the body established
    // (but a body's acronym after its name, "Сил по стабилизации (СПС)", is no description)
    const paren = candidate.start - preceding.length + Math.max(preceding.lastIndexOf('('), preceding.lastIndexOf('（'));
    const describedAlone =
      !established &&
      (rules.establishDescribed?.test(preceding) ?? false) &&
      !candidates.some((other) => other !== candidate && other.id === candidate.id && other.end <= paren && folded.slice(other.end, paren).trim() === '');
    if (established || describedAlone) {
      // "a multinational stabilization force (EUFOR ALTHEA)": the body is the one the parentheses name
      const next = candidates[index + 1];
      result.push(next && /^\s*[(（]\s*[«"“„]?[^()（）]{0,30}$/u.test(folded.slice(candidate.end, next.start)) ? next : candidate);
    }
    else if (establishOnly) return;
    else if (extending && rules.nounBefore.test(before)) result.push(candidate);
    // "autoriza el envío de 155 observadores militares … a la MINUGUA": the body the personnel is sent to
    else if (verb.lemma === 'authorize' && rules.deployment?.test(folded.slice(verb.end, candidate.start)) && !candidate.state && !candidate.id.startsWith('Gov-')) result.push(candidate);
    // "Authorizes the deployment until 1 September 2003 of an Interim Emergency Multinational Force in Bunia": the force deployed
    else if (verb.lemma === 'authorize' && rules.deployedOf?.test(folded.slice(verb.end, candidate.start)) && !candidate.state && !candidate.id.startsWith('Gov-')) result.push(candidate);
    // a mandate defined: "Decides that the mandate of UNOCI … shall be the following", "Décide que le mandat de la MINUSMA sera"
    else if (definedMandate(lang, folded, verb.end, candidate.start) && !organizationPart(lang, folded, candidate)) result.push(candidate);
    else if (extending && rules.nounAfter?.test(folded.slice(candidate.end, candidate.end + 60))) result.push(candidate);
    // a second owner of the mandate just read: "Decides to renew the mandates of UNOCI and of the French forces which support it" (1795, 1765)
    // (its acronym in brackets between: "the United Nations Operation in Côte d'Ivoire (UNOCI) and of the French forces")
    else if (rules.coordinatedOf && result.length > 0 && result.at(-1)!.end <= candidate.start && rules.coordinatedOf.test(folded.slice(result.at(-1)!.end, candidate.start)))
      result.push(candidate);
  });
  return result;
}

/** Each form of a list by its fold, in lower case. */
function writtenForms(list: string[]): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const form of list) {
    const key = foldText(form);
    if (!forms.has(key)) forms.set(key, new Set());
    forms.get(key)!.add(form.toLowerCase());
  }
  return forms;
}

/** `partnerCoordinated`: the partner and support markers ending on a genitive word, a complement, a coordinator and a genitive word. */
function partnerCoordinated(data: MandateLanguageRules, before: string): RegExp | null {
  const genitive = data.genitive ?? [];
  const coordinators = data.coordinators ?? [];
  const markers = [...(data.partners ?? []), ...(data.support ?? [])].filter((marker) => genitive.includes(marker.split(' ').at(-1)!));
  if (markers.length === 0 || coordinators.length === 0) return null;
  return new RegExp(`${before}(?:${alternation(markers)})\\s[^,;:]{1,160}?\\s(?:${alternation(coordinators)})\\s+(?:${alternation(genitive)})\\s*$`, 'u');
}

/** The longest gap between a verb and the body of "that the mandate of": "Decides further that the mandate of ". */
const DEFINED_MANDATE_GAP = 60;

/** The rest of a phrase between commas whose first comma the complementizer took: "как установлено в пункте 3 iii) резолюции 2495 (2019), ". */
const THAT_INSERTION = /^[^,;:،؛，；]{1,80}[,،，]\s*/u;

/** A that-clause whose subject is a body's mandate, right after the verb ("Decides that the mandate of X shall be the following"). */
function definedMandate(lang: Language, folded: string, from: number, start: number): boolean {
  const gap = folded.slice(from, start);
  const that = lang.that.exec(gap);
  if (!that || that[0].trim().length === 0) return false;
  let rest = gap.slice(that[0].length);
  // a phrase set off by commas right after the complementizer (its comma read by `that`), not counted in the gap: "постановляет,
  // что, как установлено в пункте 3 iii) резолюции 2495 (2019), стратегическим приоритетом ЮНАМИД является" (2525)
  const insertion = /[,،，]\s*$/u.test(that[0]) ? THAT_INSERTION.exec(rest) : null;
  if (start - from - (insertion?.[0].length ?? 0) > DEFINED_MANDATE_GAP) return false;
  if (insertion) rest = rest.slice(insertion[0].length);
  // the verb first: "يقرر أن تشمل ولاية البعثة المهام التالية ذات الأولوية"
  const verb = lang.mandate!.definedVerb?.exec(rest);
  if (verb) rest = rest.slice(verb[0].length);
  // the content first, then the copula: "يقرر أن تكون حماية المدنيين هي الأولوية الاستراتيجية للعملية المختلطة" (2525)
  const copula = lang.mandate!.definedCopula?.exec(rest);
  if (verb && copula) rest = rest.slice(copula[0].length);
  // a noun ending in a glued preposition whose letter the name carries ("الأولويات الاستراتيجية للبعثة": "ل" + "البعثة", the article's
  // alif dropped, so the name's match starts at the preposition): read with that letter
  const glued = folded[start] ?? '';
  const noun = lang.mandate!.definedNounBefore.exec(rest) ?? (lang.proclitics.includes(glued) ? lang.mandate!.definedNounBefore.exec(rest + glued) : null);
  return noun !== null && allowedGap(lang, rest.slice(0, noun.index), false);
}

/**
 * A numbered paragraph that opens with a directive verb in its base form, capitalised, where its third person stands
 * ("11. Request the Secretary-General and the Chairperson of the African Union Commission to provide", 2525; 1889 para 15):
 * the verb is the paragraph's own, as a list item's base form is (`baseVerbAt`); never a sub-paragraph ("(b) request …").
 */
function capitalBaseVerb(text: string, paragraph: string | null, lang: string): ClauseVerb | null {
  if (paragraph === null || paragraph.includes('(')) return null;
  const found = baseVerbAt(text, lang);
  if (!found || !/\p{Lu}/u.test(text[found.start] ?? '') || leadVerb(text, lang) !== null) return null;
  return found;
}

/** At most this many words after a body's name in a list item opened by a glued conjunction ("، والمديرية التنفيذية …"): more run on into the clause. */
const GLUED_ITEM_TAIL = 3;

/** The gap between a name and its acronym in brackets: "Abyei Police Services (APS". */
const ACRONYM_AFTER_NAME = /^\s*[(（]\s*$/u;

/** Bodies of the clause named after a partner or support marker ("in consultation with", "при поддержке", "与"). */
function partnersOf(
  lang: Language,
  text: string,
  folded: string,
  markers: MarkerMatches,
  from: number,
  to: number,
  candidates: Candidate[],
): Array<{ candidate: Candidate; role: MandateRole }> {
  const result: Array<{ candidate: Candidate; role: MandateRole }> = [];
  // no name in the clause: no marker's regions are read
  if (!candidates.some((candidate) => candidate.start >= from && candidate.end <= to)) return result;
  // (a marker inside a body's name is a word of the name: "负责儿童与武装冲突问题秘书长特别代表办公室", children and armed conflict, 2601 para 21)
  // (nor a channel marker before a gerund, a means: "including through concluding all the necessary arrangements for the … deployment of
  // an effective UNAMID force", S/PRST/2008/1)
  const partners = lang.partners
    ? markers
        .regions(lang.partners, from, to)
        .filter(([start]) => !candidates.some((candidate) => start >= candidate.start && start < candidate.end))
        .filter(([start]) => !lang.means?.test(folded.slice(start, start + 60)))
    : [];
  const supporters = lang.support ? markers.regions(lang.support, from, to) : [];
  // the blockers only matter after a partner or support marker
  // (as in an addressee zone, "dont" before a name continues the list: "à collaborer avec les partenaires compétents, dont l'ONUDC et
  // le Bureau de lutte contre le terrorisme", 2617 para 39)
  const blocked =
    lang.blockers && (partners.length > 0 || supporters.length > 0)
      ? markers.regions(lang.blockers, from, to).filter(([start]) => !lang.blockerIncluding?.test(text.slice(start, start + 40)))
      : [];
  const infinitives = partners.length > 0 || supporters.length > 0 ? partnerInfinitives(lang, text, folded, from, to, candidates) : [];
  let agentEnd = -1;
  let previous: Candidate | null = null;
  for (const candidate of candidates) {
    const before = previous;
    previous = candidate;
    if (candidate.start < from || candidate.end > to) continue;
    // an acronym in brackets right after its own name takes the name's reading: "to cooperate with UNISFA for the establishment
    // of the Abyei Police Services (APS)" (2609) is no partner, the name being a noun's complement
    if (before !== null && before.id === candidate.id && ACRONYM_AFTER_NAME.test(folded.slice(before.end, candidate.start))) {
      const named = result.find((item) => item.candidate === before);
      if (named) result.push({ candidate, role: named.role });
      continue;
    }
    // "organismes compétents des Nations Unies": the partner is the noun, not the Organization (but "par l'intermédiaire de
    // l'Envoyé spécial": the marker's own "de")
    if (
      afterGenitive(lang, folded, candidate) &&
      !lang.partnerBefore?.test(folded.slice(Math.max(0, candidate.start - PARTNER_BEFORE_WINDOW), candidate.start)) &&
      !lang.partnerCoordinated?.test(folded.slice(Math.max(0, candidate.start - 240), candidate.start))
    )
      continue;
    // "执行与联合国签署的《谅解备忘录》": the name inside a relative clause is a noun's complement, no partner
    if (lang.relativeAfterPartner?.test(folded.slice(candidate.end))) continue;
    // "敦促所有国家通过适当渠道与国际刑警组织共享信息" (2554, 2608 para 21): INTERPOL is told, as English "to share information with INTERPOL" reads it
    if (lang.recipientsBefore?.test(folded.slice(candidate.end, candidate.end + 8))) continue;
    if (lang.supportAfter?.test(folded.slice(candidate.end, candidate.end + 8))) {
      result.push({ candidate, role: 'support' });
      continue;
    }
    const partnerFrom = nearestRegion(partners, candidate.start);
    const supportFrom = nearestRegion(supporters, candidate.start);
    if (partnerFrom < 0 && supportFrom < 0) continue;
    const blockedFrom = nearestRegion(blocked, candidate.start);
    // (a blocker inside the previous partner's name blocks only what follows the row: "to cooperate fully with the Committee
    // established pursuant to resolution 1718 (2006) and the Panel of Experts", 2569; not "… 1373 (the "CTC") to inform the
    // Council of … steps that States could take", 1617)
    const last = result.length > 0 ? result[result.length - 1]!.candidate : null;
    const inLastName = last !== null && blockedFrom > last.start && blockedFrom < last.end && rowGap(lang, folded.slice(last.end, candidate.start));
    if (blockedFrom > Math.max(partnerFrom, supportFrom) && !inLastName) continue;
    // an infinitive after the marker ends its list, but for a name right after "in particular"
    const infinitive = infinitives.findLast((at) => at < candidate.start);
    if (
      infinitive !== undefined &&
      infinitive > Math.max(partnerFrom, supportFrom) &&
      !lang.partnerInfinitiveContinued?.test(folded.slice(Math.max(0, candidate.start - 40), candidate.start))
    )
      continue;
    // "through UNSOS for UNSOM, AMISOM uniformed personnel", "immediate access for the United Nations and associated personnel",
    // "including through presentation to the CSA": the one served or told, no partner
    // (but the marker's own preposition is none: "to extend full cooperation to UNISFA", 2519)
    if (lang.beneficiaries?.test(folded.slice(Math.max(0, candidate.start - 16), candidate.start)) && !lang.partnerBefore?.test(folded.slice(Math.max(0, candidate.start - PARTNER_BEFORE_WINDOW), candidate.start))) continue;
    // "to cooperate with INTERPOL in apprehending persons indicted by the ICTY", "transit through their territories of individuals
    // designated by the Committee": the agent of a participle inside the marker's phrase is no partner ("supported by" is a marker)
    // (and the names in a row after it: "indicted by the ICTY and the ICTR")
    // (not the marker's own participle: "with technical support provided by Member States", 1647 para 7)
    const participle = agentOfParticiple(lang, folded, candidate.start);
    const markerEnd = supportFrom > partnerFrom ? markers.endAt(lang.support, supportFrom) : markers.endAt(lang.partners, partnerFrom);
    if ((participle >= 0 && participle > Math.max(partnerFrom, supportFrom) && participle >= markerEnd) || (agentEnd >= 0 && rowGap(lang, folded.slice(agentEnd, candidate.start)))) {
      agentEnd = candidate.end;
      continue;
    }
    // a State far into the marker's list is a place ("… of humanitarian assistance in Syria"), not a partner; but not one in a row
    // right after a partner Government or State ("in consultation with the Governments of Chad and the Central African Republic",
    // S/PRST/2007/30: the row's words are no distance)
    const afterStateRow = last !== null && result[result.length - 1]!.role === 'partner' && (last.state || last.id.startsWith('Gov-')) && rowGap(lang, folded.slice(last.end, candidate.start));
    if (candidate.state && !afterStateRow && (folded.slice(Math.max(partnerFrom, supportFrom), candidate.start).match(/\p{L}+/gu)?.length ?? 0) > STATE_PARTNER_WORDS) continue;
    // nor an owner far into it ("to keep the Council fully informed through his reports to the Council about the Mission's
    // progress", 2530): the partner is what it owns
    if (lang.possessiveAfter?.test(folded.slice(candidate.end, candidate.end + 4)) && (folded.slice(Math.max(partnerFrom, supportFrom), candidate.start).match(/\p{L}+/gu)?.length ?? 0) > OWNER_PARTNER_WORDS) continue;
    result.push({ candidate, role: supportFrom > partnerFrom ? 'support' : 'partner' });
  }
  return result;
}

/**
 * Where infinitives start in [from, to) (`partnerInfinitive`): the marker and a lower-case word that is no `notInfinitives`,
 * outside the names ("the Committee established pursuant to resolution 1267").
 */
function partnerInfinitives(lang: Language, text: string, folded: string, from: number, to: number, candidates: Candidate[]): number[] {
  const pattern = lang.partnerInfinitive;
  if (!pattern) return [];
  const found: number[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(folded); match && match.index < to; match = pattern.exec(folded)) {
    const word = match[1]!;
    const wordStart = match.index + match[0].length - word.length;
    if (lang.notInfinitives.has(word) || /\p{Lu}/u.test(text[wordStart] ?? '')) continue;
    if (candidates.some((candidate) => match!.index >= candidate.start && match!.index < candidate.end)) continue;
    found.push(match.index);
  }
  return found;
}

/** Whether a passive subjunctive ("be admitted", "not be used") follows `end` (mandates.json patientPassive). */
function patientOfPassive(lang: Language, folded: string, end: number): boolean {
  if (!lang.patientPassive) return false;
  const match = lang.patientPassive.exec(folded.slice(end, end + 40));
  return match !== null && isParticiple(lang, match[1]!) && !lang.taskingParticiples.has(match[1]!);
}

/** A participle as participleAgent reads one: one of its words, or a word with one of its suffixes. */
function isParticiple(lang: Language, word: string): boolean {
  if (!lang.participleAgent) return false;
  return lang.participleAgent.words.has(word) || lang.participleAgent.suffixes.some((suffix) => word.length > suffix.length + 2 && word.endsWith(suffix));
}

/** Where the participle starts when a participle and its agent word stand right before `start` ("designated by the "), else -1. */
function agentOfParticiple(lang: Language, folded: string, start: number): number {
  if (!lang.participleAgent) return -1;
  const from = Math.max(0, start - 48);
  const match = lang.participleAgent.pattern.exec(folded.slice(from, start));
  if (!match) return -1;
  const word = match[1]!;
  return isParticiple(lang, word) ? from + match.index : -1;
}

/** What a name's letters are not (`MarkerMatches.named`): a code point outside the letters and digits, or any astral one. */
const NOT_NAME_WORD = /[^\p{L}\p{N}]|[\u{10000}-\u{10FFFF}]/gu;

/**
 * Matches of the partner and support markers in one folded paragraph, each regex run once over
 * it rather than from every verb's zone start to the paragraph's end.
 */
class MarkerMatches {
  private readonly found = new Map<RegExp, Array<[number, number]>>();
  private readonly continuer: Language['continuer'];
  /** `folded` with each body's name made one word (its spaces and punctuation letters), built lazily (`named`): list items are
   *  counted in words, a long name as one ("avec le Gouvernement soudanais, les signataires …, la Mission intégrée des Nations
   *  Unies pour l'assistance à la transition au Soudan et le Groupe d'experts, de procéder", 2562) */
  private namedText: string | null = null;
  private spans: ReadonlyArray<{ start: number; end: number }> = [];
  constructor(
    private readonly folded: string,
    private readonly lang: Language,
    /** the document's tokens, and where the paragraph starts in the document */
    private readonly words: { tokens: Tokens; offset: number } | null,
  ) {
    this.continuer = lang.continuer;
  }

  /** Reads the names at `spans` as one word each in list items (see `named`). */
  nameSpans(spans: ReadonlyArray<{ start: number; end: number }>): void {
    this.spans = spans;
  }

  /** `folded` with the names made one word each, built when a list is first read (most paragraphs read none). */
  private get named(): string {
    if (this.namedText === null) {
      if (this.spans.length === 0) this.namedText = this.folded;
      else {
        // each UTF-16 unit of a name that is not a letter or digit of the BMP becomes "x" (an astral character's two units
        // "xx"); the text between names is sliced, not split into one string per unit and joined again (0.4 G of an ingest)
        const spans = [...this.spans].sort((a, b) => a.start - b.start);
        let named = '';
        let at = 0;
        for (const { start, end } of spans) {
          const from = Math.max(start, at);
          const to = Math.min(end, this.folded.length);
          if (from >= to) continue;
          named += this.folded.slice(at, from) + this.folded.slice(from, to).replace(NOT_NAME_WORD, (unit) => 'x'.repeat(unit.length));
          at = to;
        }
        this.namedText = named + this.folded.slice(at);
      }
    }
    return this.namedText;
  }

  /** Where the name ends when a proclitic conjunction glued to a body's name (a name span) opens the text at `at` ("، والمديرية التنفيذية …"), else -1. */
  private gluedName(at: number): number {
    const glued = this.continuer?.glued?.exec(this.folded.slice(at, at + 40));
    if (!glued) return -1;
    const start = at + glued[0].length;
    return this.spans.find((span) => span.start === start)?.end ?? -1;
  }

  /** [from, to) spans that start at a marker and run to the next comma (or `to`). */
  regions(marker: RegExp, from: number, to: number): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    for (const [start, length] of this.matches(marker)) {
      if (start < from) continue;
      if (start >= to) break;
      let comma = nextComma(this.folded, start + length);
      // "in close consultation with MINUSCA, including UNMAS, and the Panel": the list goes on; but
      // "le Comité, avec le soutien de sa Direction exécutive, et le Bureau": the inserted phrase ends
      // "in coordination with AMISOM, international partners, and relevant entities": an enumeration
      let inside = false;
      while (comma >= 0 && comma < to && this.continuer) {
        const next = this.folded.slice(comma + 1, comma + 40);
        // ("to cooperate with the SRSG, as well as with UNICEF": a conjunction and the marker's preposition again resume its list)
        if (this.continuer.including.test(next) || this.continuer.resuming?.test(next)) inside = true;
        // (a conjunction that is a proclitic, glued to a body's name, goes on with the list: "بالتشاور، حسب الاقتضاء، مع لجنة مكافحة
        // الإرهاب، والمديرية التنفيذية للجنة مكافحة الإرهاب، ومكتب مكافحة الإرهاب", 2610 para 102; not glued to another word: "، ويطلب")
        // (an item running on past its name into the clause ends the list with the name: "، وفرقة العمل المعنية بالإجراءات المالية
        // بهدف تحديد … بغية تمكين الدول الأعضاء")
        else if (this.gluedName(comma + 1) >= 0) {
          let nameEnd = this.gluedName(comma + 1);
          // (names glued on after it with no comma are items too: "، والفريق الرفيع المستوى المعني بالتنفيذ والمبعوث الخاص للأمين العام
          // بشأن المصالحة", AUHIP and the Special Envoy, 2609 para 12)
          for (let next = this.gluedName(nameEnd); next >= 0; next = this.gluedName(nameEnd)) nameEnd = next;
          const following = nextComma(this.folded, comma + 1);
          const rest = this.folded.slice(nameEnd, following < 0 || following > to ? to : following).match(/\p{L}+/gu)?.length ?? 0;
          if (rest > GLUED_ITEM_TAIL) {
            comma = nameEnd;
            break;
          }
          inside = true;
        }
        // (inside, a conjunction that is a proclitic joins glued to the next word: "بما في ذلك دائرة …، وفريق الخبراء", 2536 para 13)
        else if (this.continuer.joining.test(next) || (inside && this.continuer.glued?.test(next))) {
          if (!inside) break;
        } else {
          const following = nextComma(this.folded, comma + 1);
          if (following < 0 || following >= to) {
            // the list's last item running to the zone's end ("cooperen con la UNODC, la OMI y otros Estados … a fin de crear …;")
            const enumeration = this.enumeration(comma, to, start + length);
            if (enumeration) comma = enumeration.end;
            break;
          }
          const words = this.named.slice(comma + 1, following).split(/\s+/u);
          const after = this.folded.slice(following + 1, following + 40);
          // a phrase between commas, then the list resumed with the marker's preposition again: "взаимодействие с другими
          // соответствующими группами экспертов, учрежденными Советом Безопасности для поддержки …, в частности с Группой по
          // аналитической поддержке" (2511 para 9, 2564 para 11)
          if (this.continuer.resuming?.test(after) && words.length <= INSERTED_WORDS) {
            inside = true;
            comma = following;
            continue;
          }
          // an enumeration with a serial comma ("A, B, and C"), or without one, its last conjunct holding
          // the conjunction and "including" after it ("с АМИСОМ, международными партнерами и подразделениями ООН, включая УНП ООН,")
          const serial = words.length <= 8 && this.continuer.joining.test(after);
          const closed = !serial && words.length <= 12 && this.continuer.including.test(after)
            && words.some((_, index) => words.slice(0, index).join('') !== '' && this.continuer!.joining.test(` ${words.slice(index).join(' ')}`));
          if (!serial && !closed) {
            // a longer enumeration: "in close consultation with the Government of Sudan, signatories of the Juba Peace Agreement,
            // UNITAMS, and the Panel of Experts, to conduct", "avec le Gouvernement soudanais, les signataires …, la Mission … et le
            // Groupe d'experts, de procéder"
            // ("to cooperate fully with the Committee, the Group of Experts, UNOCI and the French forces, in particular by …":
            // one without a serial comma ends at its last conjunct)
            const enumeration = this.enumeration(comma, to, start + length);
            if (enumeration?.goesOn) {
              inside = true;
              comma = enumeration.end;
              continue;
            }
            if (enumeration) comma = enumeration.end;
            break;
          }
          inside = true;
        }
        comma = nextComma(this.folded, comma + 1);
      }
      spans.push([start, comma < 0 || comma > to ? to : comma]);
    }
    return spans;
  }

  /**
   * After a marker's first item, where an enumeration of short items ends, read in one pass over its items. With a serial
   * comma (spaced languages, up to ENUMERATION_ITEMS items of up to 8 words, none a task: "to conduct", "de procéder"), its
   * last item holds the conjunction ("la UNITAMS y el Grupo de Expertos") or is followed by one that opens with it
   * ("UNITAMS, and the Panel"): the comma before that one, the list going on from there (`goesOn`). Else, without a serial
   * comma ("A, B, C and D,": up to ENUMERATION_CONJUNCTS conjuncts of up to CONJUNCT_WORDS words, no semicolon between), the
   * comma (or `to`) after the conjunct holding the conjunction after its first word; a longer conjunct running on into the
   * clause ends the language's lastConjunctWords words after its conjunction (lastConjunct). With no conjunction at all (spaced
   * languages, up to ENUMERATION_ITEMS items of up to 8 words joined by commas only), the comma right before the task. Null if none. `listStart`: the marker's end.
   */
  private enumeration(comma: number, to: number, listStart: number): { end: number; goesOn: boolean } | null {
    const joining = this.continuer!.joining;
    const holdsConjunction = (words: string[]): boolean => words.some((_, index) => index > 0 && joining.test(` ${words.slice(index).join(' ')}`));
    // items are counted in words: languages written without spaces are not read for a serial comma
    let serial = this.lang.spaced;
    // (no conjunction at all, items joined by commas only up to the task: "in consultation with the African Union, the Economic
    // Community of West African States (ECOWAS), the Community of Portuguese-speaking Countries (CPLP), to assist", 1876 para 11)
    // (the marker's first item a name, no conjunction in it: "after consultations with the African Union and President Thabo Mbeki,
    // a High Representative …, autonomous from UNOCI, to assist", 1603 para 7, is no list going on)
    let asyndetic = this.lang.spaced && this.shortItemBefore(comma, listStart);
    let plain: number | null = null;
    let plainRead = false;
    let at = comma;
    for (let item = 0; item < ENUMERATION_CONJUNCTS && (serial || asyndetic || !plainRead); item++) {
      if (asyndetic && item > 0 && this.startsTask(this.folded.slice(at + 1, at + 1 + TASK_WINDOW))) return { end: at, goesOn: false };
      const next = nextComma(this.folded, at + 1);
      const end = next < 0 || next > to ? to : next;
      if (asyndetic) {
        const words = this.named.slice(at + 1, end).trim().split(/\s+/u);
        if (item >= ENUMERATION_ITEMS || next < 0 || next >= to || this.folded[next] !== ',' || words.length > 8 || holdsConjunction(words) || this.startsTask(this.folded.slice(at + 1, end))) asyndetic = false;
      }
      if (serial) {
        const segment = this.named.slice(at + 1, end);
        const words = segment.trim().split(/\s+/u);
        if (item >= ENUMERATION_ITEMS || next < 0 || next >= to || words.length > 8 || this.startsTask(segment)) serial = false;
        else if (holdsConjunction(words) || joining.test(this.folded.slice(next + 1, next + 40))) return { end: next, goesOn: true };
      }
      if (!plainRead) {
        const words = this.named.slice(at + 1, end).match(/[\p{L}\p{N}]+/gu) ?? [];
        if (words.length > CONJUNCT_WORDS) {
          // the last conjunct running on into the clause ("avec l'ONUDC, le PAM, le secteur des transports maritimes et toutes
          // les autres parties concernées, et constate", "con la UNODC, la OMI y otros Estados … a fin de crear"): its
          // conjunction after a short first item, the enumeration ends lastConjunctWords words after it (en, fr, es: mandates.json)
          plainRead = true;
          const tail = this.lang.lastConjunctWords > 0 && this.shortItemBefore(comma, listStart) && !this.startsTask(this.folded.slice(at + 1, end)) ? this.lastConjunct(at + 1, end, joining) : -1;
          if (tail > 0) plain = tail;
        } else if (words.length === 0 || this.folded[end] === ';' || this.startsTask(this.folded.slice(at + 1, end))) plainRead = true;
        else if (holdsConjunction(words)) [plain, plainRead] = [end, true];
        else if (end === to) plainRead = true;
      }
      at = end;
    }
    return plain === null ? null : { end: plain, goesOn: false };
  }

  /** Whether the list item before `comma` (from the comma before it, or `listStart`, the marker's end) is of at most CONJUNCT_WORDS words, without the conjunction: a name of a list going on, no clause. */
  private shortItemBefore(comma: number, listStart: number): boolean {
    let from = listStart;
    for (let index = comma - 1; index >= listStart; index--) {
      if (COMMA.test(this.folded[index]!)) {
        from = index + 1;
        break;
      }
    }
    const words = this.named.slice(from, comma).match(/[\p{L}\p{N}]+/gu) ?? [];
    // an item holding the conjunction closed the list ("со штатами — членами федерации, Организацией Объединенных Наций и
    // международными партнерами, Африканский союз и федеральное правительство Сомали обновили": the subject after it)
    return words.length <= CONJUNCT_WORDS && !words.some((_, index) => index > 0 && this.continuer!.joining.test(` ${words.slice(index).join(' ')}`));
  }

  /**
   * In a long segment [from, end) of an enumeration without a serial comma, where its last item ends when the conjunction
   * comes after its first word and within CONJUNCT_WORDS words: the language's lastConjunctWords words after the conjunction (or `end`), else -1.
   */
  private lastConjunct(from: number, end: number, joining: RegExp): number {
    const segment = this.named.slice(from, end);
    const spans = [...segment.matchAll(/[\p{L}\p{N}]+/gu)];
    for (let index = 1; index < Math.min(spans.length, CONJUNCT_WORDS); index++) {
      const at = spans[index]!.index;
      // a task before the conjunction is no list item ("best practices to provide clarity and guidance to States")
      if (this.startsTask(segment.slice(at))) return -1;
      const match = joining.exec(` ${segment.slice(at)}`);
      if (!match) continue;
      const after = at + match[0].length - 1;
      const following = spans.filter((span) => span.index >= after);
      if (following.length === 0) return -1;
      const last = following[Math.min(following.length, this.lang.lastConjunctWords) - 1]!;
      return from + last.index + last[0].length;
    }
    return -1;
  }

  /** Whether a list item opens with the task ("to conduct", "de procéder", "a que"): no item of a partner list. */
  private startsTask(segment: string): boolean {
    const task = this.lang.task;
    if (!task) return false;
    const start = segment.length - segment.trimStart().length;
    task.lastIndex = start;
    const match = task.exec(segment);
    return match !== null && match.index === start;
  }

  /** Where the marker's match that starts at `start` ends (`start` when none does). */
  endAt(marker: RegExp | null, start: number): number {
    if (!marker || start < 0) return start;
    const match = this.matches(marker).find(([at]) => at === start);
    return match ? start + match[1] : start;
  }

  /** [index, length] of the marker's successive matches from the paragraph's start. */
  private matches(marker: RegExp): Array<[number, number]> {
    let all = this.found.get(marker);
    if (!all) {
      const scans = this.words ? this.lang.scans : null;
      if (scans && scans.markers.includes(marker)) {
        this.scanMarkers(scans);
        return this.found.get(marker)!;
      }
      all = [];
      marker.lastIndex = 0;
      for (let match = marker.exec(this.folded); match; match = marker.exec(this.folded)) {
        if (this.lang.spaced && letterBefore(this.folded, match.index)) {
          marker.lastIndex = match.index + 1;
          continue;
        }
        all.push([match.index, match[0].length]);
        if (match[0].length === 0) marker.lastIndex++;
      }
      this.found.set(marker, all);
    }
    return all;
  }

  /** The matches of every scanned marker, in one pass over the paragraph's tokens: each tried only at the tokens it may start with. */
  private scanMarkers(scans: NonNullable<Language['scans']>): void {
    const { markers, stickies, bits } = scans;
    const found = markers.map((): Array<[number, number]> => []);
    const { tokens, offset } = this.words!;
    const { starts, hashes, count } = tokens;
    const end = offset + this.folded.length;
    for (let index = firstTokenAt(starts, count, offset); index < count && starts[index]! < end; index++) {
      const which = bits[hashes[index]! & 0xffff]!;
      if (which === 0) continue;
      for (let position = 0; position < markers.length; position++) {
        if ((which & (1 << position)) === 0) continue;
        const sticky = stickies[position]!;
        sticky.lastIndex = starts[index]! - offset;
        const match = sticky.exec(this.folded);
        if (match) found[position]!.push([match.index, match[0].length]);
      }
    }
    markers.forEach((marker, position) => this.found.set(marker, found[position]!));
  }
}

/** The most conjuncts, and the most words in each, of an enumeration without a serial comma (MarkerMatches.enumeration). */
const ENUMERATION_CONJUNCTS = 6;
const CONJUNCT_WORDS = 6;
/** The most items an enumeration with a serial comma after a partner marker's first one is read for (MarkerMatches.enumeration). */
const ENUMERATION_ITEMS = 4;
/** How much of the text after a comma is read for a task opening there (MarkerMatches.enumeration). */
const TASK_WINDOW = 40;

/** The commas and semicolons of six languages: where a zone's phrases, regions and list items end. */
const COMMAS = /[,;،؛，；]/gu;
const COMMA = /[,;،؛，；]/u;

function nextComma(text: string, from: number): number {
  COMMAS.lastIndex = from;
  return COMMAS.exec(text)?.index ?? -1;
}

let stateAdjectives: Set<string> | null = null;
/** isStateAdjective's answers by name: the same few State names recur in every document, folding each costs a tokenization */
const STATE_ADJECTIVE_ANSWERS = new Map<string, boolean>();

/** Whether a State's name is one of its English or French adjectives (states.json, the ones matched as the State): a Government is addressed by its own name ("the Somali authorities"). */
function isStateAdjective(name: string): boolean {
  let answer = STATE_ADJECTIVE_ANSWERS.get(name);
  if (answer === undefined) {
    stateAdjectives ??= new Set(
      readDataFile<{ states: Array<{ adjectives?: Record<string, string[]> }> }>('states.json')
        .states.flatMap((state) => [...(state.adjectives?.en ?? []), ...(state.adjectives?.fr ?? [])])
        .map((adjective) => foldKey(adjective)),
    );
    answer = stateAdjectives.has(foldKey(name));
    // bounded: the names are the gazetteer's State names as texts spell them; a name of its own, not
    // a slice that would keep its document's text alive (ownString)
    if (STATE_ADJECTIVE_ANSWERS.size < 100_000) STATE_ADJECTIVE_ANSWERS.set(ownString(name), answer);
  }
  return answer;
}

/** The Organization, whose parts ("United Nations bodies") the texts address generically. */
const ORGANIZATION = 'UN';

/** "relevant United Nations bodies", "the United Nations system", "органы Организации Объединенных Наций": the Organization named as a modifier of its parts, no addressee. */
function organizationPart(lang: Language, folded: string, candidate: Candidate): boolean {
  if (candidate.id !== ORGANIZATION) return false;
  const { after, before } = lang.organizationParts;
  return (after?.test(folded.slice(candidate.end, candidate.end + 60)) ?? false) || (before?.test(folded.slice(Math.max(0, candidate.start - 30), candidate.start)) ?? false);
}

/** Start of the latest region containing `offset`, or -1. */
function nearestRegion(spans: Array<[number, number]>, offset: number): number {
  let nearest = -1;
  for (const [from, to] of spans) if (offset >= from && offset < to && from > nearest) nearest = from;
  return nearest;
}

/** A bit set at (hash & 0xffff) of each phrase's first token, as the tokenizer hashes it. */
function markerScans(lists: Array<[RegExp | null, string[] | undefined]>): Language['scans'] {
  const markers: RegExp[] = [];
  const stickies: RegExp[] = [];
  const bits = new Uint8Array(0x10000);
  for (const [regex, phrases] of lists) {
    if (!regex || !phrases) continue;
    const bit = 1 << markers.length;
    markers.push(regex);
    stickies.push(new RegExp(regex.source, 'uy'));
    for (const phrase of phrases) {
      const first = nameTokens(phrase)[0];
      if (first !== undefined) bits[hashUnits(Array.from(first, (char) => char.charCodeAt(0)), 0, first.length) & 0xffff]! |= bit;
    }
  }
  return markers.length > 0 ? { markers, stickies, bits } : null;
}
