/**
 * The viewer in a real headless Chromium: load the sample graph, search "2370", read the
 * evidence in its panel, trace its ancestry, restore the view from the URL, filter by year,
 * export GEXF (valid against the GEXF 1.3 schema, opened back in the viewer) and PNG.
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
const RESOLUTION_2370 = 'S/RES/2370 (2017)';

interface PageView {
  hash: string;
  selected: string | null;
  visibleNodes: number;
  visibleKinds: Record<string, number>;
  visibleResolutionYears: Array<number | null>;
}

/** Reads the running app's state (window.unkg) from the page. */
function view(page: Page): Promise<PageView> {
  return page.evaluate(() => {
    const app = (window as unknown as { unkg: { graph: { getNodeAttributes(node: string): { kind: string; year?: number | null } }; state: { selected: string | null }; visibility: { nodes: Set<string> } } }).unkg;
    const kinds: Record<string, number> = {};
    const years: Array<number | null> = [];
    for (const node of app.visibility.nodes) {
      const attributes = app.graph.getNodeAttributes(node);
      kinds[attributes.kind] = (kinds[attributes.kind] ?? 0) + 1;
      if (attributes.kind === 'Resolution' && node !== app.state.selected) years.push(attributes.year ?? null);
    }
    return { hash: location.hash, selected: app.state.selected, visibleNodes: app.visibility.nodes.size, visibleKinds: kinds, visibleResolutionYears: years };
  });
}

