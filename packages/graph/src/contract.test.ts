// The contract lives twice: in prose (docs/graph-contract.md) and as types (types.ts,
// validate.ts). This test fails when the two drift apart.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS } from './types';
import { validateGraph } from './validate';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/graph-contract.md', import.meta.url)), 'utf8');

function tableRows(heading: string): string[][] {
  const section = doc.split(/^## /m).find((part) => part.startsWith(heading));
  if (!section) throw new Error(`docs/graph-contract.md has no "## ${heading}" section`);
  return section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

/** Drops parenthesised examples such as (`SC`, `GA`, …), innermost first. */
function withoutParentheses(text: string): string {
  let previous = '';
  while (previous !== text) [previous, text] = [text, text.replace(/\([^()]*\)/g, '')];
  return text;
}

describe('docs/graph-contract.md and the code agree', () => {
  it('lists the same node kinds, with the required attributes validate.ts checks', () => {
    const rows = tableRows('Nodes');
    expect(rows.map((row) => row[0]!.replace(/`/g, ''))).toEqual([...NODE_KINDS]);
    for (const [kindCell, , required] of rows) {
      const kind = kindCell!.replace(/`/g, '');
      const attributes = [...new Set([...withoutParentheses(required!).matchAll(/`(\w+)`/g)].map((match) => match[1]!))];
      const first = attributes[0]!;
      const node = { key: 'n', attributes: { kind, [first]: 'x' } };
      const problems = validateGraph({ options: { type: 'directed', multi: false, allowSelfLoops: false }, attributes: {}, nodes: [node as never], edges: [] });
      // every attribute the prose calls required but the node lacks is reported, except `first`
      for (const name of attributes.slice(1)) {
        if (kind === 'Document' && ['source', 'lang', 'docType', 'title', 'date', 'symbol'].includes(name)) continue;
        expect(problems.join('\n'), `${kind}.${name}`).toContain(`missing ${name}`);
      }
    }
  });

  it('lists the same edge kinds', () => {
    expect(tableRows('Edges').map((row) => row[0]!.replace(/`/g, ''))).toEqual([...EDGE_KINDS]);
  });
});
