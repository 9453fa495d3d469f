#!/usr/bin/env node
// Quick-start entry for a fresh machine with only Node and npm: fetches the pinned pnpm
// through npx, installs the workspace when needed, then runs the named pnpm script.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const [script, ...args] = process.argv.slice(2);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function pnpm(...pnpmArgs) {
  const result = spawnSync(npx, ['-y', packageManager, ...pnpmArgs], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(join(root, 'node_modules', '.modules.yaml'))) {
  pnpm('install', '--frozen-lockfile');
}
// --silent: pnpm adds no banner before and no ELIFECYCLE line after, so the script's own last
// line (the test summary: which suites were skipped, and why) is the last line printed
pnpm('--silent', 'run', script, ...args);
