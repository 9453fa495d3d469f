import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlToText, LoadError, loadFile, xmlToText } from './load';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'unkg-load-'));
});

const write = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function problemOf(path: string): string {
  try {
    loadFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    return (error as Error).message;
  }
  throw new Error(`${path} loaded without error`);
}

describe('loadFile: bad files get a clear error', () => {
  it('empty and whitespace-only files', () => {
    expect(problemOf(write('empty.txt', ''))).toBe('is empty');
    expect(problemOf(write('blank.md', ' \n\n\t\n'))).toBe('is empty (only whitespace)');
  });

  it('binary files (NUL bytes)', () => {
    expect(
      problemOf(
        write('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])),
      ),
    ).toMatch(/binary/);
  });

  it('a text that is not UTF-8 is read in the encoding detected, with a warning naming it', () => {
    const doc = loadFile(write('latin1.txt', Buffer.from('Résolution 2370 (2017) du Conseil de sécurité', 'latin1')));
    expect(doc.text).toBe('Résolution 2370 (2017) du Conseil de sécurité');
    expect(doc.warnings).toEqual(['not UTF-8 (invalid UTF-8 at byte 1): decoded as windows-1252, the encoding detected']);
  });

  it('encoded surrogates, overlong forms and a cut sequence are not UTF-8: read in another encoding, with a warning', () => {
    const load = (name: string, bytes: number[]) =>
      loadFile(write(name, Buffer.concat([Buffer.from('S/RES/2370 '), Buffer.from(bytes)])));
    for (const [name, bytes] of [
      ['surrogate.txt', [0xed, 0xa0, 0x80]],
      ['overlong.txt', [0xc0, 0xaf]],
      ['cut.txt', [0xe2, 0x80]],
    ] as const) {
      const doc = load(name, [...bytes]);
      expect(doc.text.startsWith('S/RES/2370 '), name).toBe(true);
      expect(doc.warnings?.[0], name).toMatch(/^not UTF-8 \(invalid UTF-8 at byte 11\): decoded as [\w-]+, the encoding detected$/);
    }
  });

  it('truncated XML names the position and the reason', () => {
    const xml =
      '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><preamble><p>Recalling';
    expect(problemOf(write('truncated.xml', xml))).toMatch(/^is not well-formed XML \(.*\d+:\d+.*\)/);
  });

  it('a truncated copy of a real AKN file', () => {
    const path = `${CORPUS}unsc/xml/S_RES_2505_2020.en.xml`;
    const full = loadFile(path);
    expect(full.text.length).toBeGreaterThan(1000);
    const bytes = readFileSync(path);
    expect(problemOf(write('cut.xml', bytes.subarray(0, Math.floor(bytes.length / 2))))).toMatch(
      /not well-formed XML/,
    );
  });

  it('XML that is not Akoma Ntoso', () => {
    expect(problemOf(write('feed.xml', '<rss><channel><title>UN News</title></channel></rss>'))).toBe(
      'is XML but not Akoma Ntoso (root element <rss>, expected <akomaNtoso>)',
    );
  });

  it('unreadable paths', () => {
    expect(problemOf(join(dir, 'missing.txt'))).toBe('cannot be read (ENOENT)');
  });
});

describe('loadFile: formats', () => {
  it('UTF-16 with a BOM (saved by Windows editors as "Unicode")', () => {
    const text = 'Le Conseil de sécurité, rappelant sa résolution 2370 (2017),';
    const doc = loadFile(write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    expect(doc.text).toBe(text);
    expect(doc.warnings).toBeUndefined();
  });

  it('UTF-8 with a BOM', () => {
    const doc = loadFile(
      write(
        'bom.txt',
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Le Conseil de sécurité,')]),
      ),
    );
    expect(doc.text).toBe('Le Conseil de sécurité,');
    expect(doc.format).toBe('text');
  });

  it('decodes every script of the corpus exactly, and drops only the first of two BOMs (as TextDecoder)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const lang of ['en', 'fr', 'es', 'ru', 'ar', 'zh']) {
      const bytes = readFileSync(`${CORPUS}unsc/text/S_RES_2505_2020.${lang}.txt`);
      expect(loadFile(write(`2505.${lang}.txt`, bytes)).text).toBe(strict.decode(bytes));
    }
    const twice = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from('Texte 😀')]);
    expect(loadFile(write('two-boms.txt', twice)).text).toBe('\ufeffTexte 😀');
  });

  it('HTML: visible text by blocks, declared title and language, scripts dropped', () => {
    const { text, declared } = htmlToText(
      '<!doctype html><html lang="fr-FR"><head><title>Résolution 2370 (2017)</title><style>p{}</style></head>' +
        '<body><h1>Résolution 2370 (2017)</h1><p>Le Conseil de <b>sécurité</b>,</p><script>var x = 1;</script>' +
        '<p>Rappelant ses résolutions 1267&nbsp;(1999)</p><ul><li>un</li><li>deux</li></ul></body></html>',
    );
    expect(text).toBe(
      'Résolution 2370 (2017)\nLe Conseil de sécurité,\nRappelant ses résolutions 1267\u00a0(1999)\nun\ndeux',
    );
    expect(declared).toEqual({ lang: 'fr', title: 'Résolution 2370 (2017)' });
  });

  it('AKN: cover, preamble and numbered paragraphs laid out like the UN text, FRBR metadata declared', () => {
    const doc = loadFile(`${CORPUS}unsc/xml/S_RES_2505_2020.fr.xml`);
    expect(doc.format).toBe('akn');
    expect(doc.declared).toMatchObject({
      lang: 'fr',
      date: '2020-01-13',
      symbol: 'S/RES/2505 (2020)',
      docType: 'resolution',
      meeting: 8701,
    });
    const lines = doc.text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Nations Unies', 'S/RES/2505 (2020)']);
    expect(lines).toContain('Le Conseil de sécurité,');
    expect(lines.some((line) => line.startsWith('1. Décide de proroger'))).toBe(true);
    expect(lines.some((line) => line.startsWith('a) '))).toBe(true);
    // the metadata (keywords, FRBR URIs) never reach the visible text
    expect(doc.text).not.toMatch(/akn\/un|eurovoc|sdg_/);
  });

  it.each([
    ['ara', 'ar'],
    ['zho', 'zh'],
    ['rus', 'ru'],
    ['spa', 'es'],
  ])('FRBRlanguage %s → %s', (code, lang) => {
    const xml = `<akomaNtoso><statement name="resolution"><meta><identification><FRBRExpression><FRBRlanguage language="${code}"/></FRBRExpression></identification></meta><mainBody><p>x</p></mainBody></statement></akomaNtoso>`;
    expect(xmlToText('x.xml', xml).declared.lang).toBe(lang);
  });

  it('AKN footnotes stay inline where their marker stands, as in the UN text: they hold citations', () => {
    const doc = loadFile(`${CORPUS}unsc/xml/S_RES_2558_2020.en.xml`);
    const line =
      'Welcoming the presentation of the report of the Secretary-General on peacebuilding and sustaining peace, A/74/976-S/2020/773. and the valuable inputs';
    expect(doc.text).toContain(line);
    expect(readFileSync(`${CORPUS}unsc/text/S_RES_2558_2020.en.txt`, 'utf8')).toContain(line);
  });

  it('AKN presidential statement: declared as a statement, placeholder dates ignored', () => {
    const doc = loadFile(`${CORPUS}unsc/xml/S_PRST_2005_10.en.xml`);
    expect(doc.declared.docType).toBe('statement');
    expect(doc.declared.symbol).toBe('S/PRST/2005/10');
  });

  it('a 50 MB text file loads', () => {
    const paragraph =
      'Rappelant ses résolutions 1267 (1999), 1373 (2001) et 2368 (2017), « Réaffirmant » l’engagement.\n';
    const big = write(
      'big.txt',
      paragraph.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(paragraph))),
    );
    const doc = loadFile(big);
    expect(doc.bytes).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(doc.text.startsWith('Rappelant')).toBe(true);
  });
});

