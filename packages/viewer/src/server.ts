/**
 * Serving the viewer: builds the app with vite into dist/ when it is missing or older than its
 * sources (so a fresh clone needs no separate build step), then serves it and the graph
 * (`/graph.json`) over HTTP, on 127.0.0.1 by default.
 */
import { createReadStream, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
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
    else if (!entry.name.endsWith('.test.ts') && !['server.ts', 'index.ts'].includes(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
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
  close(): Promise<void>;
}

export async function serveViewer(options: ServeViewerOptions = {}): Promise<ViewerServer> {
  const host = options.host ?? '127.0.0.1';
  const graphPath = options.graphPath ? resolve(options.graphPath) : null;
  if (graphPath) {
    const info = await stat(graphPath).catch(() => null);
    if (!info?.isFile()) throw new Error(`${options.graphPath}: graph file not found (run \`unkg ingest\` first, or name a graph.json)`);
  }
  if (options.build !== false) await buildViewer();
  if (!existsSync(join(VIEWER_DIST, 'index.html'))) throw new Error(`${VIEWER_DIST}: the viewer is not built`);

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
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
    close: () => new Promise<void>((resolvePromise) => {
      server.closeAllConnections();
      server.close(() => resolvePromise());
    }),
  };
}
