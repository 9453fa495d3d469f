/**
 * The citation engine end to end on the UN's Security Council corpus: `ingestPaths` over
 * ../shared/corpus/unsc/text, then the same scoring as `unkg eval citations`.
 * Targets (issue 2): resolution-citation F1 ≥ 0.995 in each of the six languages, ≥ 0.98 over all UN symbols.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeGraph } from '@unkg/graph';
import {
  formatReport,
  predictionsFromGraph,
  readGoldCorpus,
  scoreCitations,
  type ScoreReport,
} from '@unkg/ingest/eval/citations';
import { ingestPaths } from '@unkg/ingest/pipeline';
import { beforeAll, describe, expect, it } from 'vitest';
import { announceSkip } from '../support/skips';

const CORPUS = '../shared/corpus/unsc';
const available = existsSync(join(CORPUS, 'citations.tsv'));
if (!available && process.env.CI)
  throw new Error(`${CORPUS} is missing: the citation evaluation needs the shared corpus`);
if (!available) announceSkip('e2e', `${CORPUS} is missing: the citation evaluation needs the shared corpus`);

describe.skipIf(!available)('citations on the UN Security Council corpus', () => {
  let report: ScoreReport;

  beforeAll(async () => {
    const { graph } = await ingestPaths([join(CORPUS, 'text')], { entities: false });
    const path = join(mkdtempSync(join(tmpdir(), 'unkg-citations-')), 'graph.json');
    writeFileSync(path, serializeGraph(graph));
    const corpus = readGoldCorpus(CORPUS);
    report = scoreCitations(corpus, predictionsFromGraph(path, corpus));
    process.stdout.write(formatReport(report, false));
  });

  it.each(['en', 'fr', 'es', 'ru', 'ar', 'zh'])('resolution citations in %s: F1 ≥ 0.995', (lang) => {
    const score = report.scopes.resolutions.byLanguage[lang];
    expect(score?.truePositives).toBeGreaterThan(1000);
    expect(score!.f1).toBeGreaterThanOrEqual(0.995);
  });

  it('all UN symbols (statements and other documents included): F1 ≥ 0.98', () => {
    expect(report.scopes.all.overall.f1).toBeGreaterThanOrEqual(0.98);
    for (const score of Object.values(report.scopes.all.byLanguage))
      expect(score.f1).toBeGreaterThanOrEqual(0.98);
  });
});
