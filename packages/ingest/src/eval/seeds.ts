/**
 * `unkg eval seeds [--graph path] [--gold path] [--verbose] [--json] [--min-f1 x] [--min-precision x]`:
 * scores a graph built from the seed documents against their hand annotation (gold.json):
 * bodies, threats, groups, persons, states, mandates, resolutions and cites, per document.
 * Required items count for recall; optional items are neither rewarded nor penalised; anything
 * else the graph links to the document is a false positive (bodies, threats and groups outside
 * the gold catalog too, listed with --verbose). Names match on folded forms (case, accents,
 * punctuation).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseCommandLine } from '../command-line';
import { readGraphFile, type KnowledgeGraph, type NodeAttributes } from '@unkg/graph';
import { foldKey } from '../entities/fold';
import { printable } from '../printable';
import { SHARED_CORPUS } from './corpus-path';

export const summary = 'a graph against the hand annotation of the seed documents (../shared/corpus/seeds/gold.json)';

const USAGE = `usage: unkg eval seeds [--graph <graph.json>] [--gold <gold.json>] [--verbose] [--json]
                       [--min-f1 <x>] [--min-precision <x>]

Scores a graph built by \`unkg ingest ../shared/corpus/seeds --out <dir>\` against the seeds'
hand annotation: precision, recall and F1 per category (bodies, threats, groups, persons, states,
mandates, resolutions, cites), micro-averaged over the documents.

options:
  --graph <path>         graph to score (default: .unkg/graph.json)
  --gold <path>          annotation (default: ../shared/corpus/seeds/gold.json from the repository root)
  --verbose              list misses and false positives per document
  --json                 print the scores as JSON
  --min-f1 <x>           exit 1 when a category's F1 is below x (entities and mandates)
  --min-precision <x>    exit 1 when a category's precision is below x (entities and mandates)
`;

export const CATEGORIES = ['bodies', 'threats', 'groups', 'persons', 'states', 'mandates', 'resolutions', 'cites'] as const;
export type Category = (typeof CATEGORIES)[number];
/** The categories the issue sets targets for. */
export const ENTITY_CATEGORIES: readonly Category[] = ['bodies', 'threats', 'groups', 'persons', 'states', 'mandates'];

