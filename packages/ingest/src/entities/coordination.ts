/**
 * Threat names that share their head with a coordinated one: "arms and drugs smuggling" names
 * arms smuggling as well as drugs smuggling, "trafic d'armes et de drogue" the drug trafficking
 * of "trafic de drogue", "tráfico de armas de fuego y de propiedad cultural" the trafficking in
 * cultural property. The gazetteer only knows whole names, so the conjunct is read again with the
 * shared head put back ("arms smuggling", "trafic de drogue") and looked up in the same matcher.
 * Heads, links and conjunctions are data (data/entities/coordination.json). Runs only next to a
 * threat name that starts or ends with a shareable head, so it costs nothing elsewhere.
 */
import { foldKey, foldText, type Tokens } from './fold';
import { KEYWORD, KEYWORDS, wordHash } from './keywords';
import { readDataFile } from './gazetteer';
import { makeMatch, scan, type Matcher, type NameMatch } from './matcher';
import { escapeRegExp as escape } from '../escape-regexp';
import { ownString } from '../own-string';

interface CoordinationFile {
  after: Record<string, string[]>;
  before: Record<string, string[]>;
  links: Record<string, string[]>;
  conjunctions: Record<string, string[]>;
  articles: Record<string, string[]>;
  bodyPlurals: Record<string, Array<{ plural: string; singular: string; links: string[] }> | string>;
  /** plural posts whose places come before them ("the ICTY and ICTR Prosecutors"); "about" holds the comment */
  premodifiedPlurals?: Record<string, Array<{ plural: string; singular: string }> | string>;
  /** body id -> the body that took it over and from when (ISO date); "about" holds the comment */
  successors?: Record<string, { by: string; from: string } | string>;
}

interface Rules {
  after: Set<string>;
  before: Set<string>;
  /** "trafic d'armes": the head, the link as written, and where the name's object starts */
  leadingHead: RegExp;
  /** text after a name: a conjunction (or a comma), an optional link, then the conjunct's words */
  following: RegExp;
  /** text before a name: the conjunct's words, then a conjunction (or a comma) */
  preceding: RegExp;
  /** "trafficking and acquisition of weapons": a head, a conjunction, another noun, a link, the shared complement */
  sharedComplement: RegExp;
  /** hashes of the folded conjunctions: a head is tried only when one follows it */
  conjunctionHashes: Set<number>;
}

let rules: Rules | null = null;

const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’-]*`;

function compile(): Rules {
  const data = readDataFile<CoordinationFile>('coordination.json');
  const all = (table: Record<string, string[]>): string[] => [...new Set(Object.values(table).flat())];
  const links = all(data.links).sort((a, b) => b.length - a.length);
  const linkPattern = links.map((link) => (link.endsWith("'") ? `${escape(link.slice(0, -1))}['’]` : `${escape(link)}\\s+`)).join('|');
  const conjunctions = all(data.conjunctions).map(escape).join('|');
  const articles = all(data.articles)
    .map((article) => (article.endsWith("'") ? `${escape(article.slice(0, -1))}['’]` : `${escape(article)}\\s+`))
    .join('|');
  const heads = all(data.before);
  // the heads the shared-complement rule starts from, and the conjunctions that must follow them
  for (const head of heads) KEYWORDS.add(head, KEYWORD.SHARED_HEAD);
  const conjunctionHashes = new Set(all(data.conjunctions).map((word) => wordHash(foldText(word))));
  for (const { plural } of Object.values(data.bodyPlurals).filter(Array.isArray).flat() as Array<{ plural: string }>) {
    KEYWORDS.add(plural, KEYWORD.PLURAL_BODY, 'last');
  }
  for (const { plural } of Object.values(data.premodifiedPlurals ?? {}).filter(Array.isArray).flat() as Array<{ plural: string }>) {
    KEYWORDS.add(plural, KEYWORD.PLURAL_BODY, 'last');
  }
  return {
    after: new Set(all(data.after).map(foldKey)),
    before: new Set(all(data.before).map(foldKey)),
    leadingHead: new RegExp(`^(\\p{L}+)\\s+(${linkPattern})`, 'iu'),
    following: new RegExp(`^(?:\\s*,\\s*(?:(?:${conjunctions})\\s+)?|\\s+(?:${conjunctions})\\s+)(${linkPattern})?((?:${WORD}\\s*){1,5})`, 'iu'),
    preceding: new RegExp(`((?:${WORD}\\s+){0,2}${WORD})(?:\\s*,\\s*|\\s+(?:${conjunctions})\\s+)$`, 'iu'),
    sharedComplement: new RegExp(
      `(${heads.map(escape).join('|')})\\s+(?:${conjunctions})\\s+(?:${articles})?${WORD}\\s+(${linkPattern})((?:${WORD}\\s*){1,5})`,
      'iuy',
    ),
    conjunctionHashes,
  };
}

