/**
 * Subsidiary bodies named by the resolution that established them: "Committee established
 * pursuant to resolution 2127 (2013)", "Panel of Experts established by resolution 1973 (2011)",
 * "Comité faisant suite aux résolutions 1267 (1999), 1989 (2011) et 2253 (2015)", "1540 Committee".
 * Each links to that resolution (`establishedBy`).
 */
import { letterBefore } from './fold';
import { entityRef, loadGazetteer, readDataFile, type EntityInfo } from './gazetteer';
import { KEYWORD, KEYWORDS } from './keywords';
import { escapeRegExp } from '../escape-regexp';

interface CommitteesFile {
  known: Partial<Record<SubsidiaryKind, Record<string, string>>>;
  subjects: Record<string, string>;
  /** a panel's body id → the resolution (number, year) that established the committee it reports to */
  panelCommittees?: Record<string, string[] | string>;
  genericPanel: { label: string; names: string[]; byLanguage?: Record<string, { names: string[]; needed: string; notAfter?: string[]; proclitics?: string[] } | string> };
  /** per language: `heads` and `link` regex sources (joined with the resolution numbers), or a whole `pattern` with named groups; `needed` strings */
  patterns: Record<string, { heads?: string; link?: string; pattern?: string; needed: string[] } | string>;
  /** a head's kind by its words, in order (a head with none of them is a committee) */
  kinds: { order: Array<{ kind: SubsidiaryKind; words: string[] }> };
}

export type SubsidiaryKind = 'committee' | 'panel' | 'group' | 'team' | 'mechanism' | 'working-group';

export interface SubsidiaryMatch {
  start: number;
  end: number;
  /** a bodies.json id, or a new body described by `info` */
  id: string;
  info?: EntityInfo;
}

