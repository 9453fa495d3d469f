/**
 * Entity extraction for one segmented document: bodies, threats, groups, states and persons
 * (MENTIONS from the document), the threats and groups a resolution text deals with
 * (ADDRESSES) and the bodies its paragraphs give tasks to (MANDATES).
 * Pure and deterministic: the same document always yields the same fragment.
 */
import { bodyKey, groupKey, personKey, resolutionKey, stateKey, threatKey } from '@unkg/graph';
import { FragmentEdges, type DocType, type Evidence, type GraphFragment, type NodeAttributes } from '@unkg/graph';
import type { SegmentedDocument, Segment } from '../types';
import { findAcronymIntroductions } from './acronyms';
import { findNamedBodies } from './named-bodies';
import { findGenericPanels, findSubsidiaryBodies, panelOfCommittee, prepareSubsidiaryBodies } from './committees';
import { documentDate, findCoordinatedBodies, findCoordinatedThreats, prepareCoordination } from './coordination';
import { findEstablishedBodies } from './established';
import { decodeUnits, foldAndTokenize, TokenBuffer, type Tokens } from './fold';
import { DOCUMENT_SCOPE, EntityTable, entityRef, loadGazetteer, readDataFile, type EntityInfo, type Gazetteer } from './gazetteer';
import { findMandates, prepareMandates } from './mandates';
import { findReportedMandates } from './reported';
import { makeMatch, scan, type EntityKind, type NameMatch } from './matcher';
import { KEYWORDS } from './keywords';
import { findPersons, insideCompoundGivenName, notNameWords, preparePersons, type PersonMention } from './persons';
import { resolvePosts } from './posts';
import { findFederalGovernments, prepareFederalGovernments } from './federal';
import { findShortReferences } from './references';
import { segmentAt } from './spans';
import { symbolNode } from '../symbols';
import { alternation } from '../escape-regexp';
import { dominant } from './dominant';

export type { EntityInfo } from './gazetteer';

/** One recognised name in the text, resolved to an entity. */
export interface EntityMention {
  kind: EntityKind;
  id: string;
  start: number;
  end: number;
  /** index into doc.segments, or -1 when the document has no segment there */
  segment: number;
}

export interface DocumentEntities {
  mentions: EntityMention[];
  persons: PersonMention[];
  /** entity descriptions by entityRef, including bodies first seen in this document */
  entities: EntityTable;
  /** the document's text folded (same offsets), as code units; valid until the next recogniseEntities call (shared storage) */
  units: Uint16Array;
  /** its word tokens (same storage rule) */
  tokens: Tokens;
  /** KEYWORDS.hits(tokens): the tokens of every word-list rule and finder trigger (triggers.ts) */
  hits: number[];
  /** another organisation's own posts ("the European Union, notably its Special Representative"): no mention, their owner's id */
  owned: OwnedPost[];
}

/** A post that an organisation named before it owns, by its owner's id: read through in a chain of addressees (mandates.ts). */
export interface OwnedPost {
  id: string;
  start: number;
  end: number;
}

/** Token arrays reused by every document: the tokens are read only while recognising one. */
const TOKENS = new TokenBuffer(1 << 16);

/** Recognises every entity name in the document (no graph yet): the core the fragment is built from. */
/** A currency sign ("$", "€", "£"): after a State's name or code it writes a currency ("US$"), no mention of the State. */
const CURRENCY_SIGN = /^\p{Sc}/u;

