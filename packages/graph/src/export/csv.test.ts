import { describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, exportNeo4jCsv, importCommand, quote } from './csv';
import { buildTestGraph, reversedCopy } from './test-graph';

/** Minimal RFC 4180 reader, enough to check what we wrote (neo4j-admin itself runs in test/neo4j). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  return rows;
}

describe('exportNeo4jCsv', () => {
  const graph = buildTestGraph();
  const csv = exportNeo4jCsv(graph);
  const file = (name: string) => [...csv.nodeFiles, ...csv.relationshipFiles].find((item) => item.name === name)!;

  it('writes the nodes in as few files as their columns allow, and every relationship in one', () => {
    // a Document's textOf is a list, a Paragraph's a string: two node files
    expect(csv.nodeFiles.map((item) => item.name)).toEqual(['nodes.csv', 'nodes-Paragraph.csv']);
    expect(csv.relationshipFiles.map((item) => item.name)).toEqual(['relationships.csv']);
    const rows = (name: string) => readCsv(file(name).content).length - 1;
    expect(csv.nodeFiles.reduce((sum, item) => sum + rows(item.name), 0)).toBe(graph.order);
    expect(new Set(readCsv(file('nodes.csv').content).slice(1).map((row) => row[2]))).toEqual(
      new Set(['Resolution', 'Statement', 'Document', 'Body', 'Threat', 'Group', 'State', 'Person']),
    );
    // the graph's edges, and one evidence relationship per paragraph and entity it supports an edge to
    const evidenceRelationships = new Set<string>();
    graph.forEachEdge((_key, attributes, _source, target) => {
      for (const item of attributes.evidence ?? []) evidenceRelationships.add(`${attributes.kind} ${item.para} ${target}`);
    });
    const paragraphs = rows('nodes-Paragraph.csv');
    const relationships = readCsv(file('relationships.csv').content).slice(1);
    expect(relationships.filter((row) => row[2] === 'HAS_PARAGRAPH')).toHaveLength(paragraphs);
    expect(relationships.length).toBe(graph.size + evidenceRelationships.size);
  });

  it('gives every node an integer ID, unique across files, that the relationships refer to', () => {
    const nodes = csv.nodeFiles.flatMap((item) => readCsv(item.content).slice(1));
    const keyOf = new Map(nodes.map((row) => [row[0]!, row[1]!]));
    expect(keyOf.size).toBe(graph.order);
    expect([...keyOf.keys()].every((id) => /^\d+$/.test(id))).toBe(true);
    expect(new Set(keyOf.values())).toEqual(new Set(graph.nodes()));
    const relationships = readCsv(file('relationships.csv').content).slice(1);
    for (const row of relationships) {
      expect(keyOf.has(row[0]!) && keyOf.has(row[1]!)).toBe(true);
      if (row[2] === 'HAS_PARAGRAPH') expect(keyOf.get(row[1]!)!.startsWith(`${keyOf.get(row[0]!)}#`)).toBe(true);
    }
    const header = readCsv(file('relationships.csv').content)[0]!;
    const summary = relationships.find((row) => row[header.indexOf('key')] === 'MANDATES:S/RES/2370 (2017)->body:ctc')!;
    expect([keyOf.get(summary[0]!), keyOf.get(summary[1]!)]).toEqual(['S/RES/2370 (2017)', 'body:ctc']);
  });

  it('uses the neo4j-admin header syntax with typed properties and arrays', () => {
    expect(readCsv(file('nodes.csv').content)[0]).toEqual([
      ':ID', 'key', ':LABEL', 'aliases:string[]', 'date', 'docType', 'iso2', 'kind', 'label', 'lang', 'meeting:long', 'number',
      'organ', 'source', 'symbol', 'textOf:string[]', 'title', 'year:long',
    ]);
    expect(readCsv(file('nodes-Paragraph.csv').content)[0]).toEqual([
      ':ID', 'key', ':LABEL', 'doc', 'end:long', 'index:long', 'kind', 'label', 'lang', 'paragraph', 'section', 'start:long', 'text', 'textOf', 'version',
    ]);
    expect(readCsv(file('relationships.csv').content)[0]).toEqual([
      ':START_ID', ':END_ID', ':TYPE', 'docs:string[]', 'ends:long[]', 'key', 'kind', 'notes:string[]', 'pins:string[]', 'resolutions:string[]',
      'roles:string[]', 'starts:long[]', 'verbs:string[]', 'weight:long',
    ]);
  });

  it('quotes strings, joins arrays with the unit separator and leaves null empty', () => {
    const [nodeHeader, ...nodes] = readCsv(file('nodes.csv').content);
    const property = (row: string[], name: string) => row[nodeHeader!.indexOf(name)];
    const resolution = nodes.find((row) => row[1] === 'S/RES/1373 (2001)')!;
    expect(['key', ':LABEL', 'kind', 'label', 'meeting:long', 'number', 'organ', 'symbol', 'year:long', 'aliases:string[]'].map((name) => property(resolution, name))).toEqual([
      'S/RES/1373 (2001)', 'Resolution', 'Resolution', 'S/RES/1373 (2001)', '', '1373', 'SC', 'S/RES/1373 (2001)', '', '',
    ]);
    expect(file('nodes.csv').content).toContain(',8017,"2370","SC"');
    const ctc = nodes.find((row) => row[1] === 'body:ctc')!;
    expect(property(ctc, 'aliases:string[]')!.split(ARRAY_DELIMITER)).toEqual(['CTC', 'Comité contre le terrorisme', 'Committee established pursuant to resolution 1373 (2001), "CTC"']);
    expect(file('nodes.csv').content).toContain('resolution 1373 (2001), ""CTC""');
    const paragraphs = readCsv(file('nodes-Paragraph.csv').content);
    const keyOf = new Map([...nodes, ...paragraphs.slice(1)].map((row) => [row[0]!, row[1]!]));
    const [header, ...relationships] = readCsv(file('relationships.csv').content);
    const column = (name: string) => header!.indexOf(name);
    const mandates = relationships.filter((row) => row[2] === 'MANDATES');
    const summary = mandates.find((row) => row[column('key')] === 'MANDATES:S/RES/2370 (2017)->body:ctc')!;
    expect(summary[column('verbs:string[]')]!.split(ARRAY_DELIMITER)).toEqual(['direct', 'request']);
    expect(summary[column('weight:long')]).toBe('2');
    expect(summary[column('starts:long[]')]).toBe('');
    const evidence = mandates.filter((row) => keyOf.get(row[1]!) === 'body:ctc' && keyOf.get(row[0]!)!.includes('#'));
    expect(evidence.map((row) => [keyOf.get(row[0]!), row[column('starts:long[]')], row[column('verbs:string[]')]])).toEqual([
      ['doc:data/samples/003_resolution_2370_fr.txt#5', '11', 'request'],
      ['doc:data/samples/003_resolution_2370_fr.txt#7', '14', 'direct'],
    ]);
    const paragraph = paragraphs.find((row) => row[1] === 'doc:data/samples/003_resolution_2370_fr.txt#7')!;
    expect(paragraph).toContain('10. Charge le Comité\nde faire rapport | avant le 31 décembre.');
    expect(paragraph).toContain('S/RES/2370 (2017) OP10');
    expect(quote('a "b"')).toBe('"a ""b"""');
  });

  it('prints the exact import command', () => {
    expect(importCommand(csv, { directory: 'out/graph-neo4j-import' })).toBe(
      'neo4j-admin database import full neo4j ' +
        csv.nodeFiles.map((item) => `--nodes=out/graph-neo4j-import/${item.name}`).join(' ') + ' ' +
        csv.relationshipFiles.map((item) => `--relationships=out/graph-neo4j-import/${item.name}`).join(' ') +
        ' --id-type=integer --array-delimiter=U+001F --multiline-fields=true',
    );
    expect(csv.afterImport.content.split('\n')[0]).toBe('CREATE CONSTRAINT unkg_resolution_key IF NOT EXISTS FOR (n:Resolution) REQUIRE n.key IS UNIQUE;');
  });

  it('loses nothing on the way: no empty list, no empty item; after the import only the schema', () => {
    const statements = csv.afterImport.content.trimEnd().split('\n');
    expect(statements.every((line) => line.startsWith('CREATE CONSTRAINT ') || line.startsWith('CREATE INDEX '))).toBe(true);
    for (const item of [...csv.nodeFiles, ...csv.relationshipFiles]) {
      expect(item.content).not.toContain(`"${ARRAY_DELIMITER}`);
      expect(item.content).not.toContain(`${ARRAY_DELIMITER}"`);
      expect(item.content).not.toContain(`${ARRAY_DELIMITER}${ARRAY_DELIMITER}`);
    }
  });

  it('is deterministic whatever the insertion order', () => {
    expect(exportNeo4jCsv(reversedCopy(graph))).toEqual(csv);
  });
});
