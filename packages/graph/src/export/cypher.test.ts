import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypherName, cypherString, cypherValue, exportCypher } from './cypher';
import { buildTestGraph, reversedCopy } from './test-graph';

describe('cypherString', () => {
  it.each([
    ['plain', "'plain'"],
    ["l'EIIL", "'l\\'EIIL'"],
    ['back\\slash', "'back\\\\slash'"],
    ['two\nlines\r\n', "'two\\nlines\\r\\n'"],
    ['tab\there', "'tab\\there'"],
    ['nul\u0000 del\u007f nel\u0085 ls\u2028 ps\u2029', "'nul\\u0000 del\\u007f nel\\u0085 ls\\u2028 ps\\u2029'"],
    ['« guillemets » “curly” — ONUDC Управление 🇵🇹', "'« guillemets » “curly” — ONUDC Управление 🇵🇹'"],
    ['"double"', `'"double"'`],
  ])('%j', (input, expected) => {
    expect(cypherString(input)).toBe(expected);
  });
});

describe('cypherValue', () => {
  it('writes integers, floats, booleans and lists as Cypher literals', () => {
    expect(cypherValue(neo4j.int(2017))).toBe('2017');
    expect(cypherValue(0.5)).toBe('0.5');
    expect(cypherValue(1e21)).toBe('1e21');
    expect(cypherValue(true)).toBe('true');
    expect(cypherValue(['a', "b'"])).toBe("['a', 'b\\'']");
    expect(cypherValue([neo4j.int(1), neo4j.int(-2)])).toBe('[1, -2]');
    expect(cypherName('evidence_doc')).toBe('evidence_doc');
    expect(cypherName('odd name`')).toBe('`odd name```');
  });
});

describe('exportCypher', () => {
  const graph = buildTestGraph();
  const script = exportCypher(graph);
  const lines = script.trimEnd().split('\n');

  it('has the schema first, then one MERGE per node, paragraph and relationship, one statement per line', () => {
    const paragraphs = graph.filterNodes((_key, attributes) => attributes.kind === 'Paragraph').length;
    const schema = lines.filter((line) => line.startsWith('CREATE CONSTRAINT ') || line.startsWith('CREATE INDEX '));
    expect(schema).toHaveLength(11);
    expect(lines.slice(0, 11)).toEqual(schema);
    expect(lines.every((line) => line.endsWith(';'))).toBe(true);
    expect(lines.filter((line) => line.startsWith('MERGE (n:')).length).toBe(graph.order - paragraphs);
    expect(lines.filter((line) => line.startsWith('MATCH (d:Document')).length).toBe(paragraphs);
    const relationships = lines.filter((line) => line.startsWith('MATCH (a:'));
    expect(relationships.filter((line) => !line.startsWith('MATCH (a:Paragraph')).length).toBe(graph.size - paragraphs);
  });

  it('inlines the loader properties', () => {
    expect(lines).toContain(
      "MERGE (n:Resolution {key: 'S/RES/2370 (2017)'}) SET n += {kind: 'Resolution', label: 'S/RES/2370 (2017)', meeting: 8017, number: '2370', organ: 'SC', symbol: 'S/RES/2370 (2017)', year: 2017};",
    );
    const mandate = lines.find((line) => line.startsWith("MATCH (a:Resolution {key: 'S/RES/2370 (2017)'}) MATCH (b:Body {key: 'body:ctc'})"))!;
    expect(mandate).toBe(
      "MATCH (a:Resolution {key: 'S/RES/2370 (2017)'}) MATCH (b:Body {key: 'body:ctc'}) MERGE (a)-[r:MANDATES]->(b) SET r = {docs: ['doc:data/samples/003_resolution_2370_fr.txt'], key: 'MANDATES:S/RES/2370 (2017)->body:ctc', kind: 'MANDATES', verbs: ['direct', 'request'], weight: 2};",
    );
    expect(lines).toContain(
      "MATCH (a:Paragraph {key: 'doc:data/samples/003_resolution_2370_fr.txt#7'}) MATCH (b:Body {key: 'body:ctc'}) MERGE (a)-[r:MANDATES]->(b) SET r = {ends: [20], kind: 'MANDATES', starts: [14], verbs: ['direct'], weight: 1};",
    );
    expect(lines.find((line) => line.includes("MERGE (p:Paragraph {key: 'doc:data/samples/003_resolution_2370_fr.txt#7'})"))).toContain(
      "text: '10. Charge le Comité\\nde faire rapport | avant le 31 décembre.'",
    );
  });

  it('is deterministic whatever the insertion order', () => {
    expect(exportCypher(reversedCopy(graph))).toBe(script);
  });
});
