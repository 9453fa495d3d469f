/**
 * Noise robustness, across normalise, segment and entities: real Council texts (S/PRST/2009/32,
 * S/RES/2529 (2020) in English, Arabic and Chinese, S/RES/2609 (2021) in Arabic) fed as users feed
 * them — hard-wrapped at 80 columns (40 in Chinese) by a PDF-to-text tool, with page feet, form
 * feeds and running heads, with duplicated lines, with no-break spaces, soft hyphens, curly quotes
 * and CRLF — must give the MANDATES items of the clean text: same body, verb, role, paragraph
 * number and quote.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestPaths } from './pipeline';

const TEXT = fileURLToPath(new URL('../../../../shared/corpus/unsc/text/', import.meta.url));
const FILES = ['S_PRST_2009_32.en.txt', 'S_RES_2529_2020.en.txt', 'S_RES_2529_2020.ar.txt', 'S_RES_2529_2020.zh.txt', 'S_RES_2609_2021.ar.txt'];

/** Greedy word wrap at `width` columns; a line without spaces (Chinese) is cut every `width` characters. */
function wrapLine(line: string, width: number): string[] {
  if (!line.includes(' ') || /[\u4e00-\u9fff]/.test(line)) return line.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  out.push(current);
  return out;
}

const NOISE: Record<string, (text: string, name: string) => string> = {
  'hard-wrapped at 80 columns': (text, name) =>
    text
      .split('\n')
      .flatMap((line) => wrapLine(line, name.includes('.zh.') ? 40 : 80))
      .join('\n'),
  'page feet, form feeds and running heads every 9 lines': (text) => {
    const symbol = /S\/(?:RES|PRST)\/\d+(?:\/\d+)?(?: \(\d{4}\))?/.exec(text)![0];
    return text
      .split('\n')
      .map((line, index) => (index > 0 && index % 9 === 0 ? `\n21-12345 ${index / 9}/9\n\f${symbol}\n\n${line}` : line))
      .join('\n');
  },
  'every fourth line duplicated': (text) =>
    text
      .split('\n')
      .flatMap((line, index) => (index % 4 === 3 && line !== '' ? [line, line] : [line]))
      .join('\n'),
  'no-break spaces, soft hyphens, curly quotes and CRLF': (text) => {
    let quote = 0;
    return text
      .replace(/ /g, (space, at: number) => (at % 5 === 0 ? '\u00a0' : at % 7 === 0 ? '\u202f' : space))
      .replace(/\p{L}{9,}/gu, (word) => `${word.slice(0, 4)}\u00ad${word.slice(4)}`)
      .replace(/"/g, () => (quote++ % 2 === 0 ? '\u201c' : '\u201d'))
      .replace(/\n/g, '\r\n');
  },
};

const SINGLE_NOISES = Object.values(NOISE);
NOISE['with all of these noises at once'] = (text, name) => SINGLE_NOISES.reduce((noisy, noise) => noise(noisy, name), text);

const scratch = mkdtempSync(join(tmpdir(), 'unkg-noise-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The MANDATES items of the files as `name` writes them: one line each, sorted. */
async function mandates(name: string, noise: (text: string, file: string) => string): Promise<string[]> {
  const directory = join(scratch, name.replace(/\W+/g, '-'));
  mkdirSync(directory);
  for (const file of FILES) writeFileSync(join(directory, file), noise(readFileSync(join(TEXT, file), 'utf8'), file));
  const { graph } = await ingestPaths([directory], { workers: 1 });
  const items: string[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.kind !== 'MANDATES') return;
    for (const item of attributes.evidence ?? []) {
      const paragraph = graph.getNodeAttributes(item.para);
      const quote = paragraph.kind === 'Paragraph' ? paragraph.text.slice(item.start, item.end) : '';
      items.push([source, target, item.verb, item.role ?? '', item.paragraph ?? '', quote].join(' | '));
    }
  });
  return items.sort();
}

describe('MANDATES items of noisy real texts', () => {
  let clean: string[] = [];
  it('finds the clean texts\' items', async () => {
    clean = await mandates('clean', (text) => text);
    expect(clean.length).toBeGreaterThan(40);
  });
  for (const [name, noise] of Object.entries(NOISE)) {
    it(`finds the same items in the texts ${name}`, async () => {
      expect(await mandates(name, noise)).toEqual(clean);
    });
  }
});
