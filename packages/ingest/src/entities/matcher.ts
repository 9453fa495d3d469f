/**
 * One pass over a document for every gazetteer name: aliases are compiled once into a trie of
 * folded word tokens; the scan walks it from each token and keeps the leftmost-longest match,
 * so "État islamique d'Iraq et du Levant" is one Group, never the State "Iraq".
 * Why not one big regex: V8 tries alternatives one by one at each position; a token trie costs
 * one Map lookup per word whatever the gazetteer's size.
 */
import { decodeUnits, foldAndTokenize, foldUnits, hashUnits, tokenize, TokenBuffer, type Tokens } from './fold';

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

/** Keyed by the token's hash (no string is built while scanning); `token` confirms a hit. */
export interface TrieNode {
  token: string;
  next: Map<number, TrieNode> | null;
  rules: AliasRule[] | null;
}

export interface Matcher {
  root: Map<number, TrieNode>;
  /** 1 at (hash & ROOT_MASK) of every first token: most text tokens start no name, and fail here without a map lookup */
  rootBits: Uint8Array;
  size: number;
}

const ROOT_MASK = 0xffff;

export interface NameMatch {
  kind: MatchKind;
  id: string;
  start: number;
  end: number;
  requires?: string;
  /** for a name that needs a context: the longest shorter name from the same word, taken when the context is missing
   * ("French forces" is Force Licorne only next to Côte d'Ivoire; elsewhere "French" before "forces" is France) */
  shorter?: NameMatch;
}

/**
 * A name match, made here by every finder: one property order, and `requires` always present, so
 * that every match has one hidden class. V8 compiles code for the shapes it has seen; a match of
 * another shape (a `requires` added later, or missing) deoptimises every function that reads it.
 */
export function makeMatch(kind: MatchKind, id: string, start: number, end: number, requires?: string): NameMatch {
  return { kind, id, start, end, requires, shorter: undefined };
}

/** An alias rule, made here only (one hidden class: `requires` always present, see makeMatch). */
export function aliasRule(kind: MatchKind, id: string, caseSensitive: boolean, requireCapital: boolean, requires?: string): AliasRule {
  return { kind, id, caseSensitive, requireCapital, requires };
}

export function createMatcher(): Matcher {
  return { root: new Map(), rootBits: new Uint8Array(ROOT_MASK + 1), size: 0 };
}

/** A matcher over a trie made elsewhere (the gazetteer's disk cache): its root bits set from the trie. */
export function matcherOf(root: Map<number, TrieNode>, size: number): Matcher {
  const matcher: Matcher = { root, rootBits: new Uint8Array(ROOT_MASK + 1), size };
  for (const hash of root.keys()) matcher.rootBits[hash & ROOT_MASK] = 1;
  return matcher;
}

/** Folded units and tokens of the alias being added (tens of thousands at load): storage reused from name to name. */
const ALIAS_TOKENS = new TokenBuffer(64);

export function addAlias(matcher: Matcher, alias: string, rule: AliasRule): void {
  // the trie is keyed by the tokens' hashes, computed while tokenizing; a token's string is made
  // only for a new node (most names share their first words with others: "Government of …")
  const { units, tokens } = foldAndTokenize(alias, ALIAS_TOKENS);
  const { starts, ends, hashes, count } = tokens;
  if (count === 0) return;
  let level = matcher.root;
  let node: TrieNode | undefined;
  for (let index = 0; index < count; index++) {
    // a node's map of next tokens is made when a longer name needs it (a leaf keeps none)
    if (node) level = node.next ??= new Map();
    const hash = hashes[index]!;
    node = level.get(hash);
    if (node && !sameUnits(node.token, units, starts[index]!, ends[index]!)) {
      throw new Error(`gazetteer: tokens "${node.token}" and "${decodeUnits(units, starts[index], ends[index])}" share a hash`);
    }
    if (!node) {
      node = { token: decodeUnits(units, starts[index], ends[index]), next: null, rules: null };
      level.set(hash, node);
      if (level === matcher.root) matcher.rootBits[hash & ROOT_MASK] = 1;
    }
  }
  const leaf = node!;
  leaf.rules ??= [];
  const duplicate = leaf.rules.find(
    (existing) => existing.id === rule.id && existing.kind === rule.kind && existing.caseSensitive === rule.caseSensitive,
  );
  // the same name written in lower case too ("Houthistes", "houthistes") is matched in any case
  if (duplicate && !rule.requireCapital) duplicate.requireCapital = false;
  if (!duplicate) {
    leaf.rules.push(rule);
    matcher.size++;
  }
}

