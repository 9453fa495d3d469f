/**
 * Checks graph.json records against the graph contract (version 2): node kinds and required
 * attributes, paragraph rows, evidence items and the edges they imply. Streaming: feed records
 * one at a time (`GraphValidator`), references to keys later in the file are checked at the end.
 */
import { type KnowledgeGraph } from './model';
import {
  isDocumentRecord,
  itemRefinements,
  itemVerb,
  rowItems,
  rowNumber,
  rowSection,
  rowStart,
  rowText,
  rowTextOf,
  type GraphRecord,
} from './records';
import { EDGE_KINDS, EVIDENCE_KINDS, NODE_KINDS, PARAGRAPH_SECTIONS, REFINEMENTS, type EvidenceKind, type NodeKind } from './types';

export const REQUIRED: Record<NodeKind, string[]> = {
  Resolution: ['label', 'symbol', 'organ', 'number', 'year'],
  Statement: ['label', 'symbol'],
  Document: ['label'],
  Body: ['label', 'aliases'],
  Threat: ['label', 'aliases'],
  Group: ['label', 'aliases'],
  State: ['label', 'iso2'],
  Person: ['label'],
  Paragraph: ['doc', 'index', 'section', 'paragraph', 'lang', 'text', 'start', 'end'],
};

/** Attributes an ingested Document (one with a `source`) must have besides `label`. */
const INGESTED_DOCUMENT = ['lang', 'docType', 'title', 'date', 'textOf'];

export const ENDPOINTS: Record<(typeof EDGE_KINDS)[number], [NodeKind[] | null, NodeKind[] | null]> = {
  CITES: [['Resolution', 'Statement', 'Document'], ['Resolution', 'Statement', 'Document']],
  // Presidential statements request and address too (unkg's addition, docs/graph-contract.md)
  MANDATES: [['Resolution', 'Statement'], ['Body']],
  ADDRESSES: [['Resolution', 'Statement'], ['Threat', 'Group']],
  MENTIONS: [['Document'], null],
  TEXT_OF: [['Document'], ['Resolution', 'Statement']],
  HAS_PARAGRAPH: [['Document'], ['Paragraph']],
};

