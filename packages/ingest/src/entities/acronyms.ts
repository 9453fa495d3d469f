/**
 * Acronyms introduced in the text: "Bureau des Nations Unies contre le terrorisme (UNOCT)".
 * A known acronym gives its entity the name before it (the name joins the aliases); a new
 * acronym whose letters follow the initials of a name headed by an organisation noun
 * ("Force intérimaire des Nations Unies au Liban (FINUL)") makes a new Body; later uses of the
 * acronym in the same document are mentions of it.
 */
import { escapeRegExp } from '../escape-regexp';
import { entityRef, readDataFile, type EntityTable } from './gazetteer';
import { makeMatch, type NameMatch } from './matcher';
import { firstStartingFrom } from './spans';

interface AcronymsFile {
  heads: Record<string, string[]>;
  governments: Record<string, string[]>;
  connectors: Record<string, string[]>;
  articles: Record<string, string[]>;
}

/** The word lists of data/entities/acronyms.json, each the union of its languages (a French name may stand in an English text). */
interface AcronymWords {
  /** organisation nouns that head a body's name ("Force", "Comité", "Comisión") */
  heads: ReadonlySet<string>;
  /** heads of a Government's name: they start a name only where the gazetteer already names that Government ("Federal Government of Somalia (FGS)", "Gobierno Federal de Somalia (GFS)") */
  governments: ReadonlySet<string>;
  /** small words that carry no letter of the acronym, in any case */
  connectors: RegExp;
  /** capitalised articles where a name's qualifiers stop */
  articles: ReadonlySet<string>;
}

let acronymWords: AcronymWords | null = null;

function wordLists(): AcronymWords {
  if (acronymWords) return acronymWords;
  const file = readDataFile<AcronymsFile>('acronyms.json');
  const union = (lists: Record<string, string[]>): string[] => Object.values(lists).flat();
  acronymWords = {
    heads: new Set(union(file.heads)),
    governments: new Set(union(file.governments)),
    connectors: new RegExp(`^(?:${union(file.connectors).map(escapeRegExp).join('|')})$`, 'iu'),
    articles: new Set(union(file.articles)),
  };
  return acronymWords;
}

/** The most words a name before its acronym may have ("failure of the Forces …" is not one). */
const MAX_NAME_WORDS = 14;

const INTRODUCTION = /\(([\p{Lu}][\p{Lu}\p{Ll}\d-]{1,11})\)/gu;

