import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { identify } from './identity';
import { detectLanguage } from './language';
import { loadFile } from './load';
import { normaliseText } from './normalise';
import { segmentDocument } from './segment';
import type { Segment } from './types';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

function segmentFile(path: string): { text: string; segments: Segment[]; own: string | null } {
  const loaded = loadFile(`${CORPUS}${path}`);
  const text = normaliseText(loaded.text);
  const identity = identify(text, loaded.declared, loaded.declared.lang ?? detectLanguage(text).lang);
  return { text, segments: segmentDocument(text, identity), own: identity.symbol };
}

const paragraphs = (segments: Segment[]) =>
  segments.filter((s) => s.section === 'operative').map((s) => s.paragraph);
const startsWith = (text: string, segment: Segment | undefined) =>
  segment ? text.slice(segment.start, segment.end) : '';

describe('segmentDocument: resolutions', () => {
  it.each(['en', 'fr', 'es', 'ru', 'ar', 'zh'])(
    'S/RES/2505 (2020) in %s: cover, 4 preambular paragraphs, operative 1–9 with 2 (a)–(d)',
    (lang) => {
      const { text, segments, own } = segmentFile(`unsc/text/S_RES_2505_2020.${lang}.txt`);
      expect(own).toBe('S/RES/2505 (2020)');
      expect(segments[0]!.section).toBe('cover');
      expect(segments.filter((s) => s.section === 'preamble')).toHaveLength(4);
      expect(paragraphs(segments).slice(0, 7)).toEqual(['1', '2', '2 (a)', '2 (b)', '2 (c)', '2 (d)', '3']);
      expect(paragraphs(segments).at(-1)).toBe('9');
      expect(segments.every((s) => s.textOf === 'S/RES/2505 (2020)')).toBe(true);
      // spans are exact, non-overlapping and in order
      for (const [index, segment] of segments.entries()) {
        expect(segment.end).toBeGreaterThan(segment.start);
        if (index > 0) expect(segment.start).toBeGreaterThan(segments[index - 1]!.end);
        expect(text.slice(segment.start, segment.end)).toBe(text.slice(segment.start, segment.end).trim());
      }
    },
  );

  it.each(['en', 'fr', 'es', 'ru', 'ar', 'zh'])(
    'S/RES/2583 (2021) in %s, text and AKN: 3 preambular paragraphs, then one unnumbered decision (ar: a letter-spaced "إ ن مجلس الأمن،")',
    (lang) => {
      for (const path of [`unsc/text/S_RES_2583_2021.${lang}.txt`, `unsc/xml/S_RES_2583_2021.${lang}.xml`]) {
        const { text, segments } = segmentFile(path);
        expect(segments.filter((s) => s.section === 'preamble')).toHaveLength(3);
        const operative = segments.filter((s) => s.section === 'operative');
        expect(operative).toHaveLength(1);
        expect(startsWith(text, operative[0])).toMatch(/^(?:Decides|Décide|Decide|постановляет|يقرر|决定)/u);
      }
    },
  );

  it('the AKN XML gives the same segments as the UN plain text', () => {
    for (const lang of ['en', 'ar', 'zh']) {
      const fromText = segmentFile(`unsc/text/S_RES_2505_2020.${lang}.txt`);
      const fromXml = segmentFile(`unsc/xml/S_RES_2505_2020.${lang}.xml`);
      expect(fromXml.segments).toEqual(fromText.segments);
    }
  });

  it('Arabic numbering "1 -" and abjad letters (أ) (ب) become 1, 2 (a), 2 (b)', () => {
    const { text, segments } = segmentFile('unsc/text/S_RES_2505_2020.ar.txt');
    const sub = segments.find((s) => s.paragraph === '2 (b)');
    expect(startsWith(text, sub)).toMatch(/^\(ب\)/);
  });

  it('Arabic-Indic digits and roman sub-sub-paragraphs', () => {
    const text = 'إن مجلس الأمن،\nإذ يشير إلى قراراته،\n١ - يقرر ما يلي:\n(أ) أن\n(ب) أن\n٢ - يطلب';
    const identity = {
      lang: 'ar',
      docType: 'resolution' as const,
      symbol: 'S/RES/1 (2020)',
      title: '',
      date: null,
      meeting: null,
      textOf: ['S/RES/1 (2020)'],
    };
    expect(paragraphs(segmentDocument(text, identity))).toEqual(['1', '1 (a)', '1 (b)', '2']);
    const english =
      'The Security Council,\nRecalling,\n1. Decides:\n(a) that;\n(i) first;\n(ii) second;\n(b) then;\n(h) eighth;\n(i) ninth;';
    expect(paragraphs(segmentDocument(english, { ...identity, lang: 'en' }))).toEqual([
      '1',
      '1 (a)',
      '1 (a) (i)',
      '1 (a) (ii)',
      '1 (b)',
      '1 (h)',
      '1 (i)',
    ]);
  });

  it('old English resolution 1373 (2001): operative 1–9 with lettered sub-paragraphs', () => {
    const { segments } = segmentFile('unsc/text/S_RES_1373_2001.en.txt');
    const numbers = paragraphs(segments);
    expect(numbers).toContain('1 (d)');
    expect(numbers).toContain('2 (g)');
    expect(numbers).toContain('3 (g)');
    expect(numbers.filter((p) => !p!.includes('('))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('a resolution whose only operative paragraph is unnumbered (S/RES/1318 (2000))', () => {
    const { text, segments } = segmentFile('unsc/text/S_RES_1318_2000.en.txt');
    const operative = segments.filter((s) => s.section === 'operative');
    expect(startsWith(text, operative[0])).toMatch(/^Decides to adopt the attached declaration/);
  });

  it('seed 003 (Markdown): 20 operative paragraphs, 6 (a)–(d), and paragraph 5 rejoined across the page break', () => {
    const { text, segments } = segmentFile('seeds/003_806dc498987e8b5c.txt');
    const numbers = paragraphs(segments);
    expect(numbers.filter((p) => !p!.includes('('))).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1)),
    );
    expect(numbers).toEqual(expect.arrayContaining(['6 (a)', '6 (b)', '6 (c)', '6 (d)']));
    expect(
      startsWith(
        text,
        segments.find((s) => s.paragraph === '5'),
      ),
    ).toContain("y compris en renforçant, s'il y a lieu");
    expect(segments.filter((s) => s.section === 'preamble')).toHaveLength(21);
  });
});

