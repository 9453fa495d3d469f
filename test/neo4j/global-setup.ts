/**
 * vitest globalSetup of the `neo4j` project: one real Neo4j for the whole project.
 *
 * - NEO4J_URI set: use that server (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE); nothing is started.
 * - otherwise: build and start tools/neo4j-server (Neo4j Community 5.26) on a free port of
 *   127.0.0.1 with a fresh temporary store and a random password, and stop it afterwards.
 * - Java or Maven missing: in CI (CI=true) the run fails with the reason; locally the tests skip
 *   and print it.
 * Tests read the result with `neo4jTarget()` from ./support.
 */
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { connectionFromEnv } from '@unkg/graph/neo4j/connection';
import { MissingToolError, startNeo4jServer, type RunningServer } from '@unkg/graph/neo4j/server';
import type { Neo4jTestTarget } from './support';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestTarget;
  }
}

let server: RunningServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('neo4j', await startTarget());
  return async () => {
    await server?.stop();
    server = undefined;
  };
}

async function startTarget(): Promise<Neo4jTestTarget> {
  if (process.env.NEO4J_URI) {
    const connection = connectionFromEnv();
    log(`using the Neo4j server at ${connection.uri} (NEO4J_URI); its database will be wiped by the tests`);
    return { available: true, started: false, ...connection };
  }
  const password = `unkg-${randomBytes(12).toString('hex')}`;
  try {
    const started = Date.now();
    server = await startNeo4jServer({ password, heap: '1g', pagecache: '256m', jit: 'quick' });
    log(`started Neo4j Community at ${server.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { available: true, started: true, uri: server.uri, user: server.user, password };
  } catch (error) {
    if (!(error instanceof MissingToolError)) throw error;
    const reason = `the neo4j tests need a local Neo4j: ${error.message} (or set NEO4J_URI and NEO4J_PASSWORD to use a running server)`;
    if (process.env.CI === 'true' || process.env.CI === '1')
      throw new Error(`CI: ${reason}`, { cause: error });
    log(`SKIPPING: ${reason}`);
    return { available: false, reason };
  }
}

const log = (message: string) => process.stderr.write(`[neo4j] ${message}\n`);
