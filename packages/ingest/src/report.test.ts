import { describe, expect, it } from 'vitest';
import { formatIssue, formatReport, type IngestReport } from './report';

function reportWith(issues: IngestReport['issues'], languages: Record<string, number> = {}): IngestReport {
  return {
    files: { found: 2, read: 1, failed: 1, skipped: 0, bytes: 10 },
    skipped: [],
    languages,
    docTypes: {},
    resolutions: { total: 0, withText: 0 },
    statements: 0,
    citations: { edges: 0, evidence: 0 },
    mentions: { edges: 0, evidence: 0 },
    paragraphs: 0,
    nodes: 0,
    edges: 0,
    issues,
    workers: 1,
    elapsedMs: 1,
    phases: { prepare: 0, extraction: 0, merge: 0, write: 0 },
    bytesWritten: 0,
    spilledRuns: 0,
  };
}

describe('the ingest summary', () => {
  it('prints a hostile file name on its own line, escaped, without forging a line or an escape code', () => {
    const source = 'corpus/x\n  error: FAKE-MESSAGE\x1b[31m.txt';
    const text = formatReport(reportWith([{ source, level: 'error', message: 'is empty' }]), 'out/graph.json');
    expect(text).not.toContain('\x1b');
    expect(text.split('\n').filter((line) => line.includes('FAKE-MESSAGE'))).toEqual([
      '  error: corpus/x\\n  error: FAKE-MESSAGE\\x1B[31m.txt: is empty',
    ]);
    expect(text.split('\n').filter((line) => /^\s+error:/.test(line))).toHaveLength(1);
  });

  it('escapes a message quoting the input and keeps only its first line', () => {
    expect(formatIssue({ source: 'a.xml', level: 'error', message: 'root element <\x1b]0;title\x07>\nstack' })).toBe(
      'error: a.xml: root element <\\x1B]0;title\\x07>',
    );
  });

  it('prints the rules phase and what extraction went to, when the run timed them (in-process)', () => {
    const report = reportWith([]);
    expect(formatReport(report)).toContain('time: listing 0.00 s, extraction 0.00 s, merge');
    report.phases = { prepare: 10, rules: 120, extraction: 4000, stages: { load: 200, analyse: 500, extract: 3000, record: 300 }, merge: 70, write: 150 };
    expect(formatReport(report)).toContain(
      'time: listing 0.01 s, rules 0.12 s, extraction 4.00 s (CPU: load 0.20, analyse 0.50, extract 3.00, record 0.30 s), merge 0.07 s, write 0.15 s',
    );
  });

  it('escapes languages read from the input (an HTML lang attribute)', () => {
    expect(formatReport(reportWith([], { '\x1b[': 1 }))).toContain('languages: \\x1B[ 1');
  });
});
