import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownString, ownStrings } from './own-string';
import { SentNodes } from './pipeline';

/** V8's full collector, as a function (the flag is read when a context is made). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** The heap used after a full collection. */
function heapUsed(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A document of about 32 MB (one byte a character) with a State's name at character 1,000. */
function largeText(): string {
  return `${'x'.repeat(1000)}the Somali authorities ${'y'.repeat(32e6)}`;
}

const NAME = 'the Somali authorities';

describe('ownString', () => {
  it('keeps none of the text a name was cut from (a plain slice keeps all of it)', () => {
    const gc = collector();
    const base = heapUsed(gc);
    const cut = (own: boolean): string => {
      const slice = largeText().slice(1000, 1000 + NAME.length);
      return own ? ownString(slice) : slice;
    };
    // the reason for ownString: V8's slice of 22 characters holds the whole 32 MB text
    const slice = [cut(false)];
    expect(heapUsed(gc) - base).toBeGreaterThan(30e6);
    expect(slice[0]).toBe(NAME);
    slice.length = 0;
    const own = [cut(true)];
    expect(heapUsed(gc) - base).toBeLessThan(4e6);
    expect(own[0]).toBe(NAME);
  });

  it('gives the same characters for short, long, two-byte and empty strings', () => {
    for (const text of ['', 'UN', 'Совет Безопасности', 'مجلس الأمن التابع للأمم المتحدة', '安全理事会第2370(2017)号决议', 'a'.repeat(5000)]) {
      expect(ownString(text)).toBe(text);
      expect(ownString(text.slice(1))).toBe(text.slice(1));
    }
  });
});

describe('ownStrings', () => {
  it('copies the strings and the lists of strings, keeps the other values and the order of the attributes', () => {
    const attributes = { kind: 'Body', label: 'Panel of Experts on Somalia', aliases: ['PoE', 'Panel of Experts'], year: 2021, date: null, primary: true };
    const copy = ownStrings(attributes);
    expect(copy).toEqual(attributes);
    expect(copy).not.toBe(attributes);
    expect(copy.aliases).not.toBe(attributes.aliases);
    expect(Object.keys(copy)).toEqual(Object.keys(attributes));
  });
});

describe('SentNodes', () => {
  it('remembers what it sent without keeping the text of the file the attributes were read from', () => {
    const gc = collector();
    const sent = new SentNodes();
    const base = heapUsed(gc);
    const send = (): string | null => {
      const text = largeText();
      return sent.json(true, 'body:Somali authorities', { kind: 'Body', label: text.slice(1000, 1000 + NAME.length), aliases: [text.slice(1004, 1022)] });
    };
    expect(send()).not.toBeNull();
    expect(heapUsed(gc) - base).toBeLessThan(4e6);
    // and still skips the same attributes sent again
    expect(sent.json(true, 'body:Somali authorities', { kind: 'Body', label: NAME, aliases: ['Somali authorities'] })).toBeNull();
  });
});
