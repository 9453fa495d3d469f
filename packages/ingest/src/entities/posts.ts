/**
 * The Secretary-General's Special Representatives and Envoys, told apart. The gazetteer matches
 * the generic titles ("Special Representative of the Secretary-General", "la Représentante
 * spéciale", "Специальному посланнику", "الممثل الخاص", "特别代表"); here a title becomes a
 * specific post (a Body `<post>-<place>`) when the text says which:
 * - a connector and a place after it: "… for Afghanistan" (SRSG-AF), "… pour la Corne de
 *   l'Afrique" (SpecialEnvoy-HornOfAfrica), "… по Йемену", "… للعراق", "… chargée de la question
 *   des violences sexuelles commises en période de conflit" (SRSG-SVC); in Chinese the place and
 *   "问题" come before it: "秘书长阿富汗问题特别代表", "儿童与武装冲突问题秘书长特别代表";
 * - "and Head of <mission>": the post heading that mission (its country, or the place data names
 *   for it, or the mission itself).
 * Places are the countries (their names in each language, as the Governments are generated) and
 * the regions and thematic mandates of data/entities/envoys.json. A title another organisation
 * owns ("Special Representative of the Chairperson of the African Union Commission", "EU Special
 * Representative") is dropped.
 * The titles left generic (short forms: "the Special Representative", "his Special Envoy") stand
 * for the specific post of that kind the document names (the only one, or the one named at
 * least twice as often as any other); in a resolution or statement with no such name, a Special
 * Representative is the one heading the UN mission the document names most (twice as often as
 * any other). Otherwise the generic post stays.
 */
import type { DocType } from '@unkg/graph';
import { foldText } from './fold';
import { entityRef, loadGazetteer, type EntityInfo, type EntityTable, type Gazetteer } from './gazetteer';
import { makeMatch, type NameMatch } from './matcher';
import { russianCase } from './russian';
import { alternation, escapeRegExp as escape, longestFirst } from '../escape-regexp';
import { dominant } from './dominant';

interface Place {
  id: string;
  /** the words after the post's title in its English label ("for Afghanistan") */
  label: string;
  /** the country the place is, for a mission's place */
  mission?: string;
}

interface LanguagePosts {
  /** connector, article, place (and a second one): read at a title's end */
  after: PlaceReader | null;
  /** Chinese: place and 问题 right before the title */
  before: RegExp | null;
  /** folded place form → place id */
  forms: Map<string, string>;
  owners: RegExp | null;
  ownersBefore: RegExp | null;
  head: RegExp | null;
  /** "its" before a title: an organisation's post */
  possessive: RegExp | null;
  /** folded titles holding the possessive themselves (Arabic "ممثله الخاص") */
  possessiveTitles: Set<string>;
  /** a plural title word ("Special Representatives", "Envoyés spéciaux"): the title stands for no one post and stays generic */
  plural: RegExp | null;
  /** "Office of the" before a title (Chinese: "办公室" after it) */
  officeBefore: RegExp | null;
  officeAfter: RegExp | null;
}

interface Compiled {
  posts: Map<string, { label: string }>;
  places: Map<string, Place>;
  /** mission id → the place of the post heading it */
  missionPlaces: Map<string, string>;
  /** the languages compiled so far (languagePosts), of those with data (`langs`) */
  languages: Map<string, LanguagePosts>;
  langs: Set<string>;
  /** folded place form → place id, per language */
  formsByLang: Map<string, Map<string, string>>;
  data: Gazetteer['envoys'];
}

let compiled: Compiled | null = null;


/** Words (each then spaces) and prefixes (glued to the next word), folded: one slot of a PlaceAfter. */
interface WordSlot {
  open: string[];
  prefixes: string[];
}

function wordSlot(list: string[] | undefined, glued: (item: string) => boolean): WordSlot {
  const items = list ?? [];
  return { open: longestFirst(items.filter((item) => !glued(item)).map((item) => foldText(item).trim())), prefixes: longestFirst(items.filter(glued).map((item) => foldText(item))) };
}