describe('loadFile: decoding', () => {
  it('reads ASCII, Latin-1 and other UTF-8 texts exactly as TextDecoder does', () => {
    for (const [name, content] of [
      ['ascii.txt', 'Recalling its resolution 1373 (2001),\n1. Decides'],
      ['latin.txt', 'Réaffirmant sa résolution 1373 (2001) – ¿qué?'],
      ['wide.txt', 'Совет Безопасности, ссылаясь на резолюцию 1373 (2001) — 第1373(2001)号决议 😀'],
    ]) {
      const bytes = new TextEncoder().encode(content);
      expect(loadFile(write(name!, bytes)).text, name).toBe(
        new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      );
    }
  });
});

describe('xmlToText: nesting', () => {
  it('400,000 nested AKN elements take about the time of 400,000 flat ones, and the text is read', () => {
    const depth = 400_000;
    const wrap = (inner: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?><akomaNtoso><statement name="presidentialStatement"><mainBody>${inner}</mainBody></statement></akomaNtoso>`;
    const body = '<p>The Security Council recalls resolution 1373 (2001).</p>';
    const time = (xml: string): { ms: number; text: string } => {
      const started = performance.now();
      const { text } = xmlToText('deep.xml', xml);
      return { ms: performance.now() - started, text };
    };
    const flatXml = wrap(`${'<container></container>'.repeat(depth)}${body}`);
    time(flatXml); // warm up
    const flat = time(flatXml);
    const nested = time(wrap(`${'<container>'.repeat(depth)}${body}${'</container>'.repeat(depth)}`));
    expect(nested.text).toBe('The Security Council recalls resolution 1373 (2001).');
    expect(flat.text).toBe(nested.text);
    // a generous bound (shared CI cores): a parser quadratic in depth takes over 100 times longer
    expect(nested.ms).toBeLessThan(10 * flat.ms + 500);
  });
});