describe('segmentDocument: statements, press releases, news', () => {
  it('a presidential statement: cover, then the statement paragraphs attributed to it', () => {
    const { text, segments } = segmentFile('unsc/text/S_PRST_2005_10.en.txt');
    expect(segments[0]!.section).toBe('cover');
    expect(startsWith(text, segments[0])).toContain('At the 5133rd meeting');
    const body = segments.slice(1);
    expect(body.length).toBeGreaterThan(2);
    expect(body.every((s) => s.section === 'operative' && s.textOf === 'S/PRST/2005/10')).toBe(true);
    expect(startsWith(text, body[0])).toMatch(/^"The Security Council condemns/);
  });

  it('seed 001: the narrative is body, the quoted draft S/2019/580 is the text of S/RES/2482 (2019)', () => {
    const { text, segments } = segmentFile('seeds/001_c19ed2f20ea50625.txt');
    const body = segments.filter((s) => s.section === 'body');
    expect(body.every((s) => s.textOf === null)).toBe(true);
    expect(startsWith(text, body[0])).toBe('8582e séance – matin');
    const quoted = segments.filter((s) => s.textOf === 'S/RES/2482 (2019)');
    expect(
      startsWith(
        text,
        quoted.find((s) => s.section === 'preamble'),
      ),
    ).toMatch(/^Rappelant ses résolutions 1267 \(1999\)/);
    expect(paragraphs(segments).filter((p) => !p!.includes('('))).toEqual(
      Array.from({ length: 26 }, (_, i) => String(i + 1)),
    );
    // the missing parenthesis of "c     de faire respecter" is recovered from the sequence
    expect(paragraphs(segments)).toEqual(
      expect.arrayContaining([
        '15 (a)',
        '15 (b)',
        '15 (c)',
        '15 (d)',
        '15 (e)',
        '15 (f)',
        '10 (a)',
        '10 (b)',
      ]),
    );
    expect(startsWith(text, segments.at(-1))).toBe(
      "À l'intention des organes d'information. Document non officiel.",
    );
    expect(segments.at(-1)!.section).toBe('body');
  });

  it('news: body paragraphs, no text of a resolution', () => {
    const { segments } = segmentFile('seeds/000_b8c7aa9f59466be0.txt');
    expect(segments.length).toBeGreaterThan(5);
    expect(segments.every((s) => s.section === 'body' && s.textOf === null && s.paragraph === null)).toBe(
      true,
    );
  });
});