export function recogniseEntities(doc: SegmentedDocument): DocumentEntities {
  const gazetteer = loadGazetteer();
  const { text } = doc;
  const { units, tokens } = foldAndTokenize(text, TOKENS);
  const entities = new EntityTable(gazetteer.entities);
  // one pass over the tokens for every word-list rule (persons, coordinated names) and the finders' triggers (triggers.ts)
  preparePersons();
  prepareCoordination();
  prepareMandates();
  prepareSubsidiaryBodies();
  prepareFederalGovernments();
  const hits = KEYWORDS.hits(tokens);
  /** which finders' trigger words the document holds */
  const present = KEYWORDS.flagsIn(hits, tokens);
  const subsidiaries = findSubsidiaryBodies(text, present);
  for (let index = 0; index < subsidiaries.length; index++) {
    const subsidiary = subsidiaries[index]!;
    if (subsidiary.info) entities.set(entityRef('Body', subsidiary.id), subsidiary.info);
  }
  const scanned = namesAcrossShortForms(gazetteer, text, scan(gazetteer.matcher, { text, units, tokens }));
  // the Council in "Security Council Committee established pursuant to …" is named too; nothing else inside
  const scannedNames =
    subsidiaries.length === 0
      ? scanned
      : scanned.filter((match) => match.id === 'SC' || !subsidiaries.some((subsidiary) => match.start < subsidiary.end && match.end > subsidiary.start));
  const matches: NameMatch[] = scannedNames.concat(subsidiaries.map((subsidiary): NameMatch => makeMatch('Body', subsidiary.id, subsidiary.start, subsidiary.end))).sort((a, b) => a.start - b.start);

  const segments = doc.segments;
  const accepted: NameMatch[] = [];
  matches.forEach((match, index) => {
    if (match.kind === 'Stop' || qualifiesNextBody(text, match, matches[index + 1])) return;
    // a currency sign right after a State's name is a currency ("US$450 million"), no State
    if (match.kind === 'State' && CURRENCY_SIGN.test(text.charAt(match.end))) return;
    if (contextAllows(gazetteer, doc, matches, match)) accepted.push(match);
    // a name whose context is missing gives way to the shorter name it starts with ("French" in "French forces")
    else if (match.shorter && match.shorter.kind !== 'Stop' && contextAllows(gazetteer, doc, matches, match.shorter)) accepted.push(match.shorter);
    else if (match.requires) {
      // or to the names after its first word ("françaises" after the head "forces" in "les forces françaises")
      const space = text.indexOf(' ', match.start);
      if (space < 0 || space >= match.end) return;
      for (const inner of scan(gazetteer.matcher, { text, units, tokens, from: space + 1, to: match.end })) {
        if (inner.kind !== 'Stop' && contextAllows(gazetteer, doc, matches, inner)) accepted.push(inner);
      }
    }
  });
  const acronyms = findAcronymIntroductions(text, accepted, entities);
  const folded = decodeUnits(units);
  const introduced = accepted.concat(acronyms);
  const named = (READS_NAMED_BODIES.has(doc.identity.docType) ? introduced.concat(findNamedBodies(text, introduced, entities)) : introduced).sort((a, b) => a.start - b.start);
  const established = findEstablishedBodies(doc, folded, named, entities);
  const found = established.length ? named.concat(established).sort((a, b) => a.start - b.start) : named;
  const references = findShortReferences(text, folded, doc.identity.lang, found, entities, tokens);
  // a name inside a short reference ("الأمم المتحدة" in "قوة الأمم المتحدة") is part of it
  const outside = references.length > 0 ? found.filter((match) => !references.some((reference) => reference.start <= match.start && match.end <= reference.end)) : found;
  const owned: OwnedPost[] = [];
  const withPosts = resolvePosts(text, folded, doc.identity.lang, doc.identity.docType, outside.concat(references).sort((a, b) => a.start - b.start), entities, owned);
  const coordinated = findCoordinatedThreats(text, accepted, gazetteer.matcher, tokens, hits).concat(findCoordinatedBodies(text, gazetteer.matcher, tokens, hits, documentDate(doc.identity.date, doc.identity.symbol ?? doc.identity.textOf[0] ?? null)));
  const generic = findGenericPanels(text, withPosts, doc.identity.lang);
  // a generic panel in a document that names one panel (or one at least twice as often as any other) is that panel; in
  // the Council's own texts also the panel of the one sanctions committee it names
  const onePanel =
    generic.length > 0 ? (dominantPanel(withPosts, entities) ?? (readsCommitteesPanel(doc.identity.docType) ? committeesPanel(withPosts, entities) : null)) : null;
  const panels = onePanel ? generic.map((panel) => ({ ...panel, id: onePanel })) : generic;
  if (panels.length > 0 && !onePanel) entities.set(entityRef('Body', 'PanelOfExperts'), panels[0]!.info!);
  // the short references a generic panel resolved to the document's one panel leaves ("and encourages the Panel to integrate
  // gender", S/RES/2577 para 18, after "the Panel of Experts" of the same paragraph): found before the generic panels were read,
  // they had no panel to stand for; read again with them, and only those that stand for that panel kept
  const panelReferences = onePanel && panels.length > 0 ? referencesToPanel(text, folded, doc.identity.lang, found, withPosts, panels, onePanel, entities, tokens) : [];
  // concat, not spreads: this function runs in baseline code, where a spread after the first walks the iterator protocol
  // a name inside a plural head's mission is part of it: "United Nations" in "the United Nations Missions in Sierra Leone and
  // …", the places' States ("Côte d’Ivoire" there names the mission, not the State addressed); a Government's place stays
  // its State ("Gouvernements du Mali et de la Fédération de Russie" names both States)
  const coordinatedMissions = coordinated.filter((match) => match.kind === 'Body' && entities.get(entityRef('Body', match.id))?.category !== 'government');
  const outsideCoordinated =
    coordinatedMissions.length > 0
      ? withPosts.filter((match) => (match.kind !== 'Body' && match.kind !== 'State') || !coordinatedMissions.some((body) => body.start <= match.start && match.end <= body.end))
      : withPosts;
  const allMatches = outsideCoordinated.concat(
    coordinated,
    panels.map((panel): NameMatch => makeMatch('Body', panel.id, panel.start, panel.end)),
    panelReferences,
    findFederalGovernments(text, doc.identity.lang, withPosts, entities, present),
    statesOfGovernments(accepted, entities),
  );
  const mentions: EntityMention[] = allMatches
    .filter((match) => !isPersonTitle(text, match, allMatches))
    // "M. Jean‑Maurice Ripert": a State's name inside a hyphenated given name
    .filter((match, _index, all) => match.kind !== 'State' || !insideCompoundGivenName(text, match.start, match.end, all))
    .map((match) => ({
      kind: match.kind as EntityKind,
      id: match.id,
      start: match.start,
      end: match.end,
      segment: segmentAt(segments, match.start),
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // "el chino Fu Cong": the name after a speaker's adjective is the speaker
  const speakers = accepted.filter((match) => match.requires === 'adjective-head' && namesSpeaker(text, match)).map((match) => match.end);
  const persons = findPersons(doc, mentions, entities, units, tokens, hits, speakers);
  return { mentions, persons, entities, units, tokens, hits, owned };
}

export function extractEntities(doc: SegmentedDocument, docKey: string): GraphFragment {
  const { mentions, persons, entities, units, tokens, hits, owned } = recogniseEntities(doc);
  const fragment: GraphFragment = { nodes: [], edges: [] };
  const edges = new FragmentEdges(fragment);
  const nodeKeys = new Set<string>();
  const addNode = (key: string, attributes: NodeAttributes | (() => NodeAttributes)): void => {
    if (nodeKeys.has(key)) return;
    nodeKeys.add(key);
    fragment.nodes.push({ key, attributes: typeof attributes === 'function' ? attributes() : attributes });
  };

  // an entity is named many times in a document: its description and key are looked up once
  const resolved = new Map<string, { info: EntityInfo; key: string } | null>();
  const resolve = (kind: EntityKind, id: string): { info: EntityInfo; key: string } | null => {
    const ref = entityRef(kind, id);
    let entity = resolved.get(ref);
    if (entity === undefined) {
      const info = entities.get(ref);
      entity = info ? { info, key: entityKey(kind, id) } : null;
      resolved.set(ref, entity);
      if (entity && !nodeKeys.has(entity.key)) addNode(entity.key, entityNode(entity.info));
    }
    return entity;
  };

  const mandates = findMandates(doc, mentions, units, tokens, hits, owned);
  const mandated = new Set(mandates.map((mandate) => mandate.body));
  const { addresseeOnly, mandates: mandateRules } = loadGazetteer();
  // a collective named by a common noun (mandates.json directOnly: "peacekeeping operations") is the body only where it is addressed,
  // never in "women in peacekeeping operations" or "the Special Committee on Peacekeeping Operations" of the same document
  const directOnly = mandateRules.directOnly ?? [];
  const addressedAt = directOnly.length ? new Set(mandates.filter((mandate) => directOnly.includes(mandate.body)).map((mandate) => `${mandate.body} ${mandate.start}`)) : null;
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    // a Government or a collective named but not addressed: its State is mentioned instead (statesOfGovernments)
    if (mention.kind === 'Body' && addresseeOnly.has(mention.id) && !mandated.has(mention.id)) continue;
    if (addressedAt && mention.kind === 'Body' && directOnly.includes(mention.id) && !addressedAt.has(`${mention.id} ${mention.start}`)) continue;
    const entity = resolve(mention.kind, mention.id);
    if (!entity) continue;
    const { key } = entity;
    const segment = doc.segments[mention.segment];
    const evidence = evidenceFor(docKey, segment, mention.start, mention.end);
    edges.add('MENTIONS', docKey, key, evidence);
    if ((mention.kind === 'Threat' || mention.kind === 'Group') && segment?.textOf) {
      const source = resolutionKey(segment.textOf);
      const symbol = segment.textOf;
      addNode(source, () => symbolNode(symbol));
      edges.add('ADDRESSES', source, key, evidence);
    }
  }

  for (let index = 0; index < persons.length; index++) {
    const person = persons[index]!;
    const key = personKey(person.name);
    const attributes: NodeAttributes = { kind: 'Person', label: person.name };
    if (person.role) attributes.role = person.role;
    if (person.organisation) attributes.organisation = person.organisation;
    addNode(key, attributes);
    const segment = doc.segments[segmentAt(doc.segments, person.start)];
    edges.add('MENTIONS', docKey, key, evidenceFor(docKey, segment, person.start, person.end));
  }

  // the mandates a news or press body paragraph reports ("By resolution 2482 (2019), the Council called upon …"): edges only,
  // the document's mentions stay those of its names (a Government or collective it reports addressed is no body it names)
  const reported = findReportedMandates(doc, mentions);
  const allMandates = reported.length > 0 ? mandates.concat(reported) : mandates;
  for (let index = 0; index < allMandates.length; index++) {
    const mandate = allMandates[index]!;
    const entity = resolve('Body', mandate.body);
    if (!entity) continue;
    const target = entity.key;
    const source = resolutionKey(mandate.resolution);
    addNode(source, () => symbolNode(mandate.resolution));
    const segment = doc.segments[mandate.segment];
    const evidence = evidenceFor(docKey, segment, mandate.start, mandate.end, mandate.verb);
    if (mandate.role) evidence.role = mandate.role;
    // reported in a news paragraph, which is no text of the resolution: the item names it
    if (segment && segment.textOf !== mandate.resolution) evidence.resolution = mandate.resolution;
    edges.add('MANDATES', source, target, evidence);
  }
  return fragment;
}

/** Node keys by kind and id, made once: the same strings then serve every document (and the merge's maps). */
const ENTITY_KEYS = new Map<string, string>();

export function entityKey(kind: EntityKind, id: string): string {
  const ref = entityRef(kind, id);
  let key = ENTITY_KEYS.get(ref);
  if (key === undefined) {
    key = makeEntityKey(kind, id);
    ENTITY_KEYS.set(ref, key);
  }
  return key;
}

function makeEntityKey(kind: EntityKind, id: string): string {
  switch (kind) {
    case 'Body':
      return bodyKey(id);
    case 'Threat':
      return threatKey(id);
    case 'Group':
      return groupKey(id);
    case 'State':
      return stateKey(id);
  }
}

function entityNode(info: EntityInfo): NodeAttributes {
  switch (info.kind) {
    case 'State':
      return { kind: 'State', label: info.label, iso2: info.id };
    case 'Body': {
      const node: NodeAttributes = { kind: 'Body', label: info.label, aliases: info.aliases };
      if (info.establishedBy) node.establishedBy = info.establishedBy;
      if (info.state) node.state = info.state;
      return node;
    }
    default:
      return { kind: info.kind, label: info.label, aliases: info.aliases };
  }
}

/** The evidence of a match: the pipeline places it in its paragraph, readers derive the quote. */
function evidenceFor(docKey: string, segment: Segment | undefined, start: number, end: number, verb: string | null = null): Evidence {
  const section = segment && segment.section !== 'cover' ? segment.section : 'body';
  return { doc: docKey, section, paragraph: segment?.paragraph ?? null, verb, start, end };
}

/**
 * "el ruso, Vassily Nebenzia", "la estadounidense, Dorothy Shea", "la Mexicaine Elisa de Anda Madrazo":
 * an adjective (or the noun of a nationality) after a definite article and before a person's name
 * stands for the speaker of that country, the head noun ("representante", "déléguée") left out.
 */
function namesSpeaker(text: string, match: NameMatch): boolean {
  return ARTICLE_BEFORE.test(text.slice(Math.max(0, match.start - 5), match.start)) && NAME_AFTER.test(text.slice(match.end, match.end + 30));
}
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:el|la|los|las|le|les|l['’])[ \t]*$/iu;
const NAME_AFTER = /^,?[ \t]+\p{Lu}\p{Ll}+[ \t-]+(?:(?:de|da|van|von|del|al|el)[ \t]+)?\p{Lu}\p{Ll}/u;

/** A bracket that introduces a short form ("(hereinafter “the Panel”)"), by references.json's introducers. */
let shortFormBracket: RegExp | null | undefined;

/**
 * The names a bracket introducing a short form interrupts, read without it: "the Panel of Experts (hereinafter “the Panel”)
 * on the Illegal Exploitation of Natural Resources and Other Forms of Wealth in the Democratic Republic of the Congo"
 * (S/RES/1457, para 1) is the Panel that name gives, from "Panel" to "Congo". A name read so replaces the names inside its
 * span ("Panel of Experts", "Democratic Republic of the Congo"); the bracket's own quoted form is read by references.ts.
 * Only where the text holds an introducer inside a bracket (cheap test first).
 */
function namesAcrossShortForms(gazetteer: Gazetteer, text: string, scanned: NameMatch[]): NameMatch[] {
  if (shortFormBracket === undefined) {
    const introducers = readDataFile<{ introducers?: string[] }>('references.json').introducers ?? [];
    shortFormBracket = introducers.length ? new RegExp(` \\((?:${alternation(introducers)})(?![\\p{L}])[^()]{0,60}\\)`, 'giu') : null;
  }
  if (shortFormBracket === null || !text.includes('(')) return scanned;
  let result = scanned;
  shortFormBracket.lastIndex = 0;
  for (let hit = shortFormBracket.exec(text); hit; hit = shortFormBracket.exec(text)) {
    const cut = hit.index;
    const length = hit[0].length;
    const joined = text.slice(0, cut) + text.slice(cut + length);
    // from a word's start at most 200 characters before the bracket, to 300 after it
    const from = Math.max(0, joined.lastIndexOf(' ', Math.max(0, cut - 200)) + 1);
    const across = scan(gazetteer.matcher, { text: joined, from, to: Math.min(joined.length, cut + 300) })
      .filter((match) => match.kind === 'Body' && match.start < cut && match.end > cut && /\S/u.test(joined.slice(cut, match.end)))
      .map((match) => ({ ...match, end: match.end + length }));
    if (across.length === 0) continue;
    result = result.filter((match) => !across.some((name) => name.start <= match.start && match.end <= name.end)).concat(across);
    result.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return result;
}

/**
 * The short references ("the Panel", "Группе", "الفريق") that stand for the document's one panel `panel` once its generic
 * mentions (`panels`) count as named, outside every mention already read (`mentions`).
 */
function referencesToPanel(
  text: string,
  folded: string,
  lang: string,
  found: NameMatch[],
  mentions: readonly NameMatch[],
  panels: ReadonlyArray<{ start: number; end: number }>,
  panel: string,
  entities: EntityTable,
  tokens: Tokens | undefined,
): NameMatch[] {
  const named = found.concat(panels.map((generic): NameMatch => makeMatch('Body', panel, generic.start, generic.end))).sort((a, b) => a.start - b.start);
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && a.end > b.start;
  return findShortReferences(text, folded, lang, named, entities, tokens).filter(
    (reference) => reference.id === panel && !mentions.some((mention) => overlaps(mention, reference)) && !panels.some((generic) => overlaps(generic, reference)),
  );
}

/**
 * The panel of experts a document names: the only one, or one named at least twice as often as any other. Panels of
 * experts only (`Panel<N>`): the Monitoring Team and the Monitoring Group, whose category is panel too, named once
 * beside the Panel of Experts on Yemen, left the Yemen resolutions' "the Panel of Experts" generic.
 */
function dominantPanel(matches: readonly NameMatch[], entities: EntityTable): string | null {
  const counts = new Map<string, number>();
  for (const match of matches) {
    if (match.kind !== 'Body' || !match.id.startsWith('Panel') || match.id === 'PanelOfExperts') continue;
    if (entities.get(entityRef('Body', match.id))?.category !== 'panel') continue;
    counts.set(match.id, (counts.get(match.id) ?? 0) + 1);
  }
  return dominant(counts);
}

/** Bodies named without an acronym are read in news and press releases only (named-bodies.ts). */
const READS_NAMED_BODIES: ReadonlySet<DocType> = new Set<DocType>(['news', 'press-release']);

/**
 * Whether a generic "Panel of Experts" may be the panel of the one sanctions committee the document names
 * (`committeesPanel`): in the Council's own texts, resolutions and presidential statements, yes (S/RES/2521 and 2577
 * extend "the mandate of the Panel of Experts" beside the Committee established pursuant to resolution 2206); news and
 * press releases write "the Panel of Experts" beside its committee and their gold keeps it the generic panel.
 */
const readsCommitteesPanel = (docType: DocType): boolean => docType === 'resolution' || docType === 'statement';

/**
 * The panel of experts of the one sanctions committee a document names that has a panel (`panelOfCommittee`), for a
 * document that names no panel by its resolution: S/RES/2521 and 2577 name the Committee established pursuant to
 * resolution 2206 (2015) and extend "the mandate of the Panel of Experts as set out in paragraph 19 of resolution 2428".
 */
function committeesPanel(matches: readonly NameMatch[], entities: EntityTable): string | null {
  let panel: string | null = null;
  for (const match of matches) {
    if (match.kind !== 'Body' || !match.id.startsWith('Committee')) continue;
    const own = panelOfCommittee(match.id);
    if (!own || own === panel) continue;
    if (panel) return null;
    panel = own;
  }
  return panel && entities.has(entityRef('Body', panel)) ? panel : null;
}

/** Contextual names: "sa Direction exécutive" needs the CTC in the same segment; "péruvien" a head noun. */
function contextAllows(gazetteer: Gazetteer, doc: SegmentedDocument, matches: NameMatch[], match: NameMatch): boolean {
  if (!match.requires) return true;
  if (match.requires === 'adjective-head') {
    return gazetteer.adjectiveHeads.test(doc.text.slice(Math.max(0, match.start - 60), match.start)) || namesSpeaker(doc.text, match);
  }
  if (match.requires === 'head-after') return gazetteer.headsAfter.test(doc.text.slice(match.end, match.end + 40));
  // "italo" of "le diplomate italo-suédois": the rest of a compound adjective after it, a head noun before it
  if (match.requires === 'compound-prefix') {
    return gazetteer.compoundRest.test(doc.text.slice(match.end, match.end + 60)) && gazetteer.adjectiveHeads.test(doc.text.slice(Math.max(0, match.start - 60), match.start));
  }
  // "the Special Adviser" where the document names UNITAD (a name of no context of its own: not the contextual name itself)
  if (match.requires.startsWith(DOCUMENT_SCOPE)) {
    const required = match.requires.slice(DOCUMENT_SCOPE.length);
    return matches.some((other) => !other.requires && other.id === required);
  }
  const index = segmentAt(doc.segments, match.start);
  const segment = doc.segments[index];
  const from = segment?.start ?? 0;
  const to = segment?.end ?? doc.text.length;
  // a state is named in its government's name too ("the Government of Sierra Leone")
  const namedIn = (other: NameMatch): boolean =>
    other.id === match.requires || (other.kind === 'Body' && gazetteer.entities.get(entityRef('Body', other.id))?.state === match.requires);
  if (matches.some((other) => other.start >= from && other.end <= to && namedIn(other))) return true;
  // "the Independent Electoral Commission" of S/PRST/2008/42 ¶3, which names no State: the State the document is about
  // (named at least twice as often as any other), when the name asks for a State, not a body ("AU" is both)
  return !gazetteer.entities.has(entityRef('Body', match.requires)) && dominantState(gazetteer, matches) === match.requires;
}

const DOMINANT_STATES = new WeakMap<NameMatch[], string | null>();

/** The State a document names most, by its names or its national bodies' (context-free matches only), at least twice as often as any other. */
function dominantState(gazetteer: Gazetteer, matches: NameMatch[]): string | null {
  const known = DOMINANT_STATES.get(matches);
  if (known !== undefined) return known;
  const counts = new Map<string, number>();
  for (const other of matches) {
    if (other.requires) continue;
    const state = other.kind === 'State' ? other.id : other.kind === 'Body' ? gazetteer.entities.get(entityRef('Body', other.id))?.state : undefined;
    if (state) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  const state = dominant(counts);
  DOMINANT_STATES.set(matches, state);
  return state;
}

/** "UN Counter-Terrorism Committee Executive Directorate": "UN" is part of the next body's name. */
function qualifiesNextBody(text: string, match: NameMatch, next: NameMatch | undefined): boolean {
  return match.kind === 'Body' && match.id === 'UN' && next?.kind === 'Body' && /^[\s-]{1,2}$/.test(text.slice(match.end, next.start));
}

/**
 * "Secrétaire Général d'INTERPOL", "le Secrétaire Général, M. Jürgen Stock", "Secretary-General Stock":
 * the title of a person or of another organisation's head, not the UN Secretary-General.
 */
function isPersonTitle(text: string, match: NameMatch, found: readonly NameMatch[]): boolean {
  if (match.kind !== 'Body' || match.id !== 'SG') return false;
  const after = text.slice(match.end, match.end + 40);
  if (unSecretaryGeneralNext().test(after)) return false;
  // "INTERPOL Secretary General", "the OIC's Secretary-General": another organisation's acronym before the title
  if (ownerAcronymBefore(text, match.start) && /\p{Ll}/u.test(text.slice(match.start, match.end))) return true;
  if (/^\s+(?:d['’]|de\s+l['’]|du\s+|des\s+|de\s+|of\s+(?:the\s+)?)(?!ONU|Organisation\s+des\s+Nations|United\s+Nations|Nations\s+Unies)\p{Lu}/u.test(after)) return true;
  // "le dernier rapport du Secrétaire général, M. Leonardo Santos Simão, Représentant spécial …": the person after the honorific holds
  // another post, so the title is a complement, not the person's
  if (GENITIVE_BEFORE.test(text.slice(Math.max(0, match.start - 12), match.start)) && honorificNameRole().test(text.slice(match.end, match.end + 160))) return false;
  // "the latest report of the Secretary-General, Valentine Rugwabiza, Special Representative …": a complement, not a title
  if (after.startsWith(',') && !/^,\s+(?:M\.|Mme|Mr\.?|Ms\.?|Mrs\.?|H\.E\.|S\.E\.)/u.test(after) && GENITIVE_BEFORE.test(text.slice(Math.max(0, match.start - 12), match.start))) return false;
  const next = /^,?\s+(?:M\.|Mme|Mr\.?|Ms\.?|Mrs\.?|H\.E\.|(\p{Lu}\p{Ll}+)(?=[\s,.;:!?)»]|$))/u.exec(after);
  // a word that starts no name ("Urges the Secretary-General, Member States and …": a list, persons.json notNames), or a body's
  // name ("encourages the Secretary-General, African Union and Member States", 2568)
  if (next === null || /^,?\s+(?:a|à|et|and|to|le|la)\s/u.test(after)) return false;
  if (next[1] === undefined) return true;
  if (notNameWords().has(next[1])) return false;
  const word = match.end + next[0].length - next[1].length;
  return !found.some((other) => other.kind === 'Body' && other.start === word);
}

let honorificNameRoleRegExp: RegExp | null = null;

/** ", M. Leonardo Santos Simão, Représentant spécial": an honorific, a name and, after a comma, a role of persons.json (any language). */
function honorificNameRole(): RegExp {
  if (honorificNameRoleRegExp) return honorificNameRoleRegExp;
  const roles = [...new Set(Object.values(loadGazetteer().persons.roles).flat())].filter((role) => /^\p{Lu}/u.test(role));
  honorificNameRoleRegExp = new RegExp(`^,\\s+(?:M\\.|Mme|Mr\\.?|Ms\\.?|Mrs\\.?|Sr\\.|Sra\\.|H\\.E\\.|S\\.E\\.)\\s+\\p{Lu}[^,;:()]{1,60},\\s+(?:${alternation(roles)})(?![\\p{L}])`, 'u');
  return honorificNameRoleRegExp;
}

/** "of the", "du", "del": the title is the complement of a noun ("report of the Secretary-General") */
const GENITIVE_BEFORE = /(?:^|[^\p{L}])(?:of[ \t]+the|du|del)[ \t]+$/iu;

/** "INTERPOL Secretary General", "the OIC's Secretary-General": an acronym other than the UN's right before `at`. */
function ownerAcronymBefore(text: string, at: number): boolean {
  // most titles follow "the", "le", "el": a lower-case letter before the space ends the look at once
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === at || end === 0) return false;
  const last = text[end - 1]!;
  if (last !== 's' && last.toLowerCase() === last) return false;
  const owner = /(?:^|[^\p{L}])(\p{Lu}[\p{Lu}\d]+)(?:['’]s)?$/u.exec(text.slice(Math.max(0, end - 30), end));
  return owner !== null && !UN_ACRONYMS.has(owner[1]!);
}

/** The United Nations' own acronyms: "UN Secretary-General" is the Secretary-General. */
const UN_ACRONYMS = new Set(['UN', 'ONU', 'UNO']);

let secretariesGeneral: RegExp | null = null;

/** "Secretary-General António Guterres", "Secretario General, Ban Ki-moon": one of the UN's Secretaries-General follows. */
function unSecretaryGeneralNext(): RegExp {
  if (secretariesGeneral) return secretariesGeneral;
  const names = loadGazetteer().persons.unSecretariesGeneral;
  secretariesGeneral = new RegExp(`^,?\\s+(?:M\\.\\s+|Mr\\.?\\s+|Sr\\.\\s+)?(?:${alternation(names)})(?![\\p{L}])`, 'u');
  return secretariesGeneral;
}

/** "the Libyan authorities", "Government of Niger": the government's name names its State too. */
function statesOfGovernments(matches: NameMatch[], entities: EntityTable): NameMatch[] {
  const states: NameMatch[] = [];
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index]!;
    if (match.kind !== 'Body') continue;
    const state = entities.get(entityRef('Body', match.id))?.state;
    if (state) states.push(makeMatch('State', state, match.start, match.end));
  }
  return states;
}

