/**
 * The one escaping function for everything printed that comes from input: file names, texts
 * read from documents, labels from a graph file, parser messages that quote input. A name may
 * hold a newline (which would forge a line of the summary), an ANSI escape (which would colour
 * or rewrite the terminal) or a bidirectional override (which reorders what is shown): each
 * control character is shown as a visible escape instead, so a printed line is always one line
 * and shows exactly what is there.
 *
 * Hand-written (a dozen lines) because the libraries at hand do something else: strip-ansi
 * deletes escape sequences (the name then looks clean but is not what is on disk), JSON.stringify
 * leaves DEL, C1 controls and bidi overrides as they are, and util.inspect adds quotes.
 */

/**
 * C0 and C1 controls and DEL (\p{Cc}: newline, carriage return, tab, ESC, CSI U+009B, …),
 * the line and paragraph separators, and the bidirectional embeddings, overrides and isolates.
 */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character shown as an escape (`\n`, `\t`, `\x1B`, `\u202E`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeCharacter);
}

function escapeCharacter(character: string): string {
  const short = SHORT[character];
  if (short) return short;
  const code = character.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}
