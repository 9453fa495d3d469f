/**
 * Search over node labels, symbols and aliases. Matching is on folded text (no accents, no
 * case): "securite" finds "Conseil de sécurité", "2370" finds "S/RES/2370 (2017)".
 */
import searchData from '../../../data/viewer/search.json';
import { foldText, foldedWords } from './text';
import type { ViewGraph } from './graph-types';

/** Words naming a kind ("resolution", "résolution", "PRST"…), folded, from data/viewer/search.json. */
const KIND_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries((searchData as { kindWords: Record<string, string[]> }).kindWords).map(([kind, words]) => [kind, new Set(words.map(foldText))]),
);

interface SearchEntry {
  node: string;
  kind: string;
  label: string;
  /** a resolution's number ("2370", "71/19"), which a bare number names before any alias */
  number: string | null;
  /** the name that matched, when it is not the label (an alias, the symbol) */
  names: Array<{ text: string; folded: string; words: string[] }>;
}

export interface SearchHit {
  node: string;
  kind: string;
  label: string;
  /** the matching name when it differs from the label */
  matched: string | null;
  score: number;
}

export type SearchIndex = SearchEntry[];

/** Kinds users look for first rank higher on ties (a resolution before the press release naming it). */
const KIND_BONUS: Record<string, number> = { Resolution: 3, Body: 3, Statement: 2, Group: 2, Threat: 2, State: 1 };

export function buildSearchIndex(graph: ViewGraph): SearchIndex {
  const index: SearchIndex = [];
  graph.forEachNode((node, attributes) => {
    const texts = new Set<string>();
    for (const value of [attributes.label, attributes.symbol, attributes.title, node]) {
      if (typeof value === 'string' && value) texts.add(value);
    }
    if (Array.isArray(attributes.aliases)) for (const alias of attributes.aliases) if (typeof alias === 'string') texts.add(alias);
    index.push({
      node,
      kind: attributes.kind,
      label: attributes.label || node,
      number: typeof attributes.number === 'string' && attributes.number ? foldText(attributes.number) : null,
      names: [...texts].map((text) => ({ text, folded: foldText(text), words: foldedWords(text) })),
    });
  });
  return index;
}

/** Scores one name against the folded query: exact > starts with > a word starts with > contains. */
function scoreName(name: { folded: string; words: string[] }, query: string, queryWords: string[]): number {
  if (name.folded === query) return 100;
  if (name.folded.startsWith(query)) return 80;
  if (queryWords.length > 0 && queryWords.every((word) => name.words.some((candidate) => candidate === word))) return 70;
  if (queryWords.length > 0 && queryWords.every((word) => name.words.some((candidate) => candidate.startsWith(word)))) return 60;
  if (name.folded.includes(query)) return 40;
  return 0;
}

/**
 * Ranks the nodes matching a query. A resolution whose number is the query ("1373") comes
 * before a body whose alias merely starts with it ("1373 Committee"); words naming a node's
 * kind ("resolution 2370", "PRST") are set aside when scoring nodes of that kind.
 */
export function searchNodes(index: SearchIndex, rawQuery: string, limit = 20): SearchHit[] {
  const query = foldText(rawQuery);
  if (!query) return [];
  const queryWords = foldedWords(rawQuery);
  const hits: SearchHit[] = [];
  for (const entry of index) {
    let best = 0;
    let matched: string | null = null;
    const kindWords = KIND_WORDS.get(entry.kind);
    const ownWords = kindWords ? queryWords.filter((word) => !kindWords.has(word)) : queryWords;
    const namesKind = ownWords.length > 0 && ownWords.length < queryWords.length;
    const ownQuery = namesKind ? ownWords.join(' ') : query;
    if (entry.number !== null && (entry.number === query || (namesKind && entry.number === ownQuery))) best = 110;
    for (const name of entry.names) {
      let score = scoreName(name, query, queryWords);
      if (namesKind) score = Math.max(score, scoreName(name, ownQuery, ownWords) - 5);
      if (score > best) {
        best = score;
        matched = name.text === entry.label ? null : name.text;
      }
    }
    if (best > 0) hits.push({ node: entry.node, kind: entry.kind, label: entry.label, matched, score: best + (KIND_BONUS[entry.kind] ?? 0) + (namesKind && best > 0 ? 20 : 0) });
  }
  hits.sort((a, b) => b.score - a.score || a.label.length - b.label.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return hits.slice(0, limit);
}
