/**
 * Finders run only where they can fire (triggers.ts): the token test and its irregular cases, and
 * each gated finder against itself ungated on real texts (the seeds, the news, a sample of the
 * parallel corpus in its six languages).
 */
import { describe, expect, it } from 'vitest';
import { corpusSample } from './testing-corpus';
import type { SegmentedDocument } from '../types';
import { findSubsidiaryBodies, prepareSubsidiaryBodies } from './committees';
import { findFederalGovernments, prepareFederalGovernments } from './federal';
import { foldAndTokenize } from './fold';
import { recogniseEntities } from './index';
import { KEYWORD, KEYWORDS } from './keywords';
import { findMandates, prepareMandates } from './mandates';
import { scan } from './matcher';
import { EntityTable, loadGazetteer } from './gazetteer';
import { testDocument } from './testing';
import { firstWords, irregular, segmentsHolding, unsureWithoutTrigger } from './triggers';

/** The seeds, the news and every 12th file of the parallel corpus (all six languages come round). */
const realDocuments = (): SegmentedDocument[] => corpusSample(12);

describe('the token test and where it cannot vouch', () => {
  it('takes the first word of each phrase, and refuses phrases whose first word a token may not be', () => {
    expect(firstWords(['calls upon', 'requests', 'requests', 'décide'])).toEqual(['calls', 'requests', 'décide']);
    expect(firstWords(['2requests'])).toBeNull();
    expect(firstWords(['requests2'])).toBeNull();
    expect(firstWords([' requests'])).toBeNull();
    // a combining mark: the verb finder strips it
    expect(firstWords(['de\u0301cide'])).toBeNull();
  });

  it('finds a letter glued to a digit, a mark, a tatweel, "İ", "Σ", a surrogate and an ideograph', () => {
    const plain = 'Requests the Secretary-General (S/2020/1) to report, in 2021';
    expect(irregular(plain, 0, plain.length)).toBe(false);
    for (const text of ['2requests', 'requests2', 'de\u0301cide', 'يطلـب', 'İstanbul', 'ΣΟΦΙΑ', 'a \ud835\udc00', '请']) {
      expect(irregular(text, 0, text.length), text).toBe(true);
    }
    expect(irregular('1st', 0, 3)).toBe(true);
    // glued across the range's end
    expect(irregular('requests2', 0, 8)).toBe(true);
  });

  it('marks the segments holding a trigger, and reads a segment cut inside a word as unsure', () => {
    prepareMandates();
    const doc = testDocument('1. Welcomes the report.\n2. Requests the Secretary-General to report.\n3. Notes it.', { lang: 'en', textOf: 'S/RES/1 (2000)' });
    const { tokens } = foldAndTokenize(doc.text);
    const holding = segmentsHolding(KEYWORD.MANDATE_VERB, KEYWORDS.hits(tokens), tokens, doc.segments);
    expect([...holding]).toEqual([0, 1, 0]);
    expect(unsureWithoutTrigger(doc.text, tokens, doc.segments[0]!.start, doc.segments[0]!.end)).toBe(false);
    expect(unsureWithoutTrigger(doc.text, tokens, doc.segments[0]!.start + 5, doc.segments[0]!.end)).toBe(true);
  });
});

describe('mandates: paragraphs without a task verb are not read', () => {
  it('still reads a verb glued to a digit (one token, but a word start for the verb finder)', () => {
    prepareMandates();
    const doc = testDocument('1. 2Requests the Secretary-General to report.', { lang: 'en', textOf: 'S/RES/1 (2000)' });
    const { mentions, units, tokens, hits } = recogniseEntities(doc);
    const ungated = findMandates(doc, mentions, units, tokens);
    expect(ungated.map((mandate) => mandate.body)).toEqual(['SG']);
    expect(findMandates(doc, mentions, units, tokens, hits)).toEqual(ungated);
  });

  it('gives the same mandates gated and ungated on real texts, and skips paragraphs there', () => {
    let skipped = 0;
    let operative = 0;
    for (const doc of realDocuments()) {
      const { mentions, units, tokens, hits } = recogniseEntities(doc);
      expect(findMandates(doc, mentions, units, tokens, hits), doc.source).toEqual(findMandates(doc, mentions, units, tokens));
      const holding = segmentsHolding(KEYWORD.MANDATE_VERB, hits, tokens, doc.segments);
      doc.segments.forEach((segment, index) => {
        if (segment.section !== 'operative') return;
        operative++;
        if (holding[index] === 0 && !unsureWithoutTrigger(doc.text, tokens, segment.start, segment.end)) skipped++;
      });
    }
    if (operative === 0) return;
    expect(skipped).toBeGreaterThan(0);
  });
});

describe('subsidiary bodies: patterns whose words a document lacks are not run', () => {
  it('gives the same bodies with and without the words on real texts', () => {
    prepareSubsidiaryBodies();
    let found = 0;
    const docs = realDocuments();
    for (const doc of docs) {
      const { tokens } = foldAndTokenize(doc.text);
      const gated = findSubsidiaryBodies(doc.text, KEYWORDS.flagsIn(KEYWORDS.hits(tokens), tokens));
      expect(gated, doc.source).toEqual(findSubsidiaryBodies(doc.text));
      found += gated.length;
    }
    if (docs.length > 0) expect(found).toBeGreaterThan(0);
  });
});

describe('federal Governments: a text without an inner word of a form is not searched', () => {
  it('finds "the Federal Government" gated as ungated, and skips a text without an inner word ("Federal", "Government")', () => {
    prepareFederalGovernments();
    const gazetteer = loadGazetteer();
    const federal = 'Somalia and Kenya. Somalia. The Security Council welcomes the efforts of the Federal Government and Somalia.';
    const none = 'Somalia and Kenya. Somalia. The Security Council welcomes the efforts of the authorities and Somalia.';
    for (const [text, expected] of [[federal, 1], [none, 0]] as const) {
      const { tokens } = foldAndTokenize(text);
      const flags = KEYWORDS.flagsIn(KEYWORDS.hits(tokens), tokens);
      const names = scan(gazetteer.matcher, { text });
      const entities = new EntityTable(gazetteer.entities);
      const gated = findFederalGovernments(text, 'en', names, entities, flags);
      expect(gated).toEqual(findFederalGovernments(text, 'en', names, entities));
      expect(gated).toHaveLength(expected);
      expect((flags & KEYWORD.FEDERAL) !== 0).toBe(expected > 0);
    }
  });

  it('gives the same mentions gated and ungated on real texts', () => {
    prepareFederalGovernments();
    const gazetteer = loadGazetteer();
    for (const doc of realDocuments()) {
      const { tokens } = foldAndTokenize(doc.text);
      const flags = KEYWORDS.flagsIn(KEYWORDS.hits(tokens), tokens);
      const names = scan(gazetteer.matcher, { text: doc.text });
      const entities = new EntityTable(gazetteer.entities);
      expect(findFederalGovernments(doc.text, doc.identity.lang, names, entities, flags), doc.source).toEqual(
        findFederalGovernments(doc.text, doc.identity.lang, names, entities),
      );
    }
  });
});
