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
  // a sample in Latin script only (most texts) needs no counts: the stopword vote decides
  if (!NON_LATIN_LETTER.test(sample))
    return LATIN_LETTER.test(sample) ? detectLatinLanguage(sample) : { lang: 'und', confidence: 0 };
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

/** Script of every UTF-16 code unit (0: none counted), looked up once per character of the sample. */
const LATIN = 1;
const CYRILLIC = 2;
const ARABIC = 3;
const HAN = 4;
const OTHER = 5;
const SCRIPT_OF = new Uint8Array(0x10000);
const markScript = (first: number, last: number, script: number): void => {
  SCRIPT_OF.fill(script, first, last + 1);
};
markScript(0x41, 0x5a, LATIN);
markScript(0x61, 0x7a, LATIN);
markScript(0xc0, 0x24f, LATIN);
markScript(0x400, 0x52f, CYRILLIC);
markScript(0x600, 0x6ff, ARABIC);
markScript(0x750, 0x77f, ARABIC);
markScript(0xfb50, 0xfeff, ARABIC);
markScript(0x4e00, 0x9fff, HAN);
markScript(0x3400, 0x4dbf, HAN);
markScript(0xf900, 0xfaff, HAN);
markScript(0x370, 0x3ff, OTHER);

/** The letters countScripts counts, outside and in the Latin script. */
const NON_LATIN_LETTER =
  /[\u0370-\u03ff\u0400-\u052f\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

function countScripts(sample: string): ScriptCounts {
  const tally = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++) tally[SCRIPT_OF[sample.charCodeAt(i)]!]!++;
  return {
    latin: tally[LATIN]!,
    cyrillic: tally[CYRILLIC]!,
    arabic: tally[ARABIC]!,
    han: tally[HAN]!,
    other: tally[OTHER]!,
  };
}

/** Letters of a word for the stopword vote (the lower-case Latin letters of the six languages' neighbours). */
const isWordCode = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0xe0 && code <= 0xff && code !== 0xf7) || code === 0x153;
const LONGEST_STOPWORD = Math.max(...[...STOPWORD_MASKS.keys()].map((word) => word.length));

/** A 32-bit hash of a word's char codes, computed as the scan reads them. */
function wordHash(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = (Math.imul(hash, 31) + word.charCodeAt(index)) | 0;
  return hash;
}

/**
 * The stopwords by wordHash: a word of the sample is looked up by the hash the scan computed and
 * compared in place, instead of being sliced into a new string and hashed again (a few hundred
 * words per document).
 */
const STOPWORDS_BY_HASH = new Map<number, Array<{ word: string; mask: number }>>();
for (const [word, mask] of STOPWORD_MASKS) {
  const hash = wordHash(word);
  const sharing = STOPWORDS_BY_HASH.get(hash);
  if (sharing) sharing.push({ word, mask });
  else STOPWORDS_BY_HASH.set(hash, [{ word, mask }]);
}

/** The stopword mask of text[start, start + length) (whose wordHash is `hash`), or undefined. */
function stopwordMask(text: string, start: number, length: number, hash: number): number | undefined {
  const candidates = STOPWORDS_BY_HASH.get(hash);
  if (candidates === undefined) return undefined;
  for (const candidate of candidates)
    if (candidate.word.length === length && text.startsWith(candidate.word, start)) return candidate.mask;
  return undefined;
}

function detectLatinLanguage(sample: string): LanguageGuess {
  const lower = sample.slice(0, WORD_SAMPLE_LENGTH).toLowerCase();
  const scores = new Array<number>(LATIN_LANGUAGES.length).fill(0);
  // words are runs of word letters; only those short enough to be a stopword are looked up
  let words = 0;
  let wordStart = -1;
  let hash = 0;
  for (let index = 0; index <= lower.length; index++) {
    if (index < lower.length) {
      const code = lower.charCodeAt(index);
      if (isWordCode(code)) {
        if (wordStart < 0) {
          wordStart = index;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + code) | 0;
        continue;
      }
    }
    if (wordStart < 0) continue;
    words++;
    const length = index - wordStart;
    const mask = length <= LONGEST_STOPWORD ? stopwordMask(lower, wordStart, length, hash) : undefined;
    wordStart = -1;
    if (mask === undefined) continue;
    for (let bit = 0; bit < scores.length; bit++) if (mask & (1 << bit)) scores[bit]!++;
  }
  if (words === 0) return { lang: 'und', confidence: 0 };
  let bestIndex = 0;
  for (let index = 1; index < scores.length; index++)
    if (scores[index]! > scores[bestIndex]!) bestIndex = index;
  const best = LATIN_LANGUAGES[bestIndex]!;
  const bestScore = scores[bestIndex]!;
  return { lang: best, confidence: bestScore / words };
}