/** Compiles the rules and registers their words in KEYWORDS (before the document's keyword hits are taken). */
export function prepareCoordination(): void {
  rules ??= compile();
}

const FOLDED_WORDS = new Map<string, string>();

/** foldKey of one word, kept: threat names repeat their words from document to document. */
function foldWord(word: string): string {
  let folded = FOLDED_WORDS.get(word);
  if (folded === undefined) {
    folded = foldKey(word);
    // copies of their own: a word sliced from a text would keep the whole text alive (ownString)
    if (FOLDED_WORDS.size < 10000) FOLDED_WORDS.set(ownString(word), ownString(folded));
  }
  return folded;
}

/**
 * Threats named by a conjunct that shares the head of a threat name in `matches` (the scan's, in
 * text order). `tokens`: the text's, as foldAndTokenize gives them; `hits`: KEYWORDS.hits(tokens)
 * (the complement rule starts at a head only).
 */
export function findCoordinatedThreats(text: string, matches: NameMatch[], matcher: Matcher, tokens: Tokens, hits: readonly number[]): NameMatch[] {
  rules ??= compile();
  const found: NameMatch[] = [];
  const overlaps = (list: NameMatch[], id: string, start: number, end: number): boolean =>
    list.some((match) => match.kind === 'Threat' && match.id === id && match.start < end && match.end > start);
  const known = (id: string, start: number, end: number): boolean => overlaps(matches, id, start, end) || overlaps(found, id, start, end);
  for (let position = 0; position < matches.length; position++) {
    const match = matches[position]!;
    if (match.kind !== 'Threat') continue;
    const name = text.slice(match.start, match.end);
    const words = name.split(/\s+/);
    if (words.length > 1 && rules.after.has(foldWord(words[words.length - 1]!))) {
      const conjunct = sharedEnd(text, match, words[words.length - 1]!, matcher, rules);
      if (conjunct && !known(conjunct.id, conjunct.start, conjunct.end)) found.push(conjunct);
    }
    const lead = rules.leadingHead.exec(name);
    if (lead && rules.before.has(foldWord(lead[1]!))) {
      for (const conjunct of sharedStart(text, match, lead[1]!, lead[2]!, matcher, rules)) {
        if (!known(conjunct.id, conjunct.start, conjunct.end)) found.push(conjunct);
      }
    }
  }
  found.push(...sharedComplements(text, tokens, hits, matcher, rules, known));
  return found;
}

/**
 * "the illicit trafficking and acquisition of weapons": the first head with the complement
 * ("trafficking of weapons"). Looked for over the whole text, but only when a head word is in it.
 */
