/**
 * Short references to a body the document names: "the Mechanism", "le Comité", "la Comisión",
 * "Механизму", "الآلية", "余留机制". The head noun stands for the body whose name in this document
 * holds it ("International Residual Mechanism for Criminal Tribunals" for "the Mechanism"), or
 * whose category it gives ("the Committee" for the only committee named); when several bodies
 * qualify, the one the document introduces with that short form in quotes ("(“the Mechanism”)"),
 * else the one it names most often, at least twice as often as the next; otherwise none.
 * The heads, determiners and qualifiers are data: data/entities/references.json.
 */
import type { EntityTable } from './gazetteer';
import { entityRef, loadGazetteer, readDataFile, type BodyNames } from './gazetteer';
import { foldText, hashUnits, nameTokens, type Tokens } from './fold';
import { makeMatch, type NameMatch } from './matcher';
import { russianCaseForms } from './russian';
import { committeeOfPanel } from './committees';
import { alternation, escapeRegExp as escape } from '../escape-regexp';

interface ReferencesFile {
  /** words that introduce a short form without a bracket or comma before them ("… (1999) hereinafter referred to as “the Committee”"), every language */
  introducers?: string[];
  determiners: Record<string, string[]>;
  before?: Record<string, string[]>;
  /** determiners pointing back ("that Government"): a government head after one stands for the Government named last before it */
  anaphoric?: Record<string, string[]>;
  qualifiers?: Record<string, string[]>;
  heads: Record<string, Record<string, string | null>>;
  /** per language, heads read in lower case too ("the authorities"): a word the texts never capitalise */
  lowercase?: Record<string, string[]>;
  /** per language, words after which a head needs no determiner ("encourages Committee members to"): the body's members stand for it */
  undetermined?: Record<string, string[]>;
  /** per language, head → the body it stands for when the document names none it could */
  defaults?: Record<string, Record<string, string>>;
  /** categories whose bodies a head of that category stands for before bodies whose names merely hold its word */
  preferCategory?: string[];
}

interface Head {
  /** folded forms of the head ("mechanism"; Russian case forms) */
  forms: string[];
  category: string | null;
  /** the body the head stands for when the document names none it could stand for */
  fallback: string | null;
}

interface LanguageReferences {
  pattern: RegExp;
  /** the same, anchored where it is run (at a token that may start a head) */
  sticky: RegExp | null;
  /** a bit per (token hash & 0xffff) of the heads' first words; null where tokens do not split words as heads do (Arabic clitics, Chinese) */
  firstTokens: Uint8Array | null;
  /** the same for the heads of several words only (the first round, see severalWords) */
  firstTokensOfSeveral: Uint8Array | null;
  /** what must precede a head (a determiner, at a word start) */
  determinerBefore: RegExp | null;
  /** the same test without a regex where the determiners are words (folded; null: the regex is run, as in Arabic) */
  determinerWords: { open: string[]; elided: string[] } | null;
  /** the determiners as a pattern ('' when the language has none): also read inside an introduction's quotes */
  determiner: string;
  /** folded form → head */
  heads: Map<string, Head>;
  spaced: boolean;
  latinOrCyrillic: boolean;
  /** folded heads read in lower case too (references.json lowercase) */
  lowercase: Set<string>;
  /** a head with no determiner is read when one of these words follows it (references.json undetermined; null: none) */
  undetermined: RegExp | null;
  /** some head has a fallback: worth reading a document that names no body */
  fallbacks: boolean;
  /** some head has several words ("the Verification Mission"): read first, its mentions counted for the heads of one word */
  severalWords: boolean;
  before: string[];
  /** after one of these determiners a government head is the Government named last before it ("… the Government of Syria … its call on that Government") */
  anaphoric: { open: string[]; elided: string[] } | null;
  qualifier: RegExp | null;
  /**
   * In the Latin and Cyrillic scripts, what makes a head word in a name a modifier, not the name's own head:
   * a qualifier before it ("Executive Directorate of the Counter-Terrorism Committee", "Direction exécutive du
   * Comité …") or a head right after it ("Counter-Terrorism Committee Executive Directorate")
   */
  modifier: { qualifierBefore: RegExp | null; headAfter: RegExp } | null;
}

/** Bodies a head never stands for: the organs and collective addressees named generically everywhere. */
const NEVER = new Set(['SC', 'SG', 'UN', 'MemberStates', 'GA']);

/** The category of national Governments (governments.json): only a head of this category ("the Government") stands for one. */
const GOVERNMENT = 'government';

/** A bit set at (hash & 0xffff) of each form's first token. */
function firstTokenBits(forms: string[]): Uint8Array {
  const bits = new Uint8Array(0x10000);
  for (const form of forms) {
    const first = nameTokens(form)[0];
    if (first === undefined) continue;
    bits[hashUnits(Array.from(first, (char) => char.charCodeAt(0)), 0, first.length) & 0xffff] = 1;
  }
  return bits;
}

let compiled: Map<string, LanguageReferences> | null = null;
let referencesData: ReferencesFile | null = null;