/** "pour ", "l'", "ل": words (then spaces) or, for those `glued` says (an apostrophe, an Arabic prefix), prefixes. */
function words(list: string[] | undefined, glued: (item: string) => boolean): string {
  const { open, prefixes } = wordSlot(list, glued);
  const options = [...(open.length ? [`(?:${open.map(escape).join('|')})\\s+`] : []), ...(prefixes.length ? [`(?:${prefixes.map(escape).join('|')})`] : [])];
  return options.length ? `(?:${options.join('|')})` : '';
}

const SPACE = /\s/u;
const NOT_LETTER = /(?![\p{L}])/uy;

/** The end of the run of white space at `at` in `text`. */
function skipSpace(text: string, at: number): number {
  let end = at;
  while (end < text.length && SPACE.test(text[end]!)) end++;
  return end;
}

/**
 * What the regex `^\s+<connector><article>?(<place>)(?:\s*<conjunction><article>?(<place>))?(?![\p{L}])`
 * finds at the start of a title's following text ("… for Afghanistan", "… pour la Corne de l'Afrique
 * et le Sahel"), with the same result (the same places and length, chosen in the order the regex
 * backtracks in), read with the place forms in a Map instead of an alternation of thousands: V8
 * spent ~20 ms per language compiling that regex, ~0.1 s in a run over the corpus.
 */
class PlaceAfter implements PlaceReader {
  /** the lengths of the place forms, longest first (the order of the regex's alternation) */
  private readonly lengths: number[];
  constructor(
    private readonly connector: WordSlot,
    private readonly article: WordSlot | null,
    private readonly conjunction: WordSlot | null,
    private readonly forms: ReadonlyMap<string, string>,
    /** the regex read as (compiled only by tests that compare) */
    readonly source: string,
  ) {
    this.lengths = [...new Set([...forms.keys()].filter(Boolean).map((form) => form.length))].sort((a, b) => b - a);
  }

  /** Whether every word and form starts with a non-space: the regex's greedy spaces then never give one back, as read() assumes. */
  static readable(slots: Array<WordSlot | null>, forms: Iterable<string>): boolean {
    const words = slots.flatMap((slot) => (slot ? [...slot.open, ...slot.prefixes] : []));
    return [...words, ...forms].every((word) => word === '' || !SPACE.test(word[0]!));
  }

  /** The match at the start of `text`: the place forms (the second undefined when none) and its length; null when none. */
  read(text: string): { first: string; second: string | undefined; length: number } | null {
    const start = skipSpace(text, 0);
    if (start === 0) return null;
    for (const afterConnector of this.slot(text, start, this.connector)) {
      for (const afterArticle of this.optional(text, afterConnector, this.article)) {
        for (const first of this.places(text, afterArticle)) {
          const placeEnd = afterArticle + first.length;
          if (this.conjunction) {
            for (const afterConjunction of this.slot(text, skipSpace(text, placeEnd), this.conjunction)) {
              for (const afterSecondArticle of this.optional(text, afterConjunction, this.article)) {
                for (const second of this.places(text, afterSecondArticle)) {
                  const end = afterSecondArticle + second.length;
                  if (notLetterAt(text, end)) return { first, second, length: end };
                }
              }
            }
          }
          if (notLetterAt(text, placeEnd)) return { first, second: undefined, length: placeEnd };
        }
      }
    }
    return null;
  }

  /** Where a slot's word may end at `at`, in the regex's order: the words (with their spaces), then the prefixes. */
  private *slot(text: string, at: number, slot: WordSlot): Generator<number> {
    for (const word of slot.open) {
      if (!text.startsWith(word, at)) continue;
      const end = skipSpace(text, at + word.length);
      if (end > at + word.length) yield end;
    }
    for (const prefix of slot.prefixes) if (text.startsWith(prefix, at)) yield at + prefix.length;
  }