/** Whether units[start, end) are the code units of `token`. */
function sameUnits(token: string, units: Uint16Array, start: number, end: number): boolean {
  if (end - start !== token.length) return false;
  for (let index = 0; index < token.length; index++) if (units[start + index] !== token.charCodeAt(index)) return false;
  return true;
}

/**
 * A hash hit is a match only when the text's tokens are the trie's (hashes may collide). The
 * first token is compared from `headStart` (after an Arabic proclitic), behind `headUnit` when
 * the article's alif was elided ("للاتحاد" read as "الاتحاد"; -1: none).
 */
function sameTokens(units: Uint16Array, tokens: Tokens, first: number, path: TrieNode[], depth: number, headStart: number, headUnit: number): boolean {
  const head = path[0]!.token;
  const lead = headUnit < 0 ? 0 : 1;
  if (tokens.ends[first]! - headStart + lead !== head.length) return false;
  if (lead === 1 && head.charCodeAt(0) !== headUnit) return false;
  for (let index = lead; index < head.length; index++) if (units[headStart + index - lead] !== head.charCodeAt(index)) return false;
  for (let offset = 1; offset < depth; offset++) {
    const token = path[offset]!.token;
    const start = tokens.starts[first + offset]!;
    if (tokens.ends[first + offset]! - start !== token.length) return false;
    for (let index = 0; index < token.length; index++) if (units[start + index] !== token.charCodeAt(index)) return false;
  }
  return true;
}

/** An alias written in capitals only (two or more letters) is an acronym. */
const LOWER_CASE = /\p{Ll}/u;