// Resolution numbers as written, with optional Markdown residue: "[1267 \(1999\)](#)".
const NUMBER = String.raw`\[?(\d{2,4})(?:\s*\\?\(\s*(\d{4})\s*\\?\))?\]?(?:\(#\))?`;
const NUMBER_LIST = String.raw`${NUMBER}(?:\s*(?:,|et|and|y|и)\s*\[?\d{2,4}(?:\s*\\?\(\s*\d{4}\s*\\?\))?\]?(?:\(#\))?)*`;
const HEADS_EN = String.raw`(?:Security Council )?([Cc]ommittee|[Pp]anel of [Ee]xperts|[Gg]roup of [Ee]xperts|Monitoring Group|Analytical Support and Sanctions Monitoring Team|Monitoring Team|Team of Experts|Committee of Experts|Monitoring Mechanism|Working Group)(?: of the Security Council)?(?: on (?:the )?[A-Z][\w' -]{2,40}?)?`;
/** The links' verbs (English, French): a match holds one of them, its first word a whole token (between spaces in the pattern), see `Needed`. */
const LINK_EN_VERBS = ['established', 'created', 'set up', 'appointed'];
// "Committee established pursuant to resolution …", and the UN's own short form "Committee pursuant to resolutions …" (no
// paragraph: "designated by the Committee pursuant to paragraph 4 of resolution 1857 (2008)" gives the listing's basis, S/RES/1896)
const LINK_EN_SHORT = 'pursuant to';
const LINK_EN_BASE = String.raw`,?\s+(?:(?:originally\s+)?(?:re[-\u2010\u2011])?(?:${LINK_EN_VERBS.join('|')})\s+(?:by the Secretary-General\s+)?(?:pursuant to|by|under|in accordance with|in)\s+(?:paragraph\s+\d+(?:\s*\([a-z]\))?\s+of\s+)?|${LINK_EN_SHORT}\s+)`;
const LINK_EN = String.raw`${LINK_EN_BASE}(?:Security Council\s+)?(?:its\s+)?resolutions?\s+`;
const HEADS_FR = String.raw`(Comité(?: des sanctions)?|Groupe d'experts|Groupe d’experts|Groupe de contrôle|Équipe de surveillance|Equipe de surveillance|Équipe d'appui analytique et de surveillance des sanctions|Groupe de travail|Mécanisme de surveillance)(?: du Conseil de sécurité)?(?: (?:sur|pour) (?:la |le |l'|l’|les )?\p{Lu}[\p{L}'’ -]{2,40}?)?`;
const HEADS_ES = String.raw`(Comité(?: de sanciones)?|[Gg]rupo de [Ee]xpertos(?: de las Naciones Unidas)?|Grupo de Supervisión|Equipo de Vigilancia|Equipo de Apoyo Analítico y Vigilancia de las Sanciones|Grupo de Trabajo|Mecanismo de Vigilancia)(?: del Consejo de Seguridad)?(?: (?:sobre|relativo a|para|contra) (?:el |la |los |las )?\p{Lu}[\p{L}'’ -]{2,40}?)?`;
// "establecido en la resolución 1533 (2004)", "en el párrafo 24 de la resolución 1973 (2011)": "en" as the English "by", "in"
const LINK_ES_BASE = String.raw`,?\s+(?:(?:establecid[oa]s?|cread[oa]s?|constituid[oa]s?|nombrad[oa]s?)\s+(?:por el Secretario General\s+)?(?:en virtud del?|de conformidad con|por|con arreglo al?|conforme al?|en)|dimanante\s+de)\s+(?:(?:la|las|el)\s+)?(?:párrafo\s+\d+\s+de\s+(?:la\s+)?)?`;
const LINK_ES = String.raw`${LINK_ES_BASE}(?:su\s+)?resoluci(?:ón|ones)\s+`;
const LINK_FR_VERBS = ['créé', 'créée', 'créés', 'créées', 'établi', 'établie', 'établis', 'établies', 'constitué', 'constituée', 'constitués', 'constituées', 'nommé', 'nommée', 'visé', 'visée', 'faisant suite'];
const LINK_FR_BASE = String.raw`\s+(?:${LINK_FR_VERBS.join('|')})\s+(?:par le Secrétaire général\s+)?(?:par|en application d[eu]|en vertu d[eu]|aux|au|à la|conformément à|conformément au)\s+(?:(?:l[ae]|du)\s+)?(?:paragraphe\s+\d+\s+de\s+(?:la\s+)?)?`;
const LINK_FR = String.raw`${LINK_FR_BASE}(?:sa\s+)?résolutions?\s+`;
/**
 * The resolution named by an anaphor ("the Panel of Experts established by the same resolution", "le Comité créé en
 * application du paragraphe 16 de ladite résolution", "el Grupo de Expertos establecido en la misma resolución"): the
 * last one the paragraph cites before it (`citedBefore`).
 */
const SAME_EN = String.raw`(?:that|the same|the said|said)\s+resolution(?![\p{L}])`;
const SAME_FR = String.raw`(?:ladite|cette même|même)\s+résolution(?![\p{L}])`;
const SAME_ES = String.raw`(?:misma|dicha|esa)\s+resolución(?![\p{L}])`;
const CITED = new RegExp(String.raw`(?:resolutions?|résolutions?|resoluci(?:ón|ones))\s+${NUMBER}`, 'giu');

/**
 * What each pattern cannot match without: `link` one of the link verbs (LINK_EN_VERBS, LINK_FR_VERBS: the patterns and the words from one list) and `resolution` the word
 * "resolution(s)", as whole tokens (both stand between whitespace in the pattern), each a flag of
 * KEYWORDS whose words are registered below; `letters` one of these characters ("résolution" needs
 * its é, in either case). A document lacking any of them cannot hold a match, and the regex (the
 * French one case-insensitive, slow) is not run over it.
 */
interface Needed {
  /** KEYWORD flags, 0: none needed */
  link: number;
  resolution: number;
  letters: string[];
}