/** The problems of one node's attributes (kind, required attributes, shapes). */
export function nodeProblems(key: string, attributes: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const kind = attributes?.kind as NodeKind;
  if (!NODE_KINDS.includes(kind)) return [`node ${key}: unknown kind ${JSON.stringify(kind)}`];
  for (const name of REQUIRED[kind]) {
    if (!(name in attributes)) problems.push(`node ${key} (${kind}): missing ${name}`);
  }
  if (kind === 'Document' && attributes.source !== undefined) {
    for (const name of INGESTED_DOCUMENT) {
      if (!(name in attributes)) problems.push(`node ${key} (ingested Document): missing ${name}`);
    }
    if ('textOf' in attributes && !isStringArray(attributes.textOf)) problems.push(`node ${key}: textOf must be a list of symbols`);
  }
  if ('aliases' in attributes && !Array.isArray(attributes.aliases)) problems.push(`node ${key}: aliases must be an array`);
  return problems;
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Feeds on records in file order; `finish()` returns every problem found (at most `limit`). */
export class GraphValidator {
  readonly problems: string[] = [];
  private readonly kinds = new Map<string, NodeKind>();
  /** references to check once every node is known: one per (key, allowed kinds), with the first place it was met */
  private readonly references = new Map<string, [where: string, key: string, kinds: NodeKind[] | null]>();
  private previousKey: string | null = null;
  private more = 0;

  constructor(private readonly limit = 1000) {}

  private report(problem: string): void {
    if (this.problems.length < this.limit) this.problems.push(problem);
    else this.more++;
  }

  /** The file's graph attributes (its first line). */
  attributes(attributes: Record<string, unknown>): void {
    if (!attributes || typeof attributes !== 'object') this.report('the graph attributes must be an object');
  }

  record(record: GraphRecord): void {
    if (!record || typeof record.key !== 'string' || !record.attributes || typeof record.attributes !== 'object') {
      this.report(`a record must have a string "key" and an "attributes" object: ${JSON.stringify(record).slice(0, 120)}`);
      return;
    }
    const { key } = record;
    if (this.previousKey !== null && !(this.previousKey < key)) this.report(`record ${key}: records must be sorted by key, without duplicates (after ${this.previousKey})`);
    this.previousKey = key;
    const attributes = record.attributes as unknown as Record<string, unknown>;
    for (const problem of nodeProblems(key, attributes)) this.report(problem);
    const kind = attributes.kind as NodeKind;
    if (kind === 'Paragraph') this.report(`record ${key}: Paragraph nodes are not records, they are their document's paragraphs`);
    if (NODE_KINDS.includes(kind)) this.kinds.set(key, kind);
    if (record.paragraphs !== undefined) this.documentRecord(record);
  }

  private documentRecord(record: GraphRecord): void {
    const { key } = record;
    if (!isDocumentRecord(record) || record.attributes.kind !== 'Document' || typeof record.attributes.source !== 'string') {
      this.report(`record ${key}: only an ingested Document (with a source) holds paragraphs`);
      return;
    }
    const textOf = Array.isArray(record.attributes.textOf) ? record.attributes.textOf : [];
    for (const symbol of textOf) this.reference(`document ${key}: textOf`, symbol, ENDPOINTS.TEXT_OF[1]);
    let previousEnd = 0;
    record.paragraphs.forEach((row, position) => {
      const where = `document ${key}: paragraph ${position + 1}`;
      if (!Array.isArray(row) || row.length < 4 || row.length > 6) {
        this.report(`${where}: a paragraph is [section, paragraph, start, text, textOf, items]`);
        return;
      }
      const section = rowSection(row);
      const number = rowNumber(row);
      const start = rowStart(row);
      const text = rowText(row);
      if (!PARAGRAPH_SECTIONS.includes(section)) this.report(`${where}: unknown section ${JSON.stringify(section)}`);
      if (!(number === null || typeof number === 'string')) this.report(`${where}: the paragraph number must be a string or null`);
      if (typeof text !== 'string') {
        this.report(`${where}: the text must be a string`);
        return;
      }
      if (!Number.isInteger(start) || start < previousEnd) this.report(`${where}: start ${start} must be an offset after the previous paragraph's end (${previousEnd})`);
      else previousEnd = start + text.length;
      const textOfIndex = rowTextOf(row);
      let source: string | undefined;
      if (textOfIndex !== null) {
        if (!Number.isInteger(textOfIndex) || textOf[textOfIndex] === undefined) this.report(`${where}: textOf ${JSON.stringify(textOfIndex)} is not an index in the document's textOf`);
        else source = textOf[textOfIndex];
      }
      const items = rowItems(row);
      if (items === undefined) return;
      if (!items || typeof items !== 'object' || Array.isArray(items)) {
        this.report(`${where}: items must be an object by edge kind`);
        return;
      }
      for (const [kind, list] of Object.entries(items)) this.items(where, kind, list, text, kind === 'MENTIONS' ? key : source, kind === 'MENTIONS' ? textOf : []);
    });
  }

  private items(where: string, kind: string, list: unknown, text: string, source: string | undefined, excluded: readonly string[]): void {
    if (!(EVIDENCE_KINDS as readonly string[]).includes(kind)) {
      this.report(`${where}: ${JSON.stringify(kind)} is not an edge kind with evidence (${EVIDENCE_KINDS.join(', ')})`);
      return;
    }
    if (!Array.isArray(list)) {
      this.report(`${where}: ${kind} items must be a list`);
      return;
    }
    const [sourceKinds, targetKinds] = ENDPOINTS[kind as EvidenceKind];
    if (source !== undefined) this.reference(`${where}: ${kind} source`, source, sourceKinds);
    for (const item of list as unknown[]) {
      if (!Array.isArray(item) || item.length < 3 || item.length > 5 || typeof item[0] !== 'string') {
        this.report(`${where}: a ${kind} item is [target, start, end, verb, refinements]: ${JSON.stringify(item).slice(0, 120)}`);
        continue;
      }
      // a MANDATES item may name the resolution (or numbered presidential statement) whose provision a news paragraph reports
      const reported = itemRefinements(item as never)?.resolution;
      if (reported !== undefined) {
        if (kind !== 'MANDATES' || typeof reported !== 'string') this.report(`${where}: only a MANDATES item may name its resolution (a string)`);
        else this.reference(`${where}: ${kind} source`, reported, ['Resolution', 'Statement']);
      } else if (source === undefined) {
        this.report(`${where}: ${kind} evidence in a paragraph that is no resolution's or statement's text (no textOf)`);
        continue;
      }
      const [target, start, end] = item as [string, number, number];
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
        this.report(`${where}: ${kind} item ${JSON.stringify(item).slice(0, 120)}: the span must lie in the paragraph's text (0-${text.length})`);
      }
      const verb = itemVerb(item as never);
      if (!(verb === null || typeof verb === 'string')) this.report(`${where}: ${kind} item verb must be a string or null`);
      const refinements = itemRefinements(item as never);
      if (refinements !== undefined && (typeof refinements !== 'object' || Object.keys(refinements).some((name) => !(REFINEMENTS as readonly string[]).includes(name)))) {
        this.report(`${where}: ${kind} item refinements may only be ${REFINEMENTS.join(', ')}`);
      }
      if (target === (reported ?? source)) this.report(`${where}: ${kind} item from ${source} to itself`);
      // the graph is not a multigraph: a document's TEXT_OF already links it to its own text
      if (excluded.includes(target)) this.report(`${where}: MENTIONS of ${target}, which the document is a text of (TEXT_OF links them)`);
      this.reference(`${where}: ${kind} target`, target, targetKinds);
    }
  }

  private reference(where: string, key: string, kinds: NodeKind[] | null): void {
    const id = `${key}\u0000${kinds?.join() ?? ''}`;
    if (!this.references.has(id)) this.references.set(id, [where, key, kinds]);
  }

  /** Checks the references to nodes, then returns the problems. */
  finish(): string[] {
    for (const [where, key, kinds] of this.references.values()) {
      const kind = this.kinds.get(key);
      if (kind === undefined) this.report(`${where} ${key} is not a node of the graph`);
      else if (kinds && !kinds.includes(kind)) this.report(`${where} ${key} is a ${kind} (expected ${kinds.join(' or ')})`);
    }
    this.references.clear();
    if (this.more > 0) this.problems.push(`… and ${this.more} more`);
    return this.problems;
  }
}

