/**
 * Skipped suites say why, in a form the run's summary collects: the skip-summary reporter
 * (./skip-summary-reporter.ts) lists every announced suite and its reason on the last line of
 * `npm test`. In CI (CI=true) a missing component is not skipped but fails its test file; each
 * caller keeps that rule (it throws before announcing).
 */

/** Prefix of an announcement line in the test output. */
export const SKIP_TAG = '[unkg:skipped]';

/** Prints `[unkg:skipped] <suite>: <reason>` (a console warning, which the reporter reads). */
export function announceSkip(suite: string, reason: string): void {
  console.warn(`${SKIP_TAG} ${suite}: ${reason}`);
}

/** The suite and reason of an announcement line, if it is one. */
export function parseSkip(line: string): { suite: string; reason: string } | undefined {
  if (!line.startsWith(`${SKIP_TAG} `)) return undefined;
  const rest = line.slice(SKIP_TAG.length + 1);
  const colon = rest.indexOf(': ');
  return colon === -1 ? { suite: rest, reason: '' } : { suite: rest.slice(0, colon), reason: rest.slice(colon + 2) };
}
