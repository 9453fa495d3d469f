/**
 * Entities and mandates of the seed documents end to end: `ingestPaths` on
 * ../shared/corpus/seeds, scored by `unkg eval seeds` against gold.json. The targets:
 * F1 ≥ 0.9 for bodies, threats, groups, persons, states and mandates, precision ≥ 0.85.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeGraph, type KnowledgeGraph } from '@unkg/graph';
import { evaluateSeeds, ENTITY_CATEGORIES, readGold, run, type SeedsReport } from '@unkg/ingest/eval/seeds';
import { ingestPaths } from '@unkg/ingest/pipeline';
import { beforeAll, describe, expect, it } from 'vitest';
import { announceSkip } from '../support/skips';

const SEEDS = '../shared/corpus/seeds';
const available = existsSync(join(SEEDS, 'gold.json'));
if (!available && process.env.CI) throw new Error(`${SEEDS} is missing: the seed tests need the shared corpus`);
if (!available) announceSkip('e2e', `${SEEDS} is missing: the seed tests need the shared corpus`);

describe.skipIf(!available)('entities in the seed documents', () => {
  let graph: KnowledgeGraph;
  let report: SeedsReport;

  beforeAll(async () => {
    ({ graph } = await ingestPaths([SEEDS], { workers: 1 }));
    report = evaluateSeeds(graph, readGold(join(SEEDS, 'gold.json')));
  });

  it.each(ENTITY_CATEGORIES)('meets the target for %s', (category) => {
    const score = report.scores[category];
    expect(score.f1, `${category}: ${JSON.stringify(score)}`).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
  });

  it('finds every document of the annotation', () => {
    expect(report.documents.every((document) => document.found)).toBe(true);
  });

  it('records the mandates of S/RES/2482 (2019) with verbs, paragraphs and the supporting role', () => {
    const mandate = (body: string) => graph.getEdgeAttributes(`MANDATES:S/RES/2482 (2019)->body:${body}`);
    expect(mandate('SG').evidence!.map((item) => [item.verb, item.paragraph])).toEqual([['request', '25']]);
    const cted = mandate('CTED').evidence!;
    expect(cted.some((item) => item.role === 'support' && item.paragraph === '22')).toBe(true);
    expect(cted.some((item) => item.role === undefined && item.paragraph === '23')).toBe(true);
    // operative paragraphs only: the preamble's "demandant à l'ONUDC d'appuyer" is context
    expect(mandate('UNODC').evidence!.every((item) => item.section === 'operative')).toBe(true);
    expect(mandate('UNODC').evidence!.some((item) => item.paragraph === '22')).toBe(true);
    expect(graph.hasEdge('MANDATES:S/RES/2482 (2019)->body:SC')).toBe(false);
  });

  it('links the person to the organisation the text names', () => {
    expect(graph.getNodeAttributes('person:emmanuel-roux')).toMatchObject({
      kind: 'Person',
      label: 'Emmanuel Roux',
      organisation: 'International Criminal Police Organization',
    });
  });

  it('lets the 1267 Committee name the resolution that established it', () => {
    expect(graph.getNodeAttributes('body:Committee1267')).toMatchObject({ kind: 'Body', establishedBy: 'S/RES/1267 (1999)' });
  });

  it('is deterministic: a second ingest writes the same graph', async () => {
    const again = await ingestPaths([SEEDS], { workers: 1 });
    expect(serializeGraph(again.graph)).toBe(serializeGraph(graph));
  });

  it('scores from the command line and fails below a target', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'unkg-seeds-'));
    const file = join(directory, 'graph.json');
    writeFileSync(file, serializeGraph(graph));
    const output: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => output.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      expect(await run(['--graph', file, '--gold', join(SEEDS, 'gold.json'), '--min-f1', '0.9', '--min-precision', '0.85'])).toBe(0);
      expect(await run(['--graph', file, '--gold', join(SEEDS, 'gold.json'), '--min-f1', '1.01'])).toBe(1);
    } finally {
      process.stdout.write = write;
    }
    expect(output.join('')).toMatch(/^category\s+tp\s+fp\s+fn\s+precision\s+recall\s+F1\nbodies/m);
  });
});
