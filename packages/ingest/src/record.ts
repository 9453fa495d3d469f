/**
 * A document's record (graph contract 2): the Document with its paragraphs, each paragraph
 * with the evidence found in it. Extractors report evidence with offsets in the document's
 * text; here each item is placed in the paragraph that holds it, with the span inside it, under
 * the edge kind it supports. Pure: the same document always gives the same line.
 */
import {
  canonical,
  compareItems,
  EVIDENCE_KINDS,
  itemRefinements,
  itemRow,
  paragraphRow,
  REFINEMENTS,
  type DocumentNode,
  type Evidence,
  type EvidenceKind,
  type GraphFragment,
  type ItemRow,
  type ParagraphItems,
  type ParagraphRow,
  type ParagraphSection,
  type Refinements,
} from '@unkg/graph';
import type { RecordLinks } from '@unkg/graph/layout-file';
import { segmentAt } from './entities/spans';
import type { SegmentedDocument } from './types';

/** A paragraph of the document: a segment, or a line no segment covers. */
export interface ParagraphSpan {
  section: ParagraphSection;
  paragraph: string | null;
  start: number;
  end: number;
  textOf: string | null;
}

/** What one record says, counted for the run's report without parsing it again. */
export interface RecordStats {
  paragraphs: number;
  /** evidence items by edge kind */
  items: Record<EvidenceKind, number>;
  /** distinct MENTIONS edges from the document */
  mentions: number;
  /** keys of the CITES, MANDATES and ADDRESSES edges its paragraphs support (from the texts it holds) */
  textEdges: string[];
  /** items whose span ran past their paragraph's end and was cut there */
  clipped: number;
}

export interface DocumentRecordLine {
  key: string;
  /** the record as its graph.json line */
  line: string;
  /** what the record gives the layout: recordLinks of the line, made from the rows instead of parsing it */
  links: RecordLinks;
  stats: RecordStats;
}

/**
 * The paragraphs of a document: its segments, in order, and any non-blank line no segment
 * covers (as a `body` paragraph), so every character of evidence has a paragraph.
 */
export function paragraphSpans(doc: SegmentedDocument): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  const { text } = doc;
  let covered = 0;
  const addGap = (until: number): void => {
    let from = covered;
    while (from < until) {
      let end = text.indexOf('\n', from);
      if (end < 0 || end > until) end = until;
      let s = from;
      let e = end;
      while (s < e && text.charCodeAt(s) <= 0x20) s++;
      while (e > s && text.charCodeAt(e - 1) <= 0x20) e--;
      if (e > s) spans.push({ section: 'body', paragraph: null, start: s, end: e, textOf: null });
      from = end + 1;
    }
  };
  for (const segment of doc.segments) {
    if (segment.start < covered || segment.end < segment.start) continue;
    addGap(segment.start);
    spans.push({ section: segment.section, paragraph: segment.paragraph, start: segment.start, end: segment.end, textOf: segment.textOf });
    covered = segment.end;
  }
  addGap(text.length);
  return spans;
}

/** Index of the paragraph holding `offset` (spans sorted, disjoint), or -1; `hint`: the index found last (an edge's items come in text order). */
function spanAt(spans: ParagraphSpan[], offset: number, hint: number): number {
  const guess = spans[hint];
  return guess && offset >= guess.start && offset < guess.end ? hint : segmentAt(spans, offset);
}

/**
 * The document's record and its line. `attributes` are the Document node's; `fragments` hold the
 * edges found (their evidence placed here; nodes are the caller's business). Evidence of a
 * MENTIONS edge must come from this document, that of CITES, MANDATES and ADDRESSES from the
 * resolution or statement whose text its paragraph is: anything else is an error (an extractor's
 * bug), as graph.json could not say it.
 */
