import { describe, expect, it } from 'vitest';
import { determinedAt, determinerTests, introducesInBrackets, introducesInQuotes } from './references';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The introductions as regexes built at each call (what the compiled-once ones must equal). */
const inQuotes = (after: string, form: string): boolean => new RegExp(`^\\s*[(,][^)]{0,40}["“«„]\\s*${escape(form)}\\s*["”»“]`, 'u').test(after);
const inBrackets = (after: string, form: string): boolean => new RegExp(`^\\s*\\(\\s*${escape(form)}\\s*\\)`, 'u').test(after);

describe('short-form introductions', () => {
  // the texts are folded (lower case), as findShortReferences reads them
  it.each([
    [' ("the committee")', 'committee', 'en', true],
    [' (hereinafter referred to as “the monitoring team”)', 'monitoring team', 'en', true],
    [' (the “committee”)', 'committee', 'en', true],
    [' (“its committee”)', 'committee', 'en', true],
    [' (“a committee”)', 'committee', 'en', false],
    [' ("the committee")', 'committee', undefined, false],
    [' (ci-apres denomme « le comite »)', 'comite', 'fr', true],
    [" (« l'equipe »)", 'equipe', 'fr', true],
    [' (en adelante, “el comite”)', 'comite', 'es', true],
    [' (“el comite”)', 'comite', 'fr', false],
    // an introducing word without a bracket or comma (references.json introducers): S/RES/1390 (2002) "… pursuant to resolution 1267 (1999) hereinafter referred to as "the Committee""
    [' hereinafter referred to as "the committee";', 'committee', 'en', true],
    [' hereafter “the committee”', 'committee', 'en', true],
    [' ci-apres « le comite »', 'comite', 'fr', true],
    [' thereafter “the committee”', 'committee', 'en', false],
    [' and the “committee”', 'committee', 'en', false],
  ])('reads %j as introducing %j in %s: %s', (after, form, lang, expected) => {
    expect(introducesInQuotes(after, form, lang)).toBe(expected);
  });

  it.each([
    [' (the “Mechanism”)', 'mechanism', false],
    [' (the “mechanism”)', 'mechanism', true],
    [', le « comite »', 'comite', true],
    [' (referred to as “the mission”)', 'the mission', true],
    [' (hereinafter referred to as “the mission”)', 'the mission', true],
    [' (hereinafter called by a name of more than forty characters “the mission”)', 'the mission', false],
    [' (البعثة المتكاملة)', 'البعثة المتكاملة', true],
    [' (a) “mechanism”', 'mechanism', false],
  ])('reads %j for %j as the regex does', (after, form, expected) => {
    expect(introducesInQuotes(after, form) || introducesInBrackets(after, form)).toBe(expected);
    expect(introducesInQuotes(after, form)).toBe(inQuotes(after, form));
    expect(introducesInBrackets(after, form)).toBe(inBrackets(after, form));
  });

  it('agrees with the regexes on random texts (spaces, brackets, quotes, astral characters)', () => {
    const pick = (list: string[]): string => list[random(list.length)]!;
    const spaces = ['', ' ', '  ', '\u00a0', '\n'];
    const gap = ['', 'the ', 'x', '𝐀', ')', '"', '«', 'referred to as the ', '𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀𝐀 '];
    const forms = ['mission', 'the mission', ' mission', ''];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let agreed = 0;
    let introduced = 0;
    for (let trial = 0; trial < 20000; trial++) {
      // shaped like an introduction, each part sometimes wrong
      const after =
        pick(spaces) + pick(['(', ',', 'x', '']) + pick(gap) + pick(gap) + pick(['"', '“', '«', '„', '', 'x']) + pick(spaces) +
        pick(['mission', 'the mission', 'missio', '']) + pick(spaces) + pick(['"', '”', '»', '“', ')', '', 'x']) + pick(gap);
      const form = forms[random(forms.length)]!;
      expect(introducesInQuotes(after, form), `${JSON.stringify(after)} ${JSON.stringify(form)}`).toBe(inQuotes(after, form));
      expect(introducesInBrackets(after, form), `${JSON.stringify(after)} ${JSON.stringify(form)}`).toBe(inBrackets(after, form));
      if (inQuotes(after, form) || inBrackets(after, form)) introduced++;
      agreed++;
    }
    expect(agreed).toBe(20000);
    // the generator reaches both answers
    expect(introduced).toBeGreaterThan(100);
  });
});

describe('the determiner before a head, read without a regex', () => {
  // folded, as findShortReferences reads them: every position of each text is tested, as the head's start
  const texts: Record<string, string[]> = {
    en: [
      'requests the committee to report; welcomes its mission and this  force, that office,the fund\u00a0court; 2the panel (the mechanism)',
      'x the\tgovernment of the sudan, other mission, bathe mission, the\n\nmission',
    ],
    fr: [
      "prie le comite de lui faire rapport; salue l'equipe de surveillance et la mission, de la force, de l'operation, a la commission, au bureau, ce fonds",
      "decide que sa mission; l’equipe; lle mission; du  tribunal",
    ],
    es: ['pide al comite que informe; acoge con beneplacito la mision, del grupo de expertos, a la fuerza, de la oficina, dicho mecanismo y esta operacion'],
    ru: ['просит комитет представить доклад; миссия, группа экспертов и рабочая группа 2комитет'],
  };
  it.each(Object.keys(texts))('agrees with the regex at every position in %s', (lang) => {
    const tests = determinerTests(lang)!;
    expect(tests).not.toBeNull();
    for (const text of texts[lang]!) {
      for (let start = 0; start <= text.length; start++) {
        expect([start, tests.direct(text, start)]).toEqual([start, tests.regex.test(text.slice(Math.max(0, start - 16), start))]);
      }
    }
  });
});

describe('an anaphoric determiner before a government head, read without a regex', () => {
  it('agrees with the regex at every position', () => {
    const regex = /(?:^|[^\p{L}])(?:that|this)\s+$/u;
    const text = 'calls on that government and this  government,that\tgovernment; athat government; that\ngovernment';
    for (let start = 0; start <= text.length; start++) {
      expect([start, determinedAt(text, start, { open: ['that', 'this'], elided: [] })]).toEqual([start, regex.test(text.slice(Math.max(0, start - 16), start))]);
    }
  });
});
