import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonical, serializeGraph, type GraphRecord } from '@unkg/graph';
import { recordLinks } from '@unkg/graph/layout-file';
import { describe, expect, it } from 'vitest';
import { analyseDocument, buildFragments, ingestPaths, loadEntityExtractor, processFile } from './pipeline';
import { symbolNode } from './symbols';
import { loadFile } from './load';
import type { CitationMatch } from './types';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const SEED_RESOLUTION = `${CORPUS}seeds/003_806dc498987e8b5c.txt`;
const SEED_RELEASE = `${CORPUS}seeds/001_c19ed2f20ea50625.txt`;

describe('symbolNode', () => {
  it('reads organ, number and year from the symbol', () => {
    expect(symbolNode('S/RES/2370 (2017)')).toEqual({
      kind: 'Resolution',
      label: 'S/RES/2370 (2017)',
      symbol: 'S/RES/2370 (2017)',
      organ: 'SC',
      number: '2370',
      year: 2017,
    });
    expect(symbolNode('A/RES/71/19')).toMatchObject({
      kind: 'Resolution',
      organ: 'GA',
      number: '71/19',
      year: null,
    });
    expect(symbolNode('S/PRST/2018/9')).toEqual({
      kind: 'Statement',
      label: 'S/PRST/2018/9',
      symbol: 'S/PRST/2018/9',
      year: 2018,
    });
    expect(symbolNode('S/2019/580')).toEqual({ kind: 'Document', label: 'S/2019/580', symbol: 'S/2019/580' });
  });
});

describe('buildFragments', () => {
  const citation = (
    citing: string | null,
    symbol: string,
    section: 'preamble' | 'operative' | 'body',
  ): CitationMatch => ({
    target: {
      kind: 'Resolution',
      symbol,
      organ: 'SC',
      number: symbol.slice(6, 10),
      year: Number(symbol.slice(12, 16)),
    },
    citing,
    evidence: { section, paragraph: null, verb: 'recall', start: 10, end: 20 },
  });

  it('a resolution text: Document, TEXT_OF its resolution (with date and meeting), CITES with evidence naming the document', () => {
    const doc = analyseDocument(loadFile(SEED_RESOLUTION));
    const { primary, fragment } = buildFragments(doc, [
      citation('S/RES/2370 (2017)', 'S/RES/1373 (2001)', 'preamble'),
    ]);
    const docKey = `doc:${SEED_RESOLUTION}`;
    expect(primary.nodes[0]).toEqual({
      key: docKey,
      attributes: {
        kind: 'Document',
        label: 'S/RES/2370 (2017) [fr]',
        source: SEED_RESOLUTION,
        lang: 'fr',
        docType: 'resolution',
        title: 'Résolution 2370 (2017)',
        date: '2017-08-02',
        meeting: 8017,
        textOf: ['S/RES/2370 (2017)'],
        symbol: 'S/RES/2370 (2017)',
      },
    });
    expect(primary.nodes[1]).toEqual({
      key: 'S/RES/2370 (2017)',
      attributes: {
        kind: 'Resolution',
        label: 'S/RES/2370 (2017)',
        symbol: 'S/RES/2370 (2017)',
        organ: 'SC',
        number: '2370',
        year: 2017,
        date: '2017-08-02',
        meeting: 8017,
      },
    });
    expect(fragment.edges).toEqual([
      { kind: 'TEXT_OF', source: docKey, target: 'S/RES/2370 (2017)' },
      {
        kind: 'CITES',
        source: 'S/RES/2370 (2017)',
        target: 'S/RES/1373 (2001)',
        evidence: {
          doc: docKey,
          section: 'preamble',
          paragraph: null,
          verb: 'recall',
          start: 10,
          end: 20,
        },
      },
    ]);
  });

  it('a press release: narrative citations are MENTIONS, but not of the resolution it is a text of', () => {
    const doc = analyseDocument(loadFile(SEED_RELEASE));
    const { primary, fragment } = buildFragments(doc, [
      citation(null, 'S/RES/2482 (2019)', 'body'),
      citation(null, 'S/RES/2370 (2017)', 'body'),
    ]);
    expect(primary.nodes.map((node) => node.key)).toEqual([`doc:${SEED_RELEASE}`, 'S/RES/2482 (2019)']);
    // the release is not the resolution's own text: its date and meeting stay off the resolution node
    expect(primary.nodes[1]!.attributes).not.toHaveProperty('meeting');
    expect(fragment.edges.map((edge) => `${edge.kind} ${edge.target}`)).toEqual([
      'TEXT_OF S/RES/2482 (2019)',
      'MENTIONS S/RES/2370 (2017)',
    ]);
  });
});

