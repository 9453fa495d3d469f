/**
 * The graph contract (docs/graph-contract.md) as types: every package reads and writes
 * graphs through these, so this is the one place the contract lives in code.
 */

export const NODE_KINDS = [
  'Resolution',
  'Statement',
  'Document',
  'Body',
  'Threat',
  'Group',
  'State',
  'Person',
  'Paragraph',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ['CITES', 'MANDATES', 'ADDRESSES', 'MENTIONS', 'TEXT_OF', 'HAS_PARAGRAPH'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Edge kinds that carry evidence (items in paragraphs); the others are derived without any. */
export const EVIDENCE_KINDS = ['CITES', 'MANDATES', 'ADDRESSES', 'MENTIONS'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** UN organs whose resolutions we key: Security Council, General Assembly, Human Rights Council, ECOSOC… */
export type Organ = 'SC' | 'GA' | 'HRC' | 'ECOSOC' | (string & {});

/** The section of an evidence item (a cover page reads as `body`). */
export type Section = 'preamble' | 'operative' | 'body';
/** The section of a paragraph: a resolution's or statement's cover page is its own. */
export type ParagraphSection = Section | 'cover';
export const PARAGRAPH_SECTIONS: readonly ParagraphSection[] = ['cover', 'preamble', 'operative', 'body'];

export type DocType =
  | 'resolution'
  | 'statement'
  | 'press-release'
  | 'news'
  | 'draft-resolution'
  | 'document';

/**
 * One occurrence as an extractor finds it, before it is placed in its paragraph: offsets index
 * the document's normalised text. Extractors emit these in a GraphFragment (fragment.ts); the
 * pipeline turns them into paragraph items (EvidenceItem). `quote` is no longer used: quotes are
 * derived from the paragraph (quote.ts).
 */
export interface Evidence {
  /** key of the ingested Document node */
  doc: string;
  section: Section;
  /** operative paragraph number ("5", "5 (a)") or null */
  paragraph: string | null;
  /** canonical English lemma of the clause's lead verb, or null */
  verb: string | null;
  /** ignored: quotes are derived from the paragraph */
  quote?: string;
  start: number;
  end: number;
  /** optional refinements (pinpoint paragraph, role, committee naming…), documented in docs/graph-contract.md */
  pin?: string;
  role?: string;
  note?: string;
  /** on MANDATES in a paragraph that is no text of it (news, press): the key of the resolution whose provision the paragraph reports */
  resolution?: string;
}

/** The optional refinements of an evidence item. */
export const REFINEMENTS = ['pin', 'role', 'note', 'resolution'] as const;
export type Refinement = (typeof REFINEMENTS)[number];

/**
 * One occurrence that supports an edge (contract 2): it points at a paragraph and carries the
 * span inside it. `para`, `start`, `end`, `verb` and the refinements are stored; `doc`, `section`
 * and `paragraph` are the paragraph's, filled in by readers; `quote` only when asked for.
 */
export interface EvidenceItem {
  /** key of the Paragraph node */
  para: string;
  /** the span, as offsets in the paragraph's text */
  start: number;
  end: number;
  /** canonical English lemma of the clause's lead verb, or null */
  verb: string | null;
  pin?: string;
  role?: string;
  note?: string;
  resolution?: string;
  /** derived: the paragraph's document */
  doc: string;
  /** derived: the paragraph's section, `cover` read as `body` */
  section: Section;
  /** derived: the paragraph's number, or null */
  paragraph: string | null;
  /** derived on request: the clause around the span (quoteOf) */
  quote?: string;
}

interface BaseNode {
  kind: NodeKind;
  label: string;
  /** position in the stored layout (layout.ts) */
  x?: number;
  y?: number;
  /** Louvain community, on the nodes of the citation network */
  community?: number;
}

export interface ResolutionNode extends BaseNode {
  kind: 'Resolution';
  symbol: string;
  organ: Organ;
  number: string;
  year: number | null;
  date?: string | null;
  meeting?: number | null;
}

export interface StatementNode extends BaseNode {
  kind: 'Statement';
  symbol: string;
  year?: number | null;
  date?: string | null;
  meeting?: number | null;
}

export interface DocumentNode extends BaseNode {
  kind: 'Document';
  /** ingested documents have a source; cited documents only a symbol */
  source?: string;
  /** ingested: the symbols of the resolutions/statements the file is a text of (TEXT_OF) */
  textOf?: string[];
  lang?: string;
  docType?: DocType;
  title?: string;
  date?: string | null;
  symbol?: string;
  meeting?: number | null;
}

export interface BodyNode extends BaseNode {
  kind: 'Body';
  aliases: string[];
  /** resolution key, for committees "established pursuant to resolution N" */
  establishedBy?: string;
  /** ISO 3166-1 alpha-2 code of the State a national body belongs to ("Gov-SS" → "SS") */
  state?: string;
}

export interface ThreatNode extends BaseNode {
  kind: 'Threat';
  aliases: string[];
}

export interface GroupNode extends BaseNode {
  kind: 'Group';
  aliases: string[];
}

export interface StateNode extends BaseNode {
  kind: 'State';
  iso2: string;
}

export interface PersonNode extends BaseNode {
  kind: 'Person';
  role?: string;
  organisation?: string;
}

export interface ParagraphNode extends BaseNode {
  kind: 'Paragraph';
  /** key of the Document */
  doc: string;
  /** position in the document, from 1 */
  index: number;
  section: ParagraphSection;
  /** the UN's paragraph number ("5", "5 (a)") or null */
  paragraph: string | null;
  lang: string;
  /** the normalised text */
  text: string;
  /** offsets in the document's normalised text */
  start: number;
  end: number;
  /** the resolution or statement this is (a language version of) the text of */
  textOf?: string;
  /** the name shared by the language versions of the paragraph ("S/RES/2370 (2017) OP5") */
  version?: string;
}

export type NodeAttributes =
  | ResolutionNode
  | StatementNode
  | DocumentNode
  | BodyNode
  | ThreatNode
  | GroupNode
  | StateNode
  | PersonNode
  | ParagraphNode;

export interface EdgeAttributes {
  kind: EdgeKind;
  weight: number;
  /** absent on TEXT_OF and HAS_PARAGRAPH */
  evidence?: EvidenceItem[];
}

export interface GraphAttributes {
  name?: string;
  /** contract version, bumped on incompatible change */
  contract?: string;
}

export const CONTRACT_VERSION = '2';
