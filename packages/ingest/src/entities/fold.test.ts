/**
 * The one-pass fold + tokenize the entity stage reads documents with must give exactly what
 * foldUnits, tokenize and hashUnits give apart, on real sentences in the six UN languages.
 */
import { describe, expect, it } from 'vitest';
import { compactCopy, decodeUnits, foldAndTokenize, foldUnits, hashUnits, letterBefore, notAfterLetter, tokenize, TokenBuffer } from './fold';

const SENTENCES = [
  'Prie le Secrétaire général de lui présenter, d’ici au 30 juin 2020, un rapport conjoint du Bureau de lutte contre le terrorisme et de l’Office des Nations Unies contre la drogue et le crime ;',
  '22. Calls upon all Member States to ensure that the Counter-Terrorism Committee Executive Directorate (CTED) continues to assess…',
  'Exhorta a los Estados Miembros a que cooperen con el Comité establecido en virtud de la resolución 1267 (1999)',
  'призывает все государства-члены в полной мере сотрудничать с Контртеррористическим комитетом',
  'يطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار',
  '请秘书长向安全理事会提交报告，说明本决议的执行情况。',
  'Surrogates \ud83d\ude00 and a lone \ud800 unit, no-break\u00a0spaces, Al‑Qaïda – ÉTAT ISLAMIQUE',
];

describe('foldAndTokenize', () => {
  it('folds and tokenizes as foldUnits and tokenize do, with the tokens’ hashes', () => {
    const buffer = new TokenBuffer(4);
    for (const text of SENTENCES) {
      // one buffer reused (and grown) from sentence to sentence, as the entity stage does
      const { units, tokens } = foldAndTokenize(text, buffer);
      const expectedUnits = foldUnits(text);
      expect([...units]).toEqual([...expectedUnits]);
      const expected = tokenize(expectedUnits);
      expect(tokens.count).toBe(expected.count);
      for (let index = 0; index < tokens.count; index++) {
        const start = tokens.starts[index]!;
        const end = tokens.ends[index]!;
        expect([start, end]).toEqual([expected.starts[index], expected.ends[index]]);
        expect(tokens.hashes[index]).toBe(hashUnits(units, start, end));
        expect(expected.hashes[index]).toBe(hashUnits(units, start, end));
      }
    }
  });
  it('finds the words of a French sentence', () => {
    const text = 'l’Office des Nations Unies contre la drogue et le crime (ONUDC)';
    const { units, tokens } = foldAndTokenize(text);
    const words = Array.from({ length: tokens.count }, (_, index) => decodeUnits(units, tokens.starts[index], tokens.ends[index]));
    expect(words).toEqual(['l', 'office', 'des', 'nations', 'unies', 'contre', 'la', 'drogue', 'et', 'le', 'crime', 'onudc']);
  });
});

describe('decodeUnits and compactCopy', () => {
  it('give back the same code units, short and long, lone surrogates included', () => {
    for (const text of [...SENTENCES, SENTENCES.join(' ').repeat(300)]) {
      const units = Uint16Array.from(text, (char) => char.charCodeAt(0));
      const codes = Uint16Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));
      expect(decodeUnits(codes)).toBe(text);
      expect(decodeUnits(codes, 3, Math.min(text.length, 70))).toBe(text.slice(3, 70));
      expect(units.length).toBeGreaterThan(0);
      expect(compactCopy(text.slice(5))).toBe(text.slice(5));
    }
  });
});

describe('notAfterLetter', () => {
  it('accepts exactly where (?<![\\p{L}]) and (?<![\\p{L}\\p{M}]) do, for every BMP code unit and a pair', () => {
    for (const marks of [false, true]) {
      const fast = new RegExp(`${notAfterLetter(marks)}x`, 'u');
      const plain = new RegExp(marks ? '(?<![\\p{L}\\p{M}])x' : '(?<![\\p{L}])x', 'u');
      const differ: number[] = [];
      for (let code = 0; code < 0x10000; code++) {
        const text = `${String.fromCharCode(code)}x`;
        if (fast.test(text) !== plain.test(text)) differ.push(code);
      }
      expect(differ).toEqual([]);
      expect(fast.test('\u{20000}x')).toBe(false);
      expect(fast.test('просит x')).toBe(true);
    }
  });
});

describe('letterBefore', () => {
  it('reads the code point before an index, a surrogate pair as one', () => {
    expect(letterBefore('the Committee', 0)).toBe(false);
    expect(letterBefore('the Committee', 4)).toBe(false);
    expect(letterBefore('subCommittee', 3)).toBe(true);
    expect(letterBefore('«Comité', 1)).toBe(false);
    expect(letterBefore('ومجلس', 1)).toBe(true);
    // U+20000, a CJK ideograph outside the BMP, is a letter; U+1F600, an emoji, is not
    expect(letterBefore('\u{20000}委员会', 2)).toBe(true);
    expect(letterBefore('\u{1F600}Committee', 2)).toBe(false);
  });
});
