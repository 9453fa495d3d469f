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

  it('writes one node file per label and one relationship file per type', () => {
    expect(csv.nodeFiles.map((item) => item.name)).toEqual([
      'nodes-Resolution.csv', 'nodes-Statement.csv', 'nodes-Document.csv', 'nodes-Body.csv',
      'nodes-Threat.csv', 'nodes-Group.csv', 'nodes-State.csv', 'nodes-Person.csv', 'nodes-Paragraph.csv',
    ]);
    expect(csv.relationshipFiles.map((item) => item.name)).toEqual([
      'relationships-CITES.csv', 'relationships-MANDATES.csv', 'relationships-ADDRESSES.csv',
      'relationships-MENTIONS.csv', 'relationships-TEXT_OF.csv', 'relationships-HAS_PARAGRAPH.csv',
    ]);
    const rows = (name: string) => readCsv(file(name).content).length - 1;
    expect(csv.nodeFiles.reduce((sum, item) => sum + rows(item.name), 0)).toBe(graph.order);
    // the graph's edges, and one evidence relationship per paragraph and entity it supports an edge to
    const evidenceRelationships = new Set<string>();
    graph.forEachEdge((_key, attributes, _source, target) => {
      for (const item of attributes.evidence ?? []) evidenceRelationships.add(`${attributes.kind} ${item.para} ${target}`);
    });
    expect(csv.relationshipFiles.reduce((sum, item) => sum + rows(item.name), 0)).toBe(graph.size + evidenceRelationships.size);
  });

  it('uses the neo4j-admin header syntax with typed properties and arrays', () => {
    expect(readCsv(file('nodes-Resolution.csv').content)[0]).toEqual([
      'key:ID', ':LABEL', 'kind', 'label', 'meeting:long', 'number', 'organ', 'symbol', 'year:long',
    ]);
    expect(readCsv(file('nodes-Body.csv').content)[0]).toEqual(['key:ID', ':LABEL', 'aliases:string[]', 'kind', 'label']);
    expect(readCsv(file('nodes-Paragraph.csv').content)[0]).toEqual([
      'key:ID', ':LABEL', 'doc', 'end:long', 'index:long', 'kind', 'label', 'lang', 'paragraph', 'section', 'start:long', 'text', 'textOf', 'version',
    ]);
    expect(readCsv(file('relationships-MANDATES.csv').content)[0]).toEqual([
      ':START_ID', ':END_ID', ':TYPE', 'docs:string[]', 'ends:long[]', 'key', 'kind', 'notes:string[]', 'pins:string[]',
      'roles:string[]', 'starts:long[]', 'verbs:string[]', 'weight:long',
    ]);
  });

  it('quotes strings, joins arrays with the unit separator and leaves null empty', () => {
    const resolutions = readCsv(file('nodes-Resolution.csv').content);
    expect(resolutions.find((row) => row[0] === 'S/RES/1373 (2001)')).toEqual([
      'S/RES/1373 (2001)', 'Resolution', 'Resolution', 'S/RES/1373 (2001)', '', '1373', 'SC', 'S/RES/1373 (2001)', '',
    ]);
    expect(file('nodes-Resolution.csv').content).toContain(',8017,"2370","SC"');
    const ctc = readCsv(file('nodes-Body.csv').content).find((row) => row[0] === 'body:ctc')!;
    expect(ctc[2]!.split(ARRAY_DELIMITER)).toEqual(['CTC', 'Comité contre le terrorisme', 'Committee established pursuant to resolution 1373 (2001), "CTC"']);
    expect(file('nodes-Body.csv').content).toContain('resolution 1373 (2001), ""CTC""');
    const [header, ...mandates] = readCsv(file('relationships-MANDATES.csv').content);
    const column = (name: string) => header!.indexOf(name);
    const summary = mandates.find((row) => row[column('key')] === 'MANDATES:S/RES/2370 (2017)->body:ctc')!;
    expect(summary[column('verbs:string[]')]!.split(ARRAY_DELIMITER)).toEqual(['direct', 'request']);
    expect(summary[column('weight:long')]).toBe('2');
    expect(summary[column('starts:long[]')]).toBe('');
    const evidence = mandates.filter((row) => row[1] === 'body:ctc' && row[0]!.includes('#'));
    expect(evidence.map((row) => [row[0], row[column('starts:long[]')], row[column('verbs:string[]')]])).toEqual([
      ['doc:data/samples/003_resolution_2370_fr.txt#5', '11', 'request'],
      ['doc:data/samples/003_resolution_2370_fr.txt#7', '14', 'direct'],
    ]);
    const paragraph = readCsv(file('nodes-Paragraph.csv').content).find((row) => row[0] === 'doc:data/samples/003_resolution_2370_fr.txt#7')!;
    expect(paragraph).toContain('10. Charge le Comité\nde faire rapport | avant le 31 décembre.');
    expect(paragraph).toContain('S/RES/2370 (2017) OP10');
    expect(quote('a "b"')).toBe('"a ""b"""');
  });

  it('prints the exact import command', () => {
    expect(importCommand(csv, { directory: 'out/graph-neo4j-import' })).toBe(
      'neo4j-admin database import full neo4j ' +
        csv.nodeFiles.map((item) => `--nodes=out/graph-neo4j-import/${item.name}`).join(' ') + ' ' +
        csv.relationshipFiles.map((item) => `--relationships=out/graph-neo4j-import/${item.name}`).join(' ') +
        ' --array-delimiter=U+001F --multiline-fields=true',
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
