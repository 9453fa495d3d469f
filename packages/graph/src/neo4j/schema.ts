/**
 * What Neo4j receives, by name: labels and relationship types come only from the contract's
 * kinds (an allow-list), never from input text, because Cypher cannot take a label as a
 * parameter and an interpolated label is an injection. Also the schema statements.
 */
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../types';

const LABEL_SHAPE = /^[A-Z][A-Za-z0-9]*$/;
const TYPE_SHAPE = /^[A-Z][A-Z0-9_]*$/;

/** The Neo4j label of a node kind; throws for anything outside the contract's kinds. */
export function labelOf(kind: unknown, where = 'node'): NodeKind {
  if (
    typeof kind !== 'string' ||
    !(NODE_KINDS as readonly string[]).includes(kind) ||
    !LABEL_SHAPE.test(kind)
  ) {
    throw new Error(
      `${where}: kind ${JSON.stringify(kind)} is not a node kind of the contract (${NODE_KINDS.join(', ')})`,
    );
  }
  return kind as NodeKind;
}

/** The Neo4j relationship type of an edge kind; throws for anything outside the contract's kinds. */
export function relationshipTypeOf(kind: unknown, where = 'edge'): EdgeKind {
  if (
    typeof kind !== 'string' ||
    !(EDGE_KINDS as readonly string[]).includes(kind) ||
    !TYPE_SHAPE.test(kind)
  ) {
    throw new Error(
      `${where}: kind ${JSON.stringify(kind)} is not an edge kind of the contract (${EDGE_KINDS.join(', ')})`,
    );
  }
  return kind as EdgeKind;
}

export const constraintName = (label: NodeKind): string => `unkg_${label.toLowerCase()}_key`;

/** Indexes beyond the key constraints: the language versions of a paragraph, the paragraphs of a text. */
export const PARAGRAPH_INDEXES = ['version', 'textOf'] as const;

/** One schema element: a uniqueness constraint or a (range) index on one property of one label. */
export interface SchemaItem {
  kind: 'unique' | 'index';
  label: NodeKind;
  property: string;
  name: string;
}

/**
 * One uniqueness constraint on `key` per contract label (it also backs the MERGE lookups), and
 * the Paragraph indexes (`version`: "this paragraph in French"; `textOf`: "the paragraphs of
 * this resolution", the evidence of its edges). The statements below and the bulk route's
 * schema (created through Neo4j's Java API, BulkImport.java) are both made from these.
 */
export function schemaItems(): SchemaItem[] {
  return [
    ...NODE_KINDS.map((kind): SchemaItem => ({ kind: 'unique', label: labelOf(kind), property: 'key', name: constraintName(labelOf(kind)) })),
    ...PARAGRAPH_INDEXES.map((property): SchemaItem => ({ kind: 'index', label: 'Paragraph', property, name: `unkg_paragraph_${property.toLowerCase()}` })),
  ];
}

/** The schema as Cypher statements (`CREATE CONSTRAINT … IF NOT EXISTS`, `CREATE INDEX … IF NOT EXISTS`). */
export function schemaStatements(): string[] {
  return schemaItems().map((item) =>
    item.kind === 'unique'
      ? `CREATE CONSTRAINT ${item.name} IF NOT EXISTS FOR (n:${labelOf(item.label)}) REQUIRE n.${item.property} IS UNIQUE`
      : `CREATE INDEX ${item.name} IF NOT EXISTS FOR (p:${labelOf(item.label)}) ON (p.${item.property})`,
  );
}

/**
 * `UNWIND $rows` statement that merges nodes of one label and sets their properties. The SET is
 * spelt as ON CREATE + ON MATCH (the same effect) because a plain SET after MERGE makes the
 * planner buffer every row of the batch in an Eager operator first.
 */
export function mergeNodesStatement(label: NodeKind): string {
  return `UNWIND $rows AS row MERGE (n:${labelOf(label)} {key: row.key}) ON CREATE SET n += row.props ON MATCH SET n += row.props`;
}

/**
 * `UNWIND $rows` statement that merges paragraphs and their HAS_PARAGRAPH from their Document
 * (loaded in the nodes phase, before any paragraph): one row, one node and its relationship.
 */
export function mergeParagraphsStatement(): string {
  return (
    'UNWIND $rows AS row MATCH (d:Document {key: row.doc}) ' +
    'MERGE (p:Paragraph {key: row.key}) ON CREATE SET p += row.props ON MATCH SET p += row.props ' +
    'MERGE (d)-[:HAS_PARAGRAPH]->(p)'
  );
}

/**
 * `UNWIND $rows` statement that merges relationships of one type between nodes of known labels
 * (so both ends are found through the key constraint's index). The properties are replaced as a
 * whole (`=`, the row holds them all, key included): loading the same graph again changes
 * nothing, and a reload leaves no evidence list of an earlier load behind (an `evidence_pin`
 * the new items lack would no longer line up with them); it is also 8% faster than `+=`. Spelt
 * as ON CREATE + ON MATCH for the same reason as nodes (a plain SET makes the plan buffer the
 * batch in an Eager operator).
 */
export function mergeRelationshipsStatement(
  type: EdgeKind,
  sourceLabel: NodeKind,
  targetLabel: NodeKind,
): string {
  return (
    `UNWIND $rows AS row ` +
    `MATCH (a:${labelOf(sourceLabel)} {key: row.source}) ` +
    `MATCH (b:${labelOf(targetLabel)} {key: row.target}) ` +
    `MERGE (a)-[r:${relationshipTypeOf(type)}]->(b) ON CREATE SET r = row.props ON MATCH SET r = row.props`
  );
}

/** One row, one auto-commit statement: the naive baseline the benchmark compares against. */
export function mergeNodeStatement(label: NodeKind): string {
  return `MERGE (n:${labelOf(label)} {key: $key}) SET n += $props`;
}

export function mergeParagraphStatement(): string {
  return 'MATCH (d:Document {key: $doc}) MERGE (p:Paragraph {key: $key}) SET p += $props MERGE (d)-[:HAS_PARAGRAPH]->(p)';
}

export function mergeRelationshipStatement(
  type: EdgeKind,
  sourceLabel: NodeKind,
  targetLabel: NodeKind,
): string {
  return (
    `MATCH (a:${labelOf(sourceLabel)} {key: $source}) MATCH (b:${labelOf(targetLabel)} {key: $target}) ` +
    `MERGE (a)-[r:${relationshipTypeOf(type)}]->(b) SET r = $props`
  );
}
