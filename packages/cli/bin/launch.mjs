// Starting the CLI from its TypeScript sources through tsx costs about a CPU-second before any
// work (tsx's loader, then transforming and resolving some hundred modules): half the time of an
// ingest of 18 MB. So the command runs from one prebuilt JavaScript file instead: esbuild bundles
// the CLI (about 0.4 s) into packages/cli/.cache/ the first time, and again whenever a source
// file, a package.json or the installed dependencies are newer than the bundle; it starts in about
// 0.15 s. Modules keep their own import.meta.url (data files and the viewer are found from their
// sources), and the packages a bundle cannot hold (vite, esbuild, which run binaries or build at
// run time) are imported from where the sources import them. Any failure to build falls back to
// the sources through tsx; UNKG_FROM_SOURCES=1 forces that route.
// The bundle is one CommonJS script compiled through vm.Script with V8's code cache (loadBundle):
// a command runs its functions' bytecode from the cache instead of parsing and compiling them.
// What the CLI imports dynamically (the PDF and Word readers, Neo4j, the exporters) is in the
// script but not evaluated unless a command imports it. Each build goes to a directory of its
// own, named by the small pointer file `unkg.mjs` that is replaced atomically, so a process that
// started from an older build still finds its script.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const CLI = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(CLI, '..', '..');
const CACHE = join(CLI, '.cache');
/** the pointer: names the current build's directory */
const BUNDLE = join(CACHE, 'unkg.mjs');
/** bumped when the way the bundle is built changes */
const BUNDLE_FORMAT = 5;
/** the bundle in a build's directory */
const SCRIPT = 'unkg.cjs';
/** builds older than this, other than the current one, are removed (a run may still load chunks from its own) */
const STALE_BUILD_MS = 24 * 3600 * 1000;

