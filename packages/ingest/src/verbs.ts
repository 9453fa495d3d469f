/**
 * Clause lead verbs, multilingual, as canonical English lemmas.
 *
 * API
 * - `leadVerb(clause, lang)`: the lemma of the verb a resolution clause opens with, or null.
 *   Preambular paragraphs open with a participle ("Recalling", "Rappelant", "Recordando",
 *   "ссылаясь", "إذ يشير", "回顾"); operative paragraphs with a numbered third-person verb
 *   ("1. Decides", "2. *Demande*", "3 - يطلب", "4. 请"). Numbering, Markdown emphasis and
 *   adverbs ("Further", "également", "además", "вновь"…) are skipped.
 * - `findClauseVerbs(text, lang)`: every clause verb in a text, in order, as
 *   `{ lemma, start, end }` (offsets into `text`): an operative paragraph often holds several
 *   ("Calls upon … and requests the Secretary-General …"), each with its own addressee.
 * - `VERB_LANGUAGES`: the languages with a table.
 * Lemmas: recall, reaffirm, decide, request, call upon, urge, encourage, invite, direct,
 * welcome, note, take note, stress, condemn, express, emphasize, recognize, acknowledge, …
 * The tables are data: data/verbs/<lang>.json (`verbs`: lemma → surface forms, `modifiers`:
 * adverbs that may stand before the verb, `subjects`: the organ as subject in statements ("The
 * Security Council reaffirms"), `prefixes`: clitics glued to it, like Arabic "و").
 */
import ar from '../../../data/verbs/ar.json';
import en from '../../../data/verbs/en.json';
import es from '../../../data/verbs/es.json';
import fr from '../../../data/verbs/fr.json';
import ru from '../../../data/verbs/ru.json';
import zh from '../../../data/verbs/zh.json';
import { escapeRegExp } from './escape-regexp';
import { notAfterLetter } from './entities/fold';

interface VerbTableFile {
  lang: string;
  /** the organ as the subject of a statement's sentence: "The Security Council reaffirms…" */
  subjects?: string[];
  modifiers: string[];
  prefixes?: string[];
  /** phrases after which a verb stands in its base form: "continues to encourage" */
  continuations?: string[];
  verbs: Record<string, string[]>;
}

interface VerbTable {
  lang: string;
  /** surface forms (lower case), longest first */
  forms: Array<{ form: string; lemma: string }>;
  modifiers: string[];
  prefixes: string[];
  /** languages written without spaces match forms anywhere, not at word boundaries */
  spaced: boolean;
  finder: RegExp;
  lemmaOf: Map<string, string>;
  /** `forms` and `modifiers` by their first code unit, in the same order: a clause head tries only those */
  formsByFirst: Map<number, Array<{ form: string; lemma: string }>>;
  modifiersByFirst: Map<number, string[]>;
}

/** The items grouped by their first code unit, each group in the items' order. */
function byFirstCode<T>(items: T[], text: (item: T) => string): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const code = text(item).charCodeAt(0);
    let group = groups.get(code);
    if (!group) groups.set(code, (group = []));
    group.push(item);
  }
  return groups;
}

export interface ClauseVerb {
  lemma: string;
  start: number;
  end: number;
}

const FILES = [en, fr, es, ru, ar, zh] as unknown as VerbTableFile[];

