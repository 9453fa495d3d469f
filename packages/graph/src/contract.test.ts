// The contract lives twice: in prose (docs/graph-contract.md) and as types (types.ts,
// validate.ts). This test fails when the two drift apart.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTRACT_VERSION, EDGE_KINDS, NODE_KINDS } from './types';
import { nodeProblems } from './validate';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/graph-contract.md', import.meta.url)), 'utf8');

function tableRows(heading: string): string[][] {
  const section = doc.split(/^#{2,3} /m).find((part) => part.startsWith(heading));
  if (!section) throw new Error(`docs/graph-contract.md has no "### ${heading}" section`);
  // the section's first table
  const lines = section.split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, index) => index > first && !line.startsWith('|'));
  return lines
    .slice(first, end < 0 ? undefined : end)
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
      const problems = nodeProblems('n', { kind, [first]: 'x' });
      // every attribute the prose calls required but the node lacks is reported, except `first`
      for (const name of attributes.slice(1)) {
        if (kind === 'Document' && ['source', 'lang', 'docType', 'title', 'date', 'symbol', 'textOf'].includes(name)) continue;
        expect(problems.join('\n'), `${kind}.${name}`).toContain(`missing ${name}`);
      }
    }
  });

  it('lists the same edge kinds', () => {
    expect(tableRows('Edges').map((row) => row[0]!.replace(/`/g, ''))).toEqual([...EDGE_KINDS]);
  });
});

describe('the contract version', () => {
  it('is the one the document states', () => {
    expect(doc).toMatch(new RegExp(`This is \\*\\*version ${CONTRACT_VERSION}\\*\\* \\(\`CONTRACT_VERSION = '${CONTRACT_VERSION}'\`\\)`));
  });
});