interface Pattern {
  regex: RegExp;
  headGroup: number;
  needed: Needed;
  /** the data's pattern began with a word-start lookbehind, checked after each hit instead (see buildPatterns) */
  wordStart: boolean;
  /** the link ends on an anaphor ("the same resolution"): the number is the one cited before it */
  anaphoric: boolean;
}

/**
 * A data pattern's leading "not after a letter". V8 cannot look for a pattern's first characters
 * when it starts with a lookbehind, and tries the whole alternation at every position (the Arabic
 * pattern took 35 ms on 54 texts); the regex runs without it, and a hit after a letter is dropped
 * and the search resumes one character on: the same matches (the lookbehind reads nothing the rest
 * of the pattern matches).
 */
const WORD_START = '(?<![\\p{L}])';

/** The first word of each phrase (split at spaces). */
const firstWordsOf = (phrases: string[]): string[] => phrases.map((phrase) => phrase.split(' ')[0]!);

/** Registers the needed words in KEYWORDS (before the document's keyword hits are taken). */
export function prepareSubsidiaryBodies(): void {
  if (PATTERNS) return;
  table ??= readDataFile<CommitteesFile>('committees.json');
  for (const word of ['resolution', 'resolutions']) KEYWORDS.add(word, KEYWORD.RESOLUTION);
  for (const word of ['resolucion', 'resoluciones']) KEYWORDS.add(word, KEYWORD.RESOLUCION);
  for (const word of firstWordsOf([...LINK_EN_VERBS, LINK_EN_SHORT])) KEYWORDS.add(word, KEYWORD.SUBSIDIARY_LINK_EN);
  for (const word of firstWordsOf(LINK_FR_VERBS)) KEYWORDS.add(word, KEYWORD.SUBSIDIARY_LINK_FR);
  PATTERNS = buildPatterns(table);
}

/** The English, Spanish and French patterns, then the data's (Russian, Arabic, Chinese: committees.json `patterns`), in that order. */
function buildPatterns(data: CommitteesFile): Pattern[] {
  const en: Needed = { link: KEYWORD.SUBSIDIARY_LINK_EN, resolution: KEYWORD.RESOLUTION, letters: [] };
  const es: Needed = { link: 0, resolution: KEYWORD.RESOLUCION, letters: ['ó', 'Ó'] };
  const fr: Needed = { link: KEYWORD.SUBSIDIARY_LINK_FR, resolution: KEYWORD.RESOLUTION, letters: ['é', 'É'] };
  const patterns: Pattern[] = [
    { regex: new RegExp(`${HEADS_EN}${LINK_EN}${NUMBER_LIST}`, 'gu'), headGroup: 1, needed: en, wordStart: false, anaphoric: false },
    { regex: new RegExp(`${HEADS_ES}${LINK_ES}${NUMBER_LIST}`, 'gu'), headGroup: 1, needed: es, wordStart: false, anaphoric: false },
    { regex: new RegExp(`${HEADS_FR}${LINK_FR}${NUMBER_LIST}`, 'giu'), headGroup: 1, needed: fr, wordStart: false, anaphoric: false },
    { regex: new RegExp(`${HEADS_EN}${LINK_EN_BASE}${SAME_EN}`, 'gu'), headGroup: 1, needed: en, wordStart: false, anaphoric: true },
    { regex: new RegExp(`${HEADS_ES}${LINK_ES_BASE}${SAME_ES}`, 'gu'), headGroup: 1, needed: es, wordStart: false, anaphoric: true },
    { regex: new RegExp(`${HEADS_FR}${LINK_FR_BASE}${SAME_FR}`, 'giu'), headGroup: 1, needed: fr, wordStart: false, anaphoric: true },
  ];
  // the data's languages: the texts are tested on the link's verb only ("учрежденный", "المنشأ", "所设")
  for (const [lang, entry] of Object.entries(data.patterns)) {
    if (typeof entry === 'string') continue;
    const source = entry.pattern ?? (entry.heads && entry.link ? `${entry.heads}${entry.link}${NUMBER_LIST}` : null);
    if (!source) throw new Error(`data/entities/committees.json: patterns.${lang} needs "pattern", or "heads" and "link"`);
    const wordStart = source.startsWith(WORD_START);
    patterns.push({
      regex: new RegExp(wordStart ? source.slice(WORD_START.length) : source, 'gu'),
      headGroup: entry.pattern ? 0 : 1,
      needed: { link: 0, resolution: 0, letters: entry.needed },
      wordStart,
      anaphoric: false,
    });
  }
  return patterns;
}

