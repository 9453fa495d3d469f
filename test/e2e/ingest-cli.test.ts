/**
 * `unkg ingest` end to end: the real CLI in a child process, on the bundled samples, the seeds
 * (against their hand annotation) and bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGraphFile } from '@unkg/graph';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = join(ROOT, '../shared/corpus/seeds');

function unkg(...args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
    timeout: 240_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'unkg-e2e-ingest-'));
});

describe('unkg ingest', () => {
  it('ingests the bundled samples, writes a valid graph.json and says where it is', () => {
    const out = join(work, 'samples');
    const run = unkg('ingest', 'data/samples', '--out', out);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^files: 27 read, 0 failed, 1 skipped/m);
    expect(run.stdout).toMatch(/^languages: ar 2, en 9, es 2, fr 10, ru 2, zh 2$/m);
    expect(run.stdout).toMatch(/^document types: news 2, press-release 2, resolution 23$/m);
    expect(run.stdout).toContain(`graph: ${join(out, 'graph.json')}`);
    const graph = readGraphFile(join(out, 'graph.json'));
    // the French AKN and the English text of 2610 (2021) are one resolution with two texts
    const texts = graph
      .inEdges('S/RES/2610 (2021)')
      .filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'TEXT_OF');
    expect(texts.map((edge) => graph.source(edge)).sort()).toEqual([
      'doc:samples/unsc/S_RES_2610_2021.en.txt',
      'doc:samples/unsc/S_RES_2610_2021.fr.xml',
    ]);
    expect(graph.getNodeAttributes('S/RES/2610 (2021)')).toMatchObject({
      kind: 'Resolution',
      organ: 'SC',
      number: '2610',
      year: 2021,
      date: '2021-12-17',
      meeting: 8934,
    });
    // the PDF, Word 2007 and Word 97 renderings of 2611 (2021) in six languages are texts of one resolution
    const renderings = graph
      .inEdges('S/RES/2611 (2021)')
      .filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'TEXT_OF')
      .map((edge) => graph.source(edge))
      .filter((source) => source.startsWith('doc:samples/renderings/'));
    expect(renderings).toHaveLength(13);
    expect(graph.getNodeAttributes('S/RES/2611 (2021)')).toMatchObject({ date: '2021-12-17' });
    expect(graph.getNodeAttributes('doc:samples/renderings/S_RES_2611_2021.ar.pdf')).toMatchObject({ lang: 'ar', docType: 'resolution', symbol: 'S/RES/2611 (2021)' });
    expect(graph.getNodeAttributes('doc:samples/seeds/001_c19ed2f20ea50625.txt')).toMatchObject({
      docType: 'press-release',
      symbol: 'CS/13893',
      lang: 'fr',
      meeting: 8582,
    });
  });

  it('gives a byte-identical graph.json for the same input', () => {
    const a = join(work, 'same-a');
    const b = join(work, 'same-b');
    expect(unkg('ingest', 'data/samples/seeds', '--out', a, '--quiet').status).toBe(0);
    expect(unkg('ingest', 'data/samples/seeds', '--out', b, '--quiet', '--workers', '2').status).toBe(0);
    expect(readFileSync(join(b, 'graph.json'), 'utf8')).toBe(readFileSync(join(a, 'graph.json'), 'utf8'));
  });

  it('goes on after bad files, names them; --strict fails and keeps the previous graph', () => {
    const inputs = join(work, 'bad');
    const out = join(work, 'bad-out');
    spawnSync('mkdir', ['-p', inputs]);
    writeFileSync(join(inputs, 'good.txt'), readFileSync(join(SEEDS, '003_806dc498987e8b5c.txt')));
    writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(join(inputs, 'empty.md'), '');
    writeFileSync(join(inputs, 'latin1.txt'), Buffer.from('Résolution', 'latin1'));
    writeFileSync(join(inputs, 'damaged.pdf'), '%PDF-1.7 cut short');
    writeFileSync(
      join(inputs, 'truncated.xml'),
      '<akomaNtoso><statement name="resolution"><preamble><p>Recalling',
    );

    const lenient = unkg('ingest', inputs, '--out', out, '--no-entities');
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toMatch(/^files: 2 read, 4 failed/m);
    for (const problem of [
      `${inputs}/binary.txt: looks binary`,
      `${inputs}/damaged.pdf: is not a readable PDF`,
      `${inputs}/empty.md: is empty`,
      `${inputs}/truncated.xml: is not well-formed XML`,
    ]) {
      expect(lenient.stdout).toContain(`error: ${problem}`);
    }
    expect(lenient.stdout).toContain(`warning: ${inputs}/latin1.txt: not UTF-8 (invalid UTF-8 at byte 1): decoded as windows-1252`);
    const before = readFileSync(join(out, 'graph.json'), 'utf8');
    expect(before).toContain('S/RES/2370 (2017)');

    const strict = unkg(
      'ingest',
      inputs,
      join(SEEDS, '000_b8c7aa9f59466be0.txt'),
      '--out',
      out,
      '--strict',
      '--no-entities',
    );
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('--strict: 4 errors');
    expect(strict.stderr).toContain(`${inputs}/truncated.xml: is not well-formed XML`);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(before);

    const nothing = unkg('ingest', join(inputs, 'empty.md'), '--out', out);
    expect(nothing.status).toBe(1);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(before);
  });

  it('--export writes the export beside graph.json', () => {
    const out = join(work, 'export');
    const run = unkg('ingest', 'data/samples/seeds', '--out', out, '--no-entities', '--export', 'gexf');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`gexf: ${join(out, 'graph.gexf')}`);
    expect(readFileSync(join(out, 'graph.gexf'), 'utf8')).toMatch(/^<\?xml[^>]*\?>\s*<gexf/);
    expect(unkg('ingest', 'data/samples/seeds', '--out', out, '--export', 'pdf').status).toBe(2);
  });

  it('rejects bad options with usage', () => {
    const run = unkg('ingest', 'data/samples', '--workers', 'zero');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--workers must be a whole number');
    expect(unkg('ingest').status).toBe(2);
    expect(unkg('ingest', '--help').stdout).toContain('usage: unkg ingest');
  });
});

describe('the seeds end to end, against seeds/gold.json', () => {
  interface Gold {
    documents: Record<
      string,
      {
        cites: Record<string, { required: string[]; optional: string[] }>;
        resolutions: { required: string[]; optional: string[] };
      }
    >;
  }
  const gold = JSON.parse(readFileSync(join(SEEDS, 'gold.json'), 'utf8')) as Gold;

  it('finds every required citation of each resolution, and nothing outside the annotation', () => {
    const out = join(work, 'seeds');
    expect(unkg('ingest', SEEDS, '--out', out, '--no-entities', '--quiet').status).toBe(0);
    const graph = readGraphFile(join(out, 'graph.json'));
    for (const [file, document] of Object.entries(gold.documents)) {
      for (const [citing, expected] of Object.entries(document.cites)) {
        const cited = graph
          .outEdges(citing)
          .filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'CITES')
          .filter((edge) => graph.getEdgeAttribute(edge, 'evidence')!.some((item) => item.doc.endsWith(file)))
          .map((edge) => graph.target(edge));
        expect(
          [...expected.required].sort().filter((symbol) => !cited.includes(symbol)),
          `${citing}: missing`,
        ).toEqual([]);
        const allowed = new Set([
          ...expected.required,
          ...expected.optional,
          ...document.resolutions.optional,
        ]);
        expect(
          cited.filter((symbol) => !allowed.has(symbol)),
          `${citing}: not in the annotation`,
        ).toEqual([]);
      }
      for (const symbol of document.resolutions.required)
        expect(graph.hasNode(symbol), `${file}: ${symbol}`).toBe(true);
    }
  });
});