export function validateRecords(attributes: Record<string, unknown>, records: Iterable<GraphRecord>): string[] {
  const validator = new GraphValidator();
  validator.attributes(attributes);
  for (const record of records) validator.record(record);
  return validator.finish();
}

/** Checks an in-memory graph: node attributes and edge ends (what the model promises). */
export function validateGraph(graph: KnowledgeGraph): string[] {
  const problems: string[] = [];
  graph.forEachNode((key, attributes) => problems.push(...nodeProblems(key, attributes as unknown as Record<string, unknown>)));
  graph.forEachEdge((key, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    const kind = attributes.kind;
    if (!(EDGE_KINDS as readonly string[]).includes(kind)) {
      problems.push(`edge ${key}: unknown kind ${JSON.stringify(kind)}`);
      return;
    }
    const [from, to] = ENDPOINTS[kind];
    if (from && !from.includes(sourceAttributes.kind)) problems.push(`edge ${key}: ${kind} cannot start at a ${sourceAttributes.kind}`);
    if (to && !to.includes(targetAttributes.kind)) problems.push(`edge ${key}: ${kind} cannot end at a ${targetAttributes.kind}`);
    if (!(EVIDENCE_KINDS as readonly string[]).includes(kind)) return;
    const evidence = attributes.evidence;
    if (!Array.isArray(evidence) || evidence.length === 0) problems.push(`edge ${key}: ${kind} needs evidence`);
    else if (attributes.weight !== evidence.length) problems.push(`edge ${key}: weight ${attributes.weight} != ${evidence.length} evidence items`);
  });
  return problems;
}
