/** Neo4j sink: connection, schema, batched idempotent loader, naive baseline, local server. */
export * from './connection';
export * from './schema';
export * from './rows';
export * from './load';
export * from './naive';
export * from './cookbook';
export * from './synthetic';
export { startNeo4jServer, buildServer, requireCommand, MissingToolError, SERVER_TOOL_DIR } from './server';
export type { ServerOptions, RunningServer } from './server';
export * from './admin';
export * from './driver';
