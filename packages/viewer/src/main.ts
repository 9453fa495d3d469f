/** Browser entry: loads the served graph (or asks for a file) and starts the viewer. */
import './style.css';
import { ViewerApp } from './app';
import { byId } from './dom';
import { loadServedEvidence, loadServedParagraph } from './evidence';
import { graphFromGexf, graphFromJson, graphFromSkeleton, type LoadedGraph } from './load';
import type { ViewSkeleton } from './skeleton';

const app = new ViewerApp();
// Exposed for the browser tests and the benchmark (read-only inspection of the running app).
(window as unknown as { unkg: ViewerApp }).unkg = app;

function showMessage(text: string, isError = false): void {
  const message = byId('message');
  message.hidden = false;
  message.classList.toggle('error', isError);
  message.replaceChildren(document.createTextNode(text));
}

function parseFile(text: string, name: string): LoadedGraph {
  const looksLikeXml = /\.gexf$/i.test(name) || /^\s*</.test(text);
  return looksLikeXml ? graphFromGexf(text, name) : graphFromJson(text, name);
}

/** The server's evidence-less graph first (fast first render), evidence fetched per node. */
async function loadServedGraph(): Promise<void> {
  const response = await fetch('view/graph.json');
  if (!response.ok) throw new Error(`view/graph.json: the server answered ${response.status} ${response.statusText}`);
  const name = decodeURIComponent(response.headers.get('X-Graph-Name') || 'graph.json');
  const data = (await response.json()) as ViewSkeleton | { source: 'raw' | 'none' };
  if ('source' in data) {
    if (data.source === 'none') showMessage('No graph is served. Open a graph.json or GEXF file with “Open file…”.');
    else await loadRawGraph(name);
    return;
  }
  app.mark('fetched');
  const { graph, warnings } = graphFromSkeleton(data, name);
  app.mark('parsed');
  app.load(graph, name, location.hash, warnings, loadServedEvidence(), loadServedParagraph());
}

/** A GEXF file served as it is. */
async function loadRawGraph(name: string): Promise<void> {
  const response = await fetch('graph.json');
  if (!response.ok) throw new Error(`${name}: the server answered ${response.status} ${response.statusText}`);
  const { graph, warnings } = parseFile(await response.text(), name);
  app.load(graph, name, location.hash, warnings);
}

byId<HTMLInputElement>('open-file').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  try {
    const { graph, warnings } = parseFile(await file.text(), file.name);
    history.replaceState(null, '', location.pathname + location.search);
    app.load(graph, file.name, '', warnings);
  } catch (error) {
    showMessage((error as Error).message, true);
  } finally {
    input.value = '';
  }
});

loadServedGraph().catch((error: unknown) => showMessage((error as Error).message, true));
