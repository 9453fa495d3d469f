import { describe, expect, it } from 'vitest';
import { EntityTable, loadGazetteer } from './gazetteer';
import { makeMatch, type NameMatch } from './matcher';
import { findNamedBodies } from './named-bodies';

function read(text: string, matches: NameMatch[] = []): string[] {
  const entities = new EntityTable(loadGazetteer().entities);
  return findNamedBodies(text, matches, entities).map((match) => `${match.id}=${text.slice(match.start, match.end)}`);
}

describe('bodies named without an acronym (news)', () => {
  it('a French name whose words after the head are listed qualifiers (test/probes/set29 08)', () => {
    const text =
      'Le Conseil décide que la MONUT sera chargée désormais de prêter ses bons offices à la Commission de réconciliation nationale et de coopérer avec elle, de participer aux travaux du Groupe de contact des États garants.';
    expect(read(text)).toEqual(['CRN=Commission de réconciliation nationale']);
  });

  it('a Spanish name, and a second use of it in the document keeps its key (test/probes/set16 14)', () => {
    const text =
      'le solicita que preste apoyo técnico y logístico a la Comisión Electoral Nacional con miras a las elecciones previstas para diciembre de 2024. La Comisión Electoral Nacional lo agradeció.';
    expect(read(text)).toEqual(['CEN=Comisión Electoral Nacional', 'CEN=Comisión Electoral Nacional']);
  });

  it('an English name bounded by connectors and capitalised words may hold a State', () => {
    const text = 'The Council asked the International Commission of Inquiry on Burundi to report.';
    const burundi = text.indexOf('Burundi');
    expect(read(text, [makeMatch('State', 'BI', burundi, burundi + 7)])).toEqual(['ICIB=International Commission of Inquiry on Burundi']);
  });

  it('no body: a generic short name in a title, a place after a bare head, a coordination, a law, a Permanent Mission', () => {
    expect(read('Mali: International Commission of Inquiry finds ‘serious violations’ by all parties')).toEqual([]);
    expect(
      read('said the renewal would give the Directorate “the predictability it needs” as it prepares a special meeting of the Committee in Mumbai and New Delhi on the use of new technologies'),
    ).toEqual([]);
    expect(read('resolution of land and tenure rights (Community Rights Law with respect to Forest Lands and Lands Commission Act),')).toEqual([]);
    expect(read('a note verbale from the Permanent Mission of Yugoslavia to the United Nations')).toEqual([]);
    expect(read('la Commission nationale a décidé')).toEqual([]);
  });

  it('two bodies joined by "and the" are not one name; a name of generic words alone is none (S/PRST/2008/33)', () => {
    const text = 'the preliminary work undertaken by the High Level Committee and the Joint Security Committee set up under that Agreement';
    expect(read(text)).toEqual(['JSC=Joint Security Committee']);
  });

  it('no body inside or across a known name', () => {
    const text = 'the United Nations Mission for the Referendum in Western Sahara';
    expect(read(text, [makeMatch('Body', 'UN', 4, 18)])).toEqual([]);
  });
});
