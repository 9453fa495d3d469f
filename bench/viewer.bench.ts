/**
 * Viewer benchmark, in the real headless Chromium: for the graph of ../shared/corpus/unsc
 * (about 2,000 documents, ingested with the pipeline), the time from page load to the first
 * rendered frame, ForceAtlas2 iterations per second (web worker), and frame times while the
 * camera pans. When the corpus or the pipeline is unavailable, a synthetic graph of the same
 * size is used, and the output says so. Prints figures only; nothing is asserted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addEdge, createGraph, mergeNode, serializeGraph, type KnowledgeGraph } from '../packages/graph/src/index';
import { serveViewer } from '../packages/viewer/src/index';
import { chromiumAvailability, launchChromium } from '../test/viewer/browser';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/unsc/text');
const FIRST_RENDER_TARGET_MS = 1500;
const LOAD_RUNS = 3;

/** ~1,500 resolutions with a text each, ~500 more documents, 150 bodies: the corpus's shape. */
function syntheticGraph(): KnowledgeGraph {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const graph = createGraph({ name: 'synthetic' });
  const bodies = Array.from({ length: 150 }, (_, index) => `body:b${index}`);
  for (const body of bodies) mergeNode(graph, body, { kind: 'Body', label: `Body ${body.slice(6)}`, aliases: [] });
  const resolutions: string[] = [];
  for (let index = 0; index < 1500; index++) {
    const year = 2000 + Math.floor(index / 70);
    const symbol = `S/RES/${1300 + index} (${year})`;
    const doc = `doc:text/${index}.txt`;
    mergeNode(graph, symbol, { kind: 'Resolution', label: symbol, symbol, organ: 'SC', number: String(1300 + index), year });
    mergeNode(graph, doc, { kind: 'Document', label: symbol, source: `text/${index}.txt`, lang: 'en', docType: 'resolution', title: symbol, date: `${year}-01-01` });
    addEdge(graph, 'TEXT_OF', doc, symbol);
    const evidence = (quote: string, start: number) => ({ doc, section: 'preamble' as const, paragraph: null, verb: 'recall', quote, start, end: start + quote.length });
    for (let cite = 0; cite < 6 && resolutions.length > 0; cite++) {
      // preferential: older, much-cited resolutions are cited more
      const target = resolutions[Math.floor(resolutions.length * random() ** 2)]!;
      addEdge(graph, 'CITES', symbol, target, evidence(`Recalling its resolution ${target}`, cite * 50));
      addEdge(graph, 'MENTIONS', doc, target, evidence(`Recalling its resolution ${target}`, cite * 50));
    }
    for (let mandate = 0; mandate < 3; mandate++) {
      const body = bodies[Math.floor(bodies.length * random() ** 1.5)]!;
      addEdge(graph, 'MANDATES', symbol, body, { ...evidence(`Requests the ${body}`, 1000 + mandate * 50), section: 'operative', paragraph: String(mandate + 1), verb: 'request' });
    }
    resolutions.push(symbol);
  }
  for (let index = 0; index < 500; index++) {
    const doc = `doc:news/${index}.txt`;
    mergeNode(graph, doc, { kind: 'Document', label: `News ${index}`, source: `news/${index}.txt`, lang: 'en', docType: 'news', title: `News ${index}`, date: null });
    for (let mention = 0; mention < 4; mention++) {
      const target = resolutions[Math.floor(resolutions.length * random())]!;
      addEdge(graph, 'MENTIONS', doc, target, { doc, section: 'body', paragraph: null, verb: null, quote: `… ${target} …`, start: mention * 20, end: mention * 20 + 10 });
    }
  }
  return graph;
}

