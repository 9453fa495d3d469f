/**
 * Bodies the gazetteer lacks, named without an acronym in news and press releases: a capitalised name headed by an
 * organisation noun and bounded by connectors and capitalised words ("the International Commission of Inquiry on
 * Burundi", "la Comisión Internacional contra la Impunidad en Guatemala"); French and Spanish names, whose words after
 * the first are in lower case, take only listed qualifiers after the head ("la Commission nationale de réconciliation").
 * A name needs two words besides its head and connectors ("the Commission", "la Commission nationale" are generic), may
 * hold a State's name ("… on Burundi") but no other known name, and becomes a Body keyed by its initials, as an acronym
 * the text introduces would ("CRN"). Word lists: data/entities/named-bodies.json (and acronyms.json's connectors).
 */
import { entityRef, readDataFile, type EntityTable } from './gazetteer';
import { makeMatch, type NameMatch } from './matcher';

interface NamedBodiesFile {
  heads: Record<string, string[]>;
  qualifiers: Record<string, string[]>;
  generic: Record<string, string[]>;
  notAfterHead: Record<string, string[]>;
  coordinators: string[];
  determiners: Record<string, string[]>;
  connectors: Record<string, string[]>;
  stops: Record<string, string[]>;
}

interface Lists {
  heads: ReadonlySet<string>;
  qualifiers: ReadonlySet<string>;
  /** qualifiers that do not single a body out: a name needs one word besides them */
  generic: ReadonlySet<string>;
  notAfterHead: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  /** acronyms.json's organisation nouns: another body's head ends a name */
  organisations: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

let lists: Lists | null = null;

function wordLists(): Lists {
  if (lists) return lists;
  const file = readDataFile<NamedBodiesFile>('named-bodies.json');
  const acronyms = readDataFile<{ heads: Record<string, string[]>; connectors: Record<string, string[]>; articles: Record<string, string[]> }>('acronyms.json');
  const union = (table: Record<string, string[]>): string[] => Object.values(table).flat();
  lists = {
    heads: new Set(union(file.heads)),
    qualifiers: new Set(union(file.qualifiers).map((word) => word.toLowerCase())),
    generic: new Set(union(file.generic).map((word) => word.toLowerCase())),
    notAfterHead: new Set(union(file.notAfterHead)),
    coordinators: new Set(file.coordinators),
    organisations: new Set(union(acronyms.heads)),
    connectors: new Set(union(acronyms.connectors).concat(union(file.connectors)).map((word) => word.toLowerCase())),
    stops: new Set(union(file.stops)),
    articles: new Set(union(acronyms.articles).concat(union(file.determiners))),
  };
  return lists;
}

const MAX_NAME_WORDS = 14;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** "d’enquête" → "enquête", "l’Homme" → "Homme": the content word after an elided article or preposition. */
function content(word: string): string {
  const elided = /^[dl]['’](.+)$/iu.exec(word);
  return elided ? elided[1]! : word;
}

export function findNamedBodies(text: string, matches: readonly NameMatch[], entities: EntityTable): NameMatch[] {
  const list = wordLists();
  const words = [...text.matchAll(WORD)];
  // whether only spaces stand between a word and the one before it: a name runs across no punctuation and no line break
  const spacedBefore = (index: number): boolean => /^[ \u00a0]+$/u.test(text.slice(words[index - 1]!.index! + words[index - 1]![0].length, words[index]!.index));
  const added: NameMatch[] = [];
  for (let head = 0; head < words.length; head++) {
    if (!list.heads.has(words[head]![0])) continue;
    const name = nameAround(list, words, head, spacedBefore);
    // the name's own words head no other
    head = name.last;
    if (!singlesOut(name) || titleLine(text, words[head]!.index!)) continue;
    const start = words[name.first]!.index!;
    const end = words[name.last]!.index! + words[name.last]![0].length;
    if (knownAcross(matches, start, end)) continue;
    // an acronym after the name is acronyms.ts's
    if (/^\s*\(/u.test(text.slice(end))) continue;
    const id = introduceBody(entities, initials(list, words, name), text.slice(start, end));
    if (id !== null) added.push(makeMatch('Body', id, start, end));
  }
  return added;
}

/** The words of a name around its head (indices into the text's words), with what decides whether it names a body. */
interface NameSpan {
  first: number;
  last: number;
  /** the words besides its head and connectors */
  significant: number;
  /** of those, the ones that are not generic qualifiers */
  proper: number;
  /** a word before it makes it no body ("Permanent Mission of …") */
  voided: boolean;
}

/** The name a head stands in: the capitalised words before it, then the connectors and qualifying words after it. */
function nameAround(list: Lists, words: RegExpMatchArray[], head: number, spacedBefore: (index: number) => boolean): NameSpan {
  const name: NameSpan = { first: head, last: head, significant: 0, proper: 0, voided: false };
  extendBefore(list, words, name, spacedBefore);
  extendAfter(list, words, name, spacedBefore);
  return name;
}

/** Capitalised words right before the head, up to an article, a connector or a line break; a stop word voids the name. */
function extendBefore({ generic, connectors, stops, articles }: Lists, words: RegExpMatchArray[], name: NameSpan, spacedBefore: (index: number) => boolean): void {
  while (name.first > 0) {
    const previous = words[name.first - 1]![0];
    if (!spacedBefore(name.first) || !/^\p{Lu}/u.test(previous) || articles.has(previous) || connectors.has(previous.toLowerCase())) break;
    // "Permanent Mission of …": a title or a State's mission, not a body
    if (stops.has(previous)) {
      name.voided = true;
      break;
    }
    name.first--;
    name.significant++;
    if (!generic.has(previous.toLowerCase())) name.proper++;
  }
}

/**
 * The words after the head: connectors, and capitalised or listed qualifying words, up to another body's head or MAX_NAME_WORDS;
 * the name ends on its last qualifying word. A connector right after a bare head may end it (`notAfterHead`), and so does a
 * coordinator before another connector or an elided article.
 */
function extendAfter({ qualifiers, generic, notAfterHead, coordinators, organisations, connectors, stops }: Lists, words: RegExpMatchArray[], name: NameSpan, spacedBefore: (index: number) => boolean): void {
  const head = name.last;
  for (let index = head + 1; index < words.length && index - name.first < MAX_NAME_WORDS; index++) {
    if (!spacedBefore(index)) break;
    const word = words[index]![0];
    const inner = content(word);
    if (connectors.has(word.toLowerCase())) {
      if (index === head + 1 && name.first === head && notAfterHead.has(word.toLowerCase())) break;
      const next = words[index + 1]?.[0] ?? '';
      if (coordinators.has(word.toLowerCase()) && (connectors.has(next.toLowerCase()) || /^[dl]['’]/iu.test(next))) break;
      continue;
    }
    if (organisations.has(inner)) break;
    if (!(/^\p{Lu}/u.test(inner) && !stops.has(inner)) && !qualifiers.has(inner.toLowerCase())) break;
    name.significant++;
    if (!generic.has(inner.toLowerCase())) name.proper++;
    name.last = index;
  }
}

/** Whether a name singles a body out: no stop word before it, two words besides its head, one of them not generic. */
function singlesOut(name: NameSpan): boolean {
  return !name.voided && name.significant >= 2 && name.proper > 0;
}

/** A known name inside the span (a State's apart: "… on Burundi") or across its bounds: the gazetteer's, not a new body. */
function knownAcross(matches: readonly NameMatch[], start: number, end: number): boolean {
  return matches.some((match) => match.start < end && match.end > start && (match.kind !== 'State' || match.start < start || match.end > end));
}

/** A name's key: the initials of its words but connectors, an elided article's content word counting ("CRN", "CIDH"). */
function initials({ connectors }: Lists, words: RegExpMatchArray[], name: NameSpan): string {
  return words
    .slice(name.first, name.last + 1)
    .map((word) => content(word[0]))
    .filter((word) => !connectors.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

/** The body keyed `id` named `label`, entered in the table unless known; null when the key is another body's (another label). */
function introduceBody(entities: EntityTable, id: string, label: string): string | null {
  const ref = entityRef('Body', id);
  const known = entities.get(ref);
  if (known && known.label !== label) return null;
  if (!known) entities.set(ref, { kind: 'Body', id, label, aliases: [label], category: 'introduced' });
  return id;
}

/** A line without a closing stop whose long words are mostly capitalised is a title ("Tribunal Judges Elected Today"): no name is bounded there. */
function titleLine(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
  if (/[.!?»”"]\s*$/u.test(line)) return false;
  const long = line.match(/[\p{L}]{4,}/gu) ?? [];
  return long.length > 0 && long.filter((word) => /^\p{Lu}/u.test(word)).length > long.length * 0.6;
}