/** The newest modification time of what the bundle is made of. */
function newestSource() {
  let newest = statSync(fileURLToPath(import.meta.url)).mtimeMs;
  const visit = (directory, pattern = /\.[cm]?[jt]s$/) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) visit(path, pattern);
      else if (pattern.test(entry.name) && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  // the word lists the sources import (data/verbs/*.json, …) are inside the bundle: an edited list rebuilds it
  const data = join(ROOT, 'data');
  if (existsSync(data)) visit(data, /\.json$/);
  for (const name of readdirSync(join(ROOT, 'packages'))) {
    const source = join(ROOT, 'packages', name, 'src');
    if (existsSync(source)) visit(source);
    const manifest = join(ROOT, 'packages', name, 'package.json');
    if (existsSync(manifest)) newest = Math.max(newest, statSync(manifest).mtimeMs);
  }
  for (const installed of ['pnpm-lock.yaml', 'node_modules/.modules.yaml']) {
    const path = join(ROOT, installed);
    if (existsSync(path)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (!existsSync(BUNDLE)) return false;
  const head = readFileSync(BUNDLE, { encoding: 'utf8' });
  return head.startsWith(`// unkg bundle ${BUNDLE_FORMAT}`) && statSync(BUNDLE).mtimeMs >= newestSource();
}

/**
 * Packages that stay outside the bundle, imported from the file that imports them: vite and esbuild
 * run binaries or build at run time; the PDF and Word readers (as in the worker bundle,
 * worker-bundle.ts) require their optional dependencies from their own directory (pdf.js loads
 * @napi-rs/canvas for DOMMatrix), which a bundle's require, made for packages/cli, cannot reach.
 */
const OUTSIDE = /^(vite|esbuild|fsevents|lightningcss|pdfjs-dist|mammoth|jszip|word-extractor)(\/|$)/;

/**
 * `import.meta.url` in code replaced by the module's URL; left alone inside a string on its line
 * (worker-bundle.ts writes it into the worker bundle's banner, where it must stay as it is).
 */
export function withOwnUrl(source, url) {
  return source
    .split('\n')
    .map((line) =>
      line.replace(/\bimport\.meta\.url\b/g, (match, offset) => {
        let quote = null;
        for (let index = 0; index < offset; index++) {
          const char = line[index];
          if (char === '\\') index++;
          else if (quote === null && (char === "'" || char === '"' || char === '`')) quote = char;
          else if (char === quote) quote = null;
          else if (quote === null && char === '/' && line[index + 1] === '/') return match;
        }
        return quote === null ? JSON.stringify(url) : match;
      }),
    )
    .join('\n');
}

async function buildBundle() {
  const { build } = await import('esbuild');
  const { readFile } = await import('node:fs/promises');
  /** Replaces `import.meta.url` in each source module by that module's own URL. */
  const ownImportMetaUrl = {
    name: 'own-import-meta-url',
    setup(builder) {
      builder.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url') || args.path.includes(`${join('node_modules', '')}`)) return undefined;
        return { contents: withOwnUrl(source, pathToFileURL(args.path).href), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
  /** vite and esbuild: external, by the absolute path they resolve to from their importer. */
  const dynamicallyImported = new Set();
  const outside = {
    name: 'outside-by-path',
    setup(builder) {
      builder.onResolve({ filter: OUTSIDE }, async (args) => {
        if (args.pluginData?.outside) return undefined;
        const found = await builder.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { outside: true } });
        if (found.errors.length > 0) return { errors: found.errors };
        if (args.kind === 'dynamic-import') dynamicallyImported.add(found.path);
        // a path, not a URL: the CommonJS bundle require()s the packages it imports statically
        return { path: found.path, external: true };
      });
    },
  };
  const name = `build-${Date.now()}-${process.pid}`;
  const directory = join(CACHE, name);
  mkdirSync(CACHE, { recursive: true });
  try {
    const built = await build({
      stdin: { contents: "export { runCli } from './src/cli.ts';", resolveDir: CLI, sourcefile: 'unkg-entry.ts', loader: 'ts' },
      outfile: join(directory, SCRIPT),
      write: false,
      bundle: true,
      platform: 'node',
      // one CommonJS script, which vm.Script compiles with V8's code cache (loadBundle); the
      // commands' modules imported dynamically stay unevaluated until a command imports them
      format: 'cjs',
      target: 'node20',
      // esbuild's table for Node lacks some Unicode property names, so for a node target it turns
      // every regex literal with a `\p{…}` outside a class into `new RegExp(…)`: a construction
      // (cache lookup, and after a GC a new parse with ICU building the set) each time the line
      // runs, 50,000 times in an ingest of unsc/text. Node 20 knows every name the sources use.
      supported: { 'regexp-unicode-property-escapes': true },
      logLevel: 'silent',
      plugins: [ownImportMetaUrl, outside],
      // the sources are ES modules: strict code
      banner: { js: '"use strict";' },
    });
    // a script compiled from V8's code cache has lost vm's dynamic import callback (Node 20): the
    // packages outside the bundle are imported through launch.mjs's own import() (loadBundle)
    let code = built.outputFiles[0].text;
    for (const path of dynamicallyImported) code = code.replaceAll(`import(${JSON.stringify(path)})`, `__unkgImport(${JSON.stringify(path)})`);
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, SCRIPT), code);
    const temporary = `${BUNDLE}.${process.pid}.tmp`;
    writeFileSync(temporary, `// unkg bundle ${BUNDLE_FORMAT}\n${name}\n`);
    renameSync(temporary, BUNDLE);
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  removeStaleBuilds(name);
}

/** Earlier builds, once no run can still be using them. */
function removeStaleBuilds(current) {
  for (const entry of readdirSync(CACHE)) {
    if (!entry.startsWith('build-') || entry === current) continue;
    const path = join(CACHE, entry);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_BUILD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // another process removed it first
    }
  }
}

/**
 * V8 lets the heap grow to several times what is live before collecting, so over a long run the
 * resident memory of a process whose live data stay flat (an ingest of any size) keeps drifting
 * up: with the heap grown by half at most past what survived the last collection, ten copies of
 * the corpus peak where four do (354 and 343 MB, against 412 and 348 MB), for the same CPU.
 */
function boundHeapGrowth() {
  if (!process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) v8.setFlagsFromString('--heap-growing-percent=50');
}

/**
 * A command runs for seconds, once: V8's default tiering (TurboFan after a small budget of
 * interpreted work) compiled some 440 functions in an ingest of the dev corpus, many of them
 * again after deoptimising, and that compiling was a third of the instructions of a run. With
 * four times the budget a function is optimised only once it has run longer and its type
 * feedback has settled: an ingest of unsc/text pinned to one core took 12 % less CPU (median
 * 5.8 against 6.6 user-s over six interleaved rounds), graph.json byte for byte the same.
 * V8's flags are the process's, so the ingest's workers tier the same way.
 */
function tierUpLater() {
  if (!process.execArgv.some((arg) => arg.startsWith('--interrupt-budget'))) v8.setFlagsFromString('--interrupt-budget=528000');
}

/**
 * TurboFan inlines callees into a function it optimises, each of up to 460 bytes of bytecode and
 * up to 920 in all; in a run of seconds, compiling those larger graphs costs more than the inlined
 * calls save. With half of each (230 a callee, 460 in all), an ingest of unsc/text on one thread
 * ran 1.9 % fewer instructions (cachegrind: TurboFan 3.28 → 2.87 G, the optimised code itself
 * 6.40 → 6.41 G), graph.json byte for byte the same. A quarter of the total (230) began to slow the
 * optimised code (+1 %), a loss on corpora ten times larger: these budgets leave it as fast.
 */
function inlineLess() {
  // unless the command line sets one (its whole name: one is the other's prefix)
  const set = (flag) => {
    const name = flag.slice(0, flag.indexOf('=') + 1);
    if (!process.execArgv.some((arg) => arg.startsWith(name))) v8.setFlagsFromString(flag);
  };
  set('--max-inlined-bytecode-size-cumulative=460');
  set('--max-inlined-bytecode-size=230');
}

/**
 * TurboFan peels the first iteration off every loop it optimises (a copy of the loop's body, so
 * that checks hoisted out of the loop run once): the largest graphs again. Without it the same
 * ingest ran 2.0 % fewer instructions (TurboFan 2.87 → 2.34 G) for optimised code 1.3 % slower
 * (6.31 → 6.39 G): a gain up to corpora about seven times the dev corpus, and at most some 0.4 %
 * of the time beyond (the optimised code being under a third of it). The command line may say
 * --turbo-loop-peeling.
 */
function peelNoLoops() {
  if (!process.execArgv.some((arg) => /^--(no-)?turbo[-_]loop[-_]peeling$/.test(arg))) v8.setFlagsFromString('--no-turbo-loop-peeling');
}

/**
 * The bundle's exports. V8 parses and compiles a script of 2.8 MB, and each function again when
 * it first runs: some 0.5 G instructions of every command, a sixth of an ingest of one small file.
 * So the bundle is compiled with V8's code cache of it (its functions' bytecode), written beside it
 * at the end of the first run that had none or whose cache V8 refused (another V8 or other flags),
 * with every function that run compiled: one cache per command (`unkg.cjs.ingest.code`, …), as
 * each compiles other functions. Written to a temporary name and renamed; a cache that cannot be
 * written only means compiling next time too. The cache of one small file's ingest: an ingest of
 * one small file 3.07 -> 2.76 G instructions (cachegrind, one thread).
 */
function loadBundle(directory, command) {
  const path = join(directory, SCRIPT);
  const cachePath = join(directory, `${SCRIPT}.${/^[a-z][a-z-]{0,30}$/.test(command ?? '') ? command : 'other'}.code`);
  const source = readFileSync(path, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __unkgImport) {${source}\n})`, {
    filename: path,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => {
      const temporary = `${cachePath}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cachePath);
      } catch {
        rmSync(temporary, { force: true });
      }
    });
  }
  const module = { exports: {} };
  // the bundled CommonJS packages require Node's built-ins as from the CLI's sources
  const require = createRequire(pathToFileURL(join(CLI, 'src', 'cli.ts')).href);
  script.runInThisContext()(module.exports, require, module, path, dirname(path), importOutside);
  return module.exports;
}

