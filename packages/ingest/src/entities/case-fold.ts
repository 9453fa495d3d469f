/**
 * Case-insensitive matching without the `i` flag. V8 compiles a `iu` pattern by closing every
 * character of it over Unicode case folding (ICU), then again when it first runs: over the ~10,000
 * characters of the State adjective list that costs about 0.3 s per process, and the compiled
 * matcher runs slower. The same test is a `u` pattern written in folded characters run over folded
 * text: a pattern whose literals are in FOLDED_ALPHABET and whose classes are \p{L}-based or
 * caseless ([ \t], [-\u2011], ".;:") matches `foldCase(text)` with flag `u` exactly where it matches
 * `text` with `iu`. case-fold.test.ts checks that against V8 for every code point and every
 * character of the alphabet; foldedPattern falls back to `iu` for a pattern outside it.
 */

/** Code points where String.prototype.toLowerCase and the simple case folding that `i` compares differ, for the alphabet below. */
const IRREGULAR = /\u00b5|\u0130|\u017f|\u0345/;

/**
 * `text` as `iu` sees it, one code point for one: lower case, except that "İ" (whose lower case is
 * two code points and which folds to itself) stays, "ſ" is "s", the micro sign is "μ" and the
 * combining ypogegrammeni is "ι" (a letter to `iu`'s \p{L} classes).
 */
export function foldCase(text: string): string {
  if (!IRREGULAR.test(text)) return text.toLowerCase();
  let folded = '';
  for (const char of text) {
    folded +=
      char === '\u0130' ? char : char === '\u017f' ? 's' : char === '\u00b5' ? '\u03bc' : char === '\u0345' ? '\u03b9' : char.toLowerCase();
  }
  return folded;
}

/** What foldCase is checked for: the literals a folded pattern may hold (ASCII, Latin-1, Latin Extended-A, the non-breaking hyphen). */
export const FOLDED_ALPHABET = /^[\t\u0020-\u007e\u00a0-\u017f\u2011]*$/;

/** A test over text, as RegExp's. */
export interface TextTest {
  test(text: string): boolean;
}

/**
 * The test of `build(fold)` with flag `iu`, where `build` writes a pattern from literal text passed
 * through `fold` (escaped by the caller) and classes of the kinds above: a `u` pattern over folded
 * text when every literal is in FOLDED_ALPHABET, else the `iu` pattern itself.
 */
export function foldedPattern(build: (fold: (literal: string) => string) => string): TextTest {
  let inAlphabet = true;
  const source = build((literal) => {
    if (!FOLDED_ALPHABET.test(literal)) inAlphabet = false;
    return foldCase(literal);
  });
  if (!inAlphabet) return new RegExp(build((literal) => literal), 'iu');
  const pattern = new RegExp(source, 'u');
  return { test: (text: string): boolean => pattern.test(foldCase(text)) };
}
