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
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ['CITES', 'MANDATES', 'ADDRESSES', 'MENTIONS', 'TEXT_OF'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** UN organs whose resolutions we key: Security Council, General Assembly, Human Rights Council, ECOSOC… */
export type Organ = 'SC' | 'GA' | 'HRC' | 'ECOSOC' | (string & {});

export type Section = 'preamble' | 'operative' | 'body';

export type DocType =
  | 'resolution'
  | 'statement'
  | 'press-release'
  | 'news'
  | 'draft-resolution'
  | 'document';

/** One occurrence that supports an edge. Offsets index the document's normalised text. */
export interface Evidence {
  /** key of the ingested Document node */
  doc: string;
  section: Section;
  /** operative paragraph number ("5", "5 (a)") or null */
  paragraph: string | null;
  /** canonical English lemma of the clause's lead verb, or null */
  verb: string | null;
  /** the sentence or clause, at most 300 characters */
  quote: string;
  start: number;
  end: number;
  /** optional refinements (pinpoint paragraph, role, committee naming…), documented in docs/graph-contract.md */
  pin?: string;
  role?: string;
  note?: string;
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

export type NodeAttributes =
  | ResolutionNode
  | StatementNode
  | DocumentNode
  | BodyNode
  | ThreatNode
  | GroupNode
  | StateNode
  | PersonNode;

export interface EdgeAttributes {
  kind: EdgeKind;
  weight: number;
  /** absent on TEXT_OF */
  evidence?: Evidence[];
}

export interface GraphAttributes {
  name?: string;
  /** contract version, bumped on incompatible change */
  contract?: string;
}

/** The serialised form (graphology `graph.export()`), as stored in graph.json. */
export interface SerializedGraph {
  options: { type: 'directed'; multi: boolean; allowSelfLoops: boolean };
  attributes: GraphAttributes;
  nodes: Array<{ key: string; attributes: NodeAttributes }>;
  edges: Array<{ key: string; source: string; target: string; attributes: EdgeAttributes }>;
}

export const CONTRACT_VERSION = '1';