/** references.json, read once for the compiled heads, the introducers and the preferred categories. */
const referencesFile = (): ReferencesFile => (referencesData ??= readDataFile<ReferencesFile>('references.json'));

function compile(): Map<string, LanguageReferences> {
  const file = referencesFile();
  const result = new Map<string, LanguageReferences>();
  for (const [lang, heads] of Object.entries(file.heads)) {
    const byForm = new Map<string, Head>();
    const defaults = file.defaults?.[lang] ?? {};
    for (const [name, category] of Object.entries(heads)) {
      const forms = [name, ...(lang === 'ru' ? russianCaseForms(name) : [])].map((form) => foldText(form));
      const head: Head = { forms, category, fallback: defaults[name] ?? null };
      for (const form of forms) byForm.set(form, head);
    }
    const spaced = lang !== 'zh';
    // Arabic: "للبعثة" is ل and البعثة, the article's alif elided
    if (lang === 'ar') for (const [form, head] of [...byForm]) if (form.startsWith('ال')) byForm.set(`ل${form.slice(1)}`, head);
    const determiners = (file.determiners[lang] ?? []).map((word) => foldText(word));
    const headPattern = `(${alternation([...byForm.keys()])})`;
    const open = determiners.filter((word) => !word.endsWith("'"));
    const elided = determiners.filter((word) => word.endsWith("'"));
    const determiner = determiners.length
      ? `(?:${[...(open.length ? [`(?:${alternation(open)})\\s+`] : []), ...(elided.length ? [`(?:${alternation(elided)})`] : [])].join('|')})`
      : lang === 'ar'
        ? '(?:[وف]?[بكل]?)'
        : '';
    // the head is scanned for alone and what precedes it checked after a hit: a leading lookbehind or a
    // determiner first ("the", everywhere) makes the scan several times slower
    const source = spaced ? `${headPattern}(?![\\p{L}])` : `${headPattern}`;
    const determinerBefore = spaced ? new RegExp(`(?:^|[^\\p{L}])${determiner}$`, 'u') : null;
    // '' when the language has none
    const qualifierWords = alternation((file.qualifiers?.[lang] ?? []).map((word) => foldText(word)));
    result.set(lang, {
      pattern: new RegExp(source, 'gu'),
      sticky: spaced && lang !== 'ar' ? new RegExp(source, 'uy') : null,
      firstTokens: spaced && lang !== 'ar' ? firstTokenBits([...byForm.keys()]) : null,
      firstTokensOfSeveral: spaced && lang !== 'ar' ? firstTokenBits([...byForm.keys()].filter((form) => form.includes(' '))) : null,
      determinerBefore,
      determinerWords: spaced && lang !== 'ar' ? { open, elided } : null,
      determiner,
      heads: byForm,
      spaced,
      latinOrCyrillic: lang !== 'ar' && lang !== 'zh',
      lowercase: new Set((file.lowercase?.[lang] ?? []).map((word) => foldText(word))),
      undetermined: file.undetermined?.[lang]?.length ? new RegExp(`^\\s+(?:${alternation(file.undetermined[lang]!.map((word) => foldText(word)))})(?![\\p{L}])`, 'u') : null,
      fallbacks: Object.keys(defaults).length > 0,
      severalWords: [...byForm.keys()].some((form) => form.includes(' ')),
      before: file.before?.[lang] ?? [],
      // read as determiners are (determinedAt): the word, then spaces, before the head
      anaphoric: file.anaphoric?.[lang]?.length ? { open: [...new Set(file.anaphoric[lang]!.map((word) => foldText(word)))], elided: [] } : null,
      modifier:
        lang !== 'ar' && lang !== 'zh'
          ? {
              qualifierBefore: qualifierWords ? new RegExp(`(?:^|[^\\p{L}])(?:${qualifierWords})(?![\\p{L}])`, 'u') : null,
              headAfter: new RegExp(`^\\s+${source}`, 'u'),
            }
          : null,
      // unspaced (Chinese): the qualifier follows the head directly ("委员会成员", the Committee's members)
      qualifier: qualifierWords ? new RegExp(spaced ? `^\\s+(?:${qualifierWords})(?![\\p{L}])` : `^(?:${qualifierWords})`, 'u') : null,
    });
  }
  return result;
}

/**
 * The short references of a document, resolved. `folded` is the document's folded text (same
 * offsets), `matches` the names already found (sorted by start).
 */
