import { describe, expect, it } from 'vitest';
import { joinLines, rebuildParagraphs } from './paragraphs';
import type { LayoutLine } from './pdf-layout';

const at = (
  page: number,
  y: number,
  text: string,
  left = 112.7,
  right = 499.5,
  extra: Partial<LayoutLine> = {},
): LayoutLine => ({
  text,
  page,
  column: 0,
  left,
  right,
  y,
  size: 10,
  rtl: false,
  ...extra,
});

describe('joinLines: hyphenation and scripts', () => {
  const none = { hyphenated: new Set<string>(), words: new Set<string>() };
  it('rejoins a word hyphenated at the line end', () => {
    expect(joinLines('in conflict situa-', 'tions can exacerbate', none)).toBe(
      'in conflict situations can exacerbate',
    );
    expect(joinLines('разрушительного воздей-', 'ствия пандемии', none)).toBe(
      'разрушительного воздействия пандемии',
    );
  });
  it('keeps the hyphen of a compound the document writes with it, and before a capital or a digit', () => {
    expect(
      joinLines('or in post-', 'conflict situations', {
        hyphenated: new Set(['post-conflict']),
        words: new Set<string>(),
      }),
    ).toBe('or in post-conflict situations');
    expect(joinLines('associated with Al-', 'Qaida', none)).toBe('associated with Al-Qaida');
    expect(joinLines('the COVID-', '19 pandemic', none)).toBe('the COVID-19 pandemic');
    // an acronym the document writes whole elsewhere loses the hyphen its line break put in
    expect(
      joinLines('el Sahel (UNO-', 'WAS) y', { hyphenated: new Set<string>(), words: new Set(['unowas']) }),
    ).toBe('el Sahel (UNOWAS) y');
    expect(joinLines('the mandates of AMI-', 'SOM, the United Nations', none)).toBe(
      'the mandates of AMISOM, the United Nations',
    );
  });
  it('joins Chinese lines without a space, others with one', () => {
    expect(joinLines('安全、畅通无阻地持续运送', '人道主义援助', none)).toBe(
      '安全、畅通无阻地持续运送人道主义援助',
    );
    expect(joinLines('the maintenance of international', 'peace and security,', none)).toBe(
      'the maintenance of international peace and security,',
    );
  });
});

describe('rebuildParagraphs', () => {
  it('ends a paragraph at a wider gap and marks a blank line at a much wider one', () => {
    const lines = [
      at(0, 600, 'Recalling its primary responsibility for the maintenance of international', 148.7),
      at(0, 583.7, 'peace and security,', 112.7, 203),
      at(0, 561.4, 'Reaffirming the principles and purposes of the Charter of the United', 148.7),
      at(0, 545.1, 'Nations,', 112.7, 152),
      at(0, 505, '1. Demands a general and immediate cessation of hostilities in all situations', 112.7),
      at(0, 488.7, 'on its agenda;', 148.7, 210),
    ];
    expect(rebuildParagraphs(lines)).toBe(
      [
        'Recalling its primary responsibility for the maintenance of international peace and security,',
        'Reaffirming the principles and purposes of the Charter of the United Nations,',
        '',
        '1. Demands a general and immediate cessation of hostilities in all situations on its agenda;',
      ].join('\n'),
    );
  });

  it('goes on across a page break after a full line, and starts anew after a short one', () => {
    const lines = [
      at(0, 120, 'Expressing grave concern about the devastating impact of the pandemic', 148.7),
      at(0, 103.7, 'across the world, especially in countries ravaged by armed conflicts, or in', 112.7),
      at(1, 713, 'post-conflict situations, or affected by humanitarian crises,', 112.7, 380),
      at(1, 690.7, 'Recognizing that conditions of violence and instability in conflict', 148.7),
      at(1, 674.4, 'situations can exacerbate the pandemic,', 112.7, 300),
      at(2, 713, '2. Calls upon all parties to armed conflicts to engage immediately in', 112.7),
    ];
    expect(rebuildParagraphs(lines).split('\n')).toEqual([
      'Expressing grave concern about the devastating impact of the pandemic across the world, especially in countries ravaged by armed conflicts, or in post-conflict situations, or affected by humanitarian crises,',
      'Recognizing that conditions of violence and instability in conflict situations can exacerbate the pandemic,',
      '2. Calls upon all parties to armed conflicts to engage immediately in',
    ]);
  });

  it('reads the end of a right-to-left line at its left edge', () => {
    const rtl = { rtl: true };
    const lines = [
      at(0, 500, 'وإذ يعرب عن بالغ القلق من الأثر المدمر لجائحة كوفيد-19 في جميع أنحاء', 112.6, 463.2, rtl),
      at(
        0,
        483.7,
        'العالم، ولا سيما في البلدان التي دمرتها النزاعات المسلحة، أو في حالات',
        112.5,
        499.2,
        rtl,
      ),
      at(0, 467.4, 'المتأثرة بالأزمات الإنسانية،', 389.4, 499.3, rtl),
      at(0, 451.1, 'وإذ يسلم بأن ظروف العنف وعدم الاستقرار في حالات النزاع يمكن أن تؤدي', 112.8, 463.5, rtl),
    ];
    expect(rebuildParagraphs(lines).split('\n')).toHaveLength(2);
  });
});
