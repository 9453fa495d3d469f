/**
 * The context words of citations in six languages (data/citations/lexicon.json), compiled
 * into the few anchored regexes the resolver runs on the text around a list of numbers.
 */
import lexiconData from '../../../../data/citations/lexicon.json';

interface LexiconFile {
  resolutionHead: string[];
  numberMark: string;
  organs: Record<string, string[]>;
  organLink: string;
  listSeparator: string;
  pinParagraph: string;
  pinLink: string;
  pinAfterZh: string;
  committee: string;
  committeeLink: string;
  committeeAfterZh: string;
  organPossessive: string;
  councilOwn: string;
  councilOwnPossessive: string;
}

const LEXICON = lexiconData as unknown as LexiconFile;

const HEAD = `(?:${LEXICON.resolutionHead.join('|')})`;
const MARK = LEXICON.numberMark;
const ORGAN_NAMES = Object.keys(LEXICON.organs);
/** one capturing group per organ, in ORGAN_NAMES order */
const ORGAN_GROUPS = ORGAN_NAMES.map((organ) => `(${LEXICON.organs[organ]!.join('|')})`).join('|');
const ANY_ORGAN = `(?:${ORGAN_NAMES.map((organ) => LEXICON.organs[organ]!.join('|')).join('|')})`;
const LINK = LEXICON.organLink;
const SPACE = '[\\s\\u00a0\\u202f]';

/** "resolutions", "General Assembly resolution", "la résolution … de l'Assemblée générale No." right before the list. */
const ORGAN_PAIR = `${ANY_ORGAN}(?:${SPACE}*(?:and(?: the)?|et(?: du| de l[’'])?|y(?: del?)?|и|و)${SPACE}*${ANY_ORGAN})?`;
export const HEAD_BEFORE = new RegExp(
  `${HEAD}${SPACE}*(?:(?:${LINK}${SPACE}*)?${ORGAN_PAIR}${SPACE}*)?(?:${MARK}${SPACE}*)?$`,
);
/**
 * What stands before a resolution number written without a year, as a lookbehind body ending at
 * the number: a head ("resolution", "résolution", "резолюции", "القرار"), perhaps the Council
 * ("résolution du Conseil 2692", "resolution of the Security Council 1373") or a number mark, and
 * the earlier items of a list ("resolutions 1267 (1999), 1989 and 2253").
 */
const SC_NAMES = [...(LEXICON.organs.SC ?? []), '[Cc]ouncil', '[Cc]onseil', '[Cc]onsejo'].join('|');
/** the heads written before the number: Chinese writes "决议" after it (a number after "决议" is a date's year) */
const HEAD_BEFORE_NUMBER = `(?:${LEXICON.resolutionHead.filter((head) => !/[\u4e00-\u9fff]/u.test(head)).join('|')})`;
export const YEARLESS_CONTEXT =
  `${HEAD_BEFORE_NUMBER}${SPACE}+(?:(?:${LINK}|of)${SPACE}+(?:${SC_NAMES})${SPACE}+)?(?:${MARK}${SPACE}*)?` +
  `(?:\\d{1,4}(?:${SPACE}*[(（]\\d{4}[)）])?${SPACE}*(?:,|and|et|y|e|и|و|،)${SPACE}*)*`;
/** Chinese writes the head after the number: "第2178号决议". */
export const YEARLESS_HEAD_AFTER = `${SPACE}*号?${SPACE}*(?:决议|決議)`;

/** Chinese puts the head after the list: "第2042(2012)、2043(2012)号决议". */
export const HEAD_AFTER = /^\s*号?\s*(?:决议|決議)/;

