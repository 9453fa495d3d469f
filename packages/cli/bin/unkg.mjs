#!/usr/bin/env node
// The `unkg` executable: runs the CLI from its prebuilt bundle (launch.mjs builds it when the
// sources changed) or from the TypeScript sources through tsx. It works from any directory
// (`npx unkg` in the repository, or anywhere after `npm link` / `pnpm link --global` in
// packages/cli), and paths on the command line are resolved against the caller's directory.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCli } from './launch.mjs';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));

// `pnpm unkg …` runs a workspace bin from the workspace root and names the caller's directory in
// INIT_CWD: go back there, so `cd data/samples && pnpm unkg ingest seeds` reads data/samples/seeds
if (
  process.env.INIT_CWD &&
  process.env.npm_config_user_agent?.startsWith('pnpm/') &&
  realpathSync(process.cwd()) === realpathSync(REPOSITORY)
) {
  process.chdir(process.env.INIT_CWD);
}

const runCli = await loadCli(process.argv[2]);
await runCli(process.argv.slice(2));
