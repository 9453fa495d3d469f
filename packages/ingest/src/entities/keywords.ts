/**
 * Word lists of the rules that look at single words (roles, honorifics, speech verbs, given names
 * for persons; shared threat heads and plural mission heads for coordinated names; the triggers
 * of finders run only where they can fire, triggers.ts), compiled into
 * one table of folded-token hashes. One pass over a document's tokens finds every hit; each rule
 * then reads only its own hits instead of walking the tokens again.
 */
import { foldText, hashUnits, type Tokens } from './fold';

export class KeywordTable {
  /** 1 at (hash & 0xffff) of every word: most tokens fail here, without a Map lookup on a 32-bit key */
  private readonly bits = new Uint8Array(0x10000);
  private readonly flags = new Map<number, number>();

  /** Adds a word (its first or its last token, folded) under a flag bit; returns its hash. */
  add(word: string, flag: number, which: 'first' | 'last' = 'first'): number | null {
    const folded = foldText(word);
    // most words are one token of ASCII letters (thousands of given names): no split by a Unicode class
    const tokens = isAsciiWord(folded) ? [folded] : folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const token = which === 'last' ? tokens[tokens.length - 1] : tokens[0];
    if (!token) return null;
    const hash = wordHash(token);
    this.flags.set(hash, (this.flags.get(hash) ?? 0) | flag);
    this.bits[hash & 0xffff] = 1;
    return hash;
  }

  /** The flags of a token hash (0: none). */
  flagsOf(hash: number): number {
    return this.bits[hash & 0xffff] === 0 ? 0 : (this.flags.get(hash) ?? 0);
  }

  /** The flags of every hit together: which rules' words the document holds. */
  flagsIn(hits: readonly number[], tokens: Tokens): number {
    let flags = 0;
    for (let hit = 0; hit < hits.length; hit++) flags |= this.flagsOf(tokens.hashes[hits[hit]!]!);
    return flags;
  }

  /** Indexes of the tokens whose word is in the table, in text order. */
  hits(tokens: Tokens): number[] {
    const found: number[] = [];
    const { hashes, count } = tokens;
    const { bits, flags } = this;
    for (let index = 0; index < count; index++) {
      const hash = hashes[index]!;
      if (bits[hash & 0xffff] === 1 && flags.has(hash)) found.push(index);
    }
    return found;
  }
}

/** Whether a folded word is one token of ASCII letters and digits (what a split on [^\p{L}\p{N}]+ leaves whole). */
function isAsciiWord(folded: string): boolean {
  if (folded.length === 0) return false;
  for (let index = 0; index < folded.length; index++) {
    const unit = folded.charCodeAt(index);
    if (!((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39))) return false;
  }
  return true;
}

/**
 * Hash of one folded word, as the tokenizer computes it for the text: hashUnits over its code units,
 * read from the string without an array. A word with a surrogate keeps the array of its code points'
 * first units (and the hash that array gives), as before.
 */
export function wordHash(folded: string): number {
  let hash = folded.length;
  for (let index = 0; index < folded.length; index++) {
    const unit = folded.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdfff) return hashUnits(Array.from(folded, (char) => char.charCodeAt(0)), 0, folded.length);
    hash = (Math.imul(hash, 31) + unit) | 0;
  }
  return hash;
}

/** The table every word rule of the entity stage registers in (persons.ts, coordination.ts, mandates.ts). */
export const KEYWORDS = new KeywordTable();

/** Flag bits of KEYWORDS, one per rule. */
export const KEYWORD = {
  ROLE: 1,
  HONORIFIC: 2,
  VERB: 4,
  GIVEN: 8,
  PATRONYMIC: 16,
  KOREAN: 32,
  SHARED_HEAD: 64,
  PLURAL_BODY: 128,
  /** the first word of a clause verb that can give a task (mandates.ts: a paragraph without one has no mandate) */
  MANDATE_VERB: 256,
  /** committees.ts: "resolution(s)", "resolución(es)" and the English link verbs, without which a subsidiary body's pattern cannot match */
  RESOLUTION: 512,
  RESOLUCION: 1024,
  SUBSIDIARY_LINK_EN: 2048,
  SUBSIDIARY_LINK_FR: 8192,
  /** federal.ts: a word inside each federal form of a language ("Federal" in "the Federal Government") */
  FEDERAL: 4096,
  /** persons.ts: a person's act before "de" and a name ("l'intervention de", "la visita de") */
  ACT: 16384,
} as const;
