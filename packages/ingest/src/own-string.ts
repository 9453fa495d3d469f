/**
 * Strings a module keeps across documents (a memo's keys and answers, the attributes a thread
 * remembers having sent) must not keep those documents alive. V8 makes a substring of 13
 * characters or more a slice that points into its parent: a 20-character name taken from a
 * 150 KB text and kept as a memo's key holds the whole text for the rest of the run. In a worker
 * at 3,000 files of copies of unsc/text, 411 texts (7.4 MB) were held that way (heap snapshot:
 * STATE_ADJECTIVE_ANSWERS 4.6 MB, SentNodes' attributes 2.8, FOLDED_WORDS 0.7), and on a corpus
 * of distinct texts a memo bounded at N entries may hold N texts.
 */

/** `text` as a string that holds only its own characters (a flat copy when it is a slice of a longer string; short strings are copies already). */
export function ownString(text: string): string {
  // a flat copy of the characters (one byte each when they fit), no slice of anything; V8 copies
  // a substring shorter than 13 characters, so those cannot be slices
  return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

/** `values` with every string in it (and in arrays in it) its own (ownString); anything else as it is. */
export function ownStrings<T extends object>(values: T): T {
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    copy[name] =
      typeof value === 'string'
        ? ownString(value)
        : Array.isArray(value)
          ? value.map((item: unknown) => (typeof item === 'string' ? ownString(item) : item))
          : value;
  }
  return copy as T;
}
