/**
 * Starts and stops the local Neo4j Community server (tools/neo4j-server, a Java launcher built
 * with Maven) from Node: for the neo4j tests, the benchmark and `pnpm neo4j:start`. The build
 * (`mvn -q package`) runs once and is cached until the launcher's sources change.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SchemaItem } from './schema';

export const SERVER_TOOL_DIR = fileURLToPath(new URL('../../../../tools/neo4j-server/', import.meta.url));
const LAUNCHER_CLASS = 'org.unkg.neo4j.Launcher';
const LAUNCHER_SOURCES = ['pom.xml', 'src/main/java/org/unkg/neo4j/Launcher.java', 'src/main/java/org/unkg/neo4j/BulkImport.java', 'src/main/java/org/unkg/neo4j/UnsignedJars.java'];

/** Java or Maven is missing: callers fail in CI and may skip locally. */
export class MissingToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingToolError';
  }
}

export interface ServerOptions {
  /** password for user neo4j (at least 8 characters); passed through the environment only */
  password: string;
  /** Bolt port; 0 (default) picks a free one */
  port?: number;
  /** data directory kept between runs; default: a temporary one deleted on stop */
  home?: string;
  /** JVM heap maximum, e.g. "768m" */
  heap?: string;
  /** page cache size, e.g. "256m" */
  pagecache?: string;
  /**
   * 'quick' compiles with the JVM's first-tier compiler only: faster start and first queries,
   * slower steady state. Right for short test runs; the benchmark keeps the default 'full'.
   */
  jit?: 'quick' | 'full';
  /** stop the server when this Node process exits (default true) */
  stopWithParent?: boolean;
  /** receives the server's own output lines (logs) */
  onOutput?: (line: string) => void;
  /** give up waiting for the ready line after this many ms (default 180 s) */
  startTimeoutMs?: number;
}

export interface RunningServer {
  uri: string;
  user: string;
  password: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Throws MissingToolError naming what to install when `command` is not on PATH. */
export function requireCommand(command: 'java' | 'mvn', hint: string): void {
  const probe = spawnSync(command, ['-version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new MissingToolError(
      `${command} is not available (${probe.error?.message ?? `exit ${probe.status}`}): ${hint}`,
    );
  }
}

/** Builds the launcher with Maven unless target/ is newer than its sources; returns the java classpath. */
export function buildServer(toolDir = SERVER_TOOL_DIR): string {
  const classpathFile = join(toolDir, 'target', 'classpath.txt');
  const classes = join(toolDir, 'target', 'classes');
  const builtAt = existsSync(classpathFile) ? statSync(classpathFile).mtimeMs : 0;
  const stale = LAUNCHER_SOURCES.some((source) => statSync(join(toolDir, source)).mtimeMs > builtAt);
  const missingJars = builtAt > 0 && readClasspath(classpathFile).some((jar) => !existsSync(jar));
  if (stale || missingJars) {
    requireCommand('mvn', 'install Maven 3 (Debian: apt-get install maven) to build the local Neo4j server');
    const build = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: toolDir, encoding: 'utf8' });
    if (build.status !== 0) {
      throw new Error(
        `building tools/neo4j-server with Maven failed (exit ${build.status}):\n${build.stdout}${build.stderr}`,
      );
    }
    // Maven leaves classpath.txt alone when its content is unchanged, so after a change to a
    // source it stayed older than the source and every call built again (~20 s of Maven on
    // each bulk load and server start): mark the build as done
    const now = new Date();
    utimesSync(classpathFile, now, now);
  }
  return [classes, ...readClasspath(classpathFile)].join(':');
}

function readClasspath(file: string): string[] {
  return readFileSync(file, 'utf8').trim().split(':').filter(Boolean);
}

/**
 * Runs `neo4j-admin <args>` (Neo4j's AdminTool, from the same Maven artifacts as the server) on
 * the store under `home`; NEO4J_HOME and NEO4J_CONF tell it where that store lives. Used by the
 * CSV import test and the benchmark's bulk-import figure.
 */
