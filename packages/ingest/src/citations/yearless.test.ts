/**
 * Council resolutions named without a year: the table of the Council's numbering
 * (data/citations/series.json `scResolutionNumbersByYear`) against the corpus's own record of
 * adoption dates, and year-less numbers in whole documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testDocument } from '../entities/testing';
import { buildFragments } from '../pipeline';
import { extractCitations } from './index';
import { scYearOfYearlessNumber, scYearRanges } from './series';

const DOCUMENTS = new URL('../../../../../shared/corpus/unsc/documents.jsonl', import.meta.url);

describe('the table of the Council numbering by year', () => {
  it('has ranges in order, never overlapping', () => {
    const ranges = scYearRanges();
    for (let index = 1; index < ranges.length; index++) {
      const [year, first] = ranges[index]!;
      const [previousYear, , previousLast] = ranges[index - 1]!;
      expect(year).toBeGreaterThan(previousYear);
      expect(first).toBeGreaterThan(previousLast);
    }
  });
  it.skipIf(!existsSync(DOCUMENTS) && process.env.CI !== 'true')('gives every resolution of the corpus the year it was adopted in (documents.jsonl)', () => {
    const resolutions = readFileSync(DOCUMENTS, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { symbol?: string; adoption_date?: string })
      .flatMap((record) => {
        const number = /^S\/RES\/(\d+)/.exec(record.symbol ?? '')?.[1];
        const year = /\d{4}/.exec(record.adoption_date ?? '')?.[0];
        return number && year ? [{ number: Number(number), year: Number(year) }] : [];
      });
    expect(resolutions.length).toBeGreaterThan(1000);
    const wrong = resolutions.filter(({ number, year }) => {
      const tableYear = scYearOfYearlessNumber(number);
      return tableYear !== null && tableYear !== year;
    });
    expect(wrong).toEqual([]);
    // the corpus years are exact: every resolution of 2000–2009 and 2020–2021 gets its year
    expect(resolutions.filter(({ number }) => scYearOfYearlessNumber(number) === null)).toEqual([]);
  });
  it('leaves a number near an uncertain boundary, or after the table, without a year', () => {
    expect(scYearOfYearlessNumber(2354)).toBe(2017);
    expect(scYearOfYearlessNumber(242)).toBe(1967);
    expect(scYearOfYearlessNumber(2670)).toBeNull();
    expect(scYearOfYearlessNumber(2900)).toBeNull();
    expect(scYearOfYearlessNumber(100)).toBeNull();
  });
});

describe('year-less numbers in a document', () => {
  it('takes the year the document gives the number elsewhere (UNIDIR, resolution 2370 (2017))', () => {
    const text =
      'Launch of technical guidelines to facilitate the implementation of Security Council resolution 2370 (2017).\nThe guidelines facilitate the implementation of resolution 2370 and of resolution 2799.';
    const targets = extractCitations(testDocument(text, { lang: 'en' })).map((citation) => citation.target.symbol);
    expect(targets).toEqual(['S/RES/2370 (2017)', 'S/RES/2370 (2017)', 'S/RES/2799']);
  });
  it('dates a number the document gives with a year, even outside the table', () => {
    const text = 'Recalling its resolution 2799 (2025),\nRecalling also resolution 2799 and resolution 2800,';
    const targets = extractCitations(testDocument(text, { lang: 'en', textOf: 'S/RES/2801 (2025)' })).map((citation) => citation.target.symbol);
    expect(targets).toEqual(['S/RES/2799 (2025)', 'S/RES/2799 (2025)', 'S/RES/2800']);
  });
});

describe('year-less numbers in the graph', () => {
  it('cites a dated number and only mentions a bare one, even in a resolution', () => {
    const doc = testDocument('Recalling its resolution 2178 and resolution 2800,', { lang: 'en', textOf: 'S/RES/2801 (2025)' });
    const { fragment } = buildFragments(doc, extractCitations(doc));
    const edges = fragment.edges.map((edge) => `${edge.kind} ${edge.target}`).sort();
    expect(edges).toEqual(['CITES S/RES/2178 (2014)', 'MENTIONS S/RES/2800', 'TEXT_OF S/RES/2801 (2025)']);
    expect(fragment.nodes.find((node) => node.key === 'S/RES/2800')?.attributes).toMatchObject({ kind: 'Resolution', organ: 'SC', number: '2800', year: null });
  });
});
