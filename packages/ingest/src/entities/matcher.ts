/**
 * One pass over a document for every gazetteer name: aliases are compiled once into a trie of
 * folded word tokens; the scan walks it from each token and keeps the leftmost-longest match,
 * so "État islamique d'Iraq et du Levant" is one Group, never the State "Iraq".
 * Why not one big regex: V8 tries alternatives one by one at each position; a token trie costs
 * one Map lookup per word whatever the gazetteer's size.
 */
import { decodeUnits, foldUnits, nameTokens, tokenize, type Tokens } from './fold';

export type EntityKind = 'Body' | 'Threat' | 'Group' | 'State';
/** `Stop` names consume text without yielding an entity ("Secrétaire général adjoint"). */
export type MatchKind = EntityKind | 'Stop';

export interface AliasRule {
  kind: MatchKind;
  id: string;
  /** acronyms match only in capitals ("UN", never the French article "un") */
  caseSensitive: boolean;
  /** the first letter in the text must be a capital (proper names: "Chad", "États Membres") */
  requireCapital: boolean;
  /** only when this entity id is also named in the same segment ("sa Direction exécutive" → CTED after CTC) */
  requires?: string;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  rules: AliasRule[] | null;
}

export interface Matcher {
  root: Map<string, TrieNode>;
  /** hashes of every first token: most words of a text are rejected without building a string */
  firstTokens: Set<number>;
  size: number;
}

export interface NameMatch {
  kind: MatchKind;
  id: string;
  start: number;
  end: number;
  requires?: string;
}

export function createMatcher(): Matcher {
  return { root: new Map(), firstTokens: new Set(), size: 0 };
}

export function addAlias(matcher: Matcher, alias: string, rule: AliasRule): void {
  const tokens = nameTokens(alias);
  if (tokens.length === 0) return;
  matcher.firstTokens.add(hashToken(tokens[0]!, 0, tokens[0]!.length));
  let level = matcher.root;
  let node: TrieNode | undefined;
  for (const token of tokens) {
    node = level.get(token);
    if (!node) {
      node = { next: null, rules: null };
      level.set(token, node);
    }
    node.next ??= new Map();
    level = node.next;
  }
  const leaf = node!;
  leaf.rules ??= [];
  const duplicate = leaf.rules.some(
    (existing) => existing.id === rule.id && existing.kind === rule.kind && existing.caseSensitive === rule.caseSensitive,
  );
  if (!duplicate) {
    leaf.rules.push(rule);
    matcher.size++;
  }
}

function hashToken(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return hash;
}

function hashUnits(units: Uint16Array, start: number, end: number): number {
  let hash = end - start;
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + units[index]!) | 0;
  return hash;
}

/** An alias written in capitals only (two or more letters) is an acronym. */
export function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Separators allowed inside a multi-word name: spaces (one line break), hyphens, apostrophes, slashes ("AU/UN"), commas inside a name ("Monitoring, Verification and Inspection Commission"). */
function softGap(folded: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  if (to - from === 1 && folded.charCodeAt(from) === 44) return false;
  let breaks = 0;
  for (let index = from; index < to; index++) {
    const code = folded.charCodeAt(index);
    if (code === 10) {
      if (++breaks > 1) return false;
    } else if (code !== 32 && code !== 45 && code !== 39 && code !== 9 && code !== 13 && code !== 47 && code !== 44) return false;
  }
  return true;
}

function ruleAccepts(rule: AliasRule, text: string, start: number, end: number): boolean {
  if (rule.caseSensitive) {
    const span = text.slice(start, end);
    if (span !== span.toUpperCase()) return false;
  }
  if (rule.requireCapital) {
    const first = text[start]!;
    if (first === first.toLowerCase() && first !== first.toUpperCase()) return false;
  }
  return true;
}

export interface ScanInput {
  text: string;
  /** foldUnits(text) and its decoded string, passed when the caller already has them */
  units?: Uint16Array;
  folded?: string;
  tokens?: Tokens;
  from?: number;
  to?: number;
}

/** Leftmost-longest matches of every alias in text[from, to). */
export function scan(matcher: Matcher, input: ScanInput): NameMatch[] {
  const { text } = input;
  const from = input.from ?? 0;
  const to = input.to ?? text.length;
  const units = input.units ?? foldUnits(text);
  const folded = input.folded ?? decodeUnits(units);
  const tokens = input.tokens ?? tokenize(units, from, to);
  const { starts, ends, count } = tokens;
  const matches: NameMatch[] = [];
  // threats nest and overlap ("commerce illicite des armes légères et de petit calibre" is arms
  // trafficking and small arms): inside a threat's span only other threats are kept
  let threatEnd = -1;
  let index = 0;
  while (index < count && starts[index]! < from) index++;
  while (index < count && ends[index]! <= to) {
    if (!matcher.firstTokens.has(hashUnits(units, starts[index]!, ends[index]!))) {
      index++;
      continue;
    }
    let node = matcher.root.get(folded.slice(starts[index], ends[index]));
    let best: { rule: AliasRule; last: number } | null = null;
    let cursor = index;
    while (node) {
      if (node.rules) {
        const end = ends[cursor]!;
        const rule = node.rules.find((candidate) => ruleAccepts(candidate, text, starts[index]!, end));
        if (rule) best = { rule, last: cursor };
      }
      const following = cursor + 1;
      if (!node.next || following >= count || ends[following]! > to) break;
      if (!softGap(folded, ends[cursor]!, starts[following]!)) break;
      node = node.next.get(folded.slice(starts[following], ends[following]));
      cursor = following;
    }
    const inThreat = starts[index]! < threatEnd;
    if (best && (!inThreat || best.rule.kind === 'Threat')) {
      const match: NameMatch = { kind: best.rule.kind, id: best.rule.id, start: starts[index]!, end: ends[best.last]! };
      if (best.rule.requires) match.requires = best.rule.requires;
      // a threat inside another ("explosifs" in "engins explosifs improvisés") is part of its name
      if (!inThreat || match.end > threatEnd) matches.push(match);
      if (best.rule.kind === 'Threat') {
        threatEnd = Math.max(threatEnd, match.end);
        index++;
      } else {
        index = best.last + 1;
      }
    } else {
      index++;
    }
  }
  return matches;
}