function sharedComplements(
  text: string,
  tokens: Tokens,
  hits: readonly number[],
  matcher: Matcher,
  { sharedComplement, conjunctionHashes }: Rules,
  known: (id: string, start: number, end: number) => boolean,
): NameMatch[] {
  const found: NameMatch[] = [];
  const { hashes, count } = tokens;
  for (let hit = 0; hit < hits.length; hit++) {
    const index = hits[hit]!;
    if ((KEYWORDS.flagsOf(hashes[index]!) & KEYWORD.SHARED_HEAD) === 0 || index + 1 >= count || !conjunctionHashes.has(hashes[index + 1]!)) continue;
    const at = tokens.starts[index]!;
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) continue;
    sharedComplement.lastIndex = at;
    const match = sharedComplement.exec(text);
    if (!match) continue;
    const [, head, link, complement] = match;
    const words = [...complement!.matchAll(new RegExp(WORD, 'gu'))];
    for (let count = words.length; count >= 1; count--) {
      const lastWord = words[count - 1]!;
      const phrase = complement!.slice(0, lastWord.index + lastWord[0].length);
      const joined = /['’]$/.test(link!) ? `${head} ${link}${phrase}` : `${head} ${link!.trim()} ${phrase}`;
      const threat = wholeThreat(joined, matcher);
      if (!threat) continue;
      const end = at + match[0].length - complement!.length + phrase.length;
      if (!known(threat, at, end) && !found.some((other) => other.id === threat && other.start < end && other.end > at)) {
        found.push(makeMatch('Threat', threat, at, end));
      }
      break;
    }
  }
  return found;
}

/** "arms and drugs smuggling": the words before the conjunction, read with the head ("arms smuggling"). */
function sharedEnd(text: string, match: NameMatch, head: string, matcher: Matcher, { preceding }: Rules): NameMatch | null {
  const windowStart = Math.max(0, match.start - 80);
  const before = preceding.exec(text.slice(windowStart, match.start));
  if (!before) return null;
  const words = [...before[1]!.matchAll(new RegExp(WORD, 'gu'))];
  for (let count = words.length; count >= 1; count--) {
    const first = words[words.length - count]!;
    const lastWord = words[words.length - 1]!;
    const phrase = before[1]!.slice(first.index, lastWord.index + lastWord[0].length);
    const threat = wholeThreat(`${phrase} ${head}`, matcher);
    if (!threat) continue;
    const start = windowStart + before.index + first.index;
    return makeMatch('Threat', threat, start, start + phrase.length);
  }
  return null;
}

