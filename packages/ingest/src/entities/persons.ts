/**
 * Named persons, by rules on honorifics and titles (data/entities/persons.json):
 * "M. Vladimir Voronkov", "le représentant d'Interpol, Emmanuel Roux" (role and organisation),
 * "le Secrétaire Général Stock" (a surname the document has given in full elsewhere).
 * Measured on the seeds, compromise/fr-compromise find few of these names on their own
 * (see docs/entities.md), so the rules come first.
 */
import type { SegmentedDocument } from '../types';
import { leadVerb } from '../verbs';
import { entityRef, loadGazetteer, type EntityTable } from './gazetteer';
import type { EntityMention } from './index';

export interface PersonMention {
  name: string;
  start: number;
  end: number;
  role?: string;
  organisation?: string;
}

interface Patterns {
  honorific: RegExp;
  roleThenName: RegExp;
  notNames: Set<string>;
  particles: Set<string>;
}

let patterns: Patterns | null = null;

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{L}|\p{Lu}\.`;

function compile(): Patterns {
  const rules = loadGazetteer().persons;
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const particles = rules.particles.map(escape).join('|');
  const name = String.raw`(?:${NAME_WORD})(?:[ \t]+(?:(?:${particles})[ \t]+|d['’])?(?:${NAME_WORD})){0,4}`;
  const honorifics = [...rules.honorifics].sort((a, b) => b.length - a.length).map(escape).join('|');
  const roles = Object.values(rules.roles).flat().sort((a, b) => b.length - a.length).map(escape).join('|');
  return {
    // no lookbehind at the start: the engine then skips quickly to an honorific's first letter
    honorific: new RegExp(String.raw`(?:${honorifics})[ \t]+(${name})`, 'gu'),
    roleThenName: new RegExp(
      // "Ministre péruvien des affaires étrangères, M. X" or a title right before the name: "Secrétaire Général Stock"
      String.raw`(${roles})(?:((?:[ \t]+[^,.;:\n«»"()]{0,80}?)?),[ \t]+(?:(?:${honorifics})[ \t]+)?(${name})|[ \t]+(?:(?:${honorifics})[ \t]+)?(${name}))`,
      'gu',
    ),
    // a title is never part of a name: "President Olusegun Obasanjo of Nigeria, Chair of …"
    notNames: new Set([...rules.notNames, ...Object.values(rules.roles).flat().flatMap((role) => role.split(/[\s-]+/)).filter((word) => /^\p{Lu}/u.test(word))]),
    particles: new Set(rules.particles),
  };
}

export function findPersons(
  doc: SegmentedDocument,
  mentions: EntityMention[],
  entities: EntityTable,
): PersonMention[] {
  patterns ??= compile();
  const { text } = doc;
  const found = new Map<number, PersonMention>();
  const record = (mention: PersonMention): void => {
    const known = found.get(mention.start);
    if (!known || (!known.role && mention.role)) found.set(mention.start, mention);
  };

  patterns.roleThenName.lastIndex = 0;
  for (let match = patterns.roleThenName.exec(text); match; match = patterns.roleThenName.exec(text)) {
    if (startsInsideWord(text, match.index)) continue;
    const [, role, qualifier = '', afterComma, direct] = match;
    const rawName = afterComma ?? direct;
    const name = cleanName(rawName!, patterns, doc.identity.lang);
    if (!name) continue;
    const start = match.index + match[0].length - rawName!.length;
    const roleEnd = match.index + role!.length + qualifier.length;
    const mention: PersonMention = { name, start, end: start + name.length, role: (role! + qualifier).trim() };
    const organisation = organisationBetween(mentions, entities, match.index, roleEnd);
    if (organisation) mention.organisation = organisation;
    record(mention);
  }
  patterns.honorific.lastIndex = 0;
  for (let match = patterns.honorific.exec(text); match; match = patterns.honorific.exec(text)) {
    if (startsInsideWord(text, match.index) || text[match.index - 1] === '.') continue;
    const rawName = match[1]!;
    const name = cleanName(rawName, patterns, doc.identity.lang);
    if (!name) continue;
    const start = match.index + match[0].length - rawName.length;
    if (!found.has(start)) record({ name, start, end: start + name.length });
  }
  return resolveSurnames([...found.values()].sort((a, b) => a.start - b.start));
}

const LETTER = /\p{L}/u;

function startsInsideWord(text: string, index: number): boolean {
  return index > 0 && LETTER.test(text[index - 1]!);
}

/** Drops words that cannot be part of a name ("M. Roux" stays "Roux"; "Conseil" ends it). */
function cleanName(raw: string, { notNames, particles }: Patterns, lang: string): string | null {
  const words = raw.split(/\s+/);
  // "Reaffirming", "Rappelant", "Forwards": a clause verb, not a name
  if (leadVerb(words[0]!, lang) || /['’]s$/u.test(words[0]!)) return null;
  const kept: string[] = [];
  for (const word of words) {
    if (notNames.has(word) || /^\p{Lu}{2,}$/u.test(word)) break;
    kept.push(word);
  }
  while (kept.length > 0 && particles.has(kept[kept.length - 1]!)) kept.pop();
  if (kept.length === 0) return null;
  const name = kept.join(' ');
  if (name.length < 3 || /^\p{Lu}\.$/u.test(name)) return null;
  return name;
}

/** The body or state named inside the role ("représentant d'Interpol", "Ministre péruvien"). */
function organisationBetween(
  mentions: EntityMention[],
  entities: EntityTable,
  from: number,
  to: number,
): string | undefined {
  const inside = mentions.find(
    (mention) => mention.start >= from && mention.end <= to && (mention.kind === 'Body' || mention.kind === 'State'),
  );
  if (!inside) return undefined;
  return entities.get(entityRef(inside.kind, inside.id))?.label;
}

/** "M. Roux" and "Secrétaire Général Stock" are the full names given elsewhere in the document. */
function resolveSurnames(mentions: PersonMention[]): PersonMention[] {
  const fullNames = mentions.filter((mention) => mention.name.includes(' '));
  const details = new Map<string, PersonMention>();
  for (const mention of mentions) {
    const words = mention.name.split(' ');
    if (words.length === 1) {
      const owner = fullNames.find((full) => full.name.split(' ').slice(1).includes(words[0]!));
      if (owner) mention.name = owner.name;
    }
    const known = details.get(mention.name);
    if (!known) details.set(mention.name, { ...mention });
    else {
      known.role ??= mention.role;
      known.organisation ??= mention.organisation;
    }
  }
  return mentions.map((mention) => {
    const merged = details.get(mention.name)!;
    const result: PersonMention = { name: mention.name, start: mention.start, end: mention.end };
    if (merged.role) result.role = merged.role;
    if (merged.organisation) result.organisation = merged.organisation;
    return result;
  });
}
