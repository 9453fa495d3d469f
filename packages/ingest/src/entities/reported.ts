/**
 * MANDATES reported in news and press releases: "By resolution 2482 (2019), the Council called upon
 * Member States to …", "Par ce texte, le Conseil prie le Secrétaire général de …", "En la resolución,
 * el Consejo exhortó a los Estados Miembros a …", "The resolution urges UNODC to …", "Le Conseil a
 * prorogé jusqu'au … le mandat de la MINUSCA", "طلب المجلس إلى الأمين العام أن", "安理会在决议中请秘书长".
 *
 * In a news or press body paragraph (never a resolution's or statement's own text), a sentence whose
 * subject is the organ, the text or a pronoun standing for them, followed by a reported form of a
 * mandating verb, is read as the operative paragraph it reports: the reported form becomes the
 * operative form of data/verbs ("called upon" → "calls upon", "a prié" → "prie", "pidió" → "pide",
 * "просил" → "просит"), and the mandate readers of resolutions (mandates.ts) read the rest of the
 * sentence, so addressees, tasks, partners, that-clauses and extended mandates follow the same rules.
 *
 * The source is the resolution the sentence names as its own ("By resolution N", "En adoptant la
 * résolution N", "resolution N calls upon"), else the one resolution of the organ the document reports
 * as adopted; none identified (statements, debates, a speaker's wish), no mandate. A sentence naming
 * a statement or holding a speech verb, a subject inside quotation marks or after "members of" give
 * none either. Also read: the passive of a renewed mandate with the resolution as its agent ("The
 * mandate of UNMISS was extended … by resolution 2729 (2024)"), a Spanish sentence without its subject
 * ("Además, pidió al …"), "the Government" alone as the Government of the one State the document is
 * about, a second resolution's relative clause. Word lists: data/entities/reported.json, per language.
 */
import { citationsInSpan, type ResolvedCitation } from '../citations';
import { alternation, escapeRegExp as escape, longestFirst } from '../escape-regexp';
import type { Segment, SegmentedDocument } from '../types';
import { clauseLeadWords, lowerCaseKeepingOffsets } from '../verbs';
import { entityRef, governmentId, loadGazetteer, readDataFile } from './gazetteer';
import type { EntityMention } from './index';
import { findMandates, namedAsPlace, type MandateMatch } from './mandates';
import { dominant } from './dominant';

type SubjectKind = 'council' | 'assembly' | 'rights' | 'ecosoc' | 'chr' | 'text' | 'pronoun';

interface ReportedLanguageData {
  subjects: Partial<Record<SubjectKind, string[]>>;
  /** pronouns that stand only for the text as subject ("La résolution prie … Elle demande en outre au Groupe d'experts …") */
  textPronouns?: string[];
  verbFirst?: boolean;
  nullSubject?: boolean;
  /** the endings of a past form opening a sentence without its subject, before a coordinated reported verb ("acogió …, y les pidió") */
  nullSubjectPast?: string[];
  proclitics?: string[];
  /** an object pronoun for the body the verb before named: after a coordinated verb ("and requested it to"), or before it ("et l'a chargé de", "y le pidió que") */
  objectPronouns?: { after?: string[]; before?: string[]; marker?: string; plural?: string[]; relative?: string[]; relativeThen?: string[] };
  /** a transfer of tasks ("decided to transfer the tasks of AMISOM … to ATMIS", "décide de transférer à l'équipe de pays … les tâches"):
   * after the operative form of the decision, the transfer's words; the body right after a marker (one of its articles may stand
   * between; an elided one ends with an apostrophe, "l'") is the receiver, read as the subject of the decision's that-clause with its
   * modal ("decides that ATMIS shall") */
  transfer?: { operative: string; words: string[]; markers: string[]; articles?: string[]; clause: [string, string] };
  /** a modal after words for the text opening the sentence ("Según el texto, el Secretario General deberá …"): read as the operative form */
  modal?: { openers: string[]; verbs: string[]; operative: string };
  /** a source named after the verb: the words right before the citation; the endings of a participle before them, and the words of a
   * conformity ("de conformidad con"), make it no source */
  sourceAfter?: { words: string[]; participleEndings: string[]; notAfter?: string[] };
  auxiliaries: string[];
  inserted: string[];
  /** time words that may stand right after the reported verb, before its addressee ("a prié aujourd'hui le Secrétaire général de"):
   *  left out of the clause read */
  afterVerb?: string[];
  /** a line opening with these words gives another story's headline ("READ ALSO:", "À lire aussi :", "Lea también:"): no provision read */
  readAlso?: string[];
  /** words of a continued act ("also", "en outre", "además"): the organ's verb holding one goes on with the resolution the paragraph before named */
  continued?: string[];
  /** relative words after a resolution's number that open a clause on that resolution's own past ("…, par laquelle le Conseil avait
   *  autorisé …"): its subject and source are not the paragraph's for the sentences after it */
  relativeSource?: string[];
  past: Record<string, string>;
  present: Record<string, string>;
  presentWithOrgan: boolean;
  introducers: string[];
  fillers: string[];
  resolutionWords: string[];
  /** the words alone before a citation since the sentence's start that make the resolution its subject ("Resolution 2720 (2023), drafted
   * by …, was adopted", "La résolution 2720 (2023), …, a été adoptée") */
  resolutionSubject?: string[];
  /** pluperfect auxiliaries ("had", "avait", "había"): a resolution whose own clause after it holds one is told as history ("Resolution 687
   * (1991), adopted on 3 April, had set out …"), no adoption the document reports */
  pluperfect?: string[];
  adopted: string[];
  /** the words before a period's first year ("since 2009", "depuis 2009", "desde 2009"): that year is no time of the adoption */
  since?: string[];
  /** past forms after which a preposition and a gerund open the task ("tasked UNIFIL with supporting"): the prepositions
   * (`words`), the gerund's endings, and the task marker that replaces the preposition */
  taskWith?: { forms: string[]; marker: string; words: string[]; gerundEndings: string[] };
  /** words of a vote count set off by commas between an adoption word and the resolution ("aprobó hoy, por 14 votos a favor …, la resolución") */
  votes?: string[];
  statements: string[];
  speech: string[];
  /** the start of what follows a speech verb that makes it the organ's own act when the organ is its subject: an object, no "that" */
  organAct?: string;
  blockedBefore: string[];
  coordinators: string[];
  /** `namedOnly`: participles also common in descriptions ("is tasked with", "est chargée de"), read only where the sentence names its
   * resolution ("Under that resolution, the Panel is tasked with …"), never with the document's adopted one alone */
  /** `future`: future auxiliaries or forms ("will be", "sera", "se encargará") after which a `namedOnly` participle is a task the
   * document's adopted resolution gives ("La Mission sera chargée de …": the mission being set up, not a description); an auxiliary
   * listed here alone takes only the `namedOnly` forms ("La Force restera chargée de"); a `descriptions` key listed here ("La FNUOS
   * tendrá el mandato de") is such a task too */
  /** `descriptions`: a body's mandate described with no auxiliary ("has the mandate to", "a pour mandat de", "tiene el mandato de"),
   * mapped to an operative form and read as a `namedOnly` form. `created`: words that describe a body as created by a resolution
   * ("créé par", "established by", "creado por"): a relative pronoun or an apposition set off by commas before the passive makes the
   * subject the last body named before them ("le mécanisme … créé par sa résolution 1612, qui est chargé de"; "La Representante
   * Especial, cuyo puesto fue creado por la resolución 51/77 …, tiene el mandato de") */
  passive?: {
    auxiliaries: string[];
    impersonal: string[];
    forms: Record<string, string>;
    taskAfter: string[];
    namedOnly?: string[];
    future?: string[];
    descriptions?: Record<string, string>;
    created?: string[];
    /** `receivers`: participles whose addressee follows a preposition of `receiverAfter` ("its management was entrusted to UNODC",
     * "la gestion a été confiée à l'ONUDC"), mapped to an operative form with that addressee; read as `namedOnly` forms */
    receivers?: Record<string, string>;
    receiverAfter?: string[];
  };
  relatives?: string[];
  /** words that refer back to the resolution a sentence before named as its source ("En ese texto", "In that resolution") */
  sameText?: string[];
  /** text subjects with a demonstrative ("That resolution", "Cette résolution", "Dicha resolución"): the last resolution the paragraph named before */
  demonstratives?: string[];
  mandatePassive?: MandatePassiveData;
  /** the Government named without its country ("the Government", "правительство", "الحكومة", "政府"): the Government of the one State the document is about */
  governmentAlone?: string[];
  /** a duration after "by", "por" that makes the verb before it active ("extended by a year the mandate", "prorrogó por un año el mandato") */
  durations?: string[];
  /** a reported form that is read only coordinated after the subject's clause, the coordinator its own ("，将…延长" → "决定将…延长") */
  coordinatedForms?: Record<string, string>;
}

/** "The mandate of X was extended … by resolution N", "El mandato de la Fuerza fue renovado … en virtud de la resolución N". */
interface MandatePassiveData {
  /** before the mission ("the mandate of", "el mandato de") */
  heads: string[];
  /** after the mission ("'s mandate", "的任务期限") */
  headsAfter?: string[];
  /** the verb and its auxiliary come first ("تم تمديد ولاية البعثة") */
  verbFirst?: boolean;
  /** the agent stands between the auxiliary and the participle ("已由安理会第2584(2021)号决议延长") */
  agentInside?: boolean;
  /** the synthetic clause read, with {verb} (the operative form) and {subject} (default "{verb} {subject}") */
  template?: string;
  auxiliaries: string[];
  /** auxiliaries of the present passive that reports the day's decision ("Le mandat de la MANUL est prorogé jusqu'au …"): with no
   *  agent named, the source is the Council's resolution cited after it in the sentence, else the one the document adopts */
  presentAuxiliaries?: string[];
  /** the mission as subject and its own mandate after it, in the future or present of the day's decision ("Le Groupe d'experts
   *  … verra son mandat élargi", "the Panel will see its mandate extended"): read as the present passive, the mission its subject */
  ownAuxiliaries?: string[];
  /** the articles before the mission's name that the head replaces ("Le Groupe" → "le mandat du Groupe") */
  ownArticles?: string[];
  /** participle → operative form */
  forms: Record<string, string>;
  /** words before the resolution's citation that make it the agent ("by resolution", "en virtud de la resolución", "резолюцией") */
  agents: string[];
}

interface Phrase {
  text: string;
  kind: SubjectKind;
  /** a pronoun that stands only for this kind of subject (French "Elle" for "La résolution …", never for the Council) */
  only?: SubjectKind;
}

interface Language {
  spaced: boolean;
  verbFirst: boolean;
  /** a sentence may open with the verb, its subject the last one named (Spanish) */
  nullSubject: boolean;
  nullSubjectPast: string[];
  proclitics: string[];
  objectAfter: string[];
  objectBefore: string[];
  /** the plural ones of objectBefore ("les a priés de", "les pidió que"): every body, State or Government named since the verb before */
  objectPlural: Set<string>;
  /** a relative pronoun object and the organ's pronoun after a body ("…, qu'il a chargé de", "…, which it tasked with"): that body */
  objectRelative: string[];
  /** the words that open the task after a relative's verb ("to", "with", "de", "que"): a task follows, no report told ("which it requested in 2019") */
  relativeThen: string[];
  /** the shortest coordinator ("and", "et", "y"), joining the objects of a plural pronoun in the synthetic paragraph */
  and: string;
  /** `words`: the transfer's words right after the decision's verb; `before`: a marker and at most an article, right before the receiver */
  transfer: { operative: string; words: RegExp; before: RegExp; clause: [string, string] } | null;
  /** the addressee's marker before the copied object ("pide a …"), none where the verb takes its object directly */
  objectMarker: string;
  sourceAfter: { words: string[]; participleEndings: string[]; notAfter: string[] };
  modal: { openers: string[]; verbs: string[]; operative: string } | null;
  subjects: Phrase[];
  /** words skipped between the subject and the verb: auxiliaries, inserted phrases, the verb table's modifiers (longest first) */
  between: string[];
  /** time words right after the verb, left out of the clause read (longest first) */
  afterVerb: string[];
  /** the openings of a line that gives another story's headline ("read also", "à lire aussi", "lea también"): no provision read */
  readAlso: string[];
  continued: string[];
  /** relative words opening a clause on a named resolution's past ("par laquelle", "by which") */
  relativeSource: string[];
  /** reported form → operative form, longest first */
  past: Array<[string, string]>;
  present: Array<[string, string]>;
  presentWithOrgan: boolean;
  /** the past and the present forms together (the present counts after the text, or after the organ where presentWithOrgan) */
  pastAndPresent: Array<[string, string]>;
  introducer: RegExp;
  /** a sentence opening with its introducer and resolution ("Par la résolution 2714 (2023), le Conseil …", "By resolution 2482 (2019), …") */
  opening: RegExp;
  /** only the resolution's words (resolutionSubject) before a citation since the sentence's start: the resolution is the subject */
  resolutionSubject: RegExp | null;
  pluperfect: RegExp | null;
  adopted: string[];
  /** a word of `since` right before a year (the text ends there) */
  since: RegExp | null;
  taskWith: string[];
  taskMarker: string | null;
  /** a preposition of `taskWith` (captured) and a gerund ("with supporting") */
  taskOpening: RegExp | null;
  votes: string[];
  statements: string[];
  speech: string[];
  organAct: RegExp | null;
  blockedBefore: RegExp | null;
  coordinators: string[];
  passive: {
    auxiliaries: string[];
    impersonal: Set<string>;
    forms: Array<[string, string]>;
    taskAfter: string[];
    namedOnly: Set<string>;
    future: Set<string>;
    futureOnly: Set<string>;
    descriptions: Array<[string, string]>;
    created: string[];
    receivers: Array<[string, string]>;
    receiverAfter: string[];
    /** up to three words and a resolution word after a `created` phrase ("créé par sa résolution 1612") */
    createdResolution: RegExp;
  } | null;
  relatives: string[];
  sameText: string[];
  demonstratives: string[];
  mandatePassive: {
    heads: string[];
    headsAfter: string[];
    auxiliaries: string[];
    presentAuxiliaries: string[];
    ownAuxiliaries: string[];
    ownArticles: string[];
    forms: Array<[string, string]>;
    agent: RegExp;
    verbFirst: boolean;
    agentInside: boolean;
    template: string;
  } | null;
  governmentAlone: string[];
  durations: string[];
  resolutionWords: string[];
  coordinatedForms: Array<[string, string]>;
}

/** One reported clause: a verb replaced by its operative form. */
interface Replacement {
  start: number;
  end: number;
  operative: string;
  /** the verb's object is a pronoun for the first body named since this offset ("extended the mandate of CTED and asked it to") */
  objectSince?: number;
  /** the pronoun is plural: the object is every body, State or Government named since objectSince, as one coordinated span */
  objectPlural?: boolean;
  /** the pronoun is a relative one: the object is the last body named before it (its antecedent) */
  objectLast?: boolean;
}

