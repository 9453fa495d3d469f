/**
 * `unkg eval bodies [<corpus-dir>] [--graph path] [--lang xx] [--limit N] [--verbose]`:
 * recall of named bodies against the UN Library's index (documents.jsonl `bodies`, DHLAUTH
 * names such as "UN. Security Council Committee Established pursuant to Resolution 2127 (2013)
 * concerning the Central African Republic" or "UN Peacekeeping Force in Cyprus").
 * The index also names instruments (agreements, conventions, the Charter), persons and
 * positions; those are counted apart, so the headline figure is about organisations, groups
 * included. Without --graph the corpus texts are analysed in-process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseCommandLine } from '../command-line';
import { readGraphFile, type KnowledgeGraph } from '@unkg/graph';
import { findSubsidiaryBodies } from '../entities/committees';
import { foldKey } from '../entities/fold';
import { entityRef, loadGazetteer, readDataFile } from '../entities/gazetteer';
import { recogniseEntities } from '../entities/index';
import { scan } from '../entities/matcher';
import { loadFile } from '../load';
import { printable } from '../printable';
import { SHARED_CORPUS } from './corpus-path';
import { analyseDocument } from '../pipeline';
import type { SegmentedDocument } from '../types';

export const summary = "recall of named bodies against the UN Library's index (../shared/corpus/unsc/documents.jsonl)";

const USAGE = `usage: unkg eval bodies [<corpus-dir>] [--graph <graph.json>] [--lang <xx>] [--limit <n>] [--verbose]

Body recall against documents.jsonl \`bodies\` (the UN Library's DHLAUTH names) of <corpus-dir>
(default: ../shared/corpus/unsc from the repository root). With --graph, the graph built from <corpus-dir>/text is scored;
otherwise each text is analysed in-process.
`;

export type DhlKind = 'body' | 'post' | 'instrument' | 'person';

interface Record_ {
  file: string;
  lang: string;
  bodies?: string[];
}

const INSTRUMENT = /\b(?:Agreements?|Accords?|Acordos|Conventions?|Charter|Statute|Protocol|Declaration|Treaty|Programme of Action|Plan|Principles|Compact|Framework|Rules|Scheme|List|Regulations|Strategy|Talks|Dialogue|Conference|Meeting|Summit|Conclusions|Arrangements|Status|Account|Initiative|Process \(|Road ?[Mm]ap|Communiqué|Package)\b/u;
const ORGANISATION = /\b(?:Committee|Panel|Mission|Office|Force|Forces|Commission|Council|Team|Group|Mechanism|Tribunal|Court|Organization|Organisation|Union|Programme|Fund|Agency|Authority|Secretary-General|Secretariat|Representative|Envoy|Adviser|Operation|Coalition|Army|Movement|Front|Police|Government|Bank|Assembly|Community|League|Board|Directorate|Department|Facilitat\w+|Coordinator|Commissioner|President|Prosecutor|Chair|Quartet|Club)\b/u;

/**
 * Positions held by a person ("Liberia. President", "African Union. Commission. Chairperson",
 * "Facilitator of the Peace Process in Côte d'Ivoire", "Special Rapporteur on …"): posts, not
 * bodies. They are counted apart: a post is found when the body it belongs to is (a state's
 * president never is: states are not bodies).
 */
const POST =
  /(?:^|\. )(?:President|Vice-President|Prime Minister|Chairperson|Chairman|Chair|Mediator|Chief Mediator|Prosecutor|High Representative[^.]*|Special Rapporteur[^.]*|Child Protection Advis[eo]r|Deputy Head of Mission|Facilitator[^.]*|Head of State)(?: \(Proposed\))?$|^(?:Joint [^.]*(?:Mediator|Special Representative)[^.]*|Facilitator of [^.]*|South African Facilitation)$/u;

