/**
 * Resolver: turns the tokens of one span of text (a paragraph) into cited targets. It groups
 * short forms into lists ("resolutions 1267 (1999), 1373 (2001) et 2368 (2017)"), reads the
 * words around each list for its head, organ, pinpoint paragraph and committee naming, and
 * keeps only what the series table says is valid.
 */
import type { CitedTarget } from '../types';
import {
  HEAD_AFTER,
  HEAD_BEFORE,
  LIST_SEPARATOR,
  namesCommittee,
  organFromContext,
  organSubjectAfter,
  organRelativeBefore,
  councilOwnOrgan,
  namesOrganBefore,
  organsNamedIn as organsNamedInText,
  pinAfterZh,
  pinBefore,
} from './lexicon';
import {
  isConsistentScResolution,
  isValidForSeries,
  isValidGaSession,
  isValidHrcSession,
  isValidScResolution,
  isValidYearSession,
  romanResolution,
  romanToNumber,
  scResolution,
  scYearOfNumber,
  scYearOfYearlessNumber,
  yearlessScResolution,
  sessionResolution,
  targetFromSeries,
  yearResolution,
} from './series';
import type { CitationToken } from './tokenize';

export interface ResolvedCitation {
  target: CitedTarget;
  start: number;
  end: number;
  pin?: string;
  note?: string;
}

type ShortToken = Exclude<CitationToken, { type: 'symbol' }>;

/** How far back a list's head may be (a long "Recalling its resolutions …" paragraph restarts at each list). */
const CONTEXT_BEFORE = 240;
const CONTEXT_AFTER = 80;
const NEAR_BEFORE = 110;
const MAX_SEPARATOR = 24;
/** A clause ends at these; the head of a list never lies beyond. */
const CLAUSE_END = /[;!?。；\n]|\.\s(?=[A-ZА-Я])/g;

/** Resolve the tokens found in text[from, to) (one paragraph). */
export function resolveTokens(
  text: string,
  tokens: CitationToken[],
  from: number,
  to: number,
): ResolvedCitation[] {
  const resolved: ResolvedCitation[] = [];
  if (tokens.length === 0) return resolved;
  // a list of short forms being collected; resolved (into `resolved`) when a token does not continue it
  let chain: ShortToken[] = [];
  let previousList: ListContext | null = null;
  let previous: CitationToken | null = null;
  for (const token of tokens) {
    if (token.type === 'symbol') {
      if (chain.length > 0) {
        previousList = resolveList(text, chain, from, to, previousList, resolved);
        chain = [];
      }
      if (!isJointSymbolTail(text, previous, token)) {
        const citation = resolveSymbol(token);
        if (citation) resolved.push(citation);
      }
    } else {
      const last = chain[chain.length - 1];
      if (last && !continuesList(text, last, token)) {
        previousList = resolveList(text, chain, from, to, previousList, resolved);
        chain = [];
      }
      chain.push(token);
    }
    previous = token;
  }
  if (chain.length > 0) resolveList(text, chain, from, to, previousList, resolved);
  return resolved;
}

/**
 * A citation as an object of one shape, pin and note undefined when it has none (extractCitations
 * reads every citation at the same places: one shape keeps its optimised code from deoptimising).
 */
function citationOf(target: CitedTarget, start: number, end: number, pin: string | undefined, note: string | undefined): ResolvedCitation {
  return { target, start, end, pin, note };
}

/** "A/74/976-S/2020/773" is one document with two symbols: cite it once, by the first. */
function isJointSymbolTail(text: string, previous: CitationToken | null, token: CitationToken): boolean {
  return previous?.type === 'symbol' && token.start === previous.end + 1 && text.charCodeAt(previous.end) === 0x2d /* - */;
}

function resolveSymbol(token: Extract<CitationToken, { type: 'symbol' }>): ResolvedCitation | null {
  if (!isValidForSeries(token.series, token.values)) return null;
  return citationOf(targetFromSeries(token.series, token.values), token.start, token.end, undefined, undefined);
}

function continuesList(text: string, last: ShortToken, next: ShortToken): boolean {
  const gap = text.slice(last.end, next.start);
  return gap.length <= MAX_SEPARATOR && LIST_SEPARATOR.test(gap);
}

function clauseTail(text: string, from: number, position: number): string {
  const windowStart = Math.max(from, position - CONTEXT_BEFORE);
  const window = text.slice(windowStart, position);
  let cut = 0;
  CLAUSE_END.lastIndex = 0;
  for (let match = CLAUSE_END.exec(window); match; match = CLAUSE_END.exec(window))
    cut = match.index + match[0].length;
  return window.slice(cut);
}

/** What a resolved list leaves for the next one in the same paragraph. */
interface ListContext {
  type: ShortToken['type'];
  end: number;
  hasHead: boolean;
  organ: string | null;
}

/** "resolutions 57/28 entitled … and 57/155": a list resumed after a title, in the same clause. */
const RESUMES_LIST = /(?:^|[\s,])(?:and|et|y|и|و|和|及)\s*$/u;

function resumesList(text: string, previous: ListContext | null, first: ShortToken, before: string): boolean {
  if (!previous || !previous.hasHead || previous.type !== first.type || !RESUMES_LIST.test(before))
    return false;
  const between = text.slice(previous.end, first.start);
  return between.length <= CONTEXT_BEFORE && !/[;!?。；\n]|\.\s/.test(between);
}

