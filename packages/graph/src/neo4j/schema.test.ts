import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../types';
import {
  labelOf,
  mergeNodesStatement,
  mergeParagraphsStatement,
  mergeRelationshipsStatement,
  relationshipTypeOf,
  schemaStatements,
} from './schema';

describe('schema', () => {
  it('declares one key uniqueness constraint per contract label, and the Paragraph indexes', () => {
    const statements = schemaStatements();
    expect(statements).toHaveLength(NODE_KINDS.length + 2);
    expect(statements.slice(-2)).toEqual([
      'CREATE INDEX unkg_paragraph_version IF NOT EXISTS FOR (p:Paragraph) ON (p.version)',
      'CREATE INDEX unkg_paragraph_textof IF NOT EXISTS FOR (p:Paragraph) ON (p.textOf)',
    ]);
    expect(statements[0]).toBe(
      'CREATE CONSTRAINT unkg_resolution_key IF NOT EXISTS FOR (n:Resolution) REQUIRE n.key IS UNIQUE',
    );
  });

  it('builds UNWIND MERGE statements with parameters, never values', () => {
    expect(mergeParagraphsStatement()).toBe(
      'UNWIND $rows AS row MATCH (d:Document {key: row.doc}) MERGE (p:Paragraph {key: row.key}) ON CREATE SET p += row.props ON MATCH SET p += row.props MERGE (d)-[:HAS_PARAGRAPH]->(p)',
    );
    expect(mergeNodesStatement('Body')).toBe(
      'UNWIND $rows AS row MERGE (n:Body {key: row.key}) ON CREATE SET n += row.props ON MATCH SET n += row.props',
    );
    expect(mergeRelationshipsStatement('MANDATES', 'Resolution', 'Body')).toBe(
      'UNWIND $rows AS row MATCH (a:Resolution {key: row.source}) MATCH (b:Body {key: row.target}) MERGE (a)-[r:MANDATES]->(b) ON CREATE SET r = row.props ON MATCH SET r = row.props',
    );
  });

  it('accepts only the contract kinds as labels and types', () => {
    expect(labelOf('Threat')).toBe('Threat');
    expect(relationshipTypeOf('TEXT_OF')).toBe('TEXT_OF');
    expect(() => labelOf('Resolution:Admin')).toThrow(/not a node kind/);
    expect(() => labelOf('resolution')).toThrow(/not a node kind/);
    expect(() => relationshipTypeOf('CITES]->() DETACH DELETE a //')).toThrow(/not an edge kind/);
    expect(() => mergeNodesStatement('Evil' as never)).toThrow(/not a node kind/);
  });
});