/** The bundle's import() of a package outside it (an absolute path). */
function importOutside(path) {
  return import(pathToFileURL(path).href);
}

/**
 * V8 runs a regular expression's first match in its interpreter (bytecode compiled for it) and
 * compiles it to machine code from the second: two compilations, each parsing the pattern again
 * (ICU building a set for each \p{…} class), for every expression used more than once, which in
 * an ingest is nearly all (580 of the 1,490 compilations of an ingest of unsc/text were bytecode).
 * Compiled to machine code at once, that ingest ran 2.5 % fewer instructions (cachegrind, one
 * thread: 26.27 -> 25.62 G), graph.json byte for byte the same; an ingest of one small file 1.8 %
 * fewer (3.34 -> 3.28 G). The command line may say --regexp-tier-up.
 */
function regexpsNative() {
  if (!process.execArgv.some((arg) => /^--(no-)?regexp[-_]tier[-_]up$/.test(arg))) v8.setFlagsFromString('--no-regexp-tier-up');
}

/** The CLI's runCli, from the bundle (built when stale) or, failing that, from the sources. */
export async function loadCli(command) {
  boundHeapGrowth();
  regexpsNative();
  tierUpLater();
  inlineLess();
  peelNoLoops();
  if (!process.env.UNKG_FROM_SOURCES) {
    try {
      if (!bundleIsFresh()) await buildBundle();
      const name = readFileSync(BUNDLE, 'utf8').split('\n')[1];
      return loadBundle(join(CACHE, name), command).runCli;
    } catch (error) {
      if (process.env.UNKG_DEBUG) process.stderr.write(`unkg: running from the sources (bundle: ${error.message})\n`);
    }
  }
  // tsx reads the repository's own tsconfig.json, never one in the caller's directory (whose
  // `paths` would otherwise redirect the CLI's own imports)
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: join(ROOT, 'tsconfig.json') });
  return (await import(pathToFileURL(join(CLI, 'src', 'cli.ts')).href)).runCli;
}


