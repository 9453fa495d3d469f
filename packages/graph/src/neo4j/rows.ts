/**
 * The graph as Neo4j rows: pure conversion from graph.json records, no I/O, so it is tested
 * without a server. See docs/neo4j.md ("What is stored").
 *
 * Three phases, each a pass over the records (the loader and the CSV and Cypher exports stream
 * them): `nodes` (entities and Documents), `paragraphs` (Paragraph nodes, each with its
 * HAS_PARAGRAPH from its Document in the same row), `relationships` (the entity relationships
 * with their summaries, and the evidence as relationships from each Paragraph to the entities it
 * supports an edge to). No list property is ever empty or holds an empty string: a missing value
 * is no entry, an empty list no property, so a CSV import stores exactly what a load stores.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { edgeKey } from '../keys';
import { compareStrings, type KnowledgeGraph } from '../model';
import {
  forEachRecordEdge,
  isDocumentRecord,
  paragraphNodes,
  recordsFromGraph,
  type GraphRecord,
} from '../records';
import { EDGE_KINDS, NODE_KINDS, REFINEMENTS, type EdgeKind, type EvidenceKind, type NodeKind } from '../types';
import { labelOf, relationshipTypeOf } from './schema';

export type PropertyValue = string | number | boolean | Integer | string[] | number[] | Integer[] | boolean[];
export type Properties = Record<string, PropertyValue>;

export interface NodeRow {
  key: string;
  props: Properties;
  /** for a Paragraph: the key of its Document (the row also makes the HAS_PARAGRAPH) */
  doc?: string;
}
export interface RelationshipRow {
  source: string;
  target: string;
  props: Properties;
}
export interface NodeGroup {
  label: NodeKind;
  rows: NodeRow[];
}
export interface RelationshipGroup {
  type: EdgeKind;
  sourceLabel: NodeKind;
  targetLabel: NodeKind;
  rows: RelationshipRow[];
}
/** Every row of a graph, by phase (in memory: tests, the benchmark, the naive baseline). */
export interface GraphRows {
  nodes: NodeGroup[];
  paragraphs: NodeGroup[];
  relationships: RelationshipGroup[];
}

export type RowPhase = 'nodes' | 'paragraphs' | 'relationships';

/** One row with the group it belongs to (the label, or the type and the labels of its ends). */
export type PhaseRow =
  | { phase: 'nodes' | 'paragraphs'; label: NodeKind; row: NodeRow }
  | { phase: 'relationships'; type: EdgeKind; sourceLabel: NodeKind; targetLabel: NodeKind; row: RelationshipRow };

/** Node rows of entities and Documents (`nodes`) or of Paragraphs (`paragraphs`). */
export function* nodeRows(records: Iterable<GraphRecord>, phase: 'nodes' | 'paragraphs'): Generator<PhaseRow & { phase: 'nodes' | 'paragraphs' }> {
  for (const record of records) {
    if (phase === 'nodes') {
      const label = labelOf((record.attributes as { kind?: unknown }).kind, `node ${record.key}`);
      yield { phase, label, row: { key: record.key, props: toProperties(record.attributes as unknown as Record<string, unknown>) } };
    } else if (isDocumentRecord(record)) {
      for (const paragraph of paragraphNodes(record)) {
        yield { phase, label: 'Paragraph', row: { key: paragraph.key, doc: record.key, props: toProperties(paragraph.attributes as unknown as Record<string, unknown>) } };
      }
    }
  }
}

/** What the entity relationships accumulate over the records: weight, documents, verbs. */
interface EntitySummary {
  kind: EdgeKind;
  source: string;
  target: string;
  weight: number;
  docs: Set<string>;
  verbs: Set<string>;
}

/**
 * Relationship rows: for each document, its TEXT_OF and MENTIONS relationships and the evidence
 * relationships of its paragraphs; after the last record, the relationships from resolutions
 * and statements (CITES, MANDATES, ADDRESSES), summed over every document. `kinds` gives each
 * node's kind (collected by the nodes phase); memory is those summaries, not the corpus.
 */