export function documentRecord(
  doc: SegmentedDocument,
  key: string,
  attributes: DocumentNode,
  fragments: GraphFragment[],
): DocumentRecordLine {
  const spans = paragraphSpans(doc);
  const textOf = attributes.textOf ?? [];
  // each paragraph's items by kind, in KINDS_IN_ORDER's slots: an array read by index, not an object whose keys vary with the
  // kinds found (its reads and writes were keyed accesses, megamorphic over those shapes)
  const items = nulls<Array<ItemRow[] | null>>(spans.length);
  const stats: RecordStats = {
    paragraphs: spans.length,
    items: { CITES: 0, MANDATES: 0, ADDRESSES: 0, MENTIONS: 0 },
    mentions: 0,
    textEdges: [],
    clipped: 0,
  };
  const textEdges = new Set<string>();
  const mentioned = new Set<string>();
  let last = 0;
  for (const fragment of fragments) {
    for (const edge of fragment.edges) {
      const kind = edge.kind as EvidenceKind;
      const slot = KINDS_IN_ORDER.indexOf(kind);
      if (slot < 0) continue;
      // fragmentEvidence's items read in place: no one-item array per edge (most edges have one item)
      const given = edge.evidence;
      if (given === undefined) continue;
      const many = Array.isArray(given);
      const count = many ? given.length : 1;
      if (count === 0) continue;
      if (kind === 'MENTIONS') mentioned.add(edge.target);
      else textEdges.add(`${kind}:${edge.source}->${edge.target}`);
      for (let at = 0; at < count; at++) {
        const evidence = many ? given[at]! : given;
        const index = spanAt(spans, evidence.start, last);
        last = index;
        if (index < 0) throw new Error(`${kind} ${edge.source} -> ${edge.target}: evidence at ${evidence.start} lies in no paragraph`);
        const span = spans[index]!;
        const source = kind === 'MENTIONS' ? key : (evidence.resolution ?? span.textOf);
        if (source !== edge.source) {
          throw new Error(`${kind} ${edge.source} -> ${edge.target}: evidence at ${evidence.start} is in a paragraph of ${source ?? 'no resolution'}`);
        }
        let end = evidence.end;
        if (end > span.end) {
          end = span.end;
          stats.clipped++;
        }
        const refinements = refinementsOf(evidence);
        const paragraphItems = (items[index] ??= [null, null, null, null]);
        (paragraphItems[slot] ??= []).push(itemRow(edge.target, evidence.start - span.start, end - span.start, evidence.verb, refinements));
      }
    }
  }
  const paragraphs: ParagraphRow[] = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    const found = items[index] ?? null;
    let ordered: ParagraphItems | null = null;
    if (found) {
      // kinds in name order, items sorted and the same occurrence once (the first one found)
      ordered = {};
      for (let slot = 0; slot < KINDS_IN_ORDER.length; slot++) {
        const list = found[slot];
        if (!list) continue;
        const kind = KINDS_IN_ORDER[slot]!;
        // one item (most lists): nothing to sort or drop, and no copy of it made
        const unique = list.length === 1 ? list : list.sort(compareItems).filter((item, at) => at === 0 || compareItems(list[at - 1]!, item) !== 0);
        stats.items[kind] += unique.length;
        ordered[kind] = unique;
        // as written (sorted, each once), for the layout's links
        found[slot] = unique;
      }
    }
    let textOfIndex: number | null = null;
    if (span.textOf !== null) {
      textOfIndex = textOf.indexOf(span.textOf);
      if (textOfIndex < 0) throw new Error(`paragraph ${index + 1} is a text of ${span.textOf}, which the document's textOf does not list`);
    }
    paragraphs.push(paragraphRow(span.section, span.paragraph, span.start, doc.text.slice(span.start, span.end), textOfIndex, ordered));
  }
  stats.mentions = mentioned.size;
  stats.textEdges = [...textEdges];
  // the record's keys in order (attributes, key, paragraphs): only the attributes need sorting.
  // One JSON.stringify of the whole line: one flat string made while it is young (a template would give a cons string,
  // which the record keeps until it is written: by then it is in the old generation, and reading it (placedLine)
  // flattens it there), and no intermediate copy of the paragraphs' JSON to join (the line's size again, per record)
  const line = JSON.stringify({ attributes: canonical(attributes), key, paragraphs });
  return { key, line, links: rowLinks(attributes, textOf, spans, items), stats };
}

