/**
 * The ingest pipeline's data, stage by stage:
 * load → normalise → (language, identity) → segment → extract → resolve → merge.
 * Types live here so every stage and every helper module agrees on them.
 */
import type { DocType, Evidence, Section } from '@unkg/graph';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'akn' | 'pdf' | 'docx' | 'doc';

/** A file read from disk and decoded; `text` is the visible text (markup removed). */
export interface LoadedDocument {
  /** path as given on the command line (or joined under a given directory), posix separators */
  source: string;
  format: SourceFormat;
  text: string;
  /** facts the container states itself (AKN FRBR metadata, HTML <title>/<html lang>) */
  declared: Partial<DocumentIdentity>;
  bytes: number;
  /** what was odd but did not stop the reading (a text not in UTF-8: the encoding used); reported as warnings */
  warnings?: string[];
}

/** Normalised text: offsets in all evidence refer to `text`. */
export interface NormalisedDocument extends Omit<LoadedDocument, 'text'> {
  text: string;
}

export interface DocumentIdentity {
  lang: string;
  docType: DocType;
  /** the document's own symbol: S/RES/2370 (2017), S/PRST/2018/9, CS/13893, SC/12938 */
  symbol: string | null;
  title: string;
  /** ISO date (YYYY-MM-DD) or null */
  date: string | null;
  meeting: number | null;
  /** symbols of the resolutions/statements this file is a text of (a resolution's own, or one a press release quotes as adopted) */
  textOf: string[];
}

/**
 * A span of the normalised text with its structural role. Resolutions: the cover, the
 * preamble (one segment per preambular paragraph), operative paragraphs (and lettered
 * sub-paragraphs, paragraph "5 (a)"). Press releases: narrative `body`, and the quoted draft
 * (`textOf` names the resolution whose text it is). News: `body` paragraphs.
 */
export interface Segment {
  section: Section | 'cover';
  /** operative paragraph number as a string ("5", "5 (a)"), else null */
  paragraph: string | null;
  start: number;
  end: number;
  /** symbol of the resolution/statement whose text this span is (citations in it are attributed to it) */
  textOf: string | null;
}

export interface SegmentedDocument extends NormalisedDocument {
  identity: DocumentIdentity;
  segments: Segment[];
}

export interface IngestIssue {
  source: string;
  level: 'warning' | 'error';
  message: string;
}

/** A cited UN document, resolved to its canonical symbol. */
export interface CitedTarget {
  kind: 'Resolution' | 'Statement' | 'Document';
  /** UN form: S/RES/2370 (2017), A/RES/60/288, A/RES/3379 (XXX), S/PRST/2018/9, S/2018/1177 */
  symbol: string;
  organ?: string;
  number?: string;
  year?: number | null;
}

/**
 * One citation found by the citation engine (citations/index.ts: `extractCitations(doc)`).
 * `citing` is the symbol of the resolution/statement whose text holds it (from the segment's
 * `textOf`), or null for narrative text (the pipeline then records a MENTIONS from the Document).
 * Self-citations are already dropped.
 */
export interface CitationMatch {
  target: CitedTarget;
  citing: string | null;
  evidence: Omit<Evidence, 'doc'>;
}