/** Longest first, then in code-unit order. */
function byLength(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

function buildTable(file: VerbTableFile): VerbTable {
  const surfaceForms = Object.entries(file.verbs).flatMap(([lemma, surfaces]) =>
    surfaces.map((surface) => ({ form: surface.toLowerCase(), lemma })),
  );
  // "continues to encourage": the base form after a continuation phrase. Kept out of the
  // finder's alternation, which they would double (one regex for all texts, on the hot path):
  // the finder matches "continues to" + a base form through its own group instead.
  const continuations = (file.continuations ?? []).map((phrase) => phrase.toLowerCase());
  const continued = continuations.flatMap((phrase) =>
    Object.keys(file.verbs).map((lemma) => ({ form: `${phrase} ${lemma}`, lemma })),
  );
  // longest first; forms of one length in code-unit order (two forms of one length never match at
  // the same place, so any fixed order gives the same matches: localeCompare cost ~25 ms at start-up)
  const forms = [...surfaceForms, ...continued].sort((a, b) => byLength(a.form, b.form));
  const spaced = file.lang !== 'zh';
  const surfaceAlternation = surfaceForms
    .map(({ form }) => form)
    .sort(byLength)
    .map(escapeRegExp)
    .join('|');
  const continuedAlternation =
    continuations.length > 0
      ? `(?:${continuations.sort(byLength).map(escapeRegExp).join('|')}) (?:${Object.keys(file.verbs)
          .map((lemma) => lemma.toLowerCase())
          .sort(byLength)
          .map(escapeRegExp)
          .join('|')})|`
      : '';
  const alternation = continuedAlternation + surfaceAlternation;
  const prefixes = (file.prefixes ?? []).map(escapeRegExp).join('|');
  const glued = prefixes ? `(?:${prefixes})?` : '';
  // no 'i' flag: texts are lower-cased before the scan, and case folding slows a large unicode alternation
  // without glued prefixes the word start is checked after a hit (findClauseVerbsPrepared): a leading
  // lookbehind makes V8 try the whole alternation at every position (en 0.19 -> 0.12 s on the corpus);
  // with them (Arabic "و") the lookbehind is faster, as an optional prefix matches inside many words
  const finder = !spaced
    ? new RegExp(`(${alternation})`, 'gu')
    : glued
      ? new RegExp(`${notAfterLetter(true)}${glued}(${alternation})(?![\\p{L}\\p{M}])`, 'gu')
      : new RegExp(`(${alternation})(?![\\p{L}\\p{M}])`, 'gu');
  // Subjects and adverbs are both skipped before the verb; longest first.
  const modifiers = [...(file.subjects ?? []), ...file.modifiers]
    .map((modifier) => modifier.toLowerCase())
    .sort((a, b) => b.length - a.length);
  return {
    lang: file.lang,
    forms,
    modifiers,
    prefixes: file.prefixes ?? [],
    spaced,
    finder,
    lemmaOf: new Map(forms.map(({ form, lemma }) => [form, lemma])),
    formsByFirst: byFirstCode(forms, (entry) => entry.form),
    modifiersByFirst: byFirstCode(modifiers, (modifier) => modifier),
  };
}

const TABLES = new Map(FILES.map((file) => [file.lang, buildTable(file)]));
/**
 * Words that may stand between a clause's start and its verb in a language: the organ as subject
 * ("The Security Council", "Le Conseil"), adverbs ("Further", "également", "вновь", "还") and
 * continuation phrases ("continues to"), lower case. Unknown languages get English.
 */
export function clauseLeadWords(lang: string): string[] {
  const file = FILES.find((candidate) => candidate.lang === lang) ?? FILES[0]!;
  return [...(file.subjects ?? []), ...file.modifiers, ...(file.continuations ?? [])].map((word) => word.toLowerCase());
}

export const VERB_LANGUAGES: readonly string[] = [...TABLES.keys()];

/** Numbering, sub-paragraph letters, Markdown emphasis, quotes and list dashes before the verb. */
const CLAUSE_PREFIX = /^[\s*_«“"'‘’-]*(?:\(?\d{1,3}\s*(?:[.)\-–]|\s)\s*|\(?[a-z]\)\s+)?[\s*_«“"'‘’]*/u;
const LETTER = /[\p{L}\p{M}]/u;

function endsAtBoundary(text: string, end: number, table: VerbTable): boolean {
  return !table.spaced || end >= text.length || !LETTER.test(text[end]!);
}

function matchAt(text: string, position: number, table: VerbTable): { lemma: string; end: number } | null {
  const candidates = table.formsByFirst.get(text.charCodeAt(position));
  if (!candidates) return null;
  for (const { form, lemma } of candidates) {
    if (text.startsWith(form, position) && endsAtBoundary(text, position + form.length, table)) {
      return { lemma, end: position + form.length };
    }
  }
  return null;
}

function skipModifier(text: string, position: number, table: VerbTable): number | null {
  for (const modifier of table.modifiersByFirst.get(text.charCodeAt(position)) ?? NONE) {
    if (text.startsWith(modifier, position) && endsAtBoundary(text, position + modifier.length, table)) {
      return skipSpacing(text, position + modifier.length);
    }
  }
  for (const prefix of table.prefixes) {
    if (text.startsWith(prefix, position)) return position + prefix.length;
  }
  return null;
}

const NONE: readonly string[] = [];

function skipSpacing(text: string, position: number): number {
  let next = position;
  while (next < text.length && /[\s,*_،，]/u.test(text[next]!)) next += 1;
  return next;
}

function leadVerbWith(head: string, table: VerbTable): string | null {
  let position = 0;
  for (let step = 0; step < 4; step += 1) {
    const verb = matchAt(head, position, table);
    if (verb) return verb.lemma;
    const next = skipModifier(head, position, table);
    if (next === null || next === position) return null;
    position = next;
  }
  return null;
}

/** Arabic tatweel (ـ) and harakat (vowel marks, shadda: nonspacing marks) vary between texts of the same verb. */
const ARABIC_MARKS = /\u0640|\p{Mn}/gu;
const ARABIC_MARK = /^(?:\u0640|\p{Mn})$/u;

/** The canonical English lemma of the clause's lead verb, or null. Unknown languages try every table. */
export function leadVerb(clause: string, lang: string): string | null {
  const table = TABLES.get(lang);
  const raw = clause.slice(0, 160);
  const unmarked = table && lang !== 'ar' ? raw : raw.replace(ARABIC_MARKS, '');
  const head = unmarked.replace(CLAUSE_PREFIX, '').replace(/[*_]/g, '').toLowerCase();
  if (table) return leadVerbWith(head, table);
  for (const candidate of TABLES.values()) {
    const lemma = leadVerbWith(head, candidate);
    if (lemma) return lemma;
  }
  return null;
}

/**
 * The text lower-cased with one character per character, so offsets in it are offsets in the
 * text. Only "İ" (U+0130) lower-cases to two characters ("i" + combining dot): it becomes "i".
 */
export function lowerCaseKeepingOffsets(text: string): string {
  const lowered = text.toLowerCase();
  return lowered.length === text.length ? lowered : text.replace(/\u0130/g, 'i').toLowerCase();
}

/** The language of the table findClauseVerbs reads a text of `lang` with (unknown languages: English). */
export function verbTableOf(lang: string): string {
  return TABLES.has(lang) ? lang : 'en';
}

/**
 * The surface forms (lower case) whose lemma is one of `lemmas`, as findClauseVerbs reads them
 * in a language (unknown languages: English), and whether every match of one starts and ends at a
 * word boundary: false for languages written without spaces or with glued prefixes (Arabic "و"),
 * where a form may start or end inside a word. A caller can then tell from a text's words alone
 * that it holds none of these verbs (see entities/triggers.ts).
 */
export function clauseVerbForms(lang: string, lemmas: ReadonlySet<string>): { forms: string[]; wordBounded: boolean } {
  const table = TABLES.get(lang) ?? TABLES.get('en')!;
  const forms = [...table.lemmaOf].filter(([, lemma]) => lemmas.has(lemma)).map(([form]) => form);
  return { forms, wordBounded: table.spaced && table.prefixes.length === 0 };
}

/**
 * Per language, its lemmas by their first word, longest first: built once, so that baseVerbAt (run on every numbered paragraph
 * of a document) compares the few lemmas that can start where the clause does.
 */
const BASES_BY_FIRST_WORD = new Map<string, Map<string, string[]>>();

function basesByFirstWord(lemmas: string[]): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const lemma of [...lemmas].sort(byLength)) {
    const word = /^\p{L}+/u.exec(lemma)?.[0] ?? lemma;
    const list = byWord.get(word);
    if (list) list.push(lemma);
    else byWord.set(word, [lemma]);
  }
  return byWord;
}

