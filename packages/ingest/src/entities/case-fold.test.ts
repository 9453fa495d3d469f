import { describe, expect, it } from 'vitest';
import { FOLDED_ALPHABET, foldCase, foldedPattern } from './case-fold';
import { loadGazetteer } from './gazetteer';

/** Every character a folded pattern's literals may hold (FOLDED_ALPHABET). */
const ALPHABET = [
  '\t',
  ...Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)),
  ...Array.from({ length: 0x180 - 0xa0 }, (_, index) => String.fromCharCode(0xa0 + index)),
  '\u2011',
];
/** The classes the folded patterns hold besides literals. */
const CLASSES = ['[^\\p{L}]', '[\\p{L}]', '[^\\p{L}.;:]', '[ \\t]', '[-\\u2011]'];
const inClass = (char: string): string => `[${char.replace(/[\\\]^-]/g, '\\$&')}]`;

describe('foldCase', () => {
  it('matches with flag u where V8 matches the unfolded text with iu: every code point, every class and literal of the alphabet', () => {
    expect(ALPHABET.every((char) => FOLDED_ALPHABET.test(char))).toBe(true);
    const classes = CLASSES.map((source) => [new RegExp(`^${source}$`, 'iu'), new RegExp(`^${source}$`, 'u')] as const);
    // code points that match some literal of the alphabet, either way: each is then checked against each literal
    const anyLiteral = new RegExp(`^(?:${ALPHABET.map(inClass).join('|')})$`, 'iu');
    const anyFolded = new RegExp(`^(?:${[...new Set(ALPHABET.map(foldCase))].map(inClass).join('|')})$`, 'u');
    const wrong: string[] = [];
    let literalChecks = 0;
    for (let code = 0; code <= 0x10ffff; code++) {
      const char = String.fromCodePoint(code);
      const folded = foldCase(char);
      for (const [index, [caseless, cased]] of classes.entries()) {
        if (caseless.test(char) !== cased.test(folded)) wrong.push(`${CLASSES[index]} U+${code.toString(16)}`);
      }
      if (!anyLiteral.test(char) && !anyFolded.test(folded)) continue;
      for (const literal of ALPHABET) {
        literalChecks++;
        if (new RegExp(`^${inClass(literal)}$`, 'iu').test(char) !== new RegExp(`^${inClass(foldCase(literal))}$`, 'u').test(folded)) {
          wrong.push(`${JSON.stringify(literal)} U+${code.toString(16)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(literalChecks).toBeGreaterThan(100 * ALPHABET.length);
  }, 120_000);

  it('keeps one code point for one and folds the irregular ones as `i` does', () => {
    expect(foldCase('Le Ministre PÉRUVIEN')).toBe('le ministre péruvien');
    expect(foldCase('İſ\u00b5\u0345K')).toBe('İsμιk');
    expect(foldCase('')).toBe('');
  });
});

describe('foldedPattern', () => {
  const build = (fold: (literal: string) => string): string =>
    `(?:^|[^\\p{L}])(?:${fold('Ministre')}|${fold('État')})[ \\t]+(?:${fold('péruvien')}|${fold('costaricienne')})(?![\\p{L}])`;
  it('tests as the iu pattern does', () => {
    const folded = foldedPattern(build);
    const caseless = new RegExp(build((literal) => literal), 'iu');
    expect(folded).not.toBeInstanceOf(RegExp);
    const texts = [
      'le Ministre péruvien',
      'le MINISTRE PÉRUVIEN',
      'le ministre Péruvien.',
      "l'état péruvien",
      'le ministre péruvienne',
      'le Miniſtre péruvien',
      'le mİnistre péruvien',
      'le ministre co\u212Ataricienne',
      'le ministre cosTaricienne',
      'leministre péruvien',
      'ministre\tpéruvien',
      'ministre\u0345 péruvien',
    ];
    for (const text of texts) expect([text, folded.test(text)]).toEqual([text, caseless.test(text)]);
  });
  it('keeps flag iu for a literal outside the checked alphabet', () => {
    const pattern = foldedPattern((fold) => `^${fold('Ελλάδα')}$`);
    expect(pattern).toBeInstanceOf(RegExp);
    expect((pattern as RegExp).flags).toBe('iu');
    expect(pattern.test('ΕΛΛΆΔΑ')).toBe(true);
  });
  it("holds the gazetteer's State adjective patterns (their literals are in the alphabet)", () => {
    const gazetteer = loadGazetteer();
    expect(gazetteer.adjectiveHeads).not.toBeInstanceOf(RegExp);
    expect(gazetteer.compoundRest).not.toBeInstanceOf(RegExp);
    expect(gazetteer.adjectiveHeads.test('a expliqué le MINISTRE ')).toBe(true);
    expect(gazetteer.adjectiveHeads.test('des ressortissants Français, Allemand et ')).toBe(true);
    expect(gazetteer.compoundRest.test('-Tchadienne a été')).toBe(true);
  });
});
