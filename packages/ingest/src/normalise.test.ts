import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseText, stripMarkdown } from './normalise';

const SEEDS = fileURLToPath(new URL('../../../../shared/corpus/seeds/', import.meta.url));
const seed = (name: string): string => readFileSync(`${SEEDS}${name}`, 'utf8');

describe('normaliseText: characters', () => {
  it('turns no-break, thin and narrow no-break spaces into spaces (seed 001)', () => {
    expect(normaliseText('la résolution 2482\u00a0(2019) sur')).toBe('la résolution 2482 (2019) sur');
    expect(normaliseText('le 9\u00a0juillet dernier')).toBe('le 9 juillet dernier');
    expect(normaliseText('« une menace\u202fpour la sécurité\u2009» ;')).toBe(
      '« une menace pour la sécurité » ;',
    );
    expect(normaliseText('organisée.\u00a0 Présenté par le Pérou')).toBe('organisée. Présenté par le Pérou');
  });

  it('straightens curly quotes and apostrophes, keeps French guillemets', () => {
    expect(normaliseText('Après le long débat qu’il a tenu')).toBe("Après le long débat qu'il a tenu");
    expect(normaliseText('the item entitled “Threats to international peace”')).toBe(
      'the item entitled "Threats to international peace"',
    );
    expect(normaliseText('« le pouvoir du multilatéralisme »')).toBe('« le pouvoir du multilatéralisme »');
  });

  it('composes to NFC and drops invisible characters', () => {
    expect(normaliseText('se\u0301curite\u0301')).toBe('sécurité');
    expect(normaliseText('\ufeffLe Conseil\u200b de sécu\u00adrité')).toBe('Le Conseil de sécurité');
  });

  it.each([
    // S/RES/2599 (2021) ar, ¶1: the shadda of "يمدّد" (extends)
    ['1 - يقرر أن يمدّد حتى 31 كانون الثاني/يناير 2022 ولاية بعثة الأمم المتحدة للدعم في ليبيا', '1 - يقرر أن يمدد حتى 31 كانون الثاني/يناير 2022 ولاية بعثة الأمم المتحدة للدعم في ليبيا'],
    // S/RES/2594 (2021) ar, ¶11: the fatha of the object "لجنةَ"
    ['11 - يشجع بشدة لجنةَ بناء السلام على أن تواصل الاستفادة بشكلٍ تام من دورها', '11 - يشجع بشدة لجنة بناء السلام على أن تواصل الاستفادة بشكل تام من دورها'],
    // tatweel (a justification stroke) and tanwin: "والنـزاع", "وفقاً"
    ['الأطفال والنـزاع المسلح وفقاً للقرار', 'الأطفال والنزاع المسلح وفقا للقرار'],
  ])('drops Arabic vowel signs and tatweel: %s', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('leaves text below U+0300 as it is (already NFC) and composes what follows', () => {
    const latin = 'Réaffirmant sa résolution 2370 (2017) – ¿y qué? «\u00a0oui\u00a0»';
    expect(normaliseText(latin)).toBe(latin.replace(/\u00a0/g, ' ').normalize('NFC'));
    expect(normaliseText('l’Assemble\u0301e')).toBe("l'Assemblée");
  });

  it('gives the same text whether it fits in Latin-1 or not', () => {
    // the Latin-1 result is stored compactly; its content must not change
    expect(normaliseText('qu’il a tenu à l’ONU')).toBe("qu'il a tenu à l'ONU");
    expect(normaliseText('résolution ÿ\u00ff')).toBe('résolution ÿÿ');
    expect(normaliseText('Совет — “безопасности”')).toBe('Совет — "безопасности"');
  });

  it('turns the non-breaking hyphen of Russian ordinals into a hyphen', () => {
    expect(normaliseText('на его 8700\u2011м заседании')).toBe('на его 8700-м заседании');
  });

  it('unifies line ends and form feeds', () => {
    expect(normaliseText('Le Conseil de sécurité,\r\nRappelant\r\n')).toBe(
      'Le Conseil de sécurité,\nRappelant',
    );
    expect(normaliseText('première page\fseconde page')).toBe('première page\nseconde page');
  });
});

describe('normaliseText: Markdown residue (seed 003)', () => {
  it('keeps the text of links with escaped brackets', () => {
    expect(
      normaliseText(
        'Rappelant ses résolutions [1267 \\(1999\\)](#), [1373 \\(2001\\)](#) et [2368 \\(2017\\)](#),',
      ),
    ).toBe('Rappelant ses résolutions 1267 (1999), 1373 (2001) et 2368 (2017),');
  });

  it('removes emphasis markers, also across a line break', () => {
    expect(normaliseText('1. *Réaffirme* sa décision')).toBe('1. Réaffirme sa décision');
    expect(normaliseText("11. *Rappelle* qu'il a décidé, et *encourage en outre* les États")).toBe(
      "11. Rappelle qu'il a décidé, et encourage en outre les États",
    );
    expect(normaliseText('**Adoptée par le Conseil de sécurité à sa 8017^e séance,\nle 2 août 2017**')).toBe(
      'Adoptée par le Conseil de sécurité à sa 8017e séance,\nle 2 août 2017',
    );
  });

  it('joins superscripts and unescapes', () => {
    expect(stripMarkdown('à sa 8017^e séance')).toBe('à sa 8017e séance');
    expect(stripMarkdown('1^er^ juillet')).toBe('1er juillet');
    expect(stripMarkdown('resolution 1373 \\(2001\\)')).toBe('resolution 1373 (2001)');
    expect(stripMarkdown('## Résolution 2370 (2017)')).toBe('Résolution 2370 (2017)');
  });

  it('leaves a footnote star and multiplication alone', () => {
    expect(normaliseText('S/RES/2370 (2017)*')).toBe('S/RES/2370 (2017)*');
    expect(normaliseText('a 3 * 4 grid')).toBe('a 3 * 4 grid');
  });

  it('leaves no Markdown in seed 003', () => {
    const text = normaliseText(seed('003_806dc498987e8b5c.txt'));
    expect(text).not.toMatch(/\]\(#\)|\\\(|\^e|\*\*|\*[A-ZÉ]/);
    expect(text).toContain('Adoptée par le Conseil de sécurité à sa 8017e séance,');
    expect(text).toContain('Rappelant ses résolutions 1267 (1999), 1373 (2001), 1844 (2008)');
  });
});

describe('normaliseText: page-break debris', () => {
  it("drops seed 003's reissue note and rejoins the sentences a page break cut", () => {
    const text = normaliseText(seed('003_806dc498987e8b5c.txt'));
    expect(text).not.toContain('Nouveau tirage');
    expect(text).toContain("y compris en renforçant, s'il y a lieu");
    expect(text).toContain("qu'il s'agisse d'explosifs militaires, civils ou improvisés, ainsi que");
    expect(text).not.toMatch(/\n{3}/);
  });

  it('drops reissue notes in other languages, job numbers, bar codes, page numbers and lone punctuation', () => {
    const input = [
      'Reaffirming its resolution 1373 (2001),',
      '* Reissued for technical reasons.',
      '17-13543 (F)',
      '*1713543*',
      '12',
      '- 3 -',
      '/',
      '* * *',
      'Decides to remain seized of the matter.',
    ].join('\n');
    expect(normaliseText(input)).toBe(
      'Reaffirming its resolution 1373 (2001),\nDecides to remain seized of the matter.',
    );
  });

  it('drops page numbers in other languages, keeps text lines that start like debris', () => {
    const input = [
      'Page 3',
      'página 2 de 5',
      'Страница 4 из 9',
      '2017 was a year in which the Council met often.',
      '- the first indent of a list, long enough to be text',
      'page after page of annexes follows',
      '«»',
    ].join('\n');
    expect(normaliseText(input)).toBe(
      [
        '2017 was a year in which the Council met often.',
        '- the first indent of a list, long enough to be text',
        'page after page of annexes follows',
      ].join('\n'),
    );
  });

  it('drops the page foot of a PDF (job number and page, either order) and rejoins the cut sentence', () => {
    const input = [
      'S/RES/2529 (2020)',
      'Having considered the nomination by the Secretary-General of Mr. Serge Brammertz as Prosecutor of the',
      '',
      '20-08606 3/7',
      '\fS/RES/2529 (2020)',
      '',
      'mechanism (S/2020/580),',
      'Ayant à l’esprit le paragraphe 4 de l’article 14 du Statut du Mécanisme,',
      '2/7 20-08606 (F)',
    ].join('\n');
    expect(normaliseText(input)).toBe(
      [
        'S/RES/2529 (2020)',
        'Having considered the nomination by the Secretary-General of Mr. Serge Brammertz as Prosecutor of the mechanism (S/2020/580),',
        "Ayant à l'esprit le paragraphe 4 de l'article 14 du Statut du Mécanisme,",
      ].join('\n'),
    );
  });

  it('drops a running header (the symbol repeated on every page), keeps its first occurrence', () => {
    const input =
      'S/RES/2370 (2017)\nConseil de sécurité\n\nRappelant sa résolution,\n\nS/RES/2370 (2017)\n\nNotant la coordination,';
    expect(normaliseText(input)).toBe(
      'S/RES/2370 (2017)\nConseil de sécurité\n\nRappelant sa résolution,\n\nNotant la coordination,',
    );
  });

  it('drops a short running header too (a symbol line of fewer than five characters)', () => {
    expect(normaliseText('S/1\nFirst page text.\n\nS/1\n\nSecond page text.')).toBe('S/1\nFirst page text.\n\nSecond page text.');
  });

  it('keeps numbered paragraph starts and sub-paragraph letters', () => {
    expect(normaliseText('1. Decides that all States shall:\n(a) Prevent and suppress;')).toBe(
      '1. Decides that all States shall:\n(a) Prevent and suppress;',
    );
  });
});

describe('normaliseText: repetitions (seed 004)', () => {
  it('drops repeated lines and paragraphs, keeps the first', () => {
    const text = normaliseText(seed('004_54e7265bb0b976a2.txt'));
    const count = (needle: string) => text.split(needle).length - 1;
    expect(count("Le Secrétaire Général, M. Jürgen Stock, s'est adressé à l'Assemblée générale")).toBe(1);
    expect(count("Une résolution de l'ONU appelle à une plus grande coopération avec INTERPOL")).toBe(1);
    // the paragraph that repeats a sentence inside a longer one is not a repetition
    expect(count("ont reconnu l'importance de communiquer à INTERPOL")).toBe(2);
    expect(text.startsWith("Une résolution de l'ONU appelle")).toBe(true);
    expect(text).not.toMatch(/^\/$/m);
  });

  it('drops a repeated multi-line paragraph', () => {
    const paragraph =
      'Le Conseil invite les États à resserrer la coopération\ninternationale et régionale contre la menace.';
    expect(normaliseText(`${paragraph}\n\nAutre chose.\n\n${paragraph}`)).toBe(
      `${paragraph}\n\nAutre chose.`,
    );
  });

  it('drops a repeated hard-wrapped paragraph whole, short last line included', () => {
    const paragraph =
      'Le Conseil invite les États à resserrer la coopération internationale\net régionale contre la menace.';
    expect(normaliseText(`${paragraph}\n\nAutre chose.\n\n${paragraph}\n\nFin.`)).toBe(
      `${paragraph}\n\nAutre chose.\n\nFin.`,
    );
  });

  it('drops a long line seen before, however far back, and keeps lines that only look alike', () => {
    const long = (end: string): string => `Recalling its resolutions 1267 (1999) and 1373 (2001) ${end}`;
    const input = [long('a,'), long('b,'), 'Short line', long('a,'), long('c,'), '', long('b,'), 'End.'].join(
      '\n',
    );
    expect(normaliseText(input)).toBe(
      [long('a,'), long('b,'), 'Short line', long('c,'), '', 'End.'].join('\n'),
    );
  });

  it('drops repeated long lines that differ from others in a few characters only', () => {
    // 20,000 lines of one length that differ only in their first characters, then all of them again
    const lines = Array.from(
      { length: 20_000 },
      (_, index) =>
        `L${index.toString(36).padStart(4, '0')} of the annex: the same long list entry text follows here.`,
    );
    expect(normaliseText([...lines, '', ...lines].join('\n'))).toBe(lines.join('\n'));
  });

  it('gives the same text whether nothing or something is dropped between kept lines', () => {
    const lines = ['First line of text.', '', 'Second part.', 'Third line.'];
    expect(normaliseText(`${lines.join('\n')}\n`)).toBe(lines.join('\n'));
    expect(normaliseText(`\n\n${lines.join('\n\n\n')}`)).toBe(
      'First line of text.\n\nSecond part.\n\nThird line.',
    );
    expect(normaliseText(lines.join('\n').replace('Second', '  Second'))).toBe(lines.join('\n'));
  });

  it('keeps short repeated lines that are not adjacent', () => {
    expect(normaliseText('Annex\nFirst list\n\nAnnex\nSecond list')).toBe(
      'Annex\nFirst list\n\nAnnex\nSecond list',
    );
  });
});

describe('normaliseText: cost', () => {
  it('is linear: a 50 MB text with every kind of noise normalises', () => {
    const block =
      'Rappelant ses résolutions [1373 \\(2001\\)](#) et *Réaffirme* sa 8017^e séance\u00a0: « texte ».\n17-13543 (F)\n';
    const text = block.repeat(Math.ceil(50e6 / block.length / 2)) + 'x'.repeat(25e6);
    // quadratic behaviour would blow the test timeout; speed itself is measured by `pnpm bench`
    const result = normaliseText(text);
    expect(result.length).toBeGreaterThan(25e6);
    expect(result.split('\n').filter((line) => line.startsWith('Rappelant'))).toEqual([
      'Rappelant ses résolutions 1373 (2001) et Réaffirme sa 8017e séance : « texte ».',
    ]);
  });
});

describe('normaliseText: hard-wrapped text (PDF-to-text)', () => {
  const TEXT = fileURLToPath(new URL('../../../../shared/corpus/unsc/text/', import.meta.url));
  /** Lines `from`–`to` (1-based) of a Council text of the corpus. */
  const lines = (name: string, from: number, to: number): string =>
    readFileSync(`${TEXT}${name}`, 'utf8').split('\n').slice(from - 1, to).join('\n');
  /** Greedy word wrap at `width`; Chinese lines are cut every `width` characters. */
  const wrap = (text: string, width: number): string =>
    text
      .split('\n')
      .flatMap((line) => {
        if (/[\u4e00-\u9fff]/.test(line)) return line.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [line];
        const out: string[] = [];
        for (const word of line.split(' ')) {
          const last = out.length - 1;
          if (last >= 0 && out[last]!.length + 1 + word.length <= width) out[last] += ` ${word}`;
          else out.push(word);
        }
        return out;
      })
      .join('\n');

  it.each([
    // a statement's second sentence starting a line ("… including in Africa." ⏎ "The Council encourages them")
    ['S/PRST/2009/32', 'S_PRST_2009_32.en.txt', 9, 14, 80],
    // numbered operative paragraphs
    ['S/RES/2529 (2020) operative', 'S_RES_2529_2020.en.txt', 21, 26, 80],
    // Arabic paragraph numbers "2 - يقرر", a wrapped citation's year "(2020) وهذا القرار؛", sub-paragraph "(1)"
    ['S/RES/2609 (2021) Arabic', 'S_RES_2609_2021.ar.txt', 24, 30, 80],
    // Chinese lines joined without a space, "201" ⏎ "9冠状病毒病" too
    ['S/RES/2532 (2020) Chinese', 'S_RES_2532_2020.zh.txt', 10, 21, 40],
  ])('joins the wrapped lines of %s into its paragraphs', (_what, name, from, to, width) => {
    const clean = lines(name, from, to);
    expect(wrap(clean, width)).not.toBe(clean);
    expect(normaliseText(wrap(clean, width))).toBe(normaliseText(clean));
  });

  it('joins a wrapped sentence cut by a page break, and drops a wrapped line repeated right after itself', () => {
    for (const [name, symbol, from, to, width] of [
      ['S_RES_2532_2020.zh.txt', 'S/RES/2532 (2020)', 10, 21, 40],
      ['S_RES_2529_2020.en.txt', 'S/RES/2529 (2020)', 21, 26, 80],
    ] as const) {
      const clean = `${symbol}\n${lines(name, from, to)}`;
      const wrapped = wrap(clean, width).split('\n');
      // a page foot and running head after the 6th line (mid-sentence in both texts), the 9th line twice
      const noisy = [...wrapped.slice(0, 6), '', '20-08606 2/4', `\f${symbol}`, '', ...wrapped.slice(6, 9), ...wrapped.slice(8)];
      expect(normaliseText(noisy.join('\n'))).toBe(normaliseText(clean));
    }
  });

  it('keeps preambular paragraphs apart: a comma ends one before a capitalised word (S/RES/2529 (2020))', () => {
    const clean = lines('S_RES_2529_2020.en.txt', 10, 17);
    expect(normaliseText(wrap(clean, 80))).toBe(normaliseText(clean));
  });

  it('leaves a text of long lines or of short lines alone', () => {
    const cover = 'United Nations\nS/RES/2529 (2020)\nSecurity Council\nDistr.: General\n25 June 2020\nResolution 2529 (2020)';
    expect(normaliseText(cover)).toBe(cover);
    const clean = lines('S_RES_2529_2020.en.txt', 1, 35);
    expect(normaliseText(clean).split('\n')).toHaveLength(clean.split('\n').length);
  });
});