export function runNeo4jAdmin(home: string, args: string[]): { status: number | null; output: string } {
  requireCommand(
    'java',
    'install a Java 17+ runtime (Debian: apt-get install openjdk-17-jdk-headless) to run neo4j-admin',
  );
  mkdirSync(join(home, 'conf'), { recursive: true });
  const run = spawnSync(
    'java',
    [
      '-Xmx512m',
      '-XX:+UseSerialGC',
      '-Dfile.encoding=UTF-8',
      '-cp',
      buildServer(),
      'org.neo4j.cli.AdminTool',
      ...args,
    ],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

export interface BulkImportResult {
  status: number | null;
  output: string;
  /** seconds neo4j-admin took, and the schema after it (from the tool's own clock) */
  importSeconds?: number;
  schemaSeconds?: number;
  /** seconds from the JVM's start to its waiting for the arguments, and CPU-seconds of the JVM at each step */
  startSeconds?: number;
  cpuSeconds?: { waiting?: number; imported?: number; schema?: number };
}

/**
 * `neo4j-admin database import full` into the store under `home`, then the key constraints and
 * indexes of `schema` created on that store, in one JVM (tools/neo4j-server's BulkImport: Neo4j's
 * AdminTool, then the embedded Neo4j without Bolt, the schema through its Java API). The store
 * must not be in use.
 *
 * The JVM starts first and `prepare` runs meanwhile (it writes the CSV files and returns
 * neo4j-admin's arguments): the JVM's start and neo4j-admin's set-up (a second or two of one core)
 * overlap the CSV on the other core, and the arguments go to the waiting JVM on its standard
 * input. When `prepare` throws, the JVM is told to stop (its input closed) and the error is
 * thrown once it has.
 *
 * The JVM maps a class-data-sharing archive of the classes the route loads
 * (target/bulk-import.jsa, written by the first run after each build with
 * -XX:ArchiveClassesAtExit): loading and verifying Neo4j's classes is a large share of a route
 * that runs for seconds (one third fewer CPU-seconds with the archive on the dev corpus). CDS
 * takes jars only, so this JVM runs the launcher's jar rather than target/classes, and unsigned
 * copies of the signed jars (bulkClasspath). A missing or stale archive is simply not used
 * (-Xshare:auto, the default).
 */
export async function runBulkImport(options: {
  home: string;
  database: string;
  schema: readonly SchemaItem[];
  prepare: () => string[];
  heap?: string;
  pagecache?: string;
}): Promise<BulkImportResult> {
  requireCommand('java', 'install a Java 17+ runtime (Debian: apt-get install openjdk-17-jdk-headless) to run neo4j-admin');
  mkdirSync(join(options.home, 'conf'), { recursive: true });
  const classpath = bulkClasspath();
  const archive = classDataArchive(classpath);
  const child = spawn(
    'java',
    [
      // C1 only: a JVM that runs for seconds spends more on C2 compilation than it gains (12 vs 16-26 CPU-s for the corpus's import)
      // and the heap at its maximum from the start: grown from 128 MiB, its young generation stayed
      // small for most of the import, and the 90 collections of a small young generation cost
      // 2-3 of the JVM's 13-15 CPU-s on the dev corpus (young generation ≥ 320 MiB: 58 collections)
      ...jvmArguments(options.heap ?? '1g', 'quick', options.heap ?? '1g'),
      ...archive.flags,
      '-cp',
      classpath.join(':'),
      'org.unkg.neo4j.BulkImport',
      '--home',
      options.home,
      '--database',
      options.database,
      ...options.schema.flatMap((item) => [`--${item.kind}`, `${item.label}.${item.property}=${item.name}`]),
      '--pagecache',
      options.pagecache ?? '256m',
      '--arguments-from-stdin',
    ],
    {
      env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: join(options.home, 'conf') },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.on('error', () => {}); // a JVM that failed to start closes its input: its status says why
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
  let adminArgs: string[];
  try {
    adminArgs = options.prepare();
  } catch (error) {
    child.stdin.end();
    await exited.catch(() => undefined);
    archive.finish(false);
    throw error;
  }
  if (adminArgs.some((arg) => arg === '' || /[\r\n]/.test(arg))) throw new Error('neo4j-admin arguments must be non-empty single lines');
  child.stdin.end(`${adminArgs.join('\n')}\n\n`);
  const status = await exited;
  archive.finish(status === 0);
  const output = `${stdout}${stderr}`;
  const value = (name: string) => {
    const found = new RegExp(`^${name} ([\\d.]+)$`, 'm').exec(stdout)?.[1];
    return found === undefined ? undefined : Number(found);
  };
  const cpu = [...stdout.matchAll(/^UNKG_CPU ([\d.]+)$/gm)].map((match) => Number(match[1]));
  // the JVM's own clock: `prepare` keeps this thread busy, so the line's arrival says nothing
  const waiting = /^UNKG_WAITING ([\d.]+) ([\d.]+)$/m.exec(stdout);
  return {
    status,
    output,
    importSeconds: value('UNKG_IMPORTED'),
    schemaSeconds: value('UNKG_SCHEMA'),
    startSeconds: waiting ? Number(waiting[1]) : undefined,
    cpuSeconds: { waiting: waiting ? Number(waiting[2]) : undefined, imported: cpu[0], schema: cpu[2] },
  };
}

/** The launcher's classpath with its jar instead of target/classes (class-data sharing takes jars only). */
function jarClasspath(toolDir = SERVER_TOOL_DIR): string[] {
  const [, ...dependencies] = buildServer(toolDir).split(':');
  const jar = readdirSync(join(toolDir, 'target')).find((name) => /^neo4j-server-.*\.jar$/.test(name));
  if (!jar) throw new Error(`tools/neo4j-server: mvn package wrote no jar into ${join(toolDir, 'target')}`);
  // jars only: the list also names a .pom (a BOM), and CDS refuses a classpath with anything but jars
  return [join(toolDir, 'target', jar), ...dependencies.filter((path) => path.endsWith('.jar'))];
}

/**
 * jarClasspath with unsigned copies of the signed jars (target/unsigned, made by the launcher's
 * UnsignedJars once per build; its list kept in target/bulk-classpath.txt): the JVM verifies a
 * signed jar's every entry it reads, and class-data sharing skips signed jars' classes (a fifth
 * of the route's CPU went to verifying eclipse-collections and Bouncy Castle).
 */
function bulkClasspath(toolDir = SERVER_TOOL_DIR): string[] {
  const jars = jarClasspath(toolDir);
  const listFile = join(toolDir, 'target', 'bulk-classpath.txt');
  if (existsSync(listFile) && statSync(listFile).mtimeMs >= statSync(jars[0]!).mtimeMs) {
    const list = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
    if (list.length === jars.length && list.every((jar) => existsSync(jar))) return list;
  }
  const run = spawnSync('java', ['-cp', jars[0]!, 'org.unkg.neo4j.UnsignedJars', join(toolDir, 'target', 'unsigned'), ...jars], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const list = run.status === 0 ? run.stdout.split('\n').filter(Boolean) : [];
  if (list.length !== jars.length) {
    throw new Error(`tools/neo4j-server: making unsigned copies of the signed jars failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  }
  writeFileSync(listFile, `${list.join('\n')}\n`);
  return list;
}

/**
 * The JVM flags that use the class-data-sharing archive, or write it when it is missing or older
 * than the jar; `finish` keeps a written archive only after a run that succeeded (written under a
 * temporary name, then renamed, so that two runs at once never map a half-written file).
 */
function classDataArchive(classpath: string[], toolDir = SERVER_TOOL_DIR): { flags: string[]; finish(ok: boolean): void } {
  const archive = join(toolDir, 'target', 'bulk-import.jsa');
  const quiet = ['-Xlog:cds*=off', '-Xlog:class+path=off'];
  const builtAt = Math.max(...classpath.map((jar) => statSync(jar).mtimeMs)); // the launcher, or an unsigned copy made after it
  if (existsSync(archive) && statSync(archive).mtimeMs >= builtAt) {
    return { flags: [`-XX:SharedArchiveFile=${archive}`, ...quiet], finish() {} };
  }
  const written = `${archive}.${process.pid}.tmp`;
  return {
    flags: [`-XX:ArchiveClassesAtExit=${written}`, ...quiet],
    finish(ok) {
      if (ok && existsSync(written)) renameSync(written, archive);
      else rmSync(written, { force: true });
    },
  };
}

/** JVM flags: modest memory (2 cores and 24 GiB shared with everything else) and the opens Neo4j uses. */
function jvmArguments(heap: string, jit: 'quick' | 'full', initialHeap = '128m'): string[] {
  return [
    ...(jit === 'quick' ? ['-XX:TieredStopAtLevel=1'] : []),
    `-Xmx${heap}`,
    `-Xms${initialHeap}`,
    '-XX:+UseSerialGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED',
  ];
}

/** Builds (if needed) and starts the server; resolves once Bolt accepts connections. */
export async function startNeo4jServer(options: ServerOptions): Promise<RunningServer> {
  if (options.password.length < 8) throw new Error('the Neo4j password must have at least 8 characters');
  requireCommand(
    'java',
    'install a Java 17+ runtime (Debian: apt-get install openjdk-17-jdk-headless) to run the local Neo4j',
  );
  const classpath = buildServer();
  const args = [
    ...jvmArguments(options.heap ?? '768m', options.jit ?? 'full'),
    '-cp',
    classpath,
    LAUNCHER_CLASS,
    '--port',
    String(options.port ?? 0),
    '--pagecache',
    options.pagecache ?? '256m',
  ];
  if (options.home) args.push('--home', options.home);
  const stopWithParent = options.stopWithParent ?? true;
  if (stopWithParent) args.push('--watch-stdin');

  const child = spawn('java', args, {
    env: { ...process.env, NEO4J_PASSWORD: options.password },
    stdio: [stopWithParent ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const uri = await waitForReady(child, options);
  return {
    uri,
    user: 'neo4j',
    password: options.password,
    process: child,
    stop: () => stopProcess(child),
  };
}

function waitForReady(child: ChildProcess, options: ServerOptions): Promise<string> {
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  const recent: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stopProcess(child);
      reject(new Error(`Neo4j did not start within ${timeoutMs / 1000} s:\n${recent.join('\n')}`));
    }, timeoutMs);
    const onLine = (line: string) => {
      const ready = /^NEO4J_READY (\S+)/.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
        return;
      }
      recent.push(line);
      if (recent.length > 40) recent.shift();
      options.onOutput?.(line);
    };
    forEachLine(child.stdout!, onLine);
    forEachLine(child.stderr!, onLine);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`Neo4j exited before it was ready (${signal ?? `exit ${code}`}):\n${recent.join('\n')}`),
      );
    });
  });
}

function forEachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) onLine(line.replace(/\r$/, ''));
  });
}

/** SIGTERM (the launcher shuts Neo4j down cleanly), then SIGKILL if it hangs. */
function stopProcess(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
