/** `text` as a literal inside a regular expression: each character with a meaning there escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Phrases in the order an alternation of them must try them: longest first, so that a phrase never loses to a shorter
 * one it starts with ("Panel of Experts" before "Panel"); without duplicates or empty ones (which would match anywhere);
 * phrases of one length in code-unit order, so that the source does not depend on the order of the data.
 */
export function longestFirst(phrases: Iterable<string>): string[] {
  return [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** Phrases as literals of one regex alternation, longest first (longestFirst), to be put in a group: "a|b". */
export function alternation(phrases: Iterable<string>): string {
  return longestFirst(phrases).map(escapeRegExp).join('|');
}