/**
 * Whether the text holds what `needed` lists (any listed letter; among its words, `flags`, one of
 * `resolution` and, when listed, one of `link`). The case-insensitive French regex also matches
 * "ſ" (long s) for "s", which folds to itself: a text holding one passes the word test.
 */
function mayMatch(text: string, flags: number, needed: Needed): boolean {
  if (needed.letters.length > 0 && !needed.letters.some((letter) => text.includes(letter))) return false;
  if (needed.resolution === 0) return true;
  return ((flags & needed.resolution) !== 0 && (needed.link === 0 || (flags & needed.link) !== 0)) || text.includes('\u017f');
}

const SHORT_NAMES = /\b(\d{3,4})(?:\/\d{3,4})*\s+(Committee|Sanctions Committee)\b|\bComité\s+(\d{3,4})\b/gu;
/**
 * Committees listed by their resolutions' numbers in brackets after a plural head: "its three Committees (1267, CTC and 1540)"
 * (S/PRST/2006/56): each number names its committee (the acronyms are names of their own). Only a list of numbers and acronyms.
 */
const LISTED_NUMBERS = /\b(?:Committees|Comités)\s*\(((?:\d{3,4}|\p{Lu}{2,})(?:\s*(?:,|\band\b|\bet\b|\by\b)\s*(?:\d{3,4}|\p{Lu}{2,}))+)\)/gu;
const LISTED_NUMBER = /\d{3,4}/gu;

let table: CommitteesFile | null = null;
let PATTERNS: Pattern[] | null = null;

/**
 * `flags`, when given: the KEYWORDS flags of the text's words (KEYWORDS.flagsIn, after
 * prepareSubsidiaryBodies); patterns that cannot match are then skipped.
 */
export function findSubsidiaryBodies(text: string, flags?: number): SubsidiaryMatch[] {
  prepareSubsidiaryBodies();
  const found: SubsidiaryMatch[] = [];
  for (const { regex, headGroup, needed, wordStart, anaphoric } of PATTERNS!) {
    if (flags !== undefined && !mayMatch(text, flags, needed)) continue;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (wordStart && letterBefore(text, match.index)) {
        regex.lastIndex = match.index + (text.codePointAt(match.index)! > 0xffff ? 2 : 1);
        continue;
      }
      const head = match.groups?.head ?? match[headGroup]!;
      if (anaphoric) {
        const cited = citedBefore(text, match.index);
        if (cited) found.push({ start: match.index, end: match.index + match[0].length, ...describe(table!, subsidiaryKind(table!, head), cited[0], cited[1]) });
        continue;
      }
      // named groups where the number comes before the head (Chinese)
      const number = match.groups?.number ?? match[headGroup + 1]!;
      const year = match.groups ? match.groups.year : match[headGroup + 2];
      found.push({ start: match.index, end: match.index + match[0].length, ...describe(table!, subsidiaryKind(table!, head), number, year) });
    }
  }
  // both forms hold their head word as written: a text with neither is not scanned (most are not)
  if (text.includes('Committee') || text.includes('Comité')) {
    SHORT_NAMES.lastIndex = 0;
    for (let match = SHORT_NAMES.exec(text); match; match = SHORT_NAMES.exec(text)) {
      const number = match[1] ?? match[3]!;
      found.push({ start: match.index, end: match.index + match[0].length, ...describe(table!, 'committee', number, undefined) });
    }
    LISTED_NUMBERS.lastIndex = 0;
    for (let match = LISTED_NUMBERS.exec(text); match; match = LISTED_NUMBERS.exec(text)) {
      const listStart = match.index + match[0].indexOf('(') + 1;
      LISTED_NUMBER.lastIndex = 0;
      for (let number = LISTED_NUMBER.exec(match[1]!); number; number = LISTED_NUMBER.exec(match[1]!)) {
        found.push({ start: listStart + number.index, end: listStart + number.index + number[0].length, ...describe(table!, 'committee', number[0], undefined) });
      }
    }
  }
  return dropOverlaps(found);
}