export function* relationshipRows(records: Iterable<GraphRecord>, kinds: ReadonlyMap<string, NodeKind>): Generator<PhaseRow & { phase: 'relationships' }> {
  const textEdges = new Map<string, EntitySummary>();
  const kindOf = (key: string): NodeKind => {
    const kind = kinds.get(key);
    if (kind === undefined) throw new Error(`relationship to ${key}: no such node in the graph`);
    return kind;
  };
  for (const record of records) {
    if (!isDocumentRecord(record)) continue;
    const doc = record.key;
    const mentions = new Map<string, EntitySummary>();
    const paragraphRelationships = new Map<string, { kind: EvidenceKind; para: string; target: string; starts: number[]; ends: number[]; verbs: Set<string>; pins: Set<string>; roles: Set<string>; notes: Set<string>; resolutions: Set<string> }>();
    const textOf: string[] = [];
    forEachRecordEdge(
      record,
      (kind, source, target, item) => {
        const summaries = kind === 'MENTIONS' ? mentions : textEdges;
        const key = edgeKey(kind, source, target);
        let summary = summaries.get(key);
        if (!summary) summaries.set(key, (summary = { kind, source, target, weight: 0, docs: new Set(), verbs: new Set() }));
        summary.weight++;
        summary.docs.add(doc);
        if (item.verb) summary.verbs.add(item.verb);
        const local = `${item.para}\u0000${kind}\u0000${target}`;
        let relationship = paragraphRelationships.get(local);
        if (!relationship) paragraphRelationships.set(local, (relationship = { kind, para: item.para, target, starts: [], ends: [], verbs: new Set(), pins: new Set(), roles: new Set(), notes: new Set(), resolutions: new Set() }));
        relationship.starts.push(item.start);
        relationship.ends.push(item.end);
        if (item.verb) relationship.verbs.add(item.verb);
        for (const name of REFINEMENTS) {
          const value = item[name];
          if (value) relationship[`${name}s`].add(value);
        }
      },
      (kind, _source, target) => {
        if (kind === 'TEXT_OF') textOf.push(target);
      },
    );
    for (const target of textOf) {
      const type = relationshipTypeOf('TEXT_OF');
      yield { phase: 'relationships', type, sourceLabel: 'Document', targetLabel: kindOf(target), row: { source: doc, target, props: { key: edgeKey('TEXT_OF', doc, target), kind: 'TEXT_OF', weight: neo4j.int(1) } } };
    }
    for (const summary of [...mentions.values()].sort((a, b) => compareStrings(a.target, b.target))) {
      yield { phase: 'relationships', type: 'MENTIONS', sourceLabel: 'Document', targetLabel: kindOf(summary.target), row: summaryRow(summary) };
    }
    for (const relationship of paragraphRelationships.values()) {
      // properties in name order, as nodes have them
      const props: Properties = { ends: relationship.ends.map((value) => neo4j.int(value)), kind: relationship.kind };
      const sets = (names: Array<['notes' | 'pins' | 'resolutions' | 'roles' | 'verbs', Set<string>]>) => {
        for (const [name, values] of names) if (values.size > 0) props[name] = [...values].sort(compareStrings);
      };
      sets([['notes', relationship.notes], ['pins', relationship.pins], ['resolutions', relationship.resolutions], ['roles', relationship.roles]]);
      props.starts = relationship.starts.map((value) => neo4j.int(value));
      sets([['verbs', relationship.verbs]]);
      props.weight = neo4j.int(relationship.starts.length);
      yield { phase: 'relationships', type: relationship.kind, sourceLabel: 'Paragraph', targetLabel: kindOf(relationship.target), row: { source: relationship.para, target: relationship.target, props } };
    }
  }
  for (const summary of [...textEdges.values()].sort((a, b) => compareStrings(edgeKey(a.kind, a.source, a.target), edgeKey(b.kind, b.source, b.target)))) {
    yield { phase: 'relationships', type: summary.kind, sourceLabel: kindOf(summary.source), targetLabel: kindOf(summary.target), row: summaryRow(summary) };
  }
}

