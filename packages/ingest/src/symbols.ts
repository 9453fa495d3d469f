/**
 * The graph node of a resolution, statement or other UN document named by its own symbol: a
 * document's own symbol, the resolution a press release quotes, the resolution whose text a
 * segment is. One function for the pipeline and the entity stage, so both describe a node alike.
 */
import type { NodeAttributes } from '@unkg/graph';

export function symbolNode(
  symbol: string,
): (NodeAttributes & { kind: 'Resolution' | 'Statement' | 'Document' }) & { symbol: string } {
  const sc = /^S\/RES\/(\d+) \((\d{4})\)$/.exec(symbol);
  if (sc)
    return { kind: 'Resolution', label: symbol, symbol, organ: 'SC', number: sc[1]!, year: Number(sc[2]) };
  const ga = /^A\/RES\/(?:(ES-\d+|S-\d+)\/)?(\d+)\/(\d+)/.exec(symbol);
  if (ga)
    return {
      kind: 'Resolution',
      label: symbol,
      symbol,
      organ: 'GA',
      number: `${ga[1] ? `${ga[1]}/` : ''}${ga[2]}/${ga[3]}`,
      year: null,
    };
  const other = /^(A|E|S)\/RES\/(.+)$/.exec(symbol);
  if (other)
    return {
      kind: 'Resolution',
      label: symbol,
      symbol,
      organ: other[1] === 'E' ? 'ECOSOC' : other[1] === 'S' ? 'SC' : 'GA',
      number: other[2]!,
      year: null,
    };
  const prst = /^S\/PRST\/(\d{4})\/\d+$/.exec(symbol);
  if (prst) return { kind: 'Statement', label: symbol, symbol, year: Number(prst[1]) };
  return { kind: 'Document', label: symbol, symbol };
}
