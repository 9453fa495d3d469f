/**
 * `unkg eval agreement [--graph path] [--languages n] [--all-roles] [--verbose] [--json]`: an
 * unsupervised check of mandates. The language versions of a resolution are one text, so they
 * mandate the same bodies; for every resolution whose texts in at least `n` languages are in the
 * graph, each language's set of mandated bodies is compared with the union of all languages' sets
 * (Jaccard, i.e. how much of what any language finds this one finds) and with the majority's set
 * (bodies found in at least half the languages: misses and extras both count). Averaged per
 * language and overall; `--verbose` lists each disagreement (body, languages with and without it).
 * No gold is needed, so it runs on any multilingual corpus.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readGraphFile, type KnowledgeGraph } from '@unkg/graph';
import { parseCommandLine } from '../command-line';

export const summary = 'cross-language agreement of the mandates of each resolution (no gold needed)';

const USAGE = `usage: unkg eval agreement [--graph <graph.json>] [--languages <n>] [--all-roles] [--verbose] [--json]

Compares, for each resolution whose texts in at least n languages (default 6) are in the graph,
the bodies each language's text mandates: Jaccard of each language's set with the union of all
languages' sets and with the majority's set (bodies at least half the languages find).

options:
  --graph <path>      graph to check (default: .unkg/graph.json)
  --languages <n>     only resolutions with texts in at least n languages (default 6)
  --all-roles         count partners and supporters too (default: addressees only)
  --verbose           list every disagreement
  --json              print the report as JSON
`;

export interface AgreementOptions {
  /** only resolutions with texts in at least this many languages */
  languages?: number;
  /** count bodies with a role (partner, support) too */
  allRoles?: boolean;
}

export interface Disagreement {
  resolution: string;
  body: string;
  label: string;
  with: string[];
  without: string[];
}

export interface AgreementReport {
  resolutions: number;
  /** resolutions whose languages all find the same set */
  identical: number;
  /** mean Jaccard with the union / the majority set, per language and over all (language, resolution) pairs */
  union: { overall: number; byLanguage: Record<string, number> };
  majority: { overall: number; byLanguage: Record<string, number> };
  disagreements: Disagreement[];
}

const jaccard = (a: Set<string>, b: Set<string>): number => {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const item of a) if (b.has(item)) common++;
  return common / (a.size + b.size - common);
};

const mean = (values: number[]): number => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 1);

export function evaluateAgreement(graph: KnowledgeGraph, options: AgreementOptions = {}): AgreementReport {
  const minimum = options.languages ?? 6;
  // each resolution's texts: document key → language
  const texts = new Map<string, Map<string, string>>();
  const docs = new Map<string, { symbol: string; lang: string }>();
  graph.forEachEdge((_edge, attributes, source, target, sourceAttributes) => {
    if (attributes.kind !== 'TEXT_OF' || sourceAttributes.kind !== 'Document' || !sourceAttributes.lang) return;
    const lang = sourceAttributes.lang;
    if (!texts.has(target)) texts.set(target, new Map());
    texts.get(target)!.set(source, lang);
    docs.set(source, { symbol: target, lang });
  });
  // resolution → language → bodies
  const found = new Map<string, Map<string, Set<string>>>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.kind !== 'MANDATES') return;
    for (const item of graph.getEdgeAttribute(edge, 'evidence') ?? []) {
      if (!options.allRoles && item.role) continue;
      const doc = docs.get(item.doc);
      if (!doc || doc.symbol !== source) continue;
      if (!found.has(source)) found.set(source, new Map());
      const byLang = found.get(source)!;
      if (!byLang.has(doc.lang)) byLang.set(doc.lang, new Set());
      byLang.get(doc.lang)!.add(target);
    }
  });
  const unionScores = new Map<string, number[]>();
  const majorityScores = new Map<string, number[]>();
  const disagreements: Disagreement[] = [];
  let resolutions = 0;
  let identical = 0;
  for (const [symbol, byDoc] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const languages = [...new Set(byDoc.values())].sort();
    if (languages.length < minimum) continue;
    resolutions++;
    const sets = new Map(languages.map((lang) => [lang, found.get(symbol)?.get(lang) ?? new Set<string>()]));
    const counts = new Map<string, number>();
    for (const set of sets.values()) for (const body of set) counts.set(body, (counts.get(body) ?? 0) + 1);
    const union = new Set(counts.keys());
    const majority = new Set([...counts].filter(([, count]) => count * 2 >= languages.length).map(([body]) => body));
    for (const [lang, set] of sets) {
      if (!unionScores.has(lang)) {
        unionScores.set(lang, []);
        majorityScores.set(lang, []);
      }
      unionScores.get(lang)!.push(jaccard(set, union));
      majorityScores.get(lang)!.push(jaccard(set, majority));
    }
    let same = true;
    for (const [body, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (count === languages.length) continue;
      same = false;
      const label = graph.hasNode(body) ? String(graph.getNodeAttribute(body, 'label') ?? body) : body;
      disagreements.push({
        resolution: symbol,
        body,
        label,
        with: languages.filter((lang) => sets.get(lang)!.has(body)),
        without: languages.filter((lang) => !sets.get(lang)!.has(body)),
      });
    }
    if (same) identical++;
  }
  const summarise = (scores: Map<string, number[]>) => ({
    overall: mean([...scores.values()].flat()),
    byLanguage: Object.fromEntries([...scores].sort(([a], [b]) => (a < b ? -1 : 1)).map(([lang, values]) => [lang, mean(values)])),
  });
  return { resolutions, identical, union: summarise(unionScores), majority: summarise(majorityScores), disagreements };
}

export function formatAgreement(report: AgreementReport, verbose: boolean): string {
  const row = (name: string, scores: AgreementReport['union']): string =>
    `${name.padEnd(9)} ${scores.overall.toFixed(3)}   ${Object.entries(scores.byLanguage)
      .map(([lang, value]) => `${lang} ${value.toFixed(3)}`)
      .join('  ')}`;
  const lines = [
    `${report.resolutions} resolutions, ${report.identical} with the same bodies in every language`,
    'mean Jaccard of each language with',
    row('union', report.union),
    row('majority', report.majority),
  ];
  if (verbose) {
    lines.push('');
    for (const item of report.disagreements) {
      lines.push(`${item.resolution} → ${item.label} (${item.body}): ${item.with.join(' ')} | missing: ${item.without.join(' ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    'eval agreement',
    argv,
    {
      graph: { type: 'string' },
      languages: { type: 'string' },
      'all-roles': { type: 'boolean' },
      verbose: { type: 'boolean', short: 'v' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
    0,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const graphPath = resolve(String(values.graph ?? '.unkg/graph.json'));
  if (!existsSync(graphPath)) {
    process.stderr.write(`unkg eval agreement: ${graphPath}: no such graph file (build it: unkg ingest <dir> --out <dir>)\n`);
    return 2;
  }
  const languages = values.languages === undefined ? 6 : Number(values.languages);
  if (!Number.isInteger(languages) || languages < 2) {
    process.stderr.write(`unkg eval agreement: --languages must be an integer of at least 2 (got ${String(values.languages)})\n`);
    return 2;
  }
  const report = evaluateAgreement(readGraphFile(graphPath), { languages, allRoles: Boolean(values['all-roles']) });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatAgreement(report, Boolean(values.verbose)));
  return 0;
}
