import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serializeGraph } from '@unkg/graph';
import { writeExportFromFile } from '@unkg/graph/export/index';
import { buildTestGraph } from '@unkg/graph/export/test-graph';
import { layoutGraphFile } from '@unkg/graph/layout-file';
import { run } from './export';

describe('unkg export', () => {
  let dir: string;
  let graphFile: string;
  const output: string[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'unkg-export-command-'));
    graphFile = join(dir, 'graph.json');
    writeFileSync(graphFile, serializeGraph(buildTestGraph()));
    vi.spyOn(process.stdout, 'write').mockImplementation((text) => (output.push(String(text)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => (output.push(String(text)), true));
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes every format beside the graph by default', async () => {
    expect(await run([graphFile, '--format', 'gexf,graphml,csv,cypher'])).toBe(0);
    // a graph.json without a layout is laid out first, as unkg ingest would have
    const laidOutFile = join(dir, 'laid-out', 'graph.json');
    mkdirSync(dirname(laidOutFile), { recursive: true });
    copyFileSync(graphFile, laidOutFile);
    layoutGraphFile(laidOutFile);
    const expected = writeExportFromFile(laidOutFile, 'gexf', join(dir, 'laid-out', 'graph.gexf'));
    const gexf = readFileSync(join(dir, 'graph.gexf'), 'utf8');
    expect(gexf).toBe(readFileSync(expected.path, 'utf8'));
    expect(gexf.match(/<viz:position /g)?.length).toBe(expected.nodes);
    expect(existsSync(join(dir, 'graph.graphml'))).toBe(true);
    expect(existsSync(join(dir, 'graph.cypherl'))).toBe(true);
    expect(existsSync(join(dir, 'graph-neo4j-import', 'nodes.csv'))).toBe(true);
    expect(existsSync(join(dir, 'graph-neo4j-import', 'after-import.cypherl'))).toBe(true);
    expect(readFileSync(join(dir, 'graph-neo4j-import', 'import.sh'), 'utf8')).toContain('database import full "${1:-neo4j}" --nodes=nodes.csv --nodes=nodes-Paragraph.csv --relationships=relationships.csv --id-type=integer');
    expect(output.join('')).toContain('gexf: ');
  });

  it('writes to --out', async () => {
    const out = join(dir, 'sub', 'un.graphml');
    expect(await run([graphFile, '-f', 'graphml', '--out', out])).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<graphml');
  });

  it('refuses bad usage with a message', async () => {
    output.length = 0;
    expect(await run([graphFile, '--format', 'pdf'])).toBe(2);
    expect(output.join('')).toContain('unknown format "pdf"');
    expect(await run([graphFile])).toBe(2);
    expect(await run([graphFile, '--format', 'gexf,csv', '--out', 'x'])).toBe(2);
  });

  it('names the file when the graph cannot be read', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"nodes": 3');
    output.length = 0;
    expect(await run([bad, '--format', 'gexf'])).toBe(1);
    expect(output.join('')).toContain(`unkg export: ${bad}: is not a graph.json of contract 2`);
    output.length = 0;
    expect(await run([join(dir, 'missing.json'), '--format', 'csv'])).toBe(1);
    expect(output.join('')).toContain(`${join(dir, 'missing.json')}: cannot be read (ENOENT)`);
  });
});
