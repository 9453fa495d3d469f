import { describe, expect, it } from 'vitest';
import type { EvidenceItem as Evidence } from '@unkg/graph/types';
import { clausePlace, clausesOf, preferredVersion, readableQuote } from './evidence';
import { buildTestViewGraph } from './test-graph';

const item = (doc: string, start: number, paragraph: string | null, quote: string, verb = 'request'): Evidence => ({ para: `${doc}#p${start}`, doc, section: paragraph ? 'operative' : 'preamble', paragraph, verb, quote, start, end: start + quote.length });

describe('clauses', () => {
  const graph = buildTestViewGraph();
  graph.addNode('doc:en', { kind: 'Document', label: 'en text', lang: 'en', x: 0, y: 0, size: 1, color: '#000' });
  graph.addNode('doc:fr', { kind: 'Document', label: 'fr text', lang: 'fr', x: 0, y: 0, size: 1, color: '#000' });

  it('groups the language versions of one clause, occurrence by occurrence', () => {
    const clauses = clausesOf(graph, [
      item('doc:en', 100, '3', 'Requests the Committee to report'),
      item('doc:fr', 120, '3', 'Prie le Comité de faire rapport'),
      item('doc:en', 500, null, 'Recalling resolution 1373 (2001),', 'recall'),
      item('doc:en', 900, null, 'Recalling also resolution 1373 (2001),', 'recall'),
      item('doc:fr', 510, null, 'Rappelant la résolution 1373 (2001),', 'recall'),
    ]);
    expect(clauses.map((clause) => [clausePlace(clause), clause.versions.map((version) => version.lang)])).toEqual([
      ['paragraph 3', ['en', 'fr']],
      ['preamble', ['en', 'fr']],
      ['preamble', ['en']],
    ]);
    expect(preferredVersion(clauses[0]!, 'fr').text).toBe('Prie le Comité de faire rapport');
    expect(preferredVersion(clauses[2]!, 'fr').text).toBe('Recalling also resolution 1373 (2001),');
  });

  it('says where a clause cites, with the cited paragraph when the text names it', () => {
    expect(clausePlace({ section: 'operative', paragraph: '5 (a)', pin: '2' })).toBe('paragraph 5 (a), citing paragraph 2');
    expect(clausePlace({ section: 'body', paragraph: null, pin: null })).toBe('text');
  });

  it('never shows a quote cut inside a word', () => {
    const window = `nt of the Security Council ${'and of its subsidiary bodies '.repeat(10)}`.slice(0, 300);
    const { text, truncated } = readableQuote(window);
    expect(truncated).toBe(true);
    expect(text.startsWith('… of the Security Council')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(window.includes(text.slice(2, -2))).toBe(true);
    expect(readableQuote('Recalling its resolution 2370 (2017),')).toEqual({ text: 'Recalling its resolution 2370 (2017),', truncated: false });
  });
});
