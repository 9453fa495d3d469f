/**
 * Bytes to text. In order:
 * 1. a byte-order mark decides: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE (the mark is dropped);
 * 2. valid UTF-8 is UTF-8 (what nearly every file is), and so is a text of good UTF-8 with a few
 *    bad sequences (read as U+FFFD, with a warning);
 * 3. otherwise the encoding the file declares, for HTML (`<meta charset>`) and XML
 *    (`<?xml encoding?>`), else the one chardet detects (a well-kept detector with statistical
 *    models for the single-byte encodings of French, Spanish, Russian and Arabic and for the
 *    Chinese multi-byte ones: a fixed Windows-1252 fallback would turn a Windows-1251 Russian or
 *    a GB18030 Chinese text into mojibake). Such a text is read, with a warning naming the
 *    encoding used and how it was chosen.
 * Every later offset refers to the normalised text of the decoded string, whatever the bytes were.
 */
import { Buffer, isAscii, isUtf8, transcode } from 'node:buffer';
import { analyse } from 'chardet';
import type { SourceFormat } from './types';

/** A file whose bytes cannot be read as text; the message says why. */
export class UndecodableError extends Error {
  override name = 'UndecodableError';
}

export interface DecodedText {
  text: string;
  /** the encoding used (WHATWG name: utf-8, utf-16le, windows-1252, …) */
  encoding: string;
  /** set when the file was not UTF-8 and had no byte-order mark: what was used, and why */
  warning?: string;
}

/** The UN's six official languages: a detector's tie is broken in their favour. */
const UN_LANGUAGES = new Set(['ar', 'zh', 'en', 'fr', 'ru', 'es']);

/** Bytes the detector looks at. */
const DETECTION_SAMPLE = 256 * 1024;

/** Above this share of control characters, a decoded text is binary data, not a document. */
const MAX_CONTROL_SHARE = 0.01;
/** …and above this count: a stray control byte or two does not make a short text binary. */
const MIN_CONTROLS = 4;

export function decodeText(bytes: Uint8Array, format: SourceFormat): DecodedText {
  if (bytes.length === 0) throw new UndecodableError('is empty');
  const marked = decodeByteOrderMark(bytes);
  const decoded = marked ?? decodeWithoutMark(bytes, format);
  if (decoded.text.includes('\0'))
    throw new UndecodableError(`looks binary (contains NUL characters), not a ${decoded.encoding} text`);
  if (!/\S/.test(decoded.text)) throw new UndecodableError('is empty (only whitespace)');
  return decoded;
}

function decodeWithoutMark(bytes: Uint8Array, format: SourceFormat): DecodedText {
  if (bytes.indexOf(0) !== -1)
    throw new UndecodableError(
      'looks binary (contains NUL bytes); if it is UTF-16 text without a byte-order mark, save it as UTF-8',
    );
  if (isUtf8(bytes)) return { text: decodeValidUtf8(bytes), encoding: 'utf-8' };
  const invalidAt = `invalid UTF-8 at byte ${firstInvalidUtf8Offset(bytes)}`;
  // a UTF-8 text with a few bad bytes (a cut download, one corrupt character) stays UTF-8: read
  // as another encoding, all its good accented characters would turn to mojibake
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const { replaced, otherNonAscii } = countNonAscii(lossy);
  if (otherNonAscii > replaced) {
    return {
      text: lossy,
      encoding: 'utf-8',
      warning: `not valid UTF-8 (${invalidAt}; ${replaced} bad sequence${replaced === 1 ? '' : 's'} in all): read as UTF-8, bad sequences as U+FFFD`,
    };
  }
  const declared = declaredEncoding(bytes, format);
  if (declared) {
    return {
      ...decodeLegacy(bytes, declared),
      warning: `not UTF-8 (${invalidAt}): decoded as ${declared}, the encoding the file declares`,
    };
  }
  const detected = detectEncoding(bytes);
  if (!detected) throw new UndecodableError(`is not valid UTF-8 (${invalidAt}) and its encoding could not be recognised`);
  const result = decodeLegacy(bytes, detected);
  return { ...result, warning: `not UTF-8 (${invalidAt}): decoded as ${result.encoding}, the encoding detected` };
}

// ---------------------------------------------------------------- byte-order marks

function decodeByteOrderMark(bytes: Uint8Array): DecodedText | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const body = bytes.subarray(3);
    if (!isUtf8(body))
      throw new UndecodableError(`is not valid UTF-8 (invalid byte sequence at offset ${3 + firstInvalidUtf8Offset(body)})`);
    return { text: decodeValidUtf8(body), encoding: 'utf-8' };
  }
  // UTF-32 LE's mark starts like UTF-16 LE's: test it first
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { text: decodeUtf32(bytes.subarray(4), true), encoding: 'utf-32le' };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { text: decodeUtf32(bytes.subarray(4), false), encoding: 'utf-32be' };
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeStrict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeStrict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  return null;
}

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UndecodableError(`starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`);
  }
}

