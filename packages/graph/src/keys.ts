/**
 * Stable node and edge keys. Resolutions, statements and cited documents are keyed by their
 * UN symbol (globally unique and readable in Neo4j and Gephi); other kinds by a prefix and an id.
 */
import type { EdgeKind } from './types';

export const resolutionKey = (symbol: string): string => symbol;
export const statementKey = (symbol: string): string => symbol;
export const citedDocumentKey = (symbol: string): string => symbol;
/** An ingested file, keyed by its path as given (posix separators). */
export const documentKey = (source: string): string => `doc:${source.replace(/\\/g, '/')}`;
/** A paragraph of an ingested document: the document's key, '#', its position from 1. */
export const paragraphKey = (docKey: string, index: number): string => `${docKey}#${index}`;
/** The document and position of a paragraph key, or null when it is not one. */
export function parseParagraphKey(key: string): { doc: string; index: number } | null {
  const hash = key.lastIndexOf('#');
  if (hash < 0) return null;
  const index = Number(key.slice(hash + 1));
  return Number.isInteger(index) && index >= 1 && String(index) === key.slice(hash + 1) ? { doc: key.slice(0, hash), index } : null;
}
export const bodyKey = (id: string): string => `body:${id}`;
export const threatKey = (id: string): string => `threat:${id}`;
export const groupKey = (id: string): string => `group:${id}`;
export const stateKey = (iso2: string): string => `state:${iso2.toUpperCase()}`;
export const personKey = (name: string): string => `person:${slug(name)}`;

export const edgeKey = (kind: EdgeKind, source: string, target: string): string =>
  `${kind}:${source}->${target}`;

/** Lower-case ASCII slug: accents folded, runs of other characters turned into '-'. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