/** The organ named right before the list: "General Assembly resolution", "大会第", "قرار الجمعية العامة". */
const ORGAN_BEFORE_HEAD = new RegExp(
  `(?:${ORGAN_GROUPS})(?:${SPACE}|[’']s)*(?:(?:${LEXICON.organPossessive}${SPACE}+)?${HEAD})?${SPACE}*(?:${MARK}${SPACE}*)?$`,
);
const HEAD_BEFORE_ORGAN = new RegExp(
  `${HEAD}${SPACE}*(?:${LINK}${SPACE}*)?(?:${ORGAN_GROUPS})${SPACE}*(?:${MARK}${SPACE}*)?$`,
);
/** …or right after it: "46/182 de l'Assemblée générale", "60/288 of the General Assembly". */
const ORGAN_AFTER = new RegExp(`^${SPACE}*(?:${LINK}${SPACE}*)?(?:${ORGAN_GROUPS})`);

/** …or as the subject right after it, past at most one inserted clause: "In resolution 46/1, adopted on 23 March 2021, the Human Rights
 *  Council requested", "Dans sa résolution 46/1, le Conseil des droits de l'homme a prié". */
const ORGAN_SUBJECT_AFTER = new RegExp(
  `^(?:,[^,.;:\n]{1,60})?,${SPACE}*(?:[Tt]he|[Ll]e|[Ll]a|[Ee]l|[Ll]’|l')?${SPACE}*(?:${ORGAN_GROUPS})`,
  'u',
);

/** …or before it, as the antecedent of a relative clause that holds the list: "le Conseil des droits de l’homme, qui, dans sa résolution
 *  51/37, a prié", "the Human Rights Council, which, in its resolution 24/30, requested", "el Consejo de Derechos Humanos, que, en su
 *  resolución 51/37, pidió". */
const ORGAN_RELATIVE_BEFORE = new RegExp(
  `(?:${ORGAN_GROUPS})${SPACE}*,?${SPACE}*(?:which|qui|que)${SPACE}*,?${SPACE}*(?:${LEXICON.organPossessive})${SPACE}+${HEAD}${SPACE}*(?:${MARK}${SPACE}*)?$`,
  'u',
);

function organOf(match: RegExpMatchArray | null): string | null {
  if (!match) return null;
  for (let position = 0; position < ORGAN_NAMES.length; position++)
    if (match[position + 1] !== undefined) return ORGAN_NAMES[position]!;
  return null;
}

/** "El Consejo creó la Misión … mediante su resolución": a council named bare in the sentence, its own resolution right before the list. */
const COUNCIL_OWN = new RegExp(
  `(?:${LEXICON.councilOwn})[^.;!?\n]{0,160}?(?<![\\p{L}])(?:${LEXICON.councilOwnPossessive}${SPACE}+)?${HEAD}${SPACE}*(?:${MARK}${SPACE}*)?$`,
  'u',
);
const ORGAN_SCAN = new RegExp(ORGAN_GROUPS, 'gu');

/** The organs `text` names in full or by acronym, in the order it names them. */
export function* organsNamedIn(text: string): Generator<string | null> {
  for (const found of text.matchAll(ORGAN_SCAN)) yield organOf(found);
}

/**
 * The organ of "the Council"'s own resolution written before `position` ("El Consejo creó la Misión en septiembre de 2019 mediante su
 * resolución 42/25" after "ante el Consejo de Derechos Humanos"): the last organ the document names in full before that sentence's
 * "the Council", when it is a council other than the Security Council (HRC); else null.
 */
export function councilOwnOrgan(text: string, position: number): string | null {
  const windowStart = Math.max(0, position - 200);
  const match = COUNCIL_OWN.exec(text.slice(windowStart, position));
  if (!match) return null;
  let organ: string | null = null;
  for (const named of organsNamedIn(text.slice(0, windowStart + match.index))) organ = named;
  return organ === 'HRC' ? organ : null;
}

/** Does the text name `organ` (in full or by acronym) before `position`? ("the UN Human Rights Council on Thursday established …") */
export function namesOrganBefore(text: string, position: number, organ: string): boolean {
  for (const named of organsNamedIn(text.slice(0, position))) if (named === organ) return true;
  return false;
}

/** The organ named as the subject right after a list of session numbers ("In resolution 46/1, adopted on …, the Human Rights Council"). */
export function organSubjectAfter(after: string): string | null {
  return organOf(ORGAN_SUBJECT_AFTER.exec(after));
}