function summaryRow(summary: EntitySummary): RelationshipRow {
  const props: Properties = {
    docs: [...summary.docs].sort(compareStrings),
    key: edgeKey(summary.kind, summary.source, summary.target),
    kind: summary.kind,
  };
  if (summary.verbs.size > 0) props.verbs = [...summary.verbs].sort(compareStrings);
  props.weight = neo4j.int(summary.weight);
  return { source: summary.source, target: summary.target, props };
}

/** The kind of every record's node (what relationshipRows needs to label both ends; paragraphs are always sources, labelled so). */
export function nodeKinds(records: Iterable<GraphRecord>): Map<string, NodeKind> {
  const kinds = new Map<string, NodeKind>();
  for (const record of records) {
    kinds.set(record.key, labelOf((record.attributes as { kind?: unknown }).kind, `node ${record.key}`));
  }
  return kinds;
}

/** Every row of a graph, grouped (label; type and end labels), groups in contract order. */
export function recordsToRows(records: readonly GraphRecord[]): GraphRows {
  const group = <G extends { rows: unknown[] }>(map: Map<string, G>, id: string, make: () => G): G => {
    let found = map.get(id);
    if (!found) map.set(id, (found = make()));
    return found;
  };
  const nodes = new Map<string, NodeGroup>();
  const paragraphs = new Map<string, NodeGroup>();
  for (const phase of ['nodes', 'paragraphs'] as const) {
    for (const item of nodeRows(records, phase)) {
      group(phase === 'nodes' ? nodes : paragraphs, item.label, () => ({ label: item.label, rows: [] })).rows.push(item.row);
    }
  }
  const relationships = new Map<string, RelationshipGroup>();
  for (const item of relationshipRows(records, nodeKinds(records))) {
    const id = `${item.type}\u0000${item.sourceLabel}\u0000${item.targetLabel}`;
    group(relationships, id, () => ({ type: item.type, sourceLabel: item.sourceLabel, targetLabel: item.targetLabel, rows: [] })).rows.push(item.row);
  }
  const kindOrder = (kind: NodeKind) => NODE_KINDS.indexOf(kind);
  return {
    nodes: [...nodes.values()].sort((a, b) => kindOrder(a.label) - kindOrder(b.label)),
    paragraphs: [...paragraphs.values()],
    relationships: [...relationships.values()].sort(
      (a, b) =>
        EDGE_KINDS.indexOf(a.type) - EDGE_KINDS.indexOf(b.type) ||
        kindOrder(a.sourceLabel) - kindOrder(b.sourceLabel) ||
        kindOrder(a.targetLabel) - kindOrder(b.targetLabel),
    ),
  };
}

/** The rows of an in-memory graph. */
export function graphToRows(graph: KnowledgeGraph): GraphRows {
  return recordsToRows(recordsFromGraph(graph));
}

/** Contract attributes as Neo4j properties; `key` is set by the MERGE itself. */
export function toProperties(attributes: Record<string, unknown>): Properties {
  const props: Properties = {};
  for (const name of Object.keys(attributes).sort(compareStrings)) {
    if (name === 'key') continue;
    const value = toPropertyValue(attributes[name]);
    if (value !== undefined) props[name] = value;
  }
  return props;
}

/**
 * One value as a Neo4j property: integers become Neo4j integers (JavaScript numbers would be
 * stored as floats), homogeneous arrays stay arrays, anything else that Neo4j cannot store as a
 * property (objects, mixed arrays) is kept as its JSON text. null, undefined and empty lists are
 * omitted (a CSV import cannot tell an empty list from no property).
 */
export function toPropertyValue(value: unknown): PropertyValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    if (value.every((item) => typeof item === 'string')) return value as string[];
    if (value.every((item) => typeof item === 'boolean')) return value as boolean[];
    if (value.every((item) => typeof item === 'number')) {
      return value.every((item) => Number.isSafeInteger(item))
        ? value.map((item) => neo4j.int(item))
        : (value as number[]);
    }
  }
  return JSON.stringify(value);
}

export function countRows(rows: GraphRows): { nodes: number; relationships: number } {
  const sum = (groups: Array<{ rows: unknown[] }>) => groups.reduce((total, group) => total + group.rows.length, 0);
  return { nodes: sum(rows.nodes) + sum(rows.paragraphs), relationships: sum(rows.relationships) + sum(rows.paragraphs) };
}
