/**
 * Viewer benchmark, in the real headless Chromium, on what a user opens: the graph.json that
 * `unkg ingest` writes for ../shared/corpus/unsc/text and the seeds (about 2,000 documents), with
 * the positions its layout phase stored, served by `unkg view`'s server as written. Figures: the
 * server's start, the time from page load to the first rendered frame, click → updated view,
 * ForceAtlas2 iterations per second (web worker), and frame times while the camera pans. When the
 * corpus or the CLI is unavailable, a synthetic graph of the same size is used, laid out as ingest
 * does, and the output says so. Prints figures only; nothing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addEdge, addParagraph, createGraph, evidenceIn, mergeNode, readGraphFile, serializeGraph, type KnowledgeGraph } from '../packages/graph/src/index';
import { hasLayout, layoutGraph } from '../packages/graph/src/layout';
import { serveViewer } from '../packages/viewer/src/index';
import { chromiumAvailability, launchChromium } from '../test/viewer/browser';

const ROOT = resolve(import.meta.dirname, '..');
/** the dev corpus: the Security Council texts and the five seed documents */
const CORPUS = [resolve(ROOT, '../shared/corpus/unsc/text'), resolve(ROOT, '../shared/corpus/seeds')];
const FIRST_RENDER_TARGET_MS = 1000;
const LOAD_RUNS = 5;
const CLICK_TARGET_MS = 100;

interface ClickTimes {
  all: number[];
  /** the synchronous part: state, highlight, display graph, panel (the rest is the frame) */
  sync: number[];
  slowest: Array<[string, number]>;
}

/**
 * Selects, one after another, the three nodes of highest degree of every kind and 30 visible
 * nodes drawn with a fixed seed, and times each selection until the next animation frame (sigma
 * redraws in a frame callback registered before ours). A string, like panScript.
 */
const clickScript = `(async () => {
  const app = window.unkg;
  const graph = app.graph;
  const byKind = new Map();
  graph.forEachNode((node, attributes) => {
    const list = byKind.get(attributes.kind) || [];
    list.push([node, graph.degree(node)]);
    byKind.set(attributes.kind, list);
  });
  const nodes = [];
  for (const list of byKind.values()) nodes.push(...list.sort((a, b) => b[1] - a[1]).slice(0, 3).map((entry) => entry[0]));
  const visible = [...app.visibility.nodes].sort();
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let index = 0; index < 30 && visible.length > 0; index++) nodes.push(visible[Math.floor(random() * visible.length)]);
  const times = [];
  const sync = [];
  for (const node of nodes) {
    const started = performance.now();
    app.select(node);
    sync.push(performance.now() - started);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    times.push([node, performance.now() - started]);
    // let the camera animation and the evidence fetch finish, as between two real clicks
    await new Promise((resolve) => setTimeout(resolve, 600));
  }
  app.update({ selected: null, trace: null, path: null });
  return { all: times.map((entry) => entry[1]), sync, slowest: [...times].sort((a, b) => b[1] - a[1]).slice(0, 5) };
})()`;

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
    mergeNode(graph, doc, { kind: 'Document', label: symbol, source: `text/${index}.txt`, lang: 'en', docType: 'resolution', title: symbol, date: `${year}-01-01`, textOf: [symbol] });
    addEdge(graph, 'TEXT_OF', doc, symbol);
    for (let cite = 0; cite < 6 && resolutions.length > 0; cite++) {
      // preferential: older, much-cited resolutions are cited more
      const target = resolutions[Math.floor(resolutions.length * random() ** 2)]!;
      const para = addParagraph(graph, doc, { section: 'preamble', text: `Recalling its resolution ${target},`, textOf: symbol });
      addEdge(graph, 'CITES', symbol, target, evidenceIn(graph, para, { spanOf: target }, 'recall'));
      addEdge(graph, 'MENTIONS', doc, target, evidenceIn(graph, para, { spanOf: target }));
    }
    for (let mandate = 0; mandate < 3; mandate++) {
      const body = bodies[Math.floor(bodies.length * random() ** 1.5)]!;
      const para = addParagraph(graph, doc, { section: 'operative', paragraph: String(mandate + 1), text: `${mandate + 1}. Requests the ${body} to report;`, textOf: symbol });
      addEdge(graph, 'MANDATES', symbol, body, evidenceIn(graph, para, { spanOf: body }, 'request'));
    }
    resolutions.push(symbol);
  }
  for (let index = 0; index < 500; index++) {
    const doc = `doc:news/${index}.txt`;
    mergeNode(graph, doc, { kind: 'Document', label: `News ${index}`, source: `news/${index}.txt`, lang: 'en', docType: 'news', title: `News ${index}`, date: null, textOf: [] });
    for (let mention = 0; mention < 4; mention++) {
      const target = resolutions[Math.floor(resolutions.length * random())]!;
      const para = addParagraph(graph, doc, { section: 'body', text: `The Council recalled ${target} today.` });
      addEdge(graph, 'MENTIONS', doc, target, evidenceIn(graph, para, { spanOf: target }));
    }
  }
  return graph;
}