/** TextDecoder has no UTF-32 (the WHATWG encodings leave it out): four bytes per code point. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const name = littleEndian ? 'UTF-32LE' : 'UTF-32BE';
  if (bytes.length % 4 !== 0) throw new UndecodableError(`starts with a ${name} byte-order mark but its length is not a multiple of 4`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let offset = 0; offset < bytes.length; offset += 4) {
    const code = view.getUint32(offset, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      throw new UndecodableError(`starts with a ${name} byte-order mark but holds an invalid code point at byte ${offset + 4}`);
    chunk.push(code);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk.length = 0;
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

// ---------------------------------------------------------------- UTF-8

/**
 * Validated UTF-8 (its BOM already cut off) to a string. ICU's converter to UTF-16
 * (buffer.transcode) and a UTF-16 read decode the corpus three times faster than TextDecoder
 * (V8's UTF-8 decoder), with the same result on valid input; TextDecoder stays the fallback for
 * a Node built without ICU.
 */
function decodeValidUtf8(bytes: Uint8Array): string {
  // ASCII is its own Latin-1: read as such, the string is stored one byte per character (faster
  // for every later scan) and needs no conversion
  if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (typeof transcode !== 'function') return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

/** U+FFFD characters (a lossy decoder's replacements) and the other non-ASCII characters of a text. */
function countNonAscii(text: string): { replaced: number; otherNonAscii: number } {
  let replaced = 0;
  let otherNonAscii = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd) replaced++;
    else if (code >= 0x80) otherNonAscii++;
  }
  return { replaced, otherNonAscii };
}

/** Where the first ill-formed sequence starts (Unicode's table 3-7: no overlong forms, surrogates or code points past U+10FFFF). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // the second byte's range depends on the first (E0: A0–BF, ED: 80–9F, F0: 90–BF, F4: 80–8F)
    const second = bytes[i + 1]!;
    const low = byte === 0xe0 ? 0xa0 : byte === 0xf0 ? 0x90 : 0x80;
    const high = byte === 0xed ? 0x9f : byte === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k]! >> 6 !== 0x2) return i;
    i += length;
  }
  return i;
}

// ---------------------------------------------------------------- legacy encodings

/**
 * The encoding an HTML or XML file declares in its first kilobyte (`<meta charset="…">`,
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, `<?xml … encoding="…"?>`), when it
 * is one TextDecoder knows and not UTF-8 (which the bytes have just failed). A regular
 * expression over the ASCII prefix is enough here: the declaration has to sit there, in ASCII,
 * for any reader to find it.
 */
export function declaredEncoding(bytes: Uint8Array, format: SourceFormat): string | null {
  if (format !== 'html' && format !== 'akn') return null;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const match =
    format === 'akn'
      ? /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)
      : /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (!match) return null;
  const encoding = whatwgEncoding(match[1]!);
  return encoding && encoding !== 'utf-8' ? encoding : null;
}

/**
 * chardet's best guess as a WHATWG encoding, or null when it has none. Of equally confident
 * guesses, one for a UN language wins (GB18030 Chinese over EUC-JP Japanese on a short text).
 */
export function detectEncoding(bytes: Uint8Array): string | null {
  // a prefix is plenty for the statistics, and keeps a large file from being scanned by every model
  const matches = analyse(bytes.subarray(0, DETECTION_SAMPLE)).filter((match) => whatwgEncoding(match.name) !== null);
  const best = matches[0];
  if (!best) return null;
  const tied = matches.filter((match) => match.confidence === best.confidence);
  const chosen = tied.find((match) => match.lang !== undefined && UN_LANGUAGES.has(match.lang)) ?? best;
  return whatwgEncoding(chosen.name);
}

/** A label TextDecoder accepts, as its canonical name (ISO-8859-1 → windows-1252), or null. */
function whatwgEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes bytes known not to be UTF-8. Unmappable bytes become U+FFFD rather than an error (the
 * encoding was inferred; one odd byte should not lose the document); a result that is mostly
 * control characters is binary data that merely passed for text.
 */
function decodeLegacy(bytes: Uint8Array, encoding: string): { text: string; encoding: string } {
  const decoder = new TextDecoder(encoding);
  const text = decoder.decode(bytes);
  let controls = 0;
  for (let index = 0; index < text.length; index++) if (isControl(text.charCodeAt(index))) controls++;
  if (controls > MIN_CONTROLS && controls > MAX_CONTROL_SHARE * text.length)
    throw new UndecodableError(`looks binary (not UTF-8, and ${controls} control characters as ${decoder.encoding})`);
  return { text, encoding: decoder.encoding };
}

/** C0 controls other than tab, newline, vertical tab, form feed, carriage return; DEL; C1 controls. */
function isControl(code: number): boolean {
  return code < 0x09 || (code > 0x0d && code < 0x20) || (code >= 0x7f && code <= 0x9f);
}
