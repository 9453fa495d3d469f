/**
 * PDF and Word renderings against the plain texts they were made from: the same documents are
 * ingested three times (the corpus's .txt, the .pdf, the .docx of scripts/render-un-documents.ts)
 * and scored by language with the project's evaluations, restricted to those documents:
 * - citation F1 (eval citations: resolutions, and all UN symbols), against the UN's links;
 * - body recall (eval bodies) against the UN Library's index;
 * - mandate F1 (eval seeds with mandates-gold.json), where the gold covers the documents;
 * - entity agreement: the MENTIONS edges (document, entity) of the rendering's graph scored
 *   against the text's graph (F1 = 1 when reading the rendering loses and adds nothing).
 * Prints one table per measure with the text's figure and each format's difference.
 *
 *   npx tsx scripts/compare-renderings.ts <renderings dir> [<more dirs>...] [--corpus ../shared/corpus/unsc]
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { KnowledgeGraph } from '../packages/graph/src/index';
import { emptyBodiesReport, predictedFromGraph, scoreDocument } from '../packages/ingest/src/eval/bodies';
import { citationPredictions, readGoldCorpus, scoreCitations } from '../packages/ingest/src/eval/citations';
import { evaluateSeeds, readGold } from '../packages/ingest/src/eval/seeds';
import { ingestPaths } from '../packages/ingest/src/pipeline';

const FORMATS = ['txt', 'pdf', 'docx', 'doc'] as const;
type Format = (typeof FORMATS)[number];

const stemOf = (path: string): string => basename(path).replace(/\.[^.]+$/, '');

/** (file stem, entity key) of every MENTIONS edge to an entity, by the document's language. */
function mentions(graph: KnowledgeGraph): Map<string, Set<string>> {
  const byLang = new Map<string, Set<string>>();
  graph.forEachEdge((_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (attributes.kind !== 'MENTIONS' || sourceAttributes.kind !== 'Document') return;
    if (!['Body', 'Threat', 'Group', 'State', 'Person'].includes(targetAttributes.kind)) return;
    const lang = 'lang' in sourceAttributes ? String(sourceAttributes.lang) : 'und';
    const file = 'source' in sourceAttributes ? stemOf(String(sourceAttributes.source)) : source;
    let set = byLang.get(lang);
    if (!set) byLang.set(lang, (set = new Set()));
    set.add(`${file}\t${target}`);
  });
  return byLang;
}