/**
 * The verb in its base form that opens a clause, after its numbering or sub-paragraph letter ("(b) request the 1540 Committee
 * to"), as a list item under "Decides … to:" writes it; null when none does. Only languages whose lemmas are their base forms,
 * those with `continuations` ("continues to encourage"): English.
 */
export function baseVerbAt(clause: string, lang: string): ClauseVerb | null {
  const file = FILES.find((candidate) => candidate.lang === lang);
  if (!file?.continuations?.length) return null;
  const lowered = lowerCaseKeepingOffsets(clause.slice(0, 160));
  const start = CLAUSE_PREFIX.exec(lowered)![0].length;
  let bases = BASES_BY_FIRST_WORD.get(lang);
  if (!bases) BASES_BY_FIRST_WORD.set(lang, (bases = basesByFirstWord(Object.keys(file.verbs))));
  const first = /^\p{L}+/u.exec(lowered.slice(start))?.[0];
  const lemma = (first === undefined ? undefined : bases.get(first))?.find((base) => lowered.startsWith(base, start) && (start + base.length >= lowered.length || !LETTER.test(lowered[start + base.length]!)));
  return lemma ? { lemma, start, end: start + lemma.length } : null;
}

/** Every clause verb of the language's table in the text, in order. */
export function findClauseVerbs(text: string, lang: string): ClauseVerb[] {
  return findClauseVerbsPrepared(lowerCaseKeepingOffsets(text), lang);
}

/**
 * findClauseVerbs for a text the caller has already lower-cased (`lowerCaseKeepingOffsets`), with the
 * same result. Most windows hold no character of the blocks where marks are: one small class
 * test then spares the mark search (the large \p{Mn} class tried at every position).
 */
