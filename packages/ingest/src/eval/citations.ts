/**
 * `unkg eval citations <corpus-dir> [--graph g.json] [--verbose]`: scores the CITES edges of a
 * graph against the UN's own links (corpus format of ../shared/corpus/unsc).
 *
 * Files are matched by name without extension, so graphs built from text/ or xml/ both score.
 * Unit: one (citing document file, cited symbol) pair: a file of a resolution in one language
 * that cites a symbol once or ten times counts once (the UN's link rows split an anchor into
 * fragments in some languages, so occurrences are not comparable).
 * - Recall: over every file, against citations.tsv (a lower bound: the UN's linking is incomplete).
 * - Precision: only on files the UN linked, i.e. with at least one link in citations.tsv (files
 *   without any link were not marked up at all, so extra citations there say nothing).
 * - Year-less numbers in tolerated.tsv: a predicted Council resolution whose number is tolerated
 *   for that resolution and which the UN did not link is neither right nor wrong. The six language
 *   texts of one resolution name the same resolutions, and tolerated.tsv lists most year-less
 *   numbers for the English text only (390 rows, 16 Russian), so a number tolerated in one
 *   language is tolerated in every language of that resolution ("резолюцию 2250" as
 *   "resolution 2250").
 * Two scopes: resolutions only (symbols with /RES/), and all UN symbols.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readGraphFile, type KnowledgeGraph } from '@unkg/graph';
import { parseCommandLine } from '../command-line';
import { tokenize } from '../citations/tokenize';
import { resolveTokens } from '../citations/resolve';
import { printable } from '../printable';

export interface CorpusDocument {
  file: string;
  symbol: string;
  lang: string;
}

export interface GoldCorpus {
  documents: CorpusDocument[];
  /** key `${symbol}\t${lang}` → cited canonical symbols */
  links: Map<string, Set<string>>;
  /** key `${symbol}\t${lang}` → tolerated year-less numbers (those of every language of the symbol) */
  tolerated: Map<string, Set<string>>;
  /** gold rows whose target is no UN symbol (URLs): reported, not scored */
  unscorable: number;
}

export type Predictions = Map<string, Set<string>>;

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreReport {
  scopes: Record<'resolutions' | 'all', { byLanguage: Record<string, Score>; overall: Score }>;
  falsePositives: Array<{ key: string; symbol: string }>;
  falseNegatives: Array<{ key: string; symbol: string }>;
}

export const docKey = (symbol: string, lang: string): string => `${symbol}\t${lang}`;

