/**
 * The worker's code as one prebuilt JavaScript file. Loading the TypeScript sources through tsx
 * costs each worker thread about 0.7 CPU-seconds before its first file (tsx transforms and
 * resolves ~60 modules per thread); the bundle, built once per run with esbuild (~0.3 s), starts
 * a worker in about 0.2. Every module keeps its own `import.meta.url` (inlined at build time), so
 * data files found relative to a module (data/entities, the i18n-iso-countries locales) resolve
 * as they do unbundled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build, type Plugin } from 'esbuild';

const WORKER_SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** Replaces `import.meta.url` in each source module by that module's own URL. */
const ownImportMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return {
        contents: source.replaceAll('import.meta.url', url),
        loader: args.path.endsWith('.ts') ? 'ts' : 'js',
      };
    });
  },
};

/**
 * Workers never build bundles, and this module pulls in esbuild, which cannot be bundled (it
 * drives its own binary): inside the bundle, this module is a stub.
 */
const withoutBundler: Plugin = {
  name: 'without-bundler',
  setup(builder) {
    builder.onResolve({ filter: /\/worker-bundle$/ }, (args) => ({
      path: args.path,
      namespace: 'unkg-stub',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'unkg-stub' }, () => ({
      contents: 'export function buildWorkerBundle() { throw new Error("no bundling inside a worker"); }',
      loader: 'js',
    }));
  },
};

/**
 * The PDF and Word readers stay outside the bundle and are imported from their installed files:
 * pdf.js finds its own worker module relative to itself, and none of them is needed by a run
 * without such files.
 */
const EXTERNAL_PACKAGES = /^(?:pdfjs-dist|mammoth|jszip|word-extractor)(?:\/|$)/;
const requireHere = createRequire(import.meta.url);
const installedReaders: Plugin = {
  name: 'installed-readers',
  setup(builder) {
    builder.onResolve({ filter: EXTERNAL_PACKAGES }, (args) => ({
      path: pathToFileURL(requireHere.resolve(args.path)).href,
      external: true,
    }));
  },
};

export interface WorkerBundle {
  url: URL;
  /** deletes the bundle's temporary directory */
  dispose(): void;
}

/** Bundles worker.ts and everything it imports into a temporary .mjs file. */
export async function buildWorkerBundle(): Promise<WorkerBundle> {
  const directory = mkdtempSync(join(tmpdir(), 'unkg-worker-'));
  const outfile = join(directory, 'worker.mjs');
  try {
    await build({
      entryPoints: [WORKER_SOURCE],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // keep `/\p{Lu}/u` a literal (see launch.mjs)
      supported: { 'regexp-unicode-property-escapes': true },
      logLevel: 'silent',
      plugins: [withoutBundler, installedReaders, ownImportMetaUrl],
      // CommonJS dependencies bundled into ESM still call require() for Node built-ins
      banner: {
        js: "import { createRequire as __unkgRequire } from 'node:module'; const require = __unkgRequire(import.meta.url);",
      },
    });
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  return { url: pathToFileURL(outfile), dispose: () => rmSync(directory, { recursive: true, force: true }) };
}