function f1(reference: Set<string>, predicted: Set<string>): number {
  let tp = 0;
  for (const item of predicted) if (reference.has(item)) tp++;
  const precision = predicted.size ? tp / predicted.size : 1;
  const recall = reference.size ? tp / reference.size : 1;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { corpus: { type: 'string', default: '../shared/corpus/unsc' } },
  });
  if (positionals.length === 0) {
    process.stderr.write(
      'usage: npx tsx scripts/compare-renderings.ts <renderings dir>... [--corpus ../shared/corpus/unsc]\n',
    );
    process.exit(2);
  }
  const corpusDir = resolve(values.corpus);
  const work = mkdtempSync(join(tmpdir(), 'unkg-compare-'));
  // one directory per format, the texts being the corpus's files of the rendered stems
  const files = new Map<Format, string[]>(FORMATS.map((format) => [format, []]));
  const stems = new Set<string>();
  for (const dir of positionals.map((path) => resolve(path))) {
    for (const name of readdirSync(dir).sort()) {
      const format = /\.([a-z]+)$/.exec(name)?.[1] as Format | undefined;
      if (!format || !FORMATS.includes(format) || format === 'txt') continue;
      files.get(format)!.push(join(dir, name));
      stems.add(stemOf(name));
    }
  }
  for (const stem of stems) {
    const text = join(corpusDir, 'text', `${stem}.txt`);
    if (existsSync(text)) files.get('txt')!.push(text);
  }
  const corpus = readGoldCorpus(corpusDir);
  const subset = {
    ...corpus,
    documents: corpus.documents.filter((document) => stems.has(stemOf(document.file))),
  };
  const records = readFileSync(join(corpusDir, 'documents.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { file: string; lang: string; bodies?: string[] })
    .filter((record) => record.bodies?.length && stems.has(stemOf(record.file)));
  const mandatesGold = readGold(join(corpusDir, 'mandates-gold.json'));
  mandatesGold.documents = Object.fromEntries(
    Object.entries(mandatesGold.documents).filter(([file]) => stems.has(stemOf(file))),
  );

  type Row = Record<string, number>;
  const table: Record<string, Partial<Record<Format, Row>>> = {
    'citation F1, resolutions': {},
    'citation F1, all symbols': {},
    'body recall': {},
    'mandate F1': {},
    'entity agreement F1 (vs text)': {},
    'MB/s (with entities)': {},
  };
  let textMentions: Map<string, Set<string>> | null = null;
  for (const format of FORMATS) {
    const list = files.get(format)!;
    if (list.length === 0) continue;
    const dir = join(work, format);
    mkdirSync(dir);
    for (const file of list) copyFileSync(file, join(dir, basename(file)));
    const started = performance.now();
    const { graph, report } = await ingestPaths([dir], { workers: 1 });
    const seconds = (performance.now() - started) / 1000;
    const errors = report.issues.filter((issue) => issue.level === 'error');
    process.stderr.write(
      `${format}: ${list.length} files, ${errors.length} errors, ${(report.files.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s\n`,
    );
    for (const error of errors.slice(0, 5)) process.stderr.write(`  ${error.source}: ${error.message}\n`);
    const citations = scoreCitations(subset, citationPredictions(graph, corpus));
    const rowOf = (scores: Record<string, { f1: number }>): Row =>
      Object.fromEntries(Object.entries(scores).map(([lang, score]) => [lang, score.f1]));
    table['citation F1, resolutions']![format] = {
      ...rowOf(citations.scopes.resolutions.byLanguage),
      all: citations.scopes.resolutions.overall.f1,
    };
    table['citation F1, all symbols']![format] = {
      ...rowOf(citations.scopes.all.byLanguage),
      all: citations.scopes.all.overall.f1,
    };
    const bodies = emptyBodiesReport();
    for (const record of records)
      scoreDocument(bodies, record.lang, record.bodies!, predictedFromGraph(graph, record.file));
    table['body recall']![format] = {
      ...Object.fromEntries(
        Object.entries(bodies.byLang).map(([lang, counts]) => [lang, counts.found / counts.total]),
      ),
      all: bodies.byKind.body.found / bodies.byKind.body.total,
    };
    const seeds = evaluateSeeds(graph, mandatesGold);
    table['mandate F1']![format] = {
      ...Object.fromEntries(
        Object.entries(seeds.byLanguage).map(([lang, scores]) => [lang, scores.mandates.f1]),
      ),
      all: seeds.scores.mandates.f1,
    };
    const found = mentions(graph);
    if (format === 'txt') textMentions = found;
    if (textMentions) {
      const row: Row = {};
      const allReference = new Set<string>();
      const allPredicted = new Set<string>();
      for (const [lang, reference] of textMentions) {
        const predicted = found.get(lang) ?? new Set<string>();
        row[lang] = f1(reference, predicted);
        for (const item of reference) allReference.add(`${lang}\t${item}`);
        for (const item of predicted) allPredicted.add(`${lang}\t${item}`);
      }
      row.all = f1(allReference, allPredicted);
      table['entity agreement F1 (vs text)']![format] = row;
    }
    table['MB/s (with entities)']![format] = { all: report.files.bytes / 1e6 / seconds };
  }
  rmSync(work, { recursive: true, force: true });

  const langs = ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'all'];
  const present = FORMATS.filter((format) => files.get(format)!.length > 0);
  process.stdout.write(
    `documents: ${present.map((format) => `${format} ${files.get(format)!.length}`).join(', ')}\n`,
  );
  for (const [measure, byFormat] of Object.entries(table)) {
    process.stdout.write(
      `\n${measure}\n  ${'format'.padEnd(6)} ${langs.map((lang) => lang.padStart(18)).join('')}\n`,
    );
    const base = byFormat.txt;
    for (const format of present) {
      const row = byFormat[format];
      if (!row) continue;
      const cells = langs.map((lang) => {
        const value = row[lang];
        if (value === undefined) return '-'.padStart(18);
        const delta =
          format !== 'txt' && base?.[lang] !== undefined && !measure.startsWith('MB/s')
            ? ` (${(value - base[lang]! >= 0 ? '+' : '') + (value - base[lang]!).toFixed(4)})`
            : '';
        return `${value.toFixed(measure.startsWith('MB/s') ? 2 : 4)}${delta}`.padStart(18);
      });
      process.stdout.write(`  ${format.padEnd(6)} ${cells.join('')}\n`);
    }
  }
}

await main();
