/**
 * MANDATES: the bodies a resolution gives a task to. In each paragraph of a resolution's text,
 * every mandating clause verb (verbs.ts: "Demande", "Invite … et engage", "encourageant",
 * "Requests", "Calls upon") opens a zone that runs to the task's infinitive ("à continuer",
 * "de lui présenter", "to submit"); the bodies named there are its addressees: the first right
 * after the verb, then the others of the list. Partners ("en coordination avec …"), genitives
 * ("un rapport conjoint du Bureau", "organismes des Nations Unies") and everything after the
 * infinitive are not addressees; "avec le soutien de sa Direction exécutive" is, with role support.
 * "Décide que tous les États …" mandates the subject of the "that" clause.
 */
import { findClauseVerbsPrepared, lowerCaseKeepingOffsets, type ClauseVerb } from '../verbs';
import type { SegmentedDocument } from '../types';
import { compactCopy, decodeUnits, foldKey, foldText } from './fold';
import { loadGazetteer, type MandateRules } from './gazetteer';
import type { EntityMention } from './index';

export interface MandateMatch {
  resolution: string;
  body: string;
  verb: string;
  segment: number;
  /** the addressee's name in the text */
  start: number;
  end: number;
  role?: 'support';
}

interface CompiledRules {
  mandating: Set<string>;
  decideThat: Set<string>;
  allowedBefore: Set<string>;
  infinitive: Record<'fr' | 'en', RegExp>;
  notInfinitives: Set<string>;
  /** partner and support markers, without their leading `(?<![\p{L}])`: see `nextMarker` */
  skip: RegExp;
  support: RegExp;
  that: RegExp;
  modal: RegExp;
}

let compiled: CompiledRules | null = null;

