/**
 * The entity stage's objects of one kind have one shape (the same own keys in the same order), so
 * that V8 compiles the code that reads them once (matcher.ts makeMatch, gazetteer.ts entityInfo,
 * mandates.ts): checked on real texts (the seeds, the news, a sample of the parallel corpus).
 */
import { describe, expect, it } from 'vitest';
import { corpusSample } from './testing-corpus';
import type { SegmentedDocument } from '../types';
import { EntityTable, entityInfo, loadGazetteer } from './gazetteer';
import { recogniseEntities } from './index';
import { findMandates } from './mandates';
import { makeMatch, scan } from './matcher';

/** The seeds, the news and every 20th file of the parallel corpus. */
const realDocuments = (): SegmentedDocument[] => corpusSample(20);

const keysOf = (value: object): string => Object.keys(value).join(',');

describe('one shape per kind of object', () => {
  it('gives every name match the same keys, with or without a context requirement', () => {
    expect(keysOf(makeMatch('Body', 'UNODC', 0, 5))).toBe('kind,id,start,end,requires,shorter');
    expect(keysOf(makeMatch('Body', 'CTED', 0, 5, 'CTC'))).toBe('kind,id,start,end,requires,shorter');
    const { matcher } = loadGazetteer();
    const matches = scan(matcher, { text: 'Le Comité contre le terrorisme et sa Direction exécutive, avec l’ONUDC et le Tchad.' });
    expect(matches.length).toBeGreaterThan(2);
    expect(matches.some((match) => match.requires !== undefined)).toBe(true);
    expect(new Set(matches.map(keysOf))).toEqual(new Set(['kind,id,start,end,requires,shorter']));
  });

  it('gives every entity description the same keys, from the gazetteer and from a document', () => {
    const shapes = new Set([...loadGazetteer().entities.values()].map(keysOf));
    expect(shapes).toEqual(new Set(['kind,id,label,aliases,establishedBy,category,state']));
    const table = new EntityTable(loadGazetteer().entities);
    table.set('Body:GCOM', { kind: 'Body', id: 'GCOM', label: 'Groupe de coordination des opérations maritimes', aliases: ['GCOM'], category: 'introduced' });
    expect(keysOf(table.get('Body:GCOM')!)).toBe('kind,id,label,aliases,establishedBy,category,state');
    expect(entityInfo({ kind: 'State', id: 'TD', label: 'Chad', aliases: ['Chad'] })).toEqual({ kind: 'State', id: 'TD', label: 'Chad', aliases: ['Chad'] });
  });

  it('keeps those shapes on real texts: entity infos of each document, mandates with and without a role', () => {
    const docs = realDocuments();
    if (docs.length === 0) return;
    const mandateShapes = new Set<string>();
    let roles = 0;
    for (const doc of docs) {
      const { mentions, entities, units, tokens, hits } = recogniseEntities(doc);
      for (const mention of mentions) {
        const info = entities.get(`${mention.kind}:${mention.id}`);
        if (info) expect(keysOf(info)).toBe('kind,id,label,aliases,establishedBy,category,state');
      }
      for (const mandate of findMandates(doc, mentions, units, tokens, hits)) {
        mandateShapes.add(keysOf(mandate));
        if (mandate.role) roles++;
      }
    }
    expect(roles).toBeGreaterThan(0);
    expect(mandateShapes).toEqual(new Set(['resolution,body,verb,segment,start,end,role']));
  });
});