export function findAcronymIntroductions(
  text: string,
  matches: NameMatch[],
  entities: EntityTable,
): NameMatch[] {
  const added: NameMatch[] = [];
  const seen = new Set<string>();
  // matches are in start order (removeInside keeps it): looked up by binary search, not a scan per acronym
  let longest = 0;
  for (let index = 0; index < matches.length; index++) longest = Math.max(longest, matches[index]!.end - matches[index]!.start);
  INTRODUCTION.lastIndex = 0;
  for (let found = INTRODUCTION.exec(text); found; found = INTRODUCTION.exec(text)) {
    const acronym = found[1]!;
    if (seen.has(acronym)) continue;
    seen.add(acronym);
    if ((acronym.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    const open = found.index;
    // the checks on known names first: a known name with its known acronym ("… (ONUDC)") needs no candidate names
    const nameMatch = firstEndingAt(matches, open - 2, open, longest);
    const known = matches[firstStartingAt(matches, open + 1)];
    if (known && known.kind !== 'Body') continue;
    if (known && nameMatch) continue;
    const candidates = namesBefore(text, open, nameMatch?.kind === 'Body' && nameMatch.id.startsWith('Gov-'));
    if (candidates.length === 0) continue;
    // a place that ends a new body's name is part of it: "the United Nations Mission in Angola (UNMA)", and so is a threat's
    // name: "Unidad Fiscal Especial contra la Impunidad de la Corrupción (UFECIC)"
    // (not when a known name ends there too: "Alliance Fleuve Congo (AFC)", a group; looked for only in this rare case)
    if (nameMatch && nameMatch.kind !== 'Body') {
      if (known || (nameMatch.kind !== 'State' && nameMatch.kind !== 'Threat') || !candidates.some((name) => name.head < nameMatch.start)) continue;
      if (matches.some((match) => match !== nameMatch && match.end >= open - 2 && match.end <= open && match.start < nameMatch.start)) continue;
    }
    if (known) {
      // a known acronym after an unknown spelling of its name: the nearest name joins the aliases, if short as a new name must
      // be ("the Security Council commends the work carried out … by the Special Representative of the Secretary-General for
      // children and armed conflict (SRSG)" is a sentence, S/PRST/2006/48)
      const name = candidates[candidates.length - 1]!;
      if (text.slice(name.start, name.end).split(/\s+/).length > MAX_NAME_WORDS) continue;
      addAlias(entities, known.id, text.slice(name.start, name.end));
      removeInside(matches, name.start, name.end);
      added.push(makeMatch('Body', known.id, name.start, name.end));
      continue;
    }
    if (nameMatch?.kind === 'Body' && candidates.some((name) => Math.abs(name.start - nameMatch.start) <= 2)) {
      // a known name with an acronym the gazetteer lacks
      addAlias(entities, nameMatch.id, acronym);
      added.push(makeMatch('Body', nameMatch.id, open + 1, open + 1 + acronym.length), ...laterUses(text, acronym, open, nameMatch.id));
      continue;
    }
    const trimmed = candidates.map((name) => alignToAcronym(text, name, acronym)).find((name) => name !== null);
    // a name starts with a capital and stays short: "failure of the Forces …" is not one
    if (!trimmed || !/^\p{Lu}/u.test(text[trimmed.start] ?? '') || text.slice(trimmed.start, trimmed.end).split(/\s+/).length > MAX_NAME_WORDS) continue;
    const ref = entityRef('Body', acronym);
    if (entities.has(ref)) continue;
    const label = text.slice(trimmed.start, trimmed.end);
    entities.set(ref, { kind: 'Body', id: acronym, label, aliases: [label, acronym], category: 'introduced' });
    removeInside(matches, trimmed.start, trimmed.end);
    added.push(
      makeMatch('Body', acronym, trimmed.start, trimmed.end),
      makeMatch('Body', acronym, open + 1, open + 1 + acronym.length),
      ...laterUses(text, acronym, open, acronym),
    );
  }
  return added;
}

/** Index of the first match starting at `offset`, or -1. */
export function firstStartingAt(matches: readonly NameMatch[], offset: number): number {
  const index = firstStartingFrom(matches, offset);
  return matches[index]?.start === offset ? index : -1;
}

/**
 * The first match (in array order) that ends in [from, to], as matches.find would give it: such a
 * match starts before `to` and at most `longest` (the longest match) before `from`.
 */
export function firstEndingAt(matches: readonly NameMatch[], from: number, to: number, longest: number): NameMatch | undefined {
  let found: NameMatch | undefined;
  for (let index = firstStartingFrom(matches, to + 1) - 1; index >= 0; index--) {
    const match = matches[index]!;
    if (match.start < from - longest) break;
    if (match.end <= to && match.end >= from) found = match;
  }
  return found;
}

/**
 * Candidate names ending just before the parenthesis, each starting at an organisation noun
 * (extended left over capitalised qualifiers), from the longest to the shortest.
 */
function namesBefore(text: string, open: number, government = false): Array<{ start: number; end: number; head: number }> {
  const windowStart = Math.max(0, open - 160);
  const window = text.slice(windowStart, open);
  const words = [...window.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  if (words.length === 0) return [];
  const last = words[words.length - 1]!;
  const end = windowStart + last.index + last[0].length;
  if (/[,;:.]/.test(text.slice(end, open))) return [];
  const starts: Array<{ start: number; head: number }> = [];
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index]![0];
    const gapEnd = index + 1 < words.length ? windowStart + words[index + 1]!.index : open;
    if (/[,;:.()«»"]/.test(text.slice(windowStart + words[index]!.index + word.length, gapEnd))) break;
    if (wordLists().heads.has(word) || (government && wordLists().governments.has(word)))
      starts.unshift({ start: extendLeft(text, windowStart, words, index), head: windowStart + words[index]!.index });
  }
  return starts.map(({ start, head }) => ({ start, end, head }));
}

/** English names put capitalised qualifiers before the head: "United Nations Office on Drugs and Crime". */
function extendLeft(text: string, windowStart: number, words: RegExpExecArray[] | RegExpMatchArray[], head: number): number {
  let first = head;
  while (first > 0) {
    const previous = words[first - 1]![0];
    const between = text.slice(windowStart + words[first - 1]!.index! + previous.length, windowStart + words[first]!.index!);
    if (!/^\s+$/.test(between) || !/^\p{Lu}/u.test(previous) || wordLists().articles.has(previous)) break;
    first--;
  }
  return windowStart + words[first]!.index!;
}

/**
 * The name trimmed to start where the acronym's first letter does; null when the letters do not follow the initials
 * or the trimmed name loses its organisation noun: in "Conference of States Parties to the Arms Trade Treaty (ATT)"
 * the letters fit "Arms Trade Treaty", a treaty, not a body (a name that ends in an organisation noun stays one).
 */
function alignToAcronym(text: string, name: { start: number; end: number; head: number }, acronym: string): { start: number; end: number } | null {
  const words = [...text.slice(name.start, name.end).matchAll(/[\p{L}\p{N}]+/gu)];
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  for (let startWord = 0; startWord < words.length; startWord++) {
    const initials = words.slice(startWord).map((word) => word[0]);
    if (initials[0]![0]!.toUpperCase() !== letters[0]) continue;
    if (!followsInitials(initials, letters)) continue;
    const significant = initials.filter((word) => !wordLists().connectors.test(word)).length;
    if (significant < 2 || letters.length > significant + 3) continue;
    const start = name.start + words[startWord]!.index;
    // past its organisation noun, the name must end in one ("… ceasefire monitoring mechanism (LCMM)"), or the acronym
    // leaves out only the noun and its connectors, as UN acronyms of Spanish and French names do ("Misión de Observadores
    // de las Naciones Unidas en El Salvador (ONUSAL)"): the name keeps its noun
    if (start > name.head && !endsInHeadNoun(words)) {
      if (name.start === name.head && onlyHeadBefore(text.slice(name.head, start))) return { start: name.start, end: name.end };
      return null;
    }
    return { start, end: name.end };
  }
  return null;
}

/** The organisation noun and connectors alone: "Misión de ", "Groupe d'". */
function onlyHeadBefore(between: string): boolean {
  const words = between.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && wordLists().heads.has(words[0]!) && words.slice(1).every((word) => wordLists().connectors.test(word));
}

function endsInHeadNoun(words: RegExpMatchArray[]): boolean {
  const last = words[words.length - 1]![0];
  return wordLists().heads.has(last.charAt(0).toUpperCase() + last.slice(1));
}

/** Each acronym letter is the initial (or a following letter) of successive words, in order. */
function followsInitials(words: string[], letters: string): boolean {
  let position = 0;
  for (const [index, word] of words.entries()) {
    if (position >= letters.length) break;
    const upper = word.toUpperCase();
    if (upper[0] !== letters[position]) continue;
    position++;
    // an acronym may take two letters of one word ("FINUL": INtérimaire), three of the name's last ("MINUGUA": GUAtemala,
    // "ONUSAL": El SALvador)
    const most = index === words.length - 1 ? 3 : 2;
    let inner = 1;
    while (position < letters.length && inner < upper.length && upper[inner] === letters[position] && !wordLists().connectors.test(word) && inner < most) {
      inner++;
      position++;
    }
  }
  return position === letters.length;
}

function laterUses(text: string, acronym: string, after: number, id: string): NameMatch[] {
  const uses: NameMatch[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(acronym, after + acronym.length + 2); at >= 0; at = text.indexOf(acronym, at + acronym.length)) {
    const end = at + acronym.length;
    if (word.test(text[at - 1] ?? ' ') || word.test(text[end] ?? ' ')) continue;
    uses.push(makeMatch('Body', id, at, end));
  }
  return uses;
}

function addAlias(entities: EntityTable, id: string, alias: string): void {
  const ref = entityRef('Body', id);
  const info = entities.get(ref);
  if (!info || info.aliases.includes(alias)) return;
  entities.set(ref, { ...info, aliases: [...info.aliases, alias] });
}

function removeInside(matches: NameMatch[], start: number, end: number): void {
  for (let index = matches.length - 1; index >= 0; index--) {
    const match = matches[index]!;
    if (match.start >= start && match.end <= end) matches.splice(index, 1);
  }
}