/** The number (and year) of the last resolution cited in the paragraph before `at`, or null. */
function citedBefore(text: string, at: number): [string, string | undefined] | null {
  const from = text.lastIndexOf('\n', at) + 1;
  CITED.lastIndex = from;
  let last: [string, string | undefined] | null = null;
  for (let match = CITED.exec(text); match && match.index < at; match = CITED.exec(text)) last = [match[1]!, match[2]];
  return last;
}

function subsidiaryKind(data: CommitteesFile, head: string): SubsidiaryKind {
  const lower = head.toLowerCase();
  return data.kinds.order.find(({ words }) => words.some((word) => lower.includes(word)))?.kind ?? 'committee';
}

const LABELS: Record<SubsidiaryKind, { en: string; fr: string; prefix: string }> = {
  committee: { en: 'Security Council Committee', fr: 'Comité du Conseil de sécurité', prefix: 'Committee' },
  panel: { en: 'Panel of Experts', fr: "Groupe d'experts", prefix: 'Panel' },
  group: { en: 'Monitoring Group', fr: 'Groupe de contrôle', prefix: 'MonitoringGroup' },
  team: { en: 'Monitoring Team', fr: 'Équipe de surveillance', prefix: 'Team' },
  mechanism: { en: 'Monitoring Mechanism', fr: 'Mécanisme de surveillance', prefix: 'Mechanism' },
  'working-group': { en: 'Working Group', fr: 'Groupe de travail', prefix: 'WorkingGroup' },
};

function describe(
  data: CommitteesFile,
  kind: SubsidiaryKind,
  number: string,
  year: string | undefined,
): { id: string; info?: EntityInfo } {
  const known = data.known[kind]?.[number];
  if (known) return { id: known };
  const names = LABELS[kind];
  // a body the gazetteer describes under the id the pattern makes ("Panel2140": the Panel of Experts on Yemen)
  if (loadGazetteer().entities.has(entityRef('Body', `${names.prefix}${number}`))) return { id: `${names.prefix}${number}` };
  const resolution = year ? `${number} (${year})` : number;
  const subject = data.subjects[number];
  const label = `${names.en} established pursuant to resolution ${resolution}${subject && kind === 'committee' ? ` concerning ${subject}` : ''}`;
  const info: EntityInfo = {
    kind: 'Body',
    id: `${names.prefix}${number}`,
    label,
    category: kind,
    aliases: [
      label,
      `${names.en} established pursuant to resolution ${resolution}`,
      `${names.fr} créé par la résolution ${resolution}`,
      ...(kind === 'committee' ? [`${number} Committee`, `Comité ${number}`] : []),
    ],
  };
  if (year) info.establishedBy = `S/RES/${number} (${year})`;
  return { id: info.id, info };
}

function dropOverlaps(matches: SubsidiaryMatch[]): SubsidiaryMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SubsidiaryMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/** The subsidiary body of that kind resolution `number` (`year`) established: a known one, or a new `<Kind><number>`. */
export function subsidiaryBody(kind: SubsidiaryKind, number: string, year: string | undefined): { id: string; info?: EntityInfo } {
  table ??= readDataFile<CommitteesFile>('committees.json');
  return describe(table, kind, number, year);
}

