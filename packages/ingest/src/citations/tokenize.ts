/**
 * Tokeniser: one regex pass over the text turns every candidate citation into a typed token.
 * No NLP here: this is the hot path of ingest (≥ 20 MB/s on one core). Explicit symbols come
 * from the series table; short forms ("1373 (2001)", "60/288", "3379 (XXX)") are left for the
 * resolver to judge from their context.
 */
import { YEARLESS_CONTEXT, YEARLESS_HEAD_AFTER } from './lexicon';
import { SERIES, SHORT_FORMS, type SeriesDefinition } from './series';

export type CitationToken =
  | { type: 'symbol'; start: number; end: number; series: SeriesDefinition; values: Record<string, string> }
  | { type: 'numberYear'; start: number; end: number; number: string; year: number }
  | {
      type: 'sessionNumber';
      start: number;
      end: number;
      session: string;
      number: string;
      year: number | null;
    }
  | { type: 'numberRoman'; start: number; end: number; number: string; roman: string }
  /** "resolution 2354", "résolution du Conseil 2692", "第1267号决议": a number without year, right after a resolution head */
  | { type: 'bareNumber'; start: number; end: number; number: string };

interface Alternative {
  /** index of the alternative's own wrapping group in the match array */
  groupIndex: number;
  groupCount: number;
  /** the token from the alternative's captures: match[groupIndex + 1 …] */
  build(start: number, end: number, match: RegExpExecArray, first: number): CitationToken;
}

/** Explicit symbols may not continue a longer token ("ch/S/RES/…" link debris, "XS/2019/1"). */
const SYMBOL_BOUNDARY = '(?<![A-Za-z0-9/])';
/** Short forms may not be the tail of a number, symbol or date ("11.1", "S/2018/1177", "1999/31"). */
const SHORT_BOUNDARY = '(?<![A-Za-z0-9/.\\-])';

function countGroups(source: string): number {
  return new RegExp(`${source}|`).exec('')!.length - 1;
}

function compile(): { regex: RegExp; alternatives: Alternative[] } {
  const sources: string[] = [];
  const alternatives: Alternative[] = [];
  let groupIndex = 1;
  const add = (source: string, build: Alternative['build']): void => {
    const groupCount = countGroups(source);
    sources.push(`(${source})`);
    alternatives.push({ groupIndex, groupCount, build });
    groupIndex += groupCount + 1;
  };
  for (const series of SERIES) {
    add(`${SYMBOL_BOUNDARY}${series.pattern}`, (start, end, match, first) => {
      const values: Record<string, string> = {};
      for (let index = 0; index < series.groups.length; index++) {
        const value = match[first + index];
        if (value !== undefined) values[series.groups[index]!] = value;
      }
      return token('symbol', start, end, series, values, undefined, undefined, undefined, undefined);
    });
  }
  add(`${SHORT_BOUNDARY}${SHORT_FORMS.sessionNumber}`, (start, end, match, first) =>
    token(
      'sessionNumber',
      start,
      end,
      undefined,
      undefined,
      match[first + 1]!,
      match[first + 2] === undefined ? null : Number(match[first + 2]),
      match[first]!,
      undefined,
    ),
  );
  add(`${SHORT_BOUNDARY}${SHORT_FORMS.numberRoman}`, (start, end, match, first) =>
    token('numberRoman', start, end, undefined, undefined, match[first]!, undefined, undefined, match[first + 1]!),
  );
  add(`${SHORT_BOUNDARY}${SHORT_FORMS.numberYear}`, (start, end, match, first) =>
    token('numberYear', start, end, undefined, undefined, match[first]!, Number(match[first + 1]), undefined, undefined),
  );
  // the digits come first, so the head is looked for (behind them) only where a number stands
  add(`${SHORT_BOUNDARY}${SHORT_FORMS.bareNumber}(?:(?<=${YEARLESS_CONTEXT}\\d{3,4})|(?=${YEARLESS_HEAD_AFTER}))`, (start, end, match, first) =>
    token('bareNumber', start, end, undefined, undefined, match[first]!, undefined, undefined, undefined),
  );
  return { regex: new RegExp(sources.join('|'), 'g'), alternatives };
}

/**
 * A token of any type as an object of one shape: every field there, those its type has not
 * undefined. The resolver reads tokens of all five types at the same places (type, start, end,
 * number, year): with one shape V8's optimised code for them stays monomorphic, where five shapes
 * deoptimised it each time another appeared. Positional, so that no argument object of a shape
 * per type is read either.
 */
function token(
  type: CitationToken['type'],
  start: number,
  end: number,
  series: SeriesDefinition | undefined,
  values: Record<string, string> | undefined,
  number: string | undefined,
  year: number | null | undefined,
  session: string | undefined,
  roman: string | undefined,
): CitationToken {
  return { type, start, end, series, values, number, year, session, roman } as CitationToken;
}

const { regex: MASTER, alternatives: ALTERNATIVES } = compile();

/** Every candidate citation token in text[from, to), in text order. */
export function tokenize(text: string, from = 0, to = text.length): CitationToken[] {
  const tokens: CitationToken[] = [];
  // One shared scanner: tokenize runs synchronously to completion, so lastIndex cannot be disturbed.
  const scanner = MASTER;
  scanner.lastIndex = 0;
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let match = scanner.exec(slice); match; match = scanner.exec(slice)) {
    const alternative = matchedAlternative(match);
    if (!alternative) continue;
    const start = from + match.index;
    tokens.push(alternative.build(start, start + match[0].length, match, alternative.groupIndex + 1));
  }
  return tokens;
}

function matchedAlternative(match: RegExpExecArray): Alternative | undefined {
  for (const alternative of ALTERNATIVES) if (match[alternative.groupIndex] !== undefined) return alternative;
  return undefined;
}
