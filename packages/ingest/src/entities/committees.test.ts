import { describe, expect, it } from 'vitest';
import { findSubsidiaryBodies } from './committees';
import { foldAndTokenize } from './fold';

/** findSubsidiaryBodies with the document's tokens, which lets it skip patterns that cannot match. */
function withTokens(text: string): ReturnType<typeof findSubsidiaryBodies> {
  return findSubsidiaryBodies(text, foldAndTokenize(text).tokens);
}

describe('findSubsidiaryBodies: skipping patterns by tokens changes nothing', () => {
  const sentences = [
    // S/RES/2368 (2017), French and English
    'Prie le Comité faisant suite aux résolutions 1267 (1999), 1989 (2011) et 2253 (2015) de continuer',
    'RAPPELANT le Groupe d’experts créé par la résolution 1973 (2011)',
    'Requests the Committee established pursuant to resolution 1267 (1999) to continue',
    'the Panel of Experts, set up by its resolution 1973 (2011), and the 1540 Committee',
    // a French link with an English "resolution": no é, the French pattern is skipped
    'le Comité créé par la resolution 1718 (2006)',
    // long s, which the case-insensitive French pattern reads as s
    'le Comité créé par la réſolution 1718 (2006)',
    'The Security Council welcomes the report of the Secretary-General.',
  ];
  for (const sentence of sentences) {
    it(sentence.slice(0, 60), () => {
      expect(withTokens(sentence)).toEqual(findSubsidiaryBodies(sentence));
    });
  }

  it('still finds both languages with tokens', () => {
    expect(withTokens(sentences[0]!).map((body) => body.id)).toHaveLength(1);
    expect(withTokens(sentences[2]!).map((body) => body.id)).toHaveLength(1);
    expect(withTokens(sentences[5]!)).toHaveLength(1);
    expect(withTokens(sentences[4]!)).toEqual([]);
  });
});
