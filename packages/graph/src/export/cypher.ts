/**
 * A Cypher script (`.cypherl`: one statement per line) that rebuilds the graph in Neo4j, for
 * `cypher-shell -f graph.cypherl` or any driver. Constraints first, then MERGE by key, so it is
 * safe to run again. Values are inlined as Cypher literals (cypher-shell has no parameters for a
 * file), escaped so that no input text can end a string or a line. The properties are those of
 * `unkg load` (graphToRows in ../neo4j/rows), with the same labels and relationship types.
 */
import neo4j from 'neo4j-driver';
import type { KnowledgeGraph } from '../model';
import { recordsFromGraph, type GraphRecord } from '../records';
import type { NodeKind } from '../types';
import { nodeRows, relationshipRows, type Properties } from '../neo4j/rows';
import { labelOf, relationshipTypeOf, schemaStatements } from '../neo4j/schema';

export function exportCypher(graph: KnowledgeGraph): string {
  const records = recordsFromGraph(graph);
  return [...cypherLines(() => records)].join('\n') + '\n';
}

/**
 * The script's statements, one per line, streamed over the records: schema, nodes, paragraphs
 * (each with its HAS_PARAGRAPH), relationships.
 */
export function* cypherLines(source: () => Iterable<GraphRecord>): Generator<string> {
  for (const statement of schemaStatements()) yield `${statement};`;
  const kinds = new Map<string, NodeKind>();
  for (const { label, row } of nodeRows(source(), 'nodes')) {
    kinds.set(row.key, label);
    yield `MERGE (n:${labelOf(label)} {key: ${cypherString(row.key)}}) SET n += ${cypherMap(row.props)};`;
  }
  for (const { row } of nodeRows(source(), 'paragraphs')) {
    yield (
      `MATCH (d:Document {key: ${cypherString(row.doc!)}}) ` +
      `MERGE (p:Paragraph {key: ${cypherString(row.key)}}) SET p += ${cypherMap(row.props)} MERGE (d)-[:HAS_PARAGRAPH]->(p);`
    );
  }
  for (const { type, sourceLabel, targetLabel, row } of relationshipRows(source(), kinds)) {
    yield (
      `MATCH (a:${labelOf(sourceLabel)} {key: ${cypherString(row.source)}}) ` +
      `MATCH (b:${labelOf(targetLabel)} {key: ${cypherString(row.target)}}) ` +
      `MERGE (a)-[r:${relationshipTypeOf(type)}]->(b) SET r = ${cypherMap(row.props)};`
    );
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * A Cypher string literal in single quotes. Backslash and quote are escaped; every control or
 * line-breaking character (C0, DEL, C1, U+2028/U+2029) and lone surrogates become \uXXXX, so a
 * statement always stays on one line; other Unicode is written as is (the file is UTF-8).
 */
export function cypherString(text: string): string {
  // eslint-disable-next-line no-control-regex
  const escaped = text.replace(/[\\'\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (char) =>
    SIMPLE_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}

/** A property name, backquoted unless it is a plain identifier. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

export function cypherValue(value: unknown): string {
  if (neo4j.isInt(value)) return value.toString();
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return cypherFloat(value);
  if (Array.isArray(value)) return `[${value.map(cypherValue).join(', ')}]`;
  throw new Error(`cannot write ${JSON.stringify(value)} as a Cypher literal`);
}

/** Non-integer JavaScript numbers are Neo4j floats (integers arrive as neo4j Integers). */
function cypherFloat(value: number): string {
  if (Number.isNaN(value)) return "toFloat('NaN')";
  if (!Number.isFinite(value)) return value > 0 ? "toFloat('Infinity')" : "toFloat('-Infinity')";
  const text = String(value).replace('e+', 'e');
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

export function cypherMap(props: Properties): string {
  return `{${Object.entries(props)
    .map(([name, value]) => `${cypherName(name)}: ${cypherValue(value)}`)
    .join(', ')}}`;
}
