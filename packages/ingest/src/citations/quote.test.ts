import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../normalise';
import { citationsInSpan } from './index';
import { MAX_QUOTE, quoteAround, SpanQuoter } from './quote';

const CORPUS = '../shared/corpus/unsc/text';

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

  it('reads the character after the span to tell a sentence end, and the end of the text', () => {
    const cite = (text: string, to: number): string => {
      const start = text.indexOf('1373');
      return quoteAround(text, 0, to, start, start + 11);
    };
    // "." then a space beyond the span ends the sentence; "." then a letter does not
    expect(cite('Recalling resolution 1373 (2001). Next', 33)).toBe('Recalling resolution 1373 (2001).');
    expect(cite('Recalling resolution 1373 (2001).x Next', 33)).toBe('Recalling resolution 1373 (2001).');
    expect(cite('See 1373 (2001) here. Then 1373', 21)).toBe('See 1373 (2001) here.');
    expect(cite('Notes. Recalling resolution 1373 (2001).', 40)).toBe('Recalling resolution 1373 (2001).');
  });

  it('collapses line breaks and other spaces inside the quote', () => {
    const text = 'Cover line\nRecalling\u3000resolution 1373 (2001)  and more.';
    const start = text.indexOf('1373');
    expect(quoteAround(text, 0, text.length, start, start + 11)).toBe(
      'Recalling resolution 1373 (2001) and more.',
    );
  });
});

describe('SpanQuoter', () => {
  /** Every citation of every line (and of the whole text, a multi-line span) of a real text. */
  function spansWithCitations(
    text: string,
  ): Array<{ from: number; to: number; citations: Array<[number, number]> }> {
    const spans = [{ from: 0, to: text.length }];
    let offset = 0;
    for (const line of text.split('\n')) {
      spans.push({ from: offset, to: offset + line.length });
      offset += line.length + 1;
    }
    return spans
      .map(({ from, to }) => ({
        from,
        to,
        citations: citationsInSpan(text, from, to).map(({ start, end }): [number, number] => [start, end]),
      }))
      .filter((span) => span.citations.length > 0);
  }

  it.each(['en', 'fr', 'zh', 'ar'])(
    'quotes every citation of S/RES/2505 (2020) [%s] as quoteAround does, in any order',
    (lang) => {
      const text = normaliseText(readFileSync(`${CORPUS}/S_RES_2505_2020.${lang}.txt`, 'utf8'));
      const spans = spansWithCitations(text);
      expect(spans.length).toBeGreaterThan(2);
      for (const { from, to, citations } of spans) {
        const expected = citations.map(([start, end]) => quoteAround(text, from, to, start, end));
        const inOrder = new SpanQuoter(text, from, to);
        expect(citations.map(([start, end]) => inOrder.quote(start, end))).toEqual(expected);
        // backwards: the scanned window grows to the left as well
        const reversed = new SpanQuoter(text, from, to);
        expect(citations.map(([start, end]) => reversed.quote(start, end)).reverse()).toEqual(
          [...expected].reverse(),
        );
      }
    },
  );

  it('gives one quote object for the citations of one sentence', () => {
    const text = 'Recalling its resolutions 1267 (1999), 1373 (2001) and 2368 (2017). Other sentence.';
    const quoter = new SpanQuoter(text, 0, text.length);
    const first = quoter.quote(text.indexOf('1267'), text.indexOf('1267') + 11);
    const last = quoter.quote(text.indexOf('2368'), text.indexOf('2368') + 11);
    expect(first).toBe('Recalling its resolutions 1267 (1999), 1373 (2001) and 2368 (2017).');
    expect(last).toBe(first);
  });

  it('centres long sentences on each citation, far apart in one span', () => {
    const text = `Recalling resolution 1373 (2001) ${'and more words '.repeat(60)}resolution 2178 (2014), ${'x '.repeat(200)}.`;
    const quoter = new SpanQuoter(text, 0, text.length);
    for (const needle of ['2178 (2014)', '1373 (2001)']) {
      const start = text.indexOf(needle);
      const quote = quoter.quote(start, start + needle.length);
      expect(quote).toBe(quoteAround(text, 0, text.length, start, start + needle.length));
      expect(quote).toContain(needle);
      expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE);
    }
  });
});