const REPORTING_TYPES = new Set(['news', 'press-release', 'document']);
const ORGAN_OF: Record<string, string> = { council: 'SC', assembly: 'GA', rights: 'HRC' };
const ORGANS = new Set(Object.values(ORGAN_OF));
/** The organs of the Economic and Social Council's resolutions and of its former Commission on Human Rights' (E/RES, E/CN.4/RES), as subjects of
 * their own resolutions in news ("ECOSOC, in its resolution 1992/1, requested …"); no organ whose mention is kept from addressees. */
const OTHER_ORGAN_OF: Record<string, string> = { ecosoc: 'ECOSOC', chr: 'CHR' };
/** Organs whose resolutions a text subject ("the resolution", "That resolution") may stand for besides the council's and the Assembly's. */
const TEXT_ORGANS = new Set(Object.values(OTHER_ORGAN_OF));
/**
 * The council "the Council" stands for in the document being read: the Security Council, else the Human Rights Council where the
 * document names that one and never the Security Council ("The UN Human Rights Council … In resolution 22/13, … the Council decided …
 * The Council requested the Office …"). Set at the start of findReportedMandates (one document at a time).
 */
let councilOrgan: 'SC' | 'HRC' = 'SC';

let data: Record<string, ReportedLanguageData> | null = null;
const languages = new Map<string, Language | null>();

const longestKeyFirst = (a: [string, string], b: [string, string]): number => b[0].length - a[0].length;
/** a letter or digit at `index` (none past either end): a word goes on there */
const wordCharAt = (text: string, index: number): boolean => index >= 0 && index < text.length && /[\p{L}\p{N}]/u.test(text[index]!);

function languageOf(lang: string): Language | null {
  let language = languages.get(lang);
  if (language !== undefined) return language;
  data ??= readDataFile<Record<string, ReportedLanguageData>>('reported.json');
  const rules = Object.hasOwn(data, lang) && lang !== '$comment' ? data[lang]! : null;
  language = rules ? compile(lang, rules) : null;
  languages.set(lang, language);
  return language;
}

function compile(lang: string, rules: ReportedLanguageData): Language {
  const spaced = lang !== 'zh';
  const subjects: Phrase[] = (Object.keys(rules.subjects) as SubjectKind[])
    .flatMap((kind) => (rules.subjects[kind] ?? []).map((text): Phrase => ({ text, kind })))
    .concat((rules.textPronouns ?? []).map((text): Phrase => ({ text, kind: 'pronoun', only: 'text' })))
    .sort((a, b) => b.text.length - a.text.length);
  const subjectTexts = new Set(subjects.map((subject) => subject.text));
  // the verb table's adverbs ("also", "en outre", "также", "还"), less its subjects and coordinators
  const modifiers = clauseLeadWords(lang).filter((word) => !subjectTexts.has(word) && !rules.coordinators.includes(word) && word !== 'and');
  const boundary = spaced ? '(?:^|[^\\p{L}\\p{N}])' : '';
  const fillers = rules.fillers.length > 0 ? `(?:(?:${rules.fillers.map(escape).join('|')})\\s+)*` : '';
  const space = spaced ? '\\s+' : '\\s*';
  // an introducer and the resolution word before a citation's number ("by resolution", "En adoptant la résolution n°")
  const introduced = `(?:${rules.introducers.map(escape).join('|')})${space}${fillers}(?:${rules.resolutionWords.map(escape).join('|')})${space}(?:n[°o]\\s*|第)?`;
  const past = Object.entries(rules.past).sort(longestKeyFirst);
  const present = Object.entries(rules.present).sort(longestKeyFirst);
  return {
    spaced,
    verbFirst: rules.verbFirst ?? false,
    nullSubject: rules.nullSubject ?? false,
    nullSubjectPast: rules.nullSubjectPast ?? [],
    proclitics: rules.proclitics ?? [],
    objectAfter: longestFirst(rules.objectPronouns?.after ?? []),
    objectBefore: longestFirst(rules.objectPronouns?.before ?? []),
    objectPlural: new Set(rules.objectPronouns?.plural ?? []),
    objectRelative: longestFirst(rules.objectPronouns?.relative ?? []),
    relativeThen: rules.objectPronouns?.relativeThen ?? [],
    and: [...rules.coordinators].sort((a, b) => a.length - b.length)[0] ?? ',',
    transfer: rules.transfer ? compileTransfer(rules.transfer) : null,
    objectMarker: rules.objectPronouns?.marker ? `${rules.objectPronouns.marker} ` : '',
    modal: rules.modal ? { openers: longestFirst(rules.modal.openers), verbs: longestFirst(rules.modal.verbs), operative: rules.modal.operative } : null,
    sourceAfter: { words: longestFirst(rules.sourceAfter?.words ?? []), participleEndings: rules.sourceAfter?.participleEndings ?? [], notAfter: rules.sourceAfter?.notAfter ?? [] },
    subjects,
    between: longestFirst([...rules.auxiliaries, ...rules.inserted, ...modifiers]),
    afterVerb: longestFirst(rules.afterVerb ?? []),
    readAlso: rules.readAlso ?? [],
    continued: rules.continued ?? [],
    relativeSource: rules.relativeSource ?? [],
    past,
    present,
    presentWithOrgan: rules.presentWithOrgan,
    pastAndPresent: [...past, ...present],
    // "by resolution", "En adoptant la résolution", "Through the text, resolution": the text right before a citation's number
    introducer: new RegExp(`${boundary}${introduced}$`, 'u'),
    opening: new RegExp(`^\\s*${introduced}\\d`, 'u'),
    resolutionSubject: rules.resolutionSubject?.length
      ? new RegExp(`^\\s*(?:${longestFirst(rules.resolutionSubject).map((phrase) => escape(phrase).replace(/ /gu, '\\s+')).join('|')})\\s*$`, 'u')
      : null,
    adopted: rules.adopted,
    pluperfect: rules.pluperfect?.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(rules.pluperfect)})(?![\\p{L}])`, 'u') : null,
    since: rules.since?.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(rules.since)})\\s+$`, 'u') : null,
    votes: rules.votes ?? [],
    taskWith: rules.taskWith?.forms ?? [],
    taskMarker: rules.taskWith?.marker ?? null,
    taskOpening: rules.taskWith
      ? new RegExp(`(?<![\\p{L}])(${rules.taskWith.words.map(escape).join('|')})\\s+\\p{L}+(?:${rules.taskWith.gerundEndings.map(escape).join('|')})(?![\\p{L}])`, 'iu')
      : null,
    statements: rules.statements,
    speech: rules.speech,
    organAct: rules.organAct ? new RegExp(rules.organAct, 'u') : null,
    blockedBefore: rules.blockedBefore.length > 0 ? new RegExp(`${boundary}(?:${rules.blockedBefore.map(escape).join('|')})\\s*$`, 'u') : null,
    coordinators: longestFirst(rules.coordinators),
    passive: rules.passive ? compilePassive(rules.passive, rules.resolutionWords) : null,
    relatives: longestFirst(rules.relatives ?? []),
    sameText: rules.sameText ?? [],
    demonstratives: rules.demonstratives ?? [],
    mandatePassive: rules.mandatePassive
      ? {
          heads: longestFirst(rules.mandatePassive.heads),
          headsAfter: longestFirst(rules.mandatePassive.headsAfter ?? []),
          auxiliaries: longestFirst(rules.mandatePassive.auxiliaries),
          presentAuxiliaries: longestFirst(rules.mandatePassive.presentAuxiliaries ?? []),
          ownAuxiliaries: longestFirst(rules.mandatePassive.ownAuxiliaries ?? []),
          ownArticles: longestFirst(rules.mandatePassive.ownArticles ?? []),
          forms: Object.entries(rules.mandatePassive.forms).sort(longestKeyFirst),
          verbFirst: rules.mandatePassive.verbFirst ?? false,
          agentInside: rules.mandatePassive.agentInside ?? false,
          template: rules.mandatePassive.template ?? '{verb} {subject}',
          // the agent, then the text's words, right before the citation's number
          agent: new RegExp(
            `${boundary}(?:${rules.mandatePassive.agents.map(escape).join('|')})${space}${fillers}(?:(?:${rules.resolutionWords.map(escape).join('|')})${space})?(?:n[°o]\\s*|第)?$`,
            'u',
          ),
        }
      : null,
    governmentAlone: longestFirst(rules.governmentAlone ?? []),
    durations: rules.durations ?? [],
    resolutionWords: rules.resolutionWords,
    coordinatedForms: Object.entries(rules.coordinatedForms ?? {}).sort(longestKeyFirst),
  };
}

/** The passive's forms; a future auxiliary that is neither a form nor a present auxiliary ("will be") is read as an auxiliary that takes the `namedOnly` participles only. */
function compilePassive(passive: NonNullable<ReportedLanguageData['passive']>, resolutionWords: string[]): NonNullable<Language['passive']> {
  const future = passive.future ?? [];
  const futureOnly = future.filter((word) => !passive.forms[word] && !passive.auxiliaries.includes(word) && !passive.descriptions?.[word]);
  return {
    auxiliaries: longestFirst([...passive.auxiliaries, ...futureOnly]),
    impersonal: new Set(passive.impersonal),
    forms: Object.entries(passive.forms).sort(longestKeyFirst),
    taskAfter: longestFirst(passive.taskAfter),
    namedOnly: new Set([...(passive.namedOnly ?? []), ...Object.keys(passive.descriptions ?? {}), ...Object.keys(passive.receivers ?? {})]),
    future: new Set(future),
    futureOnly: new Set(futureOnly),
    descriptions: Object.entries(passive.descriptions ?? {}).sort(longestKeyFirst),
    created: longestFirst(passive.created ?? []),
    receivers: Object.entries(passive.receivers ?? {}).sort(longestKeyFirst),
    receiverAfter: longestFirst(passive.receiverAfter ?? []),
    createdResolution: new RegExp(String.raw`^[ \t]+(?:[\p{L}'’]+[ \t]+){0,3}(?:${alternation(resolutionWords)})(?![\p{L}])`, 'u'),
  };
}

/** The transfer's regexes, built once per language: its words after the decision, a marker and an article before the receiver. */
function compileTransfer(transfer: NonNullable<ReportedLanguageData['transfer']>): NonNullable<Language['transfer']> {
  const markers = alternation(transfer.markers);
  // "the ", "la ", "l'" or "l’" (an elided article ends with an apostrophe, the word right after it)
  const articles = longestFirst(transfer.articles ?? []).map((article) =>
    article.endsWith("'") ? `${escape(article.slice(0, -1))}['’]` : `${escape(article)}\\s+`,
  );
  return {
    operative: transfer.operative,
    words: new RegExp(`^\\s+(?:${alternation(transfer.words)})(?![\\p{L}])`, 'u'),
    before: new RegExp(`(?:^|[^\\p{L}])(?:${markers})\\s+${articles.length > 0 ? `(?:${articles.join('|')})?` : ''}$`, 'u'),
    clause: transfer.clause,
  };
}