describe('processFile: HTML', () => {
  it('a UN News page as HTML: French news, title from <title>, body paragraphs', async () => {
    const seed = readFileSync(`${CORPUS}seeds/000_b8c7aa9f59466be0.txt`, 'utf8').split('\n').filter(Boolean);
    const html = `<!doctype html><html><head><title>Le Conseil de sécurité adopte une résolution contre l’armement des terroristes</title></head><body><nav><a href="/">Accueil</a></nav><article>${seed.map((p) => `<p>${p}</p>`).join('')}</article><script>track()</script></body></html>`;
    const path = join(mkdtempSync(join(tmpdir(), 'unkg-html-')), 'news.html');
    writeFileSync(path, html);
    const result = await processFile({ path, name: 'html/news.html' }, {});
    expect(result.issues).toEqual([]);
    expect(result.document).toMatchObject({ lang: 'fr', docType: 'news', symbol: null, textOf: [] });
    const record = JSON.parse(result.record!.line) as GraphRecord;
    expect(record.attributes).toMatchObject({
      title: "Le Conseil de sécurité adopte une résolution contre l'armement des terroristes",
    });
    expect(record.paragraphs!.map((row) => row[3])).toEqual(expect.arrayContaining(seed.slice(1, 4)));
  });
});

describe('processFile: layout links', () => {
  it('are the links of the record line written (made from its rows, without parsing it)', async () => {
    const extractEntities = await loadEntityExtractor();
    const names = ['S_PRST_2008_10.en.txt', 'S_RES_1813_2008.en.txt', 'S_RES_2538_2020.fr.txt', 'S_RES_2615_2021.ar.txt', 'S_RES_2590_2021.ar.txt'];
    let links = 0;
    for (const name of names) {
      const result = await processFile({ path: `${CORPUS}unsc/text/${name}`, name }, { extractEntities });
      expect(result.issues.filter((issue) => issue.level === 'error')).toEqual([]);
      expect(result.links).toEqual(recordLinks(JSON.parse(result.record!.line) as GraphRecord));
      // the line is canonical (attributes, key, paragraphs; every object's keys sorted), as one JSON.stringify writes it
      expect(result.record!.line).toBe(JSON.stringify(canonical(JSON.parse(result.record!.line))));
      expect(result.record!.line.startsWith('{"attributes":{')).toBe(true);
      links += result.links!.links.length + result.links!.mentions.length;
    }
    expect(links).toBeGreaterThan(50);
  });
});

describe('processFile: a text not in UTF-8', () => {
  it('a Windows-1252 French resolution gives the same graph, offsets into the same normalised text, and a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unkg-latin1-'));
    // the characters Windows-1252 can hold (a French text loses only rare ones, such as U+202F)
    const table = new Map([...Array(256).keys()].map((byte) => [new TextDecoder('windows-1252').decode(Uint8Array.of(byte)), byte]));
    const text = [...readFileSync(`${CORPUS}unsc/text/S_RES_2505_2020.fr.txt`, 'utf8')].filter((character) => table.has(character)).join('');
    writeFileSync(join(dir, 'utf8.txt'), text);
    writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([...text].map((character) => table.get(character)!)));
    const utf8 = await processFile({ path: join(dir, 'utf8.txt'), name: 'fr/2505.txt' }, {});
    const legacy = await processFile({ path: join(dir, 'cp1252.txt'), name: 'fr/2505.txt' }, {});
    expect(utf8.issues).toEqual([]);
    expect(legacy.issues).toEqual([
      { source: join(dir, 'cp1252.txt'), level: 'warning', message: expect.stringMatching(/^not UTF-8 \(invalid UTF-8 at byte \d+\): decoded as windows-1252, the encoding detected$/) as unknown },
    ]);
    expect(legacy.stats!.items.CITES).toBeGreaterThan(0);
    expect(legacy.record).toEqual(utf8.record);
    expect(legacy.nodes).toEqual(utf8.nodes);
    expect(legacy.primary).toEqual(utf8.primary);
  });
});

