/** Clause ends and quotes around a mention, on real paragraphs (S/RES/2370 (2017), CS/13893). */
import { describe, expect, it } from 'vitest';
import { clauseEnds, quoteAround } from './spans';

/** The rule as first written (one regex test per candidate): the table-driven version must agree. */
function referenceClauseEnds(text: string): number[] {
  const found: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '\n' || char === ';') found.push(index);
    else if (char === '.' || char === '!' || char === '?') {
      const next = text[index + 1];
      const previous = text[index - 1] ?? '';
      if (next !== undefined && next !== ' ' && next !== '\n') continue;
      if (/\p{Lu}/u.test(previous) && !/\p{L}/u.test(text[index - 2] ?? ' ')) continue;
      found.push(index);
    }
  }
  return found;
}

const PARAGRAPHS = [
  'Le représentant d’Interpol, M. Emmanuel Roux, a pris la parole. Il a salué H.E. Mme X; puis S/RES/2370 (2017) a été cité.\nFin !',
  'Secrétaire Général d’INTERPOL, M. Jürgen Stock? Oui. A. Smith; É. Ünal. Ω. fin.',
  '. Starts with a stop.\n\n; and ends with one.',
];

describe('clauseEnds', () => {
  it('finds the ends the per-character rule finds, in order', () => {
    for (const text of PARAGRAPHS) expect([...clauseEnds(text)]).toEqual(referenceClauseEnds(text));
  });
  it('does not end a clause at an initial or an honorific', () => {
    const text = 'M. Vladimir Voronkov, Secrétaire général adjoint. Suite';
    expect([...clauseEnds(text)]).toEqual([text.indexOf('adjoint.') + 7]);
  });
});

describe('quoteAround', () => {
  it('quotes the clause around the mention, trimmed of any white space', () => {
    const text = '1.\u00a0 Prie le Secrétaire général de lui présenter un rapport ;\n\u2003 2. Décide de rester saisi de la question.';
    const start = text.indexOf('Secrétaire');
    const { quote, start: from, end } = quoteAround(text, start, start + 20, 0, text.length);
    expect(quote).toBe('1.\u00a0 Prie le Secrétaire général de lui présenter un rapport ;');
    expect(text.slice(from, end)).toBe(quote);
    const second = text.indexOf('Décide');
    expect(quoteAround(text, second, second + 6, 0, text.length).quote).toBe('Décide de rester saisi de la question.');
  });
});