/** What kind of thing a DHLAUTH name is: "Taylor, Charles Ghankay" is a person, "Liberia. President" a post, "Lusaka Protocol (1994)" an instrument. */
export function classifyDhlName(name: string): DhlKind {
  if (/^[\p{Lu}][\p{L}' -]+, [\p{Lu}][\p{L}.' -]*(?:, [\d-]+)?$/u.test(name) && !ORGANISATION.test(name) && !INSTRUMENT.test(name)) return 'person';
  if (POST.test(name)) return 'post';
  if (/^UN[. ]/.test(name)) return /\b(?:Account|Programme of Action|Conventions?|Strategy|Talks|Joint Vision|Declaration|Charter|Treaty|Protocol)\b/.test(name) ? 'instrument' : 'body';
  return INSTRUMENT.test(name) ? 'instrument' : 'body';
}

/** The names to look for: without "UN." and trailing qualifiers, with "UN" spelt out, the parent of a position. */
export function dhlForms(name: string): string[] {
  const stripped = name.replace(/\s*\[[^\]]*\]/g, '').replace(/(?:\s*\([^()]*\))+$/u, '').trim();
  const parts = stripped.split(/\.\s+/);
  const forms = new Set<string>();
  const add = (form: string): void => {
    const clean = form.replace(/^UN\.?\s+/, '').trim();
    if (!clean) return;
    forms.add(clean);
    if (/^UN\s/.test(form)) forms.add(`United Nations ${clean}`);
  };
  add(stripped);
  if (parts.length > 1) {
    add(parts[parts.length - 1]!);
    add(parts.slice(0, -1).join('. '));
  }
  return [...forms];
}

/** Gazetteer ids a DHLAUTH name stands for: its subsidiary-body pattern, or a gazetteer name covering it. */
export function resolveDhlName(name: string): string[] {
  const gazetteer = loadGazetteer();
  const ids = new Set<string>();
  const normalised = name.replace(/\bEstablished\b/g, 'established').replace(/\bResolutions?\b/g, (word) => word.toLowerCase());
  for (const subsidiary of findSubsidiaryBodies(normalised)) ids.add(entityRef('Body', subsidiary.id));
  if (ids.size > 0) return [...ids];
  const qualified = resolveQualified(name);
  if (qualified.length > 0) return qualified;
  for (const form of dhlForms(name)) {
    const matches = scan(gazetteer.matcher, { text: form }).filter((match) => match.kind === 'Body' || match.kind === 'Group');
    const covering = matches.find((match) => match.end - match.start >= form.length * 0.7);
    if (covering) ids.add(entityRef(covering.kind as 'Body' | 'Group', covering.id));
  }
  return [...ids];
}

/**
 * Persons' names compared as the UN Library writes them in Latin letters: folded, letters that do
 * not decompose spelt out ("Møse" = "Mose", "Støle" = "Stole"), apostrophes inside a name dropped
 * ("Sassou N'Guesso" = "Sassou Nguesso").
 */
export function personFold(name: string): string {
  const spelt = name.replace(/[’']/g, '').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss').replace(/[đĐ]/g, 'd').replace(/[łŁ]/g, 'l');
  return foldKey(spelt);
}

const QUALIFIED = new Map<string, string[]>();
let stateAdjectives: Map<string, string[]> | null = null;

/**
 * "Lebanon. Armed Forces", "Iraq. Independent Electoral Commission", "Forces nouvelles
 * (Organization : Côte d'Ivoire). Forces armées": a body named by its owner (a state, a group or a
 * body) and its own words. It is the gazetteer body with a name holding both: "Lebanese Armed
 * Forces", "Independent Electoral Commission of Iraq", "Forces armées des Forces nouvelles".
 */
function resolveQualified(name: string): string[] {
  const cached = QUALIFIED.get(name);
  if (cached) return cached;
  const result: string[] = [];
  QUALIFIED.set(name, result);
  const split = name.replace(/\s*\[[^\]]*\]/g, '').lastIndexOf('. ');
  if (split < 0) return result;
  const owner = name.slice(0, split).replace(/\s*\([^()]*\)$/u, '').replace(/^UN\.?\s+/, '');
  const own = foldKey(name.slice(split + 2).replace(/\s*\([^()]*\)$/u, ''));
  const gazetteer = loadGazetteer();
  const covering = scan(gazetteer.matcher, { text: owner }).find((match) => match.kind !== 'Stop' && match.end - match.start >= owner.length * 0.7);
  if (!covering || !own) return result;
  const info = gazetteer.entities.get(entityRef(covering.kind as 'Body' | 'Group' | 'State', covering.id));
  if (!info) return result;
  stateAdjectives ??= new Map(
    readDataFile<{ states: Array<{ iso2: string; adjectives: Record<string, string[]> }> }>('states.json').states.map((state) => [state.iso2, Object.values(state.adjectives).flat()]),
  );
  const qualifiers = [...info.aliases, ...(covering.kind === 'State' ? (stateAdjectives.get(covering.id) ?? []) : [])].map(foldKey).filter((key) => key.length > 2);
  for (const candidate of gazetteer.entities.values()) {
    if (candidate.kind !== 'Body' && candidate.kind !== 'Group') continue;
    if (candidate.kind === covering.kind && candidate.id === covering.id) continue;
    const fits = candidate.aliases.some((alias) => {
      const key = ` ${foldKey(alias)} `;
      return key.includes(` ${own} `) && qualifiers.some((qualifier) => key.includes(` ${qualifier} `));
    });
    if (fits) result.push(entityRef(candidate.kind, candidate.id));
  }
  return result;
}

