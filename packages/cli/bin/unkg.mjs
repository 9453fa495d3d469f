#!/usr/bin/env node
// The `unkg` executable: registers tsx's loader so the TypeScript sources run as they are,
// then hands the arguments to the CLI. Paths are resolved against the caller's directory.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
await runCli(process.argv.slice(2));
