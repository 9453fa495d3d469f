/**
 * Named persons, by rules on the words around a name (data/entities/persons.json,
 * data/entities/given-names.json):
 * - after an honorific: "M. Vladimir Voronkov", "Mr. Pierre Schori", "Sra. Ghada Waly";
 * - after a role, with or without a comma: "le représentant d'Interpol, Emmanuel Roux" (role and
 *   organisation), "President Olusegun Obasanjo of Nigeria", "la enviada especial de la ONU para el
 *   Sahel, Hiroute Guebre Sellassie";
 * - before a comma and a role: "Abdoulaye Diop, Mali’s Minister for Foreign Affairs", "Kimberly
 *   Prost, antigua Magistrada del Tribunal";
 * - before a country in brackets, as press releases name speakers: "Trine Heimerback (Norway)";
 * - next to a speech verb: "Amina Mohammed said", "a affirmé Ghada Waly", "Sellassie indicó";
 * - starting with a given name: "la nomination de Garry Conille au poste de";
 * - with an Arabic patronymic particle ("Usama bin Laden") or in the Korean form ("Ban Ki-moon").
 * A lone surname is the full name the document gives elsewhere ("M. Roux", "Secrétaire Général
 * Stock"); found by a rule other than an honorific, a lone word counts only so. A name next to a
 * place, prize or instrument word ("Règles Nelson Mandela", "… International Airport") or whose
 * first word is a body, state or group ("Chad Basin") is not a person.
 * compromise / fr-compromise were measured as a source of candidates (docs/entities.md): the rules
 * find more with fewer wrong names, so the libraries are not used.
 */
import type { SegmentedDocument } from '../types';
import { leadVerb } from '../verbs';
import { foldText, letterBefore, type Tokens } from './fold';
import { KEYWORD, KEYWORDS, wordHash } from './keywords';
import { entityRef, loadGazetteer, readDataFile, type EntityTable } from './gazetteer';
import type { EntityMention } from './index';
import { firstStartingFrom } from './spans';
import { alternation } from '../escape-regexp';

export interface PersonMention {
  name: string;
  start: number;
  end: number;
  role?: string;
  organisation?: string;
}

interface Patterns {
  /** a role at a position */
  roleAt: RegExp;
  /** a role and a name after it, after a comma ("le représentant d'Interpol, Emmanuel Roux") or right after it */
  roleThenName: RegExp;
  /** the role followed directly by the name, tried where the comma form found no name */
  roleDirect: RegExp;
  honorificAt: RegExp;
  /** the honorifics of `weakHonorifics` */
  weakHonorifics: Set<string>;
  /** before a role: a comma, and a few modifiers or a possessive ("Abdoulaye Diop, Mali’s Minister") */
  commaBefore: RegExp;
  /** speech verbs by the hash of their last folded word ("said", "a déclaré" → "declare"), with their folded phrases */
  speechVerbs: Map<number, string[]>;
  /** given names and patronymic particles by hash, the folded word to confirm a hit */
  givenNames: Map<number, string>;
  patronymics: Map<number, string>;
  /** "Ban Ki-moon", "Moon Jae-in": romanised Korean names, checked at a Korean family name */
  koreanAt: RegExp;
  /** a speaker's name in capitals, alone at the start of a line before a bracket or a comma ("M. NICOLAS DE RIVIÈRE (France)") */
  capitalsLine: RegExp;
  /** a name at a position */
  nameAt: RegExp;
  /** one word of a name, whole */
  nameWord: RegExp;
  honorificStart: RegExp;
  /** "l'intervention de", "la visita de": a person's act, then "de" and the person's name (run at a token of an act word) */
  actsOf: RegExp;
  actsLanguages: Record<string, true>;
  /** words that follow a person's name and a comma only ("Filipe Nyusi, who had addressed …"), by hash, with their folded form */
  relatives: Map<number, string>;
  /** participles of leading after a name, by hash, with the prepositions that must stand before the name ("with X leading") */
  leadingWith: Map<number, { after: string; before: string[] }>;
  /** prepositions after which capitalised words complete a title or a place, not a name */
  linkWords: Set<string>;
  notNames: Set<string>;
  particles: Set<string>;
  /** particles that also join two names ("Nicos Anastasiades y Ersin Tatar"): a name ends before one followed by a given name */
  nameCoordinators: Set<string>;
  /** a qualifier holding a name coordinator and a lower-case word after it ("Joaquim Chissano y el líder de la RENAMO") */
  coordinatedTitle: RegExp;
  /** the folded given names */
  givenFolded: Set<string>;
  stopsBefore: Set<string>;
  stopsAfter: RegExp;
}

const { ROLE, HONORIFIC, VERB, GIVEN, PATRONYMIC, KOREAN, ACT } = KEYWORD;
const PERSON_FLAGS = ROLE | HONORIFIC | VERB | GIVEN | PATRONYMIC | KOREAN | ACT;

let patterns: Patterns | null = null;
let notNames: Set<string> | null = null;

/**
 * persons.json notNames: capitalised words that start no person's name ("Urges", "Panel", "Secretariat"). The name readers
 * here add the roles' words (a title is never part of a name); index.ts's isPersonTitle reads this list alone (the roles'
 * words would change which titles it reads before a name).
 */
export function notNameWords(): ReadonlySet<string> {
  return (notNames ??= new Set(loadGazetteer().persons.notNames));
}

