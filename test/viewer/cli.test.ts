/**
 * `unkg view` end to end: serves the viewer and the graph on 127.0.0.1 (to its own host names only,
 * with a Content-Security-Policy), stops on SIGINT.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeGraph } from '@unkg/graph';
import { buildTestGraph } from '@unkg/viewer/test-graph';
import { PROJECT_ROOT } from './sample-graph';

const CLI = resolve(PROJECT_ROOT, 'packages/cli/src/cli.ts');

/** The status of GET `path` sent with the given Host header (fetch cannot set Host). */
function statusWithHost(url: string, host: string, path = '/'): Promise<number> {
  return new Promise((resolveStatus, reject) => {
    const request = httpGet(new URL(path, url), { headers: { host } }, (response) => {
      response.resume();
      resolveStatus(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });
}

// One process (node with tsx's loader), not the tsx launcher: the launcher relays Ctrl-C to a child
// process and exits 130 when the child does not answer within 30 ms, which a loaded machine misses
// (CI of b59bb1e under load 19, stop 31)
function startView(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'view', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, CI: 'true' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  const url = new Promise<string>((resolveUrl, reject) => {
    const timer = setInterval(() => {
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (match) {
        clearInterval(timer);
        resolveUrl(match[1]!);
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`unkg view exited (${code}): ${stderr}`));
    });
  });
  url.catch(() => undefined); // awaited only by the tests that expect a URL
  return { child, url, exited, output: () => ({ stdout, stderr }) };
}

describe('unkg view', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'unkg-view-cli-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('serves the app, the graph, its skeleton and evidence on 127.0.0.1, and stops on Ctrl-C', async () => {
    const graphPath = join(workDir, 'graph.json');
    writeFileSync(graphPath, serializeGraph(buildTestGraph()));
    const view = startView([graphPath, '--port', '0', '--no-open']);
    const url = await view.url;
    expect(view.output().stdout).toContain(`serving ${graphPath}`);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="sigma">');
    const raw = await fetch(`${url}graph.json`);
    expect(await raw.text()).toBe(serializeGraph(buildTestGraph()));
    const skeleton = await (await fetch(`${url}view/graph.json`)).text();
    const parsed = JSON.parse(skeleton) as { nodes: unknown[]; edges: unknown[] };
    // the entity graph: Paragraph nodes and HAS_PARAGRAPH edges are served on demand
    const graph = buildTestGraph();
    expect(parsed.nodes.length).toBe(graph.filterNodes((_key, attributes) => attributes.kind !== 'Paragraph').length);
    expect(parsed.edges.length).toBe(graph.filterEdges((_key, attributes) => attributes.kind !== 'HAS_PARAGRAPH').length);
    expect(skeleton).not.toContain('"evidence"');
    const evidence = (await (await fetch(`${url}view/evidence?node=${encodeURIComponent('body:ctc')}`)).json()) as Record<string, Array<{ para: string; quote: string }>>;
    const items = evidence['MANDATES:S/RES/2370 (2017)->body:ctc']!;
    expect(items).toHaveLength(2);
    expect(items[0]!.quote).toContain('Demande au Comité contre le terrorisme');
    const paragraph = (await (await fetch(`${url}view/paragraph?key=${encodeURIComponent(items[0]!.para)}`)).json()) as { text: string; versions: unknown[] };
    expect(paragraph.text.startsWith('16. Demande au Comité contre le terrorisme')).toBe(true);
    expect((await fetch(`${url}view/paragraph?key=nowhere`)).status).toBe(404);
    expect((await fetch(`${url}../../etc/passwd`)).status).toBe(404);
    // its own names only: a DNS-rebinding page sends its own name as Host
    const port = new URL(url).port;
    expect(await statusWithHost(url, `attacker.example:${port}`)).toBe(421);
    expect(await statusWithHost(url, `localhost:${port}`)).toBe(200);
    expect(await statusWithHost(url, `127.0.0.1:${port}`, '/%E0%A4%A')).toBe(400);
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self'/);
    expect(raw.headers.get('x-content-type-options')).toBe('nosniff');
    view.child.kill('SIGINT');
    expect(await view.exited).toBe(0);
  });

  it('names the file when the graph is missing', async () => {
    const view = startView([join(workDir, 'missing.json'), '--port', '0', '--no-open']);
    expect(await view.exited).not.toBe(0);
    expect(view.output().stderr).toContain('missing.json: graph file not found');
  });

  it('names the file when the graph is not JSON, or not a graph of this contract', async () => {
    const broken = join(workDir, 'broken.json');
    writeFileSync(broken, '{"attributes":{"contract":"2"},\n"nodes":[\n{"key": [\n]}\n');
    const view = startView([broken, '--port', '0', '--no-open']);
    expect(await view.exited).not.toBe(0);
    expect(view.output().stderr).toContain('broken.json: line 3 is not valid JSON');
    const old = join(workDir, 'old.json');
    writeFileSync(old, '{"options":{"type":"directed"},"attributes":{},"nodes":[],"edges":[]}\n');
    const oldView = startView([old, '--port', '0', '--no-open']);
    expect(await oldView.exited).not.toBe(0);
    expect(oldView.output().stderr).toContain('old.json: was written by an older unkg (graph contract 1');
  });
});
