/** Browser entry: loads the served graph (or asks for a file) and starts the viewer. */
import './style.css';
import { ViewerApp } from './app';
import { byId } from './dom';
import type { ViewGraph } from './graph-types';
import { graphFromGexf, graphFromJson } from './load';

const app = new ViewerApp();
// Exposed for the browser tests and the benchmark (read-only inspection of the running app).
(window as unknown as { unkg: ViewerApp }).unkg = app;

function showMessage(text: string, isError = false): void {
  const message = byId('message');
  message.hidden = false;
  message.classList.toggle('error', isError);
  message.replaceChildren(document.createTextNode(text));
}

function parseFile(text: string, name: string): ViewGraph {
  const looksLikeXml = /\.gexf$/i.test(name) || /^\s*</.test(text);
  return looksLikeXml ? graphFromGexf(text, name) : graphFromJson(text, name);
}

async function loadServedGraph(): Promise<void> {
  const response = await fetch('graph.json', { cache: 'no-store' });
  if (response.status === 404) {
    showMessage('No graph is served. Open a graph.json or GEXF file with “Open file”.');
    return;
  }
  if (!response.ok) throw new Error(`graph.json: the server answered ${response.status} ${response.statusText}`);
  const name = decodeURIComponent(response.headers.get('X-Graph-Name') || 'graph.json');
  const text = await response.text();
  app.load(parseFile(text, name), name, location.hash);
}

byId<HTMLInputElement>('open-file').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  try {
    const graph = parseFile(await file.text(), file.name);
    history.replaceState(null, '', location.pathname + location.search);
    app.load(graph, file.name);
  } catch (error) {
    showMessage((error as Error).message, true);
  } finally {
    input.value = '';
  }
});

loadServedGraph().catch((error: unknown) => showMessage((error as Error).message, true));