/** The mandates that a news or press document's body paragraphs report, each with its source resolution. */
export function findReportedMandates(doc: SegmentedDocument, mentions: readonly EntityMention[]): MandateMatch[] {
  if (!REPORTING_TYPES.has(doc.identity.docType)) return [];
  const lang = languageOf(doc.identity.lang);
  if (!lang) return [];
  const lowered = lowerCaseKeepingOffsets(doc.text);
  councilOrgan = councilOf(mentions);
  const found: MandateMatch[] = [];
  let adopted: ResolvedCitation[] | null = null;
  /** the resolutions named as the agents of renewed mandates ("was extended … by resolution N") */
  const agents = new Set<string>();
  /** the subject of the last sentence of the paragraph before, for a pronoun opening the next ("Il a également prié …") */
  let previous: SubjectKind | null = null;
  /**
   * the resolution of the document's year that a sentence opening with it reported a mandate of ("Mediante la resolución 1704 (2006), el
   * Consejo encomendó …" in a news item of 2006), for the organ of a later paragraph where the document reports none adopted ("El Consejo
   * pidió al Secretario General …")
   */
  let openedThisYear: string | null = null;
  const documentYear = Number(doc.identity.date?.slice(0, 4) ?? 0);
  /**
   * the one resolution of the document's year that a sentence of it opens with ("Par la résolution 2391 (2017), le Conseil demande
   * aussi …", "Aux termes de la résolution 2542 (2020), la Mission est dirigée …"), also in a later paragraph: where the document
   * reports none adopted (its adoption told without the number, "a adopté une résolution qui …"), the source of the organ or the text
   * in a paragraph that names none ("Le texte demande au Secrétaire général …" before it, "Il a également prié …" after it); read at the
   * first clause that needs it (a council's or a text's with no other source, where the document reports none adopted), undefined until then
   */
  let openedInDocument: string | null | undefined;
  /**
   * the resolution the paragraph right before named as its own ("Par sa résolution 2082 (2012), le Conseil de sécurité a décidé …"),
   * for the organ's continued act in the next paragraph ("Le Conseil a en outre prié l'Équipe …", after a sentence on another
   * subject) where the document reports none adopted and the paragraph names none, as "Par la même résolution" would carry it;
   * not a bare "Le Conseil a prié" (history on a committee page, another year's text)
   */
  let namedBefore: string | null = null;
  doc.segments.forEach((segment, index) => {
    if (segment.section !== 'body' || segment.textOf !== null) return;
    const carriedNamed = namedBefore;
    namedBefore = null;
    // "READ ALSO: Council extends UNOMUR", "Lea también: El Consejo prorroga el mandato de la UNAVEM III": another story's headline
    const opening = lowered.slice(segment.start, Math.min(segment.end, segment.start + 40)).trimStart();
    if (lang.readAlso.some((words) => opening.startsWith(words))) {
      previous = null;
      return;
    }
    // a table of resolutions and their provisions: "S/RES/2124 (2013) 12 November 2013 Requests the Secretary-General …"
    const row = summaryRow(doc, lang, segment);
    if (row) {
      found.push(...readClause(doc, lowered, mentions, index, row.source, [{ start: row.start, end: row.start, operative: '' }], segment.end));
      previous = null;
      return;
    }
    // no subject and no passive form in the paragraph: nothing to read (most paragraphs of most documents)
    const paragraph = lowered.slice(segment.start, segment.end);
    if (
      !lang.subjects.some((subject) => paragraph.includes(subject.text)) &&
      !lang.passive?.forms.some(([form]) => paragraph.includes(form)) &&
      !lang.passive?.descriptions.some(([form]) => paragraph.includes(form)) &&
      !lang.passive?.receivers.some(([form]) => paragraph.includes(form)) &&
      !lang.mandatePassive?.forms.some(([form]) => paragraph.includes(form))
    ) {
      previous = null;
      return;
    }
    let antecedent: SubjectKind | null = null;
    /** the source the paragraph's last sentence named itself, for "En ese texto, el Consejo también exhortó …" */
    let named: string | null = null;
    /** the resolution the last sentence opening with it named ("Par la résolution 2714 (2023), le Conseil a levé …"), for "Le texte prie …" */
    let opened: string | null = null;
    const carried = previous;
    previous = null;
    /** where the sentence before in the paragraph starts: the antecedents of a plural pronoun opening the next ("Il les a priés de") */
    let sentenceBefore: number | null = null;
    /** the end of the last reported verb of the sentence before: after it, the antecedent of a singular pronoun opening the next ("Il l'a prié de") */
    let verbEnd: number | null = null;
    for (const [from, to] of sentences(doc.text, segment)) {
      const lastSentence = sentenceBefore;
      sentenceBefore = from;
      const lastVerb = verbEnd;
      verbEnd = null;
      const sentence = lowered.slice(from, to);
      // a statement's provisions, a speaker's words: no resolution's
      if (lang.statements.some((word) => sentence.includes(word))) {
        // a numbered presidential statement's own request ("a 2011 presidential statement (S/PRST/2011/15), in which it requested the
        // Secretary-General to …"): that statement is the act, where the sentence names one statement by its symbol and no resolution
        if (sentence.includes('s/prst/')) {
          const cited = citationsInSpan(doc.text, from, to);
          const statements = new Set(cited.filter((citation) => citation.target.kind === 'Statement').map((citation) => citation.target.symbol));
          if (statements.size === 1 && !cited.some((citation) => citation.target.kind === 'Resolution')) {
            let clause = reportedClause(lang, doc.text, lowered, segment, from, to, null, null);
            // "The Council last spoke … in a … statement (S/PRST/…), in which it requested": the pronoun stands for the sentence's subject
            if (clause && clause.replacements.length === 0) clause = reportedClause(lang, doc.text, lowered, segment, from, to, clause.kind, null);
            if (clause && clause.replacements.length > 0) found.push(...readClause(doc, lowered, mentions, index, [...statements][0]!, clause.replacements, clause.end ?? to));
          }
        }
        // a statement's or a draft's provisions: the rest of the paragraph tells them ("In a presidential statement, … The Council also
        // requested …")
        previous = null;
        break;
      }
      // "Según el texto, el Secretario General deberá …" (no speaker's "según"): the resolution the paragraph named last, else the one
      // the document adopts
      const modal = modalClause(lang, lowered, from, to);
      if (modal) {
        adopted ??= adoptedResolutions(doc, lowered, lang);
        const source = lastResolution(doc, segment.start, from, 'text') ?? reportedResolution(adopted, 'text');
        if (source) found.push(...readParts(doc, lowered, mentions, index, source, modal));
        continue;
      }
      if (speakerSentence(lang, sentence)) {
        antecedent = previous = null;
        continue;
      }
      // "The mandate of UNMISS was extended … by resolution 2729 (2024)": the resolution named as the agent is the source
      const extended = mandatePassive(lang, doc.text, lowered, segment, from, to);
      // the present passive with no agent ("Le mandat de la MONUT est prorogé jusqu'au 15 mai"): the document's adopted resolution
      const extendedSource = extended && (extended.source ?? reportedResolution((adopted ??= adoptedResolutions(doc, lowered, lang)), 'council'));
      if (extended && extendedSource) {
        found.push(...readParts(doc, lowered, mentions, index, extendedSource, extended.parts));
        agents.add(extendedSource);
        named = extendedSource;
        continue;
      }
      const clause = reportedClause(
        lang,
        doc.text,
        lowered,
        segment,
        from,
        to,
        antecedent,
        antecedent === null && from === segment.start ? carried : null,
        lastSentence,
        lastVerb,
      );
      if (clause && clause.replacements.length > 0) verbEnd = clause.replacements[clause.replacements.length - 1]!.end;
      // a second resolution's relative clause in the sentence ("…, and resolution 2462 (2019), which demands …")
      for (let more = clause; more?.next !== undefined; ) {
        const next = reportedClause(lang, doc.text, lowered, segment, more.next, to, null, null);
        if (next?.source && next.replacements.length > 0) found.push(...readClause(doc, lowered, mentions, index, next.source, next.replacements, next.end ?? to));
        more = next;
      }
      // after an active clause, a receiver's passive coordinated later in the sentence ("the Assembly decided that the Fund would …, and
      // its management was entrusted to UNODC"): the receivers alone
      const active = clause !== null && clause.replacements.length > 0;
      const passiveFrom = active ? clause.replacements[clause.replacements.length - 1]!.end : from;
      if (!active || lang.passive?.receivers.some(([form]) => lowered.slice(passiveFrom, to).includes(form))) {
        // "The Secretary-General is requested to …", "il est décidé que …", "se pide al Secretario General que …"; a second one later in
        // the sentence too ("the Panel is tasked with assessing …, and the Federal Government is requested to report")
        for (let passive = passiveClause(lang, doc.text, lowered, segment, passiveFrom, to); passive; passive = passiveClause(lang, doc.text, lowered, segment, passive.formEnd, to)) {
          if (active && !lang.passive?.receivers.some(([form]) => form === passive!.form)) continue;
          adopted ??= adoptedResolutions(doc, lowered, lang);
          // "Under that resolution, the Panel is tasked with …": the resolution the paragraph named last
          // ("Aux termes du texte, le BINUCA est chargé …" in a paragraph naming none: the one the document reports adopted; in a
          // document that reports none adopted, the last one it named before the paragraph, as for the organ's "Par la même
          // résolution": a DPA page's "Under that resolution, the CTITF Office is tasked with" after "… in its resolution 64/235")
          const back = sameTextBefore(lang, lowered, from, passive.clauseStart)
            ? (lastResolution(doc, segment.start, from, 'text') ??
              reportedResolution(adopted, 'text') ??
              adoptedBefore(adopted, from, 'text') ??
              (adopted.length === 0 ? lastResolution(doc, 0, segment.start, 'text') : null))
            : null;
          const named = sourceInSentence(doc, lowered, lang, from, passive.clauseStart, 'text') ?? back;
          const reported = reportedResolution(adopted, 'text');
          // a participle also common in descriptions ("est chargé de"): only where the sentence names its resolution, or where its subject
          // is a body the sentence citing the adopted resolution named ("… la résolution 2235 (2015), qui établit un Mécanisme d'enquête
          // conjoint … Le Mécanisme est chargé d'identifier …")
          const source =
            named ??
            (!lang.passive?.namedOnly.has(passive.form)
              ? (reported ?? (adopted.length === 0 ? openedThisYear : null))
              : reported !== null && (passive.future || namedWithAdoption(doc, mentions, adopted, reported, passive.parts, from))
                ? reported
                : (sourceNamingSubject(doc, mentions, named ?? opened, passive.parts, segment.start, from) ?? headingSource(doc, mentions, passive.parts, from)));
          // "En 2021, se prorrogó el mandato …": another year before the passive's task, its source not named, is history
          const task = passive.parts.find((part): part is [number, number] => typeof part !== 'string');
          const history = named === null && task !== undefined && historical(lang, lowered.slice(from, task[0]), yearOf(source ?? ''));
          if (passive.antecedent) {
            // the subject a relative pronoun or an apposition stands for: the last body named before the words of its creation
            const [start, end] = passive.antecedent;
            const body = mentions
              .filter((mention) => mention.kind === 'Body' && mention.start >= start && mention.end <= end)
              .reduce<EntityMention | undefined>((last, mention) => (last && last.start > mention.start ? last : mention), undefined);
            if (body) passive.parts[1] = [body.start, body.end];
            else passive.parts.length = 0;
          }
          if (source && !history && passive.parts.length > 0) found.push(...readParts(doc, lowered, mentions, index, source, passive.parts));
        }
      }
      if (!clause) continue;
      antecedent = previous = clause.kind;
      const kind = clause.kind;
      // the resolution the sentence names as its own, also where it reports no mandate ("Par la résolution 2714 (2023), le Conseil a
      // levé l'embargo … Le texte prie …")
      // also between the subject and its verb ("The Council, in resolution 2617 (2021), directed CTED …")
      const own =
        clause.source ??
        sourceInSentence(doc, lowered, lang, from, clause.subjectStart, kind) ??
        (clause.replacements.length > 0 ? sourceInSentence(doc, lowered, lang, clause.subjectStart, clause.replacements[0]!.start, kind) : null) ??
        // "renovó el mandato de la MINURSO … con la resolución 2756 (2024)": the source named after the verb
        (clause.replacements.length > 0 ? sourceAfterVerb(doc, lowered, lang, clause.replacements[0]!.end, clause.end ?? to, kind) : null);
      const before = opened;
      // also where the sentence reports no mandate; not a resolution named after a participle ("créé par la résolution 2165 (2014)")
      if (own && lang.opening.test(lowered.slice(from, to))) opened = own;
      if (clause.replacements.length === 0) continue;
      adopted ??= adoptedResolutions(doc, lowered, lang);
      // "En el mismo texto, instó …" (no subject: the words before the verb), "In that resolution, the Council also …": the resolution the
      // sentence before named as its own, else the last one the paragraph named ("The Council set up the regime in resolution 2713 (2023)."),
      // else, in a document that reports none adopted, the last one it named before the paragraph (a committee page's "Par la même
      // résolution, le Conseil a prié …" after a paragraph telling the committee's creation by resolution 1160 (1998); where one is reported
      // adopted, "Aux termes de ce texte" after "… adopté la résolution 2688 (2023), … le Comité créé par la résolution 1533 (2004)." is 2688)
      const back: string | null =
        own === null && sameTextBefore(lang, lowered, from, Math.max(clause.subjectStart, clause.replacements[0]!.start))
          ? (named ?? lastResolution(doc, segment.start, from, kind) ?? (adopted.length === 0 ? lastResolution(doc, 0, segment.start, kind) : null))
          : null;
      // "the text" alone: the resolution a sentence before in the paragraph opened with, unless older than the one the document reports
      // adopted (history: "By resolution 2165 (2014), the Council had authorized …"); else that adopted one, else the one resolution a
      // passive named as the agent of a renewed mandate ("任务期限已由安理会第2584(2021)号决议延长")
      const reportedOne = reportedResolution(adopted, kind);
      const previousText = kind === 'text' && before !== null && !(reportedOne !== null && yearOf(before) < yearOf(reportedOne)) ? before : null;
      // the organ again, or a pronoun for it, after a sentence of the paragraph that named its own source ("In resolution 2178 (2014),
      // the Council decided … The Council also called upon …", "… It also directed CTED …"): that resolution, also where the document
      // reports another one adopted (the paragraph goes on telling the one it named)
      const previousOwn = kind !== 'text' ? named : null;
      // "En el texto, el Consejo encomienda …" where the document reports several adopted: the last one reported before the sentence
      const textAt = reportedOne === null && (kind === 'text' || sameTextBefore(lang, lowered, from, Math.max(clause.subjectStart, clause.replacements[0]!.start))) ? adoptedBefore(adopted, from, kind) : null;
      // "… under Commission on Human Rights resolution 1993/6. That resolution requested …": the last resolution the paragraph named
      const demonstrative =
        own === null && kind === 'text' && lang.demonstratives.some((words) => lowered.startsWith(words, clause.subjectStart)) ? lastResolution(doc, segment.start, from, 'text') : null;
      let source = own ?? back ?? demonstrative ?? previousText ?? previousOwn ?? reportedOne ?? textAt ?? (agents.size === 1 && (kind === 'council' || kind === 'text' || kind === 'pronoun') ? [...agents][0]! : null);
      if (source === null && adopted.length === 0 && (kind === 'council' || kind === 'text')) {
        if (kind === 'council' && openedThisYear !== null) source = openedThisYear;
        else {
          if (openedInDocument === undefined) openedInDocument = documentYear > 0 ? openingResolutionOfYear(doc, lowered, lang, documentYear) : null;
          source = openedInDocument;
        }
        // "Par cette résolution, l'Assemblée a prié … ¶ La résolution charge également …": the text's continued act too
        if (
          source === null &&
          carriedNamed !== null &&
          (kind === 'council' || kind === 'text') &&
          lastResolution(doc, segment.start, from, kind) === null &&
          lang.continued.some(
            (words) =>
              containsWord(lang, lowered.slice(from, clause.replacements[0]!.end), words) ||
              // right after the verb ("La résolution charge également …")
              startsWord(lang, lowered, skipSpaces(lowered, clause.replacements[0]!.end), words),
          )
        ) {
          source = carriedNamed;
        }
      }
      // "Le texte fait suite à la résolution 1258 (1999), par laquelle le Conseil avait autorisé …": the subject is a relative
      // clause's on the resolution it names, whose past it tells; "Il demande …" after it is the adopted text's
      const relative =
        own !== null &&
        clause.subjectStart > from &&
        lang.relativeSource.some((words) => lowered.startsWith(words, clause.subjectStart) || lowered.slice(from, clause.subjectStart).includes(words)) &&
        lang.subjects.some((subject) => subject.kind === 'text' && !/resolu|résolu/u.test(subject.text) && lowered.startsWith(subject.text, from));
      if (relative) antecedent = previous = 'text';
      if (own && !relative) named = own;
      // "In that resolution, the Assembly welcomed … The Assembly requested …": the resolution the anaphor pointed back to goes on for
      // the organ's next sentences in the paragraph, as one the sentence named itself
      else if (own === null && back !== null) named = back;
      // also the organ's own source named in its sentence ("El Consejo prorroga … el mandato de la … mediante la resolución 2684 (2023).")
      if (own && (own === opened || kind === 'council') && documentYear > 0 && yearOf(own) === documentYear) openedThisYear = own;
      if (!source) continue;
      found.push(...readClause(doc, lowered, mentions, index, source, clause.replacements, clause.end ?? to));
    }
    namedBefore = named;
  });
  return found;
}

/**
 * The one Council resolution of `year` that sentences of the document's body paragraphs open with, after an introducer ("Par la
 * résolution 2391 (2017), …", "En la resolución 2694 (2023), …", "In resolution 2655 (2022), …"); none, or two, give null.
 */
function openingResolutionOfYear(doc: SegmentedDocument, lowered: string, lang: Language, year: number): string | null {
  const symbols = new Set<string>();
  for (const segment of doc.segments) {
    if (segment.section !== 'body' || segment.textOf !== null) continue;
    for (const [from, to] of sentences(doc.text, segment)) {
      if (!lang.opening.test(lowered.slice(from, to))) continue;
      const citation = citationsInSpan(doc.text, from, to).find((found) => found.target.kind === 'Resolution');
      if (citation && citation.target.organ === 'SC' && citation.target.year === year) symbols.add(citation.target.symbol);
    }
  }
  return symbols.size === 1 ? [...symbols][0]! : null;
}