  /** An optional slot: with its word first, then without. */
  private *optional(text: string, at: number, slot: WordSlot | null): Generator<number> {
    if (slot) yield* this.slot(text, at, slot);
    yield at;
  }

  /** The place forms at `at`, longest first. */
  private *places(text: string, at: number): Generator<string> {
    for (const length of this.lengths) {
      if (at + length > text.length) continue;
      const form = text.slice(at, at + length);
      if (this.forms.has(form)) yield form;
    }
  }
}

/** Reads the places after a title as the regex `source` does. */
interface PlaceReader {
  read(text: string): { first: string; second: string | undefined; length: number } | null;
  source: string;
}

/** A PlaceAfter's reading done by the regex itself (data where a word starts with a space: never so far). */
class RegexPlaceAfter implements PlaceReader {
  private readonly regex: RegExp;
  constructor(readonly source: string) {
    this.regex = new RegExp(source, 'u');
  }
  read(text: string): { first: string; second: string | undefined; length: number } | null {
    const hit = this.regex.exec(text);
    return hit ? { first: hit[1]!, second: hit[2], length: hit[0].length } : null;
  }
}

/** The places after a title in a document of `lang` (English's rules for a language without its own), and the regex it reads as. */
export function placeReader(lang: string): PlaceReader | null {
  compiled ??= compile(loadGazetteer());
  return languagePosts(compiled, lang).after;
}

/** The reader of a language's places after a title; `source`: the regex it reads as (the fallback). */
function placeAfter(lang: string, forms: Map<string, string>, data: Gazetteer['envoys'], source: string): PlaceReader {
  const slot = (list: string[] | undefined, glued: (item: string) => boolean): WordSlot | null => {
    const words = wordSlot(list, glued);
    return words.open.length || words.prefixes.length ? words : null;
  };
  const connector = slot(data.connectors[lang], (item) => item.endsWith("'") || (lang === 'ar' && !item.endsWith(' ')))!;
  const article = slot(data.articles[lang], (item) => item.endsWith("'"));
  const conjunction = slot(data.conjunctions[lang], (item) => lang === 'ar' && !item.endsWith(' '));
  return PlaceAfter.readable([connector, article, conjunction], forms.keys()) ? new PlaceAfter(connector, article, conjunction, forms, source) : new RegexPlaceAfter(source);
}

function notLetterAt(text: string, at: number): boolean {
  NOT_LETTER.lastIndex = at;
  return NOT_LETTER.test(text);
}

