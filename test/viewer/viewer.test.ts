/**
 * The viewer in a real headless Chromium, on the sample corpus's graph as `unkg ingest` writes
 * it (laid out): the first screen (citation network, stored layout, edges drawn, labels, legend,
 * one line saying what is shown), search ranking, the camera fitting selection, trace, path and
 * shared links, direction in traces and paths, clauses inline in the panel (one language first,
 * remembered; others on demand; lists paging through everything), the table of visible nodes,
 * CSV of lists, GEXF and PNG of the view or of a trace, the timeline's axis; then a graph
 * without positions, laid out in the page before the camera frames the shared view.
 * Screenshots are kept under test-results/viewer/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveViewer, type ViewerServer } from '@unkg/viewer';
import { gexfSchemaErrors } from '../exports/support';
import { chromiumAvailability, launchChromium } from './browser';
import { PROJECT_ROOT, sampleGraph } from './sample-graph';
import { announceSkip } from '../support/skips';

const skipReason = chromiumAvailability();
if (skipReason) announceSkip('viewer', skipReason);

const ARTEFACTS = resolve(PROJECT_ROOT, 'test-results/viewer');
const R2370 = 'S/RES/2370 (2017)';
const R2482 = 'S/RES/2482 (2019)';
const R2610 = 'S/RES/2610 (2021)';
const hashOf = (params: Record<string, string>) => `#${new URLSearchParams(params).toString()}`;

interface PageView {
  /** the hash decoded, for reading; `rawHash` to open the same view */
  hash: string;
  rawHash: string;
  selected: string | null;
  visibleNodes: number;
  visibleEdges: number;
  visibleKinds: Record<string, number>;
  visibleEdgeKinds: Record<string, number>;
  visibleResolutionYears: Array<number | null>;
  layoutRunning: boolean;
}

type App = {
  graph: { order: number; hasNode(node: string): boolean; getNodeAttributes(node: string): Record<string, unknown>; getEdgeAttribute(edge: string, name: string): string; degree(node: string): number; forEachNode(callback: (node: string, attributes: Record<string, unknown>) => void): void };
  state: { selected: string | null };
  visibility: { nodes: Set<string>; edges: Set<string> };
  layout: { running: boolean; stop(): void; iterations: number };
  renderer: {
    getNodeDisplayData(node: string): { x: number; y: number; forceLabel?: boolean; color: string; hidden?: boolean } | undefined;
    framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
    getDimensions(): { width: number; height: number };
  };
  focusNodes(): string[];
  flushHash(): void;
  unknownIds: string[];
};

/** Reads the running app's state (window.unkg) from the page. */
function view(page: Page): Promise<PageView> {
  return page.evaluate(() => {
    const app = (window as unknown as { unkg: App }).unkg;
    app.flushHash();
    const kinds: Record<string, number> = {};
    const edgeKinds: Record<string, number> = {};
    const years: Array<number | null> = [];
    for (const node of app.visibility.nodes) {
      const attributes = app.graph.getNodeAttributes(node);
      kinds[attributes.kind as string] = (kinds[attributes.kind as string] ?? 0) + 1;
      if (attributes.kind === 'Resolution' && node !== app.state.selected) years.push((attributes.year as number | null) ?? null);
    }
    for (const edge of app.visibility.edges) edgeKinds[app.graph.getEdgeAttribute(edge, 'kind')] = (edgeKinds[app.graph.getEdgeAttribute(edge, 'kind')] ?? 0) + 1;
    return { hash: decodeURIComponent(location.hash.replace(/\+/g, ' ')), rawHash: location.hash, selected: app.state.selected, visibleNodes: app.visibility.nodes.size, visibleEdges: app.visibility.edges.size, visibleKinds: kinds, visibleEdgeKinds: edgeKinds, visibleResolutionYears: years, layoutRunning: app.layout.running };
  });
}

