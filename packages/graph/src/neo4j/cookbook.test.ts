import { describe, expect, it } from 'vitest';
import { parseCookbook, readCookbook } from './cookbook';

describe('cookbook', () => {
  it('reads every query of docs/neo4j.md', () => {
    const names = readCookbook().map((query) => query.name);
    expect(names).toEqual([
      'cites-transitively',
      'cited-by-transitively',
      'most-cited',
      'citation-path',
      'citation-evidence',
      'citation-in-one-language',
      'paragraph-versions',
      'paragraphs-mandating-and-addressing',
      'paragraph-entities',
      'mandates-by-year-and-verb',
      'bodies-mandated-together',
      'threats-over-time',
    ]);
    for (const query of readCookbook()) expect(query.cypher).toMatch(/^MATCH/);
  });

  it('names the file when the document has no query or a duplicate', () => {
    expect(() => parseCookbook('# nothing', 'x.md')).toThrow(/x\.md: no cookbook query/);
    const block = '<!-- cookbook: a -->\n```cypher\nRETURN 1\n```\n';
    expect(() => parseCookbook(block + block, 'x.md')).toThrow(/x\.md: cookbook query "a" appears twice/);
  });
});
