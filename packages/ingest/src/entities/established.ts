/**
 * Bodies a resolution establishes under a generic name, then tasks by that name: "Decides to
 * establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the
 * Security Council …" then "Directs the Committee to …" (S/RES/1373 (2001): the Counter-Terrorism
 * Committee); "Decides to establish a working group of the Security Council …; decides further
 * that the working group shall …"; "the establishment of a monitoring and reporting mechanism …
 * Underlines that the mechanism is to …". In an operative paragraph of a resolution, an
 * establishing verb (or noun), an indefinite article (a phrase between commas may come between)
 * and a generic head name the new body; it is the body the gazetteer names there, else the
 * gazetteer body whose `establishedBy` is this resolution, else a new subsidiary body of the
 * head's kind named after the resolution (`Committee<N>`, `WorkingGroup<N>` …, as committees.ts
 * makes them). Later references with a definite determiner ("the working group", "this
 * mechanism", "le Comité") are that body. Words are data: data/entities/established.json.
 */
import { subsidiaryBody, type SubsidiaryKind } from './committees';
import { foldText, letterBefore } from './fold';
import { entityRef, loadGazetteer, readDataFile, type EntityInfo, type EntityTable } from './gazetteer';
import { makeMatch, type NameMatch } from './matcher';
import type { SegmentedDocument } from '../types';
import { alternation } from '../escape-regexp';

interface Head {
  name: string;
  kind: SubsidiaryKind;
  short: string[];
}

interface EstablishedFile {
  languages: Record<
    string,
    { verbs: string[]; again: string[]; determiners: string[]; references: string[]; heads: Head[]; own?: { links: string[]; paragraph: string[]; after: string[] } }
  >;
}

interface LanguageRules {
  /** verb, optional inserted phrase, article, head (group 1) */
  pattern: RegExp;
  /** what may not precede the verb: a letter (mid-word), a word of re-establishment ("вновь") */
  notAfter: RegExp;
  /** the verbs alone, as whole words ("establish", not "established"): most paragraphs have none, and the full pattern is not run on them */
  quick: RegExp;
  heads: Map<string, Head>;
  /** determiners of a reference back, as an alternation */
  references: string;
  /** words after a head that make it part of another name ("the Committee established pursuant to …"): references.json */
  qualifiers: string;
  /** what may follow a qualifier when it points to a paragraph of this resolution ("established by paragraph 14 above"), a lookahead body; '' when none */
  own: string;
  spaced: boolean;
}

let compiled: Map<string, LanguageRules> | null = null;

function compile(): Map<string, LanguageRules> {
  const data = readDataFile<EstablishedFile>('established.json');
  const qualifiers = readDataFile<{ qualifiers?: Record<string, string[]> }>('references.json').qualifiers ?? {};
  const result = new Map<string, LanguageRules>();
  for (const [lang, rules] of Object.entries(data.languages)) {
    const spaced = lang !== 'zh';
    const heads = new Map(rules.heads.map((head) => [foldText(head.name), head]));
    const after = spaced ? '(?![\\p{L}])' : '';
    const gap = spaced ? '\\s+' : '';
    const determiners = rules.determiners.map((word) => foldText(word));
    const article = determiners.length ? `(?:${alternation(determiners)})${gap}` : '';
    // "establish, in accordance with rule 28 …, a Committee": one phrase between commas may come first
    const inserted = spaced ? '(?:\\s*,[^;.]{1,250}?,)?\\s*' : '';
    const required = spaced && determiners.length > 0 ? article : article ? `(?:${article})?` : '';
    result.set(lang, {
      // the word start and a re-establishment are checked after a hit (a leading lookbehind slows the scan)
      pattern: new RegExp(`(?:${alternation(rules.verbs.map((verb) => foldText(verb)))})${inserted}${required}(${alternation(heads.keys())})${after}`, 'gu'),
      quick: spaced ? new RegExp(`(?:${alternation(rules.verbs.map((verb) => foldText(verb)))})(?![\\p{L}])`, 'u') : new RegExp(alternation(rules.verbs.map((verb) => foldText(verb)))),
      notAfter: new RegExp(`(?:${spaced ? '\\p{L}' : '(?!)'}${rules.again.length ? `|(?:${alternation(rules.again.map((word) => foldText(word)))})\\s*` : ''})$`, 'u'),
      heads,
      references: alternation(rules.references.map((word) => foldText(word))),
      qualifiers: alternation((qualifiers[lang] ?? []).map((word) => foldText(word))),
      own:
        spaced && rules.own
          ? `\\s+(?:${alternation(rules.own.links.map((word) => foldText(word)))})\\s+(?:${alternation(rules.own.paragraph.map((word) => foldText(word)))})\\s+\\d+(?:\\s*\\([a-z]\\))?\\s+(?:${alternation(rules.own.after.map((word) => foldText(word)))})(?![\\p{L}])`
          : '',
      spaced,
    });
  }
  return result;
}

/** "S/RES/1373 (2001)" → number and year. */
const RESOLUTION = /^S\/RES\/(\d+)\s*\((\d{4})\)$/u;

/**
 * The bodies the document's own resolution establishes under a generic name, and the references
 * back to them, as names to add (none overlapping `matches`). Bodies not in the gazetteer are added
 * to `entities`.
 */
