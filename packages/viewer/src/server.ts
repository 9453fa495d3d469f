/**
 * Serving the viewer: builds the app with vite into dist/ when it is missing or older than its
 * sources (so a fresh clone needs no separate build step), then serves it over HTTP, on
 * 127.0.0.1 by default, with the graph: `/graph.json` (the file as it is), `/view/graph.json`
 * (the graph without evidence items, for a fast first render), `/view/evidence?node=KEY` (the
 * evidence of a node's edges with their quotes, when its panel opens) and
 * `/view/paragraph?key=KEY` (a paragraph and its language versions). graph.json is read as a
 * stream once; evidence and paragraphs are read from it on demand (evidence.ts), so the server's
 * memory is the entity graph, not the corpus.
 * It answers only its own host names and sends a strict Content-Security-Policy (security.ts).
 */
import { createReadStream, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { GraphFile } from '@unkg/graph/graph-file';
import { parseRecordLine } from '@unkg/graph/graph-text';
import { GraphValidator } from '@unkg/graph/validate';
import { isDocumentRecord } from '@unkg/graph/records';
import { GraphEvidence } from './graph-evidence';
import { SkeletonBuilder } from './skeleton';
import { allowedHostNames, isAllowedHost, SECURITY_HEADERS } from './security';
import { createServer, type Server } from 'node:http';
import { basename, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VIEWER_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const VIEWER_DIST = join(VIEWER_ROOT, 'dist');

function newestSourceTime(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (!entry.name.endsWith('.test.ts') && !['server.ts', 'security.ts', 'index.ts'].includes(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/ is missing or older than index.html, the vite config or a source file. */
export function viewerBuildIsStale(): boolean {
  const built = join(VIEWER_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    statSync(join(VIEWER_ROOT, 'index.html')).mtimeMs,
    statSync(join(VIEWER_ROOT, 'vite.config.ts')).mtimeMs,
    newestSourceTime(join(VIEWER_ROOT, 'src')),
    // the app bundles reviewed data (search words)
    newestSourceTime(join(VIEWER_ROOT, '../../data/viewer')),
  );
  return statSync(built).mtimeMs < sources;
}

/**
 * Builds into a private directory, then swaps it in, so two processes building at once (a test
 * and a user's `unkg view`) never serve a half-written dist/.
 */
export async function buildViewer(options: { force?: boolean } = {}): Promise<{ built: boolean; ms: number }> {
  const started = performance.now();
  if (!options.force && !viewerBuildIsStale()) return { built: false, ms: 0 };
  const { build } = await import('vite');
  const outDir = join(VIEWER_ROOT, `dist.build-${process.pid}-${Date.now()}`);
  try {
    await build({ configFile: join(VIEWER_ROOT, 'vite.config.ts'), root: VIEWER_ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const previous = `${VIEWER_DIST}.old-${process.pid}`;
    if (existsSync(VIEWER_DIST)) renameSync(VIEWER_DIST, previous);
    renameSync(outDir, VIEWER_DIST);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return { built: true, ms: performance.now() - started };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface ServeViewerOptions {
  /** graph.json to serve at /graph.json; without it the app asks the user for a file */
  graphPath?: string | null;
  port?: number;
  host?: string;
  /** build dist/ first when missing or stale (default true) */
  build?: boolean;
}

export interface ViewerServer {
  server: Server;
  url: string;
  port: number;
  /** departures from the graph contract found in the served graph (it is shown anyway) */
  warnings: string[];
  close(): Promise<void>;
}

interface PreparedGraph {
  mtimeMs: number;
  skeletonJson: string;
  evidence: GraphEvidence;
  warnings: string[];
}

/**
 * Reads a graph.json for serving, as a stream. Structural faults (not a graph.json of contract 2,
 * a line that is not JSON, a truncated file) stop here, naming the file; contract problems are
 * kept as warnings and shown in the page.
 */
export function prepareGraphFile(graphPath: string): PreparedGraph {
  const mtimeMs = statSync(graphPath).mtimeMs;
  const file = GraphFile.open(graphPath);
  const validator = new GraphValidator(200);
  validator.attributes(file.attributes as Record<string, unknown>);
  const builder = new SkeletonBuilder();
  const places = new Map<string, { offset: number; bytes: number }>();
  for (const line of file.lines()) {
    const record = parseRecordLine(line.text, graphPath, line.lineNumber);
    validator.record(record);
    builder.add(record);
    if (isDocumentRecord(record)) places.set(record.key, { offset: line.offset, bytes: line.bytes });
  }
  const warnings = validator.finish();
  const { skeleton, evidence } = builder.finish(file.attributes as Record<string, unknown>, warnings.slice(0, 200));
  return { mtimeMs, skeletonJson: JSON.stringify(skeleton), evidence: new GraphEvidence(file, places, evidence), warnings };
}

export async function serveViewer(options: ServeViewerOptions = {}): Promise<ViewerServer> {
  const host = options.host ?? '127.0.0.1';
  const graphPath = options.graphPath ? resolve(options.graphPath) : null;
  if (graphPath) {
    const info = await stat(graphPath).catch(() => null);
    if (!info?.isFile()) throw new Error(`${options.graphPath}: graph file not found (run \`unkg ingest\` first, or name a graph.json)`);
  }
  const isJson = graphPath !== null && !/\.gexf$/i.test(graphPath);
  let prepared = isJson ? prepareGraphFile(graphPath) : null;
  /** re-read when the file changed under us (a new `unkg ingest` while the viewer runs) */
  const current = (): PreparedGraph | null => {
    if (!isJson || !graphPath) return null;
    if (statSync(graphPath).mtimeMs !== prepared?.mtimeMs) prepared = prepareGraphFile(graphPath);
    return prepared;
  };
  if (options.build !== false) await buildViewer();
  if (!existsSync(join(VIEWER_DIST, 'index.html'))) throw new Error(`${VIEWER_DIST}: the viewer is not built`);

  const allowedHosts = allowedHostNames(host);
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (!isAllowedHost(request.headers.host, allowedHosts)) {
      // another name for this address: DNS rebinding, or a name the user did not bind (security.ts)
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`unkg view answers only to its own host names (${host === '127.0.0.1' ? '127.0.0.1 or localhost' : `${host}, 127.0.0.1 or localhost`})\n`);
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
      return;
    }
    const send = (file: string, type: string, extraHeaders: Record<string, string> = {}) => {
      const stream = createReadStream(file);
      stream.on('open', () => {
        response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', ...extraHeaders });
        stream.pipe(response);
      });
      stream.on('error', () => {
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('not found');
      });
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const sendJson = (body: string) => {
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES['.json']!, 'Cache-Control': 'no-cache', 'X-Graph-Name': encodeURIComponent(basename(graphPath ?? 'graph.json')) });
      response.end(body);
    };
    if (path === '/view/graph.json' || path === '/view/evidence' || path === '/view/paragraph') {
      let graph: PreparedGraph | null;
      try {
        graph = current();
      } catch (error) {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end((error as Error).message);
        return;
      }
      if (!graph) {
        // Tell the page where the graph is (a GEXF file as it is, or none) without a 404 in its console.
        if (path === '/view/graph.json') sendJson(JSON.stringify({ source: graphPath ? 'raw' : 'none' }));
        else response.writeHead(404, { 'Content-Type': 'text/plain' }).end('no graph.json served');
        return;
      }
      const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
      try {
        if (path === '/view/graph.json') sendJson(graph.skeletonJson);
        else if (path === '/view/evidence') sendJson(JSON.stringify(graph.evidence.evidenceOfNode(query.get('node') ?? '')));
        else {
          const paragraph = graph.evidence.paragraph(query.get('key') ?? '');
          if (paragraph) sendJson(JSON.stringify(paragraph));
          else response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`no paragraph ${query.get('key') ?? ''}`);
        }
      } catch (error) {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end((error as Error).message);
      }
      return;
    }
    if (path === '/graph.json') {
      if (!graphPath) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('no graph served');
        return;
      }
      send(graphPath, /\.gexf$/i.test(graphPath) ? 'application/xml; charset=utf-8' : CONTENT_TYPES['.json']!, { 'X-Graph-Name': encodeURIComponent(basename(graphPath)) });
      return;
    }
    const file = resolve(VIEWER_DIST, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(VIEWER_DIST + sep)) {
      response.writeHead(403).end();
      return;
    }
    send(file, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${options.port} on ${host} is in use (choose another with --port)`) : error),
    );
    server.listen(options.port ?? 0, host, () => resolvePromise());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    port,
    url: `http://${shownHost}:${port}/`,
    warnings: prepared?.warnings ?? [],
    close: () => new Promise<void>((resolvePromise) => {
      server.closeAllConnections();
      server.close(() => resolvePromise());
    }),
  };
}