/** The year of a symbol ("S/RES/2714 (2023)" → 2023; none → 0). */
function yearOf(symbol: string): number {
  const year = /\((\d{4})\)\s*$/u.exec(symbol);
  return year ? Number(year[1]) : 0;
}

/**
 * A row of a table of resolutions: the paragraph opens with the resolution's symbol (its date may follow) and goes on with the
 * operative clauses that summarise it ("S/RES/2111 (2013) 24 July 2013 Consolidates …; extends the mandate of the Somalia and
 * Eritrea Monitoring Group").
 */
function summaryRow(doc: SegmentedDocument, lang: Language, segment: Segment): { source: string; start: number } | null {
  const head = doc.text.slice(segment.start, Math.min(segment.end, segment.start + 60));
  if (!/^\s*(?:S\/RES\/|A\/RES\/)/u.test(head)) return null;
  const citation = citationsInSpan(doc.text, segment.start, Math.min(segment.end, segment.start + 60))[0];
  if (!citation || citation.target.kind !== 'Resolution' || doc.text.slice(segment.start, citation.start).trim() !== '') return null;
  const date = ROW_DATE.exec(doc.text.slice(citation.end, Math.min(segment.end, citation.end + 40)))!;
  const start = citation.end + date[0].length;
  // the summary opens with a capitalised verb ("Requests", "Partially lifts", "Consolidates"); the mandate readers then take the clause verbs that open its clauses
  if (start >= segment.end || !/^\p{Lu}\p{Ll}/u.test(doc.text.slice(start, start + 2)) || (lang.spaced && /^(?:The|A|An|Le|La|Les|El|Los|Las)\s/u.test(doc.text.slice(start, start + 5)))) return null;
  return { source: citation.target.symbol, start };
}

/** The date after a symbol in a table row: "12 November 2013", "(24 July 2013)", "March 5, 2014", with the separators around it. */
const ROW_DATE = /^[\s,:–—-]*(?:\(?\d{1,2}\s+\p{L}+\s+\d{4}\)?|\(?\p{L}+\s+\d{1,2},?\s+\d{4}\)?)?[\s,:–—-]*/u;

/** The sentences of a paragraph, as [start, end) offsets in the document. */
function sentences(source: string, segment: Segment): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = segment.start;
  const end = /[.!?](?=\s+[^\s\p{Ll}])|[。！？]/gu;
  end.lastIndex = segment.start;
  const text = source.slice(0, segment.end);
  for (let match = end.exec(text); match && match.index < segment.end; match = end.exec(text)) {
    // "U.N.", "No. 5", "S/RES/2124": a period inside a word or after one letter is no sentence end
    if (/\p{L}\.\p{L}$|(?:^|\s)\p{L}$/u.test(text.slice(Math.max(segment.start, match.index - 3), match.index))) continue;
    spans.push([start, match.index + 1]);
    start = match.index + 1;
  }
  if (start < segment.end) spans.push([start, segment.end]);
  return spans;
}

interface Clause {
  kind: SubjectKind;
  subjectStart: number;
  /** the resolution the subject itself names ("resolution 2370 (2017) calls upon") */
  source: string | null;
  replacements: Replacement[];
  /** where the clause ends, short of the sentence's end when another resolution's relative clause follows (read from `next`) */
  end?: number;
  next?: number;
}

/**
 * The reported clause of the sentence [from, to): the first subject followed by a reported verb (or with one coordinated after
 * it), else the first subject alone (the antecedent of a pronoun in the next sentence), else null.
 */
function reportedClause(
  lang: Language,
  text: string,
  lowered: string,
  segment: Segment,
  from: number,
  to: number,
  antecedent: SubjectKind | null,
  carried: SubjectKind | null,
  sentenceBefore: number | null = null,
  lastVerbEnd: number | null = null,
): Clause | null {
  let first: Clause | null = null;
  let firstAfter = 0;
  // "resolution 2396 (2017), which calls on Member States to": a relative pronoun after a citation is the text as subject
  const sentence = lowered.slice(from, to);
  const cited = lang.relatives.some((word) => sentence.includes(word))
    ? citationsInSpan(text, from, to).filter((citation) => citation.target.kind === 'Resolution')
    : [];
  // Spanish drops the subject: "Además, pidió al Secretario General …" after a sentence whose subject is the Council
  const dropped = lang.nullSubject ? (antecedent ?? carried) : null;
  if (dropped !== null) {
    const opening = openingSkipped(lang, lowered, from, to);
    let verb = verbAt(lang, lowered, opening, to, dropped);
    // "Les pidió que sigan …", "Le pidió al Secretario General que …": an object pronoun before the verb
    verb ??= cliticVerb(lang, lowered, opening, to, dropped, sentenceBefore, lastVerbEnd);
    if (verb) return { kind: dropped, subjectStart: from, source: null, replacements: [verb, ...coordinated(lang, lowered, verb.end, to, dropped)] };
    // "Asimismo, acogió con beneplácito el compromiso del Gobierno … y les pidió que …": a past form of another verb opening the
    // sentence (its subject still the organ), then a reported one coordinated after it
    const word = /^\p{Ll}+/u.exec(lowered.slice(opening, to))?.[0] ?? '';
    if (word !== '' && lang.nullSubjectPast.some((ending) => word.length > ending.length + 2 && word.endsWith(ending))) {
      const more = coordinated(lang, lowered, opening + word.length, to, dropped);
      if (more.length > 0) return { kind: dropped, subjectStart: from, source: null, replacements: more };
    }
  }
  for (let at = from; at < to; at++) {
    const relative = cited.length > 0 ? relativeAt(lang, lowered, at, to, cited) : null;
    if (relative) {
      // the clause ends where another resolution's relative starts ("resolution 2482 (2019), which calls on …, and resolution 2462
      // (2019), which demands …"): that one is read next, with its own source
      const next = cited.find((citation) => citation.start > relative.end && relativeAt(lang, lowered, skipRelativeGap(lowered, citation.end, to), to, cited));
      const end = next ? next.start : to;
      const verb = verbAt(lang, lowered, skipBetween(lang, lowered, relative.end, end), end, 'text');
      if (verb) return { kind: 'text', subjectStart: at, source: relative.source, replacements: [verb, ...coordinated(lang, lowered, verb.end, end, 'text')], end, next: next?.start };
      // "resolución 2532 (2020), con la que el Consejo exigió … y solicitó": the organ as the relative clause's subject
      const organ = organInRelative(lang, lowered, relative.end, end);
      if (organ) return { kind: 'council', subjectStart: at, source: relative.source, replacements: [organ, ...coordinated(lang, lowered, organ.end, end, 'council')], end, next: next?.start };
      continue;
    }
    const subject = subjectAt(lang, lowered, at, to);
    if (!subject) continue;
    // a pronoun stands for the subject of a sentence before it in the paragraph, or, opening the paragraph, of the paragraph before
    // ("Par ailleurs, il demande …": the adverbs and commas that open a sentence may come first; "Par ce texte, il prie …",
    // "Aux termes de ce texte, il demande …": after an introducer and the text alone, it opens the sentence)
    const opens = openingSkipped(lang, lowered, from, at) >= at || introducedText(lang, lowered.slice(from, at));
    const standsFor = subject.kind !== 'pronoun' ? subject.kind : (antecedent ?? (opens ? carried : null));
    if (standsFor === null || (subject.only !== undefined && standsFor !== subject.only)) continue;
    // "recordó que la resolución …", "members of the Council": no subject, nor any shorter one inside it ("resolución")
    if (lang.blockedBefore?.test(lowered.slice(Math.max(segment.start, at - 16), at)) || insideQuotes(text, segment.start, at) || objectOfReported(lang, lowered, segment.start, at)) {
      at += subject.text.length - 1;
      continue;
    }
    // "In the resolution, the Council requests …": the organ after the text introduced speaks for the text, its present the text's
    // (English keeps the present after the organ alone for a press statement's own words)
    const kind = standsFor === 'council' && subject.kind === 'council' && introducedText(lang, lowered.slice(from, at)) ? 'text' : standsFor;
    let source: string | null = null;
    let verb: Replacement | null = null;
    let after = at + subject.text.length;
    if (lang.verbFirst) {
      const before = verbBefore(lang, lowered, at, from, kind);
      // the subject goes with its verb: "طلب المجلس إلى" → "يطلب إلى"
      if (before) verb = { ...before, end: after };
    } else {
      // "resolution 2370 (2017) calls upon": the citation after the subject's word is the source
      if (kind === 'text') {
        const cited = citationsInSpan(text, at, Math.min(to, after + 40)).find(
          (citation) => citation.target.kind === 'Resolution' && citation.start >= after && /^\s*(?:n[°o]\s*)?$/u.test(lowered.slice(after, citation.start)),
        );
        if (cited) {
          source = cited.target.symbol;
          after = cited.end;
        }
      }
      verb = verbAt(lang, lowered, skipBetween(lang, lowered, after, to), to, kind);
      // "Il les a priés de", "Il l'a prié de": an object pronoun before the verb stands for the bodies of the sentence before
      if (!verb) verb = cliticVerb(lang, lowered, skipBetween(lang, lowered, after, to), to, kind, sentenceBefore, lastVerbEnd);
      // "Le texte, qui prie …", "Resolution 2720 (2023), which the Council adopted …, requests": a relative clause after the text
      if (!verb && kind === 'text') verb = verbAroundRelative(lang, lowered, after, to, source !== null);
    }
    if (verb) {
      // "… and encouraged UNODC", "et a prié", "y alentó"
      // "… of its landmark resolution 1325, the Security Council this morning adopted resolution 2493 (2019), urging …": the adopted one
      if (source !== null) source = adoptedBetween(lang, text, lowered, after, verb.start) ?? source;
      return { kind, subjectStart: at, source, replacements: [verb, ...coordinated(lang, lowered, verb.end, to, kind)] };
    }
    if (!first) {
      first = { kind, subjectStart: at, source, replacements: [] };
      firstAfter = after;
    }
    at = after - 1;
  }
  // no subject with its verb: the verbs coordinated after the first one ("принял резолюцию … и продлил", "adopted … and requested")
  if (first) {
    first.replacements = coordinated(lang, lowered, firstAfter, to, first.kind);
    // "Marking the anniversary of its landmark resolution 1325, the Security Council this morning adopted resolution 2493 (2019), urging
    // …": a resolution adopted between the first subject and the coordinated verb is the verb's source, not the one recalled before
    const verb = first.replacements[0];
    if (verb) first.source = adoptedBetween(lang, text, lowered, firstAfter, verb.start) ?? first.source;
  }
  return first;
}

/**
 * A reported verb after an object pronoun at `position`, the pronoun standing for bodies of the sentence before (from `sentenceBefore`):
 * a plural one for every body, State or Government named there ("Il les a priés de", "Les pidió que"), a singular one for the first
 * body after that sentence's last reported verb (`lastVerbEnd`: "… et encourage la CEEAC à poursuivre sa médiation. Il l'invite à …"),
 * else its first one ("Le Conseil a prorogé le mandat de la MANUL. Il l'a prié de"); a singular one that doubles an object named
 * after the verb with the addressee's marker ("Le pidió al Secretario General que") is the verb alone. None without a sentence before.
 */
function cliticVerb(
  lang: Language,
  lowered: string,
  position: number,
  to: number,
  kind: SubjectKind,
  sentenceBefore: number | null,
  lastVerbEnd: number | null,
): Replacement | null {
  const clitic = lang.objectBefore.find((word) => pronounAt(lowered, position, word));
  if (!clitic) return null;
  const found = verbAt(lang, lowered, skipBetween(lang, lowered, position + clitic.length, to), to, kind);
  if (!found) return null;
  const marker = lang.objectMarker.trim();
  const next = lowered.slice(skipSpaces(lowered, found.end), Math.min(to, found.end + 8));
  if (!lang.objectPlural.has(clitic) && marker !== '' && (next.startsWith(`${marker} `) || next.startsWith(`${marker}l `))) return found;
  if (sentenceBefore === null) return null;
  return lang.objectPlural.has(clitic) ? { ...found, objectSince: sentenceBefore, objectPlural: true } : { ...found, objectSince: lastVerbEnd ?? sentenceBefore };
}

/**
 * A text subject followed by a relative clause between commas: the relative's own reported verb ("Le texte, qui prie le Secrétaire
 * général …", "The text, which requests …"), the organ's inside it ("la resolución 2532 (2020), con la que el Consejo … solicitó"),
 * else the verb after the clause's closing comma ("Resolution 2720 (2023), which the Council adopted on Friday with 13 votes …,
 * requests the Secretary-General"); none without a comma before the relative. After a citation the relative's own verb is read
 * with that citation as its source (reportedClause's relatives, which also end the clause at a second resolution's relative).
 */
function verbAroundRelative(lang: Language, lowered: string, after: number, to: number, cited: boolean): Replacement | null {
  const at = skipRelativeGap(lowered, after, to);
  if (!lowered.slice(after, at).includes(',')) return null;
  const relative = lang.relatives.find((word) => startsWord(lang, lowered, at, word) && at + word.length <= to);
  if (!relative) return null;
  const inside = skipBetween(lang, lowered, at + relative.length, to);
  const own = verbAt(lang, lowered, inside, to, 'text') ?? organInRelative(lang, lowered, at + relative.length, to);
  if (own) return cited ? null : own;
  // the clause's closing comma, the sentence not ended before it
  const close = lowered.indexOf(',', inside);
  if (close < 0 || close >= to || close - at > 200 || /[.;:]/u.test(lowered.slice(at, close))) return null;
  return verbAt(lang, lowered, skipBetween(lang, lowered, close + 1, to), to, 'text');
}

/**
 * A short introducer and the text, then a comma, before a pronoun ("Par ce texte, il prie …", "Aux termes de ce texte, il demande …",
 * "By the text, it …"): the pronoun still opens the sentence.
 */
function introducedText(lang: Language, prefix: string): boolean {
  const opening = prefix.trim();
  if (!opening.endsWith(',')) return false;
  const head = opening.slice(0, -1).trimEnd();
  const text = lang.subjects.find((subject) => subject.kind === 'text' && head.endsWith(subject.text) && /\s/u.test(head[head.length - subject.text.length - 1] ?? ''));
  if (!text) return false;
  const introducer = head.slice(0, head.length - text.text.length).trim();
  return introducer !== '' && introducer.length <= 20 && !/[,;:.]/u.test(introducer);
}

/** The organ (or a pronoun for it) opening a relative clause, then its reported verb: "con la que el Consejo exigió", "par laquelle il prie". */
function organInRelative(lang: Language, lowered: string, from: number, to: number): Replacement | null {
  const at = skipBetween(lang, lowered, from, to);
  const subject = subjectAt(lang, lowered, at, to);
  if (!subject || (subject.kind !== 'council' && subject.kind !== 'pronoun') || subject.only !== undefined) return null;
  return verbAt(lang, lowered, skipBetween(lang, lowered, at + subject.text.length, to), to, 'council');
}

