/** What an ingest run did, as data (for tests and tools) and as the summary the command prints. */
import type { AssemblySummary, RunFacts } from './assemble';
import type { IngestPhases } from './pipeline';
import { printable } from './printable';
import type { IngestIssue } from './types';
import type { FileList } from './walk';

export interface IngestReport {
  files: { found: number; read: number; failed: number; skipped: number; bytes: number };
  /** files with an extension we do not read */
  skipped: string[];
  /** ingested documents per language (ISO 639-1) */
  languages: Record<string, number>;
  /** ingested documents per docType */
  docTypes: Record<string, number>;
  /** Resolution nodes in the graph (ingested or cited), and how many have a text among the files */
  resolutions: { total: number; withText: number };
  statements: number;
  citations: { edges: number; evidence: number };
  mentions: { edges: number; evidence: number };
  /** paragraphs of the ingested documents (Paragraph nodes) */
  paragraphs: number;
  /** nodes and edges of the graph, Paragraph nodes and derived edges included */
  nodes: number;
  edges: number;
  issues: IngestIssue[];
  workers: number;
  elapsedMs: number;
  phases: IngestPhases;
  /** bytes of graph.json written (0 for a shard) */
  bytesWritten: number;
  /** sorted runs of document records written to disk and merged back (0: everything fitted in memory) */
  spilledRuns: number;
  /** the layout written into graph.json (absent for a shard or an in-memory run) */
  layout?: AssemblySummary['layout'];
}

export function buildReport(input: {
  listing: Pick<FileList, 'skipped' | 'issues'>;
  /** the files' facts, summed */
  facts: RunFacts;
  /** what the assembly wrote; null for a shard (nothing assembled yet) */
  summary: AssemblySummary | null;
  workers: number;
  phases: IngestPhases;
  elapsedMs: number;
}): IngestReport {
  const { listing, summary, facts } = input;
  const issues = [...facts.issues].sort((a, b) => a.index - b.index).map(({ index: _index, ...issue }) => issue);
  return {
    files: { found: facts.found, read: facts.read, failed: facts.failed, skipped: listing.skipped.length, bytes: facts.bytes },
    skipped: listing.skipped,
    languages: sortedRecord(facts.languages),
    docTypes: sortedRecord(facts.docTypes),
    resolutions: summary?.resolutions ?? { total: 0, withText: 0 },
    statements: summary?.statements ?? 0,
    citations: summary?.citations ?? { edges: 0, evidence: 0 },
    mentions: summary?.mentions ?? { edges: 0, evidence: 0 },
    paragraphs: summary?.paragraphs ?? 0,
    nodes: summary?.nodes ?? 0,
    edges: summary?.edges ?? 0,
    issues: [...listing.issues, ...issues, ...(summary?.duplicates ?? [])],
    workers: input.workers,
    elapsedMs: input.elapsedMs,
    phases: input.phases,
    bytesWritten: summary?.bytes ?? 0,
    spilledRuns: summary?.spilledRuns ?? 0,
    ...(summary?.layout ? { layout: summary.layout } : {}),
  };
}

export function errorsOf(report: IngestReport): IngestIssue[] {
  return report.issues.filter((issue) => issue.level === 'error');
}

/** What an in-process run's extraction went to in CPU-seconds, " (CPU: load …, analyse …, extract …, record … s)", or "". */
export function stagesOf(phases: IngestPhases): string {
  const { stages } = phases;
  if (!stages) return '';
  const s = (ms: number) => (ms / 1000).toFixed(2);
  return ` (CPU: load ${s(stages.load)}, analyse ${s(stages.analyse)}, extract ${s(stages.extract)}, record ${s(stages.record)} s)`;
}

/** The human summary printed after a run. */
export function formatReport(report: IngestReport, graphFile?: string): string {
  const lines: string[] = [];
  const { files } = report;
  const megabytes = files.bytes / 1e6;
  const seconds = report.elapsedMs / 1000;
  lines.push(
    `files: ${files.read} read, ${files.failed} failed, ${files.skipped} skipped (other extensions, READMEs); ` +
      `${megabytes.toFixed(2)} MB in ${seconds.toFixed(2)} s (${seconds > 0 ? (megabytes / seconds).toFixed(1) : '-'} MB/s, ${report.workers} worker${report.workers === 1 ? '' : 's'})`,
  );
  const { phases } = report;
  const phase = (name: string, ms: number | undefined) => (ms === undefined ? null : `${name} ${(ms / 1000).toFixed(2)} s`);
  lines.push(
    `time: ${[phase('start-up', phases.startup), phase('listing', phases.prepare), phase('rules', phases.rules), phase('extraction', phases.extraction)?.concat(stagesOf(phases)), phase('merge', phases.merge), phase('write', phases.write), phase('layout', phases.layout)].filter(Boolean).join(', ')}`,
  );
  lines.push(`languages: ${formatCounts(report.languages)}`);
  lines.push(`document types: ${formatCounts(report.docTypes)}`);
  lines.push(
    `resolutions: ${report.resolutions.total} (${report.resolutions.withText} with a text among the files); statements: ${report.statements}`,
  );
  lines.push(
    `citations: ${report.citations.edges} CITES edges, ${report.citations.evidence} evidence items; mentions: ${report.mentions.edges} edges, ${report.mentions.evidence} evidence items`,
  );
  lines.push(`graph: ${report.nodes} nodes (${report.paragraphs} paragraphs), ${report.edges} edges`);
  const warnings = report.issues.filter((issue) => issue.level === 'warning');
  const errors = errorsOf(report);
  lines.push(`warnings: ${warnings.length}; errors: ${errors.length}`);
  const shown = 20;
  for (const issue of [...errors, ...warnings].slice(0, shown)) lines.push(`  ${formatIssue(issue)}`);
  if (errors.length + warnings.length > shown)
    lines.push(`  … and ${errors.length + warnings.length - shown} more`);
  if (report.layout) {
    const citation = report.layout.stages[0]!;
    lines.push(
      `layout: ${report.nodes - report.paragraphs} nodes placed (citation network of ${citation.nodes} nodes: ` +
        // laid out by groups, each run with a small budget by design: only the final pass over the whole can settle
        `${citation.iterations} ForceAtlas2 iterations by groups, final pass ${citation.converged ? 'settled' : 'at its budget'}; ${report.layout.communities} communities)`,
    );
  }
  if (graphFile) lines.push(`graph: ${printable(graphFile)} (${(report.bytesWritten / 1e6).toFixed(1)} MB)`);
  return `${lines.join('\n')}\n`;
}

/**
 * One issue on one line: `error: <file>: <problem>`. The file name and the message (which may
 * quote the input) go through printable(), so neither can break the line or drive the terminal;
 * a multi-line message (a stack trace) shows its first line.
 */
export function formatIssue(issue: IngestIssue): string {
  return `${issue.level}: ${printable(issue.source)}: ${printable(issue.message.split('\n')[0] ?? '')}`;
}

function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  return entries.length === 0 ? '(none)' : entries.map(([key, count]) => `${printable(key)} ${count}`).join(', ');
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