interface Split {
  required: string[];
  optional: string[];
}
/** One document's annotation; a category it leaves out is not scored for it (the mandates gold only has mandates). */
interface GoldDocument {
  lang: string;
  kind?: string;
  resolutions?: Split;
  cites?: Record<string, Split>;
  mandates?: Record<string, Split>;
  bodies?: Split;
  threats?: Split;
  groups?: Split;
  persons?: Split;
  states?: Split;
}
export interface Gold {
  catalog: Record<'bodies' | 'threats' | 'groups', Record<string, string[]>>;
  documents: Record<string, GoldDocument>;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface DocumentReport {
  file: string;
  lang: string;
  found: boolean;
  misses: Partial<Record<Category, string[]>>;
  extras: Partial<Record<Category, string[]>>;
}
export interface SeedsReport {
  scores: Record<Category, Score>;
  /** The same scores per language of the annotated documents. */
  byLanguage: Record<string, Record<Category, Score>>;
  /** The categories the annotation scores at all (the others print as not annotated). */
  annotated: Category[];
  documents: DocumentReport[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function readGold(path: string): Gold {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the annotation (${(error as Error).message})`, { cause: error });
  }
  const gold = data as Gold;
  if (!gold || typeof gold !== 'object' || !gold.catalog || !gold.documents) {
    throw new Error(`${path}: not a seeds annotation (expected "catalog" and "documents")`);
  }
  return gold;
}

/** Scores the graph against the annotation; pure. */
export function evaluateSeeds(graph: KnowledgeGraph, gold: Gold): SeedsReport {
  const emptyCounts = (): Record<Category, Counts> =>
    Object.fromEntries(CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
  const counts = emptyCounts();
  const countsByLanguage = new Map<string, Record<Category, Counts>>();
  const annotated = new Set<Category>();
  const catalogs = {
    bodies: catalogIndex(gold.catalog.bodies),
    threats: catalogIndex(gold.catalog.threats),
    groups: catalogIndex(gold.catalog.groups),
  };
  const documents: DocumentReport[] = [];
  for (const [file, annotation] of Object.entries(gold.documents).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const report: DocumentReport = { file, lang: annotation.lang, found: false, misses: {}, extras: {} };
    if (!countsByLanguage.has(annotation.lang)) countsByLanguage.set(annotation.lang, emptyCounts());
    const languageCounts = countsByLanguage.get(annotation.lang)!;
    documents.push(report);
    const docKeys = graph.filterNodes((_, attributes) => attributes.kind === 'Document' && typeof attributes.source === 'string' && fileStem(attributes.source) === fileStem(file));
    report.found = docKeys.length > 0;
    const predicted = predictionsFor(graph, new Set(docKeys), catalogs, annotation);
    const score = (category: Category, expected: Split | undefined, found: Set<string>): void => {
      if (!expected) return;
      annotated.add(category);
      const required = new Set(expected.required.map(normaliseItem(category)));
      const optional = new Set(expected.optional.map(normaliseItem(category)));
      const target = counts[category];
      const misses = [...required].filter((item) => !found.has(item));
      const extras = [...found].filter((item) => !required.has(item) && !optional.has(item));
      for (const tally of [target, languageCounts[category]]) {
        tally.tp += required.size - misses.length;
        tally.fn += misses.length;
        tally.fp += extras.length;
      }
      if (misses.length) report.misses[category] = [...(report.misses[category] ?? []), ...misses];
      if (extras.length) report.extras[category] = [...(report.extras[category] ?? []), ...extras];
    };
    score('bodies', annotation.bodies, predicted.bodies);
    score('threats', annotation.threats, predicted.threats);
    score('groups', annotation.groups, predicted.groups);
    score('persons', annotation.persons, predicted.persons);
    score('states', annotation.states, predicted.states);
    score('resolutions', annotation.resolutions, predicted.resolutions);
    for (const [symbol, expected] of Object.entries(annotation.mandates ?? {})) {
      score('mandates', prefixSplit(symbol, expected), prefixSet(symbol, predicted.mandates.get(normaliseSymbol(symbol)) ?? new Set()));
    }
    for (const [symbol, expected] of Object.entries(annotation.cites ?? {})) {
      score('cites', prefixSplit(symbol, normaliseSplit(expected)), prefixSet(symbol, predicted.cites.get(normaliseSymbol(symbol)) ?? new Set()));
    }
  }
  const finishAll = (tallies: Record<Category, Counts>): Record<Category, Score> =>
    Object.fromEntries(CATEGORIES.map((category) => [category, finish(tallies[category])])) as Record<Category, Score>;
  const byLanguage = Object.fromEntries([...countsByLanguage].sort(([a], [b]) => (a < b ? -1 : 1)).map(([lang, tallies]) => [lang, finishAll(tallies)]));
  return { scores: finishAll(counts), byLanguage, annotated: CATEGORIES.filter((category) => annotated.has(category)), documents };
}

function normaliseItem(category: Category): (item: string) => string {
  if (category === 'persons') return foldKey;
  if (category === 'states') return (item) => item.toUpperCase();
  if (category === 'resolutions' || category === 'cites') return normaliseSymbol;
  return (item) => item;
}

function normaliseSplit(split: Split): Split {
  return { required: split.required.map(normaliseSymbol), optional: split.optional.map(normaliseSymbol) };
}

function prefixSplit(symbol: string, split: Split): Split {
  return { required: split.required.map((item) => `${symbol} → ${item}`), optional: split.optional.map((item) => `${symbol} → ${item}`) };
}

function prefixSet(symbol: string, items: Set<string>): Set<string> {
  return new Set([...items].map((item) => `${symbol} → ${item}`));
}

export function normaliseSymbol(symbol: string): string {
  return symbol.replace(/\s+/g, ' ').replace(/\s*\(\s*/g, ' (').trim().toUpperCase();
}

function finish({ tp, fp, fn }: Counts): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Folded alias → catalog keys. */
function catalogIndex(catalog: Record<string, string[]>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const [key, aliases] of Object.entries(catalog)) {
    for (const alias of [key, ...aliases]) {
      const folded = foldKey(alias);
      if (!index.has(folded)) index.set(folded, new Set());
      index.get(folded)!.add(key);
    }
  }
  return index;
}

/** The catalog keys a node matches (label or any alias); its label when it matches none. */
function catalogKeys(attributes: NodeAttributes, index: Map<string, Set<string>>): string[] {
  const names = [attributes.label, ...(('aliases' in attributes && attributes.aliases) || [])];
  const keys = new Set<string>();
  for (const name of names) for (const key of index.get(foldKey(name)) ?? []) keys.add(key);
  return keys.size > 0 ? [...keys].sort() : [`(not in catalog) ${attributes.label}`];
}

interface Predictions {
  bodies: Set<string>;
  threats: Set<string>;
  groups: Set<string>;
  persons: Set<string>;
  states: Set<string>;
  resolutions: Set<string>;
  mandates: Map<string, Set<string>>;
  cites: Map<string, Set<string>>;
}

function predictionsFor(
  graph: KnowledgeGraph,
  docKeys: Set<string>,
  catalogs: Record<'bodies' | 'threats' | 'groups', Map<string, Set<string>>>,
  annotation: GoldDocument,
): Predictions {
  const predicted: Predictions = {
    bodies: new Set(),
    threats: new Set(),
    groups: new Set(),
    persons: new Set(),
    states: new Set(),
    resolutions: new Set(),
    mandates: new Map(),
    cites: new Map(),
  };
  const fromDocument = (edge: string): boolean =>
    (graph.getEdgeAttribute(edge, 'evidence') ?? []).some((item) => docKeys.has(item.doc));
  const symbolOf = (node: string): string | null => {
    const attributes = graph.getNodeAttributes(node);
    if (attributes.kind === 'Resolution' || attributes.kind === 'Statement') return normaliseSymbol(attributes.symbol);
    if (attributes.kind === 'Document' && !attributes.source && attributes.symbol) return normaliseSymbol(attributes.symbol);
    return null;
  };
  for (const docKey of docKeys) {
    graph.forEachOutEdge(docKey, (_edge, attributes, _source, target, _s, targetAttributes) => {
      if (attributes.kind === 'TEXT_OF') {
        const symbol = symbolOf(target);
        if (symbol) predicted.resolutions.add(symbol);
        return;
      }
      if (attributes.kind !== 'MENTIONS') return;
      switch (targetAttributes.kind) {
        case 'Body':
          for (const key of catalogKeys(targetAttributes, catalogs.bodies)) predicted.bodies.add(key);
          break;
        case 'Threat':
          for (const key of catalogKeys(targetAttributes, catalogs.threats)) predicted.threats.add(key);
          break;
        case 'Group':
          for (const key of catalogKeys(targetAttributes, catalogs.groups)) predicted.groups.add(key);
          break;
        case 'Person':
          predicted.persons.add(foldKey(targetAttributes.label));
          break;
        case 'State':
          predicted.states.add(targetAttributes.iso2.toUpperCase());
          break;
        default: {
          const symbol = symbolOf(target);
          if (symbol) predicted.resolutions.add(symbol);
        }
      }
    });
  }
  graph.forEachEdge((edge, attributes, source, target, _sourceAttributes, targetAttributes) => {
    if (attributes.kind !== 'CITES' && attributes.kind !== 'MANDATES') return;
    if (!fromDocument(edge)) return;
    const citing = symbolOf(source);
    if (!citing) return;
    if (attributes.kind === 'CITES') {
      const cited = symbolOf(target);
      if (!cited) return;
      predicted.resolutions.add(citing);
      predicted.resolutions.add(cited);
      if (!predicted.cites.has(citing)) predicted.cites.set(citing, new Set());
      predicted.cites.get(citing)!.add(cited);
    } else if (targetAttributes.kind === 'Body') {
      if (!predicted.mandates.has(citing)) predicted.mandates.set(citing, new Set());
      for (const key of catalogKeys(targetAttributes, catalogs.bodies)) predicted.mandates.get(citing)!.add(key);
    }
  });
  // persons: a predicted name that contains the gold name (or the reverse) is the same person
  for (const name of [...(annotation.persons?.required ?? []), ...(annotation.persons?.optional ?? [])].map(foldKey)) {
    for (const found of [...predicted.persons]) {
      if (found !== name && (` ${found} `.includes(` ${name} `) || ` ${name} `.includes(` ${found} `)) && found.includes(' ')) {
        predicted.persons.delete(found);
        predicted.persons.add(name);
      }
    }
  }
  return predicted;
}

export function formatReport(report: SeedsReport, verbose: boolean): string {
  const lines: string[] = [];
  const percent = (value: number): string => value.toFixed(3);
  lines.push('category      tp   fp   fn  precision  recall   F1');
  for (const category of report.annotated) {
    const score = report.scores[category];
    lines.push(
      `${category.padEnd(12)} ${String(score.tp).padStart(3)}  ${String(score.fp).padStart(3)}  ${String(score.fn).padStart(3)}  ${percent(score.precision).padStart(9)}  ${percent(score.recall).padStart(6)}  ${percent(score.f1)}`,
    );
  }
  const languages = Object.keys(report.byLanguage);
  if (languages.length > 1) {
    lines.push('', `F1 (P/R) by language: ${languages.map((lang) => `${lang} ${report.documents.filter((document) => document.lang === lang).length} files`).join(', ')}`);
    for (const category of report.annotated) {
      const cells = languages.map((lang) => {
        const score = report.byLanguage[lang]![category];
        return `${lang} ${percent(score.f1)} (${percent(score.precision)}/${percent(score.recall)})`;
      });
      lines.push(`${category.padEnd(12)} ${cells.join('  ')}`);
    }
  }
  const missing = report.documents.filter((document) => !document.found);
  if (missing.length) lines.push(`\nnot in the graph: ${missing.map((document) => printable(document.file)).join(', ')}`);
  if (verbose) {
    for (const document of report.documents) {
      lines.push(`\n${printable(document.file)}${document.found ? '' : ' (not in the graph)'}`);
      for (const category of report.annotated) {
        const misses = document.misses[category];
        const extras = document.extras[category];
        if (misses?.length) lines.push(`  ${category} missed: ${printable(misses.join('; '))}`);
        if (extras?.length) lines.push(`  ${category} extra:  ${printable(extras.join('; '))}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    'eval seeds',
    argv,
    {
      graph: { type: 'string' },
      gold: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      json: { type: 'boolean' },
      'min-f1': { type: 'string' },
      'min-precision': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
    0,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const graphPath = resolve(String(values.graph ?? '.unkg/graph.json'));
  const goldPath = values.gold === undefined ? join(SHARED_CORPUS, 'seeds', 'gold.json') : resolve(String(values.gold));
  for (const [what, path] of [['graph', graphPath], ['annotation', goldPath]] as const) {
    if (!existsSync(path)) {
      process.stderr.write(`unkg eval seeds: ${printable(path)}: no such ${what} file${what === 'graph' ? ' (build it: unkg ingest ../shared/corpus/seeds --out <dir>)' : ''}\n`);
      return 2;
    }
  }
  const report = evaluateSeeds(readGraphFile(graphPath), readGold(goldPath));
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, Boolean(values.verbose)));
  const minF1 = values['min-f1'] === undefined ? null : Number(values['min-f1']);
  const minPrecision = values['min-precision'] === undefined ? null : Number(values['min-precision']);
  const failing = ENTITY_CATEGORIES.filter((category) => report.annotated.includes(category)).filter((category) => {
    const score = report.scores[category];
    return (minF1 !== null && score.f1 < minF1) || (minPrecision !== null && score.precision < minPrecision);
  });
  if (failing.length) {
    process.stderr.write(`below target: ${failing.join(', ')}\n`);
    return 1;
  }
  return 0;
}

/** A file's name without directory and extension: a gold `.txt` file also scores its PDF or Word rendering. */
function fileStem(path: string): string {
  return basename(path).replace(/\.[^.]+$/, '');
}