/** Past the comma and spaces between a citation and its relative pronoun. */
function skipRelativeGap(lowered: string, from: number, to: number): number {
  let position = from;
  while (position < to && /[\s,،，]/u.test(lowered[position]!)) position++;
  return position;
}

/** A relative pronoun at `at` right after a resolution's citation (a comma between): its end and that resolution. */
function relativeAt(lang: Language, lowered: string, at: number, to: number, cited: readonly ResolvedCitation[]): { end: number; source: string } | null {
  if (lang.spaced && wordCharAt(lowered, at - 1)) return null;
  const word = lang.relatives.find((relative) => startsWord(lang, lowered, at, relative) && at + relative.length <= to);
  if (!word) return null;
  const citation = cited.find((candidate) => candidate.end <= at && /^[\s,]*$/u.test(lowered.slice(candidate.end, at)));
  return citation ? { end: at + word.length, source: citation.target.symbol } : null;
}

function subjectAt(lang: Language, lowered: string, at: number, to: number): Phrase | null {
  if (lang.spaced && wordCharAt(lowered, at - 1)) {
    // Arabic: a conjunction or preposition glued to the subject ("والمجلس") is no subject
    return null;
  }
  for (const subject of lang.subjects) {
    if (!lowered.startsWith(subject.text, at) || at + subject.text.length > to) continue;
    if (lang.spaced && wordCharAt(lowered, at + subject.text.length)) continue;
    return subject;
  }
  return null;
}

function skipBetween(lang: Language, lowered: string, from: number, to: number): number {
  let position = from;
  for (let step = 0; step < 8; step++) {
    while (position < to && /\s/u.test(lowered[position]!)) position++;
    if (position < to && /[,،，、]/u.test(lowered[position]!)) {
      // "a, ce matin, prorogé", "the Council, acting under Chapter VII, decided", "El texto, aprobado por 13 votos a favor y dos
      // abstenciones (China y Rusia), también prorroga": one phrase between commas
      const close = lang.spaced ? lowered.indexOf(',', position + 1) : -1;
      position = close > position && close - position <= 90 && close < to && !/[.;:]/u.test(lowered.slice(position, close)) ? close + 1 : position + 1;
      continue;
    }
    const word = lang.between.find((phrase) => startsWord(lang, lowered, position, phrase));
    if (!word) return position;
    position += word.length;
  }
  return position;
}

/** Past the adverbs, the words for the same text and the commas that open a sentence ("Además, ", "En el mismo texto, "). */
function openingSkipped(lang: Language, lowered: string, from: number, to: number): number {
  let position = from;
  for (let step = 0; step < 4; step++) {
    while (position < to && /[\s,]/u.test(lowered[position]!)) position++;
    const word = lang.between.find((phrase) => startsWord(lang, lowered, position, phrase)) ?? lang.sameText.find((phrase) => startsWord(lang, lowered, position, phrase));
    if (!word) break;
    position += word.length;
  }
  return position;
}

function startsWord(lang: Language, lowered: string, at: number, phrase: string): boolean {
  if (!lowered.startsWith(phrase, at)) return false;
  return !lang.spaced || !wordCharAt(lowered, at + phrase.length);
}

/**
 * A speech verb makes the sentence a speaker's, but for one right after the organ as its subject with an object after it, no "that"
 * ("la Asamblea afirmó el Pacto Mundial sobre los Refugiados y pidió al ACNUR que informe": the Assembly's act, its request read),
 * or with a that-clause and a reported verb coordinated after it ("le Conseil a souligné que la MINUAD doit …, et il a prié le
 * Secrétaire général de", "the Council stressed that …, and requested", "el Consejo subrayó que … y pidió"): the organ's own acts,
 * the that-clause itself not read (no mandating form); "El Consejo afirmó que pidió al ACNUR" stays a speaker's account.
 */
function speakerSentence(lang: Language, sentence: string): boolean {
  for (const word of lang.speech) {
    for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
      if (lang.spaced && (wordCharAt(sentence, at - 1) || wordCharAt(sentence, at + word.length))) continue;
      if (lang.organAct && organRightBefore(lang, sentence, at)) {
        if (lang.organAct.test(sentence.slice(at + word.length))) continue;
        if (coordinated(lang, sentence, at + word.length, sentence.length, 'council').length > 0) continue;
      }
      return true;
    }
  }
  return false;
}

/** The council or the assembly as the subject right before `at` ("la asamblea afirmó", "le conseil a affirmé"). */
function organRightBefore(lang: Language, sentence: string, at: number): boolean {
  const before = sentence.slice(0, at).trimEnd();
  return lang.subjects.some(
    (subject) => (subject.kind === 'council' || subject.kind === 'assembly') && before.endsWith(subject.text) && !wordCharAt(before, before.length - subject.text.length - 1),
  );
}

function containsWord(lang: Language, sentence: string, word: string): boolean {
  for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
    if (!lang.spaced) return true;
    if (!wordCharAt(sentence, at - 1) && !wordCharAt(sentence, at + word.length)) return true;
  }
  return false;
}

/** A reported form at `at`, with the operative form that replaces it; the present only where the subject allows it. */
function verbAt(lang: Language, lowered: string, at: number, to: number, kind: SubjectKind): Replacement | null {
  for (const [form, operative] of formsFor(lang, kind)) {
    if (at + form.length > to || !startsWord(lang, lowered, at, form)) continue;
    // "directed by", "autorisé par": a passive participle, no verb of the subject ("engage par ailleurs": an adverb of the verb table)
    // ("extended by a year the mandate of", "prorrogó por un año": a duration, the verb active)
    const agent = /^\s+(?:by|par|por)\s+/u.exec(lowered.slice(at + form.length, at + form.length + 8));
    if (agent && !modifierAfter(lang, lowered, at + form.length) && !lang.durations.some((words) => startsWord(lang, lowered, at + form.length + agent[0].length, words))) continue;
    // "a prié aujourd'hui le Secrétaire général": the time word goes with the verb it is replaced with
    let end = at + form.length;
    const space = /^\s+/u.exec(lowered.slice(end))?.[0].length ?? 0;
    const time = lang.afterVerb.find((words) => startsWord(lang, lowered, end + space, words));
    if (time && end + space + time.length <= to) end += space + time.length;
    return { start: at, end, operative };
  }
  return null;
}

/** Arabic: the verb before its subject ("وطلب المجلس"), a conjunction glued to it. */
function verbBefore(lang: Language, lowered: string, subjectStart: number, from: number, kind: SubjectKind): Replacement | null {
  const before = lowered.slice(from, subjectStart).trimEnd();
  const wordStart = before.search(/[^\s،,]+$/u);
  if (wordStart < 0) return null;
  let word = before.slice(wordStart);
  let start = from + wordStart;
  for (const clitic of lang.proclitics) {
    if (word.length > clitic.length + 1 && word.startsWith(clitic) && !formOf(lang, word, kind)) {
      word = word.slice(clitic.length);
      start += clitic.length;
      break;
    }
  }
  const operative = formOf(lang, word, kind);
  return operative ? { start, end: start + word.length, operative } : null;
}

/**
 * A subject right after a reported form is that verb's object, not the sentence's subject ("The representative of Nigeria, Joseph
 * Garba, urged the Council to keep … and called on South Africa to withdraw": the speaker urged and called, not the Council), or the
 * past form of any verb where the language marks it by its ending (nullSubjectPast: "calificó el texto de … y pidió"). Not in
 * languages that put the verb first.
 */
function objectOfReported(lang: Language, lowered: string, start: number, at: number): boolean {
  if (lang.verbFirst || !lang.spaced) return false;
  let end = at;
  while (end > start && /\s/u.test(lowered[end - 1]!)) end--;
  if (end === at || !/\p{L}/u.test(lowered[end - 1] ?? '')) return false;
  if (lang.pastAndPresent.some(([form]) => lowered.endsWith(form, end) && end - form.length >= start && !wordCharAt(lowered, end - form.length - 1))) return true;
  // the past form of any verb right before it ("el embajador … calificó el texto de … y pidió a los Estados"): its object
  const word = /\p{L}+$/u.exec(lowered.slice(Math.max(start, end - 30), end))?.[0] ?? '';
  return lang.nullSubjectPast.some((ending) => word.length > ending.length + 2 && word.endsWith(ending));
}

/** An adverb of the verb table or an inserted phrase right after `at` ("par ailleurs", "por otra parte"). */
function modifierAfter(lang: Language, lowered: string, at: number): boolean {
  let position = at;
  while (/\s/u.test(lowered[position] ?? '')) position++;
  return lang.between.some((phrase) => startsWord(lang, lowered, position, phrase));
}

function formOf(lang: Language, word: string, kind: SubjectKind): string | null {
  return formsFor(lang, kind).find(([form]) => form === word)?.[1] ?? null;
}

/** The reported forms a subject of this kind may take: the present only after the text, or after the organ where the language allows it. */
function formsFor(lang: Language, kind: SubjectKind): Array<[string, string]> {
  return kind === 'text' || lang.presentWithOrgan ? lang.pastAndPresent : lang.past;
}

/**
 * Reported forms after a coordinator later in the sentence ("and urged", "et a demandé", "y alentó", "وحث"), the subject
 * repeated or not ("and the Council urged"); the subject goes with the verb it is replaced with.
 */
function coordinated(lang: Language, lowered: string, from: number, to: number, kind: SubjectKind): Replacement[] {
  const found: Replacement[] = [];
  for (let at = from; at < to; at++) {
    // "通过第2567(2021)号决议，将…的任务期限延长至": the form holds its coordinator
    const own = lang.coordinatedForms.find(([form]) => lowered.startsWith(form, at));
    if (own) {
      found.push({ start: at, end: at + own[0].length, operative: own[1] });
      at += own[0].length - 1;
      continue;
    }
    if (lang.spaced && wordCharAt(lowered, at - 1)) continue;
    // "un Groupe d'experts, qu'il a chargé de …", "the Panel, which it tasked with …": the relative's object is the body before it
    const relative = lang.objectRelative.find((word) => startsWord(lang, lowered, at, word) && /,\s*$/u.test(lowered.slice(Math.max(from, at - 3), at)));
    if (relative) {
      const verb = verbAt(lang, lowered, skipBetween(lang, lowered, at + relative.length, to), to, kind);
      const then = verb ? skipSpaces(lowered, verb.end) : -1;
      if (verb && lang.relativeThen.some((word) => lowered.startsWith(word, then) && (!/\p{L}$/u.test(word) || !wordCharAt(lowered, then + word.length)))) {
        found.push({ start: at, end: verb.end, operative: verb.operative, objectSince: found[found.length - 1]?.end ?? from, objectLast: true });
        at = verb.end - 1;
        continue;
      }
    }
    const coordinator = lang.coordinators.find((word) => startsWord(lang, lowered, at, word));
    // a conjunction glued to the verb ("وحث")
    const glued = coordinator ? undefined : lang.proclitics.find((clitic) => lowered.startsWith(clitic, at));
    if (!coordinator && !glued) continue;
    let start = at + (coordinator ?? glued)!.length;
    let position = glued ? start : skipBetween(lang, lowered, start, to);
    const subject = glued ? null : subjectAt(lang, lowered, position, to);
    if (subject) {
      start = position;
      position = skipBetween(lang, lowered, position + subject.text.length, to);
    } else if (!glued) {
      // the auxiliary and adverbs go with the verb: "et a également demandé à" → "et demande à"
      start = at + coordinator!.length;
      while (start < position && /\s/u.test(lowered[start]!)) start++;
    }
    // "et l'a chargé de", "y le pidió que": an object pronoun before the verb
    const clitic = !glued && subject === null ? lang.objectBefore.find((word) => pronounAt(lowered, position, word)) : undefined;
    const verb = verbAt(lang, lowered, clitic ? skipBetween(lang, lowered, position + clitic.length, to) : position, to, kind);
    if (!verb) continue;
    let end = verb.end;
    // "and requested it to": an object pronoun after the verb, left out of the copied clause
    const pronoun = clitic ? undefined : lang.objectAfter.find((word) => pronounAt(lowered, skipSpaces(lowered, end), word));
    if (pronoun) end = skipSpaces(lowered, end) + pronoun.length;
    if (clitic || pronoun) {
      const plural = (clitic !== undefined && lang.objectPlural.has(clitic)) || (pronoun !== undefined && lang.objectPlural.has(pronoun));
      found.push({ start, end, operative: verb.operative, objectSince: found[found.length - 1]?.end ?? from, ...(plural ? { objectPlural: true } : {}) });
      at = end - 1;
      continue;
    }
    if (lang.verbFirst) {
      // "وحث المجلس الدول": the subject after the verb goes with it
      const next = skipBetween(lang, lowered, end, to);
      const after = subjectAt(lang, lowered, next, to);
      if (after) end = next + after.text.length;
    }
    found.push({ start, end, operative: verb.operative });
    at = end - 1;
  }
  return found;
}

/**
 * A modal after words for the text that open the sentence, then a comma ("Según el texto, el Secretario General deberá informar …",
 * "Selon le texte, le Secrétaire général devra …"): read as the operative form before the clause ("decide que el Secretario General
 * deberá informar …"); the modal in the clause right after the comma, none after another comma.
 */
function modalClause(lang: Language, lowered: string, from: number, to: number): Part[] | null {
  const modal = lang.modal;
  if (!modal) return null;
  const start = skipSpaces(lowered, from);
  const opener = modal.openers.find((words) => lowered.startsWith(`${words},`, start));
  if (!opener) return insertedOpener(lang, modal, lowered, start, to);
  const subjectStart = skipSpaces(lowered, start + opener.length + 1);
  for (let at = subjectStart; at < Math.min(to, subjectStart + 120); at++) {
    if (/[,;:.]/u.test(lowered[at]!)) return null;
    if (wordCharAt(lowered, at - 1) || !modal.verbs.some((verb) => startsWord(lang, lowered, at, verb))) continue;
    return at > subjectStart ? [`${modal.operative} `, [subjectStart, to]] : null;
  }
  return null;
}

/**
 * The words for the text set off by commas right after the sentence's first modal ("El Comité … deberá, según el texto, examinar …",
 * "Le Comité devra, selon le texte, examiner …"): read as the operative form before the clause without them ("decide que el Comité …
 * deberá examinar …"). The modal within the sentence's first 160 characters, its subject before it; the test is a comma only after a
 * modal (a cheap check), so no other sentence pays for it.
 */
