/** What an ingest run did, as data (for tests and tools) and as the summary the command prints. */
import type { KnowledgeGraph } from '@unkg/graph';
import type { FileList } from './walk';
import type { FileResult } from './pipeline';
import { printable } from './printable';
import type { IngestIssue } from './types';

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
  nodes: number;
  edges: number;
  issues: IngestIssue[];
  workers: number;
  elapsedMs: number;
}

export function buildReport(input: {
  graph: KnowledgeGraph;
  listing: FileList;
  results: FileResult[];
  workers: number;
  elapsedMs: number;
}): IngestReport {
  const { graph, listing, results } = input;
  const languages: Record<string, number> = {};
  const docTypes: Record<string, number> = {};
  let read = 0;
  let failed = 0;
  let bytes = 0;
  for (const result of results) {
    bytes += result.bytes;
    if (!result.document) {
      failed++;
      continue;
    }
    read++;
    languages[result.document.lang] = (languages[result.document.lang] ?? 0) + 1;
    docTypes[result.document.docType] = (docTypes[result.document.docType] ?? 0) + 1;
  }
  const report: IngestReport = {
    files: { found: listing.files.length, read, failed, skipped: listing.skipped.length, bytes },
    skipped: listing.skipped,
    languages: sortedRecord(languages),
    docTypes: sortedRecord(docTypes),
    resolutions: { total: 0, withText: 0 },
    statements: 0,
    citations: { edges: 0, evidence: 0 },
    mentions: { edges: 0, evidence: 0 },
    nodes: graph.order,
    edges: graph.size,
    issues: [...listing.issues, ...results.flatMap((result) => result.issues)],
    workers: input.workers,
    elapsedMs: input.elapsedMs,
  };
  const withText = new Set<string>();
  graph.forEachEdge((_edge, attributes, _source, target) => {
    const evidence = attributes.evidence?.length ?? 0;
    if (attributes.kind === 'CITES') {
      report.citations.edges++;
      report.citations.evidence += evidence;
    } else if (attributes.kind === 'MENTIONS') {
      report.mentions.edges++;
      report.mentions.evidence += evidence;
    } else if (attributes.kind === 'TEXT_OF') withText.add(target);
  });
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'Resolution') {
      report.resolutions.total++;
      if (withText.has(key)) report.resolutions.withText++;
    } else if (attributes.kind === 'Statement') report.statements++;
  });
  return report;
}

export function errorsOf(report: IngestReport): IngestIssue[] {
  return report.issues.filter((issue) => issue.level === 'error');
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
  lines.push(`languages: ${formatCounts(report.languages)}`);
  lines.push(`document types: ${formatCounts(report.docTypes)}`);
  lines.push(
    `resolutions: ${report.resolutions.total} (${report.resolutions.withText} with a text among the files); statements: ${report.statements}`,
  );
  lines.push(
    `citations: ${report.citations.edges} CITES edges, ${report.citations.evidence} evidence items; mentions: ${report.mentions.edges} edges, ${report.mentions.evidence} evidence items`,
  );
  lines.push(`graph: ${report.nodes} nodes, ${report.edges} edges`);
  const warnings = report.issues.filter((issue) => issue.level === 'warning');
  const errors = errorsOf(report);
  lines.push(`warnings: ${warnings.length}; errors: ${errors.length}`);
  const shown = 20;
  for (const issue of [...errors, ...warnings].slice(0, shown)) lines.push(`  ${formatIssue(issue)}`);
  if (errors.length + warnings.length > shown)
    lines.push(`  … and ${errors.length + warnings.length - shown} more`);
  if (graphFile) lines.push(`graph: ${printable(graphFile)}`);
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
