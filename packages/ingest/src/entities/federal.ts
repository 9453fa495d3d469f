/**
 * "The Federal Government" named without its country: Arabic texts write "الحكومة الاتحادية" where
 * the English says "the FGS". It is the Government of the State the document names most, at least
 * twice as often as any other; none otherwise, and not where a longer name covers it ("the Federal
 * Government of Somalia", "le Gouvernement fédéral somalien"). The forms are data:
 * `federal` in data/entities/governments.json.
 */
import { entityRef, governmentId, readDataFile, type EntityTable } from './gazetteer';
import { makeMatch, type NameMatch } from './matcher';
import { foldText, nameTokens } from './fold';
import { KEYWORD, KEYWORDS } from './keywords';
import { dominant } from './dominant';

let forms: Map<string, string[]> | null = null;
/** per language, the longest string every form holds (see `findFederalGovernments`) */
let anchors: Map<string, Anchors> | null = null;

/** A language's forms in groups that share a part of at least ANCHOR_LENGTH characters: the parts, and each form's group. */
interface Anchors {
  parts: string[];
  groupOf: number[];
}
const ANCHOR_LENGTH = 5;
/** A letter of a word written with spaces (not a Han character) at the end or start of a string. */
const WORD_END = /(?!\p{Script=Han})\p{L}$/u;
const WORD_START = /^(?!\p{Script=Han})\p{L}/u;
/** the languages each of whose forms has an inner word, registered as KEYWORD.FEDERAL (prepareFederalGovernments) */
let gated: Set<string> | null = null;

/**
 * Registers in KEYWORDS (FEDERAL) a word inside each form, between two others ("Federal" in "the
 * Federal Government", "Gouvernement" in "le Gouvernement fédéral"): a form is found as written, so
 * that word is a whole token of any text holding it, and a text without any is not searched. A
 * language with a form of two words or one (ru, ar, zh) is searched always.
 */
export function prepareFederalGovernments(): void {
  if (gated) return;
  forms ??= compile();
  gated = new Set();
  for (const [lang, list] of forms) {
    // a form of two words ("the RTGNU", "el GTUNR") is gated by its last word, a whole word wherever the form is found
    const inner = list.map((form) => {
      const words = form.split(' ');
      return words.slice(1, -1).find((word) => oneToken(word)) ?? (words.length === 2 && oneToken(words[1]!) ? words[1] : undefined);
    });
    if (inner.some((word) => word === undefined)) continue;
    for (const word of inner) KEYWORDS.add(word!, KEYWORD.FEDERAL);
    gated.add(lang);
  }
}

function compile(): Map<string, string[]> {
  const file = readDataFile<{ federal?: Record<string, string[] | string> }>('governments.json');
  const result = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(file.federal ?? {})) {
    if (!Array.isArray(list)) continue;
    const all = new Set<string>();
    for (const form of list) {
      all.add(form);
      // Russian starts a clause in lower case, a paragraph in capitals
      if (lang === 'ru') all.add(form[0]!.toUpperCase() + form.slice(1));
      // Arabic: ل glued with the article's alif elided ("للحكومة الاتحادية")
      if (lang === 'ar' && form.startsWith('ال')) all.add(`ل${form.slice(1)}`);
    }
    result.set(lang, [...all]);
  }
  return result;
}

/** Whether `word` is one token, the whole word, without marks (which KEYWORDS.add would split at). */
function oneToken(word: string): boolean {
  const tokens = nameTokens(word);
  return tokens.length === 1 && tokens[0] === foldText(word) && !/\p{M}/u.test(word);
}

/**
 * The federal Government's mentions in `text`, resolved to the Government of the document's main
 * State. `flags`, when given: the KEYWORDS flags of the text's words (after prepareFederalGovernments).
 */