export function findShortReferences(text: string, folded: string, lang: string, matches: NameMatch[], entities: EntityTable, tokens?: Tokens): NameMatch[] {
  compiled ??= compile();
  const rules = compiled.get(lang) ?? compiled.get('en')!;
  // the bodies named, with how often and the folded text of each mention
  const named = new Map<string, Named>();
  for (let position = 0; position < matches.length; position++) {
    const match = matches[position]!;
    if (match.kind !== 'Body' || NEVER.has(match.id)) continue;
    const entry = entryOf(named, match.id, entities);
    // a name and its acronym in brackets right after it ("反恐怖主义委员会(反恐委员会)", "Counter-Terrorism Committee (CTC)") name the body once
    if (!acronymAfterName(folded, entry, match.start)) entry.count++;
    entry.spans.push(match.start);
    entry.ends.push(match.end);
  }
  if (named.size === 0 && !rules.fallbacks) return [];
  let found: NameMatch[] = [];
  // per head, and per the bodies of its preferred category named before the reference (resolve's `before`)
  const resolved = new Map<Head, Map<string, string | null>>();
  let next = 0;
  // the folded texts of the State the document names most (more often than any other), asked for once
  let place: string[] | null | undefined;
  const mainPlace = (): string[] | null => (place === undefined ? (place = mostNamedState(matches, folded)) : place);
  // the first round reads the heads of several words only ("البعثة المتكاملة", "the Verification Mission")
  let severalWordsOnly = false;
  /** A head read at `start`: kept when preceded by a determiner, capitalised, not qualified, not inside a name. */
  const consider = (form: string, start: number): void => {
    if (severalWordsOnly && !form.includes(' ')) return;
    const end = start + form.length;
    const determined = rules.determinerWords ? determinedAt(folded, start, rules.determinerWords) : !rules.determinerBefore || rules.determinerBefore.test(folded.slice(Math.max(0, start - 16), start));
    if (!determined && !rules.undetermined?.test(folded.slice(end, end + 24))) return;
    const head = rules.heads.get(form);
    if (!head) return;
    // capitalised in the Latin and Cyrillic scripts: "the Mechanism", not "a mechanism"
    if (rules.latinOrCyrillic && !isUpperUnit(text, start) && !rules.lowercase.has(form)) return;
    if (!rules.spaced && rules.before.length && !rules.before.some((word) => folded.endsWith(word, start))) return;
    if (rules.qualifier?.test(folded.slice(end, end + 30))) return;
    // a word with the article after it continues a longer name, but not "إلى" (folded "الى", "to"), "التي", "الذي" (which)
    if (lang === 'ar' && continuesName(form, folded.slice(end, end + 40))) return;
    while (next < matches.length && matches[next]!.end <= start) next++;
    // inside a name, no reference; a name inside the short form is part of it: an organ ("الأمم المتحدة" in "قوة الأمم
    // المتحدة"), or any name shorter than a head that holds it ("African Union" in "the African Union Mission")
    for (let index = next; index < matches.length && matches[index]!.start < end; index++) {
      const inner = matches[index]!;
      if (inner.start < start || inner.end > end) return;
      if (!NEVER.has(inner.id) && inner.end - inner.start >= end - start) return;
    }
    const anaphoric = head.category === GOVERNMENT && rules.anaphoric !== null && determinedAt(folded, start, rules.anaphoric);
    // "cooperate fully with the Office of the Attorney General and to provide to this Office information" (1457 para 16): "this"
    // or "that" before another head stands for the head named last before it, none when that is no body's name nor reference
    if (!anaphoric && rules.anaphoric !== null && head.category !== GOVERNMENT && determinedAt(folded, start, rules.anaphoric) && !lastHeadNamed(text, folded, form, start, named, found)) return;
    let id: string | null | undefined;
    if (anaphoric) id = lastGovernmentBefore(named, start);
    else {
      const earlier = preferredBefore(head, named, folded, start);
      const byEarlier = resolved.get(head) ?? resolved.set(head, new Map()).get(head)!;
      if (!byEarlier.has(earlier)) byEarlier.set(earlier, resolve(head, named, folded, rules, lang === 'ar', { lang, texts: mainPlace() }, start) ?? panelsCommittee(head, named, entities));
      id = byEarlier.get(earlier);
      // none for the document, asked again per reference (one call: `local` only adds a last answer): two missions named as
      // often, the one named before this reference and not the other (resolve's tie); else the one candidate the
      // reference's own sentence names before it
      if (!id) id = resolve(head, named, folded, rules, lang === 'ar', { lang, texts: mainPlace() }, start, true);
    }
    if (id) found.push(makeMatch('Body', id, start, end));
  };
  // the tokens that could start a head (a bit per hash, as the gazetteer scan does), found in one pass for both rounds
  const candidates = tokens && rules.firstTokens ? tokensWithBit(tokens, rules.firstTokens) : null;
  const scan = (): void => {
    if (tokens && candidates) {
      // the regex runs at those tokens alone
      const { starts, hashes } = tokens;
      const sticky = rules.sticky!;
      // the first round reads heads of several words only: a head of one word found there is dropped anyway
      const several = severalWordsOnly ? rules.firstTokensOfSeveral! : null;
      for (let position = 0; position < candidates.length; position++) {
        const index = candidates[position]!;
        if (several !== null && several[hashes[index]! & 0xffff] === 0) continue;
        sticky.lastIndex = starts[index]!;
        const hit = sticky.exec(folded);
        if (hit) consider(hit[1]!, hit.index);
      }
      return;
    }
    const pattern = rules.pattern;
    pattern.lastIndex = 0;
    for (let hit = pattern.exec(folded); hit; hit = pattern.exec(folded)) {
      const before = found.length;
      consider(hit[1]!, hit.index);
      // a hit not kept may hide a head starting inside it
      if (found.length === before) pattern.lastIndex = hit.index + 1;
    }
  };
  if (rules.severalWords) {
    // A body a text names by a short form of several words counts those mentions when a head of one word is resolved:
    // MINUSMA, named once in full and 49 times "البعثة المتكاملة", is "البعثة" before the EU mission named twice
    severalWordsOnly = true;
    scan();
    const byShortForm = new Set<string>();
    for (const match of found) {
      // a mission the text names only by a short form ("البعثة المتكاملة" in S/RES/2552) is a body it names
      if (!named.has(match.id)) byShortForm.add(match.id);
      const entry = entryOf(named, match.id, entities);
      entry.count++;
      if (byShortForm.has(match.id)) {
        entry.spans.push(match.start);
        entry.ends.push(match.end);
      }
    }
    severalWordsOnly = false;
    found = [];
    next = 0;
  }
  scan();
  return found;
}