/** The sanctions committee the panel `panelId` reports to (committees.json `panelCommittees`), or null. */
export function committeeOfPanel(panelId: string): { id: string; info?: EntityInfo } | null {
  table ??= readDataFile<CommitteesFile>('committees.json');
  const established = table.panelCommittees?.[panelId];
  return Array.isArray(established) ? describe(table, 'committee', established[0]!, established[1]) : null;
}

/**
 * The panel of experts that reports to the committee `committeeId` (committees.json `panelCommittees` read backwards), or
 * null: "the Panel of Experts" of a text that names the Committee established pursuant to resolution 2206 (2015) and no
 * panel by its resolution is the Panel of Experts on South Sudan.
 */
export function panelOfCommittee(committeeId: string): string | null {
  table ??= readDataFile<CommitteesFile>('committees.json');
  for (const [panelId, established] of Object.entries(table.panelCommittees ?? {})) {
    if (!Array.isArray(established)) continue;
    if (describe(table, 'committee', established[0]!, established[1]).id === committeeId) return panelId;
  }
  return null;
}

/** Per language, the generic panel's forms as one regex and a string each holds (compiled on first use). */
const GENERIC_PANELS = new Map<string, { pattern: RegExp; needed: string[]; spaced: boolean; notAfter: string[]; proclitics: string[] }>();

function genericPanelPattern(lang: string): { pattern: RegExp; needed: string[]; spaced: boolean; notAfter: string[]; proclitics: string[] } {
  const known = GENERIC_PANELS.get(lang);
  if (known) return known;
  const own = table!.genericPanel.byLanguage?.[lang];
  const entry = own && typeof own !== 'string' ? own : null;
  const names = entry ? entry.names : table!.genericPanel.names;
  const spaced = lang !== 'zh';
  const source = names.map((name) => escapeRegExp(name).replace(/'/gu, "['’]")).join('|');
  const compiled = { pattern: new RegExp(`(?:${source})${spaced ? '(?![\\p{L}])' : ''}`, 'gu'), needed: entry ? [entry.needed] : ['xperts', 'xpertos'], spaced, notAfter: entry?.notAfter ?? [], proclitics: entry?.proclitics ?? [] };
  GENERIC_PANELS.set(lang, compiled);
  return compiled;
}

/** The letters glued before `start` are one or two proclitics ("و", "وب") after a word boundary. */
function afterProclitics(text: string, start: number, proclitics: string[]): boolean {
  let from = start;
  while (from > 0 && start - from < 2 && proclitics.includes(text[from - 1]!)) from -= 1;
  return from < start && !letterBefore(text, from);
}

/**
 * "the Group of Experts", "le Groupe d’experts", "el Grupo de Expertos", "Группа экспертов", "فريق الخبراء", "专家小组"
 * where no name says which panel it is (the only panel the document names has been resolved before, as a short
 * reference): the generic Panel of Experts. Only capitalised forms: "un groupe d’experts" is a common noun.
 */
export function findGenericPanels(text: string, matches: ReadonlyArray<{ start: number; end: number }>, lang = 'en'): SubsidiaryMatch[] {
  table ??= readDataFile<CommitteesFile>('committees.json');
  const found: SubsidiaryMatch[] = [];
  const { pattern, needed, spaced, notAfter, proclitics } = genericPanelPattern(lang);
  if (!needed.some((part) => text.includes(part))) return found;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    // (but for Arabic proclitics glued to it: "وفريق الخبراء", "لفريق الخبراء")
    if (spaced && letterBefore(text, start) && !afterProclitics(text, start, proclitics)) continue;
    // "相应的专家小组": a panel described, no name
    if (notAfter.some((word) => text.endsWith(word, start))) continue;
    const end = start + match[0].length;
    if (matches.some((other) => other.start < end && other.end > start)) continue;
    const { label, names } = table.genericPanel;
    found.push({ start, end, id: 'PanelOfExperts', info: { kind: 'Body', id: 'PanelOfExperts', label, aliases: [label, ...names], category: 'panel' } });
  }
  return found;
}
