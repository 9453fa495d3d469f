import { describe, expect, it } from 'vitest';
import { MAX_QUOTE, quoteAround } from './quote';

describe('quoteAround', () => {
  it('quotes the sentence holding the citation', () => {
    const text = 'First sentence. Recalling resolution 1373 (2001); and more. Last one.';
    const start = text.indexOf('1373');
    expect(quoteAround(text, 0, text.length, start, start + 11)).toBe('Recalling resolution 1373 (2001);');
  });

  it('cuts a long clause to whole words around the citation', () => {
    const text = `${'word '.repeat(100)}resolution 2178 (2014) ${'other '.repeat(100)}`;
    const start = text.indexOf('2178');
    const quote = quoteAround(text, 0, text.length, start, start + 11);
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(quote).toContain('resolution 2178 (2014)');
    expect(quote).toMatch(/^word /);
    expect(quote).toMatch(/ other$/);
  });

  it('ends Chinese sentences at 。 and ；', () => {
    const text = '安全理事会，回顾第2253(2015)号决议；强调必须。';
    const start = text.indexOf('2253');
    expect(quoteAround(text, 0, text.length, start, start + 10)).toBe('安全理事会，回顾第2253(2015)号决议；');
  });
});