/**
 * A committee head ("the Committee", "le Comité") of a text that names no committee but one panel of experts: the committee
 * that panel reports to (committees.json `panelCommittees`; S/RES/2571 names the Panel established by resolution 1973 and
 * "directs the Committee", the Committee established by resolution 1970), added to the document's bodies if new.
 */
function panelsCommittee(head: Head, named: Map<string, Named>, entities: EntityTable): string | null {
  if (head.category !== 'committee') return null;
  // (a text naming no panel: the 1267 Monitoring Team, whose committee panelCommittees gives too)
  const numbered = [...named.keys()].filter((id) => /^Panel\d+$/u.test(id));
  const panels = numbered.length > 0 ? numbered : [...named.keys()].filter((id) => id === 'MonitoringTeam');
  if (panels.length !== 1) return null;
  // (or that names other committees, none of them introduced, less often than the panel: S/RES/1904 names the Monitoring Team
  // 12 times and the CTC and the 1540 Committee twice each, never the 1267 Committee, and "directs the Committee" six times)
  const panel = named.get(panels[0]!)!;
  if ([...named.values()].some((entry) => entry.category === 'committee' && entry.count >= panel.count)) return null;
  const committee = committeeOfPanel(panels[0]!);
  if (!committee) return null;
  if (committee.info && !entities.has(entityRef('Body', committee.id))) entities.set(entityRef('Body', committee.id), committee.info);
  return committee.id;
}

/** Indexes of the tokens whose hash has its bit (hash & 0xffff) set in `bits`, in text order. */
function tokensWithBit(tokens: Tokens, bits: Uint8Array): number[] {
  const found: number[] = [];
  const { hashes, count } = tokens;
  for (let index = 0; index < count; index++) if (bits[hashes[index]! & 0xffff] === 1) found.push(index);
  return found;
}

/**
 * determinerBefore's test on folded[start - 16, start) read directly: an elided determiner right before
 * `start` ("l'"), or an open one before a run of spaces ("the ", "de la "), at the window's start or
 * after a character that is not a letter. The regex, unanchored before its `$`, was tried at each of the
 * sixteen positions for every head word of a text.
 */
export function determinedAt(folded: string, start: number, { open, elided }: { open: string[]; elided: string[] }): boolean {
  const from = Math.max(0, start - 16);
  // no determiner (Russian): a word start is all
  if (open.length === 0 && elided.length === 0) return wordStartAt(folded, from, start);
  for (const word of elided) {
    const at = start - word.length;
    if (at >= from && folded.startsWith(word, at) && wordStartAt(folded, from, at)) return true;
  }
  let spaces = start;
  while (spaces > from && isSpace(folded.charCodeAt(spaces - 1))) spaces--;
  if (spaces === start) return false;
  for (const word of open) {
    const at = spaces - word.length;
    if (at >= from && folded.startsWith(word, at) && wordStartAt(folded, from, at)) return true;
  }
  return false;
}

/** `(?:^|[^\p{L}])` before `at` in a window starting at `from`: the window's start, or a code point there that is no letter. */
function wordStartAt(text: string, from: number, at: number): boolean {
  if (at === from) return true;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return !((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a));
  const pair = code >= 0xdc00 && code <= 0xdfff && at - 2 >= from && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return !LETTER.test(text.slice(pair ? at - 2 : at - 1, at));
}

const LETTER = /^\p{L}$/u;

/** `\s` of a unicode regex. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    (code >= 0x80 &&
      (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff))
  );
}

/** `/\p{Lu}/u.test(text[index] ?? '')`, ASCII decided without the regex. */
/**
 * Whether the last capitalised mention of a head's word before `start` is a body's name or a reference found (`anaphoric`
 * determiners); true where there is none.
 */
