import { describe, expect, it } from 'vitest';
import { hashUnits } from './fold';
import { KeywordTable, wordHash } from './keywords';

describe('wordHash', () => {
  it('is hashUnits over the array of each code point’s first unit (astral characters included)', () => {
    for (const word of ['', 'a', 'ministre', 'péruvien', 'akufo-addo', '秘书长', 'генеральный', 'الأمين', 'x\u{1F600}y', '\u{20000}', 'a\ud800']) {
      expect([word, wordHash(word)]).toEqual([word, hashUnits(Array.from(word, (char) => char.charCodeAt(0)), 0, word.length)]);
    }
  });
  it('keys a word by its first or last token, as a split on non-letters gives it', () => {
    const table = new KeywordTable();
    expect(table.add('Kofi', 1)).toBe(wordHash('kofi'));
    expect(table.add('Jean-Pierre', 1)).toBe(wordHash('jean'));
    expect(table.add('a déclaré', 2, 'last')).toBe(wordHash('declare'));
    expect(table.add('2021', 4)).toBe(wordHash('2021'));
    expect(table.add(' - ', 4)).toBeNull();
  });
});