/** The graph.json the viewer opens, and where it came from. */
interface BenchGraph {
  path: string;
  origin: string;
}

/**
 * The graph.json a user opens: `unkg ingest` of the dev corpus as a user runs it (the bundled CLI,
 * positions written by its layout phase), served as written. UNKG_BENCH_GRAPH names an
 * already-ingested one instead; the synthetic graph, laid out as ingest does, stands in when
 * the corpus or the ingest is missing.
 */
function benchGraph(workDir: string): BenchGraph {
  if (process.env.UNKG_BENCH_GRAPH) return { path: resolve(process.env.UNKG_BENCH_GRAPH), origin: `${process.env.UNKG_BENCH_GRAPH} (UNKG_BENCH_GRAPH)` };
  const synthetic = (why: string): BenchGraph => {
    const graph = syntheticGraph();
    const started = performance.now();
    const layout = layoutGraph(graph);
    const path = join(workDir, 'graph.json');
    writeFileSync(path, serializeGraph(graph));
    const stages = layout.stages.map((stage) => `${stage.name} ${stage.nodes} nodes${stage.iterations ? ` ${stage.iterations} iterations` : ''}`).join('; ');
    return { path, origin: `SYNTHETIC graph of the corpus's size (${why}), laid out as unkg ingest does in ${ms(performance.now() - started)} (${stages})` };
  };
  if (process.env.UNKG_BENCH_SYNTHETIC) return synthetic('UNKG_BENCH_SYNTHETIC is set');
  if (!CORPUS.every((path) => existsSync(path))) return synthetic('../shared/corpus/unsc/text or seeds not found');
  const out = join(workDir, 'ingest');
  const started = performance.now();
  const ingest = spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/unkg.mjs'), 'ingest', ...CORPUS, '--out', out, '--quiet'], { encoding: 'utf8' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (ingest.status !== 0) return synthetic(`unkg ingest of the dev corpus failed: ${(ingest.stderr || ingest.stdout).trim().split('\n')[0]}`);
  return { path: join(out, 'graph.json'), origin: `the dev corpus (../shared/corpus/unsc/text and seeds) through \`unkg ingest\` in ${seconds} s, served as written` };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

interface AppHandle {
  unkg: {
    firstRenderAt: number | null;
    timings: Record<string, number>;
    visibility: { nodes: Set<string>; edges: Set<string> };
    layout: { iterations: number; running: boolean; followPositions: boolean; stop(): void; start(visible: unknown): void; iterationsPerSecond(): number };
    renderer: { getCamera(): { getState(): { x: number; y: number; ratio: number; angle: number }; setState(state: object): void } };
  };
}

/**
 * Moves the camera a little every frame for 3 s and returns the frame intervals. A string, so
 * the bundler's helpers (tsx keeps function names with a `__name` wrapper) stay out of the page.
 */
const panScript = (edgesWhileMoving: boolean) => `(async () => {
  const renderer = window.unkg.renderer;
  const hide = renderer.getSetting('hideEdgesOnMove');
  if (${edgesWhileMoving}) { renderer.setSetting('hideEdgesOnMove', false); renderer.setSetting('hideLabelsOnMove', false); }
  const camera = renderer.getCamera();
  const start = camera.getState();
  const intervals = [];
  let last = performance.now();
  let running = true;
  const step = (now) => {
    intervals.push(now - last);
    last = now;
    if (running) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
  await camera.animate({ x: start.x + 0.3, y: start.y + 0.2 }, { duration: 1500 });
  await camera.animate({ x: start.x, y: start.y }, { duration: 1500 });
  running = false;
  renderer.setSetting('hideEdgesOnMove', hide);
  renderer.setSetting('hideLabelsOnMove', hide);
  return { intervals: intervals.slice(1), edgesHidden: hide && !${edgesWhileMoving} };
})()`;

export async function run(): Promise<void> {
  console.log(`viewer (Sigma.js in headless Chromium, software WebGL; machine load average ${loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores)`);
  const skip = chromiumAvailability();
  if (skip) {
    console.log(`  skipped: ${skip}`);
    return;
  }
  const workDir = mkdtempSync(join(tmpdir(), 'unkg-viewer-bench-'));
  const { path: graphPath, origin } = benchGraph(workDir);
  console.log(`  graph: ${origin}`);
  // the nodes the viewer draws: Paragraph nodes are never sent to the page (skeleton.ts)
  const graph = readGraphFile(graphPath);
  const kinds = new Map<string, number>();
  graph.forEachNode((_node, attributes) => kinds.set(attributes.kind, (kinds.get(attributes.kind) ?? 0) + 1));
  const bytes = statSync(graphPath).size;
  console.log(`  ${graph.order} nodes drawn (${[...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ')}), ${graph.size} edges; stored positions on every one: ${hasLayout(graph) ? 'yes' : 'NO (the page lays them out)'}`);
  console.log(`  graph.json: ${(bytes / 1e6).toFixed(1)} MB`);
  const serveStarted = performance.now();
  const server = await serveViewer({ graphPath, port: 0 });
  const skeletonBytes = (await (await fetch(`${server.url}view/graph.json`)).arrayBuffer()).byteLength;
  console.log(`  server start (read, validate, evidence-less skeleton, build check): ${ms(performance.now() - serveStarted)}; skeleton sent to the page: ${(skeletonBytes / 1e6).toFixed(2)} MB (${((100 * skeletonBytes) / bytes).toFixed(1)}% of graph.json)`);
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
    console.log(`  page load → first render: median ${ms(firstRender)} of ${LOAD_RUNS} (${firstRenders.map((value) => value.toFixed(0)).join(', ')}; fastest ${ms(Math.min(...firstRenders))}); target ≤ ${FIRST_RENDER_TARGET_MS} ms: ${(firstRender / FIRST_RENDER_TARGET_MS).toFixed(2)}× the target`);

    // Click → updated view: select nodes one after another (as clicks do) and time each until the
    // next frame (highlight redrawn, panel built). The heaviest nodes of each kind and a seeded sample.
    const clicks = (await page.evaluate(clickScript)) as ClickTimes;
    console.log(`  click → updated view (select, highlight, panel; until the next frame), ${clicks.all.length} clicks: p50 ${ms(percentile(clicks.all, 0.5))}, p95 ${ms(percentile(clicks.all, 0.95))}, max ${ms(Math.max(...clicks.all))}; target ≤ ${CLICK_TARGET_MS} ms`);
    console.log(`    of which synchronous (state, highlight, sigma refresh, panel): p50 ${ms(percentile(clicks.sync, 0.5))}, p95 ${ms(percentile(clicks.sync, 0.95))}`);
    console.log(`    slowest: ${clicks.slowest.map(([node, time]) => `${node} ${time.toFixed(0)} ms`).join(', ')}`);

    // ForceAtlas2 in the worker, over the first view: with the view following it, then the worker alone.
    const fa2 = (follow: boolean) =>
      page.evaluate(async (followPositions) => {
        const { unkg } = window as unknown as AppHandle;
        unkg.layout.followPositions = followPositions;
        unkg.layout.start(unkg.visibility);
        await new Promise((resolve) => setTimeout(resolve, 5000));
        const perSecond = unkg.layout.iterationsPerSecond();
        unkg.layout.stop();
        unkg.layout.followPositions = true;
        return { perSecond, iterations: unkg.layout.iterations };
      }, follow);
    const following = await fa2(true);
    const alone = await fa2(false);
    console.log(`  ForceAtlas2 (web worker): ${following.perSecond.toFixed(1)} iterations/s with the view redrawn as it moves (${following.iterations} in 5 s); ${alone.perSecond.toFixed(1)} iterations/s for the worker alone (${alone.iterations} in 5 s)`);

    // Panning: move the camera a little every frame for 3 s and record frame intervals.
    for (const edgesWhileMoving of [false, true]) {
      const { intervals, edgesHidden } = (await page.evaluate(panScript(edgesWhileMoving))) as { intervals: number[]; edgesHidden: boolean };
      if (!edgesHidden && !edgesWhileMoving) continue; // small view: edges always drawn, measured below
      const mean = intervals.reduce((sum, value) => sum + value, 0) / intervals.length;
      const how = edgesHidden ? 'edges and labels hidden while moving (the default above 3,000 edges)' : 'edges and labels drawn while moving';
      console.log(`  panning (camera animation, 3 s), ${how}: ${intervals.length} frames, frame time mean ${ms(mean)}, p95 ${ms(percentile(intervals, 0.95))}, max ${ms(Math.max(...intervals))} (${(1000 / mean).toFixed(1)} fps)`);
    }
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
