import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addEdge, addParagraph, createGraph, documentKey, evidenceIn, mergeNode, serializeGraph } from '@unkg/graph';
import { describe, expect, it, vi } from 'vitest';
import {
  canonicalGoldSymbol,
  predictionsFromGraph,
  run,
  readGoldCorpus,
  scoreCitations,
  thresholdFailures,
} from './citations';

/**
 * A tiny corpus: two resolutions in English and French.
 * - A (en): gold links 1373, 2178, S/PRST/2018/9; tolerated year-less 2253.
 * - A (fr): gold links 1373 only (written "ch/…"-style with debris).
 * - B (en): no links at all (so its extra citations are not judged).
 */
function writeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unkg-eval-'));
  mkdirSync(join(dir, 'text'));
  const documents = [
    { file: 'text/S_RES_2396_2017.en.txt', symbol: 'S/RES/2396 (2017)', lang: 'en' },
    { file: 'text/S_RES_2396_2017.fr.txt', symbol: 'S/RES/2396 (2017)', lang: 'fr' },
    { file: 'text/S_RES_1400_2002.en.txt', symbol: 'S/RES/1400 (2002)', lang: 'en' },
  ];
  writeFileSync(
    join(dir, 'documents.jsonl'),
    `${documents.map((document) => JSON.stringify(document)).join('\n')}\n`,
  );
  writeFileSync(
    join(dir, 'citations.tsv'),
    [
      'S/RES/2396 (2017)\ten\tS/RES/1373 (2001)\tpreamble\t\t1373 (2001)',
      'S/RES/2396 (2017)\ten\tS/RES/1373 (2001)\toperative\t3\t1373 (2001)',
      'S/RES/2396 (2017)\ten\tS/RES/2178 (2014)\tpreamble\t\t2178 (2014)',
      'S/RES/2396 (2017)\ten\tS/PRST/2018/9\tpreamble\t\tS/PRST/2018/9',
      'S/RES/2396 (2017)\tfr\tsp/S/RES/1373 (2001)\tpreamble\t\t1373',
      'S/RES/2396 (2017)\tfr\thttps://documents-dds-ny.un.org/doc/UNDOC/GEN/N17/460/26/pdf/N1746026.pdf?OpenElement\tpreamble\t\t2178 (2014)',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'tolerated.tsv'), 'S/RES/2396 (2017)\ten\t2253\n');
  return dir;
}

/** The preamble each document's evidence sits in: every citation the test needs, 1373 twice. */
const PREAMBLE = 'Recalling its resolutions 1373 (2001), 2253 (2015), 2199 (2015), document S/2018/1177 and again 1373 (2001),';

/** A graph as `unkg ingest` would write it for the corpus above, with chosen mistakes. */
function writeGraph(dir: string): string {
  const graph = createGraph();
  const sources = [
    'text/S_RES_2396_2017.en.txt',
    'text/S_RES_2396_2017.fr.txt',
    'text/S_RES_1400_2002.en.txt',
  ];
  for (const source of sources) {
    const symbol = source.includes('2396') ? 'S/RES/2396 (2017)' : 'S/RES/1400 (2002)';
    mergeNode(graph, documentKey(source), {
      kind: 'Document',
      label: source,
      source,
      lang: source.slice(-6, -4),
      docType: 'resolution',
      title: source,
      date: null,
      textOf: [symbol],
    });
  }
  const resolution = (symbol: string, number: string, year: number): void =>
    mergeNode(graph, symbol, { kind: 'Resolution', label: symbol, symbol, organ: 'SC', number, year });
  resolution('S/RES/2396 (2017)', '2396', 2017);
  resolution('S/RES/1400 (2002)', '1400', 2002);
  resolution('S/RES/1373 (2001)', '1373', 2001);
  resolution('S/RES/2178 (2014)', '2178', 2014);
  resolution('S/RES/2253 (2015)', '2253', 2015);
  resolution('S/RES/2199 (2015)', '2199', 2015);
  mergeNode(graph, 'S/PRST/2018/9', { kind: 'Statement', label: 'S/PRST/2018/9', symbol: 'S/PRST/2018/9' });
  mergeNode(graph, 'S/2018/1177', { kind: 'Document', label: 'S/2018/1177', symbol: 'S/2018/1177' });
  const [en, fr, other] = sources.map((source) => {
    const doc = documentKey(source);
    const symbol = source.includes('2396') ? 'S/RES/2396 (2017)' : 'S/RES/1400 (2002)';
    addEdge(graph, 'TEXT_OF', doc, symbol);
    return addParagraph(graph, doc, { section: 'preamble', text: PREAMBLE, textOf: symbol });
  }) as [string, string, string];
  const at = (para: string, text: string, last = false) => {
    const start = last ? PREAMBLE.lastIndexOf(text) : PREAMBLE.indexOf(text);
    return evidenceIn(graph, para, { start, end: start + text.length }, 'recall');
  };
  addEdge(graph, 'CITES', 'S/RES/2396 (2017)', 'S/RES/1373 (2001)', at(en, '1373 (2001)')); // right (twice: counts once)
  addEdge(graph, 'CITES', 'S/RES/2396 (2017)', 'S/RES/1373 (2001)', at(en, '1373 (2001)', true));
  addEdge(graph, 'CITES', 'S/RES/2396 (2017)', 'S/RES/1373 (2001)', at(fr, '1373 (2001)')); // right in French
  addEdge(graph, 'CITES', 'S/RES/2396 (2017)', 'S/RES/2253 (2015)', at(en, '2253 (2015)')); // tolerated
  addEdge(graph, 'CITES', 'S/RES/2396 (2017)', 'S/RES/2199 (2015)', at(en, '2199 (2015)')); // wrong
  addEdge(graph, 'CITES', 'S/RES/2396 (2017)', 'S/2018/1177', at(en, 'S/2018/1177')); // wrong, not a resolution
  addEdge(graph, 'CITES', 'S/RES/2396 (2017)', 'S/RES/2199 (2015)', at(fr, '2199 (2015)')); // wrong in French
  addEdge(graph, 'CITES', 'S/RES/1400 (2002)', 'S/RES/2199 (2015)', at(other, '2199 (2015)')); // unjudged: no links
  const path = join(dir, 'graph.json');
  writeFileSync(path, serializeGraph(graph));
  return path;
}

