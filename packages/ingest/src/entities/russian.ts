/**
 * Russian case forms of a name given in the nominative, from reviewed suffix rules
 * (data/entities/russian.json): "Комиссия по миростроительству" → "Комиссии по
 * миростроительству", "Комиссию …", "Комиссией …"; "Южный Судан" → "Южного Судана", "Южному
 * Судану" …. Leading adjectives and the head noun decline; what follows the head (a genitive
 * complement, a preposition and its object, a name in quotes) stays. The matcher does not
 * lemmatise, so the gazetteer lists these forms beside the nominative.
 *
 * Why rules and not a stemmer (snowball-stemmers, @orama/stemmers): matching on stems would mean
 * stemming every Cyrillic token of every document inside the gazetteer scan (a change to the
 * shared matcher and a cost on the hot path), and stems conflate words names keep apart; forms
 * generated once at load time leave the scan as it is.
 */
import { readDataFile } from './gazetteer';

interface Rule {
  ending: string;
  after?: string;
  forms: Array<string | string[]>;
}

interface RussianRules {
  adjectives: Rule[];
  nouns: Rule[];
  indeclinableProperEndings: string[];
  prepositions: string[];
  obliqueEndings: string[];
}

let rules: RussianRules | null = null;

function load(): RussianRules {
  if (rules) return rules;
  const data = readDataFile<RussianRules>('russian.json');
  const byLength = (a: Rule, b: Rule): number => b.ending.length - a.ending.length;
  rules = { ...data, adjectives: [...data.adjectives].sort(byLength), nouns: [...data.nouns].sort(byLength) };
  return rules;
}

const CASES = 5;

function ruleFor(word: string, list: Rule[]): Rule | null {
  const lower = word.toLowerCase();
  for (const rule of list) {
    if (!lower.endsWith(rule.ending) || lower.length <= rule.ending.length + 1) continue;
    if (rule.after && !rule.after.includes(lower[lower.length - rule.ending.length - 1]!)) continue;
    return rule;
  }
  return null;
}

/** The word in each case (an array per case: accusatives may be two), or null when no rule declines it. */
function decline(word: string, rule: Rule): string[][] {
  const stem = word.slice(0, word.length - rule.ending.length);
  return rule.forms.map((form) => (Array.isArray(form) ? form : [form]).map((ending) => stem + ending));
}

function isOblique(word: string, data: RussianRules): boolean {
  const lower = word.toLowerCase();
  return data.prepositions.includes(lower) || data.obliqueEndings.some((ending) => lower.endsWith(ending)) || /^[«"“(]/u.test(word);
}

/**
 * The name in each oblique case (genitive, dative, accusative, instrumental, prepositional), each
 * a list of variants (an accusative may be animate or not), or null when its head is not
 * declinable by the rules (plurals, abbreviations, hyphenated compounds). `proper`: a proper name
 * ending in a vowel other than -а/-я does not decline ("Мали", "Конго", "Сомали").
 */
/** Case tables by name: the gazetteer declines each country's names for several patterns. */
const TABLES = new Map<string, string[][] | null>();

function caseTable(name: string, proper: boolean): string[][] | null {
  const key = `${proper ? 1 : 0}${name}`;
  let table = TABLES.get(key);
  if (table === undefined) {
    table = declineName(name, proper);
    TABLES.set(key, table);
  }
  return table;
}

function declineName(name: string, proper: boolean): string[][] | null {
  const data = load();
  const words = name.split(' ');
  if (words.length === 0 || !/^[\p{Script=Cyrillic}]/u.test(words[0]!)) return null;
  const declined: Array<string[][] | null> = words.map(() => null);
  let index = 0;
  // leading adjectives: "Контртеррористический", "Центральноафриканская", "Южный"
  while (index < words.length - 1) {
    const word = words[index]!;
    const rule = ruleFor(word, data.adjectives);
    if (!rule || isOblique(words[index + 1]!, data)) break;
    declined[index] = decline(word, rule);
    index++;
  }
  const heads = [index];
  // "Босния и Герцеговина": coordinated heads decline together
  if (words[index + 1] === 'и' && words[index + 2] && /^\p{Lu}/u.test(words[index + 2]!)) heads.push(index + 2);
  for (const head of heads) {
    const word = words[head]!;
    if (word.includes('-')) {
      // "Гвинея-Бисау": the first part declines, an indeclinable proper second part stays ("Гвинеи-Бисау", "в Гвинее-Бисау")
      const hyphen = word.indexOf('-');
      const first = word.slice(0, hyphen);
      const rest = word.slice(hyphen);
      const rule = proper && /^-\p{Lu}[^-]*$/u.test(rest) && data.indeclinableProperEndings.some((ending) => rest.endsWith(ending)) ? ruleFor(first, data.nouns) : null;
      if (!rule) return null;
      declined[head] = decline(first, rule).map((forms) => forms.map((form) => `${form}${rest}`));
      continue;
    }
    // an abbreviation does not decline: "правительство ЦАР"
    if (proper && /^\p{Lu}+$/u.test(word)) {
      declined[head] = Array.from({ length: CASES }, () => [word]);
      continue;
    }
    if (/^\p{Lu}+$/u.test(word)) return null;
    if (proper && /^\p{Lu}/u.test(word) && data.indeclinableProperEndings.some((ending) => word.endsWith(ending))) {
      declined[head] = Array.from({ length: CASES }, () => [word]);
      continue;
    }
    const rule = ruleFor(word, data.nouns);
    if (!rule) return null;
    declined[head] = decline(word, rule);
  }
  const table: string[][] = [];
  for (let grammaticalCase = 0; grammaticalCase < CASES; grammaticalCase++) {
    // an accusative is inanimate (its first variant) or animate (its second) in every word at once
    const count = Math.max(...declined.map((forms) => forms?.[grammaticalCase]?.length ?? 1));
    const variants: string[] = [];
    for (let variant = 0; variant < count; variant++) {
      variants.push(words.map((word, position) => {
        const options = declined[position]?.[grammaticalCase] ?? [word];
        return options[variant] ?? options[0]!;
      }).join(' '));
    }
    table.push([...new Set(variants)]);
  }
  return table;
}

/** Every oblique form of a nominative name, without the nominative; [] when the rules cannot decline it. */
export function russianCaseForms(name: string, proper = false): string[] {
  const table = caseTable(name, proper);
  return table ? [...new Set(table.flat())].filter((form) => form !== name) : [];
}

/** One case of a nominative name (0 genitive, 1 dative, 2 accusative, 3 instrumental, 4 prepositional), or null. */
export function russianCase(name: string, grammaticalCase: number, proper = false): string | null {
  return caseTable(name, proper)?.[grammaticalCase]?.[0] ?? null;
}
