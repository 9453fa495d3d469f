/**
 * Shared by the `exports` tests: the graph to export (the sample corpus, test/support), and the rule for
 * missing external readers (Java, Maven, xmllint): in CI (CI=true) the tests fail saying what is
 * missing; locally they skip and print it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { announceSkip } from '../support/skips';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLES = fileURLToPath(new URL('../../data/samples/', import.meta.url));
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

import { createGraph, type KnowledgeGraph } from '@unkg/graph';

export { sampleGraph, type SampleGraph } from '../support/sample-graph';

/**
 * The graph GEXF and GraphML carry: the entity graph, without the lexical layer (Paragraph
 * nodes, HAS_PARAGRAPH edges), which Gephi users do not lay out (export/flatten.ts).
 */
export function entityGraph(graph: KnowledgeGraph): KnowledgeGraph {
  const entities = createGraph(graph.getAttributes());
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'Paragraph') entities.addNode(key, attributes);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (attributes.kind !== 'HAS_PARAGRAPH') entities.addDirectedEdgeWithKey(key, source, target, attributes);
  });
  return entities;
}

/** Why a command cannot run here, or undefined when it can. */
export function missingCommand(command: string, args: string[], hint: string): string | undefined {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  return probe.error || probe.status !== 0 ? `${command} is not available: ${hint}` : undefined;
}

/**
 * The reasons some readers are missing, or undefined when all are there; in CI a missing
 * reader throws, so the test file fails with the reason instead of skipping.
 */
export function requireReaders(checks: Array<string | undefined>, what: string): string | undefined {
  const reasons = checks.filter((reason): reason is string => reason !== undefined);
  if (reasons.length === 0) return undefined;
  const reason = `${what} needs ${reasons.join('; ')}`;
  if (IN_CI) throw new Error(`CI: ${reason}`);
  announceSkip('exports', reason);
  return reason;
}

export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const GEXF_SCHEMA = fileURLToPath(new URL('./schema/gexf.xsd', import.meta.url));
/** The official GEXF 1.3 XSD declares viz elements in the wrong namespace (schema/README.md). */
const VIZ_NAMESPACE_DEFECT = /Element '\{http:\/\/gexf\.net\/1\.3\/viz\}(color|size|position)': This element is not expected\./;

/** xmllint's verdict on a GEXF file against the official 1.3 schema (kept in ./schema). */
export function gexfSchemaErrors(file: string): { ok: boolean; errors: string[]; vizDefects: number } {
  const run = spawnSync('xmllint', ['--noout', '--schema', GEXF_SCHEMA, file], { encoding: 'utf8' });
  const all = run.stderr.split('\n').filter((line) => line.includes('error'));
  const errors = all.filter((line) => !VIZ_NAMESPACE_DEFECT.test(line));
  return { ok: run.status === 0, errors, vizDefects: all.length - errors.length };
}