export function findClauseVerbsPrepared(lowered: string, lang: string): ClauseVerb[] {
  const table = TABLES.get(lang) ?? TABLES.get('en')!;
  const { stripped, offsets } = MAY_HOLD_MARKS.test(lowered) ? stripArabicMarks(lowered) : { stripped: lowered, offsets: null };
  const found: ClauseVerb[] = [];
  // Shared regex: this loop runs synchronously to completion, so lastIndex cannot be disturbed.
  const finder = table.finder;
  finder.lastIndex = 0;
  for (let match = finder.exec(stripped); match; match = finder.exec(stripped)) {
    if (table.spaced && table.prefixes.length === 0 && match.index > 0 && LETTER.test(stripped[match.index - 1]!)) {
      finder.lastIndex = match.index + 1;
      continue;
    }
    const form = match[1]!;
    const lemma = table.lemmaOf.get(form);
    if (!lemma) continue;
    const formStart = match.index + match[0].length - form.length;
    const formEnd = match.index + match[0].length;
    const start = offsets ? offsets[formStart]! : formStart;
    const end = offsets ? offsets[formEnd - 1]! + 1 : formEnd;
    found.push({ lemma, start, end });
  }
  return found;
}

/**
 * A code unit in the blocks that hold the tatweel and the nonspacing marks (their ranges merged
 * where they lie close, and every surrogate, for marks beyond the BMP): a superset of
 * ARABIC_MARKS that Latin, Cyrillic and CJK text never touches, tested far faster than \p{Mn}.
 */
const MARK_BLOCKS: Array<[number, number]> = [
  [0x0300, 0x036f],
  [0x0483, 0x0487],
  // the Hebrew points, then the Arabic marks and tatweel, leaving out the Arabic letters between them
  [0x0591, 0x05c7],
  [0x0610, 0x061a],
  [0x0640, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x0e4e],
  [0x0eb1, 0x0fc6],
  [0x102d, 0x109d],
  [0x135d, 0x135f],
  [0x1712, 0x180f],
  [0x1885, 0x18a9],
  [0x1920, 0x193b],
  [0x1a17, 0x1c37],
  [0x1cd0, 0x1cf9],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20f0],
  [0x2cef, 0x2cf1],
  [0x2d7f, 0x2d7f],
  [0x2de0, 0x2dff],
  [0x302a, 0x302d],
  [0x3099, 0x309a],
  [0xa66f, 0xa6f1],
  [0xa802, 0xa82c],
  [0xa8c4, 0xaaf6],
  [0xabe5, 0xabed],
  [0xd800, 0xdfff],
  [0xfb1e, 0xfb1e],
  [0xfe00, 0xfe2f],
];
const MAY_HOLD_MARKS = new RegExp(
  `[${MARK_BLOCKS.map(([from, to]) => `\\u${from.toString(16).padStart(4, '0')}-\\u${to.toString(16).padStart(4, '0')}`).join('')}]`,
);

/**
 * 1 for each BMP code unit that is the tatweel or a nonspacing mark (\p{Mn}), computed once: a
 * table lookup per character instead of the large \p{Mn} class. Surrogates are marked too, and a
 * pair is then tested as one code point (marks beyond the BMP).
 */
let markUnits: Uint8Array | null = null;

function markTable(): Uint8Array {
  if (markUnits) return markUnits;
  markUnits = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    if ((unit >= 0xd800 && unit <= 0xdfff) || ARABIC_MARK.test(String.fromCharCode(unit))) markUnits[unit] = 1;
  }
  return markUnits;
}

/** Whether text[index] starts a mark (length of it in code units), or 0. */
function markAt(text: string, index: number, table = markTable()): number {
  const unit = text.charCodeAt(index);
  if (table[unit] === 0) return 0;
  if (unit < 0xd800 || unit > 0xdfff) return 1;
  const point = text.codePointAt(index)!;
  return point > 0xffff && ARABIC_MARK.test(String.fromCodePoint(point)) ? 2 : 0;
}

/** Text without Arabic marks, with each kept character's offset in the original (null when nothing was removed). */
function stripArabicMarks(text: string): { stripped: string; offsets: number[] | null } {
  const table = markTable();
  let first = 0;
  while (first < text.length && markAt(text, first, table) === 0) first++;
  if (first === text.length) return { stripped: text, offsets: null };
  const offsets: number[] = [];
  const kept: string[] = [];
  for (let index = 0; index < text.length; ) {
    const mark = markAt(text, index, table);
    if (mark > 0) {
      index += mark;
      continue;
    }
    offsets.push(index);
    kept.push(text[index]!);
    index++;
  }
  return { stripped: kept.join(''), offsets };
}