export interface BodiesReport {
  documents: number;
  byKind: Record<DhlKind, { total: number; found: number }>;
  byLang: Record<string, { total: number; found: number }>;
  missed: Map<string, number>;
  unknown: Map<string, number>;
}

export interface Predicted {
  refs: Set<string>;
  names: Set<string>;
  persons: Set<string>;
}

export function emptyBodiesReport(): BodiesReport {
  return {
    documents: 0,
    byKind: { body: { total: 0, found: 0 }, post: { total: 0, found: 0 }, instrument: { total: 0, found: 0 }, person: { total: 0, found: 0 } },
    byLang: {},
    missed: new Map(),
    unknown: new Map(),
  };
}

export function scoreDocument(report: BodiesReport, lang: string, names: string[], predicted: Predicted): void {
  report.documents++;
  for (const name of names.map((raw) => raw.normalize('NFC'))) {
    const kind = classifyDhlName(name);
    const ids = kind === 'body' || kind === 'post' ? resolveDhlName(name) : [];
    let found: boolean;
    if (kind === 'person') {
      const [surname] = name.split(',');
      // a surname may have several words ("Mwela Chomba, Frederick"): its tokens in a row in the name
      const wanted = ` ${personFold(surname ?? '')} `;
      found = wanted.trim() !== '' && [...predicted.persons].some((person) => ` ${personFold(person)} `.includes(wanted));
    } else {
      found = ids.some((id) => predicted.refs.has(id)) || dhlForms(name).some((form) => predicted.names.has(foldKey(form)));
    }
    report.byKind[kind].total++;
    if (found) report.byKind[kind].found++;
    if (kind === 'body') {
      report.byLang[lang] ??= { total: 0, found: 0 };
      report.byLang[lang].total++;
      if (found) report.byLang[lang].found++;
      if (!found) {
        const bucket = ids.length ? report.missed : report.unknown;
        bucket.set(name, (bucket.get(name) ?? 0) + 1);
      }
    }
  }
}

function fromText(path: string): Predicted {
  return predictedFromDocument(analyseDocument(loadFile(path)));
}

/** What the recogniser finds in one document, in the terms scoreDocument compares. */
export function predictedFromDocument(doc: SegmentedDocument): Predicted {
  const { mentions, persons, entities } = recogniseEntities(doc);
  const predicted: Predicted = { refs: new Set(), names: new Set(), persons: new Set(persons.map((person) => person.name)) };
  for (const mention of mentions) {
    // as fromGraph: a state named is not a body found ("Sierra Leone. Truth and Reconciliation Commission")
    if (mention.kind !== 'Body' && mention.kind !== 'Group') continue;
    const ref = entityRef(mention.kind, mention.id);
    predicted.refs.add(ref);
    const info = entities.get(ref);
    for (const alias of [info?.label ?? '', ...(info?.aliases ?? [])]) if (alias) predicted.names.add(foldKey(alias));
  }
  return predicted;
}

