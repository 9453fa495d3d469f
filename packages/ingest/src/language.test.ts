import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { normaliseText } from './normalise';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const read = (path: string): string => normaliseText(readFileSync(`${CORPUS}${path}`, 'utf8'));

describe('detectLanguage', () => {
  it.each(['en', 'fr', 'es', 'ru', 'ar', 'zh'])(
    'recognises the %s text of resolution 2505 (2020) and 2617 (2021)',
    (lang) => {
      expect(detectLanguage(read(`unsc/text/S_RES_2505_2020.${lang}.txt`)).lang).toBe(lang);
      expect(detectLanguage(read(`unsc/text/S_RES_2617_2021.${lang}.txt`)).lang).toBe(lang);
    },
  );

  it('reads the language of the body, not of the English cover lines of ru/ar/zh texts', () => {
    // "Distr.: General" and "10 January 2020" stand in English on every cover
    const head = read('unsc/text/S_RES_2504_2020.zh.txt').split('\n').slice(0, 8).join('\n');
    expect(head).toContain('10 January 2020');
    expect(detectLanguage(head).lang).toBe('zh');
  });

  it('recognises the five French seeds', () => {
    for (const name of [
      '000_b8c7aa9f59466be0',
      '001_c19ed2f20ea50625',
      '002_465dd4b7e66846ea',
      '003_806dc498987e8b5c',
      '004_54e7265bb0b976a2',
    ]) {
      expect(detectLanguage(read(`seeds/${name}.txt`)).lang, name).toBe('fr');
    }
  });

  it('tells Spanish from a mislabelled file (the corpus has a Spanish text filed as Russian)', () => {
    expect(detectLanguage(read('unsc/text/S_RES_2567_2021.ru.txt')).lang).toBe('es');
  });

  it('counts only whole stopwords (a word containing a stopword is none)', () => {
    expect(detectLanguage('the of and to in which that')).toEqual({ lang: 'en', confidence: 1 });
    expect(detectLanguage('theory offer android tonight inward').confidence).toBe(0);
    expect(detectLanguage('les des dans pour sur qui').lang).toBe('fr');
  });

  it('says und when there are no letters', () => {
    expect(detectLanguage('1234 (2020) — 5678').lang).toBe('und');
  });

  it('is right on every text of the six-language part of the corpus', () => {
    const rows = readFileSync(`${CORPUS}unsc/documents.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; lang: string; symbol: string });
    const wrong: string[] = [];
    let checked = 0;
    for (const row of rows) {
      if (!row.symbol || !/_202[01]\./.test(row.file) || row.file === 'text/S_RES_2567_2021.ru.txt') continue;
      checked++;
      const lang = detectLanguage(read(`unsc/${row.file}`)).lang;
      if (lang !== row.lang) wrong.push(`${row.file}: ${lang}`);
    }
    expect(checked).toBeGreaterThan(650);
    expect(wrong).toEqual([]);
  });
});
