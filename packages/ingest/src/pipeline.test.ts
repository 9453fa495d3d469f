import { fileURLToPath } from 'node:url';
import { serializeGraph } from '@unkg/graph';
import { describe, expect, it } from 'vitest';
import { analyseDocument, buildFragments, ingestPaths, symbolNode } from './pipeline';
import { loadFile } from './load';
import type { CitationMatch } from './types';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const SEED_RESOLUTION = `${CORPUS}seeds/003_806dc498987e8b5c.txt`;
const SEED_RELEASE = `${CORPUS}seeds/001_c19ed2f20ea50625.txt`;

describe('symbolNode', () => {
  it('reads organ, number and year from the symbol', () => {
    expect(symbolNode('S/RES/2370 (2017)')).toEqual({ kind: 'Resolution', label: 'S/RES/2370 (2017)', symbol: 'S/RES/2370 (2017)', organ: 'SC', number: '2370', year: 2017 });
    expect(symbolNode('A/RES/71/19')).toMatchObject({ kind: 'Resolution', organ: 'GA', number: '71/19', year: null });
    expect(symbolNode('S/PRST/2018/9')).toEqual({ kind: 'Statement', label: 'S/PRST/2018/9', symbol: 'S/PRST/2018/9', year: 2018 });
    expect(symbolNode('S/2019/580')).toEqual({ kind: 'Document', label: 'S/2019/580', symbol: 'S/2019/580' });
  });
});

describe('buildFragments', () => {
  const citation = (citing: string | null, symbol: string, section: 'preamble' | 'operative' | 'body'): CitationMatch => ({
    target: { kind: 'Resolution', symbol, organ: 'SC', number: symbol.slice(6, 10), year: Number(symbol.slice(12, 16)) },
    citing,
    evidence: { section, paragraph: null, verb: 'recall', quote: 'q', start: 10, end: 20 },
  });

  it('a resolution text: Document, TEXT_OF its resolution (with date and meeting), CITES with evidence naming the document', () => {
    const doc = analyseDocument(loadFile(SEED_RESOLUTION));
    const { primary, fragment } = buildFragments(doc, [citation('S/RES/2370 (2017)', 'S/RES/1373 (2001)', 'preamble')]);
    const docKey = `doc:${SEED_RESOLUTION}`;
    expect(primary.nodes[0]).toEqual({
      key: docKey,
      attributes: {
        kind: 'Document', label: 'S/RES/2370 (2017) [fr]', source: SEED_RESOLUTION, lang: 'fr', docType: 'resolution',
        title: 'Résolution 2370 (2017)', date: '2017-08-02', meeting: 8017, symbol: 'S/RES/2370 (2017)',
      },
    });
    expect(primary.nodes[1]).toEqual({
      key: 'S/RES/2370 (2017)',
      attributes: { kind: 'Resolution', label: 'S/RES/2370 (2017)', symbol: 'S/RES/2370 (2017)', organ: 'SC', number: '2370', year: 2017, date: '2017-08-02', meeting: 8017 },
    });
    expect(fragment.edges).toEqual([
      { kind: 'TEXT_OF', source: docKey, target: 'S/RES/2370 (2017)' },
      { kind: 'CITES', source: 'S/RES/2370 (2017)', target: 'S/RES/1373 (2001)', evidence: { doc: docKey, section: 'preamble', paragraph: null, verb: 'recall', quote: 'q', start: 10, end: 20 } },
    ]);
  });

  it('a press release: narrative citations are MENTIONS, but not of the resolution it is a text of', () => {
    const doc = analyseDocument(loadFile(SEED_RELEASE));
    const { primary, fragment } = buildFragments(doc, [citation(null, 'S/RES/2482 (2019)', 'body'), citation(null, 'S/RES/2370 (2017)', 'body')]);
    expect(primary.nodes.map((node) => node.key)).toEqual([`doc:${SEED_RELEASE}`, 'S/RES/2482 (2019)']);
    // the release is not the resolution's own text: its date and meeting stay off the resolution node
    expect(primary.nodes[1]!.attributes).not.toHaveProperty('meeting');
    expect(fragment.edges.map((edge) => `${edge.kind} ${edge.target}`)).toEqual(['TEXT_OF S/RES/2482 (2019)', 'MENTIONS S/RES/2370 (2017)']);
  });
});

describe('ingestPaths', () => {
  it('is deterministic: the same input gives a byte-identical graph.json, in-process and in worker threads', async () => {
    const paths = [`${CORPUS}seeds`, `${CORPUS}unsc/text/S_RES_2505_2020.fr.txt`, `${CORPUS}unsc/xml/S_RES_2505_2020.en.xml`];
    const first = await ingestPaths(paths, { workers: 1, entities: false });
    const second = await ingestPaths(paths, { workers: 1, entities: false });
    const threaded = await ingestPaths(paths, { workers: 2, entities: false });
    const json = serializeGraph(first.graph);
    expect(serializeGraph(second.graph)).toBe(json);
    expect(serializeGraph(threaded.graph)).toBe(json);
    expect(threaded.report.workers).toBe(2);
    expect(first.report.files).toMatchObject({ found: 7, read: 7, failed: 0 });
    // one Resolution node for the French text and the English AKN of 2505 (2020), a TEXT_OF from each
    const textOf = first.graph.inEdges('S/RES/2505 (2020)').filter((edge) => first.graph.getEdgeAttribute(edge, 'kind') === 'TEXT_OF');
    expect(textOf).toHaveLength(2);
    expect(first.graph.getNodeAttributes('S/RES/2505 (2020)')).toMatchObject({ date: '2020-01-13', meeting: 8701 });
  }, 120_000);

  it('goes on after a bad file and reports it', async () => {
    const { report, graph } = await ingestPaths([`${CORPUS}seeds/003_806dc498987e8b5c.txt`, `${CORPUS}seeds/gold.json`, '/nonexistent/file.txt'], { workers: 1, entities: false });
    expect(report.files.read).toBe(1);
    expect(report.issues.map((issue) => `${issue.level} ${issue.source}: ${issue.message}`)).toEqual([
      `warning ${CORPUS}seeds/gold.json: skipped: unsupported extension ".json" (reads .txt, .md, .html, .htm, .xml)`,
      'error /nonexistent/file.txt: cannot be read (ENOENT)',
    ]);
    expect(graph.hasNode('S/RES/2370 (2017)')).toBe(true);
  });
});
