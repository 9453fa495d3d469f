/**
 * The packages' layering (README "Layout"): graph at the bottom, ingest and viewer on top of it, the command (cli) on top of
 * all three. A package imports only the packages below it, in its code (static and dynamic imports, re-exports, require) and
 * in its package.json; no package imports the command. Test files count too: a test reaching up ties the packages as much.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGES = fileURLToPath(new URL('../../', import.meta.url));

/** The packages (folders under packages/) each package may import. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  graph: [],
  ingest: ['graph'],
  viewer: ['graph'],
  cli: ['graph', 'ingest', 'viewer'],
};

const SOURCE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;
/** `from '…'` (imports and re-exports), `import '…'`, `import('…')`, `require('…')` */
const SPECIFIER = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]|\brequire\s*\(\s*['"]([^'"]+)['"]/g;

/** The module specifiers a source text names. */
function specifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => (match[1] ?? match[2] ?? match[3])!);
}

/** The other package a specifier of `file` (in package folder `from`) points into, or null (its own, a library, node:, data/). */
function packageOf(specifier: string, file: string, from: string, folderOfName: ReadonlyMap<string, string>): string | null {
  let folder: string | null;
  if (specifier.startsWith('.')) {
    const path = relative(PACKAGES, resolve(file, '..', specifier));
    folder = path.startsWith('..') ? null : path.split(sep)[0]!;
  } else {
    // "@unkg/graph", "@unkg/graph/export/index", "unkg"
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
    folder = folderOfName.get(name) ?? null;
  }
  return folder === from ? null : folder;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const folders = readdirSync(PACKAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const manifests = new Map(folders.map((folder) => [folder, JSON.parse(readFileSync(join(PACKAGES, folder, 'package.json'), 'utf8')) as Manifest]));
const folderOfName = new Map([...manifests].map(([folder, manifest]) => [manifest.name, folder]));

describe('packages import only the packages below them', () => {
  it('every package has its place in the layering', () => {
    expect(folders).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it.each(folders)('%s: its code imports no package above it or beside it', (folder) => {
    const files = sourceFiles(join(PACKAGES, folder));
    expect(files.length).toBeGreaterThan(0);
    const wrong = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .map((specifier) => ({ specifier, target: packageOf(specifier, file, folder, folderOfName) }))
        .filter(({ target }) => target !== null && !MAY_IMPORT[folder]!.includes(target))
        .map(({ specifier }) => `${relative(PACKAGES, file)}: ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it.each(folders)('%s: its package.json depends on no package above it or beside it', (folder) => {
    const manifest = manifests.get(folder)!;
    const named = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies });
    const wrong = named.filter((name) => folderOfName.has(name) && !MAY_IMPORT[folder]!.includes(folderOfName.get(name)!));
    expect(wrong).toEqual([]);
  });

  it('the reader sees every kind of import, and an upward one is caught', () => {
    const source = [
      "import { run } from 'unkg/commands/ingest';",
      "import type { Graph } from '@unkg/graph';",
      "export { ingest } from '@unkg/ingest/pipeline';",
      "import '../../viewer/src/styles';",
      "const viewer = await import('@unkg/viewer');",
      "const { parse } = require('graphology-gexf');",
    ].join('\n');
    const found = specifiers(source);
    expect(found).toEqual(['unkg/commands/ingest', '@unkg/graph', '@unkg/ingest/pipeline', '../../viewer/src/styles', '@unkg/viewer', 'graphology-gexf']);
    const file = join(PACKAGES, 'ingest', 'src', 'pipeline.ts');
    expect(found.map((specifier) => packageOf(specifier, file, 'ingest', folderOfName))).toEqual(['cli', 'graph', null, 'viewer', 'viewer', null]);
  });
});
