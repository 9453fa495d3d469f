/** The graph node of the resolution or statement a segment is the text of, from its UN symbol. */
import type { NodeAttributes } from '@unkg/graph';

export function instrumentNode(symbol: string): NodeAttributes {
  const security = /^S\/RES\/(\d+)\s*\((\d{4})\)$/.exec(symbol);
  if (security) {
    return { kind: 'Resolution', label: symbol, symbol, organ: 'SC', number: security[1]!, year: Number(security[2]) };
  }
  const assembly = /^A\/RES\/(\d+)\/(\d+)$/.exec(symbol);
  if (assembly) {
    return { kind: 'Resolution', label: symbol, symbol, organ: 'GA', number: `${assembly[1]}/${assembly[2]}`, year: null };
  }
  const statement = /^S\/PRST\/(\d{4})\/\d+$/.exec(symbol);
  if (statement) return { kind: 'Statement', label: symbol, symbol, year: Number(statement[1]) };
  const other = /^([A-Z]+)\/RES\/(.+)$/.exec(symbol);
  return { kind: 'Resolution', label: symbol, symbol, organ: other?.[1] ?? 'SC', number: other?.[2] ?? symbol, year: null };
}