/** The UN's link targets carry debris ("ch/", "sp/", "/S/…", "s/RES", "A/RES72/276"): reduce one to its canonical symbol. */
export function canonicalGoldSymbol(raw: string): string | null {
  let text = raw.trim();
  const fromUrl = /[?&]Symbol=([^&]+)/i.exec(text);
  if (fromUrl) text = decodeURIComponent(fromUrl[1]!.replace(/\+/g, ' '));
  else if (/^https?:/i.test(text)) return null;
  text = text
    .replace(/^(?:ch|sp)?\//i, '')
    .replace(/^s\//, 'S/')
    .replace(/\/res\//i, '/RES/')
    .replace(/^A\/RES(\d)/, 'A/RES/$1')
    .replace(/^S\/AC\.(\d+)\.(\d{4})\//, 'S/AC.$1/$2/');
  const tokens = tokenize(text);
  const resolved = resolveTokens(text, tokens, 0, text.length);
  const first = resolved[0];
  return first && first.start === 0 ? first.target.symbol : null;
}

function readTsv(path: string): string[][] {
  if (!existsSync(path))
    throw new Error(`${path}: missing (a corpus needs documents.jsonl, citations.tsv and tolerated.tsv)`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
}

export function readGoldCorpus(dir: string): GoldCorpus {
  const documentsPath = join(dir, 'documents.jsonl');
  if (!existsSync(documentsPath)) throw new Error(`${documentsPath}: missing, not a corpus directory`);
  const documents = readFileSync(documentsPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        const parsed = JSON.parse(line) as CorpusDocument;
        return { file: parsed.file, symbol: parsed.symbol, lang: parsed.lang };
      } catch {
        throw new Error(`${documentsPath}:${index + 1}: not a JSON line`);
      }
    });
  const links = new Map<string, Set<string>>();
  let unscorable = 0;
  for (const [source, lang, target] of readTsv(join(dir, 'citations.tsv'))) {
    if (!source || !lang || target === undefined) continue;
    const symbol = canonicalGoldSymbol(target);
    if (!symbol) {
      unscorable += 1;
      continue;
    }
    addTo(links, docKey(source, lang), symbol);
  }
  // by resolution: the year-less numbers of any of its language texts
  const bySource = new Map<string, Set<string>>();
  for (const [source, lang, number] of readTsv(join(dir, 'tolerated.tsv'))) {
    if (source && lang && number) addTo(bySource, source, number.trim());
  }
  const tolerated = new Map<string, Set<string>>();
  for (const document of documents) {
    const numbers = bySource.get(document.symbol);
    if (numbers) tolerated.set(docKey(document.symbol, document.lang), numbers);
  }
  return { documents, links, tolerated, unscorable };
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** Predictions from a graph.json: every CITES evidence, attributed to its Document's corpus file. */
export function predictionsFromGraph(graphPath: string, corpus: GoldCorpus): Predictions {
  return citationPredictions(readGraphFile(graphPath), corpus);
}

/** Predictions from a graph in memory (scripts/compare-renderings.ts scores the graphs it ingests). */
export function citationPredictions(graph: KnowledgeGraph, corpus: GoldCorpus): Predictions {
  // By file stem, so a graph built from the AKN XML (xml/S_RES_2504_2020.en.xml) scores like one built from text/.
  const byFile = new Map(corpus.documents.map((document) => [fileStem(document.file), document]));
  const predictions: Predictions = new Map();
  graph.forEachEdge((_edge, attributes, _source, target) => {
    if (attributes.kind !== 'CITES') return;
    const targetAttributes = graph.getNodeAttributes(target);
    const symbol = 'symbol' in targetAttributes ? targetAttributes.symbol : undefined;
    if (!symbol) return;
    for (const evidence of attributes.evidence ?? []) {
      if (!graph.hasNode(evidence.doc)) continue;
      const documentNode = graph.getNodeAttributes(evidence.doc);
      const source = 'source' in documentNode ? documentNode.source : undefined;
      const document = source ? byFile.get(fileStem(source)) : undefined;
      if (document) addTo(predictions, docKey(document.symbol, document.lang), symbol);
    }
  });
  return predictions;
}

function fileStem(path: string): string {
  return basename(path).replace(/\.[^.]+$/, '');
}

const isResolution = (symbol: string): boolean => symbol.includes('/RES/');

function emptyCounts(): Score {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 0, recall: 0, f1: 0 };
}

function finish(score: Score): Score {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = score;
  score.precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  score.recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  score.f1 =
    score.precision + score.recall === 0
      ? 0
      : (2 * score.precision * score.recall) / (score.precision + score.recall);
  return score;
}

/** Is a predicted symbol one of the file's tolerated year-less numbers ("resolution 2178")? */
function isTolerated(symbol: string, tolerated: Set<string> | undefined): boolean {
  const number = /^S\/RES\/(\d+) \(/.exec(symbol)?.[1];
  return number !== undefined && (tolerated?.has(number) ?? false);
}

export function scoreCitations(corpus: GoldCorpus, predictions: Predictions): ScoreReport {
  const report: ScoreReport = {
    scopes: {
      resolutions: { byLanguage: {}, overall: emptyCounts() },
      all: { byLanguage: {}, overall: emptyCounts() },
    },
    falsePositives: [],
    falseNegatives: [],
  };
  const seen = new Set<string>();
  for (const document of corpus.documents) {
    const key = docKey(document.symbol, document.lang);
    if (seen.has(key)) continue;
    seen.add(key);
    const gold = corpus.links.get(key) ?? new Set<string>();
    const predicted = predictions.get(key) ?? new Set<string>();
    const judgesPrecision = gold.size > 0;
    const tolerated = corpus.tolerated.get(key);
    for (const [scopeName, scope] of Object.entries(report.scopes)) {
      const inScope = scopeName === 'all' ? () => true : isResolution;
      const counts = (scope.byLanguage[document.lang] ??= emptyCounts());
      for (const symbol of gold) {
        if (!inScope(symbol)) continue;
        const found = predicted.has(symbol);
        for (const score of [counts, scope.overall]) score[found ? 'truePositives' : 'falseNegatives'] += 1;
        if (!found && scopeName === 'all') report.falseNegatives.push({ key, symbol });
      }
      if (!judgesPrecision) continue;
      for (const symbol of predicted) {
        if (!inScope(symbol) || gold.has(symbol) || isTolerated(symbol, tolerated)) continue;
        for (const score of [counts, scope.overall]) score.falsePositives += 1;
        if (scopeName === 'all') report.falsePositives.push({ key, symbol });
      }
    }
  }
  for (const scope of Object.values(report.scopes)) {
    Object.values(scope.byLanguage).forEach(finish);
    finish(scope.overall);
  }
  return report;
}

const LANGUAGE_ORDER = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];

export function formatReport(report: ScoreReport, verbose: boolean, limit = 30): string {
  const lines: string[] = [];
  const pct = (value: number): string => value.toFixed(4);
  for (const [scopeName, scope] of Object.entries(report.scopes)) {
    lines.push(`${scopeName === 'all' ? 'All UN symbols' : 'Resolution citations'}:`);
    lines.push('  lang  precision  recall   F1      TP     FP    FN');
    const languages = Object.keys(scope.byLanguage).sort(
      (a, b) =>
        (LANGUAGE_ORDER.indexOf(a) + 1 || 99) - (LANGUAGE_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
    );
    const row = (label: string, score: Score): string =>
      `  ${label.padEnd(5)} ${pct(score.precision).padStart(9)}  ${pct(score.recall)}  ${pct(score.f1)}  ${String(score.truePositives).padStart(5)}  ${String(score.falsePositives).padStart(5)}  ${String(score.falseNegatives).padStart(4)}`;
    for (const language of languages) lines.push(row(language, scope.byLanguage[language]!));
    lines.push(row('all', scope.overall));
  }
  if (verbose) {
    const show = (title: string, items: Array<{ key: string; symbol: string }>): void => {
      lines.push(`${title} (${items.length}${items.length > limit ? `, first ${limit}` : ''}):`);
      for (const item of items.slice(0, limit))
        lines.push(`  ${printable(item.key.replace('\t', ' ['))}]  ${printable(item.symbol)}`);
    };
    show('False positives', report.falsePositives);
    show('False negatives', report.falseNegatives);
  }
  return `${lines.join('\n')}\n`;
}

export const summary =
  "score a graph's citations against a corpus (unkg eval citations <corpus-dir> [--graph g.json] [--verbose])";

const USAGE =
  `usage: unkg eval citations <corpus-dir> [--graph .unkg/graph.json] [--verbose] [--limit 30]\n` +
  `                            [--min-f1 0.995] [--min-f1-all 0.98]\n\n` +
  `Scores the CITES edges of a graph (built by unkg ingest <corpus-dir>/text) against <corpus-dir>/citations.tsv.\n` +
  `--min-f1 x       exit 1 unless resolution-citation F1 >= x in every language\n` +
  `--min-f1-all x   exit 1 unless F1 over all UN symbols >= x overall\n` +
  `--verbose        list false positives and false negatives (--limit per list)\n`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    'eval citations',
    argv,
    {
      graph: { type: 'string', default: '.unkg/graph.json' },
      'min-f1': { type: 'string' },
      'min-f1-all': { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      limit: { type: 'string', default: '30' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
    1,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [corpusDir] = positionals;
  const graphPath = values.graph;
  const verbose = values.verbose;
  const limit = Number(values.limit);
  const minF1 = values['min-f1'] === undefined ? null : Number(values['min-f1']);
  const minF1All = values['min-f1-all'] === undefined ? null : Number(values['min-f1-all']);
  if ([minF1, minF1All].some((value) => value !== null && !(value >= 0 && value <= 1))) {
    process.stderr.write('unkg eval citations: --min-f1 and --min-f1-all take a number between 0 and 1\n');
    return 2;
  }
  if (!corpusDir) {
    process.stderr.write('unkg eval citations: missing <corpus-dir> (e.g. ../shared/corpus/unsc)\n');
    return 2;
  }
  if (!existsSync(graphPath)) {
    process.stderr.write(
      `unkg eval citations: ${printable(graphPath)}: no graph (build one with unkg ingest <corpus-dir>/text --out <dir>)\n`,
    );
    return 2;
  }
  const corpus = readGoldCorpus(corpusDir);
  const predictions = predictionsFromGraph(graphPath, corpus);
  const report = scoreCitations(corpus, predictions);
  const linkedFiles = corpus.documents.filter((document) =>
    corpus.links.has(docKey(document.symbol, document.lang)),
  ).length;
  process.stdout.write(
    `Citations of ${printable(graphPath)} against ${printable(corpusDir)}: ${corpus.documents.length} files, ${linkedFiles} linked by the UN ` +
      `(precision is judged on those), ${corpus.unscorable} link rows without a UN symbol skipped; ` +
      `unit: a distinct cited symbol per file\n`,
  );
  process.stdout.write(formatReport(report, verbose, limit));
  const failures = thresholdFailures(report, minF1, minF1All);
  for (const failure of failures) process.stderr.write(`unkg eval citations: ${failure}\n`);
  return failures.length > 0 ? 1 : 0;
}

/** The targets a report misses, as messages (empty when none is set or all are met). */
export function thresholdFailures(
  report: ScoreReport,
  minF1: number | null,
  minF1All: number | null,
): string[] {
  const failures: string[] = [];
  if (minF1 !== null) {
    for (const [lang, score] of Object.entries(report.scopes.resolutions.byLanguage)) {
      if (score.f1 < minF1)
        failures.push(`resolution-citation F1 in ${lang} is ${score.f1.toFixed(4)} < ${minF1}`);
    }
  }
  if (minF1All !== null && report.scopes.all.overall.f1 < minF1All) {
    failures.push(`F1 over all UN symbols is ${report.scopes.all.overall.f1.toFixed(4)} < ${minF1All}`);
  }
  return failures;
}