function compile(gazetteer: Gazetteer): Compiled {
  const data = gazetteer.envoys;
  const places = new Map<string, Place>();
  const missionPlaces = new Map<string, string>();
  const formsByLang = new Map<string, Map<string, string>>();
  const addForm = (lang: string, form: string, id: string): void => {
    if (!formsByLang.has(lang)) formsByLang.set(lang, new Map());
    const folded = foldText(form);
    const forms = formsByLang.get(lang)!;
    if (!forms.has(folded)) forms.set(folded, id);
  };
  const withArticle = new Set(data.labelArticle);
  for (const country of gazetteer.countries) {
    places.set(country.iso2, { id: country.iso2, label: `for ${withArticle.has(country.governmentName) ? 'the ' : ''}${country.governmentName}` });
    for (const [lang, names] of Object.entries(country.byLocale)) {
      for (const name of names) {
        addForm(lang, name, country.iso2);
        if (lang === 'ru') {
          // "по Афганистану", "в Афганистане"
          for (const grammaticalCase of [1, 4]) {
            const form = russianCase(name, grammaticalCase, true);
            if (form) addForm(lang, form, country.iso2);
          }
        }
        if (lang === 'ar' && name.startsWith('ال')) addForm(lang, name.slice(1), country.iso2);
      }
    }
  }
  for (const place of data.places) {
    places.set(place.id, { id: place.id, label: place.label, ...(place.mission ? { mission: place.mission } : {}) });
    if (place.mission) missionPlaces.set(place.mission, place.id);
    for (const [lang, names] of Object.entries(place.names)) {
      for (const name of names) {
        addForm(lang, name, place.id);
        if (lang === 'ar' && name.startsWith('ال')) addForm(lang, name.slice(1), place.id);
      }
    }
  }
  // the country a UN mission's English name holds ("United Nations Assistance Mission in Afghanistan");
  // the countries' English names folded once, not once per mission (some 100 missions × 750 names)
  const englishNames = gazetteer.countries.flatMap((country) => (country.byLocale.en ?? []).map((name) => ({ iso2: country.iso2, spaced: ` ${foldText(name)} `, length: name.length })));
  for (const info of gazetteer.entities.values()) {
    if (info.kind !== 'Body' || info.category !== 'mission' || missionPlaces.has(info.id) || !/^United Nations /u.test(info.label)) continue;
    const label = ` ${foldText(info.label)} `;
    const found: Array<{ iso2: string; start: number; end: number }> = [];
    for (const name of englishNames) {
      const at = label.indexOf(name.spaced);
      if (at >= 0) found.push({ iso2: name.iso2, start: at, end: at + name.length + 1 });
    }
    // "South Sudan" holds "Sudan": the longer name is the country
    const states = new Set(found.filter((one) => !found.some((other) => other !== one && other.start <= one.start && other.end >= one.end && other.end - other.start > one.end - one.start)).map((one) => one.iso2));
    if (states.size === 1) missionPlaces.set(info.id, [...states][0]!);
  }
  return {
    posts: new Map(data.posts.map((post) => [post.id, { label: post.label }])),
    places,
    missionPlaces,
    languages: new Map(),
    langs: new Set([...formsByLang.keys(), ...Object.keys(data.connectors), 'zh']),
    formsByLang,
    data,
  };
}

/** A language's rules (its place names as regexes of thousands of forms), compiled when a document of it first asks; others read English's. */
function languagePosts(rules: Compiled, lang: string): LanguagePosts {
  const known = rules.langs.has(lang) ? lang : 'en';
  let language = rules.languages.get(known);
  if (!language) {
    language = compileLanguage(known, rules.formsByLang.get(known) ?? new Map<string, string>(), rules.data);
    rules.languages.set(known, language);
  }
  return language;
}

