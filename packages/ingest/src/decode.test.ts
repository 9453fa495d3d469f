import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isUtf8 } from 'node:buffer';
import { decodeText, declaredEncoding, firstInvalidUtf8Offset, UndecodableError } from './decode';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const resolution = (lang: string): string => readFileSync(`${CORPUS}unsc/text/S_RES_2505_2020.${lang}.txt`, 'utf8');

/**
 * An encoder for a legacy encoding, built by decoding every one- and two-byte sequence with
 * TextDecoder (Node has no legacy encoder). Characters it cannot encode are left out of `text`.
 */
function legacyEncoder(encoding: string): (text: string) => { text: string; bytes: Buffer } {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const tryBytes = (bytes: number[]): void => {
    try {
      const character = decoder.decode(new Uint8Array(bytes));
      if ([...character].length === 1 && character !== '\ufffd' && !table.has(character)) table.set(character, bytes);
    } catch {
      // not a whole character
    }
  };
  for (let first = 0; first < 256; first++) tryBytes([first]);
  if (encoding === 'gb18030') for (let first = 0x81; first <= 0xfe; first++) for (let second = 0x40; second <= 0xfe; second++) tryBytes([first, second]);
  return (text) => {
    const kept = [...text].filter((character) => table.has(character));
    return { text: kept.join(''), bytes: Buffer.from(kept.flatMap((character) => table.get(character)!)) };
  };
}

function problemOf(bytes: Uint8Array, format: 'text' | 'html' | 'akn' = 'text'): string {
  try {
    decodeText(bytes, format);
  } catch (error) {
    expect(error).toBeInstanceOf(UndecodableError);
    return (error as Error).message;
  }
  throw new Error('decoded without error');
}

describe('decodeText: byte-order marks', () => {
  const text = resolution('fr');

  it('UTF-16 LE and BE, the mark dropped, no warning', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeText(le, 'text')).toEqual({ text, encoding: 'utf-16le' });
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(be, 'text')).toEqual({ text, encoding: 'utf-16be' });
  });

  it('UTF-32 LE and BE (which TextDecoder lacks), astral characters included', () => {
    const withEmoji = `${text.slice(0, 500)} 😀 𠀀`;
    const codePoints = [0xfeff, ...[...withEmoji].map((character) => character.codePointAt(0)!)];
    const le = Buffer.alloc(codePoints.length * 4);
    const be = Buffer.alloc(codePoints.length * 4);
    codePoints.forEach((code, index) => {
      le.writeUInt32LE(code, index * 4);
      be.writeUInt32BE(code, index * 4);
    });
    expect(decodeText(le, 'text')).toEqual({ text: withEmoji, encoding: 'utf-32le' });
    expect(decodeText(be, 'text')).toEqual({ text: withEmoji, encoding: 'utf-32be' });
    expect(problemOf(le.subarray(0, le.length - 1))).toMatch(/UTF-32LE byte-order mark but its length/);
  });

  it('a UTF-16 mark on bytes that are not UTF-16 is an error, and so are NUL characters', () => {
    expect(problemOf(Buffer.from([0xff, 0xfe, 0x41]))).toMatch(/UTF-16LE byte-order mark but is not valid UTF-16LE/);
    expect(problemOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\0b', 'utf16le')]))).toMatch(/looks binary/);
  });
});

