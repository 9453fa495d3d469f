/**
 * Identity of a document: what it is (resolution, presidential statement, press release, news…),
 * its own symbol, its date and meeting, its title, and which resolutions it is a text of.
 * Read from the cover and the first lines of the normalised text, in the six official languages;
 * what the container declares (AKN metadata) wins over what is read.
 */
import type { DocType } from '@unkg/graph';
import type { DocumentIdentity } from './types';

/** Characters read for the cover and header facts. */
const HEAD_LENGTH = 4_000;

// ---------------------------------------------------------------- dates

const MONTHS: Record<string, number> = {};
const addMonths = (names: string[]): void =>
  names.forEach((name, index) => name.split('|').forEach((n) => (MONTHS[n] = index + 1)));
addMonths([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
addMonths([
  'janvier',
  'février|fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août|aout',
  'septembre',
  'octobre',
  'novembre',
  'décembre|decembre',
]);
addMonths([
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre|setiembre',
  'octubre',
  'noviembre',
  'diciembre',
]);
addMonths([
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
]);
addMonths([
  'يناير',
  'فبراير',
  'مارس',
  'أبريل|ابريل',
  'مايو',
  'يونيه|يونيو',
  'يوليه|يوليو',
  'أغسطس|اغسطس',
  'سبتمبر',
  'أكتوبر|اكتوبر',
  'نوفمبر',
  'ديسمبر',
]);

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** One alternation per written form; each names its groups so one scan finds the earliest date. */
const DATE_PATTERN = new RegExp(
  [
    String.raw`(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})`,
    String.raw`(?<zhY>\d{4})\s*年\s*(?<zhM>\d{1,2})\s*月\s*(?<zhD>\d{1,2})\s*日`,
    // 2 août 2017, 1er juillet 2020, 10 January 2020, 10 de enero de 2020, 10 января 2020 года,
    // 10 كانون الثاني/يناير 2020 (the Levantine month name, a slash, the Egyptian one)
    String.raw`(?<!\d)(?<d>\d{1,2})(?:er|re|st|nd|rd|th|º)?\s*(?:de\s+)?(?:[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+)?\/)?(?<m>${MONTH_NAMES})\s*,?\s*(?:de\s+|del\s+)?(?<y>\d{4})`,
    // January 10, 2020
    String.raw`(?<m2>${MONTH_NAMES})\s+(?<d2>\d{1,2}),?\s+(?<y2>\d{4})`,
  ].join('|'),
  'giu',
);

export interface FoundDate {
  iso: string;
  index: number;
}

/** The first date written in `text`, in any of the six languages, as ISO; null if none is valid. */
export function findDate(text: string): FoundDate | null {
  // exec on the shared regex, not matchAll: matchAll clones this large regex on every call, which
  // cost more than the scan (the date sits in the first hundred characters)
  DATE_PATTERN.lastIndex = 0;
  for (let match = DATE_PATTERN.exec(text); match; match = DATE_PATTERN.exec(text)) {
    const g = match.groups ?? {};
    const year = Number(g.isoY ?? g.zhY ?? g.y ?? g.y2);
    const month = g.isoM ? Number(g.isoM) : g.zhM ? Number(g.zhM) : MONTHS[(g.m ?? g.m2 ?? '').toLowerCase()];
    const day = Number(g.isoD ?? g.zhD ?? g.d ?? g.d2);
    const iso = toIsoDate(year, month, day);
    if (iso) return { iso, index: match.index };
  }
  return null;
}

export function toIsoDate(year: number, month: number | undefined, day: number): string | null {
  if (!month || month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  // whole numbers (all the date patterns give): the ISO form without a Date (toISOString is slow)
  if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) {
    if (day > daysInMonth(year, month)) return null;
    return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

// ---------------------------------------------------------------- meetings

const MEETING_PATTERNS: RegExp[] = [
  /(?:at\s+its|at\s+the)\s+(\d{1,5})(?:st|nd|rd|th)?\s+(?:\(closed\)\s+)?meeting/i,
  /(\d{1,5})\s*(?:e|ème|eme|re)\s+séance/i,
  /(\d{1,5})\s*[ªa]\s+sesión/i,
  /(\d{1,5})\s*-?\s*(?:м|й)?\s*заседани/i,
  /(?:جلسته|الجلسة)\s+(\d{1,5})/,
  /(\d{1,5})\s*次会议/,
  /(\d{2,5})(?:st|nd|rd|th)\s+(?:\(closed\)\s+)?meeting/i,
];

export function findMeeting(text: string): number | null {
  let best: { index: number; meeting: number } | null = null;
  for (const pattern of MEETING_PATTERNS) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index))
      best = { index: match.index, meeting: Number(match[1]) };
  }
  return best?.meeting ?? null;
}

// ---------------------------------------------------------------- symbols and titles

/** A line that is only a UN document symbol (a cover line), possibly with the reissue mark. */
const SYMBOL_LINE = /^((?:S|A|E)\/(?:[A-Z0-9.-]+\/)*[A-Z0-9.-]+(?:\s*\(\d{4}\))?)\s*\*?$/;
/** Press-release symbols: CS/13893 (French), SC/12938 (English), AG/…, GA/…, SG/SM/… */
const PRESS_SYMBOL_LINE =
  /^((?:CS|SC|AG|GA|ECOSOC|ECOSOC|SG\/SM|SG|DSG\/SM|L|HR|DH|OBV|DEV|ENV|SOC|POP|PI|IHA|GA\/EF|AG\/EF)\/\d{2,6}(?:-[A-Z0-9/-]+)?)\s*\*?$/;
/** "Resolution 2370 (2017)" as a title line, in the six languages. */
const RESOLUTION_TITLE =
  /^(?:resolution|résolution|resolución|резолюция|القرار)\s+(\d{1,4})\s*\((\d{4})\)\s*\*?$/iu;
const RESOLUTION_TITLE_ZH = /^第\s*(\d{1,4})\s*[(（]\s*(\d{4})\s*[)）]\s*号决议\s*\*?$/u;
/** A title line naming the resolution, in any of the six languages. */
export const RESOLUTION_TITLE_LINE = new RegExp(
  `${RESOLUTION_TITLE.source}|${RESOLUTION_TITLE_ZH.source}`,
  'iu',
);
const STATEMENT_TITLE =
  /^(?:statement by the president of the security council|déclaration (?:du|de la) présiden(?:t|ce) du conseil de sécurité|declaración de la presidencia del consejo de seguridad|declaración del presidente del consejo de seguridad|заявление председателя совета безопасности|بيان من رئيس(?:ة)? مجلس الأمن|安全理事会主席的?声明)\s*\*?$/iu;
const DRAFT_TITLE =
  /^(?:draft resolution|projet de résolution|proyecto de resolución|проект резолюции|مشروع قرار|决议草案)\b/iu;
/** Header lines of press releases and meeting coverage. */
const PRESS_MARKERS =
  /^(?:\d{3,5}\s*(?:e|ème)\s+séance\b|\d{3,5}(?:st|nd|rd|th)\s+meeting\b|meetings? coverage|couverture des réunions|press release|communiqué de presse|comunicado de prensa)/imu;
/** "New York, 10 juillet 2020 - …": a dateline opening a release. */
const DATELINE = /^[\p{Lu}][\p{L} .'-]{1,40},\s*(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}\s*[-–—]/mu;
/**
 * "The Security Council," opening a resolution's preamble. The Arabic "إن" may come letter-spaced
 * from the PDF ("إ ن مجلس الأمن،", S/RES/2583 (2021)). segment.ts and the citation harness both read it.
 */
export const ENACTING_FORMULA =
  /^(?:the security council|le conseil de sécurité|el consejo de seguridad|совет безопасности|إ ?ن مجلس الأمن|安全理事会|the general assembly|l'assemblée générale|la asamblea general|генеральная ассамблея|إ ?ن الجمعية العامة|大会)\s*[,،，]\s*$/imu;

/** UN form of a resolution symbol: "S/RES/2370(2017)" → "S/RES/2370 (2017)". */
export function canonicalSymbol(symbol: string): string {
  return symbol
    .trim()
    .replace(/\*$/, '')
    .replace(/\s*\((\d{4})\)$/, ' ($1)')
    .trim();
}

export function resolutionSymbol(number: string, year: string | number): string {
  return `S/RES/${Number(number)} (${year})`;
}

// ---------------------------------------------------------------- quoted drafts in press releases

export interface QuotedDraft {
  /** offsets of the header line ("Texte du projet de résolution S/2019/580") */
  start: number;
  end: number;
  /** the draft's symbol, when the header gives it */
  draft: string | null;
  /** the resolution or statement the quoted text became (adopted), or null */
  textOf: string | null;
}

/** Header lines that announce the text of a draft or of the adopted resolution. */
const QUOTED_TEXT_HEADER = new RegExp(
  [
    String.raw`^(?:le\s+)?texte\s+(?:intégral\s+)?(?:du|des|de\s+la)\s+(?:projets?\s+de\s+résolution|résolution|déclaration\s+présidentielle)\b.*$`,
    String.raw`^(?:the\s+)?(?:full\s+)?text\s+of\s+(?:the\s+)?(?:draft\s+resolution|resolution|presidential\s+statement)\b.*$`,
    // the lookahead first: without it, a long line naming resolutions without ending in "reads as
    // follows" made V8 backtrack from every "resolution" to the line's end (a 500 KB line: 158 s)
    String.raw`^(?=.*\breads\s+as\s+follows\s*:?\s*$).*\b(?:draft\s+resolution|resolution)\b.*\breads\s+as\s+follows\s*:?\s*$`,
    String.raw`^(?:el\s+)?texto\s+(?:íntegro\s+)?(?:del|de\s+la)\s+(?:proyecto\s+de\s+resolución|resolución)\b.*$`,
  ].join('|'),
  'gimu',
);
const SYMBOL_IN_TEXT = /\b(S\/\d{4}\/\d{1,4}|S\/PRST\/\d{4}\/\d{1,3})\b/;
const RESOLUTION_IN_TEXT = /(?:résolution|resolution|resolución)\s+(\d{1,4})\s*\((\d{4})\)/iu;
/** "a adopté … la résolution 2482 (2019)", "unanimously adopted resolution 2482 (2019)" */
const ADOPTION_SENTENCE =
  /(?:adopt\w*|aprob\w*)[^.\n]{0,160}?(?:résolution|resolution|resolución)\s+(\d{1,4})\s*\((\d{4})\)|(?:résolution|resolution|resolución)\s+(\d{1,4})\s*\((\d{4})\)[^.\n]{0,80}?(?:adopt|aprob)/giu;

export function findQuotedDrafts(text: string): QuotedDraft[] {
  const headers: QuotedDraft[] = [];
  for (const match of text.matchAll(QUOTED_TEXT_HEADER)) {
    const line = match[0];
    const ownResolution = RESOLUTION_IN_TEXT.exec(line);
    const draft = SYMBOL_IN_TEXT.exec(line)?.[1] ?? null;
    headers.push({
      start: match.index,
      end: match.index + line.length,
      draft,
      textOf:
        ownResolution && !/projet|draft|proyecto/i.test(line)
          ? resolutionSymbol(ownResolution[1]!, ownResolution[2]!)
          : null,
    });
  }
  if (headers.length === 0) return headers;
  // the adopted resolutions the release names, in order: the k-th quoted draft became the k-th
  const adopted: string[] = [];
  for (const match of text.matchAll(ADOPTION_SENTENCE)) {
    const symbol = resolutionSymbol(match[1] ?? match[3]!, match[2] ?? match[4]!);
    if (!adopted.includes(symbol)) adopted.push(symbol);
  }
  const drafts = headers.filter((header) => header.textOf === null);
  const named = new Set(headers.map((header) => header.textOf).filter(Boolean));
  const remaining = adopted.filter((symbol) => !named.has(symbol));
  if (drafts.length === remaining.length || remaining.length === 1) {
    drafts.forEach((header, index) => {
      if (drafts.length === remaining.length || index === 0) header.textOf = remaining[index] ?? null;
    });
  }
  return headers;
}

// ---------------------------------------------------------------- identify

export function identify(text: string, declared: Partial<DocumentIdentity>, lang: string): DocumentIdentity {
  const head = text.slice(0, HEAD_LENGTH);
  const headLines = head
    .split('\n')
    .slice(0, 40)
    .map((line) => line.trim());

  let symbol: string | null = declared.symbol ? canonicalSymbol(declared.symbol) : null;
  let docType: DocType | undefined = declared.docType;
  let title: string | undefined = declared.title;
  const coverLines = headLines.slice(0, 15);

  if (!symbol) {
    for (const line of coverLines) {
      const un = SYMBOL_LINE.exec(line);
      if (un) {
        symbol = canonicalSymbol(un[1]!);
        break;
      }
      const press = PRESS_SYMBOL_LINE.exec(line);
      if (press) {
        symbol = press[1]!;
        break;
      }
    }
  }
  const resolutionTitle = coverLines.find(
    (line) => RESOLUTION_TITLE.test(line) || RESOLUTION_TITLE_ZH.test(line),
  );
  if (!symbol && resolutionTitle) {
    const match = RESOLUTION_TITLE.exec(resolutionTitle) ?? RESOLUTION_TITLE_ZH.exec(resolutionTitle)!;
    symbol = resolutionSymbol(match[1]!, match[2]!);
  }
  const statementTitle = headLines.find((line) => STATEMENT_TITLE.test(line));
  const draftTitle = coverLines.find((line) => DRAFT_TITLE.test(line));

  // a symbol's series outranks a declared type (some AKN statements are marked up as resolutions)
  if (symbol?.startsWith('S/PRST/')) docType = 'statement';
  else if (symbol && /^(?:S|A|E)\/RES\//.test(symbol)) docType = 'resolution';
  docType ??= docTypeOf(symbol, { resolutionTitle, statementTitle, draftTitle, head, text });

  const adoptionLine = headLines.find(isAdoptionLine) ?? '';
  // a news item's or a press release's dateline before an adoption told with a time limit ("15 de julio de 2022 — … renovó … hasta
  // el 15 de abril de 2023, en una resolución aprobada …"): the first date of its head
  const reporting = docType === 'news' || docType === 'press-release';
  const date =
    declared.date ??
    (reporting ? findDate(head.slice(0, 1_500))?.iso : null) ??
    findDate(adoptionLine)?.iso ??
    (reporting ? null : findDate(head)?.iso) ??
    null;
  // without an adoption line, the meeting is read from the cover only: a preamble names other meetings
  const formula = coverLines.findIndex((line) => ENACTING_FORMULA.test(line));
  const cover = (formula === -1 ? coverLines : coverLines.slice(0, formula)).join('\n');
  const meeting = declared.meeting ?? findMeeting(adoptionLine) ?? findMeeting(cover);

  title ??= titleOf(docType, headLines, { resolutionTitle, statementTitle, symbol });

  let textOf: string[] = [];
  if ((docType === 'resolution' || docType === 'statement') && symbol) textOf = [symbol];
  else if (docType === 'press-release' || docType === 'news' || docType === 'document') {
    textOf = [...new Set(findQuotedDrafts(text).flatMap((quoted) => (quoted.textOf ? [quoted.textOf] : [])))];
  }

  return {
    lang: declared.lang ?? lang,
    docType,
    symbol,
    title: title ?? '',
    date,
    meeting: meeting ?? null,
    textOf,
  };
}

const ADOPTION_LINE =
  /\b(?:adopted by|adoptée? par|aprobada por)\b|принят\p{L}*\s|اتخذه|通过$|^at the \d+\w*\s+(?:\(closed\)\s+)?meeting|^à sa \d+\s*e\s+séance|^en su \d+/iu;
/**
 * Words every ADOPTION_LINE match contains, under the same flags: a scan for them is a few
 * times faster than ADOPTION_LINE's (its word boundaries and case folding at every position),
 * and most lines of a statement's or release's head have none.
 */
const ADOPTION_HINT = /adopt|aprob|принят|اتخذه|通过|^(?:at the|à sa|en su)/iu;

function isAdoptionLine(line: string): boolean {
  return ADOPTION_HINT.test(line) && ADOPTION_LINE.test(line);
}

interface TitleClues {
  resolutionTitle: string | undefined;
  statementTitle: string | undefined;
  draftTitle?: string | undefined;
  head: string;
  text: string;
}

function docTypeOf(symbol: string | null, clues: TitleClues): DocType {
  if (symbol) {
    if (/^(?:S|A|E)\/RES\//.test(symbol)) return 'resolution';
    if (symbol.startsWith('S/PRST/')) return 'statement';
    if (PRESS_SYMBOL_LINE.test(symbol)) return 'press-release';
  }
  if (clues.resolutionTitle) return 'resolution';
  if (clues.statementTitle) return 'statement';
  if (clues.draftTitle) return 'draft-resolution';
  if (PRESS_MARKERS.test(clues.head) || DATELINE.test(clues.head.slice(0, 600))) return 'press-release';
  if (findQuotedDrafts(clues.text).length > 0) return 'press-release';
  if (symbol) return 'document';
  if (ENACTING_FORMULA.test(clues.head) && /^\s*1\s*[.\-–]\s+\S/m.test(clues.text)) return 'resolution';
  return 'news';
}

function titleOf(
  docType: DocType,
  headLines: string[],
  clues: { resolutionTitle: string | undefined; statementTitle: string | undefined; symbol: string | null },
): string {
  if (docType === 'resolution' && clues.resolutionTitle) return clues.resolutionTitle.replace(/\s*\*$/, '');
  if (docType === 'statement' && clues.statementTitle)
    return clues.symbol ? `${clues.statementTitle} (${clues.symbol})` : clues.statementTitle;
  const candidates = headLines.filter(
    (line) =>
      line.length >= 12 &&
      !SYMBOL_LINE.test(line) &&
      !PRESS_SYMBOL_LINE.test(line) &&
      !PRESS_MARKERS.test(line) &&
      !/^(?:distr\.|(?:united nations|nations unies|naciones unidas|security council|conseil de sécurité|consejo de seguridad)$)/i.test(
        line,
      ),
  );
  const first = candidates[0] ?? clues.symbol ?? '';
  return truncateTitle(first);
}

function truncateTitle(line: string): string {
  if (line.length <= 200) return line;
  const sentence = /^.{40,200}?[.!?](?=\s)/u.exec(line)?.[0];
  return sentence ?? `${line.slice(0, 197).replace(/\s+\S*$/, '')}…`;
}
