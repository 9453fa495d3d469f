import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Set while a run's directory exists: every project's setup runs in the same process, and the first one makes it. */
const MARK = 'UNKG_TEST_TMPDIR';

/**
 * Vitest global setup: the run gets its own temporary directory, removed when the run ends.
 * Tests and the commands they spawn make their scratch directories under `os.tmpdir()`, which
 * follows TMPDIR, so none of them outlives the run, even when a test fails before its own
 * cleanup. (Without it every run left its scratch behind, up to 50 MB in the loader's tests
 * alone, until the disk filled.)
 */
export default function setup(): () => void {
  // the other projects' setups find it made (one directory, not one inside the other)
  if (process.env[MARK]) return () => {};
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'unkg-test-'));
  process.env.TMPDIR = root;
  process.env[MARK] = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    delete process.env[MARK];
    rmSync(root, { recursive: true, force: true });
  };
}