async function benchGraph(): Promise<{ graph: KnowledgeGraph; origin: string }> {
  if (process.env.UNKG_BENCH_GRAPH) {
    // an already-ingested graph.json (skips the ~30 s ingest when iterating on the viewer)
    const graph = createGraph();
    graph.import(JSON.parse(readFileSync(process.env.UNKG_BENCH_GRAPH, 'utf8')) as never);
    return { graph, origin: `${process.env.UNKG_BENCH_GRAPH} (UNKG_BENCH_GRAPH)` };
  }
  if (process.env.UNKG_BENCH_SYNTHETIC) return { graph: syntheticGraph(), origin: 'SYNTHETIC graph of the corpus\'s size (UNKG_BENCH_SYNTHETIC is set)' };
  if (existsSync(CORPUS)) {
    try {
      const { ingestPaths } = (await import('../packages/ingest/src/pipeline')) as typeof import('../packages/ingest/src/pipeline');
      const started = performance.now();
      const { graph } = await ingestPaths([CORPUS]);
      return { graph, origin: `../shared/corpus/unsc/text ingested in ${((performance.now() - started) / 1000).toFixed(1)} s` };
    } catch (error) {
      return { graph: syntheticGraph(), origin: `SYNTHETIC graph of the corpus's size (ingesting ../shared/corpus/unsc/text failed: ${(error as Error).message.split('\n')[0]})` };
    }
  }
  return { graph: syntheticGraph(), origin: 'SYNTHETIC graph of the corpus\'s size (../shared/corpus/unsc/text not found)' };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

interface AppHandle {
  unkg: {
    firstRenderAt: number | null;
    timings: Record<string, number>;
    visibility: { nodes: Set<string>; edges: Set<string> };
    layout: { iterations: number; running: boolean; stop(): void; start(visible: unknown): void; iterationsPerSecond(): number };
    renderer: { getCamera(): { getState(): { x: number; y: number; ratio: number; angle: number }; setState(state: object): void } };
  };
}

/**
 * Moves the camera a little every frame for 3 s and returns the frame intervals. A string, so
 * the bundler's helpers (tsx keeps function names with a `__name` wrapper) stay out of the page.
 */
const PAN_SCRIPT = `(async () => {
  const camera = window.unkg.renderer.getCamera();
  const start = camera.getState();
  const intervals = [];
  await new Promise((resolve) => {
    let last = performance.now();
    const began = last;
    const step = (now) => {
      intervals.push(now - last);
      last = now;
      const t = (now - began) / 3000;
      camera.setState({ ...start, x: start.x + 0.3 * Math.sin(t * Math.PI * 2), y: start.y + 0.2 * Math.cos(t * Math.PI * 2) });
      if (now - began < 3000) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  return intervals.slice(2);
})()`;

export async function run(): Promise<void> {
  console.log(`viewer (Sigma.js in headless Chromium, software WebGL; machine load average ${loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores)`);
  const skip = chromiumAvailability();
  if (skip) {
    console.log(`  skipped: ${skip}`);
    return;
  }
  const { graph, origin } = await benchGraph();
  const kinds = new Map<string, number>();
  graph.forEachNode((_node, attributes) => kinds.set(attributes.kind, (kinds.get(attributes.kind) ?? 0) + 1));
  console.log(`  graph: ${origin}`);
  console.log(`  ${graph.order} nodes (${[...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ')}), ${graph.size} edges`);
  const workDir = mkdtempSync(join(tmpdir(), 'unkg-viewer-bench-'));
  const graphPath = join(workDir, 'graph.json');
  const json = serializeGraph(graph);
  writeFileSync(graphPath, json);
  console.log(`  graph.json: ${(json.length / 1e6).toFixed(1)} MB`);
  const server = await serveViewer({ graphPath, port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const firstRenders: number[] = [];
    let phases: Record<string, number> = {};
    for (let runIndex = 0; runIndex < LOAD_RUNS; runIndex++) {
      await page.goto(`${server.url}?run=${runIndex}`);
      await page.waitForSelector('body[data-ready=true]', { timeout: 120_000 });
      const measured = await page.evaluate(() => {
        const { unkg } = window as unknown as AppHandle;
        return { firstRender: unkg.firstRenderAt ?? NaN, timings: unkg.timings };
      });
      firstRenders.push(measured.firstRender);
      phases = measured.timings;
    }
    const shown = await page.evaluate(() => {
      const { visibility } = (window as unknown as AppHandle).unkg;
      return { nodes: visibility.nodes.size, edges: visibility.edges.size };
    });
    const firstRender = median(firstRenders);
    console.log(`  first view: ${shown.nodes} nodes, ${shown.edges} edges (documents and mentions hidden)`);
    console.log(`  phases of the last load (ms since navigation): ${Object.entries(phases).map(([name, at]) => `${name} ${at.toFixed(0)}`).join(', ')}`);
    console.log(`  page load → first render: median ${ms(firstRender)} of ${LOAD_RUNS} (${firstRenders.map((value) => value.toFixed(0)).join(', ')}); target < ${FIRST_RENDER_TARGET_MS} ms: ${(firstRender / FIRST_RENDER_TARGET_MS).toFixed(2)}× the target`);

    // ForceAtlas2 in the worker, over the first view, measured for 5 s after a restart.
    const fa2 = await page.evaluate(async () => {
      const { unkg } = window as unknown as AppHandle;
      unkg.layout.start(unkg.visibility);
      await new Promise((resolve) => setTimeout(resolve, 5000));
      const perSecond = unkg.layout.iterationsPerSecond();
      unkg.layout.stop();
      return { perSecond, iterations: unkg.layout.iterations };
    });
    console.log(`  ForceAtlas2 (worker): ${fa2.perSecond.toFixed(1)} iterations/s (${fa2.iterations} in 5 s)`);

    // Panning: move the camera a little every frame for 3 s and record frame intervals.
    const frames = (await page.evaluate(PAN_SCRIPT)) as number[];
    const mean = frames.reduce((sum, value) => sum + value, 0) / frames.length;
    console.log(`  panning: ${frames.length} frames in 3 s, frame time mean ${ms(mean)}, p95 ${ms(percentile(frames, 0.95))}, max ${ms(Math.max(...frames))} (${(1000 / mean).toFixed(0)} fps)`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
