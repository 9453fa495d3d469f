/**
 * `pnpm neo4j:start [--port 7687] [--home .neo4j] [--temporary]`: runs the local Neo4j Community
 * server (tools/neo4j-server) in the foreground, for a user with Java 17+ and Maven. Bolt on
 * 127.0.0.1, user neo4j, password from NEO4J_PASSWORD. Ctrl-C stops it cleanly.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MissingToolError, startNeo4jServer } from '../packages/graph/src/neo4j/server';

const ROOT = resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '7687' },
      home: { type: 'string', default: resolve(ROOT, '.neo4j') },
      temporary: { type: 'boolean', default: false },
      heap: { type: 'string', default: '768m' },
      pagecache: { type: 'string', default: '256m' },
    },
  });
  const password = process.env.NEO4J_PASSWORD;
  if (!password || password.length < 8) {
    process.stderr.write(
      'neo4j:start: set NEO4J_PASSWORD (at least 8 characters) first, e.g.\n' +
        "  export NEO4J_PASSWORD='choose-a-password'\n" +
        'It becomes the password of user neo4j; unkg load and the tests read it from the same variable.\n',
    );
    return 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`neo4j:start: --port must be a port number, got "${values.port}"\n`);
    return 2;
  }
  process.stderr.write(
    'starting Neo4j Community 5.26 (the first run builds tools/neo4j-server with Maven)…\n',
  );
  let server;
  try {
    server = await startNeo4jServer({
      password,
      port,
      home: values.temporary ? undefined : values.home,
      heap: values.heap,
      pagecache: values.pagecache,
      startTimeoutMs: 600_000,
    });
  } catch (error) {
    process.stderr.write(`neo4j:start: ${(error as Error).message}\n`);
    if (error instanceof MissingToolError)
      process.stderr.write('Or run Neo4j another way: Neo4j Desktop, or Docker (docs/neo4j.md).\n');
    return 1;
  }
  process.stdout.write(
    `Neo4j is ready at ${server.uri} (user neo4j, password from NEO4J_PASSWORD)\n` +
      `data: ${values.temporary ? 'a temporary directory, deleted on stop' : values.home}\n` +
      `load a graph:  NEO4J_URI=${server.uri} pnpm unkg load .unkg/graph.json\n` +
      'Ctrl-C stops the server.\n',
  );
  const stop = () => {
    process.stderr.write('stopping Neo4j (a clean shutdown takes a few seconds)…\n');
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise<void>((done) => server.process.once('exit', () => done()));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`neo4j:start: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
