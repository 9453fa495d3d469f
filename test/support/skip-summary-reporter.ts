/**
 * A vitest reporter that ends the run with one loud line saying which tests were skipped and why
 * (suites announce their reason with announceSkip, ./skips.ts), or that none was: a run that
 * skipped the real-Chromium or real-Neo4j tests must not pass for a full one. It runs after the
 * default reporter, so its line is the last of `npm test`. In CI (CI=true) a skipped test fails
 * the run: CI must run everything (each missing component already fails its own test file there;
 * this catches a skip that has no such rule).
 */
import type { UserConsoleLog } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';
import { parseSkip } from './skips';

export default class SkipSummaryReporter implements Reporter {
  private readonly reasons = new Map<string, Set<string>>();

  onUserConsoleLog(log: UserConsoleLog): void {
    for (const line of log.content.split('\n')) {
      const skip = parseSkip(line.trim());
      if (!skip) continue;
      if (!this.reasons.has(skip.suite)) this.reasons.set(skip.suite, new Set());
      this.reasons.get(skip.suite)!.add(skip.reason);
    }
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const skippedByProject = new Map<string, number>();
    for (const module of testModules) {
      const project = module.project.name || 'tests';
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else if (state === 'skipped') {
          counts.skipped++;
          skippedByProject.set(project, (skippedByProject.get(project) ?? 0) + 1);
        }
      }
    }
    const inCi = process.env.CI === 'true' || process.env.CI === '1';
    const summary = skipSummary({ skippedByProject, reasons: this.reasons, inCi });
    if (summary?.fails) process.exitCode = 1;
    // the plain count line, then (last) what was skipped and why
    const lines = [`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`];
    if (summary) lines.push(process.stdout.isTTY ? `\u001b[1;33m${summary.line}\u001b[0m` : summary.line);
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}

/** The closing line when tests were skipped or a skip was announced (else undefined), and whether it fails the run. */
export function skipSummary(input: {
  skippedByProject: Map<string, number>;
  reasons: Map<string, Set<string>>;
  inCi: boolean;
}): { line: string; fails: boolean } | undefined {
  const skipped = [...input.skippedByProject.values()].reduce((sum, count) => sum + count, 0);
  if (skipped === 0 && input.reasons.size === 0) return undefined;
  const counts = [...input.skippedByProject]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([project, count]) => `${project} ${count}`);
  const why = [...input.reasons].map(([suite, texts]) => `${suite}: ${[...texts].filter(Boolean).join('; ') || 'no reason given'}`);
  const what = `${skipped} test${skipped === 1 ? '' : 's'} (${counts.join(', ') || 'none counted'}); ${why.join(' | ') || 'no reason announced'}`;
  if (input.inCi && skipped > 0) return { line: `FAILED: ${what}. CI runs every test: nothing may be skipped.`, fails: true };
  return { line: `SKIPPED ${what}. Not a full run (the README's Quick start says what the full suite needs).`, fails: false };
}
