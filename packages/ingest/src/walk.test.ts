import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFiles, nameDocuments } from './walk';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unkg-walk-'));
});

/** Creates files (content = their name) and directories under `dir`. */
function tree(files: string[]): void {
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
}

const issuesOf = (listing: ReturnType<typeof collectFiles>): string[] =>
  listing.issues.map((issue) => `${issue.level} ${relative(dir, issue.source)}: ${issue.message}`);

describe('collectFiles', () => {
  it('walks directories recursively in sorted order, skips other extensions, READMEs and hidden entries', () => {
    tree(['tree/b/nested/z.xml', 'tree/b/a.html', 'tree/a.txt', 'tree/C.md', 'tree/notes.odt', 'tree/README.md', 'tree/.git/HEAD.txt']);
    const root = join(dir, 'tree');
    const listing = collectFiles([root, join(root, 'a.txt')]);
    expect(listing.files.map((file) => relative(root, file.path))).toEqual(['C.md', 'a.txt', 'b/a.html', 'b/nested/z.xml']);
    expect(listing.files.map((file) => file.name)).toEqual(['tree/C.md', 'tree/a.txt', 'tree/b/a.html', 'tree/b/nested/z.xml']);
    expect(listing.skipped.map((file) => relative(root, file))).toEqual(['README.md', 'notes.odt']);
    expect(listing.issues).toEqual([]);
    expect(listing.bytes).toBe(['tree/C.md', 'tree/a.txt', 'tree/b/a.html', 'tree/b/nested/z.xml'].join('').length);
    // the order of the arguments does not change the order of the files
    expect(collectFiles([join(root, 'b'), join(root, 'a.txt')]).files).toEqual(collectFiles([join(root, 'a.txt'), join(root, 'b')]).files);
  });

  it('names a missing path and an explicitly given file of another kind', () => {
    tree(['report.odt']);
    const listing = collectFiles([join(dir, 'nowhere'), join(dir, 'report.odt')]);
    expect(issuesOf(listing)).toEqual([
      'error nowhere: cannot be read (ENOENT)',
      'warning report.odt: skipped: unsupported extension ".odt" (reads .txt, .text, .md, .markdown, .html, .htm, .xhtml, .xml, .pdf, .docx, .doc)',
    ]);
  });

  it('never follows a directory link: a loop (up -> .., self -> .) is not walked, the good file is read once', () => {
    tree(['loop/docs/good.txt']);
    symlinkSync('..', join(dir, 'loop/docs/up'));
    symlinkSync('.', join(dir, 'loop/docs/self'));
    const listing = collectFiles([join(dir, 'loop')]);
    expect(listing.files.map((file) => file.name)).toEqual(['loop/docs/good.txt']);
    expect(issuesOf(listing)).toEqual([
      'warning loop/docs/self: skipped: symbolic link to a directory (never followed)',
      'warning loop/docs/up: skipped: symbolic link to a directory (never followed)',
    ]);
  });

  it('skips a file link that leaves the directories given, and a broken one; reads one inside once, under its real path', () => {
    tree(['corpus/good.txt', 'corpus/sub/real.txt', 'outside/secret.txt']);
    symlinkSync('/etc/passwd', join(dir, 'corpus/notes.txt'));
    symlinkSync('../outside/secret.txt', join(dir, 'corpus/secret.txt'));
    symlinkSync('missing.txt', join(dir, 'corpus/dangling.txt'));
    symlinkSync('sub/real.txt', join(dir, 'corpus/alias.txt'));
    const listing = collectFiles([join(dir, 'corpus')]);
    expect(listing.files.map((file) => [file.name, relative(dir, file.path)])).toEqual([
      ['corpus/good.txt', 'corpus/good.txt'],
      ['corpus/sub/real.txt', 'corpus/sub/real.txt'],
    ]);
    expect(issuesOf(listing)).toEqual([
      'warning corpus/dangling.txt: skipped: broken symbolic link (ENOENT)',
      'warning corpus/notes.txt: skipped: symbolic link to a file outside the directories given',
      'warning corpus/secret.txt: skipped: symbolic link to a file outside the directories given',
    ]);
    // the same link is fine when its target's directory is given too: read under the real path
    const both = collectFiles([join(dir, 'corpus'), join(dir, 'outside')]);
    expect(both.files.map((file) => file.name)).toEqual(['corpus/good.txt', 'corpus/sub/real.txt', 'outside/secret.txt']);
  });

  it('a link to a file in a hidden directory inside the root is read, under its real path', () => {
    tree(['corpus/.cache/kept.txt']);
    symlinkSync('.cache/kept.txt', join(dir, 'corpus/kept.txt'));
    expect(collectFiles([join(dir, 'corpus')]).files.map((file) => file.name)).toEqual(['corpus/.cache/kept.txt']);
  });

  it('a directory given through a link is walked (the user named it); a file given through a link is read', () => {
    tree(['real/corpus/a.txt', 'real/b.txt']);
    symlinkSync(join(dir, 'real/corpus'), join(dir, 'via'));
    symlinkSync(join(dir, 'real/b.txt'), join(dir, 'b-link.txt'));
    const listing = collectFiles([join(dir, 'via'), join(dir, 'b-link.txt')]);
    expect(listing.files.map((file) => [file.name, relative(dir, file.path)])).toEqual([
      ['corpus/a.txt', 'via/a.txt'],
      ['real/b.txt', 'b-link.txt'],
    ]);
  });

  it('a broken link given on the command line is an error naming it', () => {
    symlinkSync('missing.txt', join(dir, 'given.txt'));
    expect(issuesOf(collectFiles([join(dir, 'given.txt')]))).toEqual(['error given.txt: is a broken symbolic link (ENOENT)']);
  });

  it('the same file given twice, spelled absolute and relative, or through a directory and by name, is one file', () => {
    tree(['data/samples/a.txt', 'data/samples/b.txt']);
    const absolute = join(dir, 'data/samples');
    const fromCwd = relative(process.cwd(), absolute);
    const listing = collectFiles([absolute, fromCwd, `${absolute}/`, join(absolute, 'a.txt'), join(absolute, '..', 'samples', 'a.txt')]);
    expect(listing.files.map((file) => file.name)).toEqual(['samples/a.txt', 'samples/b.txt']);
    expect(listing.bytes).toBe('data/samples/a.txt'.length + 'data/samples/b.txt'.length);
  });

  it('names do not depend on how the root was typed', () => {
    tree(['data/samples/seeds/x.txt', 'data/samples/y.md']);
    const absolute = collectFiles([join(dir, 'data/samples')]).files.map((file) => file.name);
    const relativeNames = collectFiles([relative(process.cwd(), join(dir, 'data/samples'))]).files.map((file) => file.name);
    const dotted = collectFiles([join(dir, 'data/samples/seeds/../../samples/.')]).files.map((file) => file.name);
    expect(absolute).toEqual(['samples/seeds/x.txt', 'samples/y.md']);
    expect(relativeNames).toEqual(absolute);
    expect(dotted).toEqual(absolute);
    // the path shown is join(root as typed, path under it): normalised, whatever the spelling
    for (const typed of [join(dir, 'data/samples'), `${dir}/data//samples/./`, `${dir}/data/samples/seeds/..`, relative(process.cwd(), join(dir, 'data/samples'))]) {
      expect(collectFiles([typed]).files.map((file) => file.path)).toEqual([join(typed, 'seeds', 'x.txt'), join(typed, 'y.md')]);
    }
    // a file given on its own is named as if its directory had been given
    expect(collectFiles([join(dir, 'data/samples/y.md')]).files.map((file) => file.name)).toEqual(['samples/y.md']);
  });
});

