/**
 * The walk: which files an ingest reads, and the name each document gets.
 *
 * - The paths given are the roots. A directory given (even through a symbolic link) is walked
 *   recursively, entries in code-unit order; hidden entries, `node_modules` and READMEs are
 *   skipped. A file given is read whatever its name.
 * - Inside a root, a symbolic link to a directory is never followed (so a link loop cannot
 *   happen), and a link to a file is read once, under its real path, when that real path lies
 *   inside one of the roots; a link to a file outside every root is skipped with a warning (a
 *   corpus directory cannot pull /etc/passwd into the graph). A broken link gets a warning.
 * - Every file is identified by its real path, so a file reached twice (given twice, spelled
 *   absolute and relative, or through a link) is one document.
 * - Its name (the Document key is `doc:<name>`) does not depend on how a path was typed or
 *   where the corpus lies on a machine: nameDocuments() below.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { formatOf, SUPPORTED_EXTENSIONS } from './load';
import type { IngestIssue } from './types';

/** One file to ingest. */
export interface SourceFile {
  /** where it is read, and what messages show: the root as typed joined with the path under it (posix separators) */
  path: string;
  /** the document's name, the same on every machine and however the root was typed (nameDocuments) */
  name: string;
}

export interface FileList {
  /** files to ingest, sorted by name */
  files: SourceFile[];
  /** files not read because of their extension, or because they are READMEs */
  skipped: string[];
  issues: IngestIssue[];
  /** total size of `files` in bytes */
  bytes: number;
}

interface Candidate {
  real: string;
  /** where to read it and what to show */
  shown: string;
  /** given on the command line (not found by walking a directory) */
  explicit: boolean;
  size: number;
}

interface Root {
  real: string;
  shown: string;
}

/** Expands the command-line paths into the files to ingest (see the module comment). */
export function collectFiles(paths: string[]): FileList {
  const issues: IngestIssue[] = [];
  const skipped: string[] = [];
  const roots: Root[] = [];
  const explicitFiles: Candidate[] = [];
  const issue = (source: string, level: IngestIssue['level'], message: string): void => {
    issues.push({ source: toPosix(source), level, message });
  };

  for (const path of paths) {
    const target = statOrIssue(path, issue);
    if (!target) continue;
    const real = realpathSync(path);
    if (target.isDirectory()) {
      if (!roots.some((root) => root.real === real)) roots.push({ real, shown: path });
    } else if (target.isFile()) {
      if (!formatOf(path)) {
        issue(path, 'warning', `skipped: unsupported extension "${extname(path) || '(none)'}" (reads ${SUPPORTED_EXTENSIONS.join(', ')})`);
      } else explicitFiles.push({ real, shown: path, explicit: true, size: target.size });
    } else issue(path, 'warning', 'skipped: not a regular file or directory');
  }

  const rootReals = roots.map((root) => root.real);
  const found = new Map<string, Candidate>();
  const add = (candidate: Candidate): void => {
    const known = found.get(candidate.real);
    // given explicitly wins over found by the walk: a README given by name is read
    if (!known || (candidate.explicit && !known.explicit)) found.set(candidate.real, candidate);
  };
  for (const file of explicitFiles) add(file);

  for (const root of roots) {
    const visited = new Set<string>();
    const walk = (real: string, shown: string): void => {
      // a bind mount can make a tree loop without any link: a directory is entered once
      const id = directoryId(real);
      if (id === undefined || visited.has(id)) return;
      visited.add(id);
      let entries;
      try {
        entries = readdirSync(real, { withFileTypes: true });
      } catch (error) {
        issue(shown, 'error', `directory cannot be listed (${errorCode(error)})`);
        return;
      }
      entries.sort((a, b) => compareCodeUnits(a.name, b.name));
      // join(directory, name) for every entry, the directory normalised once
      const realPrefix = childPrefix(real);
      const shownPrefix = childPrefix(shown);
      for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const entryReal = realPrefix + entry.name;
        const entryShown = shownPrefix + entry.name;
        if (entry.isDirectory()) walk(entryReal, entryShown);
        else if (entry.isSymbolicLink()) followFileLink(entryReal, entryShown);
        else if (entry.isFile()) considerFile(entryReal, entryShown);
        else skipped.push(toPosix(entryShown));
      }
    };
    const considerFile = (real: string, shown: string, size?: number): void => {
      // a README in a directory describes the directory (data/samples/README.md credits the sources)
      if (/^readme(?:\.[a-z]+)?$/i.test(basename(real)) || !formatOf(real)) {
        skipped.push(toPosix(shown));
        return;
      }
      try {
        add({ real, shown, explicit: false, size: size ?? statSync(real).size });
      } catch (error) {
        issue(shown, 'error', `cannot be read (${errorCode(error)})`);
      }
    };
    const followFileLink = (link: string, shown: string): void => {
      let target: Stats;
      let real: string;
      try {
        target = statSync(link);
        real = realpathSync(link);
      } catch (error) {
        issue(shown, 'warning', `skipped: broken symbolic link (${errorCode(error)})`);
        return;
      }
      if (target.isDirectory()) {
        issue(shown, 'warning', 'skipped: symbolic link to a directory (never followed)');
        return;
      }
      const holder = outermostRoot(rootReals, real);
      if (holder === undefined) {
        issue(shown, 'warning', 'skipped: symbolic link to a file outside the directories given');
        return;
      }
      if (!target.isFile()) {
        skipped.push(toPosix(shown));
        return;
      }
      // read under its real path: where the target lies under the root that holds it
      const holderRoot = roots.find((candidate) => candidate.real === holder)!;
      considerFile(real, join(holderRoot.shown, relative(holder, real)), target.size);
    };
    walk(root.real, root.shown);
  }

  const candidates = [...found.values()];
  const names = nameDocuments(
    rootReals,
    candidates.map((candidate) => candidate.real),
  );
  const files = candidates
    .map((candidate) => ({ path: toPosix(candidate.shown), name: names.get(candidate.real)! }))
    .sort((a, b) => compareCodeUnits(a.name, b.name));
  return {
    files,
    skipped: skipped.sort(compareCodeUnits),
    issues,
    bytes: candidates.reduce((sum, candidate) => sum + candidate.size, 0),
  };
}