/** Of the nodes the camera should frame (selection and neighbours, trace, path), how many are on screen. */
function framed(page: Page): Promise<{ total: number; inside: number }> {
  return page.evaluate(() => {
    const app = (window as unknown as { unkg: App }).unkg;
    const nodes = app.focusNodes();
    const { width, height } = app.renderer.getDimensions();
    let inside = 0;
    for (const node of nodes) {
      const data = app.renderer.getNodeDisplayData(node);
      if (!data) continue;
      const point = app.renderer.framedGraphToViewport(data);
      if (point.x >= 0 && point.y >= 0 && point.x <= width && point.y <= height) inside++;
    }
    return { total: nodes.length, inside };
  });
}

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(650); // camera animation (450 ms)
}

async function downloaded(page: Page, click: () => Promise<void>, dir: string): Promise<{ name: string; text: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

/** RFC 4180 rows (quoted fields, CRLF), as the viewer writes them. */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => match[1]!.replace(/""/g, '"')));
}

describe.skipIf(skipReason !== null)('viewer in Chromium', () => {
  let workDir: string;
  let server: ViewerServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const watch = (target: Page) => {
    target.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    target.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  };
  let cspHeader: string | null = null;
  const open = async (hash = ''): Promise<Page> => {
    const other = await context.newPage();
    watch(other);
    await other.goto(`${server.url}${hash}`);
    await other.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    return other;
  };

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    workDir = mkdtempSync(join(tmpdir(), 'unkg-viewer-'));
    const graph = await sampleGraph();
    console.info(`viewer tests use ${graph.origin}`);
    writeFileSync(join(workDir, 'graph.json'), graph.json);
    server = await serveViewer({ graphPath: join(workDir, 'graph.json'), port: 0 });
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 860 } });
    // the app runs under the server's Content-Security-Policy: any blocked script, style, worker
    // or image is a violation event (and a console error), in every page of the context
    await context.exposeFunction('reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        void (window as unknown as { reportCspViolation(text: string): Promise<void> }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    page = await context.newPage();
    watch(page);
    const response = await page.goto(server.url);
    cspHeader = response?.headers()['content-security-policy'] ?? null;
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('opens on the laid-out citation network, edges drawn, and says what it shows', async () => {
    const shown = await view(page);
    // the stored layout is the picture: nothing runs, edges are drawn from the first frame
    expect(shown.layoutRunning).toBe(false);
    expect(Object.keys(shown.visibleKinds).every((kind) => ['Resolution', 'Statement'].includes(kind))).toBe(true);
    expect(shown.visibleKinds.Resolution ?? 0).toBeGreaterThan(10);
    expect(Object.keys(shown.visibleEdgeKinds)).toEqual(['CITES']);
    expect(shown.visibleEdgeKinds.CITES).toBeGreaterThan(10);
    const edgeHidden = await page.evaluate(() => {
      const app = (window as unknown as { unkg: App & { display: { edges(): string[] }; renderer: { getEdgeDisplayData(edge: string): { hidden?: boolean } | undefined } } }).unkg;
      return app.display.edges().filter((edge) => app.renderer.getEdgeDisplayData(edge)?.hidden).length;
    });
    expect(edgeHidden).toBe(0);
    // no unconnected node in the first view
    const isolated = await page.evaluate(() => {
      const app = (window as unknown as { unkg: App & { display: { degree(node: string): number; nodes(): string[] } } }).unkg;
      return app.display.nodes().filter((node) => app.display.degree(node) === 0).length;
    });
    expect(isolated).toBe(0);
    expect(await page.textContent('#view-summary .what')).toMatch(/^Citation network: \d+ resolutions and statements, \d+ citations \(unconnected hidden\); sized by citations and mandates received, coloured by community\.$/);
    // labels of the most cited are drawn whatever the label grid decides
    const labelled = await page.evaluate(() => {
      const app = (window as unknown as { unkg: App }).unkg;
      return [...app.visibility.nodes].filter((node) => app.renderer.getNodeDisplayData(node)?.forceLabel).length;
    });
    expect(labelled).toBeGreaterThanOrEqual(5);
    expect(await page.textContent('#legend')).toMatch(/Communities \(Louvain\)around S\/RES\//);
    expect(await page.locator('#legend .legend-edges li').count()).toBe(1);
    expect(await page.locator('#legend .legend-sizes li').count()).toBe(3);
    await page.screenshot({ path: join(ARTEFACTS, '01-first-view.png') });
  });

  it('adds bodies in one click, and goes back', async () => {
    await page.click('#view-summary [data-add=bodies]');
    const shown = await view(page);
    expect(shown.visibleKinds.Body ?? 0).toBeGreaterThan(0);
    expect(shown.visibleEdgeKinds.MANDATES ?? 0).toBeGreaterThan(0);
    expect(shown.hash).toContain('kinds=Resolution,Statement,Body');
    expect(await page.locator('#legend .legend-edges li').count()).toBe(2);
    await page.screenshot({ path: join(ARTEFACTS, '02-with-bodies.png') });
    await page.click('#view-summary [data-add=reset]');
    expect((await view(page)).hash).toBe('');
  });

  it('ranks a resolution before a body whose alias holds its number; "resolution 2370" finds the resolution', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('1373');
    const first = page.locator('#search-results .hit').first();
    await expect.poll(() => first.getAttribute('data-node')).toBe('S/RES/1373 (2001)');
    expect(await page.locator('#search-results .hit[data-node="body:CTC"]').count()).toBe(1);
    await page.fill('#search', 'resolution 2370');
    await expect.poll(() => first.getAttribute('data-node')).toBe(R2370);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#panel-title')).toBe(R2370);
    await settle(page);
    const { total, inside } = await framed(page);
    expect(total).toBeGreaterThan(3);
    expect(inside).toBe(total);
    expect((await view(page)).hash).toContain(`node=${R2370}`);
  });

  it('labels the selection and its neighbours', async () => {
    const unlabelled = await page.evaluate(() => {
      const app = (window as unknown as { unkg: App }).unkg;
      return app.focusNodes().filter((node) => !app.renderer.getNodeDisplayData(node)?.forceLabel);
    });
    expect(unlabelled).toEqual([]);
    await page.screenshot({ path: join(ARTEFACTS, '03-selection.png') });
  });

  it('redraws only what a click changes, as a full refresh would draw it', async () => {
    const steps = await page.evaluate((start) => {
      type Sigmaish = {
        refresh(options?: { partialGraph?: unknown; skipIndexation?: boolean }): unknown;
        getNodeDisplayData(node: string): Record<string, unknown> | undefined;
        getEdgeDisplayData(edge: string): Record<string, unknown> | undefined;
      };
      const app = (window as unknown as { unkg: { select(node: string): void; update(patch: { selected: null; trace: null }): void; renderer: Sigmaish; display: { forEachNode(cb: (node: string) => void): void; forEachEdge(cb: (edge: string) => void): void; hasNode(node: string): boolean }; graph: { neighbors(node: string): string[] }; visibility: { nodes: Set<string> } } }).unkg;
      const renderer = app.renderer;
      const drawn = () => {
        const out: Record<string, string> = {};
        const pick = (data: Record<string, unknown> | undefined) => JSON.stringify(data && [data.color, Boolean(data.hidden), Boolean(data.forceLabel), data.zIndex, data.size, data.label]);
        app.display.forEachNode((node) => (out[`n ${node}`] = pick(renderer.getNodeDisplayData(node))));
        app.display.forEachEdge((edge) => (out[`e ${edge}`] = pick(renderer.getEdgeDisplayData(edge))));
        return out;
      };
      const calls: unknown[] = [];
      const refresh = renderer.refresh.bind(renderer);
      renderer.refresh = (options) => {
        calls.push(options);
        return refresh(options);
      };
      const neighbours = app.graph.neighbors(start);
      // a shown neighbour, a hidden one (patched into the view), then a shown one again
      const shown = neighbours.find((node) => app.visibility.nodes.has(node))!;
      const hidden = neighbours.find((node) => !app.visibility.nodes.has(node))!;
      const results = [];
      for (const node of [null, start, shown, hidden, start]) {
        calls.length = 0;
        if (node === null) app.update({ selected: null, trace: null });
        else app.select(node);
        const partial = calls.some((options) => Boolean((options as { partialGraph?: unknown } | undefined)?.partialGraph));
        const after = drawn();
        refresh();
        const full = drawn();
        const differing = Object.keys(full).filter((key) => full[key] !== after[key]);
        results.push({ node, partial, differing: differing.slice(0, 5), items: Object.keys(full).length });
      }
      renderer.refresh = refresh;
      return results;
    }, R2370);
    expect(steps.every((step) => step.partial)).toBe(true);
    for (const step of steps) {
      expect(step.items).toBeGreaterThan(10);
      expect(step.differing, step.node ?? 'no selection').toEqual([]);
    }
  });

  it('shows every cited and citing item with its clause inline, paragraph and verb, as text', async () => {
    const cites = page.locator('#panel section.group[data-group="CITES:out"]');
    await expect.poll(() => cites.locator('li.clause').count()).toBeGreaterThan(0);
    const items = await cites.locator('li.edge').count();
    // no click needed: each item shown has its clause
    expect(await cites.locator('li.edge:has(li.clause)').count()).toBe(items);
    const meta = await cites.locator('.clause-meta').allTextContents();
    expect(meta.every((text) => /paragraph \d|preamble|text/.test(text))).toBe(true);
    expect(await cites.locator('.clause-meta .verb').count()).toBeGreaterThan(0);
    const quotes = await cites.locator('blockquote.quote').allTextContents();
    // a quote stops at a whole word: either the clause's own end or an ellipsis
    for (const quote of quotes) expect(quote.length).toBeGreaterThan(10);
    expect(quotes.filter((quote) => quote.endsWith(' …')).every((quote) => !/\w …$/.test(quote.slice(0, -2)) || /\s…$/.test(quote))).toBe(true);
    // arrows say which way the edge goes
    expect(await cites.locator('li.edge .arrow').first().textContent()).toBe('→');
    expect(await page.locator('#panel section.group[data-group="CITES:in"] li.edge .arrow').first().textContent()).toBe('←');
    // document text is never parsed as HTML: the only element in a quote is the span's <mark>, holding text only
    expect(await page.locator('#panel blockquote.quote *:not(mark), #panel blockquote.quote mark *').count()).toBe(0);
    await page.screenshot({ path: join(ARTEFACTS, '04-panel-clauses.png') });
  });

  it('shows a clause in one language first, the others on demand, and remembers the choice', async () => {
    await page.evaluate((node) => (window as unknown as { unkg: { select(node: string): void } }).unkg.select(node), R2610);
    const clauses = page.locator('#panel li.clause:has(.lang-toggle)');
    await expect.poll(() => clauses.count()).toBeGreaterThan(0);
    const clause = clauses.first();
    expect(await clause.locator('.clause-meta .lang').textContent()).toBe('en');
    expect(await clause.locator('blockquote.quote').count()).toBe(1);
    await clause.locator('.lang-toggle[data-lang=fr]').click();
    const french = clause.locator('blockquote.quote.other[lang=fr]');
    expect(await french.count()).toBe(1);
    expect((await french.textContent())!.length).toBeGreaterThan(10);
    await page.screenshot({ path: join(ARTEFACTS, '05-clause-languages.png') });
    await page.selectOption('#clause-lang', 'fr');
    await expect.poll(() => page.locator('#panel li.clause:has(.lang-toggle)').first().locator('.clause-meta .lang').textContent()).toBe('fr');
    const again = await open(hashOf({ node: R2610 }));
    expect(await again.inputValue('#clause-lang')).toBe('fr');
    await again.selectOption('#clause-lang', 'en');
    await again.close();
    await page.selectOption('#clause-lang', 'en');
  });

  it('highlights the span in the clause, and shows the whole paragraph on request, in each language', async () => {
    await page.evaluate((node) => (window as unknown as { unkg: { select(node: string): void } }).unkg.select(node), R2610);
    const clauses = page.locator('#panel li.clause:has(.lang-toggle)');
    await expect.poll(() => clauses.count()).toBeGreaterThan(0);
    const clause = clauses.first();
    const quote = clause.locator('blockquote.quote').first();
    const span = (await quote.locator('mark').textContent())!;
    expect(span.length).toBeGreaterThan(2);
    const clauseText = (await quote.textContent())!;
    expect(clauseText).toContain(span);
    // the whole paragraph, from the server, the same span highlighted
    const toggle = clause.locator('.paragraph-toggle').first();
    const key = (await toggle.getAttribute('data-para'))!;
    await toggle.click();
    await expect.poll(() => clause.locator('blockquote.quote.paragraph').count()).toBe(1);
    const served = (await page.evaluate(async (para) => (await (await fetch(`view/paragraph?key=${encodeURIComponent(para)}`)).json()) as { text: string; versions: unknown[] }, key));
    expect(await quote.textContent()).toBe(served.text);
    expect(served.text.length).toBeGreaterThanOrEqual(clauseText.replace(/…/g, '').length);
    expect(await quote.locator('mark').textContent()).toBe(span);
    expect(served.versions.length).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTEFACTS, '05b-whole-paragraph.png') });
    // asked again, the clause comes back
    await toggle.click();
    await expect.poll(() => clause.locator('blockquote.quote.paragraph').count()).toBe(0);
    expect(await quote.textContent()).toBe(clauseText);
    // another language on demand, its paragraph too
    await clause.locator('.lang-toggle[data-lang=fr]').click();
    const french = clause.locator('[data-other] blockquote.quote.other[lang=fr]');
    expect(await french.locator('mark').count()).toBe(1);
    await clause.locator('[data-other] .paragraph-toggle').first().click();
    await expect.poll(() => clause.locator('[data-other] blockquote.quote.paragraph[lang=fr]').count()).toBe(1);
    expect((await french.textContent())!.length).toBeGreaterThan(10);
    await clause.locator('.lang-toggle[data-lang=fr]').click();
  });

  it('pages through a long list to its end', async () => {
    // the node with the longest list of one kind and direction
    const longest = await page.evaluate(() => {
      const app = (window as unknown as { unkg: App & { graph: { forEachNode(cb: (node: string) => void): void; outEdges(node: string): string[] } } }).unkg;
      let best = { node: '', count: 0 };
      app.graph.forEachNode((node) => {
        const counts = new Map<string, number>();
        for (const edge of app.graph.outEdges(node)) counts.set(app.graph.getEdgeAttribute(edge, 'kind'), (counts.get(app.graph.getEdgeAttribute(edge, 'kind')) ?? 0) + 1);
        for (const [kind, count] of counts) if (count > best.count) best = { node: `${node}\u0000${kind}`, count };
      });
      return best;
    });
    const [node, kind] = longest.node.split('\u0000') as [string, string];
    expect(longest.count).toBeGreaterThan(20);
    await page.evaluate((key) => (window as unknown as { unkg: { select(node: string): void } }).unkg.select(key), node);
    const group = page.locator(`#panel section.group[data-group="${kind}:out"]`);
    // a new node's panel builds its first group at once and the others after the frame
    await expect.poll(() => group.locator('li.edge').count()).toBe(20);
    expect(await group.locator('.more-row[data-more]').textContent()).toContain(`20 of ${longest.count}`);
    await group.locator('[data-show=all]').click();
    expect(await page.locator(`#panel section.group[data-group="${kind}:out"] li.edge`).count()).toBe(longest.count);
    expect(await page.locator(`#panel section.group[data-group="${kind}:out"] .more-row[data-more]`).count()).toBe(0);
  });

  it('traces the ancestry of 2370 with arrows, depth and via, and a shared link frames it', async () => {
    await page.evaluate((node) => (window as unknown as { unkg: { select(node: string): void } }).unkg.select(node), R2370);
    await page.click('#panel button[data-trace=ancestors]');
    const summary = page.locator('#trace-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^Ancestry: \d+ documents, \d+ citations\. S\/RES\/2370 \(2017\) cites \d+ \(↑\)\.$/);
    const rows = page.locator('#panel .trace-list li');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().locator('.arrow').textContent()).toBe('↑');
    expect(await rows.first().locator('.depth').textContent()).toBe('1');
    const deeper = page.locator('#panel .trace-list li:has(.via)');
    if ((await deeper.count()) > 0) expect(await deeper.first().locator('.via').textContent()).toMatch(/^cited by S\/RES\//);
    await settle(page);
    expect(await framed(page)).toMatchObject({ inside: (await framed(page)).total });
    const { hash, rawHash } = await view(page);
    expect(hash).toContain('trace=up:3');
    await page.screenshot({ path: join(ARTEFACTS, '06-trace-ancestry.png') });

    const shared = await open(rawHash);
    expect(await shared.textContent('#panel-title')).toBe(R2370);
    expect(await shared.textContent('#trace-summary')).toBe(await summary.textContent());
    const restored = await framed(shared);
    expect(restored.total).toBeGreaterThan(3);
    expect(restored.inside).toBe(restored.total);
    await shared.screenshot({ path: join(ARTEFACTS, '07-shared-trace.png') });
    await shared.close();
  });

  it('lists both sides of a trace, each with its direction', async () => {
    await page.click('#panel button[data-trace=both]');
    await expect.poll(() => page.locator('#panel .trace h4').allTextContents()).toEqual([expect.stringMatching(/^↑ What S\/RES\/2370 \(2017\) cites/), expect.stringMatching(/^↓ What cites S\/RES\/2370 \(2017\)/)]);
    expect(await page.locator('#panel .trace-list').nth(1).locator('li .arrow').first().textContent()).toBe('↓');
    const csv = await downloaded(page, () => page.locator('#panel .trace [data-csv]').click(), workDir);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual(['side', 'depth', 'node', 'label', 'year', 'via']);
    expect(rows.length - 1).toBe(Number(/Both: (\d+) documents/.exec((await page.textContent('#trace-summary'))!)![1]));
    expect(rows.slice(1).some((row) => row[0] === 'citing (descendants)')).toBe(true);
  });

  it('shows only the trace on request', async () => {
    expect(await page.textContent('#only-focus-label')).toBe('Show only the trace');
    await page.check('#only-focus');
    const drawn = async () =>
      page.evaluate(() => {
        const app = (window as unknown as { unkg: App }).unkg;
        return [...app.visibility.nodes].filter((node) => !app.renderer.getNodeDisplayData(node)?.hidden).length;
      });
    const traceSize = await page.evaluate(() => (window as unknown as { unkg: App }).unkg.focusNodes().length);
    expect(await drawn()).toBe(traceSize);
    expect((await view(page)).hash).toContain('only=1');
    await settle(page);
    await page.screenshot({ path: join(ARTEFACTS, '08-only-trace.png') });
    await page.uncheck('#only-focus');
    expect(await drawn()).toBeGreaterThan(traceSize);
  });

  it('exports only the trace, as GEXF and PNG', async () => {
    await page.selectOption('#export-scope', 'focus');
    const traceSize = await page.evaluate(() => (window as unknown as { unkg: App }).unkg.focusNodes().length);
    const gexf = await downloaded(page, () => page.click('#export-gexf'), workDir);
    expect(gexf.name).toMatch(/-trace-S-RES-2370-2017-\.gexf$/);
    expect(gexf.text.match(/<node /g)?.length).toBe(traceSize);
    const png = await downloaded(page, () => page.click('#export-png'), workDir);
    expect(png.name).toMatch(/-trace-.*\.png$/);
    writeFileSync(join(ARTEFACTS, '08-export-trace-png.png'), readFileSync(png.path));
    await page.selectOption('#export-scope', 'view');
  });

  it('says which way a citation path runs, and where the text cites', async () => {
    await page.click('#panel button[data-trace=clear]');
    await page.click('#panel button[data-path=start]');
    await page.evaluate((node) => (window as unknown as { unkg: { select(node: string): void } }).unkg.select(node), R2482);
    await page.click('#panel button[data-path=show]');
    const path = page.locator('#path-summary');
    await expect.poll(() => path.locator('.path-title').textContent()).toBe(`From ${R2370} to ${R2482}: 1 citation step`);
    const step = path.locator('.path-steps li').first();
    await expect.poll(() => step.textContent()).toMatch(/^S\/RES\/2482 \(2019\) cites S\/RES\/2370 \(2017\) \((paragraph \d+|preamble)/);
    await settle(page);
    const { total, inside } = await framed(page);
    expect([total, inside]).toEqual([2, 2]);
    const { hash } = await view(page);
    expect(hash).toContain(`path=${R2370}|${R2482}`);
    await page.screenshot({ path: join(ARTEFACTS, '09-path.png') });
    const csv = parseCsv((await downloaded(page, () => page.click('#path-summary [data-csv]'), workDir)).text);
    expect(csv[0]).toEqual(['step', 'citing', 'cited', 'where the citing text cites']);
    expect(csv[1]?.slice(0, 3)).toEqual(['1', R2482, R2370]);
    // a link with only the path opens on it
    const shared = await open(hashOf({ path: `${R2370}|${R2482}` }));
    await expect.poll(() => shared.locator('#path-summary .path-title').textContent()).toBe(`From ${R2370} to ${R2482}: 1 citation step`);
    expect(await framed(shared)).toEqual({ total: 2, inside: 2 });
    await shared.close();
  });

  it('says when a shared link names a node the graph does not have', async () => {
    const shared = await open(hashOf({ node: 'S/RES/9999 (2030)' }));
    expect(await shared.isVisible('#link-notice')).toBe(true);
    expect(await shared.textContent('#link-notice')).toContain('“S/RES/9999 (2030)”, which graph.json does not have');
    expect(await shared.isVisible('#panel')).toBe(false);
    await shared.screenshot({ path: join(ARTEFACTS, '10-unknown-link.png') });
    await shared.close();
  });

  it('filters by adoption year on a timeline with a year axis', async () => {
    await page.keyboard.press('Escape');
    const before = await view(page);
    expect(before.selected).toBeNull();
    const ticks = await page.locator('#timeline-axis .tick').allTextContents();
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.every((tick) => /^\d{4}$/.test(tick))).toBe(true);
    const years = before.visibleResolutionYears.filter((year): year is number => year !== null);
    const target = Math.max(...years);
    await page.evaluate((year) => {
      for (const id of ['year-from', 'year-to']) {
        const input = document.getElementById(id) as HTMLInputElement;
        input.value = String(year);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }, target);
    const after = await view(page);
    expect(after.visibleNodes).toBeLessThan(before.visibleNodes);
    expect(after.visibleResolutionYears.every((year) => year === null || year === target)).toBe(true);
    expect(after.hash).toContain(`years=${target}-`);
    expect(await page.textContent('#year-label')).toBe(`${target} – ${target}`);
    await page.screenshot({ path: join(ARTEFACTS, '11-year-filter.png') });
    await page.click('#view-summary [data-add=reset]');
  });

  it('lists the visible nodes in a sortable table, exported as CSV', async () => {
    await page.click('#table-toggle');
    const shown = await view(page);
    expect(await page.textContent('#table-view .table-head strong')).toBe(`${shown.visibleNodes} visible nodes`);
    const cited = async () => (await page.locator('#table-view tbody tr td:nth-child(5)').allTextContents()).map(Number);
    const descending = await cited();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.click('#table-view th[data-sort=citedBy] button');
    const ascending = await cited();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.click('#table-view th[data-sort=year] button');
    await page.screenshot({ path: join(ARTEFACTS, '12-table.png') });
    const csv = await downloaded(page, () => page.click('#table-csv'), workDir);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual(['key', 'Label', 'Kind', 'Year', 'Degree', 'Cited by', 'Mandates', 'Community']);
    expect(rows.length - 1).toBe(shown.visibleNodes);
    const row = page.locator('#table-view tbody tr').first();
    const node = await row.getAttribute('data-node');
    await row.click();
    expect((await view(page)).selected).toBe(node);
    await page.click('#table-toggle');
    expect(await page.isVisible('#table-view')).toBe(false);
  });

  it('exports the mandates of a body by year as CSV', async () => {
    await page.evaluate(() => (window as unknown as { unkg: { select(node: string): void } }).unkg.select('body:CTC'));
    const heading = await page.textContent('#mandates h3');
    const count = Number(/Mandated by (\d+) resolution/.exec(heading ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    const csv = await downloaded(page, () => page.click('#mandates [data-csv]'), workDir);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual(['year', 'node', 'label', 'verbs', 'paragraphs']);
    expect(rows.length - 1).toBe(count);
    const years = rows.slice(1).map((row) => Number(row[0]) || Infinity);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('sizes by degree and colours by kind on request, in the URL', async () => {
    await page.keyboard.press('Escape');
    await page.selectOption('#size-by', 'degree');
    await page.selectOption('#color-by', 'kind');
    const { hash } = await view(page);
    expect(hash).toContain('size=degree');
    expect(hash).toContain('color=kind');
    const colours = await page.evaluate(() => {
      const app = (window as unknown as { unkg: App }).unkg;
      return [...new Set([...app.visibility.nodes].map((node) => `${app.graph.getNodeAttributes(node).kind}:${app.renderer.getNodeDisplayData(node)?.color}`))];
    });
    expect(colours.sort()).toEqual(['Resolution:#4e79a7', 'Statement:#76b7b2'].filter((entry) => colours.includes(entry)));
    expect(await page.textContent('#legend')).toContain('Size: citations and mandates, both ways');
    await page.selectOption('#size-by', 'received');
    await page.selectOption('#color-by', 'community');
  });

  it('exports the view as GEXF 1.3 that validates and opens again', async () => {
    const shown = await view(page);
    const { name, text, path } = await downloaded(page, () => page.click('#export-gexf'), workDir);
    expect(name).toMatch(/\.gexf$/);
    expect(text).toContain('version="1.3"');
    expect(text.match(/<node /g)?.length).toBe(shown.visibleNodes);
    expect(text).toMatch(/<viz:color hex="#\w{6}" r="\d+" g="\d+" b="\d+"\/>/);
    // the same exporter as `unkg export`: no schema error but the schema's own viz defect
    const schema = gexfSchemaErrors(path);
    expect(schema.errors).toEqual([]);
    expect(schema.vizDefects).toBeGreaterThan(0);
    expect(text).toMatch(/<attribute id="kind" title="kind" type="string"/);
    expect(text).not.toMatch(/<edge [^>]*kind=/);
    const reopened = await open();
    await reopened.setInputFiles('#open-file', path);
    await expect.poll(() => reopened.textContent('#graph-name')).toBe(name);
    const order = await reopened.evaluate(() => (window as unknown as { unkg: App }).unkg.graph.order);
    expect(order).toBe(shown.visibleNodes);
    await reopened.close();
  });

  it('exports the view as a non-empty PNG', async () => {
    await page.click('#zoom-reset');
    await page.waitForTimeout(400);
    const { path } = await downloaded(page, () => page.click('#export-png'), workDir);
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBeGreaterThan(300);
    expect(height).toBeGreaterThan(300);
    const inked = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context2d = canvas.getContext('2d')!;
      context2d.drawImage(image, 0, 0);
      const { data } = context2d.getImageData(0, 0, canvas.width, canvas.height);
      let coloured = 0;
      for (let index = 0; index < data.length; index += 4) if (data[index]! < 235 || data[index + 1]! < 235 || data[index + 2]! < 235) coloured++;
      return coloured;
    }, png.toString('base64'));
    expect(inked).toBeGreaterThan(200);
    writeFileSync(join(ARTEFACTS, '13-export.png'), png);
  });

  it('refines the layout with ForceAtlas2 in a worker on request, and stops it', async () => {
    await page.click('#layout-toggle');
    await expect.poll(() => page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('true');
    await page.waitForTimeout(1000);
    const iterations = await page.evaluate(() => (window as unknown as { unkg: App }).unkg.layout.iterations);
    expect(iterations).toBeGreaterThan(0);
    await page.click('#layout-toggle');
    expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('false');
  });

  it('logged no errors, and no Content-Security-Policy violation under the strict policy', () => {
    expect(cspHeader).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self'; .*worker-src 'self' blob:/);
    expect(problems).toEqual([]);
  });
});

describe.skipIf(skipReason !== null)('viewer in Chromium, graph without a stored layout', () => {
  let workDir: string;
  let server: ViewerServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'unkg-viewer-nolayout-'));
    writeFileSync(join(workDir, 'graph.json'), (await sampleGraph({ layout: false })).json);
    server = await serveViewer({ graphPath: join(workDir, 'graph.json'), port: 0 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('lays the graph out in the page, then frames the shared selection', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(`${server.url}${hashOf({ node: R2370 })}`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    expect((await view(page)).layoutRunning).toBe(true);
    await expect.poll(async () => (await view(page)).layoutRunning, { timeout: 30_000, interval: 500 }).toBe(false);
    await settle(page);
    const { total, inside } = await framed(page);
    expect(total).toBeGreaterThan(3);
    expect(inside).toBe(total);
    await page.screenshot({ path: join(ARTEFACTS, '14-no-stored-layout.png') });
    expect(problems).toEqual([]);
  });
});
