/** `unkg load` end to end: the real CLI process against the real Neo4j. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphFile, serializeGraph, type KnowledgeGraph } from '@unkg/graph';
import type { Driver } from '@unkg/graph/neo4j/driver';
import {
  countGraph,
  graphCounts,
  neo4jTarget,
  openTestDriver,
  ROOT,
  sampleGraph,
  skipReason,
  wipeDatabase,
} from './support';
import { announceSkip } from '../support/skips';

const target = neo4jTarget();
if (!target.available) announceSkip('neo4j', skipReason(target));

function unkg(args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'packages/cli/src/cli.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        NEO4J_URI: undefined,
        NEO4J_USER: undefined,
        NEO4J_DATABASE: undefined,
        NEO4J_PASSWORD: undefined,
        ...env,
      },
      timeout: 240_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!target.available)('unkg load', () => {
  let driver: Driver;
  let graph: KnowledgeGraph;
  let dir: string;
  let graphFile: string;

  beforeAll(async () => {
    driver = await openTestDriver(target);
    graph = (await sampleGraph()).graph;
    dir = mkdtempSync(join(tmpdir(), 'unkg-load-'));
    graphFile = join(dir, 'graph.json');
    writeFileSync(graphFile, serializeGraph(graph));
  });
  afterAll(async () => {
    await driver?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads a graph file with flags for the connection and the password from the environment', async () => {
    if (!target.available) return;
    await wipeDatabase(driver, target.database);
    const flags = [
      '--uri',
      target.uri,
      '--user',
      target.user,
      ...(target.database ? ['--database', target.database] : []),
      '--batch-size',
      '100',
    ];
    const first = unkg(['load', graphFile, ...flags], { NEO4J_PASSWORD: target.password });
    expect(first.stderr).toContain(
      `loaded ${graph.order} nodes and ${graphCounts(graph).relationships} relationships into ${target.uri} as ${target.user}`,
    );
    expect(first.code).toBe(0);
    expect(first.stdout + first.stderr).not.toContain(target.password);
    expect(await countGraph(driver, target.database)).toEqual(graphCounts(graph));

    // Again, from the environment alone: nothing changes.
    const again = unkg(['load', graphFile, '--quiet'], {
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_DATABASE: target.database,
      NEO4J_PASSWORD: target.password,
    });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(await countGraph(driver, target.database)).toEqual(graphCounts(graph));
  });

  it('explains refused credentials and an unreachable server without printing the password', () => {
    if (!target.available) return;
    const wrong = 'wrong-password-4242';
    const refused = unkg(['load', graphFile, '--uri', target.uri, '--user', target.user], {
      NEO4J_PASSWORD: wrong,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `unkg load: Neo4j at ${target.uri} refused the credentials of user "${target.user}"`,
    );
    expect(refused.stderr).not.toContain(wrong);

    const unreachable = unkg(['load', graphFile, '--uri', 'bolt://127.0.0.1:9'], { NEO4J_PASSWORD: wrong });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('unkg load: cannot reach Neo4j at bolt://127.0.0.1:9');
    expect(unreachable.stderr).not.toContain(wrong);
  });

  it('refuses a password on the command line, a missing password and a bad graph file', () => {
    const onArgv = unkg(['load', graphFile, '--password', 'on-the-command-line'], {});
    expect(onArgv.code).toBe(2);
    expect(onArgv.stderr).toContain('there is no --password option: set NEO4J_PASSWORD');

    const noPassword = unkg(['load', graphFile], {});
    expect(noPassword.code).toBe(1);
    expect(noPassword.stderr).toContain('NEO4J_PASSWORD is not set');

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"nodes": [');
    const bad = unkg(['load', broken], { NEO4J_PASSWORD: 'whatever-123' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`unkg load: ${broken}: is not a graph.json of contract 2`);
  });

  it('loads while ingesting with `unkg ingest --neo4j`, graph.json written too', async () => {
    if (!target.available) return;
    await wipeDatabase(driver, target.database);
    const out = join(dir, 'ingested');
    const run = unkg(['ingest', join(ROOT, 'data/samples'), '--out', out, '--neo4j', '--quiet'], {
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_DATABASE: target.database,
      NEO4J_PASSWORD: target.password,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(target.password);
    const written = readGraphFile(join(out, 'graph.json'), { paragraphs: true });
    expect(await countGraph(driver, target.database)).toEqual(graphCounts(written));
  });
});
