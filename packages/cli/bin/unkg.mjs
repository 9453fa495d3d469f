#!/usr/bin/env node
// The `unkg` executable: runs the CLI from its prebuilt bundle (launch.mjs builds it when the
// sources changed) or from the TypeScript sources. Paths are resolved against the caller's directory.
import { loadCli } from './launch.mjs';

const runCli = await loadCli();
await runCli(process.argv.slice(2));
