/**
 * Runs Gephi's own importer over a GEXF or GraphML file (tools/gephi-check, a small Java program
 * on the Gephi Toolkit 0.10.1 from Maven Central) and returns what Gephi saw. The Maven build
 * runs once and is cached in target/ until pom.xml or the Java source changes; once the jars are
 * in ~/.m2 it builds offline (`mvn -o`), falling back to an online build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEPHI_CHECK_DIR = fileURLToPath(new URL('./', import.meta.url));
const MAIN_CLASS = 'org.unkg.gephicheck.Main';
const SOURCES = ['pom.xml', 'src/main/java/org/unkg/gephicheck/Main.java'];

export interface GephiColumn {
  id: string;
  title: string;
  /** Java type Gephi chose: String, Integer, Double, Boolean, String[]… */
  type: string;
  /** Gephi's built-in columns (Id, Label, Interval, Weight) */
  property: boolean;
}

export interface GephiReport {
  file: string;
  nodes: number;
  edges: number;
  directed: boolean;
  mixed: boolean;
  nodeColumns: GephiColumn[];
  edgeColumns: GephiColumn[];
  /** node count per value of the `kind` column */
  nodeKinds: Record<string, number>;
  edgeKinds: Record<string, number>;
  /** Gephi's edge types (GEXF edge `kind`): ["null"] when the file sets none */
  edgeTypeLabels: string[];
  totalWeight: number;
  nodesWithLabel: number;
  nodeColors: number;
  nodesPositioned: number;
  issues: Array<{ level: string; message: string }>;
}

/** Java or Maven is missing: tests fail in CI and may skip locally. */
export class GephiUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GephiUnavailableError';
  }
}

function requireCommand(command: 'java' | 'mvn', hint: string): void {
  const probe = spawnSync(command, ['-version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new GephiUnavailableError(`${command} is not available (${probe.error?.message ?? `exit ${probe.status}`}): ${hint}`);
  }
}

export interface BuildResult {
  classpath: string;
  /** true when Maven ran (false: cached build reused) */
  built: boolean;
  milliseconds: number;
}

/** Builds the checker unless target/ is newer than its sources and its jars are still there. */
export function buildGephiCheck(toolDir = GEPHI_CHECK_DIR): BuildResult {
  const started = performance.now();
  requireCommand('java', 'install a Java 17+ runtime (Debian: apt-get install openjdk-17-jdk-headless) to run the Gephi Toolkit');
  const classpathFile = join(toolDir, 'target', 'classpath.txt');
  // Maven leaves classpath.txt untouched when it has not changed, so a stamp marks the build
  const stamp = join(toolDir, 'target', 'build.stamp');
  const builtAt = existsSync(stamp) && existsSync(classpathFile) ? statSync(stamp).mtimeMs : 0;
  const stale = SOURCES.some((source) => statSync(join(toolDir, source)).mtimeMs > builtAt);
  const missingJars = builtAt > 0 && readClasspath(classpathFile).some((jar) => !existsSync(jar));
  let built = false;
  if (stale || missingJars) {
    requireCommand('mvn', 'install Maven 3 (Debian: apt-get install maven) to build tools/gephi-check');
    const offline = spawnSync('mvn', ['-q', '-B', '-o', 'package'], { cwd: toolDir, encoding: 'utf8' });
    if (offline.status !== 0) {
      const online = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: toolDir, encoding: 'utf8' });
      if (online.status !== 0) {
        throw new Error(`building tools/gephi-check with Maven failed (exit ${online.status}):\n${online.stdout}${online.stderr}`);
      }
    }
    writeFileSync(stamp, `${new Date().toISOString()}\n`);
    built = true;
  }
  const classpath = [join(toolDir, 'target', 'classes'), ...readClasspath(classpathFile)].join(':');
  return { classpath, built, milliseconds: Math.round(performance.now() - started) };
}

function readClasspath(file: string): string[] {
  return readFileSync(file, 'utf8').trim().split(':').filter(Boolean);
}

/** Imports `file` through Gephi (GEXF or GraphML, chosen by extension) and returns its report. */
export function runGephiCheck(file: string, classpath = buildGephiCheck().classpath): GephiReport {
  const run = spawnSync(
    'java',
    ['-Xmx768m', '-XX:+UseSerialGC', '-Djava.awt.headless=true', '-Dfile.encoding=UTF-8', '-cp', classpath, MAIN_CLASS, file],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) {
    throw new Error(`Gephi could not import ${file} (exit ${run.status}):\n${run.stdout}\n${run.stderr.slice(-4000)}`);
  }
  return JSON.parse(line) as GephiReport;
}