function compile(rules: MandateRules & { collectives?: Record<string, string[]>; modals?: Record<string, string[]> }): CompiledRules {
  const phrases = (record: Record<string, unknown>): string[] =>
    Object.values(record).filter(Array.isArray).flat() as string[];
  const alternation = (list: string[]): string =>
    [...list].sort((a, b) => b.length - a.length).map((item) => foldText(item).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const allowed = new Set<string>();
  for (const phrase of [...phrases(rules.fillers), ...phrases(rules.collectives ?? {})]) {
    for (const word of foldKey(phrase).split(' ')) if (word) allowed.add(word);
  }
  return {
    mandating: new Set(rules.mandatingLemmas),
    decideThat: new Set(rules.decideThatLemmas),
    allowedBefore: allowed,
    // "à continuer", "de lui présenter", "d'appuyer" / "to submit", "to further strengthen"
    infinitive: {
      fr: /(?<![\p{L}])(?:a|de|d')\s*(?:ne pas\s+|ne plus\s+)?(?:(?:lui|leur|se|s'|en|y|les|la|le|l'|nous)\s*)?(\p{L}+(?:er|ir|re|oir))(?![\p{L}])/gu,
      en: /(?<![\p{L}])to\s+(?:(?:further|continue to|also|fully|urgently|immediately)\s+)?(\p{L}+)(?![\p{L}])/gu,
    },
    notInfinitives: new Set(phrases(rules.notInfinitives).map((word) => foldText(word))),
    skip: new RegExp(`(?:${alternation(phrases(rules.skipAfter))})(?![\\p{L}])`, 'gu'),
    support: new RegExp(`(?:${alternation(phrases(rules.supportMarkers))})(?![\\p{L}])`, 'gu'),
    // "Decides that, until 31 July 2020, all Member States shall": an inserted phrase may follow "that"
    that: /^[\s*_,]*(?:(?:en outre|further|also|egalement)[\s,]*)?(?:que|qu'|that)\s*(?:,[^,;]{1,80},\s*)?/u,
    modal: new RegExp(`(?<![\\p{L}])(?:${alternation(phrases(rules.modals ?? {}))})(?![\\p{L}])`, 'u'),
  };
}

/** `units` is foldUnits(doc.text) when the caller has it. */
export function findMandates(doc: SegmentedDocument, mentions: EntityMention[], units?: Uint16Array): MandateMatch[] {
  compiled ??= compile(loadGazetteer().mandates);
  const rules = compiled;
  const lang = doc.identity.lang;
  const found: MandateMatch[] = [];
  const bodiesBySegment = new Map<number, EntityMention[]>();
  for (const mention of mentions) {
    if (mention.kind !== 'Body' || mention.segment < 0) continue;
    const list = bodiesBySegment.get(mention.segment);
    if (list) list.push(mention);
    else bodiesBySegment.set(mention.segment, [mention]);
  }
  doc.segments.forEach((segment, index) => {
    if (!segment.textOf || (segment.section !== 'operative' && segment.section !== 'preamble')) return;
    const bodies = bodiesBySegment.get(index);
    if (!bodies) return;
    // verbs after the last body cannot govern it: the verb search stops there
    const lastBodyEnd = Math.max(...bodies.map((body) => body.end));
    const text = doc.text.slice(segment.start, segment.end);
    // folding is per code unit: a paragraph's folded text is its slice of the folded document
    const folded = units ? decodeUnits(units, segment.start, segment.end) : foldText(text);
    const verbs = clauseVerbsBefore(text, bodies, segment.start, lastBodyEnd, lang).filter((verb) => opensClause(folded, verb));
    const markers = new MarkerMatches(folded);
    let local: Array<EntityMention & { start: number; end: number }> | null = null;
    verbs.forEach((verb, position) => {
      if (!rules.mandating.has(verb.lemma)) return;
      const zoneEnd = verbs[position + 1]?.start ?? text.length;
      local ??= bodies.map((body) => ({ ...body, start: body.start - segment.start, end: body.end - segment.start }));
      for (const addressee of addressees(rules, text, folded, markers, verb, zoneEnd, local, lang === 'fr' ? 'fr' : 'en')) {
        const match: MandateMatch = {
          resolution: segment.textOf!,
          body: addressee.id,
          verb: verb.lemma,
          segment: index,
          start: addressee.start + segment.start,
          end: addressee.end + segment.start,
        };
        if (addressee.support) match.role = 'support';
        found.push(match);
      }
    });
  });
  return found;
}

/** How far before a body its governing verb can be: the verb, fillers, and a list of addressees. */
const VERB_REACH = 400;

/**
 * Clause verbs in the windows that can govern a body (VERB_REACH before each): long paragraphs
 * naming few bodies cost a few hundred characters each, not their whole length.
 */
function clauseVerbsBefore(text: string, bodies: EntityMention[], offset: number, lastBodyEnd: number, lang: string): ClauseVerb[] {
  const windows: Array<[number, number]> = [];
  // bodies come in text order (mentions are sorted by offset)
  for (const body of bodies) {
    // start at a word boundary: half a word must not pass for a verb
    const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, body.start - offset - VERB_REACH)) + 1);
    const to = body.start - offset;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  if (windows.length === 1 && windows[0]![0] === 0) windows[0]![1] = lastBodyEnd - offset;
  const lowered = lowerCased(text);
  const verbs: ClauseVerb[] = [];
  for (const [from, to] of windows) {
    const window =
      lowered === null ? lowerCaseKeepingOffsets(compactCopy(text.slice(from, to))) : lowered.slice(from, to);
    for (const verb of findClauseVerbsPrepared(window, lang)) {
      verbs.push({ lemma: verb.lemma, start: verb.start + from, end: verb.end + from });
    }
  }
  return verbs;
}

/**
 * The paragraph lower-cased once, as a compact copy: each window is then a slice of it. Null when
 * a window's own lower case could differ from its slice of the paragraph's: a final sigma, which
 * lower-cases by its context.
 */
function lowerCased(paragraph: string): string | null {
  return paragraph.includes('\u03a3') ? null : lowerCaseKeepingOffsets(compactCopy(paragraph));
}

/**
 * A verb opens a clause at the paragraph's start (after its number and emphasis) or after a
 * coordinator or punctuation: "…, et engage le Comité", "; and requests"; never "la demande".
 */
function opensClause(folded: string, verb: ClauseVerb): boolean {
  // "1. Continues to encourage", "Continue d'encourager": the lead verb is the second one
  const before = folded.slice(Math.max(0, verb.start - 40), verb.start).replace(/(?:continues? (?:to )?|continue (?:a |de |d'))$/u, '');
  if (AFTER_COORDINATOR.test(before)) return true;
  if (!mayLeadParagraph(folded, verb.start)) return false;
  const head = folded
    .slice(0, verb.start)
    .replace(/(?:continues? (?:to )?|continue (?:a |de |d'))$/u, '')
    // "10. Further urges", "Also requests": adverbs before the lead verb
    .replace(/(?:(?<![\p{L}])(?:further|also|again|strongly|once again|encore|egalement|en outre|de nouveau|a nouveau|vivement|aussi)[\s,*_]*)+$/u, '');
  return /^[\s\d.()a-z*_-]{0,12}$/u.test(head) && !/\p{L}{2}/u.test(head);
}

const AFTER_COORDINATOR =
  /(?:[,;:]|(?<![\p{L}])(?:et|and|y|и))[\s*_]*(?:(?:en outre|egalement|aussi|further|also|again|strongly|vivement|instamment|de nouveau|a nouveau)[\s*_]*)?$/u;

/**
 * Code units the two suffixes opensClause strips from the head can hold (the continuation and
 * adverb phrases, separators). Its head test passes only when at most 12 units remain; a unit
 * outside this set at index 12 or later can never be stripped, so the test fails: checking
 * that first spares two end-anchored regexes over the whole paragraph before each verb.
 */
const STRIPPABLE = new Set([..."continuesto adefurthlgaingstrongly encore egalement outre nouveau vivement aussi',*_"].map((char) => char.charCodeAt(0)));

function mayLeadParagraph(folded: string, verbStart: number): boolean {
  let index = verbStart - 1;
  while (index >= 12) {
    const code = folded.charCodeAt(index);
    if (!STRIPPABLE.has(code) && !WHITESPACE.test(folded[index]!)) return false;
    index--;
  }
  return true;
}

const WHITESPACE = /^\s$/u;

interface Addressee {
  id: string;
  start: number;
  end: number;
  support: boolean;
}

function addressees(
  rules: CompiledRules,
  original: string,
  folded: string,
  markers: MarkerMatches,
  verb: ClauseVerb,
  zoneEnd: number,
  bodies: Array<EntityMention & { start: number; end: number }>,
  lang: 'fr' | 'en',
): Addressee[] {
  let zoneStart = verb.end;
  let end = zoneEnd;
  if (rules.decideThat.has(verb.lemma)) {
    // "Décide que tous les États doivent …": the subject of the that-clause, before its verb
    const that = rules.that.exec(folded.slice(zoneStart, zoneEnd));
    if (!that) return [];
    zoneStart += that[0].length;
    const modal = rules.modal.exec(folded.slice(zoneStart, zoneEnd));
    end = modal ? zoneStart + modal.index : Math.min(zoneEnd, zoneStart + 150);
  } else if (!rules.mandating.has(verb.lemma)) {
    return [];
  }
  end = Math.min(end, infinitiveStart(rules, original, folded, zoneStart, end, bodies, lang));
  const inZone = bodies.filter((body) => body.start >= zoneStart && body.end <= end).sort((a, b) => a.start - b.start);
  if (inZone.length === 0) return [];
  const skipped = markers.regions(rules.skip, zoneStart, end);
  const supported = markers.regions(rules.support, zoneStart, end);
  const result: Addressee[] = [];
  for (const body of inZone) {
    // the nearest marker before the body decides: "avec le soutien de sa Direction exécutive et en coordination avec …"
    const supportFrom = nearestRegion(supported, body.start);
    const skipFrom = nearestRegion(skipped, body.start, true);
    const support = supportFrom > skipFrom;
    if (skipFrom > supportFrom) continue;
    if (!support && isGenitive(folded, body.start)) continue;
    if (body.id === 'UN' && UN_AS_ADJECTIVE.test(folded.slice(body.end, body.end + 30))) continue;
    if (result.length === 0 && !onlyAllowedWords(rules, folded.slice(zoneStart, body.start))) return [];
    if (!result.some((known) => known.id === body.id)) result.push({ id: body.id, start: body.start, end: body.end, support });
  }
  return result;
}

/** Where the task begins: the first infinitive marker outside a body's name. */
function infinitiveStart(
  rules: CompiledRules,
  original: string,
  folded: string,
  from: number,
  to: number,
  bodies: Array<{ start: number; end: number }>,
  lang: 'fr' | 'en',
): number {
  const pattern = new RegExp(rules.infinitive[lang].source, 'gu');
  pattern.lastIndex = from;
  for (let match = pattern.exec(folded); match && match.index < to; match = pattern.exec(folded)) {
    const word = match[1]!;
    if (rules.notInfinitives.has(word)) continue;
    if (bodies.some((body) => match!.index >= body.start && match!.index < body.end)) continue;
    // "de Daech" is a name, not a task: the original text has the capital
    if (/\p{Lu}/u.test(original[match.index + match[0].length - word.length] ?? '')) continue;
    return match.index;
  }
  return to;
}

/**
 * Matches of the partner and support markers in one folded paragraph, each regex run once over
 * it rather than from every verb's zone start to the paragraph's end.
 */
class MarkerMatches {
  private readonly found = new Map<RegExp, Array<[number, number]>>();
  constructor(private readonly folded: string) {}

  /** [from, to) spans that start at a marker and run to the next comma (or the zone's end). */
  regions(marker: RegExp, from: number, to: number): Array<[number, number]> {
    const all = this.matches(marker);
    let first = 0;
    while (first < all.length && all[first]![0] + all[first]![1] <= from) first++;
    // matches found from the paragraph's start are those found from `from` unless one straddles it
    if (first < all.length && all[first]![0] < from) return regions(marker, this.folded, from, to);
    const spans: Array<[number, number]> = [];
    for (let index = first; index < all.length && all[index]![0] < to; index++) {
      const [start, length] = all[index]!;
      const comma = this.folded.indexOf(',', start + length);
      spans.push([start, comma < 0 || comma > to ? to : comma]);
    }
    return spans;
  }

  /** [index, length] of the marker's successive matches from the paragraph's start. */
  private matches(marker: RegExp): Array<[number, number]> {
    let all = this.found.get(marker);
    if (!all) {
      all = [];
      marker.lastIndex = 0;
      for (let match = nextMarker(marker, this.folded); match; match = nextMarker(marker, this.folded)) all.push([match.index, match[0].length]);
      this.found.set(marker, all);
    }
    return all;
  }
}

/** [from, to) spans that start at a marker and run to the next comma (or the zone's end). */
function regions(marker: RegExp, folded: string, from: number, to: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  marker.lastIndex = from;
  for (let match = nextMarker(marker, folded); match && match.index < to; match = nextMarker(marker, folded)) {
    const comma = folded.indexOf(',', match.index + match[0].length);
    found.push([match.index, comma < 0 || comma > to ? to : comma]);
  }
  return found;
}

/**
 * The next match (from `marker.lastIndex`) of `(?<![\p{L}])` + marker. Why split: a regex led by
 * a lookbehind is tried at every position, while the bare alternation lets the engine skip
 * ahead to its first letters; a match preceded by a letter is then stepped over, one position
 * at a time, which finds exactly the matches of the whole regex (the lookbehind is zero-width).
 */
function nextMarker(marker: RegExp, text: string): RegExpExecArray | null {
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))) return match;
    marker.lastIndex = match.index + 1;
  }
  return null;
}

/** A letter (a whole code point, as the lookbehind sees it) just before the end. */
const LETTER_BEFORE = /\p{L}$/u;

/** "relevant United Nations bodies": the bodies are addressed, not the Organization. */
const UN_AS_ADJECTIVE = /^\s+(?:bodies|entities|agencies|organs|system|funds|programmes|country teams?|offices|departments|personnel|staff|missions|peacekeeping)(?![\p{L}])/u;

/** Start of the latest region containing `offset`, or -1. */
function nearestRegion(spans: Array<[number, number]>, offset: number, toZoneEnd = false): number {
  let nearest = -1;
  for (const [from, to] of spans) if (offset >= from && (toZoneEnd || offset < to) && from > nearest) nearest = from;
  return nearest;
}

/** "du Bureau", "des Nations Unies", "of the Office": a complement of a noun, not an addressee. */
function isGenitive(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - 12), start);
  return /(?<![\p{L}])(?:du|des|de|de la|of|of the)\s+$|(?<![\p{L}])(?:d|de l)'$/u.test(before);
}

function onlyAllowedWords(rules: CompiledRules, gap: string): boolean {
  const words = gap.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length <= 12 && words.every((word) => rules.allowedBefore.has(word));
}