describe('nameDocuments', () => {
  it('names a file by its path under the outermost root given, prefixed by that root directory name', () => {
    const names = nameDocuments(['/home/ana/unkg/data', '/home/ana/unkg/data/samples'], ['/home/ana/unkg/data/samples/a.txt', '/home/ana/unkg/data/b.txt']);
    expect(Object.fromEntries(names)).toEqual({
      '/home/ana/unkg/data/samples/a.txt': 'data/samples/a.txt',
      '/home/ana/unkg/data/b.txt': 'data/b.txt',
    });
  });

  it('is the same on two machines with the corpus in different places', () => {
    const one = nameDocuments(['/home/ana/corpus/unsc'], ['/home/ana/corpus/unsc/text/S_RES_2370_2017.en.txt']);
    const two = nameDocuments(['/srv/data/unsc'], ['/srv/data/unsc/text/S_RES_2370_2017.en.txt']);
    expect([...one.values()]).toEqual(['unsc/text/S_RES_2370_2017.en.txt']);
    expect([...two.values()]).toEqual([...one.values()]);
  });

  it('a file outside every root given has its own directory as root', () => {
    expect([...nameDocuments(['/corpus/en'], ['/elsewhere/notes/x.txt']).values()]).toEqual(['notes/x.txt']);
  });

  it('two files that would share a name take more of their roots’ paths until the names differ', () => {
    const names = nameDocuments(['/a/2019/text', '/b/2019/text', '/c/other'], ['/a/2019/text/x.txt', '/b/2019/text/x.txt', '/a/2019/text/y.txt', '/c/other/x.txt']);
    expect(Object.fromEntries(names)).toEqual({
      '/a/2019/text/x.txt': 'a/2019/text/x.txt',
      '/b/2019/text/x.txt': 'b/2019/text/x.txt',
      '/a/2019/text/y.txt': 'a/2019/text/y.txt',
      '/c/other/x.txt': 'other/x.txt',
    });
    // roots of the same name that hold different file names keep the short names
    expect([...nameDocuments(['/a/text', '/b/text'], ['/a/text/x.txt', '/b/text/y.txt']).values()]).toEqual(['text/x.txt', 'text/y.txt']);
  });
});
