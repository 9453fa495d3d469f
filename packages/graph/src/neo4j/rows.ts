/**
 * The graph as Neo4j rows: pure conversion, no I/O, so it is tested without a server.
 *
 * Node properties are the contract attributes (null and missing omitted, string arrays kept as
 * arrays, integers as Neo4j integers). Relationship properties are `key`, `kind`, `weight` and
 * the evidence in two forms: parallel arrays Cypher can filter and UNWIND (`evidence_doc`,
 * `evidence_section`, `evidence_paragraph`, `evidence_verb`, `evidence_quote`, `evidence_start`,
 * `evidence_end`; Neo4j lists cannot hold null, so a missing paragraph or verb is ''), the
 * optional refinements as `evidence_pin`, `evidence_role`, `evidence_note` when any item has one,
 * and the sets `docs` and `verbs`. See docs/neo4j.md.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type Evidence, type NodeKind } from '../types';
import type { KnowledgeGraph } from '../model';
import { compareEvidence, compareStrings } from '../model';
import { labelOf, relationshipTypeOf } from './schema';

export type PropertyValue = string | number | boolean | Integer | string[] | number[] | Integer[] | boolean[];
export type Properties = Record<string, PropertyValue>;

export interface NodeRow {
  key: string;
  props: Properties;
}
export interface RelationshipRow {
  key: string;
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
export interface GraphRows {
  nodes: NodeGroup[];
  relationships: RelationshipGroup[];
}

/** Groups every node by label and every edge by (type, source label, target label), in contract order. */
export function graphToRows(graph: KnowledgeGraph): GraphRows {
  const nodesByLabel = new Map<NodeKind, NodeRow[]>();
  graph.forEachNode((key, attributes) => {
    const label = labelOf((attributes as { kind?: unknown }).kind, `node ${key}`);
    const rows = nodesByLabel.get(label) ?? [];
    rows.push({ key, props: toProperties(attributes as unknown as Record<string, unknown>) });
    nodesByLabel.set(label, rows);
  });

  const relationshipsByGroup = new Map<string, RelationshipGroup>();
  graph.forEachEdge((key, attributes, source, target, sourceAttributes, targetAttributes) => {
    const type = relationshipTypeOf(attributes.kind, `edge ${key}`);
    const sourceLabel = labelOf(sourceAttributes.kind, `node ${source}`);
    const targetLabel = labelOf(targetAttributes.kind, `node ${target}`);
    const groupKey = `${type}\u0000${sourceLabel}\u0000${targetLabel}`;
    let group = relationshipsByGroup.get(groupKey);
    if (!group) {
      group = { type, sourceLabel, targetLabel, rows: [] };
      relationshipsByGroup.set(groupKey, group);
    }
    group.rows.push({
      key,
      source,
      target,
      props: relationshipProperties(key, attributes as unknown as Record<string, unknown>),
    });
  });

  const byKey = (a: { key: string }, b: { key: string }) => compareStrings(a.key, b.key);
  const nodes = NODE_KINDS.filter((label) => nodesByLabel.has(label)).map((label) => ({
    label,
    rows: nodesByLabel.get(label)!.sort(byKey),
  }));
  const kindOrder = (kind: string) => NODE_KINDS.indexOf(kind as NodeKind);
  const relationships = [...relationshipsByGroup.values()].sort(
    (a, b) =>
      EDGE_KINDS.indexOf(a.type) - EDGE_KINDS.indexOf(b.type) ||
      kindOrder(a.sourceLabel) - kindOrder(b.sourceLabel) ||
      kindOrder(a.targetLabel) - kindOrder(b.targetLabel),
  );
  for (const group of relationships) group.rows.sort(byKey);
  return { nodes, relationships };
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
 * property (objects, mixed arrays) is kept as its JSON text. null and undefined are omitted.
 */
export function toPropertyValue(value: unknown): PropertyValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) {
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

/** Relationship properties: weight, extra attributes, and the evidence in its queryable forms. */
export function relationshipProperties(key: string, attributes: Record<string, unknown>): Properties {
  const { evidence, ...rest } = attributes;
  const props: Properties = { key, ...toProperties(rest) };
  if (Array.isArray(evidence)) Object.assign(props, evidenceProperties(evidence as Evidence[]));
  return props;
}

/**
 * Evidence in canonical order (document, then offsets) whatever order the graph holds it in, so a
 * graph loaded from memory and the same graph read back from graph.json store identical
 * properties. Every field is a parallel list; the optional refinements (`pin`, `role`, `note`)
 * get a list only on relationships where some item has them, because they are rare and each
 * list costs bytes on every relationship. The items are not also stored as JSON: that doubled
 * the payload (quotes are most of it) and halved the load rate, and the lists hold every field.
 */
export function evidenceProperties(unordered: Evidence[]): Properties {
  const evidence = [...unordered].sort(compareEvidence);
  const orEmpty = (text: string | null | undefined) => text ?? '';
  const distinct = (values: Array<string | null | undefined>) =>
    [...new Set(values.filter((value): value is string => typeof value === 'string' && value !== ''))].sort(
      compareStrings,
    );
  const props: Properties = {
    evidence_doc: evidence.map((item) => item.doc),
    evidence_section: evidence.map((item) => orEmpty(item.section)),
    evidence_paragraph: evidence.map((item) => orEmpty(item.paragraph)),
    evidence_verb: evidence.map((item) => orEmpty(item.verb)),
    evidence_quote: evidence.map((item) => orEmpty(item.quote)),
    evidence_start: evidence.map((item) => neo4j.int(item.start)),
    evidence_end: evidence.map((item) => neo4j.int(item.end)),
    docs: distinct(evidence.map((item) => item.doc)),
    verbs: distinct(evidence.map((item) => item.verb)),
  };
  for (const field of OPTIONAL_EVIDENCE_FIELDS) {
    if (evidence.some((item) => item[field] !== undefined)) {
      props[`evidence_${field}`] = evidence.map((item) => orEmpty(item[field]));
    }
  }
  return props;
}

/** Evidence fields that most items lack, stored only where present (see evidenceProperties). */
export const OPTIONAL_EVIDENCE_FIELDS = ['pin', 'role', 'note'] as const;

export function countRows(rows: GraphRows): { nodes: number; relationships: number } {
  return {
    nodes: rows.nodes.reduce((sum, group) => sum + group.rows.length, 0),
    relationships: rows.relationships.reduce((sum, group) => sum + group.rows.length, 0),
  };
}