describe('processFile: a 50 MB file', () => {
  it('goes through the whole pipeline (no quadratic stage)', async () => {
    // real resolution text, each copy marked so the normaliser does not drop it as a repetition
    const source = readFileSync(`${CORPUS}unsc/text/S_RES_1373_2001.en.txt`, 'utf8').split('\n');
    const cover = source.slice(0, source.indexOf('The Security Council,') + 1);
    const body = source.slice(cover.length).filter(Boolean);
    const lines = [...cover];
    let size = 0;
    for (let copy = 0; size < 50e6; copy++) {
      for (const line of body) {
        const marked = `${line} [${copy}]`;
        lines.push(marked);
        size += marked.length + 1;
      }
    }
    const path = join(mkdtempSync(join(tmpdir(), 'unkg-big-')), 'big.txt');
    writeFileSync(path, lines.join('\n'));
    const result = await processFile({ path, name: 'big/big.txt' }, {});
    expect(result.issues).toEqual([]);
    expect(result.bytes).toBeGreaterThan(50e6);
    expect(result.document).toMatchObject({ docType: 'resolution', symbol: 'S/RES/1373 (2001)' });
    const record = JSON.parse(result.record!.line) as GraphRecord;
    const citing = record.paragraphs!.filter((row) => row[5]?.CITES);
    expect(result.stats!.items.CITES).toBeGreaterThan(1000);
    expect(citing.reduce((sum, row) => sum + row[5]!.CITES!.length, 0)).toBe(result.stats!.items.CITES);
    // offsets run to the end of the 50 MB text: the last citing paragraph starts past 49 MB
    expect(citing[citing.length - 1]![2]).toBeGreaterThan(49e6);
  }, 600_000);
});

describe('ingestPaths', () => {
  it('is deterministic: the same input gives a byte-identical graph.json, in-process and in worker threads', async () => {
    const paths = [
      `${CORPUS}seeds`,
      `${CORPUS}unsc/text/S_RES_2505_2020.fr.txt`,
      `${CORPUS}unsc/xml/S_RES_2505_2020.en.xml`,
    ];
    const first = await ingestPaths(paths, { workers: 1, entities: false });
    const second = await ingestPaths(paths, { workers: 1, entities: false });
    const threaded = await ingestPaths(paths, { workers: 2, entities: false });
    // each worker's room for record lines goes back and forth (worker-pool.ts), the held lines copied out of it and spilled
    const spilled = await ingestPaths(paths, { workers: 2, entities: false, spillBytes: 20_000, spillDirectory: mkdtempSync(join(tmpdir(), 'unkg-spill-')) });
    const json = serializeGraph(first.graph);
    expect(serializeGraph(second.graph)).toBe(json);
    expect(serializeGraph(threaded.graph)).toBe(json);
    expect(serializeGraph(spilled.graph)).toBe(json);
    expect(spilled.report.spilledRuns).toBeGreaterThan(1);
    expect(threaded.report.workers).toBe(2);
    expect(first.report.files).toMatchObject({ found: 7, read: 7, failed: 0 });
    // one Resolution node for the French text and the English AKN of 2505 (2020), a TEXT_OF from each
    const textOf = first.graph
      .inEdges('S/RES/2505 (2020)')
      .filter((edge) => first.graph.getEdgeAttribute(edge, 'kind') === 'TEXT_OF');
    expect(textOf).toHaveLength(2);
    expect(first.graph.getNodeAttributes('S/RES/2505 (2020)')).toMatchObject({
      date: '2020-01-13',
      meeting: 8701,
    });
  }, 120_000);

  it('keys documents by their name: absolute or relative paths, a file given twice, the same graph.json', async () => {
    const seeds = `${CORPUS}seeds`;
    const absolute = await ingestPaths([seeds], { workers: 1, entities: false });
    const relativeRun = await ingestPaths([relative(process.cwd(), seeds), `${seeds}/003_806dc498987e8b5c.txt`], {
      workers: 1,
      entities: false,
    });
    expect(serializeGraph(relativeRun.graph)).toBe(serializeGraph(absolute.graph));
    const documents = absolute.graph.filterNodes((_key, attributes) => attributes.kind === 'Document' && 'source' in attributes);
    expect(documents).toContain('doc:seeds/003_806dc498987e8b5c.txt');
    expect(documents.every((key) => key.startsWith('doc:seeds/'))).toBe(true);
    expect(absolute.graph.getNodeAttributes('doc:seeds/003_806dc498987e8b5c.txt')).toMatchObject({ source: 'seeds/003_806dc498987e8b5c.txt' });
    expect(relativeRun.report.files.read).toBe(absolute.report.files.read);
  }, 120_000);

  it('goes on after a bad file and reports it', async () => {
    const { report, graph } = await ingestPaths(
      [`${CORPUS}seeds/003_806dc498987e8b5c.txt`, `${CORPUS}seeds/gold.json`, '/nonexistent/file.txt'],
      { workers: 1, entities: false },
    );
    expect(report.files.read).toBe(1);
    expect(report.issues.map((issue) => `${issue.level} ${issue.source}: ${issue.message}`)).toEqual([
      `warning ${CORPUS}seeds/gold.json: skipped: unsupported extension ".json" (reads .txt, .text, .md, .markdown, .html, .htm, .xhtml, .xml, .pdf, .docx, .doc)`,
      'error /nonexistent/file.txt: cannot be read (ENOENT)',
    ]);
    expect(graph.hasNode('S/RES/2370 (2017)')).toBe(true);
  });
});