describe('decodeText: texts that are not UTF-8', () => {
  for (const [lang, encoding] of [
    ['fr', 'windows-1252'],
    ['es', 'windows-1252'],
    ['ru', 'windows-1251'],
    ['ru', 'koi8-r'],
    ['ar', 'windows-1256'],
    ['zh', 'gb18030'],
  ] as const) {
    it(`${lang} in ${encoding} is detected, read exactly, with a warning naming it`, () => {
      const { text, bytes } = legacyEncoder(encoding)(resolution(lang));
      expect(text.length).toBeGreaterThan(0.95 * resolution(lang).length);
      const decoded = decodeText(bytes, 'text');
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(text);
      expect(decoded.warning).toMatch(new RegExp(`^not UTF-8 \\(invalid UTF-8 at byte \\d+\\): decoded as ${encoding}, the encoding detected$`));
    });
  }

  it('a short Latin-1 French text', () => {
    const text = 'Le Conseil de sécurité, rappelant sa résolution 2370 (2017), décide de demeurer saisi de la question.';
    const decoded = decodeText(Buffer.from(text, 'latin1'), 'text');
    expect(decoded).toMatchObject({ text, encoding: 'windows-1252' });
  });

  it('HTML and XML: the encoding the file declares wins over detection', () => {
    const { bytes } = legacyEncoder('windows-1251')('<html><head><meta charset="windows-1251"><title>Резолюция</title></head><body><p>Совет</p></body></html>');
    const decoded = decodeText(bytes, 'html');
    expect(decoded.text).toContain('Резолюция');
    expect(decoded.warning).toMatch(/decoded as windows-1251, the encoding the file declares$/);
    const xml = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><akomaNtoso><p>Résolution</p></akomaNtoso>', 'latin1');
    expect(decodeText(xml, 'akn')).toMatchObject({ encoding: 'windows-1252', text: expect.stringContaining('Résolution') as unknown });
    expect(declaredEncoding(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'), 'html')).toBe('koi8-r');
    // UTF-8 declared, or a label TextDecoder does not know: nothing declared that helps
    expect(declaredEncoding(Buffer.from('<meta charset="utf-8">'), 'html')).toBeNull();
    expect(declaredEncoding(Buffer.from('<meta charset="x-unknown">'), 'html')).toBeNull();
    expect(declaredEncoding(Buffer.from('<meta charset="koi8-r">'), 'text')).toBeNull();
  });

  it('UTF-8 with a few bad bytes (cut at the end, one corrupt byte) stays UTF-8, the bad bytes as U+FFFD', () => {
    const text = resolution('fr');
    const bytes = Buffer.from(text);
    const cut = bytes.subarray(0, bytes.indexOf(Buffer.from('é')) + 1);
    const decoded = decodeText(Buffer.concat([bytes, cut.subarray(cut.length - 1)]), 'text');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(`${text}\ufffd`);
    expect(decoded.warning).toMatch(/^not valid UTF-8 \(invalid UTF-8 at byte \d+; 1 bad sequence in all\): read as UTF-8/);
  });

  it('binary data is not taken for text: NUL bytes, or mostly control characters once decoded', () => {
    expect(problemOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toMatch(/^looks binary \(contains NUL bytes\)/);
    let seed = 7;
    const noise = Buffer.from(Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 255) + 1));
    expect(problemOf(noise)).toMatch(/^looks binary \(not UTF-8, and \d+ control characters as /);
  });

  it('empty and blank files', () => {
    expect(problemOf(new Uint8Array())).toBe('is empty');
    expect(problemOf(Buffer.from(' \n\t'))).toBe('is empty (only whitespace)');
    expect(problemOf(Buffer.from([0xff, 0xfe, 0x20, 0x00]))).toBe('is empty (only whitespace)');
  });
});

describe('firstInvalidUtf8Offset', () => {
  it('agrees with the UTF-8 validator: all before it is valid, no character starts at it', () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8;
    // bytes drawn mostly from the lead and continuation ranges, where the ill-formed cases are
    const pool = [0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
    let checked = 0;
    for (let round = 0; round < 5000; round++) {
      const bytes = Buffer.from(Array.from({ length: 8 }, () => pool[random() % pool.length]!));
      if (isUtf8(bytes)) continue;
      const offset = firstInvalidUtf8Offset(bytes);
      expect(isUtf8(bytes.subarray(0, offset)), bytes.toString('hex')).toBe(true);
      for (let length = 1; length <= 4; length++) expect(isUtf8(bytes.subarray(offset, offset + length)), bytes.toString('hex')).toBe(false);
      checked++;
    }
    expect(checked).toBeGreaterThan(4000);
  });
});
