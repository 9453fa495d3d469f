import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDate, findMeeting, findQuotedDrafts, identify, toIsoDate } from './identity';
import { detectLanguage } from './language';
import { loadFile } from './load';
import { normaliseText } from './normalise';
import type { DocumentIdentity } from './types';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

function identifyFile(path: string): DocumentIdentity {
  const loaded = loadFile(path);
  const text = normaliseText(loaded.text);
  return identify(text, loaded.declared, loaded.declared.lang ?? detectLanguage(text).lang);
}

describe('findDate', () => {
  it.each([
    ['2 août 2017', '2017-08-02'],
    ['le 1er juillet 2020', '2020-07-01'],
    ['New York, 10 juillet 2020 -', '2020-07-10'],
    ['10 January 2020', '2020-01-10'],
    ['on28 September 2001', '2001-09-28'],
    ['January 10, 2020', '2020-01-10'],
    ['celebrada el 10 de enero de 2020', '2020-01-10'],
    ['10 января 2020 года', '2020-01-10'],
    ['المعقودة في 10 كانون الثاني/يناير 2020', '2020-01-10'],
    ['في 13 حزيران/يونيه 2021', '2021-06-13'],
    ['2020年1月10日 8700次会议通过', '2020-01-10'],
    ['2020-01-13', '2020-01-13'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('rejects impossible dates and dates without a year', () => {
    expect(findDate('31 février 2020')).toBeNull();
    expect(findDate('le 9 juillet dernier')).toBeNull();
  });

  it('skips an impossible date for a later valid one, and starts afresh on every call', () => {
    const text = 'le 31 février 2020, puis le 2 mars 2020';
    expect(findDate(text)).toEqual({ iso: '2020-03-02', index: text.indexOf('2 mars') });
    expect(findDate('10 January 2020')?.iso).toBe('2020-01-10');
    expect(findDate(text)?.iso).toBe('2020-03-02');
  });
});

describe('toIsoDate', () => {
  /** what the Date object says: the reference for every input */
  const byDate = (year: number, month: number | undefined, day: number): string | null => {
    if (!month || month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null;
  };

  it('knows month lengths and leap years (2000 and 2024 are, 1900 and 2100 are not)', () => {
    expect(toIsoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(toIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(toIsoDate(1900, 2, 29)).toBeNull();
    expect(toIsoDate(2100, 2, 29)).toBeNull();
    expect(toIsoDate(2021, 4, 31)).toBeNull();
    expect(toIsoDate(2021, 12, 31)).toBe('2021-12-31');
  });

  it('agrees with Date on every day of 1899–2201 and on odd inputs', () => {
    const disagreements: string[] = [];
    for (let year = 1899; year <= 2201; year++)
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++)
          if (toIsoDate(year, month, day) !== byDate(year, month, day))
            disagreements.push(`${year}-${month}-${day}`);
    for (const [year, month, day] of [
      [Number.NaN, 1, 1],
      [2020, Number.NaN, 1],
      [2020, 1, Number.NaN],
      [2020, 1.5, 1],
      [2020, 1, 1.5],
      [2020.5, 1, 1],
    ] as const)
      if (toIsoDate(year, month, day) !== byDate(year, month, day))
        disagreements.push(`${year}-${month}-${day}`);
    expect(toIsoDate(2020, undefined, 1)).toBeNull();
    expect(disagreements).toEqual([]);
  });
});

describe('findMeeting', () => {
  it.each([
    ['Adopted by the Security Council at its 8700th meeting, on 10 January 2020', 8700],
    ['Adopted by the Security Council at its 8701st meeting', 8701],
    ['At the 5133rd meeting of the Security Council, held on 2 March 2005', 5133],
    ['Adoptée par le Conseil de sécurité à sa 8017e séance, le 2 août 2017', 8017],
    ['8582e séance – matin', 8582],
    ['Aprobada por el Consejo de Seguridad en su 8700ª sesión', 8700],
    ['принятая Советом Безопасности на его 8700-м заседании', 8700],
    ['الذي اتخذه مجلس الأمن في جلسته 8700، المعقودة', 8700],
    ['2020年1月10日 8700次会议通过', 8700],
  ])('%s → %i', (text, meeting) => {
    expect(findMeeting(text)).toBe(meeting);
  });
});

describe('identify: the seeds (gold.json)', () => {
  const gold = JSON.parse(readFileSync(`${CORPUS}seeds/gold.json`, 'utf8')) as {
    documents: Record<
      string,
      { lang: string; kind: string; symbol?: string; meeting?: number; date?: string; about?: string[] }
    >;
  };
  it.each(Object.entries(gold.documents))('%s', (name, expected) => {
    const identity = identifyFile(`${CORPUS}seeds/${name}`);
    expect(identity.lang).toBe(expected.lang);
    expect(identity.docType).toBe(expected.kind);
    if (expected.symbol) expect(identity.symbol).toBe(expected.symbol);
    if (expected.meeting) expect(identity.meeting).toBe(expected.meeting);
    if (expected.date) expect(identity.date).toBe(expected.date);
    expect(identity.textOf).toEqual(expected.about ?? []);
  });

  it('titles: the resolution title, the release headline', () => {
    expect(identifyFile(`${CORPUS}seeds/003_806dc498987e8b5c.txt`).title).toBe('Résolution 2370 (2017)');
    expect(identifyFile(`${CORPUS}seeds/001_c19ed2f20ea50625.txt`).title).toBe(
      'Le Conseil de sécurité adopte des mesures pour briser les liens entre le terrorisme international et la criminalité organisée',
    );
  });
});

describe('identify: an English press release (meetings coverage layout)', () => {
  const release = [
    'SC/12938',
    '8017th Meeting (AM)',
    'Security Council Calls on Member States to Eliminate Terrorists’ Access to Weapons, Unanimously Adopting Resolution 2370 (2017)',
    'The Security Council today unanimously adopted resolution 2370 (2017), urging Member States to eliminate the supply of weapons to terrorists.',
    'The full text of resolution 2370 (2017) reads as follows:',
    'The Security Council,',
    'Recalling its resolutions 1267 (1999), 1373 (2001) and 2368 (2017),',
    '1. Reaffirms its decision in resolution 1373 (2001);',
  ].join('\n');

  it('reads symbol, meeting, headline and the resolution it quotes', () => {
    const identity = identify(normaliseText(release), {}, 'en');
    expect(identity).toMatchObject({
      docType: 'press-release',
      symbol: 'SC/12938',
      meeting: 8017,
      textOf: ['S/RES/2370 (2017)'],
    });
    expect(identity.title).toMatch(/^Security Council Calls on Member States/);
  });
});

describe('identify: the dateline of a news item (stop 28, n42, probe set 25)', () => {
  it('takes the dateline before an adoption told with a time limit (Noticias ONU style, composed)', () => {
    const text = normaliseText(
      [
        'Haití: El Consejo de Seguridad renueva la Oficina Integrada de la ONU por nueve meses',
        '15 de julio de 2022 — Paz y seguridad',
        '',
        'El Consejo de Seguridad renovó este viernes el mandato de la Oficina Integrada de las Naciones Unidas en Haití (BINUH) hasta el 15 de abril de 2023, en una resolución aprobada por unanimidad.',
      ].join('\n'),
    );
    const identity = identify(text, { docType: 'news' }, 'es');
    expect(identity.date).toBe('2022-07-15');
  });
});

describe('findQuotedDrafts', () => {
  it('pairs the quoted draft S/2019/580 of seed 001 with the adopted resolution 2482 (2019)', () => {
    const text = normaliseText(readFileSync(`${CORPUS}seeds/001_c19ed2f20ea50625.txt`, 'utf8'));
    const quoted = findQuotedDrafts(text);
    expect(quoted.map(({ draft, textOf }) => ({ draft, textOf }))).toEqual([
      { draft: 'S/2019/580', textOf: 'S/RES/2482 (2019)' },
    ]);
    expect(text.slice(quoted[0]!.start, quoted[0]!.end)).toBe('Texte du projet de résolution S/2019/580');
  });

  it('reads English releases: "The full text of resolution 2482 (2019) reads as follows"', () => {
    const text =
      'The Council unanimously adopted resolution 2482 (2019).\nThe full text of resolution 2482 (2019) reads as follows:\nThe Security Council,';
    expect(findQuotedDrafts(text).map((quoted) => quoted.textOf)).toEqual(['S/RES/2482 (2019)']);
  });

  it('is linear in a line\'s length: a 2 MB line naming resolutions takes about the time of 2 MB of short lines', () => {
    const sentence = 'The Security Council recalls resolution 1373 (2001) and its resolution 2178 (2014). ';
    const count = 25_000;
    const time = (text: string): { found: number; ms: number } => {
      const started = performance.now();
      const found = findQuotedDrafts(text).length;
      return { found, ms: performance.now() - started };
    };
    const lines = time(sentence.repeat(count).replaceAll('. ', '.\n'));
    const line = time(sentence.repeat(count));
    expect([lines.found, line.found]).toEqual([0, 0]);
    // before: the "reads as follows" pattern backtracked from every "resolution" to the line's end
    expect(line.ms).toBeLessThan(10 * lines.ms + 500);
    expect(findQuotedDrafts(`${sentence.repeat(count)}The text of the resolution reads as follows:`)).toHaveLength(1);
  });

  it('leaves a draft that was not adopted unattributed', () => {
    const text =
      'The draft failed to be adopted owing to the negative vote of a permanent member.\nText of draft resolution S/2019/961\nThe Security Council,';
    expect(findQuotedDrafts(text).map(({ draft, textOf }) => ({ draft, textOf }))).toEqual([
      { draft: 'S/2019/961', textOf: null },
    ]);
  });
});

interface CorpusRow {
  file: string;
  symbol: string;
  lang: string;
  adoption_date: string | null;
  adoption_meeting: string | null;
}

/** Symbol, type, date and meeting of every corpus file against the UN's own metadata (documents.jsonl). */
function scoreCorpus(format: 'text' | 'xml'): {
  checked: number;
  accuracy: Record<string, number>;
  misses: string[];
} {
  const rows = readFileSync(`${CORPUS}unsc/documents.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CorpusRow);
  const counts = { symbol: [0, 0], docType: [0, 0], date: [0, 0], meeting: [0, 0] } as Record<
    string,
    [number, number]
  >;
  const misses: string[] = [];
  let checked = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    // a few rows of the corpus have no symbol (their files are named ".zh.txt"): nothing to compare
    if (!row.symbol || seen.has(row.file)) continue;
    seen.add(row.file);
    const path = format === 'text' ? row.file : row.file.replace(/^text\//, 'xml/').replace(/\.txt$/, '.xml');
    const identity = identifyFile(`${CORPUS}unsc/${path}`);
    const text = readFileSync(`${CORPUS}unsc/${path}`, 'utf8');
    checked++;
    const score = (key: string, ok: boolean, detail: string): void => {
      counts[key]![1]++;
      if (ok) counts[key]![0]++;
      else misses.push(`${path} ${key}: ${detail}`);
    };
    score('symbol', identity.symbol === row.symbol, `${identity.symbol} ≠ ${row.symbol}`);
    score(
      'docType',
      identity.docType === (row.symbol.startsWith('S/PRST/') ? 'statement' : 'resolution'),
      identity.docType,
    );
    const date = row.adoption_date ? findDate(row.adoption_date)?.iso : null;
    if (date) score('date', identity.date === date, `${identity.date} ≠ ${date}`);
    const meeting = /^(\d+)/.exec(row.adoption_meeting ?? '')?.[1];
    // some texts lack the adoption line (the meeting is in the UN's metadata only): not the reader's fault
    if (meeting && text.includes(meeting))
      score('meeting', identity.meeting === Number(meeting), `${identity.meeting} ≠ ${meeting}`);
  }
  const accuracy = Object.fromEntries(
    Object.entries(counts).map(([key, [ok, total]]) => [key, total ? ok / total : 1]),
  );
  return { checked, accuracy, misses };
}

describe('identify: every file of the corpus, against documents.jsonl', () => {
  it.each(['text', 'xml'] as const)(
    '%s: symbol, type, date and meeting ~100%% right',
    (format) => {
      const { checked, accuracy, misses } = scoreCorpus(format);
      console.log(
        `identity on ${checked} ${format} files:`,
        accuracy,
        misses.length ? `\n  ${misses.join('\n  ')}` : '',
      );
      expect(checked).toBeGreaterThan(1500);
      expect(accuracy.symbol).toBe(1);
      expect(accuracy.docType).toBe(1);
      expect(accuracy.meeting).toBeGreaterThanOrEqual(0.999);
      expect(accuracy.date).toBeGreaterThanOrEqual(0.998);
    },
    120_000,
  );
});