/** A romanised Korean syllable, as names write them ("Ban", "Ki", "moon", "Kyung", "wha", "Jong", "un"). */
const KOREAN_SYLLABLE = /^[bcdghjkmnprstwy]{0,3}[aeiouy]{1,3}(?:ng|n|k|l|m|p|t)?$/i;
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{L}|\p{Lu}\.`;
/** a later word of a name with the Arabic article joined by a hyphen, in lower case ("Sayf al-Adl", "Akila al-Hashimi") */
const ARTICLE_WORD = String.raw`(?:al|el|ad|an|ar|as|ash|at|az|ul)[-‑]\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{L}`;
const ARTICLE_START = /^(?:al|el|ad|an|ar|as|ash|at|az|ul)[-‑]\p{Lu}/u;
/** one word of a name written in capitals, as meetings coverage writes speakers ("THOMAS-GREENFIELD", "A.") */
const CAPITALS_WORD = String.raw`(?:\p{Lu}[\p{Lu}'’-]*\p{Lu}|\p{Lu}\.)`;
/** a word in capitals ("UNODC", "THOMAS-GREENFIELD"): an acronym or a line of capitals, not a name as written */
const CAPITALS = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
/** A regnal numeral from II to XXXIX ("Felipe VI", "Mohammed V"); "I" alone is too often a pronoun. */
const REGNAL = /^(?!I$)(?=[IVX]{1,6}$)X{0,3}(?:IX|IV|VI{0,3}|I{1,3}|V)?$/u;

/** "Enviada Especial", "enviada Especial", "enviada especial": a role as titles and as running text write it. */
function bothCases(items: string[]): string[] {
  return items.flatMap((item) => [item, item[0]!.toUpperCase() + item.slice(1), item[0]!.toLowerCase() + item.slice(1), item.toLowerCase()]);
}

function compile(): Patterns {
  const rules = loadGazetteer().persons;
  const particles = alternation(rules.particles);
  const name = String.raw`(?:${NAME_WORD})(?:[ \t]+(?:(?:${particles})[ \t]+|d['’])?(?:${NAME_WORD}|${ARTICLE_WORD})){0,4}`;
  const honorifics = alternation(rules.honorifics);
  const roleList = Object.values(rules.roles).flat();
  const roles = alternation(bothCases(roleList));
  const verbs = Object.values(rules.speechVerbs).flat();
  const given = readDataFile<{ names: string[] }>('given-names.json').names;
  // the words the rules start from, in the entity stage's keyword table (keywords.ts)
  for (const role of roleList) KEYWORDS.add(role, ROLE);
  for (const honorific of rules.honorifics) KEYWORDS.add(honorific, HONORIFIC);
  for (const verb of verbs) KEYWORDS.add(verb, VERB, 'last');
  for (const word of given) KEYWORDS.add(word, GIVEN);
  for (const particle of rules.patronymics) KEYWORDS.add(particle, PATRONYMIC);
  for (const surname of rules.koreanSurnames) KEYWORDS.add(surname, KOREAN);
  const acts = Object.values(rules.actsOf).flat();
  const ledBy = Object.values(rules.ledBy ?? {}).flat();
  for (const act of [...acts, ...ledBy]) KEYWORDS.add(act, ACT);
  const relatives = Object.values(rules.relatives ?? {}).flat();
  for (const relative of relatives) KEYWORDS.add(relative, VERB);
  const leadingWith = Object.values(rules.leadingWith ?? {}).flatMap(({ before, after }) => after.map((word) => ({ after: word, before })));
  for (const { after } of leadingWith) KEYWORDS.add(after, VERB);
  // a State's French or Spanish adjective between a role and the name: "le Président ghanéen Nana Akufo-Addo"
  const adjectives = readDataFile<{ states: Array<{ adjectives: Record<string, string[]> }> }>('states.json')
    .states.flatMap((state) => [...(state.adjectives['fr'] ?? []), ...(state.adjectives['es'] ?? [])]);
  const adjective = adjectives.length > 0 ? String.raw`(?:[ \t]+(?:${alternation(adjectives)})(?![\p{L}\-\u2011]))?` : '';
  return {
    roleAt: new RegExp(String.raw`(?:${roles})(?![\p{L}])`, 'yu'),
    roleThenName: new RegExp(
      // "Ministre péruvien des affaires étrangères, M. X" or a title right before the name: "Secrétaire Général Stock";
      // a longer title when it ends with its organisation's acronym: "Représentant spécial … et chef du Centre régional
      // des Nations Unies pour la diplomatie préventive en Asie centrale (UNRCCA), Kaha Imnadze"
      String.raw`(${roles})(?:((?:[ \t]+[^,.;:\n«»"()]{0,80}?)?|[ \t]+[^,.;:\n«»"()]{0,200}?\(\p{Lu}[\p{Lu}\p{N}-]*\p{Lu}\)),[ \t]+(?:(?:${honorifics})[ \t]+)?(${name})|${adjective}[ \t]+(?:(?:${honorifics})[ \t]+)?(${name}))`,
      'yu',
    ),
    roleDirect: new RegExp(String.raw`(${roles})${adjective}[ \t]+(?:(?:${honorifics})[ \t]+)?(${name})`, 'yu'),
    honorificAt: new RegExp(String.raw`(?:${honorifics})[ \t]+(${name})`, 'yu'),
    weakHonorifics: new Set(rules.weakHonorifics ?? []),
    // an organisation's acronym may qualify the role too: "Valdecy Urquiza, INTERPOL Secretary General"
    commaBefore: new RegExp(String.raw`,[ \t]+((?:(?:${alternation(Object.values(rules.roleModifiers).flat())}|\p{Lu}[\p{L}-]*['’]s|\p{Lu}[\p{Lu}\d]+)[ \t]+){0,3})$`, 'u'),
    speechVerbs: byLastWord(verbs),
    givenNames: byWord(given),
    patronymics: byWord(rules.patronymics),
    // then each part must be one romanised Korean syllable (KOREAN_SYLLABLE): "New York-based" is none
    koreanAt: /[A-Z][a-z]{0,4}[ \t]+[A-Z][a-z]{0,5}-[a-z]{1,5}(?![A-Za-z-])/y,
    capitalsLine: new RegExp(String.raw`^[ \t]*(?:(?:${honorifics})[ \t]+)?(${CAPITALS_WORD}(?:[ \t]+${CAPITALS_WORD}){1,5})[ \t]*$`, 'u'),
    nameAt: new RegExp(name, 'yu'),
    nameWord: new RegExp(`^(?:${NAME_WORD})$`, 'u'),
    honorificStart: new RegExp(String.raw`^(?:${honorifics})[ \t]`, 'u'),
    // anchored at an act word's token (its keyword hit), not searched for: a leading "not after a letter" made V8
    // try the look-behind at every position of every French and Spanish text
    // or a participle of leading a body, then its agent: "chaired by Cherif Bassiouni", "encabezada por Aldo Ajello"
    actsOf: new RegExp(
      String.raw`(?:${alternation(acts)})[ \t]+(?:de|del|d['’])[ \t]*(?=\p{Lu})${ledBy.length > 0 ? String.raw`|(?:${alternation(ledBy)})(?:[ \t]+\p{Ll}{2,12})?[ \t]+(?:by|par|por)[ \t]+(?=\p{Lu})` : ''}`,
      'yu',
    ),
    actsLanguages: Object.fromEntries(
      [...Object.entries(rules.actsOf), ...Object.entries(rules.ledBy ?? {})].filter(([, words]) => words.length > 0).map(([language]) => [language, true]),
    ),
    relatives: byWord(relatives),
    leadingWith: new Map(leadingWith.map(({ after, before }) => [wordHash(foldText(after)), { after: foldText(after), before }])),
    linkWords: new Set(rules.linkWords),
    // a title is never part of a name: "President Olusegun Obasanjo of Nigeria, Chair of …"
    notNames: new Set([...notNameWords(), ...roleList.flatMap((role) => role.split(/[\s-]+/)).filter((word) => /^\p{Lu}/u.test(word))]),
    particles: new Set(rules.particles),
    nameCoordinators: new Set(rules.nameCoordinators ?? []),
    coordinatedTitle: rules.nameCoordinators?.length
      ? new RegExp(String.raw`^[ \t]+\p{Lu}[^ \t]*(?:[ \t]+\p{Lu}[^ \t]*)+[ \t]+(?:${alternation(rules.nameCoordinators)})[ \t]+\p{Ll}`, 'u')
      : /(?!)/u,
    givenFolded: new Set(given.map((word) => foldText(word))),
    stopsBefore: new Set(rules.contextStops.before),
    stopsAfter: new RegExp(String.raw`^[ \t]+(?:${alternation(rules.contextStops.after)})(?![\p{L}])`, 'u'),
  };
}

/** Folded single words ("jean" of "Jean-Pierre": a name's first word) by their hash. */
function byWord(words: string[]): Map<number, string> {
  const map = new Map<number, string>();
  for (const word of words) {
    const folded = foldText(word).split(/[^\p{L}\p{N}]+/u)[0]!;
    if (folded) map.set(wordHash(folded), folded);
  }
  return map;
}

/** Folded phrases by the hash of their last word. */
function byLastWord(phrases: string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const phrase of phrases) {
    const folded = foldText(phrase);
    const last = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean).pop()!;
    const hash = wordHash(last);
    map.set(hash, [...(map.get(hash) ?? []), folded]);
  }
  return map;
}