/**
 * The rule for a document's name, and so for its Document key `doc:<name>`: its path under the
 * root that holds it, prefixed by that root's directory name.
 *
 * - The root is the outermost directory given that holds the file's real path; a file given
 *   outside every directory given has its own directory as root. So `unkg ingest data/samples`,
 *   `unkg ingest /home/me/unkg/data/samples/`, `unkg ingest data/samples/a.txt` and
 *   `unkg ingest data data/samples` (for the files under samples/, named `samples/…` in the
 *   first three, `data/samples/…` in the last) agree, on any machine.
 * - Two different files that would get the same name (`a/text/x.txt` and `b/text/x.txt` given
 *   as roots `a/text` and `b/text`) take one more directory of their roots' real paths
 *   (`a/text/x.txt`, `b/text/x.txt`) until the names differ.
 *
 * Pure: works on real (absolute, canonical) paths, reads nothing. Names use `/`.
 */
export function nameDocuments(roots: string[], files: string[]): Map<string, string> {
  const rootOf = new Map<string, string>();
  for (const file of files) rootOf.set(file, outermostRoot(roots, file) ?? dirname(file));
  // how many trailing components of its real path name each root (1: its own directory name)
  const depth = new Map<string, number>();
  // each root's name at its current depth ('a/b/'), made once per root and depth
  const prefixes = new Map<string, string>();
  const prefixOf = (root: string): string => {
    const count = depth.get(root) ?? 1;
    const key = `${count}:${root}`;
    let prefix = prefixes.get(key);
    if (prefix === undefined) {
      const parts = root.split(sep).filter(Boolean);
      prefix = parts.slice(Math.max(0, parts.length - count)).map((part) => `${part}/`).join('');
      prefixes.set(key, prefix);
    }
    return prefix;
  };
  const nameOf = (file: string): string => {
    const root = rootOf.get(file)!;
    return prefixOf(root) + underRoot(root, file).split(sep).join('/');
  };
  for (;;) {
    const byName = new Map<string, string[]>();
    for (const file of files) {
      const name = nameOf(file);
      const same = byName.get(name);
      if (same) same.push(file);
      else byName.set(name, [file]);
    }
    let lengthened = false;
    for (const clash of byName.values()) {
      if (clash.length < 2) continue;
      for (const root of new Set(clash.map((file) => rootOf.get(file)!))) {
        const current = depth.get(root) ?? 1;
        if (current < root.split(sep).filter(Boolean).length) {
          depth.set(root, current + 1);
          lengthened = true;
        }
      }
    }
    if (!lengthened) return new Map(files.map((file) => [file, nameOf(file)]));
  }
}

/**
 * relative(root, path) for a path below the root (both real paths): the part after the root and
 * its separator, without path.relative's resolving of both.
 */
function underRoot(root: string, path: string): string {
  const prefix = root.endsWith(sep) ? root : root + sep;
  return path.startsWith(prefix) ? path.slice(prefix.length) : relative(root, path);
}

/**
 * What join(directory, name) puts before a directory entry's name: the directory as join
 * normalises it, and a separator. The same for every name readdir gives (never "." or "..", no
 * separator), so the directory is normalised once instead of once per entry.
 */
function childPrefix(directory: string): string {
  return join(directory, 'x').slice(0, -1);
}

/** The outermost of the roots that holds `path` (itself or below), if any. */
function outermostRoot(roots: string[], path: string): string | undefined {
  let best: string | undefined;
  for (const root of roots) {
    const inside = path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
    if (inside && (best === undefined || root.length < best.length)) best = root;
  }
  return best;
}

function statOrIssue(
  path: string,
  issue: (source: string, level: IngestIssue['level'], message: string) => void,
): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const link = (() => {
      try {
        return lstatSync(path).isSymbolicLink();
      } catch {
        return false;
      }
    })();
    issue(path, 'error', link ? `is a broken symbolic link (${errorCode(error)})` : `cannot be read (${errorCode(error)})`);
    return undefined;
  }
}

function directoryId(path: string): string | undefined {
  const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stats && `${stats.dev}:${stats.ino}`;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
