/**
 * The table of UN document series (data/citations/series.json): explicit-symbol patterns,
 * canonical forms and validity. Citation forms are data, as in eyecite's reporters table;
 * this module only compiles them.
 */
import seriesData from '../../../../data/citations/series.json';
import type { CitedTarget } from '../types';

type TargetKind = CitedTarget['kind'];

export interface SeriesDefinition {
  id: string;
  kind: TargetKind;
  organ: string;
  pattern: string;
  groups: string[];
  canonical: string;
  valid: Record<string, number[]>;
}

interface SeriesFile {
  series: SeriesDefinition[];
  shortForms: { numberYear: string; sessionNumber: string; numberRoman: string; bareNumber: string };
  scResolutionFirstNumberByYear: Record<string, number | string>;
  scYearSlack: number;
  scResolutionNumbersByYear: Record<string, number[] | string>;
}

const DATA = seriesData as unknown as SeriesFile;

export const SERIES: readonly SeriesDefinition[] = DATA.series;
export const SHORT_FORMS = DATA.shortForms;

/** Sorted [year, first number] pairs for the SC number/year consistency check. */
const SC_YEAR_STARTS: Array<[number, number]> = Object.entries(DATA.scResolutionFirstNumberByYear)
  .filter(([year]) => /^\d{4}$/.test(year))
  .map(([year, first]) => [Number(year), Number(first)] as [number, number])
  .sort((a, b) => a[0] - b[0]);

/** The year a Security Council resolution number was (about to be) adopted in. */
export function scYearOfNumber(number: number): number {
  let year = SC_YEAR_STARTS[0]![0];
  for (const [candidate, first] of SC_YEAR_STARTS) {
    if (number >= first) year = candidate;
    else break;
  }
  return year;
}

/** [first, last] numbers certainly adopted in each year (scResolutionNumbersByYear), by first number. */
const SC_YEAR_RANGES: Array<[year: number, first: number, last: number]> = Object.entries(DATA.scResolutionNumbersByYear)
  .filter(([year]) => /^\d{4}$/.test(year))
  .map(([year, range]) => [Number(year), (range as number[])[0]!, (range as number[])[1]!] as [number, number, number])
  .sort((a, b) => a[1] - b[1]);

/**
 * The year a Council resolution written without one ("resolution 2354") was adopted in, when the
 * table of certain ranges says so; null when the number is in none (near an uncertain boundary,
 * before 1990 but for a few, or after the table).
 */
export function scYearOfYearlessNumber(number: number): number | null {
  for (const [year, first, last] of SC_YEAR_RANGES) {
    if (number < first) return null;
    if (number <= last) return year;
  }
  return null;
}

/** The years of the table of certain ranges, each [year, first, last] (for tests and docs). */
export function scYearRanges(): ReadonlyArray<readonly [number, number, number]> {
  return SC_YEAR_RANGES;
}

/** Does "number (year)" look like a real SC resolution? (year within the slack of the table) */
export function isConsistentScResolution(number: number, year: number): boolean {
  if (!isValidScResolution(number, year)) return false;
  return Math.abs(scYearOfNumber(number) - year) <= DATA.scYearSlack;
}

const SC_SERIES = DATA.series.find((series) => series.id === 'sc-resolution')!;

export function isValidScResolution(number: number, year: number): boolean {
  return withinRange(SC_SERIES.valid.number, number) && withinRange(SC_SERIES.valid.year, year);
}

function withinRange(range: number[] | undefined, value: number): boolean {
  if (!range) return true;
  const [min, max] = range;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** Check every numeric group against the series' validity table. */
export function isValidForSeries(series: SeriesDefinition, values: Record<string, string>): boolean {
  for (const [group, range] of Object.entries(series.valid)) {
    const raw = values[group];
    if (raw === undefined) continue;
    const numeric = Number(raw.replace(/^E?S-/, ''));
    if (Number.isFinite(numeric) && !withinRange(range, numeric)) return false;
  }
  if (values.roman !== undefined && romanToNumber(values.roman.replace(/^E?S-/, '')) === null) return false;
  return true;
}

export function formatCanonical(template: string, values: Record<string, string>): string {
  // templates alternate literal text and {names}: split once, then joined per citation
  let parts = TEMPLATE_PARTS.get(template);
  if (!parts) TEMPLATE_PARTS.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0]!;
  for (let index = 1; index < parts.length; index += 2)
    out += (values[parts[index]!] ?? '') + parts[index + 1]!;
  return out;
}

