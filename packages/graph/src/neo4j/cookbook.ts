/**
 * The Cypher cookbook lives in docs/neo4j.md, each query a ```cypher block after a
 * `<!-- cookbook: name -->` marker. Reading it from there lets the test run exactly the text
 * the documentation shows.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const COOKBOOK_FILE = fileURLToPath(new URL('../../../../docs/neo4j.md', import.meta.url));

export interface CookbookQuery {
  name: string;
  cypher: string;
}

const QUERY_BLOCK = /<!--\s*cookbook:\s*([a-z0-9-]+)\s*-->\s*```cypher\n([\s\S]*?)```/g;

export function parseCookbook(markdown: string, file = COOKBOOK_FILE): CookbookQuery[] {
  const queries: CookbookQuery[] = [];
  for (const match of markdown.matchAll(QUERY_BLOCK)) {
    const name = match[1]!;
    if (queries.some((query) => query.name === name))
      throw new Error(`${file}: cookbook query "${name}" appears twice`);
    queries.push({ name, cypher: match[2]!.trim() });
  }
  if (queries.length === 0)
    throw new Error(`${file}: no cookbook query (<!-- cookbook: name --> followed by a cypher block)`);
  return queries;
}

export function readCookbook(file = COOKBOOK_FILE): CookbookQuery[] {
  return parseCookbook(readFileSync(file, 'utf8'), file);
}
