import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { connectionFromEnv, describeConnection, openDriver } from './connection';

describe('connectionFromEnv', () => {
  it('reads the environment, lets flags win, and takes the password from the environment only', () => {
    const env = {
      NEO4J_URI: 'neo4j://db.example:7687',
      NEO4J_USER: 'analyst',
      NEO4J_PASSWORD: 's3cret-pass',
      NEO4J_DATABASE: 'unkg',
    };
    expect(connectionFromEnv({}, env)).toEqual({
      uri: 'neo4j://db.example:7687',
      user: 'analyst',
      password: 's3cret-pass',
      database: 'unkg',
    });
    expect(
      connectionFromEnv({ uri: 'bolt://127.0.0.1:7688', user: 'neo4j', database: 'neo4j' }, env),
    ).toMatchObject({
      uri: 'bolt://127.0.0.1:7688',
      user: 'neo4j',
      database: 'neo4j',
      password: 's3cret-pass',
    });
  });

  it('defaults to the local server and the default database', () => {
    expect(connectionFromEnv({}, { NEO4J_PASSWORD: 'x1234567' })).toEqual({
      uri: 'bolt://127.0.0.1:7687',
      user: 'neo4j',
      password: 'x1234567',
      database: undefined,
    });
  });

  it('explains a missing password and a malformed URI', () => {
    expect(() => connectionFromEnv({}, {})).toThrow(/NEO4J_PASSWORD is not set/);
    expect(() => connectionFromEnv({ uri: 'http://127.0.0.1:7474' }, { NEO4J_PASSWORD: 'x1234567' })).toThrow(
      /not a bolt:\/\/ or neo4j:\/\/ URI/,
    );
  });

  it('describes a connection without its password', () => {
    const connection = connectionFromEnv({ database: 'neo4j' }, { NEO4J_PASSWORD: 'hunter2-hunter2' });
    expect(describeConnection(connection)).toBe('bolt://127.0.0.1:7687 as neo4j (database neo4j)');
  });
});

describe('openDriver', () => {
  it('says the server is unreachable, naming the URI and not the password', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const connection = connectionFromEnv(
      { uri: `bolt://127.0.0.1:${port}` },
      { NEO4J_PASSWORD: 'not-printed-123' },
    );
    const error = await openDriver(connection).then(
      () => null,
      (caught: Error) => caught,
    );
    expect(error?.message).toMatch(
      new RegExp(`cannot reach Neo4j at bolt://127.0.0.1:${port}.*pnpm neo4j:start`),
    );
    expect(error?.message).not.toContain('not-printed-123');
  });
});
