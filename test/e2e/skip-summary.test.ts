/**
 * The last line of a test run says which tests were skipped and why (skip-summary reporter), and
 * in CI a skip fails the run. Runs vitest on a fixture project with a suite skipped for a missing
 * component.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG = fileURLToPath(new URL('./fixtures/skipped/vitest.config.ts', import.meta.url));

function vitest(ci: boolean): { status: number; lastLine: string; countLine: string } {
  const env = { ...process.env };
  delete env.CI;
  const result = spawnSync(`${ROOT}node_modules/.bin/vitest`, ['run', '--config', CONFIG], {
    cwd: ROOT,
    encoding: 'utf8',
    env: ci ? { ...env, CI: 'true' } : env,
    timeout: 120_000,
  });
  const lines = result.stdout.trimEnd().split('\n');
  return { status: result.status ?? -1, lastLine: lines[lines.length - 1]!, countLine: lines[lines.length - 2]! };
}

describe('the skip summary', () => {
  it('ends a local run with the skipped tests and the reason, and the run passes', () => {
    const run = vitest(false);
    expect(run.lastLine).toBe(
      'SKIPPED 2 tests (tests 2); frobnication: the frobnicator is not installed (apt-get install frobnicator). ' +
        "Not a full run (the README's Quick start says what the full suite needs).",
    );
    expect(run.countLine).toBe('tests: 1 passed, 0 failed, 2 skipped');
    expect(run.status).toBe(0);
  });

  it('fails a CI run that skipped tests, saying why', () => {
    const run = vitest(true);
    expect(run.lastLine).toMatch(/^FAILED: 2 tests \(tests 2\); frobnication: the frobnicator is not installed .*CI runs every test/);
    expect(run.status).toBe(1);
  });
});
