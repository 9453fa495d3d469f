import { describe, expect, it } from 'vitest';
import { bodiesMandatedBy, mandatesOfBody } from './mandates';
import { buildTestViewGraph } from './test-graph';
import { citationPath, traceSubgraph } from './trace';

describe('citation tracing', () => {
  const graph = buildTestViewGraph();

  it('follows what a resolution cites, to a given depth', () => {
    const one = traceSubgraph(graph, 'S/RES/2482 (2019)', 'ancestors', 1);
    expect([...one.nodes].sort()).toEqual(['A/RES/71/19', 'S/RES/2370 (2017)', 'S/RES/2482 (2019)']);
    const all = traceSubgraph(graph, 'S/RES/2482 (2019)', 'ancestors', 10);
    expect(all.nodes.has('S/RES/2178 (2014)')).toBe(true);
    expect(all.depth.get('S/RES/1267 (1999)')).toBe(2);
    expect(all.edges.has('CITES:S/RES/1373 (2001)->S/RES/1267 (1999)')).toBe(true);
  });

  it('follows what cites a resolution', () => {
    const down = traceSubgraph(graph, 'S/RES/1267 (1999)', 'descendants', 5);
    expect([...down.nodes].sort()).toEqual(['S/RES/1267 (1999)', 'S/RES/1373 (2001)', 'S/RES/2370 (2017)', 'S/RES/2482 (2019)']);
  });

  it('records through which resolution each one is reached, and on which side', () => {
    const up = traceSubgraph(graph, 'S/RES/2482 (2019)', 'ancestors', 10);
    expect(up.via.get('S/RES/2370 (2017)')).toBe('S/RES/2482 (2019)');
    expect(up.via.get('S/RES/1373 (2001)')).toBe('S/RES/2370 (2017)');
    const both = traceSubgraph(graph, 'S/RES/2370 (2017)', 'both', 5);
    expect(both.side.get('S/RES/1373 (2001)')).toBe('up');
    expect(both.side.get('S/RES/2482 (2019)')).toBe('down');
    expect(both.side.has('S/RES/2370 (2017)')).toBe(false);
    expect(both.depth.get('S/RES/2370 (2017)')).toBe(0);
  });

  it('ignores mandates and mentions', () => {
    const both = traceSubgraph(graph, 'S/RES/2370 (2017)', 'both', 5);
    expect(both.nodes.has('body:ctc')).toBe(false);
  });

  it('finds the shortest citation path, forwards or backwards', () => {
    const forward = citationPath(graph, 'S/RES/2482 (2019)', 'S/RES/1267 (1999)');
    expect(forward).toMatchObject({ nodes: ['S/RES/2482 (2019)', 'S/RES/2370 (2017)', 'S/RES/1267 (1999)'], directed: true });
    expect(forward?.edges).toEqual(['CITES:S/RES/2482 (2019)->S/RES/2370 (2017)', 'CITES:S/RES/2370 (2017)->S/RES/1267 (1999)']);
    expect(citationPath(graph, 'S/RES/1267 (1999)', 'S/RES/2482 (2019)')?.nodes).toEqual(['S/RES/1267 (1999)', 'S/RES/2370 (2017)', 'S/RES/2482 (2019)']);
  });

  it('falls back to citations in either direction, and says so', () => {
    const path = citationPath(graph, 'A/RES/71/19', 'S/RES/2370 (2017)');
    expect(path).toMatchObject({ nodes: ['A/RES/71/19', 'S/RES/2482 (2019)', 'S/RES/2370 (2017)'], directed: false });
    expect(citationPath(graph, 'S/RES/2370 (2017)', 'body:ctc')).toBeNull();
  });
});

describe('mandates', () => {
  const graph = buildTestViewGraph();

  it('lists the resolutions mandating a body by year, with verbs', () => {
    const groups = mandatesOfBody(graph, 'body:ctc');
    expect(groups.map((group) => group.year)).toEqual([2017, 2019]);
    expect(groups[0]?.links[0]).toMatchObject({ node: 'S/RES/2370 (2017)', verbs: ['encourage', 'request'], paragraphs: ['16', '17'] });
  });

  it('lists the bodies a resolution mandates', () => {
    expect(bodiesMandatedBy(graph, 'S/RES/2370 (2017)').map((link) => link.node)).toEqual(['body:ctc', 'body:cted']);
  });
});
