#!/usr/bin/env node
// The `unkg` executable: registers tsx's loader so the TypeScript sources run as they are, then
// hands the arguments to the CLI. It works from any directory (`npx unkg` in the repository,
// or anywhere after `npm link` / `pnpm link --global` in packages/cli), and paths on the command
// line are resolved against the caller's directory.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

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

// tsx reads the repository's own tsconfig.json, never one in the caller's directory (whose
// `paths` would otherwise redirect the CLI's own imports)
register({ tsconfig: join(REPOSITORY, 'tsconfig.json') });
const { runCli } = await import('../src/cli.ts');
await runCli(process.argv.slice(2));