/**
 * recordLinks (layout-file.ts) of the record being written, from its rows: the same values in the
 * same order (paragraphs in order, then kinds in EVIDENCE_KINDS order, then items), without
 * parsing the line. Its strings are the rows' own, which may be slices of the document's text (a
 * person's name, a cited symbol): the layout's skeleton keeps a copy of the first string of each
 * name it sees (LayoutSkeleton), not these, so they do not keep the text alive.
 */
function rowLinks(
  attributes: DocumentNode,
  textOf: readonly string[],
  spans: readonly ParagraphSpan[],
  items: ReadonlyArray<ReadonlyArray<ItemRow[] | null> | null>,
): RecordLinks {
  const result: RecordLinks = { kind: attributes.kind, textOf: [...textOf], mentions: [], links: [] };
  const mentioned = new Set<string>();
  // the links to each target (a document's paragraphs are the texts of one or a few resolutions)
  const byTarget = new Map<string, RecordLinks['links']>();
  // loops by index: this runs once per document, in baseline code, where `for…of` walks the iterator protocol
  for (let index = 0; index < items.length; index++) {
    const found = items[index];
    if (!found) continue;
    const textOfName = spans[index]!.textOf;
    for (let k = 0; k < EVIDENCE_KINDS.length; k++) {
      const kind = EVIDENCE_KINDS[k]!;
      const list = found[EVIDENCE_SLOTS[k]!];
      if (!list) continue;
      if (kind === 'MENTIONS') {
        for (let at = 0; at < list.length; at++) mentioned.add(list[at]![0]);
        continue;
      }
      for (let at = 0; at < list.length; at++) {
        const item = list[at]!;
        // a MANDATES item of a news paragraph names the resolution it reports
        const from = itemRefinements(item)?.resolution ?? textOfName;
        if (from === null) continue;
        const target = item[0];
        let links = byTarget.get(target);
        if (!links) byTarget.set(target, (links = []));
        let link: RecordLinks['links'][number] | undefined;
        for (let l = 0; l < links.length && !link; l++) if (links[l]![0] === kind && links[l]![1] === from) link = links[l];
        if (link) link[3]++;
        else {
          const added: RecordLinks['links'][number] = [kind, from, target, 1];
          links.push(added);
          result.links.push(added);
        }
      }
    }
  }
  result.mentions = [...mentioned];
  return result;
}

/**
 * `length` nulls, in an array built by push: its elements kind is then the same whether this runs
 * unoptimised or optimised (an array from `map` is packed when the builtin makes it and holey when
 * TurboFan inlines the map, and a keyed access compiled for one deoptimises on the other).
 */
function nulls<T>(length: number): Array<T | null> {
  const array: Array<T | null> = [];
  for (let index = 0; index < length; index++) array.push(null);
  return array;
}

const KINDS_IN_ORDER = [...EVIDENCE_KINDS].sort();
/** each of EVIDENCE_KINDS' slot in a paragraph's items (KINDS_IN_ORDER's order) */
const EVIDENCE_SLOTS = EVIDENCE_KINDS.map((kind) => KINDS_IN_ORDER.indexOf(kind));
if (KINDS_IN_ORDER.length !== 4) throw new Error('record.ts: a paragraph\'s items have one slot per evidence kind');

/**
 * An item's refinements in name order (note, pin, resolution, role: the line is canonical as it is), or null. Each read by
 * its name, not `evidence[name]` over a list of names: a keyed load of a varying name, megamorphic over the evidence
 * objects' shapes, four per item of every record. The names are checked against REFINEMENTS when the module loads.
 */
function refinementsOf(evidence: Evidence): Refinements | null {
  let refinements: Refinements | null = null;
  if (evidence.note !== undefined) (refinements ??= {}).note = evidence.note;
  if (evidence.pin !== undefined) (refinements ??= {}).pin = evidence.pin;
  if (evidence.resolution !== undefined) (refinements ??= {}).resolution = evidence.resolution;
  if (evidence.role !== undefined) (refinements ??= {}).role = evidence.role;
  return refinements;
}
if ([...REFINEMENTS].sort().join() !== 'note,pin,resolution,role') throw new Error('record.ts: refinementsOf must read every refinement, in name order');
