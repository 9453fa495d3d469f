/**
 * Reading GEXF and GraphML back into graphology (graphology-gexf and graphology-graphml
 * parsers): how the tests prove the round trip, and a way to bring a file edited in Gephi back.
 * The result holds the flattened attributes the files carry, not the contract's evidence.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';

export function readGexf(text: string): Graph {
  return parseGexf(Graph, text);
}

export function readGraphml(text: string): Graph {
  return parseGraphml(Graph, text);
}