function compileLanguage(lang: string, forms: Map<string, string>, data: Gazetteer['envoys']): LanguagePosts {
  const place = `(${alternation(forms.keys())})`;
  const article = words(data.articles[lang], (item) => item.endsWith("'"));
  const conjunction = words(data.conjunctions[lang], (item) => lang === 'ar' && !item.endsWith(' '));
  const spaced = lang !== 'zh';
  const glued = (item: string): boolean => item.endsWith("'") || (lang === 'ar' && !item.endsWith(' '));
  const connector = words(data.connectors[lang], glued);
  const end = spaced ? '(?![\\p{L}])' : '';
  const second = conjunction ? `(?:\\s*${conjunction}${article ? `${article}?` : ''}${place})?` : '';
  return {
    after: spaced && connector ? placeAfter(lang, forms, data, `^\\s+${connector}${article ? `${article}?` : ''}${place}${second}${end}`) : null,
    before: spaced
      ? null
      : new RegExp(
          `(?:${alternation(data.zh.before.map(foldText))})?(?:${alternation(data.zh.charge.map(foldText))})?${place}(?:(?:${alternation((data.conjunctions.zh ?? []).map(foldText))})${place})?${escape(data.zh.topic)}(?:${alternation(data.zh.before.map(foldText))})?$`,
          'u',
        ),
    forms,
    owners: spaced && data.owners[lang]?.length ? new RegExp(`^\\s*(?:${alternation(data.owners[lang].map(foldText))})${end}`, 'u') : null,
    ownersBefore: !spaced && data.owners[lang]?.length ? new RegExp(`(?:${alternation(data.owners[lang].map(foldText))})$`, 'u') : null,
    possessive: data.possessives[lang]?.length ? new RegExp(`${spaced ? '(?<![\\p{L}])' : ''}(?:${alternation(data.possessives[lang].map(foldText))})\\s*$`, 'u') : null,
    possessiveTitles: new Set((data.possessiveTitles?.[lang] ?? []).map(foldText)),
    plural: data.plurals?.[lang]?.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(data.plurals[lang].map(foldText))})(?![\\p{L}])`, 'u') : null,
    officeBefore:
      spaced && data.offices[lang]?.length
        ? new RegExp(
            `(?<![\\p{L}])${data.officeProclitics?.[lang]?.length ? `(?:${alternation(data.officeProclitics[lang].map(foldText))})?` : ''}((?:${alternation(data.offices[lang].map(foldText))})\\s+)$`,
            'u',
          )
        : null,
    officeAfter: !spaced && data.offices[lang]?.length ? new RegExp(`^(?:${alternation(data.offices[lang].map(foldText))})`, 'u') : null,
    head: data.heads[lang]?.length
      ? new RegExp(`^\\s*,?\\s*(?:${alternation(data.heads[lang].map(foldText))})${spaced ? '\\s*' : ''}${article ? `${article}?` : ''}`, 'u')
      : null,
  };
}

/** The organisations whose own posts ("its Special Representative") are not the Secretary-General's. */
const OWNER_CATEGORIES = new Set(['regional', 'partner', 'organisation']);

/** Bodies that are never another organisation's owner of a post: "UN Special Envoy" is the Secretary-General's. */
const UN_OWNED = new Set(['UN', 'SG', 'SC']);

/**
 * The document's names with every post made specific where the text allows: generic title
 * matches are replaced (their span extended over the place or mission they name), titles of
 * other organisations are dropped, and the Secretary-General and United Nations named inside a
 * composed Chinese title ("秘书长阿富汗问题特别代表") go with it. Specific posts are added to
 * `entities`. `matches` sorted by start; so is the result.
 */
export function resolvePosts(
  text: string,
  folded: string,
  lang: string,
  docType: DocType,
  matches: NameMatch[],
  entities: EntityTable,
  owned?: Array<{ id: string; start: number; end: number }>,
): NameMatch[] {
  const gazetteer = loadGazetteer();
  compiled ??= compile(gazetteer);
  const rules = compiled;
  if (!matches.some((match) => match.kind === 'Body' && rules.posts.has(match.id))) return matches;
  const language = languagePosts(rules, lang);
  const removed = new Set<NameMatch>();
  const replaced = new Map<NameMatch, NameMatch>();
  /** names that a title extended over: the title's own words */
  const extended: NameMatch[] = [];
  const generic: Array<{ original: NameMatch; start: number; end: number }> = [];
  const specificCounts = new Map<string, Map<string, number>>();
  const missionCounts = new Map<string, number>();
  const define = (id: string, post: string, place: string | null, mission: string | null, surface: string | null): void => {
    const ref = entityRef('Body', id);
    const known = entities.get(ref);
    if (known && !surface) return;
    const postLabel = rules.posts.get(post)!.label;
    const label = place
      ? `${postLabel} ${place
          .split('+')
          .map((part) => rules.places.get(part)!.label)
          .join(' and ')
          .replace(/ and for /gu, ' and ')}`
      : `${postLabel} and Head of ${entities.get(entityRef('Body', mission!))?.label ?? mission}`;
    const aliases = new Set([...(known?.aliases ?? [label])]);
    if (surface) aliases.add(surface);
    const info: EntityInfo = { kind: 'Body', id, label, aliases: [...aliases], category: 'envoy' };
    entities.set(ref, info);
  };
  const missionPost = (post: string, mission: string): { id: string; place: string | null } => {
    const place = rules.missionPlaces.get(mission) ?? null;
    return { id: `${post}-${place ?? mission}`, place };
  };

  matches.forEach((match, index) => {
    if (match.kind !== 'Body' || !rules.posts.has(match.id)) return;
    const post = match.id;
    // another organisation's post: "… of the Chairperson of the African Union Commission", "EU Special Representative"
    if (language.owners?.test(folded.slice(match.end, match.end + 60))) {
      removed.add(match);
      return;
    }
    const previous = matches[index - 1];
    const afterName = previous !== undefined && previous.kind === 'Body' && /^\s*$/u.test(text.slice(previous.end, match.start));
    if (afterName && !UN_OWNED.has(previous.id) && lang !== 'zh') {
      removed.add(match);
      return;
    }
    // a title holding the possessive (Arabic "ممثله الخاص", his Special Representative; a conjunction may be glued: "وممثله الخاص")
    const surface = language.possessiveTitles.size > 0 ? folded.slice(match.start, match.end) : '';
    const titled = surface !== '' && (language.possessiveTitles.has(surface) || language.possessiveTitles.has(surface.slice(1)));
    // right after its owner's name with no conjunction, it is the owner's post as its object, named but not addressed: "ويطلب أن يعين
    // الأمين العام مبعوثه الخاص دون تأخير" (and requests that the Secretary-General appoint his Special Envoy without delay)
    if (titled && afterName) owned?.push({ id: previous.id, start: match.start, end: match.end });
    // "the European Union, notably its Special Representative for the Sahel"; in Chinese before the place, "欧洲联盟，特别是其萨赫勒问题特别代表";
    // in Arabic the title holds the possessive, "الاتحاد الأوروبي، ولا سيما ممثله الخاص لمنطقة الساحل". The owned post, from its possessive
    // to its place, is given to `owned`: a chain of addressees reads through it ("… and its EUTM Mali")
    const possessed = (at: number, end: () => number): boolean => {
      const possessive = titled ? null : language.possessive?.exec(folded.slice(Math.max(0, at - 12), at));
      if (!titled && !possessive) return false;
      let owner: NameMatch | undefined;
      for (let back = index - 1; back >= 0 && !owner; back--) {
        const other = matches[back]!;
        if (other.kind === 'Body' && at - other.end < 200) owner = other;
      }
      if (owner === undefined || !OWNER_CATEGORIES.has(entities.get(entityRef('Body', owner.id))?.category ?? '') || /[;；؛]/u.test(text.slice(owner.end, at))) return false;
      owned?.push({ id: owner.id, start: possessive ? at - possessive[0].length : at, end: end() });
      return true;
    };
    if (possessed(match.start, () => match.end + (language.after?.read(folded.slice(match.end, match.end + 160))?.length ?? 0))) {
      removed.add(match);
      return;
    }
    let start = match.start;
    let end = match.end;
    // French inclusive spelling, "Envoyé(e) spécial(e) pour la Libye": the title's last token ends before its ")"
    if (text.charCodeAt(end) === 41 /* ')' */ && /\(\p{L}{1,2}$/u.test(text.slice(Math.max(0, end - 3), end))) end++;
    // "the Secretary-General's Special Envoy": the Secretary-General is the title's
    if (previous?.id === 'SG' && /^['’]s\s+$/u.test(text.slice(previous.end, match.start))) {
      start = previous.start;
      extended.push(previous);
    }
    let place: string | null = null;
    if (language.after) {
      const hit = language.after.read(folded.slice(end, end + 160));
      if (hit) {
        place = [hit.first, hit.second]
          .filter((form): form is string => form !== undefined)
          .map((form) => language.forms.get(form)!)
          .sort()
          .join('+');
        end += hit.length;
      }
    } else if (language.before) {
      const from = Math.max(0, start - 60);
      const hit = language.before.exec(folded.slice(from, start));
      if (hit) {
        const before = folded.slice(Math.max(0, from + hit.index - 12), from + hit.index);
        if (language.ownersBefore?.test(before) || possessed(from + hit.index, () => match.end)) {
          removed.add(match);
          return;
        }
        place = [hit[1], hit[2]]
          .filter((form): form is string => form !== undefined)
          .map((form) => language.forms.get(form)!)
          .sort()
          .join('+');
        start = from + hit.index;
      } else if (language.ownersBefore?.test(folded.slice(Math.max(0, start - 12), start))) {
        removed.add(match);
        return;
      }
    }
    // "… and Head of UNSOM", "… et Chef de la MINURSO", "…兼联索援助团团长"
    let mission: string | null = null;
    if (language.head) {
      const hit = language.head.exec(folded.slice(end, end + 60));
      if (hit) {
        const at = end + hit[0].length;
        const next = matches.find((other) => other.start >= at && other.start <= at + 1 && other.kind === 'Body' && !UN_OWNED.has(other.id));
        if (next) {
          mission = next.id;
          end = next.end;
        }
      }
    }
    // "Office of the Special Representative …", "…特别代表办公室": the post's office stands for the post
    const office = language.officeBefore?.exec(folded.slice(Math.max(0, start - 30), start));
    if (office) start -= office[1]!.length;
    const officeAfter = language.officeAfter?.exec(folded.slice(end, end + 6));
    if (officeAfter) end += officeAfter[0].length;
    if (!place && !mission) {
      generic.push({ original: match, start, end });
      return;
    }
    let id: string;
    if (place) id = `${post}-${place.replace(/\+/gu, '-')}`;
    else {
      const headed = missionPost(post, mission!);
      id = headed.id;
      place = headed.place;
    }
    define(id, post, place, place ? null : mission, text.slice(start, end).replace(/\s+/gu, ' '));
    const composed: NameMatch = makeMatch('Body', id, start, end);
    replaced.set(match, composed);
    if (!specificCounts.has(post)) specificCounts.set(post, new Map());
    specificCounts.get(post)!.set(id, (specificCounts.get(post)!.get(id) ?? 0) + 1);
  });

  // short forms: the post of that kind the document names, else the head of its mission
  if (generic.length && (docType === 'resolution' || docType === 'statement')) {
    for (const match of matches) {
      if (match.kind !== 'Body' || UN_OWNED.has(match.id)) continue;
      const info = entities.get(entityRef('Body', match.id));
      if (info?.category === 'mission' && /^United Nations /u.test(info.label)) missionCounts.set(match.id, (missionCounts.get(match.id) ?? 0) + 1);
    }
  }
  const mainMission = dominant(missionCounts);
  for (const { original, start, end } of generic) {
    // "the Special Envoys and Special Representatives of the Secretary-General": several posts, none in particular
    const plural = language.plural?.test(folded.slice(original.start, original.end)) ?? false;
    const named = plural ? null : dominant(specificCounts.get(original.id) ?? new Map());
    if (named) {
      replaced.set(original, makeMatch(original.kind, named, start, end, original.requires));
      continue;
    }
    if (original.id === 'SRSG' && !plural && mainMission && (docType === 'resolution' || docType === 'statement')) {
      const headed = missionPost(original.id, mainMission);
      define(headed.id, original.id, headed.place, headed.place ? null : mainMission, null);
      replaced.set(original, makeMatch(original.kind, headed.id, start, end, original.requires));
      continue;
    }
    if (start !== original.start || end !== original.end) replaced.set(original, makeMatch(original.kind, original.id, start, end, original.requires));
  }
  const result: NameMatch[] = [];
  // null when there is none: an empty array has another elements kind than a filled one, and the check
  // below, compiled for one, was deoptimised by the other
  let composedSpans: NameMatch[] | null = null;
  for (const [original, composed] of replaced) if (composed.start < original.start) (composedSpans ??= []).push(composed);
  for (const match of matches) {
    if (removed.has(match)) continue;
    // the Secretary-General and the United Nations inside a composed Chinese title are the title's
    if (extended.includes(match)) continue;
    if ((match.id === 'SG' || match.id === 'UN') && composedSpans !== null && composedSpans.some((span) => match.start >= span.start && match.end <= span.end)) continue;
    result.push(replaced.get(match) ?? match);
  }
  return result.sort((a, b) => a.start - b.start);
}
