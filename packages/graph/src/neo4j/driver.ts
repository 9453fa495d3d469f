/** neo4j-driver, re-exported so packages and tests that use the sink need no dependency of their own. */
import neo4j from 'neo4j-driver';

export { neo4j };
export type { Driver, Integer, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