const TEMPLATE_PARTS = new Map<string, string[]>();

/** Build the cited target of an explicit symbol match. */
export function targetFromSeries(series: SeriesDefinition, values: Record<string, string>): CitedTarget {
  const symbol = formatCanonical(series.canonical, values);
  if (series.kind === 'Resolution') {
    const number = values.session !== undefined ? `${values.session}/${values.number}` : (values.number ?? '');
    return citedTarget('Resolution', symbol, series.organ, number, values.year !== undefined ? Number(values.year) : null);
  }
  if (series.kind === 'Statement') {
    return citedTarget('Statement', symbol, series.organ, values.number, values.year !== undefined ? Number(values.year) : null);
  }
  return citedTarget(series.kind, symbol, undefined, undefined, undefined);
}

/**
 * Every cited target as an object of one shape (a document's has no organ, number or year:
 * undefined there). Targets are read at the same places whatever their kind (extractCitations,
 * buildFragments): one shape keeps V8's optimised code for those reads from deoptimising.
 */
function citedTarget(
  kind: CitedTarget['kind'],
  symbol: string,
  organ: string | undefined,
  number: string | undefined,
  year: number | null | undefined,
): CitedTarget {
  return { kind, symbol, organ, number, year };
}

export function scResolution(number: string, year: number): CitedTarget {
  return citedTarget('Resolution', `S/RES/${number} (${year})`, 'SC', number, year);
}

/** A Council resolution named by its number alone, whose year is not certain: "S/RES/2800", year null. */
export function yearlessScResolution(number: string): CitedTarget {
  return citedTarget('Resolution', `S/RES/${number}`, 'SC', number, null);
}

/** Is the target a Council resolution without a year (only ever mentioned, never cited)? */
export function isYearlessScResolution(target: CitedTarget): boolean {
  return target.kind === 'Resolution' && target.organ === 'SC' && (target.year ?? null) === null;
}

/** GA (or HRC) resolution written session/number: "60/288", "ES-10/2", "S-8/1". */
export function sessionResolution(
  organ: 'GA' | 'HRC',
  session: string,
  number: string,
  year: number | null,
): CitedTarget {
  const prefix = organ === 'HRC' ? 'A/HRC/RES' : 'A/RES';
  return citedTarget('Resolution', `${prefix}/${session}/${number}`, organ, `${session}/${number}`, year);
}

/** ECOSOC's or the Commission on Human Rights' resolution written year/number: "1992/1" (E/RES/1992/1), "1993/6" (E/CN.4/RES/1993/6). */
export function yearResolution(organ: 'ECOSOC' | 'CHR', year: number, number: string): CitedTarget {
  const prefix = organ === 'CHR' ? 'E/CN.4/RES' : 'E/RES';
  return citedTarget('Resolution', `${prefix}/${year}/${number}`, organ, `${year}/${number}`, year);
}

/** The years of the organs that number their resolutions year/number (ECOSOC since 1946; the Commission on Human Rights until 2006). */
export function isValidYearSession(organ: 'ECOSOC' | 'CHR', year: number): boolean {
  return year >= 1946 && year <= (organ === 'CHR' ? 2006 : 2030);
}

/** Older GA resolution written number (roman session): "3379 (XXX)". */
export function romanResolution(number: string, roman: string): CitedTarget {
  return citedTarget('Resolution', `A/RES/${number} (${roman})`, 'GA', number, null);
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Strict roman numeral (I..LXXXIX) to number, or null when malformed. */
export function romanToNumber(roman: string): number | null {
  if (!/^L?X{0,3}(?:IX|IV|V?I{0,3})$/.test(roman) || roman === '') return null;
  let total = 0;
  for (let index = 0; index < roman.length; index += 1) {
    const value = ROMAN_VALUES[roman[index]!]!;
    const next = ROMAN_VALUES[roman[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** GA sessions written n/n: regular sessions 31 on (earlier ones used roman numerals), special S-n, emergency ES-n. */
export function isValidGaSession(session: string): boolean {
  const special = /^(E?S)-(\d{1,2})$/.exec(session);
  if (special) return Number(special[2]) >= 1 && Number(special[2]) <= (special[1] === 'ES' ? 11 : 32);
  const regular = Number(session);
  return regular >= 31 && regular <= 85;
}

export function isValidHrcSession(session: string): boolean {
  const value = Number(session.replace(/^S-/, ''));
  return value >= 1 && value <= 70;
}
