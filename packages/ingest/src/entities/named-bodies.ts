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
  const { heads, qualifiers, generic, notAfterHead, coordinators, organisations, connectors, stops, articles } = wordLists();
  const words = [...text.matchAll(WORD)];
  const added: NameMatch[] = [];
  const spaced = (left: RegExpMatchArray, right: RegExpMatchArray): boolean => /^[ \u00a0]+$/u.test(text.slice(left.index! + left[0].length, right.index));
  for (let head = 0; head < words.length; head++) {
    if (!heads.has(words[head]![0])) continue;
    let first = head;
    let significant = 0;
    let proper = 0;
    let voided = false;
    while (first > 0) {
      const previous = words[first - 1]![0];
      if (!spaced(words[first - 1]!, words[first]!) || !/^\p{Lu}/u.test(previous) || articles.has(previous) || connectors.has(previous.toLowerCase())) break;
      // "Permanent Mission of …": a title or a State's mission, not a body
      if (stops.has(previous)) {
        voided = true;
        break;
      }
      first--;
      significant++;
      if (!generic.has(previous.toLowerCase())) proper++;
    }
    let last = head;
    for (let index = head + 1; index < words.length && index - first < MAX_NAME_WORDS; index++) {
      if (!spaced(words[index - 1]!, words[index]!)) break;
      const word = words[index]![0];
      const inner = content(word);
      if (connectors.has(word.toLowerCase())) {
        if (index === head + 1 && first === head && notAfterHead.has(word.toLowerCase())) break;
        const next = words[index + 1]?.[0] ?? '';
        if (coordinators.has(word.toLowerCase()) && (connectors.has(next.toLowerCase()) || /^[dl]['’]/iu.test(next))) break;
        continue;
      }
      if (organisations.has(inner)) break;
      if (!(/^\p{Lu}/u.test(inner) && !stops.has(inner)) && !qualifiers.has(inner.toLowerCase())) break;
      significant++;
      if (!generic.has(inner.toLowerCase())) proper++;
      last = index;
    }
    head = Math.max(head, last);
    if (voided || significant < 2 || proper === 0 || titleLine(text, words[head]!.index!)) continue;
    const start = words[first]!.index!;
    const end = words[last]!.index! + words[last]![0].length;
    // a known name inside (a State's apart: "… on Burundi") or across the bounds: the gazetteer's, not a new body
    if (matches.some((match) => match.start < end && match.end > start && (match.kind !== 'State' || match.start < start || match.end > end))) continue;
    // an acronym after the name is acronyms.ts's
    if (/^\s*\(/u.test(text.slice(end))) continue;
    const label = text.slice(start, end);
    const id = words
      .slice(first, last + 1)
      .map((word) => content(word[0]))
      .filter((word) => !connectors.has(word.toLowerCase()))
      .map((word) => word[0]!.toUpperCase())
      .join('');
    const ref = entityRef('Body', id);
    const known = entities.get(ref);
    if (known && known.label !== label) continue;
    if (!known) entities.set(ref, { kind: 'Body', id, label, aliases: [label], category: 'introduced' });
    added.push(makeMatch('Body', id, start, end));
  }
  return added;
}

/** A line without a closing stop whose long words are mostly capitalised is a title ("Tribunal Judges Elected Today"): no name is bounded there. */
function titleLine(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
  if (/[.!?»”"]\s*$/u.test(line)) return false;
  const long = line.match(/[\p{L}]{4,}/gu) ?? [];
  return long.length > 0 && long.filter((word) => /^\p{Lu}/u.test(word)).length > long.length * 0.6;
}
