/**
 * Language of a document (ISO 639-1): Arabic, Chinese and Russian by their scripts; Latin-script
 * languages by stopword profiles. Hand-written rather than a library (franc, cld): those score
 * hundreds of languages by trigrams (slower, ISO 639-3, and easily confused on the short,
 * formulaic UN covers), while the six official languages are told apart exactly by script
 * shares and a few dozen function words, in microseconds on a sample of the text.
 * A language the container declares (AKN FRBRlanguage, HTML lang) wins over detection.
 */

/** Characters examined: enough for a stable answer, cheap on a 50 MB file. */
const SAMPLE_LENGTH = 3_000;
/** Words read for the stopword vote: a few hundred words decide reliably. */
const WORD_SAMPLE_LENGTH = 1_500;

/** Frequent function words, chosen to be distinctive between the Latin-script languages. */
const STOPWORDS: Record<string, string[]> = {
  en: [
    'the',
    'of',
    'and',
    'to',
    'in',
    'that',
    'is',
    'for',
    'with',
    'its',
    'on',
    'by',
    'as',
    'be',
    'this',
    'which',
    'all',
    'has',
    'have',
    'are',
    'from',
    'an',
    'at',
    'it',
    'or',
    'their',
  ],
  fr: [
    'le',
    'la',
    'les',
    'de',
    'des',
    'du',
    'et',
    'à',
    'en',
    'que',
    'qui',
    'dans',
    'pour',
    'par',
    'sur',
    'au',
    'aux',
    'une',
    'est',
    'il',
    'ses',
    'leur',
    'ainsi',
    'avec',
    'ne',
    'pas',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'de',
    'del',
    'y',
    'en',
    'que',
    'por',
    'con',
    'para',
    'una',
    'su',
    'sus',
    'al',
    'se',
    'lo',
    'como',
    'es',
    'sobre',
    'entre',
    'o',
    'este',
    'esta',
    'también',
  ],
  pt: [
    'o',
    'os',
    'as',
    'de',
    'do',
    'da',
    'dos',
    'das',
    'e',
    'em',
    'que',
    'para',
    'com',
    'não',
    'uma',
    'um',
    'por',
    'no',
    'na',
    'ao',
    'se',
    'seu',
    'sua',
    'são',
    'foi',
    'pelo',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'in',
    'zu',
    'den',
    'von',
    'mit',
    'ist',
    'des',
    'sich',
    'auf',
    'für',
    'nicht',
    'ein',
    'eine',
    'dem',
    'als',
    'auch',
    'es',
    'an',
    'werden',
    'aus',
    'er',
    'hat',
  ],
  it: [
    'il',
    'di',
    'e',
    'la',
    'che',
    'in',
    'per',
    'del',
    'della',
    'dei',
    'le',
    'un',
    'una',
    'con',
    'non',
    'sono',
    'alla',
    'nel',
    'nella',
    'gli',
    'da',
    'ha',
    'anche',
    'più',
    'come',
    'delle',
  ],
};
const LATIN_LANGUAGES = Object.keys(STOPWORDS);
/** word → bit mask of the languages it is a stopword of: one lookup per word. */
const STOPWORD_MASKS = new Map<string, number>();
LATIN_LANGUAGES.forEach((lang, bit) => {
  for (const word of STOPWORDS[lang]!) STOPWORD_MASKS.set(word, (STOPWORD_MASKS.get(word) ?? 0) | (1 << bit));
});

export interface LanguageGuess {
  lang: string;
  /** share of the sample's letters in the deciding script, or of its words that are stopwords of `lang` */
  confidence: number;
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = samplePlainText(text);
  const counts = countScripts(sample);
  const letters = counts.latin + counts.cyrillic + counts.arabic + counts.han + counts.other;
  if (letters === 0) return { lang: 'und', confidence: 0 };
  // Chinese: a Han character is a word, so a lower share than for alphabets already decides
  if (counts.han / letters >= 0.15) return { lang: 'zh', confidence: counts.han / letters };
  if (counts.arabic / letters >= 0.3) return { lang: 'ar', confidence: counts.arabic / letters };
  if (counts.cyrillic / letters >= 0.3) return { lang: 'ru', confidence: counts.cyrillic / letters };
  return detectLatinLanguage(sample);
}

/** The text without symbols and numbers, which are language-neutral. */
function samplePlainText(text: string): string {
  if (text.length <= SAMPLE_LENGTH) return text;
  // skip the cover (often partly in English whatever the language) when the text is long enough
  const start = Math.min(Math.floor(text.length / 10), 2_000);
  return text.slice(start, start + SAMPLE_LENGTH);
}

interface ScriptCounts {
  latin: number;
  cyrillic: number;
  arabic: number;
  han: number;
  other: number;
}

function countScripts(sample: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, cyrillic: 0, arabic: 0, han: 0, other: 0 };
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f))
      counts.latin++;
    else if (code >= 0x400 && code <= 0x52f) counts.cyrillic++;
    else if (
      (code >= 0x600 && code <= 0x6ff) ||
      (code >= 0x750 && code <= 0x77f) ||
      (code >= 0xfb50 && code <= 0xfeff)
    )
      counts.arabic++;
    else if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0xf900 && code <= 0xfaff)
    )
      counts.han++;
    else if (code >= 0x370 && code <= 0x3ff) counts.other++;
  }
  return counts;
}

function detectLatinLanguage(sample: string): LanguageGuess {
  const words =
    sample
      .slice(0, WORD_SAMPLE_LENGTH)
      .toLowerCase()
      .match(/[a-zà-öø-ÿœ]+/g) ?? [];
  if (words.length === 0) return { lang: 'und', confidence: 0 };
  const scores = new Array<number>(LATIN_LANGUAGES.length).fill(0);
  for (const word of words) {
    const mask = STOPWORD_MASKS.get(word);
    if (mask === undefined) continue;
    for (let bit = 0; bit < scores.length; bit++) if (mask & (1 << bit)) scores[bit]!++;
  }
  let bestIndex = 0;
  for (let index = 1; index < scores.length; index++)
    if (scores[index]! > scores[bestIndex]!) bestIndex = index;
  const best = LATIN_LANGUAGES[bestIndex]!;
  const bestScore = scores[bestIndex]!;
  return { lang: best, confidence: bestScore / words.length };
}