export function findEstablishedBodies(doc: SegmentedDocument, folded: string, matches: NameMatch[], entities: EntityTable): NameMatch[] {
  compiled ??= compile();
  const rules = compiled.get(doc.identity.lang);
  if (!rules) return [];
  const found: NameMatch[] = [];
  const overlaps = (start: number, end: number): NameMatch | undefined =>
    matches.find((match) => match.start < end && match.end > start) ?? found.find((match) => match.start < end && match.end > start);
  const established: Array<{ id: string; head: Head; end: number }> = [];
  for (let position = 0; position < doc.segments.length; position++) {
    const segment = doc.segments[position]!;
    if (segment.section !== 'operative' || !segment.textOf) continue;
    const resolution = RESOLUTION.exec(segment.textOf);
    if (!resolution) continue;
    const text = folded.slice(segment.start, segment.end);
    if (!rules.quick.test(text)) continue;
    rules.pattern.lastIndex = 0;
    for (let hit = rules.pattern.exec(text); hit; hit = rules.pattern.exec(text)) {
      if (rules.notAfter.test(text.slice(Math.max(0, hit.index - 12), hit.index))) {
        rules.pattern.lastIndex = hit.index + 1;
        continue;
      }
      const head = rules.heads.get(hit[1]!)!;
      const end = segment.start + hit.index + hit[0].length;
      const start = end - hit[1]!.length;
      const named = overlaps(start, end);
      // the gazetteer names it ("a monitoring and reporting mechanism on children and armed conflict")
      if (named?.kind === 'Body' && named.start === start && !NEVER.has(named.id)) {
        established.push({ id: named.id, head, end: named.end });
        continue;
      }
      if (named && !(named.kind === 'Body' && NEVER.has(named.id))) continue;
      const id = establishedBody(segment.textOf, head.kind, resolution[1]!, resolution[2]!, entities);
      found.push(makeMatch('Body', id, start, end));
      established.push({ id, head, end });
    }
  }
  for (const { id, head, end: from } of established) {
    // "the working group", "this mechanism", "le Comité": the body, after it is established
    const pattern = referencePattern(rules, head);
    pattern.lastIndex = from;
    for (let hit = pattern.exec(folded); hit; hit = pattern.exec(folded)) {
      // a determiner inside a word is none (what a leading "not after a letter" would check at every position)
      if (rules.spaced && letterBefore(folded, hit.index)) {
        pattern.lastIndex = hit.index + 1;
        continue;
      }
      const end = hit.index + hit[0].length;
      const start = end - hit[1]!.length;
      if (overlaps(start, end)) continue;
      found.push(makeMatch('Body', id, start, end));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Per head (of one language's rules), the references back to its body: compiled once, not for each body a text establishes. */
const REFERENCE_PATTERNS = new Map<Head, RegExp>();

/**
 * "the working group", "ce mécanisme": a reference determiner and one of the head's short forms, not
 * followed by a qualifier. Without a leading look-behind: V8 would try it at every position of the
 * text; the caller drops a hit after a letter and searches on from the next position (the same matches).
 */
function referencePattern(rules: LanguageRules, head: Head): RegExp {
  let pattern = REFERENCE_PATTERNS.get(head);
  if (!pattern) {
    const shorts = head.short.map((word) => foldText(word));
    pattern = rules.spaced
      ? new RegExp(
          `(?:${rules.references})\\s+(${alternation(shorts)})(?![\\p{L}])${rules.qualifiers ? `(?!\\s+(?:${rules.qualifiers})(?![\\p{L}])${rules.own ? `(?!${rules.own})` : ''})` : ''}`,
          'gu',
        )
      : new RegExp(`(?:${rules.references})(${alternation(shorts)})`, 'gu');
    REFERENCE_PATTERNS.set(head, pattern);
  }
  return pattern;
}

/** Organs a generic head never stands for ("Committee of the Security Council" holds the Council). */
const NEVER = new Set(['SC', 'UN', 'GA']);

/** The categories of gazetteer body a generic head may name ("a working group of the Security Council" is a Council committee). */
const CATEGORIES: Record<SubsidiaryKind, string[]> = {
  committee: ['committee'],
  'working-group': ['working-group', 'committee'],
  panel: ['panel', 'group'],
  group: ['group', 'panel'],
  team: ['team', 'panel'],
  mechanism: ['mechanism'],
};

let byResolution: Map<string, EntityInfo[]> | null = null;

/** The gazetteer's bodies by the resolution that established them, in gazetteer order: made once, not a scan of every entity per hit. */
function bodiesByResolution(): Map<string, EntityInfo[]> {
  if (byResolution) return byResolution;
  byResolution = new Map();
  for (const info of loadGazetteer().entities.values()) {
    if (info.kind !== 'Body' || !info.establishedBy) continue;
    const list = byResolution.get(info.establishedBy);
    if (list) list.push(info);
    else byResolution.set(info.establishedBy, [info]);
  }
  return byResolution;
}

/** The gazetteer body of a fitting category this resolution established (its own kind first), else a new subsidiary body. */
function establishedBody(symbol: string, kind: SubsidiaryKind, number: string, year: string, entities: EntityTable): string {
  const fitting = (bodiesByResolution().get(symbol) ?? []).filter((info) => CATEGORIES[kind].includes(info.category ?? ''));
  const known = fitting.find((info) => info.category === kind) ?? (fitting.length === 1 ? fitting[0] : undefined);
  if (known) return known.id;
  const body = subsidiaryBody(kind, number, year);
  if (body.info && !entities.has(entityRef('Body', body.id))) entities.set(entityRef('Body', body.id), body.info);
  return body.id;
}
