/** Checks a serialised graph against the graph contract; returns the problems found. */
import { EDGE_KINDS, NODE_KINDS, type NodeKind, type SerializedGraph } from './types';

const REQUIRED: Record<NodeKind, string[]> = {
  Resolution: ['label', 'symbol', 'organ', 'number', 'year'],
  Statement: ['label', 'symbol'],
  Document: ['label'],
  Body: ['label', 'aliases'],
  Threat: ['label', 'aliases'],
  Group: ['label', 'aliases'],
  State: ['label', 'iso2'],
  Person: ['label'],
};

const ENDPOINTS: Record<string, [NodeKind[] | null, NodeKind[] | null]> = {
  CITES: [['Resolution', 'Statement', 'Document'], ['Resolution', 'Statement', 'Document']],
  // Presidential statements request and address too (unkg's addition, docs/graph-contract.md)
  MANDATES: [['Resolution', 'Statement'], ['Body']],
  ADDRESSES: [['Resolution', 'Statement'], ['Threat', 'Group']],
  MENTIONS: [['Document'], null],
  TEXT_OF: [['Document'], ['Resolution', 'Statement']],
};

const SECTIONS = new Set(['preamble', 'operative', 'body']);

export function validateGraph(data: SerializedGraph): string[] {
  const problems: string[] = [];
  if (!data || typeof data !== 'object' || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    return ['expected an object with "nodes" and "edges" arrays (graphology export)'];
  }
  if (data.options?.type !== 'directed') problems.push('options.type must be "directed"');
  const kinds = new Map<string, NodeKind>();
  for (const node of data.nodes) {
    const kind = node?.attributes?.kind as NodeKind;
    if (!NODE_KINDS.includes(kind)) {
      problems.push(`node ${node?.key}: unknown kind ${JSON.stringify(kind)}`);
      continue;
    }
    kinds.set(node.key, kind);
    const attributes = node.attributes as unknown as Record<string, unknown>;
    for (const name of REQUIRED[kind]) {
      if (!(name in attributes)) problems.push(`node ${node.key} (${kind}): missing ${name}`);
    }
    if (kind === 'Document' && attributes.source !== undefined) {
      for (const name of ['lang', 'docType', 'title', 'date']) {
        if (!(name in attributes)) problems.push(`node ${node.key} (ingested Document): missing ${name}`);
      }
    }
    if ('aliases' in attributes && !Array.isArray(attributes.aliases)) {
      problems.push(`node ${node.key}: aliases must be an array`);
    }
  }
  for (const edge of data.edges) {
    const attributes = edge?.attributes;
    const kind = attributes?.kind;
    if (!EDGE_KINDS.includes(kind)) {
      problems.push(`edge ${edge?.key}: unknown kind ${JSON.stringify(kind)}`);
      continue;
    }
    const [from, to] = ENDPOINTS[kind]!;
    const sourceKind = kinds.get(edge.source);
    const targetKind = kinds.get(edge.target);
    if (!sourceKind || !targetKind) {
      problems.push(`edge ${edge.key}: endpoint missing from nodes`);
      continue;
    }
    if (from && !from.includes(sourceKind)) problems.push(`edge ${edge.key}: ${kind} cannot start at a ${sourceKind}`);
    if (to && !to.includes(targetKind)) problems.push(`edge ${edge.key}: ${kind} cannot end at a ${targetKind}`);
    if (kind === 'TEXT_OF') continue;
    if (!Array.isArray(attributes.evidence) || attributes.evidence.length === 0) {
      problems.push(`edge ${edge.key}: ${kind} needs evidence`);
      continue;
    }
    if (attributes.weight !== attributes.evidence.length) {
      problems.push(`edge ${edge.key}: weight ${attributes.weight} != ${attributes.evidence.length} evidence items`);
    }
    for (const item of attributes.evidence) {
      if (
        typeof item.doc !== 'string' ||
        !SECTIONS.has(item.section) ||
        !(item.paragraph === null || typeof item.paragraph === 'string') ||
        !(item.verb === null || typeof item.verb === 'string') ||
        typeof item.quote !== 'string' ||
        item.quote.length > 300 ||
        !Number.isInteger(item.start) ||
        !Number.isInteger(item.end) ||
        item.end < item.start
      ) {
        problems.push(`edge ${edge.key}: malformed evidence ${JSON.stringify(item).slice(0, 200)}`);
        break;
      }
      if (kinds.get(item.doc) !== 'Document') {
        problems.push(`edge ${edge.key}: evidence doc ${item.doc} is not a Document node`);
        break;
      }
    }
  }
  return problems;
}