/** The organ a relative clause holding the list refers to ("le Conseil des droits de l’homme, qui, dans sa résolution 51/37"). */
export function organRelativeBefore(near: string): string | null {
  return organOf(ORGAN_RELATIVE_BEFORE.exec(near));
}

/** The organ the context ties a list of numbers to, or null (the citing organ's own resolutions). */
export function organFromContext(before: string, after: string): string | null {
  return (
    organOf(ORGAN_BEFORE_HEAD.exec(before)) ??
    organOf(HEAD_BEFORE_ORGAN.exec(before)) ??
    organOf(ORGAN_AFTER.exec(after))
  );
}

export const LIST_SEPARATOR = new RegExp(`^${LEXICON.listSeparator}$`);

const PIN_ITEM = '\\d{1,3}(?:\\s*\\(?[a-z]{1,4}\\))?';
const PIN_JOIN =
  '(?:\\s*(?:,|-|–|\\band\\b|\\bet\\b|\\by\\b|\\bи\\b|و|\\bto\\b|\\bà\\b|\\ba\\b|\\bor\\b|\\bou\\b|\\bo\\b)\\s*)';
/** "paragraphs 2 and 3 of its resolution" right before the list. */
const PIN_BEFORE = new RegExp(
  `${LEXICON.pinParagraph}${SPACE}+(${PIN_ITEM}(?:${PIN_JOIN}${PIN_ITEM})*)${SPACE}*,?${SPACE}*${LEXICON.pinLink}(?:${ANY_ORGAN}${SPACE}*)?${HEAD}${SPACE}*(?:${LINK}${SPACE}*)?(?:${ANY_ORGAN}${SPACE}*)?(?:${MARK}${SPACE}*)?$`,
);
const PIN_AFTER_ZH = new RegExp(LEXICON.pinAfterZh);

const PIN_WORDS_ZH = /段|第/g;
const PIN_RANGE = /(\d)\s*(?:\bto\b|\bà\b|\ba\b|\bal\b|\bпо\b|至|-|–)\s*(?=\d)/g;
const PIN_SEPARATOR = /\s*[,、]\s*|\s+(?:and|et|y|и|و|or|ou|o)\s+|\s*[和及]\s*|\s+و/;
const SPACES = /\s+/g;
const PIN_LETTER = /^(\d+)\s*\(?([a-z]+)\)$/;

/**
 * Normalise a pin list to "2, 3", "15 (b)", "16-19". The patterns are module constants: a regex
 * literal in the function made a new RegExp object per call, and V8's optimised code for the
 * chain deoptimised on them.
 */
function cleanPin(raw: string): string {
  const parts = raw.replace(PIN_WORDS_ZH, ' ').replace(PIN_RANGE, '$1-').split(PIN_SEPARATOR);
  const kept: string[] = [];
  for (const part of parts) {
    const spaced = part.replace(SPACES, ' ').trim();
    if (spaced !== '') kept.push(spaced.replace(PIN_LETTER, '$1 ($2)'));
  }
  return kept.join(', ');
}

export function pinBefore(before: string): string | null {
  const match = PIN_BEFORE.exec(before);
  return match ? cleanPin(match[1]!) : null;
}

export function pinAfterZh(after: string): string | null {
  const match = PIN_AFTER_ZH.exec(after);
  return match ? cleanPin(match[1]!) : null;
}

/** "the Committee established pursuant to resolution(s)" right before the list. */
const COMMITTEE_BEFORE = new RegExp(
  `${LEXICON.committee}[^.;:!?\\n]{0,100}?${LEXICON.committeeLink}[^.;:!?\\n]{0,40}$`,
);
const COMMITTEE_AFTER_ZH = new RegExp(LEXICON.committeeAfterZh);

const COMMITTEE_WORD = new RegExp(LEXICON.committee);

export function namesCommittee(before: string, after: string): boolean {
  return (COMMITTEE_WORD.test(before) && COMMITTEE_BEFORE.test(before)) || COMMITTEE_AFTER_ZH.test(after);
}
