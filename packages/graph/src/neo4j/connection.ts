/**
 * Where Neo4j is and how to log in: NEO4J_URI, NEO4J_USER, NEO4J_DATABASE (each overridable by a
 * flag) and NEO4J_PASSWORD (environment only, so it never shows in argv, shell history or logs).
 * Connection failures become errors that say what to do, without the password.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** undefined: the server's default database */
  database?: string;
}

export interface ConnectionFlags {
  uri?: string;
  user?: string;
  database?: string;
}

export const DEFAULT_URI = 'bolt://127.0.0.1:7687';
export const DEFAULT_USER = 'neo4j';

export class Neo4jConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jConnectionError';
  }
}

/** Flags win over the environment; the password comes from NEO4J_PASSWORD only. */
export function connectionFromEnv(
  flags: ConnectionFlags = {},
  env: NodeJS.ProcessEnv = process.env,
): Neo4jConnection {
  const password = env.NEO4J_PASSWORD;
  if (!password) {
    throw new Neo4jConnectionError(
      'NEO4J_PASSWORD is not set: export it in the environment (it is never read from the command line)',
    );
  }
  const uri = flags.uri ?? nonEmpty(env.NEO4J_URI) ?? DEFAULT_URI;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
    throw new Neo4jConnectionError(`NEO4J_URI "${uri}" is not a bolt:// or neo4j:// URI`);
  }
  return {
    uri,
    user: flags.user ?? nonEmpty(env.NEO4J_USER) ?? DEFAULT_USER,
    password,
    database: flags.database ?? nonEmpty(env.NEO4J_DATABASE),
  };
}

const nonEmpty = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);

/** A connection described for logs: URI, user and database, never the password. */
export function describeConnection(connection: Neo4jConnection): string {
  return `${connection.uri} as ${connection.user}${connection.database ? ` (database ${connection.database})` : ''}`;
}

/**
 * Opens a driver and proves the server answers and accepts the credentials, so a wrong URI or
 * password fails here with a clear message instead of in the middle of a load.
 */
export async function openDriver(connection: Neo4jConnection): Promise<Driver> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 30_000,
    disableLosslessIntegers: false,
  });
  try {
    await driver.getServerInfo({ database: connection.database });
    return driver;
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw explainConnectionError(error, connection);
  }
}

/** Maps a driver error to a message naming the server and the user; the password is scrubbed. */
export function explainConnectionError(error: unknown, connection: Neo4jConnection): Error {
  const code = (error as { code?: string }).code ?? '';
  const detail = scrub(error instanceof Error ? error.message : String(error), connection.password);
  const where = connection.uri;
  const networkFailure = /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|ECONNRESET/.test(detail);
  if (code === 'ServiceUnavailable' || (networkFailure && !code.startsWith('Neo.'))) {
    return new Neo4jConnectionError(
      `cannot reach Neo4j at ${where}: ${firstLine(detail)}. Is it running? Start a local one with ` +
        '`pnpm neo4j:start`, or set NEO4J_URI (or --uri) to your server',
    );
  }
  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return new Neo4jConnectionError(
      `Neo4j at ${where} refused the credentials of user "${connection.user}"` +
        (code.endsWith('RateLimit') ? ' (too many failed attempts, wait and retry)' : '') +
        ': check NEO4J_USER and NEO4J_PASSWORD',
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jConnectionError(
      `Neo4j at ${where} has no database "${connection.database}" (NEO4J_DATABASE / --database)`,
    );
  }
  return new Neo4jConnectionError(
    `Neo4j at ${where} failed${code ? ` (${code})` : ''}: ${firstLine(detail)}`,
  );
}

function scrub(text: string, secret: string): string {
  return secret ? text.split(secret).join('***') : text;
}

const firstLine = (text: string) => text.split('\n')[0]!.trim();
