/** The GEXF export against the official GEXF 1.3 XML Schema, with xmllint (libxml2). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExport } from '@unkg/graph/export/index';
import { gexfSchemaErrors, missingCommand, requireReaders, sampleGraph } from './support';

const missing = requireReaders(
  [missingCommand('xmllint', ['--version'], "install libxml2's xmllint (Debian: apt-get install libxml2-utils)")],
  'validating GEXF against the GEXF 1.3 schema',
);

const xmllint = gexfSchemaErrors;

describe.skipIf(missing !== undefined)('GEXF export against the GEXF 1.3 XSD', () => {
  let dir: string;
  let gexfFile: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'unkg-gexf-'));
    const { graph, origin } = await sampleGraph();
    console.info(`[exports] validating the GEXF of ${origin}`);
    gexfFile = writeExport(graph, 'gexf', join(dir, 'graph.gexf')).path;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('breaks no rule of the unmodified schema except its viz-namespace defect', () => {
    const { errors, vizDefects } = xmllint(gexfFile);
    expect(errors).toEqual([]);
    // every node carries viz:color and viz:size, so the defect shows once per node, proving the schema ran
    expect(vizDefects).toBeGreaterThan(0);
  });

  it('validates fully when the viz prefix is read in the namespace the schema declares it in', () => {
    const asSchemaReadsIt = join(dir, 'graph-viz-in-gexf-namespace.gexf');
    const text = readFileSync(gexfFile, 'utf8');
    expect(text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    writeFileSync(asSchemaReadsIt, text.replace('xmlns:viz="http://gexf.net/1.3/viz"', 'xmlns:viz="http://gexf.net/1.3"'));
    const result = xmllint(asSchemaReadsIt);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('is caught by the schema when it is wrong', () => {
    const broken = join(dir, 'broken.gexf');
    const text = readFileSync(gexfFile, 'utf8').replace('xmlns:viz="http://gexf.net/1.3/viz"', 'xmlns:viz="http://gexf.net/1.3"');
    writeFileSync(broken, text.replace('type="integer"', 'type="int32"'));
    expect(xmllint(broken).ok).toBe(false);
  });
});