export function isAcronym(alias: string): boolean {
  // most names have a lower-case letter: no need to strip the rest first
  if (LOWER_CASE.test(alias)) return false;
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * Separators allowed inside a multi-word name: spaces (one line break), hyphens, apostrophes,
 * slashes ("AU/UN"), commas and brackets inside a name ("Monitoring, Verification and Inspection
 * Commission", "ISIL (Da'esh) and Al-Qaida Sanctions Committee"), and quotation marks, which
 * Russian texts put around the proper part of a name ("Фронта «Ан-Нусра»").
 */
/** 1 for the code units a gap inside a name may hold (besides one line break). */
const GAP_UNITS = (() => {
  const table = new Uint8Array(0x10000);
  for (const char of ' -\'\t\r/,()\u00ab\u00bb\u201c\u201d\u201e"') table[char.charCodeAt(0)] = 1;
  return table;
})();

function softGap(units: Uint16Array, from: number, to: number): boolean {
  if (to - from > 3) return false;
  if (to - from === 1 && units[from] === 44) return false;
  // an abbreviation's full stops inside a name ("EUFOR R.D.Congo"), never a full stop and a space
  if (to - from === 1 && units[from] === 46) return true;
  let breaks = 0;
  for (let index = from; index < to; index++) {
    const code = units[index]!;
    if (code === 10) {
      if (++breaks > 1) return false;
    } else if (!GAP_UNITS[code]) return false;
  }
  return true;
}

function ruleAccepts(rule: AliasRule, text: string, start: number, end: number): boolean {
  // ASCII first letters decide without building strings: common words ("el", "au", "un") hit acronym rules
  const code = text.charCodeAt(start);
  const asciiLower = code >= 97 && code <= 122;
  if (rule.caseSensitive) {
    if (asciiLower) return false;
    const span = text.slice(start, end);
    if (span !== span.toUpperCase()) return false;
    // in a line written in capitals ("FACE A LA MENACE TERRORISTE ET AU RISQUE"), a short acronym is a word
    if (end - start <= 3 && inCapitalsRun(text, start, end)) return false;
  }
  if (rule.requireCapital) {
    if (asciiLower) return false;
    if (code >= 65 && code <= 90) return true;
    const first = text[start]!;
    if (first === first.toLowerCase() && first !== first.toUpperCase()) return false;
  }
  return true;
}

const CAPITALS_WORD = /^[\p{Lu}\p{N}'’.-]*\p{Lu}[\p{Lu}\p{N}'’.-]*\p{Lu}$/u;

/** Whether the words on both sides of text[start, end) are written in capitals (two letters or more). */
function inCapitalsRun(text: string, start: number, end: number): boolean {
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!before || !CAPITALS_WORD.test(before[1]!)) return false;
  const after = /^\s+(\S+)/u.exec(text.slice(end, end + 30));
  return after !== null && CAPITALS_WORD.test(after[1]!.replace(/[,;:!?)]+$/u, ''));
}

export interface ScanInput {
  text: string;
  /** foldUnits(text), passed when the caller already has it */
  units?: Uint16Array;
  tokens?: Tokens;
  from?: number;
  to?: number;
}

// Arabic proclitics: the conjunctions wa and fa, the prepositions bi, li and ka, and the article's alif
const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const LAM = 0x644;
const KAF = 0x643;
const ALIF = 0x627;

/** Where cliticHead found the name: its first unit in the text, and the elided alif before it (-1: none). */
interface Head {
  start: number;
  unit: number;
}

function rootNode(matcher: Matcher, hash: number): TrieNode | undefined {
  return matcher.rootBits[hash & ROOT_MASK] === 1 ? matcher.root.get(hash) : undefined;
}

/**
 * The trie node of a name written after Arabic proclitics in the same word: "وبعثة" (wa + the
 * mission's first word), "لبعثة", "بالبعثة", "وللاتحاد" (wa + li + the article, whose alif "لل"
 * elides: read as "الاتحاد"). At most a conjunction (و ف) then a preposition (ب ل ك); the rest
 * must keep two units. Only called for a token that starts no name itself.
 */
function cliticHead(matcher: Matcher, units: Uint16Array, start: number, end: number, head: Head): TrieNode | undefined {
  let at = start;
  for (let step = 0; step < 2; step++) {
    const unit = units[at]!;
    const conjunction = step === 0 && (unit === WAW || unit === FA);
    if (!conjunction && unit !== BA && unit !== LAM && unit !== KAF) return undefined;
    at++;
    if (end - at < 2) return undefined;
    let node = rootNode(matcher, hashUnits(units, at, end));
    if (node) {
      head.start = at;
      head.unit = -1;
      return node;
    }
    if (unit === LAM && units[at] === LAM) {
      // "ا" + units[at, end): the article with its alif back
      node = rootNode(matcher, hashUnits(units, at, end, ALIF));
      if (node) {
        head.start = at;
        head.unit = ALIF;
        return node;
      }
    }
    if (!conjunction) return undefined;
  }
  return undefined;
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** The longest accepted name from a token, and the longest before it: their rules and last tokens. */
interface Walk {
  best: AliasRule | null;
  bestLast: number;
  shorter: AliasRule | null;
  shorterLast: number;
}

/**
 * Walks the trie from `node` (the first token's, `first`) along the following tokens up to `to`,
 * and records in `walk` the longest accepted name and the one before it. `headStart`/`headUnit`:
 * where the name starts when proclitics were cut off the first token.
 */
function walkNames(matcher: Matcher, text: string, units: Uint16Array, tokens: Tokens, first: number, to: number, node: TrieNode | undefined, headStart: number, headUnit: number, path: TrieNode[], walk: Walk): void {
  const { starts, ends, hashes, count } = tokens;
  walk.best = null;
  walk.bestLast = first;
  walk.shorter = null;
  walk.shorterLast = first;
  let cursor = first;
  let depth = 0;
  while (node) {
    path[depth++] = node;
    const rules = node.rules;
    if (rules !== null) {
      // the first rule the text's spelling satisfies (a loop here: a call per rule node stayed in baseline code)
      let rule: AliasRule | null = null;
      for (let index = 0; index < rules.length && rule === null; index++) if (ruleAccepts(rules[index]!, text, headStart, ends[cursor]!)) rule = rules[index]!;
      if (rule && sameTokens(units, tokens, first, path, depth, headStart, headUnit)) {
        walk.shorter = walk.best;
        walk.shorterLast = walk.bestLast;
        walk.best = rule;
        walk.bestLast = cursor;
      }
    }
    const following = cursor + 1;
    if (!node.next || following >= count || ends[following]! > to) break;
    // the map lookup first: most next tokens continue no name, whatever the gap
    const next = node.next.get(hashes[following]!);
    if (!next || !softGap(units, ends[cursor]!, starts[following]!)) break;
    node = next;
    cursor = following;
  }
}

/**
 * Leftmost-longest matches of every alias in text[from, to). An Arabic word that starts no name
 * is tried once more without its proclitics ("وبعثة الأمم المتحدة …"): the match then starts
 * after them.
 */
export function scan(matcher: Matcher, input: ScanInput): NameMatch[] {
  const { text } = input;
  const from = input.from ?? 0;
  const to = input.to ?? text.length;
  const units = input.units ?? foldUnits(text);
  return scanTokens(matcher, text, from, to, units, input.tokens ?? tokenize(units, from, to));
}

/** scan's work, on plain arguments: callers pass inputs of several shapes, this stays monomorphic. */
function scanTokens(matcher: Matcher, text: string, from: number, to: number, units: Uint16Array, tokens: Tokens): NameMatch[] {
  const { starts, ends, hashes, count } = tokens;
  const { root, rootBits } = matcher;
  const matches: NameMatch[] = [];
  // threats nest and overlap ("commerce illicite des armes légères et de petit calibre" is arms
  // trafficking and small arms): inside a threat's span only other threats are kept
  let threatEnd = -1;
  const path: TrieNode[] = [];
  const head: Head = { start: 0, unit: -1 };
  const walk: Walk = { best: null, bestLast: 0, shorter: null, shorterLast: 0 };
  let index = 0;
  while (index < count && starts[index]! < from) index++;
  while (index < count && ends[index]! <= to) {
    const hash = hashes[index]!;
    let node = rootBits[hash & ROOT_MASK] === 1 ? root.get(hash) : undefined;
    let headStart = starts[index]!;
    let headUnit = -1;
    if (!node) {
      // only Arabic letters from ب (U+0628) to و (U+0648) can be proclitics
      const first = units[headStart]!;
      if (first >= BA && first <= WAW) node = cliticHead(matcher, units, headStart, ends[index]!, head);
      if (!node) {
        index++;
        continue;
      }
      headStart = head.start;
      headUnit = head.unit;
    }
    // the longest accepted name from this token: its rule and last token
    walkNames(matcher, text, units, tokens, index, to, node, headStart, headUnit, path, walk);
    let bestRule = walk.best;
    const { bestLast, shorter: shorterRule, shorterLast } = walk;
    const inThreat = headStart < threatEnd;
    // a name led by an article ("the Sudan") gives way to a longer name from its next word: "the Sudan
    // Liberation Army" is the group, not the State
    if (bestRule && bestRule.kind !== 'Threat' && bestLast > index && isAsciiLower(units[headStart]!) && headUnit < 0) {
      const next = hashes[index + 1]!;
      walkNames(matcher, text, units, tokens, index + 1, to, rootBits[next & ROOT_MASK] === 1 ? root.get(next) : undefined, starts[index + 1]!, -1, path, walk);
      if (walk.best && ends[walk.bestLast]! > ends[bestLast]!) bestRule = null;
    }
    if (bestRule && (!inThreat || bestRule.kind === 'Threat')) {
      const match = makeMatch(bestRule.kind, bestRule.id, headStart, ends[bestLast]!, bestRule.requires || undefined);
      if (bestRule.requires && shorterRule) {
        match.shorter = makeMatch(shorterRule.kind, shorterRule.id, headStart, ends[shorterLast]!, shorterRule.requires || undefined);
      }
      // a threat inside another ("explosifs" in "engins explosifs improvisés") is part of its name
      if (!inThreat || match.end > threatEnd) matches.push(match);
      if (bestRule.kind === 'Threat') {
        threatEnd = Math.max(threatEnd, match.end);
        index++;
      } else {
        index = bestLast + 1;
      }
    } else {
      index++;
    }
  }
  return matches;
}