/** What a graph holds for one corpus file (matched by file stem), in the terms scoreDocument compares. */
export function predictedFromGraph(graph: KnowledgeGraph, file: string): Predicted {
  const predicted: Predicted = { refs: new Set(), names: new Set(), persons: new Set() };
  // by file stem, as eval citations: a graph of the AKN XML or of PDF/Word renderings scores like one of text/
  const stem = fileStem(file);
  const docKey = graph.findNode((_, attributes) => attributes.kind === 'Document' && typeof attributes.source === 'string' && fileStem(attributes.source) === stem);
  if (!docKey) return predicted;
  graph.forEachOutEdge(docKey, (_edge, attributes, _source, target, _s, node) => {
    if (attributes.kind !== 'MENTIONS') return;
    if (node.kind === 'Person') predicted.persons.add(node.label);
    if (node.kind !== 'Body' && node.kind !== 'Group') return;
    const [, id] = /^(?:body|group):(.*)$/.exec(target) ?? [];
    if (id) predicted.refs.add(entityRef(node.kind, id));
    for (const alias of [node.label, ...node.aliases]) predicted.names.add(foldKey(alias));
  });
  return predicted;
}

export function formatBodiesReport(report: BodiesReport, verbose: boolean): string {
  const ratio = ({ total, found }: { total: number; found: number }): string =>
    `${found}/${total} = ${total ? (found / total).toFixed(3) : '-'}`;
  const lines = [`documents with an index of bodies: ${report.documents}`];
  lines.push(`body recall (organisations and groups): ${ratio(report.byKind.body)}`);
  lines.push(`  by language: ${Object.entries(report.byLang).sort().map(([lang, counts]) => `${lang} ${ratio(counts)}`).join(', ')}`);
  lines.push(`posts (positions: "Liberia. President", "… Prosecutor"; found when their body is): ${ratio(report.byKind.post)}`);
  lines.push(`persons named in the index: ${ratio(report.byKind.person)}`);
  lines.push(`instruments (agreements, conventions, …; not extracted as bodies): ${report.byKind.instrument.total}`);
  const top = (map: Map<string, number>, count: number): string[] =>
    [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count).map(([name, times]) => `  ${times}× ${printable(name)}`);
  const missedTotal = [...report.missed.values()].reduce((sum, value) => sum + value, 0);
  const unknownTotal = [...report.unknown.values()].reduce((sum, value) => sum + value, 0);
  lines.push(`missed, known to the gazetteer but not found in the text: ${missedTotal}`);
  lines.push(...top(report.missed, verbose ? 1000 : 10));
  lines.push(`missed, not in the gazetteer: ${unknownTotal}`);
  lines.push(...top(report.unknown, verbose ? 1000 : 15));
  return `${lines.join('\n')}\n`;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    'eval bodies',
    argv,
    {
      graph: { type: 'string' },
      lang: { type: 'string' },
      limit: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
    1,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const corpus = positionals[0] === undefined ? join(SHARED_CORPUS, 'unsc') : resolve(positionals[0]);
  const index = join(corpus, 'documents.jsonl');
  if (!existsSync(index)) {
    process.stderr.write(`unkg eval bodies: ${printable(index)}: no such file (expected the corpus's documents.jsonl)\n`);
    return 2;
  }
  const graph = values.graph ? readGraphFile(resolve(values.graph)) : null;
  const records = readFileSync(index, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, number) => {
      try {
        return JSON.parse(line) as Record_;
      } catch {
        throw new Error(`${index}:${number + 1}: invalid JSON`);
      }
    })
    .filter((record) => record.bodies?.length && (!values.lang || record.lang === values.lang))
    .slice(0, values.limit ? Number(values.limit) : undefined);
  const report = emptyBodiesReport();
  for (const record of records) {
    const path = join(corpus, record.file);
    if (!graph && !existsSync(path)) {
      process.stderr.write(`unkg eval bodies: ${printable(path)}: listed in documents.jsonl but missing\n`);
      continue;
    }
    scoreDocument(report, record.lang, record.bodies!, graph ? predictedFromGraph(graph, record.file) : fromText(path));
  }
  process.stdout.write(formatBodiesReport(report, Boolean(values.verbose)));
  return 0;
}

function fileStem(path: string): string {
  return basename(path).replace(/\.[^.]+$/, '');
}
