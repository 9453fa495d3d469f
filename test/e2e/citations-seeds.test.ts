/**
 * The seeds end to end: every citation of ../shared/corpus/seeds/gold.json is found, and
 * nothing else, for the French text of resolution 2370 (2017) (seed 003, Markdown residue and
 * page-break debris included) and for the draft of resolution 2482 (2019) quoted by press
 * release CS/13893 (seed 001). News and narrative text cite nothing: they only mention.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPaths } from '@unkg/ingest/pipeline';
import { beforeAll, describe, expect, it } from 'vitest';
import { announceSkip } from '../support/skips';

const SEEDS = '../shared/corpus/seeds';
const available = existsSync(join(SEEDS, 'gold.json'));
if (!available && process.env.CI)
  throw new Error(`${SEEDS} is missing: the seed tests need the shared corpus`);
if (!available) announceSkip('e2e', `${SEEDS} is missing: the seed tests need the shared corpus`);

interface GoldDocument {
  cites: Record<string, { required: string[]; optional: string[] }>;
}

describe.skipIf(!available)('citations in the seed documents', () => {
  let cited: Map<string, Set<string>>;
  let citingSources: Map<string, Set<string>>;
  let gold: Record<string, GoldDocument>;

  beforeAll(async () => {
    gold = (
      JSON.parse(readFileSync(join(SEEDS, 'gold.json'), 'utf8')) as {
        documents: Record<string, GoldDocument>;
      }
    ).documents;
    const { graph } = await ingestPaths([SEEDS], { entities: false, workers: 1 });
    cited = new Map();
    citingSources = new Map();
    graph.forEachEdge((_key, attributes, source, target) => {
      if (attributes.kind !== 'CITES') return;
      if (!cited.has(source)) cited.set(source, new Set());
      const symbol = (graph.getNodeAttributes(target) as { symbol?: string }).symbol;
      if (symbol) cited.get(source)!.add(symbol);
      for (const evidence of attributes.evidence ?? []) {
        const file = (graph.getNodeAttributes(evidence.doc) as { source?: string }).source ?? '';
        if (!citingSources.has(source)) citingSources.set(source, new Set());
        citingSources.get(source)!.add(file.split('/').pop()!);
      }
    });
  });

  it.each([
    ['003_806dc498987e8b5c.txt', 'S/RES/2370 (2017)'],
    ['001_c19ed2f20ea50625.txt', 'S/RES/2482 (2019)'],
  ])('%s: the text of %s cites exactly the gold citations', (file, citing) => {
    const expected = gold[file]!.cites[citing]!;
    const found = cited.get(citing) ?? new Set<string>();
    for (const symbol of expected.required)
      expect(found, `${citing} should cite ${symbol}`).toContain(symbol);
    const allowed = new Set([...expected.required, ...expected.optional]);
    expect([...found].filter((symbol) => !allowed.has(symbol))).toEqual([]);
    expect(citingSources.get(citing)).toEqual(new Set([file]));
  });

  it('news and narrative text cite nothing', () => {
    const citing = new Set(cited.keys());
    expect(citing).toEqual(new Set(['S/RES/2370 (2017)', 'S/RES/2482 (2019)']));
  });
});