function insertedOpener(lang: Language, modal: NonNullable<Language['modal']>, lowered: string, start: number, to: number): Part[] | null {
  for (let at = lowered.indexOf(',', start); at !== -1 && at < Math.min(to, start + 160); at = lowered.indexOf(',', at + 1)) {
    const verb = modal.verbs.find((word) => lowered.endsWith(word, at) && at - word.length > start && !wordCharAt(lowered, at - word.length - 1));
    if (!verb) continue;
    const openerStart = skipSpaces(lowered, at + 1);
    const opener = modal.openers.find((words) => lowered.startsWith(`${words},`, openerStart));
    if (!opener) return null;
    return [`${modal.operative} `, [start, at], ' ', [skipSpaces(lowered, openerStart + opener.length + 1), to]];
  }
  return null;
}

/**
 * A resolution the text reports adopted in [from, to), between a subject and its verb ("Marking the anniversary of its landmark
 * resolution 1325, the Security Council this morning adopted resolution 2493 (2019), urging …"): the last one cited there with an
 * adoption word right before it (40 characters); it, not the one recalled before, is the verb's source. Else null.
 */
function adoptedBetween(lang: Language, text: string, lowered: string, from: number, to: number): string | null {
  if (to <= from || !lang.adopted.some((word) => lowered.slice(from, to).includes(word))) return null;
  const last = citationsInSpan(text, from, to)
    .filter((citation) => citation.target.kind === 'Resolution')
    .at(-1);
  if (!last) return null;
  const window = lowered.slice(Math.max(from, last.start - 40), last.start);
  return lang.adopted.some((word) => containsWord(lang, window, word)) ? last.target.symbol : null;
}

/** An object pronoun at `at`: a whole word, or an elided one ("l'") glued to the next. */
function pronounAt(lowered: string, at: number, word: string): boolean {
  return lowered.startsWith(word, at) && !(/\p{L}$/u.test(word) && wordCharAt(lowered, at + word.length)) && !wordCharAt(lowered, at - 1);
}

/** Past the spaces at `at`. */
function skipSpaces(lowered: string, at: number): number {
  let position = at;
  while (position < lowered.length && /\s/u.test(lowered[position]!)) position++;
  return position;
}

/** The end of an auxiliary of `auxiliaries` (longest first) that starts a word at `at`, else -1. */
function auxiliaryEndAt(lang: Language, lowered: string, at: number, auxiliaries: readonly string[]): number {
  if (lang.spaced && wordCharAt(lowered, at - 1)) return -1;
  const auxiliary = auxiliaries.find((word) => startsWord(lang, lowered, at, word));
  return auxiliary === undefined ? -1 : at + auxiliary.length;
}

/** The words after the last comma, semicolon, colon or dash: a passive report's subject (en, fr, es: no CJK commas)… */
const AFTER_COMMA = /[^,;:—]*$/u;
/** …and a renewed mandate's, read in Chinese too: after a CJK comma or semicolon as well ("，", "；"). */
const AFTER_COMMA_OR_CJK_COMMA = /[^,;:—，；]*$/u;

/** Where the clause before `at` starts: after the last separator (`afterSeparator`, anchored at the end) since `from`, else at `from`. */
function clauseStartBefore(lowered: string, from: number, at: number, afterSeparator: RegExp): number {
  return from + Math.max(lowered.slice(from, at).search(afterSeparator), 0);
}

/**
 * A passive report in the sentence [from, to): the addressee as subject ("The Secretary-General is requested to", "Le Secrétaire
 * général est prié de") becomes the operative clause with it as object ("requests The Secretary-General to"); an impersonal
 * subject ("il est décidé que", "se pide al Secretario General que") is left out ("décide que", "pide al …").
 */
function passiveClause(
  lang: Language,
  text: string,
  lowered: string,
  segment: Segment,
  from: number,
  to: number,
): { clauseStart: number; form: string; formEnd: number; future: boolean; parts: Part[]; antecedent?: [number, number] } | null {
  const passive = lang.passive;
  if (!passive) return null;
  for (let at = from; at < to; at++) {
    // "tiene el mandato de": a description with no auxiliary, read as a `namedOnly` form
    const description = lang.spaced && wordCharAt(lowered, at - 1) ? undefined : passive.descriptions.find(([words]) => startsWord(lang, lowered, at, words));
    const auxiliaryEnd = description ? at : auxiliaryEndAt(lang, lowered, at, passive.auxiliaries);
    if (auxiliaryEnd < 0) continue;
    const position = description ? at : skipBetween(lang, lowered, auxiliaryEnd, to);
    // "its management was entrusted to UNODC": the addressee after the preposition, the subject no addressee (a task, read as none)
    const receiver = description ? undefined : passive.receivers.find(([word]) => startsWord(lang, lowered, position, word));
    if (receiver) {
      const end = position + receiver[0].length;
      const next = skipBetween(lang, lowered, end, to);
      const preposition = passive.receiverAfter.find((word) => startsWord(lang, lowered, next, word));
      if (preposition !== undefined) {
        const clauseStart = clauseStartBefore(lowered, from, at, AFTER_COMMA);
        if (insideQuotes(text, segment.start, clauseStart)) continue;
        const auxiliary = lowered.slice(at, auxiliaryEnd).trim();
        const addressee = skipBetween(lang, lowered, next + preposition.length, to);
        return { clauseStart, form: receiver[0], formEnd: end, future: passive.future.has(auxiliary), parts: [`${receiver[1]} `, [addressee, to]] };
      }
    }
    const form = description ?? passive.forms.find(([word]) => startsWord(lang, lowered, position, word));
    if (!form) continue;
    // "The Mission will be tasked with": a future auxiliary listed for the future alone takes the descriptive participles only
    const auxiliary = lowered.slice(at, auxiliaryEnd).trim();
    if (passive.futureOnly.has(auxiliary) && !passive.namedOnly.has(form[0])) continue;
    // a description listed in `future` ("tendrá el mandato de") is the adopted resolution's task, as "sera chargée de"
    const future = description ? passive.future.has(description[0]) : passive.future.has(auxiliary) || passive.future.has(form[0]);
    const end = position + form[0].length;
    const next = skipBetween(lang, lowered, end, to);
    if (!passive.taskAfter.some((word) => lowered.startsWith(word, next) && (!/\p{L}$/u.test(word) || !wordCharAt(lowered, next + word.length)))) continue;
    // the subject: the words since the sentence's start or the last comma before the auxiliary
    const clauseStart = clauseStartBefore(lowered, from, at, AFTER_COMMA);
    if (insideQuotes(text, segment.start, clauseStart)) continue;
    const subject = lowered.slice(clauseStart, at).trim();
    let subjectStart = clauseStart;
    while (subjectStart < at && /\s/u.test(text[subjectStart]!)) subjectStart++;
    const parts: Part[] = [`${form[1]} `, [subjectStart, at], [end, to]];
    // "le mécanisme … créé par sa résolution 1612, qui est chargé de", "La Representante Especial, cuyo puesto fue creado por la
    // resolución 51/77 …, tiene el mandato de": the body created, named before the words that describe its creation (descriptive
    // forms only: "…, establecido por la resolución 2127, se pide al Secretario General" stays impersonal)
    if (passive.namedOnly.has(form[0]) && clauseStart > from && (subject === '' || lang.relatives.includes(subject))) {
      const before = lowered.slice(from, clauseStart);
      // created by a resolution, at most three words between ("créé par sa résolution 1612"; not "creada por Pérez de Cuéllar")
      const created = Math.max(
        ...passive.created.map((words) => {
          const at = before.lastIndexOf(words);
          const after = before.slice(at + words.length, at + words.length + 60);
          return at >= 0 && passive.createdResolution.test(after) ? at : -1;
        }),
      );
      if (created >= 0) return { clauseStart, form: form[0], formEnd: end, future, parts, antecedent: [from, from + created] };
    }
    if (passive.impersonal.has(subject)) return { clauseStart, form: form[0], formEnd: end, future, parts: [form[1], [end, to]] };
    // "the CTITF Office is tasked with supporting Member States": the preposition and its gerund open the task, read as the task
    // marker ("directs the CTITF Office to supporting …"), the gerund's object no second addressee (as withTasks does for the active)
    const opening = lang.taskWith.includes(form[0]) && lang.taskMarker && lang.taskOpening ? lang.taskOpening.exec(text.slice(next, to)) : null;
    if (opening?.index === 0) return { clauseStart, form: form[0], formEnd: end, future, parts: [`${form[1]} `, [subjectStart, at], ` ${lang.taskMarker}`, [next + opening[1]!.length, to]] };
    return { clauseStart, form: form[0], formEnd: end, future, parts };
  }
  return null;
}

/**
 * The passive of an extended mandate in the sentence [from, to): "The mandate of UNMISS was extended until … by resolution 2729
 * (2024)", "UNISFA's mandate was renewed by resolution N", "El mandato de la Fuerza fue renovado … en virtud de la resolución N",
 * "Мандат МООНЮС был продлен … резолюцией N", "تم تمديد ولاية البعثة … بموجب القرار N" (the verb first), "…的任务期限已由安理会第N号决议延长"
 * (the agent inside) read as "extends the mandate of UNMISS" of that resolution (Chinese: "决定将…的任务期限延长"). Only with the
 * resolution named as the agent: a mandate renewed at another time ("was last renewed in 2020") names no source.
 */
