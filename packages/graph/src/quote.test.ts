import { describe, expect, it } from 'vitest';
import { isClauseEnd, markedQuoteOf, MAX_QUOTE, quoteOf } from './quote';

describe('quoteOf', () => {
  const paragraph =
    '5. Decides that the mandate shall include: monitoring the sanctions; assisting the Committee established pursuant to resolution 1267 (1999). Requests M. Roux to report.';

  it('is the clause around the span, bounded by semicolons and sentence ends', () => {
    const span = (text: string) => [paragraph.indexOf(text), paragraph.indexOf(text) + text.length] as const;
    expect(quoteOf(paragraph, ...span('1267 (1999)'))).toBe('assisting the Committee established pursuant to resolution 1267 (1999).');
    expect(quoteOf(paragraph, ...span('sanctions'))).toBe('5. Decides that the mandate shall include: monitoring the sanctions;');
    // a full stop after a lone capital ("M. Roux") does not end the clause
    expect(quoteOf(paragraph, ...span('Roux'))).toBe('Requests M. Roux to report.');
  });

  it('does not end at an initial or an honorific, and trims white space', () => {
    const honorific = 'M. Vladimir Voronkov, Secrétaire général adjoint. Suite';
    expect(quoteOf(honorific, 3, 10)).toBe('M. Vladimir Voronkov, Secrétaire général adjoint.');
    const text = '1.\u00a0 Prie le Secrétaire général de lui présenter un rapport ;\n\u2003 2. Décide de rester saisi de la question.';
    const start = text.indexOf('Secrétaire');
    expect(quoteOf(text, start, start + 20)).toBe('1.\u00a0 Prie le Secrétaire général de lui présenter un rapport ;');
    const second = text.indexOf('Décide');
    expect(quoteOf(text, second, second + 6)).toBe('2. Décide de rester saisi de la question.');
    const roux = 'Le représentant d’Interpol, M. Emmanuel Roux, a pris la parole. Il a salué H.E. Mme X; puis S/RES/2370 (2017) a été cité.';
    expect(quoteOf(roux, roux.indexOf('Roux'), roux.indexOf('Roux') + 4)).toBe('Le représentant d’Interpol, M. Emmanuel Roux, a pris la parole.');
    expect(quoteOf(roux, roux.indexOf('Mme'), roux.indexOf('Mme') + 3)).toBe('Il a salué H.E. Mme X;');
  });

  it('stops at line breaks and CJK or Arabic clause marks', () => {
    expect(quoteOf('Nations Unies\nS/RES/2370 (2017)\nConseil', 14, 31)).toBe('S/RES/2370 (2017)');
    const chinese = '回顾其第1373(2001)号决议；又回顾其第2370(2017)号决议。';
    expect(quoteOf(chinese, chinese.indexOf('2370'), chinese.indexOf('2370') + 10)).toBe('又回顾其第2370(2017)号决议。');
    const arabic = 'إذ يشير إلى قراره 1373 (2001)؛ وإذ يؤكد من جديد قراره 2370 (2017)،';
    expect(quoteOf(arabic, arabic.indexOf('2370'), arabic.indexOf('2370') + 11)).toBe('وإذ يؤكد من جديد قراره 2370 (2017)،');
  });

  it('cuts a long clause to whole words around the span, marking the cuts', () => {
    const words = Array.from({ length: 120 }, (_, index) => `word${index}`);
    const text = `${words.join(' ')} resolution 2370 (2017) ${words.join(' ')}`;
    const start = text.indexOf('resolution');
    const quote = quoteOf(text, start, start + 'resolution 2370 (2017)'.length);
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(quote).toContain('resolution 2370 (2017)');
    expect(quote.startsWith('…word')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    // never a piece of a word: every word of the quote is a word of the text
    const inner = quote.slice(1, -1).split(' ');
    for (const word of inner) expect(text.split(' ')).toContain(word);
  });

  it('cuts a text without spaces at characters, never inside a surrogate pair', () => {
    const text = '𝐀'.repeat(200) + '第2370(2017)号决议' + '𝐀'.repeat(200);
    const start = text.indexOf('第');
    const quote = quoteOf(text, start, start + 14);
    expect(quote).toContain('第2370(2017)号决议');
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(quote.replace(/…/g, ''))).toBe(false);
  });

  it('knows what ends a clause', () => {
    expect(isClauseEnd('a; b', 1)).toBe(true);
    expect(isClauseEnd('v1.2', 2)).toBe(false);
    expect(isClauseEnd('end.', 3)).toBe(true);
    expect(isClauseEnd('H.E. the', 3)).toBe(false);
  });

  it('says where the span lies in the quote, whole clause or cut window', () => {
    const long = `Recalling ${'the many earlier resolutions on the matter, '.repeat(12)}in particular resolution 1373 (2001), ${'and the statements of its President, '.repeat(12)}and stressing the need to act;`;
    const texts = [paragraph, long, '𝐀'.repeat(200) + '第2370(2017)号决议' + '𝐀'.repeat(200)];
    for (const text of texts) {
      for (let start = 0; start < text.length; start += 7) {
        for (const length of [1, 9, 40, 320]) {
          const end = Math.min(text.length, start + length);
          // spans hold whole characters
          if (/[\uDC00-\uDFFF]/.test(text[start] ?? '') || /[\uDC00-\uDFFF]/.test(text[end] ?? '')) continue;
          const { quote, mark } = markedQuoteOf(text, start, end);
          expect(quote).toBe(quoteOf(text, start, end));
          expect(quote.slice(mark[0], mark[1]), `${start}-${end}`).toBe(text.slice(start, end));
        }
      }
    }
  });
});