export function findFederalGovernments(text: string, lang: string, matches: readonly NameMatch[], entities: EntityTable, flags?: number): NameMatch[] {
  forms ??= compile();
  const list = forms.get(lang);
  if (!list) return [];
  if (flags !== undefined && gated?.has(lang) && (flags & KEYWORD.FEDERAL) === 0) return [];
  // each form holds its group's anchor: the text is searched for each anchor once, and each form is compared at its places
  // only (34 searches of the whole text for the Russian forms, 17 in two cases, became one; "the RTGNU" in a group of its
  // own, so that the English forms are not compared at every "the ")
  anchors ??= new Map([...forms].map(([language, all]) => [language, anchorsOf(all)]));
  const { parts, groupOf } = anchors.get(lang)!;
  const placesOf = parts.map((anchor) => {
    const places: number[] = [];
    // (at < text.length: an empty anchor, a form too short to share one, gives every place)
    for (let at = text.indexOf(anchor); at >= 0 && at < text.length; at = text.indexOf(anchor, at + 1)) places.push(at);
    return places;
  });
  if (placesOf.every((places) => places.length === 0)) return [];
  const hits: Array<{ start: number; end: number }> = [];
  for (const [index, form] of list.entries()) {
    const anchor = parts[groupOf[index]!]!;
    const places = placesOf[groupOf[index]!]!;
    const offset = form.indexOf(anchor);
    for (let place = 0; place < places.length; place++) {
      const start = places[place]! - offset;
      if (start < 0 || !text.startsWith(form, start)) continue;
      const end = start + form.length;
      // whole words only; Arabic may glue و, ف, ب before it; Chinese characters make no words with their neighbours
      // ("促请民族团结政府改进")
      const before = text.slice(Math.max(0, start - 2), start);
      const wordBefore = lang === 'ar' ? /(?:^|[^\p{L}])[وف]?[ب]?$/u.test(before) || start === 0 : !WORD_END.test(before);
      if (!wordBefore || WORD_START.test(text.slice(end, end + 1))) continue;
      if (matches.some((match) => match.start < end && match.end > start)) continue;
      // one mention where two forms overlap, over both ("обновленное переходное правительство" and "правительство
      // национального единства" in "обновленное переходное правительство национального единства")
      const overlap = hits.findIndex((hit) => hit.start < end && hit.end > start);
      if (overlap >= 0) {
        hits[overlap] = { start: Math.min(start, hits[overlap]!.start), end: Math.max(end, hits[overlap]!.end) };
        continue;
      }
      hits.push({ start, end });
    }
  }
  if (hits.length === 0) return [];
  const state = mainState(matches, entities);
  if (!state || !entities.has(entityRef('Body', governmentId(state)))) return [];
  return hits.map(({ start, end }) => makeMatch('Body', governmentId(state), start, end));
}

/**
 * The forms in groups, in order: a form joins the first group with which it still shares ANCHOR_LENGTH characters or more
 * (one group, one anchor, for most languages; "the RTGNU" shares only "the " with the other English forms).
 */
function anchorsOf(forms: string[]): Anchors {
  const groups: string[][] = [];
  const groupOf = forms.map((form) => {
    const joined = groups.findIndex((group) => commonPart([...group, form]).length >= ANCHOR_LENGTH);
    if (joined >= 0) {
      groups[joined]!.push(form);
      return joined;
    }
    groups.push([form]);
    return groups.length - 1;
  });
  return { parts: groups.map((group) => commonPart(group)), groupOf };
}

/** The longest string that each of `forms` holds (the first of them at a tie); "" when they share none. */
function commonPart(forms: string[]): string {
  const shortest = forms.reduce((a, b) => (b.length < a.length ? b : a));
  for (let length = shortest.length; length > 0; length--) {
    for (let start = 0; start + length <= shortest.length; start++) {
      const part = shortest.slice(start, start + length);
      if (forms.every((form) => form.includes(part))) return part;
    }
  }
  return '';
}

/** The State the document names most (by its names or its Government's), at least twice as often as any other. */
function mainState(matches: readonly NameMatch[], entities: EntityTable): string | null {
  const counts = new Map<string, number>();
  for (const match of matches) {
    const state = match.kind === 'State' ? match.id : match.kind === 'Body' ? entities.get(entityRef('Body', match.id))?.state : undefined;
    if (state) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return dominant(counts);
}
