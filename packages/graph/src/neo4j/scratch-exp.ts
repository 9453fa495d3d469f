import { startNeo4jServer } from './server';
import { openDriver } from './connection';
import { graphToRows } from './rows';
import { syntheticGraph } from './synthetic';
import { loadRowsIntoNeo4j } from './load';
import { wipeDatabase } from './admin';

const server = await startNeo4jServer({ password: 'scratch-pass-1', heap: '1g' });
const driver = await openDriver({ uri: server.uri, user: 'neo4j', password: 'scratch-pass-1' });
const rows = graphToRows(syntheticGraph({ resolutions: 1300 }));
const mentions = rows.relationships.find((g) => g.type === 'MENTIONS' && g.targetLabel === 'Body')!;
const stripped = mentions.rows.map((r) => { const { evidence_json, ...rest } = r.props; void evidence_json; return { ...r, props: rest }; });
const jsonOnly = mentions.rows.map((r) => ({ ...r, props: { weight: r.props.weight, evidence_json: r.props.evidence_json } }));
const noInts = mentions.rows.map((r) => ({ ...r, props: { ...r.props, evidence_start: (r.props.evidence_start as any[]).map((x) => x.toNumber()), evidence_end: (r.props.evidence_end as any[]).map((x) => x.toNumber()), weight: 1 } }));
console.log('bytes full', JSON.stringify(mentions.rows).length, 'stripped', JSON.stringify(stripped).length);
const cypher = 'UNWIND $rows AS row RETURN count(*)';
const mergePlus = 'UNWIND $rows AS row MATCH (a:Document {key: row.source}) MATCH (b:Body {key: row.target}) MERGE (a)-[r:MENTIONS]->(b) SET r += row.props';
await wipeDatabase(driver);
await loadRowsIntoNeo4j({ nodes: rows.nodes, relationships: [] }, driver);
for (let round = 0; round < 3; round++) {
  const s = driver.session();
  for (const [name, data] of Object.entries({ full: mentions.rows, stripped, jsonOnly, noInts })) {
    for (const [qn, q] of Object.entries({ transfer: cypher, merge: mergePlus })) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      for (let i = 0; i < data.length; i += 5000) await s.executeWrite((tx) => tx.run(q, { rows: data.slice(i, i + 5000) }));
      const used = process.cpuUsage(cpu);
      console.log(round, name, qn, 'wall', (performance.now() - t).toFixed(0), 'node cpu', ((used.user + used.system) / 1000).toFixed(0));
      if (qn === 'merge') await s.run('MATCH ()-[r:MENTIONS]->() DELETE r');
    }
  }
  await s.close();
}
await driver.close();
await server.stop();