function lastHeadNamed(text: string, folded: string, form: string, start: number, named: Map<string, Named>, found: readonly NameMatch[]): boolean {
  for (let at = folded.lastIndexOf(form, start - 1); at >= 0; at = at > 0 ? folded.lastIndexOf(form, at - 1) : -1) {
    if (!isUpperUnit(text, at)) continue;
    for (const entry of named.values()) for (let index = 0; index < entry.spans.length; index++) if (entry.spans[index]! <= at && at < entry.ends[index]!) return true;
    return found.some((match) => match.start <= at && at < match.end);
  }
  return true;
}

function isUpperUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER.test(text[index]!);
}

const UPPER = /\p{Lu}/u;

/** The Government named last before `start` ("that Government" after "the Government of Syria"), if any. */
function lastGovernmentBefore(named: Map<string, Named>, start: number): string | null {
  let best: string | null = null;
  let bestStart = -1;
  for (const [id, entry] of named) {
    if (entry.category !== GOVERNMENT) continue;
    for (const span of entry.spans) if (span < start && span > bestStart) [best, bestStart] = [id, span];
  }
  return best;
}

/**
 * Whether the Arabic word after a head continues a longer name: a word with the article
 * ("البعثة السياسية"), but not "إلى" (folded "الى", "to"), "التي", "الذي" (which), nor, after a
 * feminine head, a word that does not agree with it: an adjective of "البعثة" ends in ة, so
 * "يطلب إلى البعثة الإبلاغ" ("requests the Mission to report") is the Mission and a verbal noun.
 */
function continuesName(form: string, after: string): boolean {
  const word = /^\s+(ال[\p{L}]*)/u.exec(after)?.[1];
  if (word === undefined || /^ال(?:ى|تي|ذي|ذين)$/u.test(word)) return false;
  return !(form.endsWith('ة') && !word.endsWith('ة'));
}