describe.skipIf(skipReason !== null)('viewer in Chromium', () => {
  let workDir: string;
  let server: ViewerServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  let cspHeader: string | null = null;

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    workDir = mkdtempSync(join(tmpdir(), 'unkg-viewer-'));
    const graph = await sampleGraph();
    console.info(`viewer tests use ${graph.origin}`);
    writeFileSync(join(workDir, 'graph.json'), graph.json);
    server = await serveViewer({ graphPath: join(workDir, 'graph.json'), port: 0 });
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 860 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // the app runs under the server's Content-Security-Policy: any blocked script, style, worker
    // or image is a violation event (and a console error)
    await context.exposeFunction('reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        void (window as unknown as { reportCspViolation(text: string): Promise<void> }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    const response = await page.goto(server.url);
    cspHeader = response?.headers()['content-security-policy'] ?? null;
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    // A still layout keeps camera positions comparable; the layout's own test starts it again.
    await page.evaluate(() => (window as unknown as { unkg: { layout: { stop(): void } } }).unkg.layout.stop());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('opens on the resolution–body network: no documents, no mentions', async () => {
    const shown = await view(page);
    expect(shown.visibleNodes).toBeGreaterThan(0);
    expect(shown.visibleKinds.Resolution ?? 0).toBeGreaterThan(0);
    expect(shown.visibleKinds.Document ?? 0).toBe(0);
    expect(await page.textContent('#stats')).toMatch(/\d+ of \d+ nodes/);
    await page.screenshot({ path: join(ARTEFACTS, '01-first-view.png') });
  });

  it('finds resolution 2370 by its number and centres on it', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('2370');
    const first = page.locator('#search-results .hit').first();
    await expect.poll(() => first.getAttribute('data-node')).toBe(RESOLUTION_2370);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#panel-title')).toBe(RESOLUTION_2370);
    await page.waitForTimeout(700); // camera animation (450 ms)
    const offset = await page.evaluate((node) => {
      const app = (window as unknown as { unkg: { renderer: { getNodeDisplayData(node: string): { x: number; y: number }; framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number }; getDimensions(): { width: number; height: number } } } }).unkg;
      const point = app.renderer.framedGraphToViewport(app.renderer.getNodeDisplayData(node));
      const { width, height } = app.renderer.getDimensions();
      return Math.hypot(point.x - width / 2, point.y - height / 2);
    }, RESOLUTION_2370);
    expect(offset).toBeLessThan(20);
    expect((await view(page)).hash).toContain('node=S%2FRES%2F2370');
  });

  it("shows the resolution's evidence as text", async () => {
    const cites = page.locator('#panel section.group', { has: page.locator('h3', { hasText: /^Cites/ }) });
    await cites.locator('li.edge summary').first().click();
    const quote = cites.locator('blockquote.quote').first();
    await expect.poll(async () => (await quote.textContent())?.length ?? 0).toBeGreaterThan(10);
    expect(await cites.locator('.evidence-meta').first().textContent()).toMatch(/preamble|operative|body/);
    // Document text is never parsed as HTML: quotes have no element children.
    expect(await page.locator('#panel blockquote.quote *').count()).toBe(0);
    await page.screenshot({ path: join(ARTEFACTS, '02-panel-evidence.png') });
  });

  it('traces the ancestry of 2370 and restores it from the URL', async () => {
    await page.click('#panel button[data-trace=ancestors]');
    const summary = page.locator('#trace-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^Ancestry: \d+ documents/);
    const count = Number(/(\d+) documents/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('#panel .trace-list li').count()).toBe(Math.min(count, 150));
    const { hash } = await view(page);
    expect(hash).toContain('trace=up%3A3');
    await page.screenshot({ path: join(ARTEFACTS, '03-trace-ancestry.png') });

    const shared = await context.newPage();
    await shared.goto(`${server.url}${hash}`);
    await shared.waitForSelector('body[data-ready=true]');
    expect(await shared.textContent('#panel-title')).toBe(RESOLUTION_2370);
    expect(await shared.textContent('#trace-summary')).toBe(await summary.textContent());
    await shared.close();
  });

  it('filters by adoption year with the timeline', async () => {
    await page.keyboard.press('Escape');
    const before = await view(page);
    expect(before.selected).toBeNull();
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
    await page.screenshot({ path: join(ARTEFACTS, '04-year-filter.png') });
  });

  it('exports the view as GEXF 1.3 that validates and opens again', async () => {
    const shown = await view(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const file = join(workDir, download.suggestedFilename());
    await download.saveAs(file);
    const gexf = readFileSync(file, 'utf8');
    expect(gexf).toContain('version="1.3"');
    expect(gexf.match(/<node /g)?.length).toBe(shown.visibleNodes);
    // the same exporter as `unkg export`: no schema error but the schema's own viz defect
    const schema = gexfSchemaErrors(file);
    expect(schema.errors).toEqual([]);
    expect(schema.vizDefects).toBeGreaterThan(0);
    expect(gexf).toMatch(/<attribute id="kind" title="kind" type="string"/);
    expect(gexf).not.toMatch(/<edge [^>]*kind=/);
    // Parse it back: open the exported file in a fresh viewer page.
    const reopened = await context.newPage();
    await reopened.goto(server.url);
    await reopened.waitForSelector('body[data-ready=true]');
    await reopened.setInputFiles('#open-file', file);
    await expect.poll(() => reopened.textContent('#graph-name')).toBe(download.suggestedFilename());
    const order = await reopened.evaluate(() => (window as unknown as { unkg: { graph: { order: number } } }).unkg.graph.order);
    expect(order).toBe(shown.visibleNodes);
    await reopened.close();
  });

  it('exports the view as a non-empty PNG', async () => {
    await page.click('#zoom-reset');
    await page.waitForTimeout(400);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const file = join(workDir, 'view.png');
    await download.saveAs(file);
    const png = readFileSync(file);
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
    writeFileSync(join(ARTEFACTS, '05-export.png'), png);
  });

  it('runs ForceAtlas2 in a worker and stops it', async () => {
    await page.click('#layout-toggle');
    await expect.poll(() => page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('true');
    await page.waitForTimeout(1000);
    const iterations = await page.evaluate(() => (window as unknown as { unkg: { layout: { iterations: number } } }).unkg.layout.iterations);
    expect(iterations).toBeGreaterThan(0);
    await page.click('#layout-toggle');
    expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('false');
  });

  it('logged no errors, and no Content-Security-Policy violation under the strict policy', () => {
    expect(cspHeader).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self'; .*worker-src 'self' blob:/);
    expect(problems).toEqual([]);
  });
});