/** Whether the folded units at [start, end) spell `word`. */
function spells(units: Uint16Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let index = 0; index < word.length; index++) if (units[start + index] !== word.charCodeAt(index)) return false;
  return true;
}

const UPPER = /\p{Lu}/u;
/** " to hold", " to continue": an English infinitive ("to the" may stand in a title: "Ambassador to the United Nations") */
const INFINITIVE = / to (?!the\b|that\b|this\b)\p{Ll}+/u;
const LOWER = /\p{Ll}/u;
/** a character that joins a word to the previous one: a letter, digit, apostrophe or hyphen */
const WORD_EDGE = /[\p{L}\p{N}'’-]/u;

/**
 * Calls findPersons' `weak` rule from one call site shared by all its callers. findPersons makes
 * its closures anew for each document; V8 inlines a call site that has seen a single closure for
 * that closure only, so a site first reached in one document before findPersons was optimised
 * deoptimised it at the next document ("wrong call target", two recompilations of findPersons per
 * run). This site is reached from every document with a candidate name, and soon sees many closures.
 */
function throughOneSite(weak: (start: number, raw: string, extra?: Partial<Candidate>) => void, start: number, raw: string, extra?: Partial<Candidate>): void {
  weak(start, raw, extra);
}

function isUpper(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  return UPPER.test(String.fromCharCode(code));
}

function isLower(code: number): boolean {
  if (code >= 97 && code <= 122) return true;
  if (code < 128) return false;
  return LOWER.test(String.fromCharCode(code));
}

/**
 * Whether the `words` tokens from token `from` spell a particle of persons.json (its spaces as one space: "von der") and a
 * capitalised word follows them.
 */
function particleThenName(text: string, tokens: Tokens, particles: ReadonlySet<string>, from: number, words: number): boolean {
  const { starts, ends, count } = tokens;
  return from + words < count && particles.has(text.slice(starts[from]!, ends[from + words - 1]!).replace(/\s+/gu, ' ')) && isUpper(text.charCodeAt(starts[from + words]!));
}

/** How sure a rule is: an honorific names a person even in one word; other rules need two words or a known surname. */
type Strength = 'strong' | 'weak';
interface Candidate extends PersonMention {
  strength: Strength;
}

/** Compiles the rules and registers their words in KEYWORDS (before the document's keyword hits are taken). */
export function preparePersons(): void {
  patterns ??= compile();
}

/**
 * A State's name that is the second part of a hyphenated given name before a surname ("M. Jean‑Maurice Ripert": Mauritius is
 * "Maurice" in French): the first part a given name of the list that is no State's name, the surname capitalised after a space.
 * "Iraq-Kuwait border", "India-Pakistan talks" keep theirs (no given name before the hyphen).
 */
export function insideCompoundGivenName(text: string, start: number, end: number, mentions: ReadonlyArray<{ start: number; end: number }>): boolean {
  patterns ??= compile();
  // the name's first character after a hyphen, as the expression below ends (most States' names are not: no slice, no search)
  const hyphen = text.charCodeAt(start - 1);
  if (hyphen !== 0x2d && hyphen !== 0x2011) return false;
  const before = /(?:^|[^\p{L}'’])(\p{Lu}\p{Ll}+)[-‑]$/u.exec(text.slice(Math.max(0, start - 20), start));
  if (!before || !patterns.givenFolded.has(foldText(before[1]!))) return false;
  const firstStart = start - before[1]!.length - 1;
  if (mentions.some((mention) => mention.start <= firstStart && mention.end > firstStart)) return false;
  return /^[ \t\u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4));
}

/**
 * `units` and `tokens`: the document folded and tokenized (recogniseEntities has them); `hits`:
 * KEYWORDS.hits(tokens), the tokens the word-list rules start from.
 */
export function findPersons(
  doc: SegmentedDocument,
  mentions: EntityMention[],
  entities: EntityTable,
  units: Uint16Array,
  tokens: Tokens,
  hits: readonly number[],
  /** where an adjective that stands for a speaker ends ("el chino", "la Mexicaine"): a name follows */
  speakers: readonly number[] = [],
): PersonMention[] {
  patterns ??= compile();
  const p = patterns;
  const { text } = doc;
  const lang = doc.identity.lang;
  const found = new Map<number, Candidate>();
  const record = (candidate: Candidate): void => {
    const known = found.get(candidate.start);
    if (!known || (!known.role && candidate.role) || (known.strength === 'weak' && candidate.strength === 'strong')) found.set(candidate.start, candidate);
  };
  // a name whose first word is a body, state or group ("Chad Basin", "Security Council"), or next to a place or instrument word
  const named = mentions.filter((mention) => mention.kind !== 'Threat');
  const blocked = (start: number, end: number): boolean => {
    const firstEnd = text.indexOf(' ', start);
    const first = firstEnd < 0 || firstEnd > end ? end : firstEnd;
    if (named.some((mention) => mention.start < first && mention.end > start)) return true;
    const before = /(\S+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
    if (before && p.stopsBefore.has(before[1]!.replace(/^[«"“(]+/u, ''))) return true;
    return p.stopsAfter.test(text.slice(end, end + 40));
  };
  const weak = (start: number, raw: string, extra: Partial<Candidate> = {}): void => {
    // "a estimé M. Roux": the honorific rule reads it
    if (p.honorificStart.test(raw)) return;
    const name = cleanName(raw, p, lang);
    if (!name || blocked(start, start + name.length)) return;
    record({ name, start, end: start + name.length, strength: 'weak', ...extra });
  };

  const koreanName = (at: number): void => {
    if (at > 0 && WORD_EDGE.test(text[at - 1]!)) return;
    p.koreanAt.lastIndex = at;
    const match = p.koreanAt.exec(text);
    if (!match || /\p{L}/u.test(text[at + match[0].length] ?? ' ')) return;
    if (match[0].split(/[ \t-]+/u).every((part) => KOREAN_SYLLABLE.test(part))) throughOneSite(weak, at, match[0]);
  };
  const readRole = (roleStart: number, roleEnd: number): void => {
    // "Abdoulaye Diop, Mali’s Minister for Foreign Affairs": the name before the comma
    const windowStart = Math.max(0, roleStart - 80);
    const comma = p.commaBefore.exec(text.slice(windowStart, roleStart)) ?? bodyModifierBefore(text, mentions, windowStart, roleStart);
    if (comma) {
      const at = windowStart + comma.index;
      // "Baso Sangqu of South Africa, Chair of the Committee": a speaker's State between the name and the comma
      const state = stateOfBefore(text, mentions, at);
      const before = (state === null ? null : trailingName(text, state, p)) ?? trailingName(text, at, p) ?? capitalsBefore(text, at, p);
      if (before) {
        const end = clauseEnd(text, roleEnd);
        const organisation = organisationBetween(mentions, entities, windowStart + comma.index, end);
        throughOneSite(weak, before.start, before.raw, { role: text.slice(roleStart, end).trim(), ...(organisation ? { organisation } : {}) });
      }
    }
    // the name after the role
    p.roleThenName.lastIndex = roleStart;
    const match = p.roleThenName.exec(text);
    if (!match) return;
    const [, role, qualifier = '', afterComma, direct] = match;
    let rawName = afterComma ?? direct;
    let roleText = role! + qualifier;
    // "the Secretary-General to hold a joint consultation with the governments of Sudan, South Sudan": a clause, not a title
    let name = rawName === undefined || (afterComma !== undefined && INFINITIVE.test(qualifier)) ? null : cleanName(rawName, p, lang);
    let start = match.index + match[0].length - (rawName?.length ?? 0);
    if (!name && afterComma !== undefined) {
      // "President Olusegun Obasanjo of Nigeria, Chair of …": the comma form found a title, the name was right after the role
      p.roleDirect.lastIndex = roleStart;
      const directMatch = p.roleDirect.exec(text);
      if (directMatch) {
        rawName = directMatch[2]!;
        name = cleanName(rawName, p, lang);
        start = directMatch.index + directMatch[0].length - rawName.length;
        roleText = directMatch[1]!;
      }
    }
    // "El Presidente Joaquim Chissano y el líder de la RENAMO, Afonso Dhlakama": the comma's name has the second title; the
    // first title's own name is right after it (a name coordinator and a lower-case article open the second title)
    const coordinated = name && afterComma !== undefined ? p.coordinatedTitle.exec(qualifier) : null;
    if (coordinated) {
      p.roleDirect.lastIndex = roleStart;
      const directMatch = p.roleDirect.exec(text);
      const directName = directMatch ? cleanName(directMatch[2]!, p, lang) : null;
      if (directMatch && directName) {
        const directStart = directMatch.index + directMatch[0].length - directMatch[2]!.length;
        if (!blocked(directStart, directStart + directName.length) && directStart + directName.length <= start) {
          record({ name: directName, start: directStart, end: directStart + directName.length, role: directMatch[1]!.trim(), strength: 'strong' });
          // the comma's name has the second title alone ("el líder de la RENAMO")
          const second = /[ \t]\p{Ll}[^,]*$/u.exec(qualifier.slice(coordinated[0].length - 2));
          if (second) roleText = second[0];
        }
      }
    }
    if (!name || blocked(start, start + name.length)) return;
    // "Judge Brydensholt and Judge Eser": a surname after a title; in a headline ("Foreign Minister Calls for …") no name
    const strength: Strength = name.includes(' ') || !inTitleCaseLine(text, start) ? 'strong' : 'weak';
    const mention: Candidate = { name, start, end: start + name.length, role: roleText.trim(), strength };
    const organisation = organisationBetween(mentions, entities, roleStart, roleStart + roleText.length);
    if (organisation) mention.organisation = organisation;
    record(mention);
  };
  const readHonorific = (at: number): void => {
    if (startsInsideWord(text, at) || text[at - 1] === '.') return;
    p.honorificAt.lastIndex = at;
    const match = p.honorificAt.exec(text);
    if (!match) return;
    const rawName = match[1]!;
    const start = match.index + match[0].length - rawName.length;
    // "General Qasem Soleimani": a rank names a person as the other rules do
    if (p.weakHonorifics.has(text.slice(at, start).trim())) {
      weak(start, rawName);
      return;
    }
    const name = cleanName(rawName, p, lang);
    if (!name || blocked(start, start + name.length)) return;
    if (!found.has(start) || found.get(start)!.strength === 'weak') record({ ...found.get(start), name, start, end: start + name.length, strength: 'strong' });
  };
  // speech verbs: "Amina Mohammed said", "declaró Sellasie", "a déclaré M. X" (read by the honorific rule)
  const readVerb = (hash: number, end: number): void => {
    const phrase = p.speechVerbs.get(hash)!.find((candidate) => end - candidate.length >= 0 && spells(units, end - candidate.length, end, candidate));
    if (phrase === undefined) return;
    const phraseStart = end - phrase.length;
    // a word of its own ("called" in "so-called" is none) in lower case ("States", the countries, is no "states")
    if (!isLower(text.charCodeAt(phraseStart)) || WORD_EDGE.test(text[phraseStart - 1] ?? ' ') || /[\p{L}-]/u.test(text[end] ?? ' ')) return;
    const before = trailingName(text, phraseStart, p, true);
    if (before) throughOneSite(weak, before.start, before.raw);
    const gap = /^[ \t]+/u.exec(text.slice(end, end + 3));
    if (gap) {
      p.nameAt.lastIndex = end + gap[0].length;
      const name = p.nameAt.exec(text);
      if (name) throughOneSite(weak, name.index, name[0]);
    }
  };
  // "Filipe Nyusi, who had addressed …", "Gordon-Somers, quien viajará …": a relative pronoun of persons after a comma; the
  // capitalised words before the comma (a lone word counts only as the surname of a full name the document gives)
  const readRelative = (hash: number, start: number, end: number): void => {
    if (!spells(units, start, end, p.relatives.get(hash)!) || !isLower(text.charCodeAt(start)) || /\p{L}/u.test(text[end] ?? ' ')) return;
    const comma = /,[ \t]+$/u.exec(text.slice(Math.max(0, start - 4), start));
    if (!comma) return;
    const before = trailingName(text, start - comma[0].length, p);
    if (before) throughOneSite(weak, before.start, before.raw);
  };
  // "with Vijay Kumar Jetley leading its military component": a name of two words or more between a preposition and the participle
  const readLeading = (hash: number, start: number, end: number): void => {
    const { after, before: prepositions } = p.leadingWith.get(hash)!;
    if (!spells(units, start, end, after) || !isLower(text.charCodeAt(start)) || /\p{L}/u.test(text[end] ?? ' ')) return;
    const name = trailingName(text, start, p);
    if (!name || !/[ \t]/u.test(name.raw.trim())) return;
    const preposition = /(?:^|[ \t])(\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, name.start - 12), name.start));
    if (preposition && prepositions.includes(preposition[1]!)) throughOneSite(weak, name.start, name.raw);
  };
  const nameFrom = (at: number): void => {
    p.nameAt.lastIndex = at;
    const name = p.nameAt.exec(text);
    if (name) throughOneSite(weak, name.index, name[0]);
  };

  const { starts, ends, hashes, count } = tokens;
  let roleEnd = -1;
  /** where an act word starts a word ("l'intervention de …"), read after the other rules */
  const acts: number[] = [];
  const readsActs = lang in p.actsLanguages;
  for (let hit = 0; hit < hits.length; hit++) {
    const index = hits[hit]!;
    const hash = hashes[index]!;
    const flags = KEYWORDS.flagsOf(hash);
    if ((flags & PERSON_FLAGS) === 0) continue;
    const start = starts[index]!;
    const end = ends[index]!;
    // "Ban Ki-moon": a Korean family name, then a given name with a hyphen
    if (flags & KOREAN && isUpper(text.charCodeAt(start))) koreanName(start);
    if (flags & ROLE && start >= roleEnd && !startsInsideWord(text, start)) {
      p.roleAt.lastIndex = start;
      const role = p.roleAt.exec(text);
      if (role) {
        roleEnd = start + role[0].length;
        readRole(start, roleEnd);
      }
    }
    if (flags & HONORIFIC) readHonorific(start);
    if (flags & ACT && readsActs && !letterBefore(text, start)) acts.push(start);
    if (flags & VERB && p.speechVerbs.has(hashes[index]!)) readVerb(hashes[index]!, end);
    if (flags & VERB && p.relatives.has(hash)) readRelative(hash, start, end);
    if (flags & VERB && p.leadingWith.has(hash)) readLeading(hash, start, end);
    const upper = isUpper(text.charCodeAt(start));
    if (flags & PATRONYMIC && !upper) {
      // "Usama bin Laden": a patronymic particle between two capitalised words
      const particle = p.patronymics.get(hashes[index]!);
      if (particle && spells(units, start, end, particle) && index > 0 && index + 1 < count && isUpper(text.charCodeAt(starts[index + 1]!)) && isUpper(text.charCodeAt(starts[index - 1]!))) {
        const before = trailingName(text, start, p);
        if (before) nameFrom(before.start);
      }
    }
    if (flags & GIVEN && upper && index + 1 < count) {
      // a given name followed by a capitalised word (a particle may stand between): "Garry Conille"
      const given = p.givenNames.get(hashes[index]!);
      if (given === undefined || !spells(units, start, end, given)) continue;
      // a word of its own, written as a name ("Garry", not "GARRY" in a line of capitals, nor "-ali" in a compound)
      if ((start > 0 && WORD_EDGE.test(text[start - 1]!)) || !isLower(text.charCodeAt(end - 1))) continue;
      // the next word is capitalised ("Garry Conille"), an Arabic article's ("Ahmad al-Faqi") or a particle of one or two
      // words before a capitalised one ("Michael von der Schulenburg")
      const next = index + 1;
      const nameFollows =
        isUpper(text.charCodeAt(starts[next]!)) ||
        ARTICLE_START.test(text.slice(starts[next]!, ends[next]!)) ||
        particleThenName(text, tokens, p.particles, next, 1) ||
        particleThenName(text, tokens, p.particles, next, 2);
      if (nameFollows) nameFrom(start);
    }
  }
  // "l'intervention de Zénon Mukongo Ngay": a name of two words or more after a person's act (a lone word needs a full name)
  for (let position = 0; position < acts.length; position++) {
    const at = acts[position]!;
    p.actsOf.lastIndex = at;
    const act = p.actsOf.exec(text);
    if (act) nameFrom(at + act[0].length);
  }
  for (const end of speakers) nameFrom(end + (/^,?[ \t]+/u.exec(text.slice(end, end + 4))?.[0].length ?? 0));
  // "(Norway)" after a speaker's name
  for (let position = 0; position < mentions.length; position++) {
    const mention = mentions[position]!;
    if (mention.kind !== 'State' || !/\(\s*$/u.test(text.slice(mention.start - 2, mention.start)) || !/^\s*\)/u.test(text.slice(mention.end, mention.end + 2))) continue;
    const open = text.lastIndexOf('(', mention.start);
    const before = trailingName(text, open, p) ?? capitalsBefore(text, open, p);
    // "hoteles de Colombo, Negombo y Batticaloa (Sri Lanka)": one word on each side of a coordinator are two places, no speaker
    if (before && !coordinatedWords(before.raw, p)) throughOneSite(weak, before.start, before.raw);
  }
  for (const entry of listedNames(text, p)) record(entry);
  return resolveSurnames(outermost([...found.values()].sort((a, b) => a.start - b.start)));
}

/** One numbered part of a listed name, in capitals, or "na" where the list has none. */
const LISTED_PART = String.raw`[ \t]*(na|\p{Lu}[\p{Lu}'’.-]*(?![\p{L}])(?:[ \t]+\p{Lu}[\p{Lu}'’.-]*(?![\p{L}]))*)(?![\p{L}])`;
/**
 * The numbered parts after a label (listedNames); built on first use, as few texts have such a label and its
 * 28 Unicode property classes cost some 10 ms to parse when the expression is constructed.
 */
let listedName: RegExp | undefined;
function listedNamePattern(): RegExp {
  return (listedName ??= new RegExp(String.raw`${LISTED_PART}(?:[ \t]+2[ \t]?:${LISTED_PART})?(?:[ \t]+3[ \t]?:${LISTED_PART})?(?:[ \t]+4[ \t]?:${LISTED_PART})?`, 'yu'));
}
const LISTED_LABEL = /(?:Name|Nom|Nombre)[ \t]?:[ \t]?$/u;

/**
 * "QDi.440 Name: 1: SAID 2: ABDULLAH 3: SALIM 4: AL-DAYYANI", "Nom: 1: HAMZA 2: USAMA …": the
 * sanctions committees' press releases give a listed individual's name in numbered parts, in
 * capitals ("na" for a part the list lacks). The parts make the name, in the case names are
 * written ("Said Abdullah Salim Al-Dayyani", "Hamza Usama Muhammad bin Laden"); an entity's
 * entry ("QDe.172 Name: …") has no numbered parts.
 */
function listedNames(text: string, p: Patterns): Candidate[] {
  const names: Candidate[] = [];
  for (let at = text.indexOf('1:'); at >= 0; at = text.indexOf('1:', at + 2)) {
    if (/[\p{L}\p{N}.]/u.test(text[at - 1] ?? ' ') || !LISTED_LABEL.test(text.slice(Math.max(0, at - 10), at))) continue;
    const listed = listedNamePattern();
    listed.lastIndex = at + 2;
    const match = listed.exec(text);
    if (!match) continue;
    const parts = match.slice(1).filter((part): part is string => part !== undefined && part !== 'na');
    const words = parts.flatMap((part) => part.split(/[ \t]+/u));
    if (words.length < 2) continue;
    const first = parts[0]!;
    const start = text.indexOf(first, at + 2);
    const last = parts[parts.length - 1]!;
    const end = text.lastIndexOf(last, match.index + match[0].length) + last.length;
    names.push({ name: titleCase(words, p), start, end, strength: 'strong' });
  }
  return names;
}

/** Words in capitals in the case names are written: "NICOLAS DE RIVIÈRE" → "Nicolas de Rivière", particles after the first word in lower case. */
function titleCase(words: readonly string[], p: Patterns): string {
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (index > 0 && p.particles.has(lower)) return lower;
      return lower.replace(/(^|[-'’])(\p{Ll})/gu, (_, edge: string, letter: string) => edge + letter.toUpperCase());
    })
    .join(' ');
}

/**
 * Candidates (sorted by start) without those inside another: a given name inside a name that
 * started earlier reads its tail again ("María Fernanda Espinosa", then "Fernanda Espinosa").
 */
function outermost(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (last && candidate.start < last.end && candidate.end <= last.end) continue;
    kept.push(candidate);
  }
  return kept;
}

const LETTER = /\p{L}/u;

function startsInsideWord(text: string, index: number): boolean {
  return index > 0 && LETTER.test(text[index - 1]!);
}

/** Whether the line holding `position` is written in title case (a headline): most of its longer words capitalised. */
function inTitleCaseLine(text: string, position: number): boolean {
  const from = text.lastIndexOf('\n', position) + 1;
  const newline = text.indexOf('\n', position);
  const line = text.slice(from, newline < 0 ? text.length : newline);
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((word) => UPPER.test(word[0]!)).length;
  return words.length >= 4 && capitalised >= words.length * 0.7;
}

/** Where the role's own words end: the next comma, full stop, semicolon, bracket or line end (80 characters at most). */
function clauseEnd(text: string, from: number): number {
  const stop = /[,.;:()\n]/u.exec(text.slice(from, from + 80));
  return stop ? from + stop.index : Math.min(text.length, from + 80);
}

/**
 * The capitalised words right before `end` (spaces between), up to five, not crossing a word
 * that cannot be part of a name ("Foreign Minister Abdoulaye Diop" → "Abdoulaye Diop").
 * `skipAuxiliary`: "X has said", "X a déclaré" keep the name before the auxiliary.
 */
/** Where "of <State>" starts when it ends right before `end` (spaces aside): "Baso Sangqu of South Africa, Chair …"; else null. */
function stateOfBefore(text: string, mentions: readonly EntityMention[], end: number): number | null {
  let stop = end;
  while (stop > 0 && (text[stop - 1] === ' ' || text[stop - 1] === '\t')) stop--;
  const state = mentions.find((mention) => mention.kind === 'State' && mention.end === stop);
  if (!state) return null;
  const of = /[ \t]of(?:[ \t]+the)?[ \t]+$/u.exec(text.slice(Math.max(0, state.start - 10), state.start));
  return of ? state.start - of[0].length : null;
}

function trailingName(text: string, end: number, p: Patterns, skipAuxiliary = false): { start: number; raw: string } | null {
  let stop = end;
  while (stop > 0 && (text[stop - 1] === ' ' || text[stop - 1] === '\t')) stop--;
  if (skipAuxiliary) {
    const auxiliary = /(?:^|[ \t])(?:also|further|then|later|again|has|had|have|aussi|également|también|ha)$/u.exec(text.slice(Math.max(0, stop - 12), stop));
    if (auxiliary) {
      stop -= auxiliary[0].trimStart().length;
      while (stop > 0 && (text[stop - 1] === ' ' || text[stop - 1] === '\t')) stop--;
    }
  }
  const window = text.slice(Math.max(0, stop - 120), stop);
  const words = [...window.matchAll(/[^\s]+/gu)];
  let first = words.length;
  for (let index = words.length - 1; index >= 0 && words.length - index <= 6; index--) {
    const word = words[index]![0];
    const gapEnd = index + 1 < words.length ? words[index + 1]!.index! : window.length;
    if (!/^[ \t]*$/u.test(window.slice(words[index]!.index! + word.length, gapEnd))) break;
    // a possessive ends the name: "China’s Fu Cong said" (the country's, no part of the speaker's name)
    if (/['’]s$/u.test(word)) break;
    if (p.nameWord.test(word) && !p.notNames.has(word) && !CAPITALS.test(word)) first = index;
    // a particle inside the name ("Usama bin Laden"): kept only when a name word comes before it
    else if (!p.particles.has(word) || first !== index + 1) break;
  }
  while (first < words.length && p.particles.has(words[first]![0])) first++;
  if (first >= words.length) return null;
  // "the Under-Secretary-General of Political Affairs said", "Ministère de la Défense": the words complete a title or a place
  if (first > 0 && p.linkWords.has(words[first - 1]![0].toLowerCase())) return null;
  const startInWindow = words[first]!.index!;
  return { start: Math.max(0, stop - 120) + startInWindow, raw: window.slice(startInWindow) };
}

/** "Negombo y Batticaloa": a single word, a name coordinator, a single word (a person's name has a given name and a surname). */
function coordinatedWords(raw: string, p: Patterns): boolean {
  const words = raw.trim().split(/[ \t]+/u);
  return words.length === 3 && p.nameCoordinators.has(words[1]!);
}

/**
 * "MARTHA AMA AKYAA POBEE, Assistant Secretary-General", "M. NICOLAS DE RIVIÈRE (France)": meetings
 * coverage writes each speaker in capitals at the start of a paragraph. The name alone between the
 * line's start (an honorific allowed) and `end`, 2–6 words, in the case names are written ("Nicolas de
 * Rivière", "Linda Thomas-Greenfield"); the offsets are the text's (the case change keeps the length).
 */
function capitalsBefore(text: string, end: number, p: Patterns): { start: number; raw: string } | null {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  if (end - lineStart > 100) return null;
  const match = p.capitalsLine.exec(text.slice(lineStart, end));
  if (!match) return null;
  const raw = match[1]!;
  const words = raw.split(/[ \t]+/u);
  if (words.filter((word) => word.length > 2 && !word.endsWith('.')).length === 0) return null;
  const titled = titleCase(words, p);
  if (titled.length !== raw.length) return null;
  return { start: lineStart + match.index + match[0].indexOf(raw), raw: titled };
}

/** Drops words that cannot be part of a name ("M. Roux" stays "Roux"; "Conseil" ends it). */
function cleanName(raw: string, { notNames, particles, nameCoordinators, givenFolded }: Patterns, lang: string): string | null {
  const words = raw.split(/\s+/);
  // "Reaffirming", "Rappelant", "Forwards": a clause verb, not a name
  if (leadVerb(words[0]!, lang) || /['’]s$/u.test(words[0]!)) return null;
  const kept: string[] = [];
  for (const [index, word] of words.entries()) {
    // "José Javier De La Gasca": a capitalised article after a capitalised particle is part of the surname
    const next = words[index + 1];
    // "Helen La Lime", "Jean-Marie Le Pen": a capitalised article between a given name and the surname that ends the name
    const article =
      next !== undefined &&
      !notNames.has(next) &&
      !CAPITALS.test(next) &&
      particles.has(word.toLowerCase()) &&
      ((kept.length > 1 && particles.has(kept[kept.length - 1]!.toLowerCase())) || (kept.length === 1 && index === words.length - 2 && givenFolded.has(foldText(kept[0]!))));
    // "former President Pierre Nkurunziza’s bid": a possessive ends the name, its word without the ending kept
    if (!article && kept.length > 0 && /\p{Ll}['’]s$/u.test(word) && !notNames.has(word.slice(0, -2)) && !CAPITALS.test(word)) {
      kept.push(word.slice(0, -2));
      break;
    }
    // "El Rey Felipe VI", "King Mohammed VI": a regnal numeral right after a given name is part of the name and ends it
    if (!article && kept.length === 1 && REGNAL.test(word) && givenFolded.has(foldText(kept[0]!))) {
      kept.push(word);
      break;
    }
    if (!article && (notNames.has(word) || CAPITALS.test(word) || /['’]s$/u.test(word))) break;
    // "Nicos Anastasiades y Ersin Tatar": two names, the second one's given name after the conjunction
    if (kept.length > 1 && nameCoordinators.has(word) && next !== undefined && givenFolded.has(foldText(next))) break;
    kept.push(word);
  }
  while (kept.length > 0 && particles.has(kept[kept.length - 1]!)) kept.pop();
  if (kept.length === 0) return null;
  const name = kept.join(' ');
  if (name.length < 3 || /^\p{Lu}\.$/u.test(name)) return null;
  return name;
}

/**
 * "Smaïl Chergui, the African Union Commissioner for Peace and Security": a body's name right before the role, after a comma and at
 * most an article; the comma's index in the window (as `commaBefore` gives it), else null.
 */
function bodyModifierBefore(text: string, mentions: EntityMention[], windowStart: number, roleStart: number): { index: number } | null {
  // mentions are sorted by start: only those from windowStart on and starting before the role can end before it
  let body: EntityMention | undefined;
  for (let index = firstStartingFrom(mentions, windowStart); index < mentions.length && mentions[index]!.start < roleStart; index++) {
    const mention = mentions[index]!;
    if (mention.kind === 'Body' && /^[ \t]+$/u.test(text.slice(mention.end, roleStart))) {
      body = mention;
      break;
    }
  }
  if (!body) return null;
  const comma = /,[ \t]+(?:(?:the|la|le|el)[ \t]+|l['’])?$/u.exec(text.slice(windowStart, body.start));
  return comma ? { index: comma.index } : null;
}

/** The body or state named inside the role ("représentant d'Interpol", "Ministre péruvien", "Mali’s Minister"). */
function organisationBetween(mentions: EntityMention[], entities: EntityTable, from: number, to: number): string | undefined {
  // mentions are sorted by start: one starting after `to` cannot end by it
  let inside: EntityMention | undefined;
  for (let index = firstStartingFrom(mentions, from); index < mentions.length && mentions[index]!.start <= to; index++) {
    const mention = mentions[index]!;
    if (mention.end <= to && (mention.kind === 'Body' || mention.kind === 'State')) {
      inside = mention;
      break;
    }
  }
  if (!inside) return undefined;
  return entities.get(entityRef(inside.kind, inside.id))?.label;
}

/**
 * "M. Roux" and "Secrétaire Général Stock" are the full names given elsewhere in the document;
 * a lone word found by a weak rule that no full name explains is dropped.
 */
function resolveSurnames(candidates: Candidate[]): PersonMention[] {
  const fullNames = candidates.filter((candidate) => candidate.name.includes(' '));
  const details = new Map<string, PersonMention>();
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const words = candidate.name.split(' ');
    if (words.length === 1) {
      // a later word is the surname ("M. Roux"); else the first word of the one full name that starts with it,
      // as Chinese names put the family name first ("Huang Xia" … "M. Huang")
      const owner =
        fullNames.find((full) => full.name.split(' ').slice(1).includes(words[0]!)) ?? onlyOne(fullNames.filter((full) => full.name.startsWith(`${words[0]!} `)));
      if (owner) candidate.name = owner.name;
      else if (candidate.strength === 'weak') continue;
    } else {
      // a surname of several words ("Ruiz Massieu señaló", "Mr. Al Hassan") is the one full name that ends with it
      const owner = onlyOne(fullNames.filter((full) => full.name.endsWith(` ${candidate.name}`)));
      if (owner) candidate.name = owner.name;
    }
    kept.push(candidate);
    const known = details.get(candidate.name);
    if (!known) details.set(candidate.name, { ...candidate });
    else {
      known.role ??= candidate.role;
      known.organisation ??= candidate.organisation;
    }
  }
  return kept.map((candidate) => {
    const merged = details.get(candidate.name)!;
    const result: PersonMention = { name: candidate.name, start: candidate.start, end: candidate.end };
    if (merged.role) result.role = merged.role;
    if (merged.organisation) result.organisation = merged.organisation;
    return result;
  });
}

function onlyOne<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