/** A mention of a body right after a name of the same body and an opening bracket: its acronym, not a second mention. */
function acronymAfterName(folded: string, entry: Named, start: number): boolean {
  const end = entry.ends.length > 0 ? entry.ends[entry.ends.length - 1]! : -1;
  return end >= 0 && start - end <= 3 && /^\s*[(（]\s*$/u.test(folded.slice(end, start));
}

/** The entry of body `id` in `named`, made at its first mention. */
function entryOf(named: Map<string, Named>, id: string, entities: EntityTable): Named {
  let entry = named.get(id);
  if (!entry) {
    entry = { count: 0, spans: [], category: entities.get(entityRef('Body', id))?.category, ends: [] };
    named.set(id, entry);
  }
  return entry;
}

/** A body the document names: how often, where (starts and ends of its names), its category. */
interface Named {
  count: number;
  spans: number[];
  category: string | undefined;
  ends: number[];
  /** the distinct folded texts of its names, made when a head first asks */
  texts?: string[];
}

/**
 * The two ways a text introduces a short form, as regexes of the form: compiled once per form and
 * language (the forms are the data's heads, a bounded set), not at every call. In quotes, the
 * language's determiner may stand before the quote ("(the “Mechanism”)", ", le « Comité »") or
 * inside it ("(“the Committee”)", "(hereinafter referred to as “the Monitoring Team”)").
 */
const INTRODUCTIONS = new Map<string, { inQuotes: RegExp; inBrackets: RegExp }>();

function introductions(form: string, determiner: string): { inQuotes: RegExp; inBrackets: RegExp } {
  const key = `${determiner}\n${form}`;
  let found = INTRODUCTIONS.get(key);
  if (!found) {
    found = {
      inQuotes: new RegExp(`^\\s*${introducerOpening()}[^)]{0,40}["“«„]\\s*${determiner ? `(?:${determiner})?` : ''}${escape(form)}\\s*["”»“]`, 'u'),
      inBrackets: new RegExp(`^\\s*\\(\\s*${escape(form)}\\s*\\)`, 'u'),
    };
    INTRODUCTIONS.set(key, found);
  }
  return found;
}

let introducer: RegExp | null = null;
let opening: string | null = null;

/** What opens an introduction: a bracket, a comma, or an introducing word ("hereinafter", "ci-après"), folded. */
function introducerOpening(): string {
  if (opening === null) {
    const words = referencesFile().introducers ?? [];
    opening = words.length ? `(?:[(,]|(?:${alternation(words.map((word) => foldText(word)))})(?![\\p{L}]))` : '[(,]';
  }
  return opening;
}

function introducerStart(): RegExp {
  return (introducer ??= new RegExp(`^\\s*${introducerOpening()}`, 'u'));
}

/** "(“the Mechanism”)", ", le « Comité »"; `lang`'s determiners may open the quoted form */
export function introducesInQuotes(after: string, form: string, lang?: string): boolean {
  return introductions(form, determinerOf(lang)).inQuotes.test(after);
}

/** "(البعثة المتكاملة)" */
export function introducesInBrackets(after: string, form: string): boolean {
  return introductions(form, '').inBrackets.test(after);
}

/** For tests: a language's determiner test at a head's start in a folded text, as `consider` runs it, and the regex it stands for. */
export function determinerTests(lang: string): { direct: (folded: string, start: number) => boolean; regex: RegExp } | null {
  compiled ??= compile();
  const rules = compiled.get(lang);
  if (!rules?.determinerWords || !rules.determinerBefore) return null;
  const words = rules.determinerWords;
  return { direct: (folded, start) => determinedAt(folded, start, words), regex: rules.determinerBefore };
}

function determinerOf(lang: string | undefined): string {
  if (lang === undefined) return '';
  compiled ??= compile();
  return compiled.get(lang)?.determiner ?? '';
}

/**
 * Arabic short forms keep the name's words but not its order or article: "البعثة المتكاملة" for "بعثة الأمم
 * المتحدة المتكاملة …", "القوة المؤقتة" for "قوة الأمم المتحدة المؤقتة في لبنان", "بعثة التحقق" for "بعثة الأمم
 * المتحدة للتحقق …". A head of several words holds when each word is in the name, with or without its article
 * (ل glued to a word whose article's alif is elided counts: "للتحقق"). A head of one word too: "اللجنة" for "لجنة بناء السلام".
 */
function holdsArabicWords(form: string, text: string): boolean {
  const words = form.split(' ');
  const nameWords = new Set(text.split(/\s+/u));
  return words.every((word) => {
    const bare = word.startsWith('ال') ? word.slice(2) : word;
    return nameWords.has(word) || nameWords.has(bare) || (word.startsWith('ال') && nameWords.has(`ل${word.slice(1)}`));
  });
}

/**
 * Whether a name holds `form` as its own head somewhere, not only as a modifier (see
 * LanguageReferences.modifier): "the Committee" is not the Counter-Terrorism Committee Executive Directorate.
 */
function headOfName(text: string, form: string, rules: LanguageReferences): boolean {
  if (!rules.modifier) return true;
  const { qualifierBefore, headAfter } = rules.modifier;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const end = at + form.length;
    // whole words only
    if ((at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    if (qualifierBefore?.test(text.slice(0, at))) continue;
    if (headAfter.test(text.slice(end))) continue;
    return true;
  }
  return false;
}

let preferred: Set<string> | null = null;
const preferredCategories = (): Set<string> => (preferred ??= new Set(referencesFile().preferCategory ?? []));

/**
 * A reference's context for its head's preferred category (see resolve): whether a body of that category is named before
 * `start`, and the first body the paragraph names before `start` ('' for other heads, or when none).
 */
function preferredBefore(head: Head, named: Map<string, Named>, folded: string, start: number): string {
  if (head.category === null || !preferredCategories().has(head.category)) return '';
  const paragraph = folded.lastIndexOf('\n', start) + 1;
  let earlier = false;
  let local = '';
  for (const [id, entry] of named) {
    if (entry.category === head.category && entry.spans[0]! < start) earlier = true;
    else if (!local && entry.spans.some((span) => span >= paragraph && span < start)) local = id;
  }
  return earlier ? 'earlier' : local;
}

/** No body of `preferred` is named before `before`, and the paragraph names before it a body of `all` outside them. */
function antecedentInParagraph(all: [string, Named][], preferred: [string, Named][], folded: string, before: number): boolean {
  if (!Number.isFinite(before) || preferred.some(([, entry]) => entry.spans[0]! < before)) return false;
  const paragraph = folded.lastIndexOf('\n', before) + 1;
  return all.some(([, entry]) => !preferred.some(([, other]) => other === entry) && entry.spans.some((span) => span >= paragraph && span < before));
}

function resolve(
  head: Head,
  named: Map<string, Named>,
  folded: string,
  rules: LanguageReferences,
  arabic: boolean,
  place: Place,
  before = Infinity,
  local = false,
): string | null {
  const { spaced } = rules;
  // the forms padded once per head ("the form in the name as whole words"), not per name and form
  const padded = head.forms.map((form) => ` ${form} `);
  const holds = (text: string): boolean => {
    const spacedText = spaced ? ` ${text} ` : text;
    return head.forms.some(
      (form, index) =>
        (spaced ? (spacedText.includes(padded[index]!) || text.startsWith(`${form} `)) && headOfName(text, form, rules) : text.includes(form)) ||
        (arabic && holdsArabicWords(form, text)),
    );
  };
  // each distinct spelling once: a body is named the same way many times, and every head of the document asks
  const texts = (entry: Named): string[] => (entry.texts ??= [...new Set(entry.spans.map((start, index) => folded.slice(start, entry.ends[index])))]);
  // introduced with this short form: "(“the Mechanism”)", "(le « Comité »)", or alone in brackets: "(البعثة المتكاملة)"
  const isIntroduced = (entry: Named): boolean =>
    entry.ends.some((end) => {
      const after = folded.slice(end, end + 60);
      // both expressions hold the form as written: a window without it is neither (most are not)
      return introducerStart().test(after) && head.forms.some((form) => {
        if (!after.includes(form)) return false;
        const { inQuotes, inBrackets } = introductions(form, rules.determiner);
        return inQuotes.test(after) || inBrackets.test(after);
      });
    });
  // a Government ("Gov-…") is a candidate only for a head of its category ("the Government"), never by its name's words
  const all = [...named].filter(([id, entry]) =>
    entry.category === GOVERNMENT
      ? head.category === GOVERNMENT
      : (head.category !== null && entry.category === head.category) ||
        texts(entry).some(holds) ||
        (arabic && isIntroduced(entry)) ||
        // a body the text names by its acronym alone stands for its name in the text's language: "prie le Bureau" of a French
        // text that writes "BINUGBIS" throughout (Bureau intégré des Nations Unies pour la consolidation de la paix en
        // Guinée-Bissau) and names UNOWAS, the other Bureau, once
        (spaced && byAcronymOnly(id, texts(entry), place.lang).some(holds)),
  );
  // a head of a preferred category (the sanctions bodies) stands for a body of it before one whose name merely holds the
  // word: Arabic "الفريق" is the panel ("فريق الخبراء المعني بالسودان"), not the country team ("فريق الأمم المتحدة القطري")
  // unless none of them is named before the reference and its own paragraph names, before it, a body whose name holds the head:
  // that one ("prie les membres du Comité" of S/RES/2584 in French, right after "les sessions du Comité de suivi de l'Accord",
  // not the Sanctions Committee the text names only in its paragraph 31)
  const preferred = head.category === null || !preferredCategories().has(head.category) ? [] : all.filter(([, entry]) => entry.category === head.category);
  const ofCategory = preferred.length > 0 && antecedentInParagraph(all, preferred, folded, before) ? [] : preferred;
  // and of several panels, one whose name holds the head: "the Panel" is the Panel of Experts on Yemen, not the Monitoring
  // Team (whose category is panel too) named as often beside it (S/RES/2564: "Directs the Panel to cooperate with … the
  // Analytical Support and Sanctions Monitoring Team"). Not committees: a Russian committee's name holds "Комитета" in
  // one case only.
  const holding = ofCategory.length > 1 && head.category === 'panel' ? ofCategory.filter(([, entry]) => texts(entry).some(holds)) : [];
  let candidates = holding.length > 0 ? holding : ofCategory.length > 0 ? ofCategory : all;
  // of several missions, the ones whose name holds the head: Arabic "البعثة" of S/RES/2522 is UNAMI ("بعثة الأمم المتحدة لتقديم
  // المساعدة إلى العراق"), not UNITAD (whose category is mission too: "فريق التحقيق …"), each named once in full
  // unless another mission is named at least twice as often as each of them: "la Mission" of a text about the Opération des Nations
  // Unies au Burundi (ONUB), named six times, is not the Mission africaine au Burundi it names twice as ONUB's predecessor
  if (candidates.length > 1 && head.category === 'mission') {
    const named = candidates.filter(([, entry]) => texts(entry).some(holds));
    const most = Math.max(...named.map(([, entry]) => entry.count));
    if (named.length > 0 && !candidates.some(([, entry]) => entry.count >= 2 * most && !named.some(([, other]) => other === entry))) candidates = named;
  }
  if (candidates.length === 0) return head.fallback ?? (head.forms[0]!.includes(' ') ? missionOfPlace(holds, place) : null);
  if (candidates.length === 1) return candidates[0]![0];
  const introduced = candidates.filter(([, entry]) => isIntroduced(entry));
  if (introduced.length === 1) return introduced[0]![0];
  // a page whose title is a body's name alone is that body's page: "le Comité" of the page "Comité du Conseil de sécurité créé par la
  // résolution 1988 (2011)" is that Committee, not the 1267 Committee it names once beside it (with its Monitoring Team, twice)
  const titled = candidates.filter(([, entry]) => titleOf(folded, entry));
  if (titled.length === 1) return titled[0]![0];
  const sorted = candidates.sort((a, b) => b[1].count - a[1].count);
  const [top, next] = [sorted[0]!, sorted[1]!];
  if (top[1].count >= 2 * next[1].count) return top[0];
  // named most often and before the others: the body the text is about ("the Committee" of a sanctions
  // resolution that first names its own regime's Committee, then recalls others)
  const first = Math.min(...candidates.map(([, entry]) => entry.spans[0]!));
  // of missions named as often, the first named: "La Mission sera chargée de …" of a press release whose title and first sentence
  // create the Mission des Nations Unies pour l'assistance au Rwanda (MINUAR), which then names as often the observer mission
  // merged into it
  // (named before the reference, the other after it; a reference before both, "La Mission d'appui … (UNTMIS)" whose name the
  // gazetteer lacks, is none)
  const tied =
    head.category === 'mission' && Number.isFinite(before) && top[1].count === next[1].count && (sorted[2] === undefined || sorted[2][1].count < next[1].count);
  if (tied) {
    const [earlier, later] = top[1].spans[0]! < next[1].spans[0]! ? [top, next] : [next, top];
    return earlier[1].spans[0]! < before && later[1].spans[0]! > before ? earlier[0] : null;
  }
  if (top[1].count > next[1].count && top[1].spans[0] === first) return top[0];
  if (!local) return null;
  // else (asked per reference, see findShortReferences) the one candidate its own sentence names before it: "welcomes the
  // decision … to establish the Peacebuilding Commission …, inviting the Commission to" of S/PRST/2005/52, whose other
  // paragraph recalls the Commission on the Status of Women
  return localAntecedent(candidates, folded, before);
}

/** The one body of `candidates` named in the sentence of `before`, before it; else null (a sentence before names another topic:
 * "…, qui appuie également le Comité 1267, présente au Comité des rapports. Le Comité peut …" is no reference to the 1267 Committee). */
function localAntecedent(candidates: [string, Named][], folded: string, before: number): string | null {
  if (!Number.isFinite(before)) return null;
  const sentence = Math.max(folded.lastIndexOf('\n', before), folded.lastIndexOf('. ', before)) + 1;
  const local = candidates.filter(([, entry]) => entry.spans.some((span) => span >= sentence && span < before));
  return local.length === 1 ? local[0]![0] : null;
}

/** Whether the body's first mention is the whole first line of the text (a page's title naming it alone). */
function titleOf(folded: string, entry: Named): boolean {
  const start = entry.spans[0];
  const end = entry.ends[0];
  if (start === undefined || end === undefined) return false;
  const lineEnd = folded.indexOf('\n');
  const line = lineEnd < 0 ? folded : folded.slice(0, lineEnd);
  return line.trim().length > 0 && start === line.length - line.trimStart().length && end === line.trimEnd().length;
}

/**
 * bodies.json's names and acronyms by id, for the two readers below that need a body's names in each language: from the
 * gazetteer, so a run that reads its compiled core from the disk cache does not parse bodies.json again.
 */
let bodyRecords: Map<string, BodyNames> | null = null;
const bodiesById = (): Map<string, BodyNames> => (bodyRecords ??= new Map(loadGazetteer().bodies.map((body) => [body.id, body])));

/** Per body id, its acronyms folded and its names folded by language, each on first use (null: not in bodies.json). */
const foldedBodies = new Map<string, { record: BodyNames; acronyms: Set<string>; names: Map<string, string[]> } | null>();

/**
 * The names in `lang` of a body whose every mention in the text (`texts`, folded) is one of its acronyms; none for a
 * body the text names otherwise, whose own words are read instead.
 */
function byAcronymOnly(id: string, texts: string[], lang: string): string[] {
  if (texts.length === 0) return [];
  let body = foldedBodies.get(id);
  if (body === undefined) {
    const record = bodiesById().get(id);
    body = record ? { record, acronyms: new Set((record.acronyms ?? []).map((acronym) => foldText(acronym))), names: new Map() } : null;
    foldedBodies.set(id, body);
  }
  if (!body || !texts.every((text) => body.acronyms.has(text))) return [];
  // the names in the one language asked, when asked: most bodies are named by more than their acronyms
  let names = body.names.get(lang);
  if (names === undefined) {
    names = (body.record.names[lang] ?? []).map((name) => foldText(name));
    body.names.set(lang, names);
  }
  return names;
}

/** The document's language and the folded texts of the State it names most, if one is named more often than any other. */
interface Place {
  lang: string;
  texts: string[] | null;
}

function mostNamedState(matches: NameMatch[], folded: string): string[] | null {
  const counts = new Map<string, number>();
  for (const match of matches) if (match.kind === 'State') counts.set(match.id, (counts.get(match.id) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 0 || (sorted.length > 1 && sorted[1]![1] >= sorted[0]![1])) return null;
  const id = sorted[0]![0];
  return [...new Set(matches.filter((match) => match.kind === 'State' && match.id === id).map((match) => folded.slice(match.start, match.end)))];
}

/** The missions of bodies.json, read once: their names by language. */
let missionBodies: BodyNames[] | null = null;
/** Per language, the missions named in it (from missionBodies). */
const missionNames = new Map<string, Array<{ id: string; names: string[] }>>();

/**
 * A short form of several words that no body the text names holds ("البعثة المتكاملة" in an Arabic text that never
 * names MINUSCA in full, S/RES/2552): the gazetteer's mission whose name in the text's language holds it and the name
 * of the State the text names most ("بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في جمهورية أفريقيا
 * الوسطى"), when exactly one does.
 */
function missionOfPlace(holds: (text: string) => boolean, place: Place): string | null {
  if (!place.texts || place.texts.length === 0) return null;
  let missions = missionNames.get(place.lang);
  if (!missions) {
    missionBodies ??= [...bodiesById().values()].filter((body) => body.category === 'mission');
    missions = missionBodies
      .filter((body) => body.names[place.lang]?.length)
      .map((body) => ({ id: body.id, names: body.names[place.lang]!.map((name) => foldText(name)) }));
    missionNames.set(place.lang, missions);
  }
  const texts = place.texts;
  const found = missions.filter((mission) => mission.names.some((name) => holds(name) && texts.some((text) => name.includes(text))));
  return found.length === 1 ? found[0]!.id : null;
}
