/** `unkg view [graph.json]`: serves the Sigma.js viewer on 127.0.0.1 and prints its URL. */
import { spawn } from 'node:child_process';
import { parseCommandLine } from '@unkg/ingest/command-line';
import { printable } from '@unkg/ingest/printable';
import { serveViewer } from '@unkg/viewer';

export const summary = 'explore a graph in the browser (Sigma.js viewer on 127.0.0.1)';

const USAGE = `usage: unkg view [<graph.json or .gexf>] [--port <n>] [--host <address>] [--no-open]

Serves the viewer and the graph (default .unkg/graph.json) and prints the URL.
Keeps running until Ctrl-C. Another graph.json or GEXF file can be opened from the page.
  --port <n>        port to listen on (default 5178; 0 picks a free one)
  --host <address>  address to bind (default 127.0.0.1, reachable from this machine only);
                    the server answers only to 127.0.0.1, localhost and this address
  --no-open         do not open a browser
`;

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined); // no desktop browser: the printed URL is enough
    child.unref();
  } catch {
    // same: the URL is printed
  }
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    'view',
    argv,
    {
      port: { type: 'string', default: '5178' },
      host: { type: 'string', default: '127.0.0.1' },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length > 1) {
    process.stderr.write(`unkg view: one graph file at most\n${USAGE}`);
    return 2;
  }
  const port = Number(parsed.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(
      `unkg view: --port must be a number between 0 and 65535, got "${printable(parsed.values.port ?? '')}"\n`,
    );
    return 2;
  }
  const graphPath = parsed.positionals[0] ?? '.unkg/graph.json';
  const viewer = await serveViewer({ graphPath, port, host: parsed.values.host });
  if (viewer.warnings.length > 0) {
    process.stderr.write(
      `unkg view: ${printable(graphPath)} departs from the graph contract in ${viewer.warnings.length} place(s), shown anyway; first: ${printable(viewer.warnings[0] ?? '')}\n`,
    );
  }
  process.stdout.write(`unkg view: serving ${printable(graphPath)} at ${viewer.url}\n(Ctrl-C to stop)\n`);
  if (!parsed.values['no-open'] && !process.env.CI) openBrowser(viewer.url);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void viewer.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