function mandatePassive(
  lang: Language,
  text: string,
  lowered: string,
  segment: Segment,
  from: number,
  to: number,
): { source: string | null; parts: Part[] } | null {
  const rules = lang.mandatePassive;
  if (!rules) return null;
  for (let at = from; at < to; at++) {
    let auxiliaryEnd = auxiliaryEndAt(lang, lowered, at, rules.auxiliaries);
    // "est prorogé": the present passive, whose source may be the document's adopted resolution (source null)
    let present = auxiliaryEnd < 0 && rules.presentAuxiliaries.length > 0;
    if (present) auxiliaryEnd = auxiliaryEndAt(lang, lowered, at, rules.presentAuxiliaries);
    // "verra son mandat élargi": the mission before it is the subject, read as the present passive
    let own = false;
    if (auxiliaryEnd < 0 && rules.ownAuxiliaries.length > 0) {
      auxiliaryEnd = auxiliaryEndAt(lang, lowered, at, rules.ownAuxiliaries);
      own = auxiliaryEnd >= 0;
      if (own) present = true;
    }
    if (auxiliaryEnd < 0) continue;
    let position = skipBetween(lang, lowered, auxiliaryEnd, to);
    let source: string | null = null;
    if (rules.agentInside) {
      // "已由安理会第2584(2021)号决议延长": the agent's citation between the auxiliary and the participle
      const citation = citationsInSpan(text, position, Math.min(to, position + 40)).find((candidate) => fitsSubject(candidate, 'council'));
      if (!citation || /[。，,;；]/u.test(lowered.slice(position, citation.start))) continue;
      source = citation.target.symbol;
      position = citation.end;
      const word = /^\s*号?/u.exec(lowered.slice(position))![0];
      position += word.length;
      const resolutionWord = lang.resolutionWords.find((phrase) => lowered.startsWith(phrase, position));
      if (resolutionWord) position += resolutionWord.length;
      position = skipBetween(lang, lowered, position, to);
    }
    const form = rules.forms.find(([word]) => startsWord(lang, lowered, position, word));
    if (!form) continue;
    const end = position + form[0].length;
    let subject: [number, number] | null = null;
    let head = '';
    if (rules.verbFirst) {
      // "تم تمديد ولاية بعثة … بموجب القرار": the mandate after the verb
      const headAt = skipBetween(lang, lowered, end, to);
      if (rules.heads.some((phrase) => startsWord(lang, lowered, headAt, phrase))) subject = [headAt, to];
    } else {
      // the subject: the mandate of a mission ("the mandate of X", "X's mandate") since the sentence's start or the last comma
      let subjectStart = clauseStartBefore(lowered, from, at, AFTER_COMMA_OR_CJK_COMMA);
      while (subjectStart < at && /\s/u.test(text[subjectStart]!)) subjectStart++;
      if (insideQuotes(text, segment.start, subjectStart)) return null;
      const words = lowered.slice(subjectStart, at).trimEnd();
      const subjectEnd = subjectStart + words.length;
      const headBefore = own ? undefined : rules.heads.find((phrase) => startsWord(lang, lowered, subjectStart, phrase));
      const headAfter = headBefore || own ? undefined : rules.headsAfter.find((phrase) => words.endsWith(phrase));
      if (own && words.length > 0) {
        // the mission's name after its article, read after the head ("élargit le mandat du Groupe d'experts …")
        const article = rules.ownArticles.find((word) =>
          /['’]$/u.test(word) ? lowered.startsWith(word, subjectStart) : startsWord(lang, lowered, subjectStart, word),
        );
        let nameStart = subjectStart + (article?.length ?? 0);
        while (nameStart < subjectEnd && /\s/u.test(text[nameStart]!)) nameStart++;
        subject = [nameStart, subjectEnd];
        head = `${rules.heads[rules.heads.length - 1]} `;
      } else if (headBefore && words.length > headBefore.length) subject = [subjectStart, subjectEnd];
      else if (headAfter && words.length > headAfter.length) {
        // "UNISFA's mandate" → "extends the mandate of UNISFA" (the shortest head before a name, longestFirst's last); a
        // template keeps the head after it ("决定将…的任务期限延长")
        const keep = rules.template !== '{verb} {subject}';
        subject = [subjectStart, keep ? subjectEnd : subjectEnd - headAfter.length];
        head = keep ? '' : `${rules.heads[rules.heads.length - 1]} `;
      }
    }
    if (!subject) return null;
    if (!source) {
      // the resolution named as the agent after the participle
      const cited = citationsInSpan(text, end, to).filter((candidate) => fitsSubject(candidate, 'council'));
      const citation = cited.find((candidate) => rules.agent.test(lowered.slice(Math.max(end, candidate.start - 60), candidate.start)));
      // the present passive: the Council's resolution cited after it ("…, a décidé le Conseil, qui a adopté la résolution 1138
      // (1997)"), else none here (the caller takes the document's adopted one)
      if (citation) source = citation.target.symbol;
      else if (present) source = cited[0]?.target.symbol ?? null;
      else return null;
    }
    const [prefix, suffix] = rules.template.replaceAll('{verb}', form[1]).split('{subject}') as [string, string];
    const parts: Part[] = [`${prefix}${head}`, subject];
    if (suffix) parts.push(suffix);
    return { source, parts };
  }
  return null;
}

/** Inside quotation marks opened before `at` in the paragraph ("« Le Conseil doit exhorter … »"). */
function insideQuotes(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const count = (pattern: RegExp): number => before.match(pattern)?.length ?? 0;
  return count(/[«“„]/gu) > count(/[»”]/gu) || count(/"/gu) % 2 === 1;
}

/** Words for the same text ("In that resolution", "En el mismo texto") in lowered[from, to). */
function sameTextBefore(lang: Language, lowered: string, from: number, to: number): boolean {
  const words = lowered.slice(from, to);
  return lang.sameText.some((phrase) => containsWord(lang, words, phrase));
}

/** The last resolution of the subject's organ cited in the paragraph before `to` (from the paragraph's start). */
function lastResolution(doc: SegmentedDocument, from: number, to: number, kind: SubjectKind): string | null {
  const citations = citationsInSpan(doc.text, from, to).filter((citation) => fitsSubject(citation, kind));
  return citations.at(-1)?.target.symbol ?? null;
}

/** The longest a page's heading may be (a body's name with its resolution: "Comité del Consejo de Seguridad establecido en virtud de la
 * resolución 724 (1991) relativa a Yugoslavia"). */
const HEADING_LENGTH = 200;

/**
 * A page on a body: the resolution its heading names it after, where a described mandate's subject is that body ("Groupe d'experts
 * créé par la résolution 1929 (2010)" … "Le Groupe d'experts est chargé d'aider le Comité"; "El Comité tenía el mandato de
 * examinar"). A heading: a paragraph before the sentence that opens with the body's name, holds the resolution inside that name, is
 * short and ends with no full stop.
 */
function headingSource(doc: SegmentedDocument, mentions: readonly EntityMention[], parts: readonly Part[], before: number): string | null {
  const subject = parts[1];
  if (subject === undefined || typeof subject === 'string') return null;
  const ids = new Set(mentions.filter((mention) => mention.kind === 'Body' && mention.start >= subject[0] && mention.end <= subject[1]).map((mention) => mention.id));
  if (ids.size !== 1) return null;
  for (const segment of doc.segments) {
    if (segment.start >= before) break;
    const line = doc.text.slice(segment.start, segment.end).trim();
    if (line.length === 0 || line.length > HEADING_LENGTH || line.endsWith('.')) continue;
    const start = segment.start + doc.text.slice(segment.start, segment.end).search(/\S/u);
    const name = mentions.find((mention) => mention.kind === 'Body' && mention.start === start && ids.has(mention.id));
    if (name) return lastResolution(doc, name.start, name.end, 'text');
  }
  return null;
}

/**
 * A description's source in a paragraph where a sentence before named its own resolution and, after the citation, the body the
 * description's subject names ("Par sa résolution 2082 (2012), le Conseil … a décidé que … lorsque le Comité détermine … Le Comité est
 * chargé d'examiner …"): that resolution, before the one a page heading names as creating the body. Else null.
 */
function sourceNamingSubject(doc: SegmentedDocument, mentions: readonly EntityMention[], named: string | null, parts: readonly Part[], start: number, before: number): string | null {
  if (named === null) return null;
  const subject = parts[1];
  if (subject === undefined || typeof subject === 'string') return null;
  const ids = new Set(mentions.filter((mention) => mention.kind === 'Body' && mention.start >= subject[0] && mention.end <= subject[1]).map((mention) => mention.id));
  if (ids.size !== 1) return null;
  const citation = citationsInSpan(doc.text, start, before).find((found) => found.target.symbol === named);
  if (!citation) return null;
  return mentions.some((mention) => mention.kind === 'Body' && ids.has(mention.id) && mention.start >= citation.end && mention.end <= before) ? named : null;
}

/** The resolution the sentence names as its source before the subject ("By resolution 2482 (2019), the Council"). */
function sourceInSentence(doc: SegmentedDocument, lowered: string, lang: Language, from: number, subjectStart: number, kind: SubjectKind): string | null {
  const citations = citationsInSpan(doc.text, from, subjectStart).filter((citation) => fitsSubject(citation, kind));
  for (let index = citations.length - 1; index >= 0; index--) {
    const citation = citations[index]!;
    if (lang.introducer.test(lowered.slice(Math.max(from, citation.start - 60), citation.start))) return citation.target.symbol;
  }
  return null;
}

/**
 * A source named after the verb ("renovó … con la resolución 2756 (2024)", "extended … through resolution 2756 (2024)", "a prorogé … par
 * sa résolution 2756 (2024)"): the first citation in [from, to) with one of `sourceAfter.words` right before it, not after a participle
 * ("the measures imposed by resolution 1970 (2011)", "impuestas mediante la resolución", "créée par la résolution": another text).
 */
function sourceAfterVerb(doc: SegmentedDocument, lowered: string, lang: Language, from: number, to: number, kind: SubjectKind): string | null {
  if (lang.sourceAfter.words.length === 0) return null;
  const citation = citationsInSpan(doc.text, from, to).find((candidate) => fitsSubject(candidate, kind));
  if (!citation) return null;
  const before = lowered.slice(from, citation.start).trimEnd();
  const words = lang.sourceAfter.words.find((phrase) => before.endsWith(phrase) && !wordCharAt(before, before.length - phrase.length - 1));
  if (!words) return null;
  const previous = /(\p{L}+)[\s,]*$/u.exec(before.slice(0, before.length - words.length))?.[1] ?? '';
  if (lang.sourceAfter.participleEndings.some((ending) => previous.endsWith(ending)) || lang.sourceAfter.notAfter.includes(previous)) return null;
  return citation.target.symbol;
}

function fitsSubject(citation: ResolvedCitation, kind: SubjectKind): boolean {
  if (citation.target.kind !== 'Resolution') return false;
  if (kind === 'council') return citation.target.organ === councilOrgan;
  const organ = ORGAN_OF[kind] ?? OTHER_ORGAN_OF[kind];
  return organ ? citation.target.organ === organ : citation.target.organ === councilOrgan || citation.target.organ === 'GA' || TEXT_ORGANS.has(citation.target.organ ?? '');
}

/** The Human Rights Council where the document names it and never the Security Council; else the Security Council. */
function councilOf(mentions: readonly EntityMention[]): 'SC' | 'HRC' {
  let hrc = false;
  for (const mention of mentions) {
    if (mention.kind !== 'Body') continue;
    if (mention.id === 'SC') return 'SC';
    if (mention.id === 'HRC') hrc = true;
  }
  return hrc ? 'HRC' : 'SC';
}

/** The resolutions a document reports as adopted ("adopted resolution 2709 (2023)", "En adoptant la résolution 2684 (2023)"). */
function adoptedResolutions(doc: SegmentedDocument, lowered: string, lang: Language): ResolvedCitation[] {
  const adopted: ResolvedCitation[] = [];
  for (const segment of doc.segments) {
    if (segment.section !== 'body' || segment.textOf !== null) continue;
    const citations = citationsInSpan(doc.text, segment.start, segment.end).filter((citation) => citation.target.kind === 'Resolution');
    for (const [index, citation] of citations.entries()) {
      const sentence = sentenceBefore(lowered, Math.max(segment.start, citation.start - 200), citation.start);
      // "imposées par la résolution 2374 (2017), en adoptant la résolution 2590 (2021)": the adoption right before the next citation is
      // that one's; the paragraph's end close after the citation is none ("mediante la resolución 1886 (2009), aprobada por unanimidad.")
      const next = citations[index + 1]?.start;
      const after = next !== undefined && next - citation.end < 60 ? '' : lowered.slice(citation.end, Math.min(segment.end, citation.end + 30));
      // an adoption told as history ("In 2020, five years after the Council adopted resolution 2250 (2015)", "2250 (2015), adoptée il y a
      // cinq ans") is no report of it: another year than the resolution's, or a time ago, near it
      const says = (words: string): boolean => lang.adopted.some((word) => containsWord(lang, words, word));
      // the history is read in the whole sentence, so that a date's day cut off the window does not make its year another one
      // ("prorrogó hasta el 31 de octubre de 2022 el mandato de la MINURSO, al aprobar la resolución 2602 (2021)")
      // "Resolution 687 (1991), adopted on 3 April, had set out …": the resolution as the subject of a pluperfect is history
      const pluperfect = lang.pluperfect !== null && lang.pluperfect.test(lowered.slice(citation.end, Math.min(segment.end, citation.end + 120)).split(/[.!?。]/u)[0]!);
      if (says(sentence.slice(-70)) && !historical(lang, sentence, citation.target.year)) adopted.push(citation);
      else if (says(after) && !pluperfect && !historical(lang, after, citation.target.year)) adopted.push(citation);
      else if (adoptedByVote(lang, sentence) && !historical(lang, sentence, citation.target.year)) adopted.push(citation);
      else if (lang.resolutionSubject?.test(sentence)) {
        // the resolution as the sentence's subject, an apposition before its verb: "Resolution 2720 (2023), drafted by the United Arab
        // Emirates, was adopted by 13 votes"
        const rest = lowered.slice(citation.end, next);
        const clause = rest.slice(0, rest.search(/[.!?。]|$/u));
        if (says(clause.slice(0, 100)) && !pluperfect && !historical(lang, clause, citation.target.year)) adopted.push(citation);
      }
    }
  }
  return adopted;
}

/**
 * An adoption word before a vote count set off by commas, then the resolution: "aprobó hoy, por 14 votos a favor y una abstención
 * (Federación de Rusia), la resolución", "a adopté, par 13 voix pour et 2 abstentions, la résolution" (the count puts the adoption word
 * beyond the window read before the citation).
 */
function adoptedByVote(lang: Language, sentence: string): boolean {
  if (lang.votes.length === 0) return false;
  const lastComma = sentence.lastIndexOf(',');
  // after the count, only the resolution word ("la resolución ", "resolution ")
  if (lastComma < 0 || sentence.length - lastComma > 25) return false;
  const head = sentence.slice(0, lastComma);
  let at = -1;
  for (const word of lang.adopted) {
    for (let found = head.lastIndexOf(word); found >= 0; found = head.lastIndexOf(word, found - 1)) {
      if (!wordCharAt(head, found - 1) && !wordCharAt(head, found + word.length)) {
        at = Math.max(at, found);
        break;
      }
      if (found === 0) break;
    }
  }
  if (at < 0) return false;
  // the count opens with a comma after the adoption word and its time words ("aprobó hoy,"), and holds a vote word
  const count = head.slice(at);
  const open = count.indexOf(',');
  if (open < 0 || open > 30 || count.length > 180) return false;
  return lang.votes.some((word) => containsWord(lang, count.slice(open), word));
}

/** The text of the sentence in lowered[from, to) that ends at `to`. */
function sentenceBefore(lowered: string, from: number, to: number): string {
  const text = lowered.slice(from, to);
  return text.slice(text.search(/[.!?。][^.!?。]*$/u) + 1);
}

/** Another year than the resolution's ("in 2020", "en 2015", "2015年"), or a time ago ("five years ago", "il y a", "hace"). */
function historical(lang: Language, words: string, year: number | null | undefined): boolean {
  if (TIME_AGO.test(words)) return true;
  // another resolution's year in its citation ("imposées par la résolution 2374 (2017) …, en adoptant la résolution 2590 (2021)") is no time
  for (const match of words.replace(CITED_YEAR, ' ').matchAll(YEARS)) {
    if (Number(match[1]) === year) continue;
    // a full date is a time limit, no history ("until 15 March 2022", "حتى 15 آذار/مارس 2022", "2022年3月15日")
    const at = match.index + match[0].length - match[1]!.length;
    if (DAY_MONTH.test(words.slice(Math.max(0, at - 30), at)) || /^年\d{1,2}月/u.test(words.slice(at + 4, at + 8))) continue;
    // a period's start is no time of the adoption ("le gel des avoirs imposés à l'Érythrée depuis 2009, en adoptant la résolution 2444 (2018)")
    if (lang.since?.test(words.slice(Math.max(0, at - 12), at))) continue;
    return true;
  }
  return false;
}
/** A day and a month before a year ("15 March ", "15 آذار/مارس ", "March 15, ", "31 de octubre de ") */
const DAY_MONTH = /(?:\d{1,2}(?:er)?\s+(?:de\s+)?[\p{L}/]+(?:\s+del?)?\s+|\p{L}+\s+\d{1,2},\s+)$/u;
const YEARS = /(?:^|[^\d/])((?:19|20)\d{2})(?![\d/])/gu;
const TIME_AGO = /\bago\b|il y a|\bhace\b/u;
/** A resolution number's year in parentheses ("2374 (2017)", "第2374(2017)号") */
const CITED_YEAR = /\d\s*\((?:19|20)\d{2}\)/gu;

/**
 * The one body a passive's subject names ("Le Mécanisme", "UNSOS") was named after the adopted resolution's citation in the sentence
 * citing it, before `before` ("… la résolution 2235 (2015), qui établit … un Mécanisme d'enquête conjoint …"): a body the text set up
 * or renewed, whose tasks the paragraphs after it tell.
 */
function namedWithAdoption(
  doc: SegmentedDocument,
  mentions: readonly EntityMention[],
  adopted: readonly ResolvedCitation[],
  source: string,
  parts: readonly Part[],
  before: number,
): boolean {
  const subject = parts.find((part): part is [number, number] => typeof part !== 'string');
  if (!subject || parts.length < 3) return false;
  const bodies = new Set(mentions.filter((mention) => mention.kind === 'Body' && mention.start >= subject[0] && mention.end <= subject[1]).map((mention) => mention.id));
  if (bodies.size !== 1) return false;
  const [id] = bodies;
  for (const citation of adopted) {
    if (citation.target.symbol !== source || citation.end > before) continue;
    const segment = doc.segments.find((candidate) => candidate.start <= citation.start && citation.end <= candidate.end);
    if (!segment) continue;
    const sentence = sentences(doc.text, segment).find(([from, to]) => from <= citation.start && citation.end <= to);
    if (sentence && mentions.some((mention) => mention.kind === 'Body' && mention.id === id && mention.start >= citation.end && mention.end <= sentence[1])) return true;
  }
  return false;
}

/**
 * The one resolution of the subject's organ the document reports as adopted, else null. Of several, an older year's is history told
 * with an adoption word ("Unanimously adopting resolution 2512 (2020) … Resolution 2048 (2012), adopted after the military coup of
 * April 2012, had imposed …"): the one of the latest year, when it is alone in that year.
 */
function reportedResolution(adopted: readonly ResolvedCitation[], kind: SubjectKind): string | null {
  const fitting = adopted.filter((citation) => fitsSubject(citation, kind));
  const symbols = new Set(fitting.map((citation) => citation.target.symbol));
  if (symbols.size === 1) return [...symbols][0]!;
  const latest = Math.max(...fitting.map((citation) => citation.target.year ?? 0));
  if (latest === 0) return null;
  const recent = new Set(fitting.filter((citation) => citation.target.year === latest).map((citation) => citation.target.symbol));
  return recent.size === 1 ? [...recent][0]! : null;
}

/**
 * Of several resolutions the document reports adopted, the one the text is about at `at`: the last one reported adopted before it
 * ("En el texto, el Consejo encomienda al Comité …" after 1624's adoption, 1625's told two paragraphs later), else null; null too where
 * the one before it is another resolution cited close before it ("adopted resolutions 1624 and 1625": both at once).
 */
function adoptedBefore(adopted: readonly ResolvedCitation[], at: number, kind: SubjectKind): string | null {
  const before = adopted.filter((citation) => fitsSubject(citation, kind) && citation.end <= at);
  const last = before[before.length - 1];
  if (last === undefined) return null;
  const other = before.findLast((citation) => citation.target.symbol !== last.target.symbol);
  if (other !== undefined && last.start - other.end < 100) return null;
  return last.target.symbol;
}

/**
 * The sentence's reported clauses as an operative paragraph of `source` ("calls upon Member States to …"), read by the
 * mandate readers of resolutions; the addressees' offsets mapped back into the document.
 */
function readClause(
  doc: SegmentedDocument,
  lowered: string,
  mentions: readonly EntityMention[],
  segmentIndex: number,
  source: string,
  replacements: readonly Replacement[],
  to: number,
): MandateMatch[] {
  const parts: Part[] = [];
  const lang = languageOf(doc.identity.lang);
  const all = withTasks(doc, lang, replacements, to);
  all.forEach((replacement, index) => {
    // an object pronoun: the first body named since the verb before it (its addressee), copied as the object ("requests CTED to continue …")
    const since = replacement.objectSince;
    if (since !== undefined && replacement.objectPlural) {
      // "les a priés de": every one named since, joined ("prie FNUAP et UNESCO de …")
      const objects = pluralObjects(doc, lowered, lang, mentions, since, replacement.start);
      if (objects.length === 0) return;
      parts.push(`${replacement.operative} ${lang?.objectMarker ?? ''}`);
      objects.forEach(([start, end], at) => {
        if (at > 0) parts.push(at === objects.length - 1 ? ` ${lang?.and ?? 'and'} ` : ', ');
        parts.push([start, end]);
      });
      parts.push([replacement.end, all[index + 1]?.start ?? to]);
      return;
    }
    const object =
      since === undefined
        ? undefined
        : mentions
            // not the organ that is the subject ("the Security Council re-established the Panel … and requested it")
            .filter((mention) => mention.kind === 'Body' && !ORGANS.has(mention.id) && mention.start >= since && mention.end <= replacement.start)
            .reduce<EntityMention | undefined>(
              (best, mention) =>
                !best ||
                (replacement.objectLast ? mention.start > best.start : mention.start < best.start) ||
                (mention.start === best.start && mention.end > best.end)
                  ? mention
                  : best,
              undefined,
            );
    if (since !== undefined && !object) return;
    // "decided to transfer … to ATMIS": the receiver is the subject of the decision
    const receiver = since === undefined && lang ? transferReceiver(doc, lang, mentions, replacement, all[index + 1]?.start ?? to) : null;
    if (receiver && lang?.transfer) {
      // the words after the receiver go on to the next verb ("… to UNAMI, and requested the Secretary-General")
      parts.push(`${lang.transfer.clause[0]} `, [receiver.start, receiver.end], ` ${lang.transfer.clause[1]}`, [receiver.end, all[index + 1]?.start ?? to]);
      return;
    }
    if (object) parts.push(`${replacement.operative} ${lang?.objectMarker ?? ''}`, [object.start, object.end], [replacement.end, all[index + 1]?.start ?? to]);
    else parts.push(replacement.operative, [replacement.end, all[index + 1]?.start ?? to]);
  });
  return readParts(doc, lowered, mentions, segmentIndex, source, parts);
}

/**
 * The receiver of a transfer of tasks decided in [replacement.end, to): the decision's operative form, the transfer's words right after
 * it, then the first body (not the organ) right after a marker and at most an article ("… to ATMIS", "à l'équipe de pays des Nations
 * Unies", "al PNUD"); none without one ("decided to transfer the archives", "transfer of functions" in a request).
 */
function transferReceiver(doc: SegmentedDocument, lang: Language, mentions: readonly EntityMention[], replacement: Replacement, to: number): EntityMention | null {
  const transfer = lang.transfer;
  if (!transfer || replacement.operative !== transfer.operative) return null;
  if (!transfer.words.test(doc.text.slice(replacement.end, to).toLowerCase())) return null;
  const first = mentions
    .filter((mention) => mention.kind === 'Body' && !ORGANS.has(mention.id) && mention.start >= replacement.end && mention.end <= to)
    .filter((mention) => transfer.before.test(doc.text.slice(replacement.end, mention.start).toLowerCase()))
    .reduce<EntityMention | null>((best, mention) => (!best || mention.start < best.start || (mention.start === best.start && mention.end > best.end) ? mention : best), null);
  return first;
}

/**
 * The objects of a plural pronoun before the verb ("a pris acte des échanges entre l'Érythrée et Djibouti et les a priés de", "tomó nota
 * de los compromisos del Gobierno y el Partido Comunista y les pidió que"): the bodies (not the organ), States and Governments alone
 * named in [since, before) (a State not as a place), in text order, none inside another.
 */
function pluralObjects(
  doc: SegmentedDocument,
  lowered: string,
  lang: Language | null,
  mentions: readonly EntityMention[],
  since: number,
  before: number,
): Array<[number, number]> {
  const spans: Array<[number, number]> = mentions
    .filter((mention) => mention.start >= since && mention.end <= before && !ORGANS.has(mention.id))
    // a State named as a place ("the work of IOM and UNHCR with migrants in Libya, and encouraged them to") is no object
    .filter((mention) => mention.kind === 'Body' || (mention.kind === 'State' && !namedAsPlace(doc.identity.lang, doc.text, mention.start)))
    .map((mention) => [mention.start, mention.end]);
  if (lang) spans.push(...governmentAloneHits(doc, lang, lowered, since, before));
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const outermost = spans.filter(([start, end], at) => !spans.some(([otherStart, otherEnd], other) => other !== at && otherStart <= start && otherEnd >= end && otherEnd - otherStart > end - start));
  // a name that goes on in capitalised words keeps them ("the African Union Commission and UNOAU … and requested them"), so that the
  // mandate reader sees the name as a modifier (mandates.json modifiedHeads), not the Union as an addressee; never into the next object
  return outermost.map(([start, end], at) => {
    const next = outermost[at + 1]?.[0] ?? before;
    const going = NAME_GOES_ON.exec(doc.text.slice(end, next))?.[0].length ?? 0;
    return [start, end + going];
  });
}

/** Capitalised words right after a name, spaces only between them ("… Union Commission", "… Council Working Group") */
const NAME_GOES_ON = /^(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}\p{N}’'-]*)+(?![\p{L}\p{M}\p{N}])/u;

/**
 * "tasked UNIFIL with supporting the Lebanese Armed Forces": after a verb of `taskWith`, its preposition and a gerund open the task, read
 * as the task marker ("directs UNIFIL to supporting …"), so the gerund's object is no second addressee.
 */
function withTasks(doc: SegmentedDocument, lang: Language | null, replacements: readonly Replacement[], to: number): Replacement[] {
  const marker = lang?.taskMarker;
  const opening = lang?.taskOpening;
  if (!lang || lang.taskWith.length === 0 || !marker || !opening) return [...replacements];
  const all: Replacement[] = [];
  replacements.forEach((replacement, index) => {
    all.push(replacement);
    // "tasked it with": the verb before an object pronoun
    const words = doc.text.slice(replacement.start, replacement.end).toLowerCase();
    // "tasked", "tasked it" (an object pronoun after the verb), "which it tasked" (a relative one before it)
    const tasked =
      lang.taskWith.includes(words) ||
      (replacement.objectSince !== undefined && lang.taskWith.some((form) => words.startsWith(`${form} `) || (replacement.objectLast === true && words.endsWith(` ${form}`))));
    if (!tasked) return;
    const end = replacements[index + 1]?.start ?? to;
    const match = opening.exec(doc.text.slice(replacement.end, end));
    if (match) all.push({ start: replacement.end + match.index, end: replacement.end + match.index + match[1]!.length, operative: marker });
  });
  return all;
}

/**
 * "the Government", "правительство", "الحكومة", "政府" named without its country in the copied pieces of a reported clause: the
 * Government of the one State the document is about (named most, by its names or in its bodies' names, at least twice as often as
 * any other), as a mention in the synthetic paragraph; none where a name covers it ("the Government of South Sudan") or no State
 * stands out.
 */
function governmentsAlone(doc: SegmentedDocument, lowered: string, mentions: readonly EntityMention[], pieces: ReadonlyArray<[number, number, number]>): EntityMention[] {
  const lang = languageOf(doc.identity.lang);
  if (!lang || lang.governmentAlone.length === 0) return [];
  const hits: Array<{ start: number; end: number; at: number }> = [];
  for (const [at, start, length] of pieces) {
    for (const [from, to] of governmentAloneHits(doc, lang, lowered, start, start + length)) {
      if (mentions.some((mention) => mention.start < to && mention.end > from) || hits.some((hit) => hit.start < to && hit.end > from)) continue;
      // "al Gobierno", "au Gouvernement": the contracted article is no part of the name
      const article = CONTRACTED.exec(lowered.slice(from, to))?.[0].length ?? 0;
      hits.push({ start: from + article, end: to, at: at + from - start + article });
    }
  }
  if (hits.length === 0) return [];
  const state = documentState(mentions);
  if (!state) return [];
  const { entities } = loadGazetteer();
  const id = governmentId(state);
  if (!entities.has(entityRef('Body', id))) return [];
  // offsets in the synthetic paragraph, its one segment
  return hits.map((hit) => ({ kind: 'Body' as const, id, start: hit.at, end: hit.at + hit.end - hit.start, segment: 0 }));
}

/**
 * The forms of governmentAlone in [from, to) of the document (`lowered`: lowerCaseKeepingOffsets of its text), each form in text order,
 * the longest form first: whole words in a spaced language (Arabic may glue و, ف, ل before one). Read by pluralObjects and
 * governmentsAlone alike.
 */
function governmentAloneHits(doc: SegmentedDocument, lang: Language, lowered: string, from: number, to: number): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  if (lang.governmentAlone.length === 0) return hits;
  const piece = lowered.slice(from, to);
  for (const form of lang.governmentAlone) {
    for (let index = piece.indexOf(form); index >= 0; index = piece.indexOf(form, index + 1)) {
      const start = from + index;
      const end = start + form.length;
      if (lang.spaced && (wordCharAt(lowered, end) || (wordCharAt(lowered, start - 1) && !(doc.identity.lang === 'ar' && /(?:^|[^\p{L}])[وفل]$/u.test(lowered.slice(start - 2, start)))))) continue;
      hits.push([start, end]);
    }
  }
  return hits;
}

/** A contracted article opening a form of governmentAlone ("al gobierno", "au gouvernement") */
const CONTRACTED = /^(?:al|au) /u;

/** The State a document is about: named most (by its names, its Government's, or inside its bodies' English labels), at least twice as often as any other. */
function documentState(mentions: readonly EntityMention[]): string | null {
  const { entities, countries } = loadGazetteer();
  const counts = new Map<string, number>();
  const count = (state: string): void => void counts.set(state, (counts.get(state) ?? 0) + 1);
  for (const mention of mentions) {
    if (mention.kind === 'State') count(mention.id);
    if (mention.kind !== 'Body') continue;
    const info = entities.get(entityRef('Body', mention.id));
    if (!info) continue;
    if (info.state) {
      count(info.state);
      continue;
    }
    // "United Nations Mission in South Sudan": the country in the body's name (the longest name first: "South Sudan", not "Sudan")
    let label = info.label;
    const named = countries
      .flatMap((country) => (country.byLocale['en'] ?? []).map((name) => ({ name, iso2: country.iso2 })))
      .filter(({ name }) => name.length > 3 && label.includes(name))
      .sort((a, b) => b.name.length - a.name.length);
    for (const { name, iso2 } of named) {
      const index = label.indexOf(name);
      if (index < 0 || /\p{L}/u.test(label[index - 1] ?? '') || /\p{L}/u.test(label[index + name.length] ?? '')) continue;
      count(iso2);
      label = label.slice(0, index) + ' '.repeat(name.length) + label.slice(index + name.length);
    }
  }
  return dominant(counts);
}

/** A part of a synthetic paragraph: text of its own (an operative verb), or a span [from, to) of the document copied. */
type Part = string | [number, number];

/** The synthetic paragraph the parts make, read as an operative paragraph of `source`; the addressees' offsets mapped back. */
function readParts(doc: SegmentedDocument, lowered: string, mentions: readonly EntityMention[], segmentIndex: number, source: string, parts: readonly Part[]): MandateMatch[] {
  // pieces of the synthetic paragraph copied from the document: [synthetic start, document start, length]
  const pieces: Array<[number, number, number]> = [];
  let synthetic = '';
  for (const part of parts) {
    if (typeof part === 'string') synthetic += part;
    else {
      pieces.push([synthetic.length, part[0], part[1] - part[0]]);
      synthetic += doc.text.slice(part[0], part[1]);
    }
  }
  const toSynthetic = (offset: number): number | null => {
    for (const [at, start, length] of pieces) if (offset >= start && offset <= start + length) return at + offset - start;
    return null;
  };
  const toDocument = (offset: number): number => {
    for (const [at, start, length] of pieces) if (offset >= at && offset <= at + length) return start + offset - at;
    return -1;
  };
  const named: EntityMention[] = [];
  for (const mention of mentions) {
    if (mention.kind !== 'Body' && mention.kind !== 'State') continue;
    // "the UN Multidimensional Integrated Stabilization Mission …": the Organization's acronym before a name the gazetteer lacks
    if (mention.id === 'UN' && /^[ \t]+\p{Lu}/u.test(doc.text.slice(mention.end, mention.end + 3))) continue;
    const start = toSynthetic(mention.start);
    const end = toSynthetic(mention.end);
    const mapped = start !== null && end !== null && end - start === mention.end - mention.start ? start : null;
    if (mapped !== null) named.push({ ...mention, start: mapped, end: mapped + mention.end - mention.start, segment: 0 });
    // a body copied again as the object of a later verb ("extends the mandate of CTED … requests CTED to"): every other copy too
    for (const [at, pieceStart, length] of pieces) {
      if (mention.start < pieceStart || mention.end > pieceStart + length) continue;
      const copy = at + mention.start - pieceStart;
      if (copy !== mapped) named.push({ ...mention, start: copy, end: copy + mention.end - mention.start, segment: 0 });
    }
  }
  named.push(...governmentsAlone(doc, lowered, mentions, pieces));
  if (named.length === 0) return [];
  named.sort((a, b) => a.start - b.start);
  const paragraph: SegmentedDocument = {
    ...doc,
    text: synthetic,
    segments: [{ section: 'operative', paragraph: null, start: 0, end: synthetic.length, textOf: source }],
  };
  return findMandates(paragraph, named).map((match) => ({ ...match, segment: segmentIndex, start: toDocument(match.start), end: toDocument(match.end) }));
}
