// docs/exports.md lists the colours the exports write; this fails when the palette moves and the page does not.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KIND_COLORS } from './palette';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/exports.md', import.meta.url)), 'utf8');

describe('docs/exports.md colour table', () => {
  it('gives every kind the colour of the palette', () => {
    const documented = new Map<string, string>();
    for (const [, kind, colour] of doc.matchAll(/\| ([A-Z][a-z]+|any other kind) \| `(#[0-9a-f]{6})` \|/g)) documented.set(kind === 'any other kind' ? 'Other' : kind!, colour!);
    expect(Object.fromEntries(documented)).toEqual(KIND_COLORS);
  });
});
