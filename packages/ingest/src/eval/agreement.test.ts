import { addEdge, createGraph, mergeNode, type EdgeKind, type EvidenceItem, type NodeAttributes } from '@unkg/graph';
import { describe, expect, it } from 'vitest';
import { evaluateAgreement, formatAgreement } from './agreement';

const LANGS = ['en', 'fr', 'ar'];
const symbol = 'S/RES/1 (2000)';
const evidence = (lang: string, role?: 'partner'): EvidenceItem => ({
  para: `doc:${lang}#p1`,
  doc: `doc:${lang}`,
  section: 'operative' as const,
  paragraph: '1',
  verb: 'request',
  start: 0,
  end: 1,
  ...(role ? { role } : {}),
});

function graphOf(mandates: Array<[string, string, 'partner'?]>) {
  const nodes: Array<{ key: string; attributes: NodeAttributes }> = [
    ...LANGS.map((lang) => ({ key: `doc:${lang}`, attributes: { kind: 'Document' as const, label: lang, source: `${lang}.txt`, lang } })),
    { key: symbol, attributes: { kind: 'Resolution', label: symbol, symbol, organ: 'SC', number: '1', year: 2000 } },
    { key: 'body:SG', attributes: { kind: 'Body', label: 'Secretary-General', aliases: [] } },
    { key: 'body:UNODC', attributes: { kind: 'Body', label: 'UNODC', aliases: [] } },
    { key: 'body:X', attributes: { kind: 'Body', label: 'X', aliases: [] } },
  ];
  const edges: Array<{ kind: EdgeKind; source: string; target: string; evidence?: EvidenceItem }> = [
    ...LANGS.map((lang) => ({ kind: 'TEXT_OF' as const, source: `doc:${lang}`, target: symbol })),
    ...mandates.map(([lang, body, role]) => ({ kind: 'MANDATES' as const, source: symbol, target: `body:${body}`, evidence: evidence(lang, role) })),
  ];
  const graph = createGraph();
  for (const node of nodes) mergeNode(graph, node.key, node.attributes);
  for (const edge of edges) addEdge(graph, edge.kind, edge.source, edge.target, edge.evidence);
  return graph;
}

describe('evaluateAgreement', () => {
  it('scores 1 when every language mandates the same bodies', () => {
    const report = evaluateAgreement(graphOf(LANGS.flatMap((lang) => [[lang, 'SG'], [lang, 'UNODC']] as Array<[string, string]>)), { languages: 3 });
    expect(report).toMatchObject({ resolutions: 1, identical: 1, union: { overall: 1 }, majority: { overall: 1 }, disagreements: [] });
  });

  it('compares each language with the union and the majority, and lists the disagreements', () => {
    // en and fr find SG and UNODC, ar only SG; en alone finds X
    const report = evaluateAgreement(
      graphOf([
        ['en', 'SG'], ['en', 'UNODC'], ['en', 'X'],
        ['fr', 'SG'], ['fr', 'UNODC'],
        ['ar', 'SG'],
      ]),
      { languages: 3 },
    );
    expect(report.identical).toBe(0);
    expect(report.union.byLanguage).toEqual({ ar: 1 / 3, en: 1, fr: 2 / 3 });
    // majority (at least half of 3: two languages): SG, UNODC
    expect(report.majority.byLanguage).toEqual({ ar: 1 / 2, en: 2 / 3, fr: 1 });
    expect(report.disagreements).toEqual([
      { resolution: symbol, body: 'body:UNODC', label: 'UNODC', with: ['en', 'fr'], without: ['ar'] },
      { resolution: symbol, body: 'body:X', label: 'X', with: ['en'], without: ['ar', 'fr'] },
    ]);
    expect(formatAgreement(report, true)).toContain('S/RES/1 (2000) → X (body:X): en | missing: ar fr');
  });

  it('counts partners only with allRoles, and skips resolutions with too few languages', () => {
    const mandates: Array<[string, string, 'partner'?]> = [['en', 'SG'], ['fr', 'SG'], ['ar', 'SG'], ['en', 'UNODC', 'partner']];
    expect(evaluateAgreement(graphOf(mandates), { languages: 3 }).identical).toBe(1);
    expect(evaluateAgreement(graphOf(mandates), { languages: 3, allRoles: true }).identical).toBe(0);
    expect(evaluateAgreement(graphOf(mandates), { languages: 4 }).resolutions).toBe(0);
  });
});
