import { startNeo4jServer } from './server';
import { openDriver } from './connection';
import { graphToRows } from './rows';
import { syntheticGraph } from './synthetic';
import { loadRowsIntoNeo4j, ensureSchema } from './load';
import { wipeDatabase } from './admin';
import { mergeNodesStatement } from './schema';

const server = await startNeo4jServer({ password: 'scratch-pass-1', heap: '1g' });
const driver = await openDriver({ uri: server.uri, user: 'neo4j', password: 'scratch-pass-1' });
const rows = graphToRows(syntheticGraph({ resolutions: 1300 }));
for (let round = 0; round < 3; round++) {
  await wipeDatabase(driver);
  await ensureSchema(driver);
  const group = rows.nodes.find((g) => g.label === 'Document')!;
  let t = performance.now();
  const s = driver.session();
  await s.executeWrite((tx) => tx.run(mergeNodesStatement('Document'), { rows: group.rows }));
  console.log('docs', group.rows.length, (performance.now() - t).toFixed(0), 'ms');
  t = performance.now();
  await s.executeWrite((tx) => tx.run('UNWIND $rows AS row RETURN count(*)', { rows: group.rows }));
  console.log('transfer only', (performance.now() - t).toFixed(0), 'ms');
  t = performance.now();
  await s.executeWrite((tx) => tx.run('UNWIND $rows AS row CREATE (n:Foo {key: row.key}) SET n += row.props', { rows: group.rows }));
  console.log('create only', (performance.now() - t).toFixed(0), 'ms');
  await s.close();
  await wipeDatabase(driver);
  const r = await loadRowsIntoNeo4j(rows, driver);
  console.log(JSON.stringify(r));
}
const p = await driver.executeQuery('PROFILE ' + mergeNodesStatement('Document'), { rows: rows.nodes.find((g) => g.label === 'Document')!.rows.slice(0, 100) });
console.log(p.summary.profile && JSON.stringify(p.summary.profile, (k, v) => (k === 'children' || k==='operatorType' || k==='dbHits' || k==='rows' || k==='arguments' || /^\d+$/.test(k) || k==='' ? v : undefined)).slice(0, 1500));
await driver.close();
await server.stop();
