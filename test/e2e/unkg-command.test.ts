/**
 * The `unkg` command as a user runs it: the bin (node_modules/.bin/unkg, what `npx unkg` runs in
 * the repository) and `npm link` from a directory outside the repository, paths relative to that
 * directory, no package-manager banner, help that a shell can take as it is, hostile file names.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGraphFile } from '@unkg/graph';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = realpathSync(fileURLToPath(new URL('../../', import.meta.url)));
const BIN = join(ROOT, 'node_modules/.bin/unkg');

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', ...env },
    timeout: 240_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

let away: string;
beforeAll(() => {
  // a directory outside the repository, holding a corpus and a tsconfig.json whose `paths`
  // would hijack the CLI's own imports if tsx read it
  away = realpathSync(mkdtempSync(join(tmpdir(), 'unkg-away-')));
  cpSync(join(ROOT, 'data/samples/seeds'), join(away, 'corpus/seeds'), { recursive: true });
  writeFileSync(join(away, 'tsconfig.json'), JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@unkg/*': ['./hijack/*'] } } }));
  mkdirSync(join(away, 'hijack/ingest'), { recursive: true });
  writeFileSync(join(away, 'hijack/ingest/printable.ts'), 'export function printable() { return "HIJACKED"; }\n');
});

describe('the unkg command', () => {
  it('runs from another directory, reads and writes paths relative to it, prints no banner', () => {
    const result = run(BIN, ['ingest', 'corpus/seeds', '--out', 'out', '--quiet', '--no-entities'], away);
    expect(result.stderr).toBe('');
    // --quiet: the path of graph.json and nothing else (no package manager's banner)
    expect(result.stdout).toBe(`${join(away, 'out/graph.json')}\n`);
    expect(result.status).toBe(0);
    const graph = readGraphFile(join(away, 'out/graph.json'));
    expect(graph.hasNode('doc:seeds/003_806dc498987e8b5c.txt')).toBe(true);
    // the same corpus named by its absolute path from the repository root: the same graph.json
    expect(run(BIN, ['ingest', join(away, 'corpus/seeds'), '--out', join(away, 'out-abs'), '--quiet', '--no-entities'], ROOT).status).toBe(0);
    expect(readFileSync(join(away, 'out-abs/graph.json'), 'utf8')).toBe(readFileSync(join(away, 'out/graph.json'), 'utf8'));
    // the caller's tsconfig.json does not reach the CLI's imports
    const unknown = run(BIN, ['no-such-command'], away);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('unkg: unknown command "no-such-command" (try unkg --help)\n');
  });

  it('reads every format its help names, PDF and Word included, from its prebuilt bundle', () => {
    // the PDF and Word readers load optional dependencies from their own directory (pdf.js:
    // @napi-rs/canvas for DOMMatrix): bundled, they failed on every .pdf while the tests that
    // import the sources passed. UNKG_DEBUG makes a fall-back to the sources print a line.
    const renderings = join(ROOT, 'data/samples/renderings');
    const result = run(BIN, ['ingest', renderings, '--out', 'out-renderings', '--no-entities'], away, { UNKG_DEBUG: '1' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/warnings: 0; errors: 0/);
    expect(result.status).toBe(0);
    const graph = readGraphFile(join(away, 'out-renderings/graph.json'));
    for (const name of ['S_RES_2611_2021.fr.pdf', 'S_RES_2611_2021.zh.docx', 'S_RES_2611_2021.en.doc']) {
      expect(graph.hasNode(`doc:renderings/${name}`), name).toBe(true);
    }
  });

  it('works after npm link, from any directory', () => {
    const prefix = join(away, 'npm-prefix');
    const link = run('npm', ['link', '--offline', '--no-audit', '--no-fund'], join(ROOT, 'packages/cli'), { NPM_CONFIG_PREFIX: prefix });
    expect(link.status, link.stderr).toBe(0);
    const linked = join(prefix, 'bin/unkg');
    expect(run(linked, ['ingest', 'corpus/seeds', '--out', 'out-link', '--quiet', '--no-entities'], away).status).toBe(0);
    const result = run(linked, ['export', 'out-link/graph.json', '--format', 'graphml'], away);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^graphml: out-link\/graph\.graphml \(\d+ nodes/);
    expect(readFileSync(join(away, 'out-link/graph.graphml'), 'utf8')).toContain('<graphml');
  });

  it('under pnpm (run from the workspace root, the caller in INIT_CWD), paths are relative to the caller', () => {
    const result = run(BIN, ['ingest', 'corpus/seeds', '--out', 'out-pnpm', '--quiet', '--no-entities'], ROOT, {
      INIT_CWD: away,
      npm_config_user_agent: 'pnpm/9.15.9 npm/? node/v20 linux x64',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${join(away, 'out-pnpm/graph.json')}\n`);
  });

  it('help texts can be pasted into a shell: no "|" between choices', () => {
    for (const command of ['ingest', 'export', 'view', 'load', 'eval']) {
      const help = run(BIN, [command, '--help'], away);
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toMatch(/^usage: unkg /);
      expect(help.stdout.split('\n').filter((line) => line.includes('|')), command).toEqual([]);
    }
    const top = run(BIN, ['--help'], away);
    expect(top.stdout.split('\n').filter((line) => line.includes('|'))).toEqual([]);
  });

  it('prints hostile file names escaped: a newline or an ANSI escape cannot forge a line or colour the terminal', () => {
    const corpus = join(away, 'hostile');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'x\n  error: FAKE-MESSAGE\u001b[31m.txt'), '');
    writeFileSync(join(corpus, 'ok.txt'), 'The Security Council recalls resolution 1373 (2001).\n');
    const result = run(BIN, ['ingest', 'hostile', '--out', 'out-hostile', '--no-entities'], away);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    const lines = result.stdout.split('\n');
    expect(lines.filter((line) => line.includes('FAKE-MESSAGE'))).toEqual(['  error: hostile/x\\n  error: FAKE-MESSAGE\\x1B[31m.txt: is empty']);
    expect(lines.filter((line) => line.trimStart().startsWith('error:'))).toHaveLength(1);
  });
});