describe('citation evaluation', () => {
  it('reduces the UN link targets to canonical symbols', () => {
    expect(canonicalGoldSymbol('ch/S/RES/2436 (2018)')).toBe('S/RES/2436 (2018)');
    expect(canonicalGoldSymbol('sp/S/PRST/2019/3')).toBe('S/PRST/2019/3');
    expect(canonicalGoldSymbol('/S/2019/822')).toBe('S/2019/822');
    expect(canonicalGoldSymbol('s/RES/1325 (2000)')).toBe('S/RES/1325 (2000)');
    expect(canonicalGoldSymbol('ch/S/res/2467 (2019)')).toBe('S/RES/2467 (2019)');
    expect(canonicalGoldSymbol('A/RES72/276')).toBe('A/RES/72/276');
    expect(canonicalGoldSymbol('S/AC.51.2017/2')).toBe('S/AC.51/2017/2');
    expect(canonicalGoldSymbol('A/HRC/RES/45/34')).toBe('A/HRC/RES/45/34');
    expect(
      canonicalGoldSymbol(
        'https://conferences.unite.un.org/DocumentStorage/MultiLanguageAlignment.bitext?Symbol=S/RES/2532%20(2020)&language1=English',
      ),
    ).toBe('S/RES/2532 (2020)');
    expect(
      canonicalGoldSymbol(
        'https://documents-dds-ny.un.org/doc/UNDOC/GEN/N20/310/99/pdf/N2031099.pdf?OpenElement',
      ),
    ).toBeNull();
  });

  it('scores per file and language: recall everywhere, precision on linked files, tolerated numbers neutral', () => {
    const dir = writeCorpus();
    const corpus = readGoldCorpus(dir);
    expect(corpus.unscorable).toBe(1);
    const report = scoreCitations(corpus, predictionsFromGraph(writeGraph(dir), corpus));
    const { resolutions, all } = report.scopes;
    // en: gold {1373, 2178} (resolutions); predicted {1373, 2253 (tolerated), 2199} → TP 1, FP 1, FN 1
    expect(resolutions.byLanguage.en).toMatchObject({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      precision: 0.5,
      recall: 0.5,
    });
    // fr: gold {1373}; predicted {1373, 2199} → TP 1, FP 1, FN 0
    expect(resolutions.byLanguage.fr).toMatchObject({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 0,
      precision: 0.5,
      recall: 1,
    });
    expect(resolutions.overall).toMatchObject({ truePositives: 2, falsePositives: 2, falseNegatives: 1 });
    expect(resolutions.overall.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3), 10);
    // all symbols add S/PRST/2018/9 (missed) and S/2018/1177 (wrong) in English
    expect(all.byLanguage.en).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 2 });
    expect(report.falsePositives).toContainEqual({ key: 'S/RES/2396 (2017)\ten', symbol: 'S/2018/1177' });
    expect(report.falseNegatives).toContainEqual({ key: 'S/RES/2396 (2017)\ten', symbol: 'S/PRST/2018/9' });
    expect(report.falsePositives.some((item) => item.key.startsWith('S/RES/1400'))).toBe(false);
    expect(thresholdFailures(report, null, null)).toEqual([]);
    expect(thresholdFailures(report, 0.5, null)).toEqual([]);
    expect(thresholdFailures(report, 0.6, 0.9)).toEqual([
      'resolution-citation F1 in en is 0.5000 < 0.6',
      'F1 over all UN symbols is 0.4444 < 0.9',
    ]);
  });

  it('runs as `unkg eval citations`, failing under the asked F1', async () => {
    const dir = writeCorpus();
    const graph = writeGraph(dir);
    const output: string[] = [];
    const stdout = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk) => output.push(String(chunk)) > 0);
    const stderr = vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk) => output.push(String(chunk)) > 0);
    try {
      expect(await run([dir, '--graph', graph, '--verbose'])).toBe(0);
      expect(output.join('')).toMatch(/Resolution citations:[\s\S]*\n {2}en +0\.5000 +0\.5000 +0\.5000/);
      expect(output.join('')).toContain('S/RES/2396 (2017) [en]  S/2018/1177');
      expect(await run([dir, '--graph', graph, '--min-f1', '0.9'])).toBe(1);
      expect(await run([dir, '--graph', join(dir, 'missing.json')])).toBe(2);
      expect(await run([])).toBe(2);
      // an unknown option or a second directory is a usage error, not read as the corpus
      expect(await run(['--min-f', '0.9', dir, '--graph', graph])).toBe(2);
      expect(await run([dir, dir, '--graph', graph])).toBe(2);
      expect(output.join('')).toContain('unkg eval citations: unexpected argument');
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });

  it('names the file when a corpus is incomplete', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unkg-eval-bad-'));
    expect(() => readGoldCorpus(dir)).toThrow(/documents\.jsonl: missing/);
    writeFileSync(join(dir, 'documents.jsonl'), '{"file": "a.txt"\n');
    expect(() => readGoldCorpus(dir)).toThrow(/documents\.jsonl:1: not a JSON line/);
  });
});
