/** The viewer without a served graph.json: nothing served (the user opens a file), and a GEXF file served as it is. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeGraph } from '@unkg/graph';
import { serveViewer } from '@unkg/viewer';
import { buildTestGraph } from '@unkg/viewer/test-graph';
import { chromiumAvailability, launchChromium } from './browser';
import { announceSkip } from '../support/skips';

const skipReason = chromiumAvailability();
if (skipReason) announceSkip('viewer', skipReason);

// A GEXF 1.3 file as Gephi writes one: viz colours and positions, a `kind` attribute.
const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="kind" title="kind" type="string"/><attribute id="year" title="year" type="integer"/></attributes>
    <nodes>
      <node id="S/RES/2370 (2017)" label="S/RES/2370 (2017)"><attvalues><attvalue for="kind" value="Resolution"/><attvalue for="year" value="2017"/></attvalues><viz:position x="0" y="0"/><viz:size value="8"/></node>
      <node id="S/RES/1373 (2001)" label="S/RES/1373 (2001)"><attvalues><attvalue for="kind" value="Resolution"/><attvalue for="year" value="2001"/></attvalues><viz:position x="100" y="40"/><viz:size value="12"/></node>
      <node id="body:ctc" label="Counter-Terrorism Committee"><attvalues><attvalue for="kind" value="Body"/></attvalues><viz:position x="-80" y="60"/><viz:size value="6"/></node>
    </nodes>
    <edges>
      <edge id="CITES:S/RES/2370 (2017)->S/RES/1373 (2001)" source="S/RES/2370 (2017)" target="S/RES/1373 (2001)" kind="CITES" weight="2"/>
      <edge id="MANDATES:S/RES/2370 (2017)->body:ctc" source="S/RES/2370 (2017)" target="body:ctc" kind="MANDATES" weight="1"/>
    </edges>
  </graph>
</gexf>
`;

describe.skipIf(skipReason !== null)('viewer without a served graph.json', () => {
  let workDir: string;
  let browser: Browser;
  const problems: string[] = [];

  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  };

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'unkg-viewer-open-'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('asks for a file when none is served, and opens a graph.json', async () => {
    const server = await serveViewer({ port: 0 });
    try {
      const page = await browser.newPage();
      watch(page);
      await page.goto(server.url);
      await expect.poll(() => page.textContent('#message')).toContain('Open a graph.json or GEXF file');
      const file = join(workDir, 'picked.json');
      writeFileSync(file, serializeGraph(buildTestGraph()));
      await page.setInputFiles('#open-file', file);
      await expect.poll(() => page.textContent('#graph-name')).toBe('picked.json');
      const entityNodes = buildTestGraph().filterNodes((_key, attributes) => attributes.kind !== 'Paragraph').length;
      expect(await page.evaluate(() => (window as unknown as { unkg: { graph: { order: number } } }).unkg.graph.order)).toBe(entityNodes);
      // A file that is not a graph is refused with its name.
      const bad = join(workDir, 'notes.json');
      writeFileSync(bad, '{"hello": 1}');
      await page.setInputFiles('#open-file', bad);
      await expect.poll(() => page.textContent('#message')).toContain('notes.json: is not a graph.json of contract 2');
    } finally {
      await server.close();
    }
  });

  it('serves a GEXF file given on the command line, with its saved positions', async () => {
    const file = join(workDir, 'network.gexf');
    writeFileSync(file, GEXF);
    const server = await serveViewer({ graphPath: file, port: 0 });
    try {
      const page = await browser.newPage();
      watch(page);
      await page.goto(server.url);
      await page.waitForSelector('body[data-ready=true]');
      const loaded = await page.evaluate(() => {
        const { unkg } = window as unknown as { unkg: { graph: { order: number; getNodeAttributes(node: string): { x: number; kind: string } }; graphName: string; layout: { running: boolean } } };
        return { order: unkg.graph.order, name: unkg.graphName, x: unkg.graph.getNodeAttributes('S/RES/1373 (2001)').x, kind: unkg.graph.getNodeAttributes('body:ctc').kind, layoutRunning: unkg.layout.running };
      });
      expect(loaded).toEqual({ order: 3, name: 'network.gexf', x: 100, kind: 'Body', layoutRunning: false });
    } finally {
      await server.close();
    }
  });

  it('logged no errors', () => {
    expect(problems).toEqual([]);
  });
});