function resolveList(
  text: string,
  list: ShortToken[],
  from: number,
  to: number,
  previous: ListContext | null,
  resolved: ResolvedCitation[],
): ListContext {
  const first = list[0]!;
  const last = list[list.length - 1]!;
  const before = clauseTail(text, from, first.start);
  // End-anchored regexes cost time per character scanned: heads, organs and pins sit close.
  const near = before.length > NEAR_BEFORE ? before.slice(-NEAR_BEFORE) : before;
  const after = text.slice(last.end, Math.min(to, last.end + CONTEXT_AFTER));
  let hasHead = HEAD_BEFORE.test(near) || HEAD_AFTER.test(after);
  let organ = organFromContext(near, after);
  if (!hasHead && resumesList(text, previous, first, near)) {
    hasHead = true;
    organ = organ ?? previous!.organ;
  }
  // "El Consejo creó la Misión … mediante su resolución 42/25" after the Human Rights Council was named: that council's own
  if (organ === null && hasHead && first.type === 'sessionNumber')
    organ = organSubjectAfter(after) ?? organRelativeBefore(near) ?? councilOwnOrgan(text, first.start) ?? hrcSessionOrgan(text, first) ?? yearSessionOrgan(near, first);
  const note = namesCommittee(before, after) ? 'committee' : undefined;
  const pin = hasHead ? pinBefore(near) : null;
  const zhPin = list.length === 1 ? pinAfterZh(after) : null;
  for (let index = 0; index < list.length; index++) {
    const token = list[index]!;
    const target = targetOf(token, hasHead, organ);
    if (!target) continue;
    const tokenPin = index === 0 ? (pin ?? zhPin) : index === list.length - 1 ? zhPin : null;
    resolved.push(citationOf(target, token.start, token.end, tokenPin || undefined, note));
  }
  return { type: last.type, end: last.end, hasHead, organ };
}

/**
 * "In resolution 22/13, adopted without a vote, the 47-member Council decided", "La resolución S-33/1 fue aprobada" after the
 * text named the Human Rights Council: a session no General Assembly resolution bears (the Assembly wrote its sessions 1–30 in
 * roman numerals and held 32 special sessions) but a Human Rights Council resolution can is that Council's, once the text has
 * named it; without that Council named, nothing (as before).
 */
function hrcSessionOrgan(text: string, token: ShortToken): string | null {
  if (token.type !== 'sessionNumber' || isValidGaSession(token.session) || !isValidHrcSession(token.session)) return null;
  return namesOrganBefore(text, token.start, 'HRC') ? 'HRC' : null;
}

/**
 * "El ECOSOC lo hizo mediante la resolución 1992/1": a year as the session (no General Assembly or Human Rights Council session) is
 * the resolution of the organ that numbers its resolutions by year (ECOSOC, the Commission on Human Rights) last named in the clause
 * before it; none named there, nothing.
 */
function yearSessionOrgan(near: string, token: ShortToken): string | null {
  if (token.type !== 'sessionNumber' || !/^\d{4}$/u.test(token.session)) return null;
  let organ: string | null = null;
  for (const named of organsNamedInText(near)) organ = named;
  return organ === 'ECOSOC' || organ === 'CHR' ? organ : null;
}

/**
 * "2312 (2106)": a year out of range whose digits are those of the year the number was adopted
 * in is a typing slip the UN itself links to the right resolution (S/RES/2312 (2016)).
 */
function repairedYear(number: number, year: number): number {
  if (isValidScResolution(number, year)) return year;
  const expected = scYearOfNumber(number);
  return sortedDigits(expected) === sortedDigits(year) ? expected : year;
}

function sortedDigits(value: number): string {
  return [...String(value)].sort().join('');
}

/** What a short form cites given its list's context, or null when it cites nothing we can name. */
function targetOf(token: ShortToken, hasHead: boolean, organ: string | null): CitedTarget | null {
  switch (token.type) {
    case 'numberYear': {
      // A bare "NNNN (YYYY)" is a Council resolution only in the Council's own numbering.
      if (organ === 'GA' || organ === 'HRC') return null;
      const number = Number(token.number);
      const year = hasHead ? repairedYear(number, token.year) : token.year;
      const valid = hasHead ? isValidScResolution(number, year) : isConsistentScResolution(number, year);
      return valid ? scResolution(String(number), year) : null;
    }
    case 'sessionNumber': {
      if (!hasHead && organ !== 'GA' && organ !== 'HRC') return null;
      const number = Number(token.number);
      if (number < 1 || number > 400) return null;
      // "resolution 1992/1 of the Economic and Social Council", "Commission on Human Rights resolution 1993/6"
      if (/^\d{4}$/u.test(token.session)) {
        const year = Number(token.session);
        return (organ === 'ECOSOC' || organ === 'CHR') && isValidYearSession(organ, year) ? yearResolution(organ, year, String(number)) : null;
      }
      if (organ === 'HRC') {
        return isValidHrcSession(token.session)
          ? sessionResolution('HRC', token.session, String(number), token.year)
          : null;
      }
      return isValidGaSession(token.session)
        ? sessionResolution('GA', token.session, String(number), token.year)
        : null;
    }
    case 'bareNumber': {
      // "resolution 2354": the Council's, in the year the table of its numbering is certain of, or without a year
      // (the token stands after a head by construction: "résolution du Conseil 2692" too)
      if (organ === 'GA' || organ === 'HRC') return null;
      const year = scYearOfYearlessNumber(Number(token.number));
      return year === null ? yearlessScResolution(String(Number(token.number))) : scResolution(String(Number(token.number)), year);
    }
    case 'numberRoman': {
      if (!hasHead && organ !== 'GA') return null;
      const session = romanToNumber(token.roman.replace(/^E?S-/, ''));
      if (session === null || session > 40) return null;
      return romanResolution(String(Number(token.number)), token.roman);
    }
  }
}