/** "trafic d'armes et de drogue": each following conjunct read with the head ("trafic de drogue"). */
function sharedStart(text: string, match: NameMatch, head: string, link: string, matcher: Matcher, { following }: Rules): NameMatch[] {
  const found: NameMatch[] = [];
  let end = match.end;
  for (let step = 0; step < 4; step++) {
    const after = following.exec(text.slice(end, end + 100));
    if (!after) break;
    const ownLink = after[1] ?? link;
    const words = [...after[2]!.matchAll(new RegExp(WORD, 'gu'))];
    const tailStart = end + after[0].length - after[2]!.length;
    let conjunct: NameMatch | null = null;
    for (let count = words.length; count >= 1 && !conjunct; count--) {
      const lastWord = words[count - 1]!;
      const phrase = after[2]!.slice(0, lastWord.index + lastWord[0].length);
      const joined = /['’]$/.test(ownLink) ? `${head} ${ownLink}${phrase}` : `${head} ${ownLink.trim()} ${phrase}`;
      const threat = wholeThreat(joined, matcher);
      if (threat) conjunct = makeMatch('Threat', threat, tailStart, tailStart + phrase.length);
    }
    if (!conjunct) break;
    found.push(conjunct);
    end = conjunct.end;
  }
  return found;
}

/** The threat a phrase names as a whole, if any. */
function wholeThreat(phrase: string, matcher: Matcher): string | null {
  const threat = scan(matcher, { text: phrase }).find((candidate) => candidate.kind === 'Threat' && candidate.start === 0 && candidate.end === phrase.length);
  return threat?.id ?? null;
}

interface BodyPlural {
  plural: string;
  singular: string;
  pattern: RegExp;
}
interface PremodifiedPlural {
  plural: string;
  singular: string;
  /** two places, a conjunction, at most one other plural title of the same places, then the plural */
  pattern: RegExp;
}
let bodyPlurals: BodyPlural[] | null = null;
let premodifiedPlurals: PremodifiedPlural[] | null = null;
let successors: Map<string, { by: string; from: string }> | null = null;

/**
 * "the United Nations Missions in Sierra Leone and Côte d'Ivoire", "les missions des Nations
 * Unies en Sierra Leone et au Libéria": one body per place, each read as the singular name with
 * its place ("United Nations Mission in Sierra Leone") and kept when the gazetteer knows it.
 */
export function findCoordinatedBodies(text: string, matcher: Matcher, tokens: Tokens, hits: readonly number[], date: string | null = null): NameMatch[] {
  if (!hits.some((index) => (KEYWORDS.flagsOf(tokens.hashes[index]!) & KEYWORD.PLURAL_BODY) !== 0)) return [];
  if (!bodyPlurals || !successors || !premodifiedPlurals) {
    const data = readDataFile<CoordinationFile>('coordination.json');
    bodyPlurals = compileBodyPlurals(data);
    premodifiedPlurals = compilePremodifiedPlurals(data);
    successors = new Map(
      Object.entries(data.successors ?? {}).filter((entry): entry is [string, { by: string; from: string }] => typeof entry[1] !== 'string'),
    );
  }
  const found: NameMatch[] = [];
  for (const { plural, singular, pattern } of bodyPlurals) {
    if (!text.includes(plural)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      for (const place of placesOf(match, plural, singular, matcher)) found.push(date ? { ...place, id: successorAt(place.id, date) } : place);
    }
  }
  for (const { plural, singular, pattern } of premodifiedPlurals) {
    if (!text.includes(plural)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(...premodifiedPlaces(match, singular, matcher));
  }
  return found;
}

/**
 * "the ICTY and ICTR Prosecutors": each place read with the singular before it ("ICTY Prosecutor"), kept when the
 * gazetteer knows that name. Alone before the plural, the places name only the posts, so each post spans its place
 * (the place's own mention inside it is dropped, index.ts); with another title between ("the ICTY and ICTR Presidents,
 * Prosecutors, and Registrars") the places stay the tribunals of that title, and the posts span the plural only.
 */
function premodifiedPlaces(match: RegExpExecArray, singular: string, matcher: Matcher): NameMatch[] {
  const [whole, first, second, between] = match;
  const pluralStart = match.index + whole.length - match[4]!.length;
  const pluralEnd = match.index + whole.length;
  const firstStart = match.index;
  const secondStart = match.index + whole.indexOf(second!, first!.length);
  const found: NameMatch[] = [];
  // after another title, two spans inside the plural: the first its singular's words ("Prosecutor"), the second all of it
  const singularEnd = match[4]!.startsWith(singular) ? pluralStart + singular.length : pluralEnd - 1;
  for (const [place, start, end, innerEnd] of [
    [first!, firstStart, firstStart + first!.length, singularEnd],
    [second!, secondStart, pluralEnd, pluralEnd],
  ] as const) {
    const name = `${place} ${singular}`;
    const body = scan(matcher, { text: name }).find((candidate) => candidate.kind === 'Body' && candidate.start === 0 && candidate.end === name.length);
    if (!body) return [];
    found.push(between ? makeMatch('Body', body.id, pluralStart, innerEnd) : makeMatch('Body', body.id, start, end));
  }
  return found;
}

function compilePremodifiedPlurals(data: CoordinationFile): PremodifiedPlural[] {
  return Object.entries(data.premodifiedPlurals ?? {})
    .filter((entry): entry is [string, Array<{ plural: string; singular: string }>] => Array.isArray(entry[1]))
    .flatMap(([lang, list]) =>
      list.map(({ plural, singular }) => {
        const conjunction = data.conjunctions[lang]!.map(escape).join('|');
        return {
          plural,
          singular,
          pattern: new RegExp(
            `(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}-]*)\\s+(?:${conjunction})\\s+(\\p{Lu}[\\p{L}\\p{N}-]*)\\s+(\\p{Lu}\\p{Ll}+s,\\s+)?(${escape(plural)})(?![\\p{L}\\p{N}])`,
            'gu',
          ),
        };
      }),
    );
}

/** The body that stood for `id` at `date` (coordination.json successors: MINUCI -> UNOCI from 2004-04-04). */
function successorAt(id: string, date: string): string {
  let current = id;
  // (a chain of a few links at most; the bound guards a cycle in the data)
  for (let step = 0; step < 8; step++) {
    const next = successors!.get(current);
    if (!next || date < next.from) break;
    current = next.by;
  }
  return current;
}

/**
 * The date a document is read at: its own date, else mid-year of the year its symbol carries ("S/RES/1607 (2005)",
 * "S/PRST/2005/30"), else null.
 */
export function documentDate(date: string | null, symbol: string | null): string | null {
  if (date) return date;
  const year = symbol ? (/\((\d{4})\)/.exec(symbol) ?? /\/(\d{4})\//.exec(symbol)) : null;
  return year ? `${year[1]}-07-01` : null;
}

function compileBodyPlurals(data: CoordinationFile): BodyPlural[] {
  return Object.entries(data.bodyPlurals)
    .filter((entry): entry is [string, Array<{ plural: string; singular: string; links: string[] }>] => Array.isArray(entry[1]))
    .flatMap(([lang, list]) =>
      list.map(({ plural, singular, links }) => {
        const link = links.map(escape).join('|');
        const conjunction = data.conjunctions[lang]!.map(escape).join('|');
        // no links: the places follow the head as adjectives ("Gouvernements soudanais et sud-soudanais")
        const linked = links.length > 0 ? `(${link})\\s+` : '()';
        const secondLink = links.length > 0 ? `(?:(${link})\\s+)?` : '()';
        // the first place's words take no space after them, so that the shortest first place is read before a later
        // conjunction ("aux Gouvernements soudanais et sud-soudanais et aux populations locales": "soudanais", not
        // "soudanais et sud-soudanais")
        return {
          plural,
          singular,
          pattern: new RegExp(`${escape(plural)}\\s+${linked}((?:${WORD}\\s*?){1,6}?)\\s*(?:,\\s*|\\s+(?:${conjunction})\\s+)${secondLink}((?:${WORD}\\s*){1,6})`, 'gu'),
        };
      }),
    );
}

/** The bodies of each place of a plural head's match. */
function placesOf(match: RegExpExecArray, plural: string, singular: string, matcher: Matcher): NameMatch[] {
  const found: NameMatch[] = [];
  const [, firstLink, firstPlace, secondLink, secondPlace] = match;
  const firstStart = match.index + match[0].indexOf(firstPlace!, plural.length);
  const secondStart = match.index + match[0].length - secondPlace!.length;
  // a place with its own preposition is named from it ("y de Eritrea"): not read as a complement of the name before
  const before = match[0].slice(0, match[0].length - secondPlace!.length);
  const secondFrom = secondLink ? match.index + before.search(new RegExp(`${escape(secondLink)}\\s+$`, 'u')) : secondStart;
  for (const [link, place, start, from] of [
    // the first body is named from the plural head ("United Nations Missions in Sierra Leone"), so the head's own names
    // ("United Nations") are inside it and the list reads as the two bodies
    [firstLink!, firstPlace!, firstStart, match.index],
    [secondLink ?? firstLink!, secondPlace!, secondStart, secondFrom],
  ] as const) {
    const words = [...place.matchAll(new RegExp(WORD, 'gu'))];
    for (let count = words.length; count >= 1; count--) {
      const lastWord = words[count - 1]!;
      const phrase = place.slice(0, lastWord.index + lastWord[0].length);
      const name = link ? `${singular} ${link} ${phrase}` : `${singular} ${phrase}`;
      const body = scan(matcher, { text: name }).find((candidate) => candidate.kind === 'Body' && candidate.start === 0 && candidate.end === name.length);
      if (!body) continue;
      found.push(makeMatch('Body', body.id, from, start + phrase.length));
      break;
    }
  }
  return found;
}
