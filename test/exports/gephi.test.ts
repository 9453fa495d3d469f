/**
 * The GEXF and GraphML exports as Gephi reads them: the Gephi Toolkit's importer (the code the
 * Gephi app runs on File > Open) imports each file into a workspace; its counts, columns and
 * kinds must match the graph the files were written from.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '@unkg/graph';
import { columnTypes, flatEdges, flatNodes, writeExport, type ColumnType } from '@unkg/graph/export/index';
import { buildGephiCheck, runGephiCheck, type GephiColumn, type GephiReport } from '../../tools/gephi-check/gephi-check';
import { countBy, entityGraph, missingCommand, requireReaders, sampleGraph } from './support';

const missing = requireReaders(
  [
    missingCommand('java', ['-version'], 'install a Java 17+ runtime (Debian: apt-get install openjdk-17-jdk-headless)'),
    missingCommand('mvn', ['-version'], 'install Maven 3 (Debian: apt-get install maven)'),
  ],
  'importing the exports with the Gephi Toolkit',
);

const JAVA_TYPES: Record<ColumnType, string> = {
  integer: 'Integer',
  long: 'Long',
  double: 'Double',
  boolean: 'Boolean',
  string: 'String',
};

/** Attribute columns (not Gephi's built-ins) as title → Java type. */
const attributeColumns = (columns: GephiColumn[]) =>
  Object.fromEntries(columns.filter((column) => !column.property).map((column) => [column.title, column.type]));

const expectedColumns = (records: Array<Record<string, unknown>>) =>
  Object.fromEntries([...columnTypes(records as never)].map(([name, type]) => [name, JAVA_TYPES[type]]));

describe.skipIf(missing !== undefined)('Gephi Toolkit 0.10.1 imports the exports', () => {
  let dir: string;
  let graph: KnowledgeGraph;
  const reports: Record<'gexf' | 'graphml', GephiReport> = {} as never;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'unkg-gephi-'));
    let origin: string;
    ({ graph, origin } = await sampleGraph());
    graph = entityGraph(graph);
    const build = buildGephiCheck();
    console.info(`[exports] gephi-check ${build.built ? `built in ${build.milliseconds} ms` : 'already built'}; importing the exports of ${origin}`);
    for (const format of ['gexf', 'graphml'] as const) {
      const file = writeExport(graph, format, join(dir, `graph.${format}`)).path;
      const started = performance.now();
      reports[format] = runGephiCheck(file, build.classpath);
      const report = reports[format];
      console.info(
        `[exports] Gephi read ${format}: ${report.nodes} nodes, ${report.edges} edges, ` +
          `${report.nodeColumns.length} node and ${report.edgeColumns.length} edge columns, ` +
          `${report.issues.length} importer issues, in ${Math.round(performance.now() - started)} ms`,
      );
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe.each(['gexf', 'graphml'] as const)('%s', (format) => {
    it('has every node and edge, directed, with labels and weights', () => {
      const report = reports[format];
      expect([report.nodes, report.edges]).toEqual([graph.order, graph.size]);
      expect(report.directed).toBe(true);
      expect(report.mixed).toBe(false);
      expect(report.nodesWithLabel).toBe(graph.order);
      expect(report.totalWeight).toBe(graph.reduceEdges((sum, _edge, attributes) => sum + attributes.weight, 0));
    });

    it('keeps kind as a column on nodes and edges, with the graph\'s counts per kind', () => {
      const report = reports[format];
      expect(report.nodeKinds).toEqual(countBy(graph.nodes(), (node) => graph.getNodeAttribute(node, 'kind')));
      expect(report.edgeKinds).toEqual(countBy(graph.edges(), (edge) => graph.getEdgeAttribute(edge, 'kind')));
      // no GEXF edge kind: Gephi has the one default edge type, not one per relation
      expect(report.edgeTypeLabels).toEqual(['null']);
    });

    it('has one typed column per flattened attribute', () => {
      const report = reports[format];
      expect(attributeColumns(report.nodeColumns)).toEqual(expectedColumns(flatNodes(graph).map((node) => node.attributes)));
      expect(attributeColumns(report.edgeColumns)).toEqual(expectedColumns(flatEdges(graph).map((edge) => edge.attributes)));
      expect(report.edgeColumns.find((column) => column.title === 'Weight')).toMatchObject({ type: 'Double', property: true });
    });

    it('colours nodes by kind and reports no import problem', () => {
      const report = reports[format];
      expect(report.nodeColors).toBe(new Set(graph.mapNodes((_node, attributes) => attributes.kind)).size);
      expect(report.issues.filter((issue) => issue.level !== 'INFO')).toEqual([]);
    });
  });
});
