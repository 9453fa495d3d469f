import { describe, expect, it } from 'vitest';
import { foldText, foldKey } from './fold';
import { loadGazetteer } from './gazetteer';
import { addAlias, createMatcher, isAcronym, scan } from './matcher';

const found = (text: string): string[] =>
  scan(loadGazetteer().matcher, { text }).map((match) => `${match.kind}:${match.id}=${text.slice(match.start, match.end)}`);

describe('folding', () => {
  it('keeps offsets: one code unit in, one out', () => {
    const text = 'État islamique d’Iraq et du Levant – Al‑Qaïda';
    expect(foldText(text)).toHaveLength(text.length);
    expect(foldText(text)).toBe("etat islamique d'iraq et du levant - al-qaida");
  });
  it('compares names without case, accents or punctuation', () => {
    expect(foldKey('Al-Qaïda')).toBe(foldKey('AL QAIDA'));
    expect(foldKey("Da'esh")).toBe('da esh');
  });
});

describe('matcher', () => {
  it('keeps the longest name: a group, not the State "Iraq" inside it', () => {
    expect(found("entre l'État islamique d'Iraq et du Levant (EIL, également connu sous le nom de Daech), Al-Qaida")).toEqual([
      "Group:ISIL=État islamique d'Iraq et du Levant",
      'Group:ISIL=EIL',
      'Group:ISIL=Daech',
      'Group:AlQaida=Al-Qaida',
    ]);
  });
  it('lets a name led by an article give way to a longer name from its next word: a group, not "the Sudan" (composed probe of q22n, meetings-coverage style)', () => {
    expect(found('clashes between the Sudan Liberation Army and the Sudan People’s Liberation Movement/Army-in-Opposition; aid reached the Sudan')).toEqual([
      'Group:SLMA=Sudan Liberation Army',
      'Group:SPLMIO=Sudan People’s Liberation Movement/Army-in-Opposition',
      'State:SD=the Sudan',
    ]);
  });
  it('matches acronyms only in capitals: the article "un" is not the UN', () => {
    // "UN Women" is a body of its own (UN-Women); the capitals "UN" alone are the UN
    expect(found('un rapport de l’ONU et de UN Women')).toEqual(['Body:UN=ONU', 'Body:UNWomen=UN Women']);
    expect(found('un rapport de l’ONU et du UN')).toEqual(['Body:UN=ONU', 'Body:UN=UN']);
  });
  it('needs a capital for proper names but not for threats', () => {
    expect(found('le tchad et le Tchad; le trafic de migrants')).toEqual(['State:TD=Tchad', 'Threat:MigrantSmuggling=trafic de migrants']);
  });
  it('lets threats overlap: arms trafficking and small arms', () => {
    expect(found('le commerce illicite des armes légères et de petit calibre')).toEqual([
      'Threat:ArmsTrafficking=commerce illicite des armes',
      'Threat:SALW=armes légères et de petit calibre',
    ]);
  });
  it('does not take a threat inside another threat\'s name', () => {
    expect(found("d'engins explosifs improvisés (EEI)")).toEqual(['Threat:IED=engins explosifs improvisés', 'Threat:IED=EEI']);
  });
  it('does not join words across a sentence end', () => {
    const matcher = createMatcher();
    addAlias(matcher, 'Security Council', { kind: 'Body', id: 'SC', caseSensitive: false, requireCapital: true });
    expect(scan(matcher, { text: 'Security. Council' })).toEqual([]);
    expect(scan(matcher, { text: 'the Security\nCouncil' })).toHaveLength(1);
  });
  it('tells acronyms from names', () => {
    expect(isAcronym('UNODC')).toBe(true);
    expect(isAcronym('Interpol')).toBe(false);
    expect(isAcronym("Da'esh")).toBe(false);
  });
  it('reads Chinese names one ideograph at a time', () => {
    expect(found('联合国毒品和犯罪问题办公室')).toEqual(['Body:UNODC=联合国毒品和犯罪问题办公室']);
    // S/RES/2506 (2020), zh and ru: the short names the UN's texts use for UNFICYP
    expect(found('敦促双方继续与联塞部队合作')).toEqual(['Body:UNFICYP=联塞部队']);
    expect(found('а острове условий присутствие ВСООНК после 31 января')).toEqual(['Body:UNFICYP=ВСООНК']);
  });
});

describe('Arabic proclitics', () => {
  const matcher = createMatcher();
  addAlias(matcher, 'بعثة الأمم المتحدة', { kind: 'Body', id: 'M', caseSensitive: false, requireCapital: false });
  addAlias(matcher, 'الاتحاد الأفريقي', { kind: 'Body', id: 'AU', caseSensitive: false, requireCapital: false });
  addAlias(matcher, 'لبنان', { kind: 'State', id: 'LB', caseSensitive: false, requireCapital: false });
  const spans = (text: string): string[] => scan(matcher, { text }).map((match) => `${match.id}@${match.start}=${text.slice(match.start, match.end)}`);
  it('reads a word again without و ف ب ل ك, the match starting after them', () => {
    expect(spans('وبعثة الأمم المتحدة')).toEqual(['M@1=بعثة الأمم المتحدة']);
    expect(spans('لبعثة الأمم المتحدة')).toEqual(['M@1=بعثة الأمم المتحدة']);
    expect(spans('فبعثة الأمم المتحدة')).toEqual(['M@1=بعثة الأمم المتحدة']);
    expect(spans('وببعثة الأمم المتحدة')).toEqual(['M@2=بعثة الأمم المتحدة']);
  });
  it('reads "لل" as ل + the article whose alif is elided', () => {
    expect(spans('للاتحاد الأفريقي')).toEqual(['AU@1=لاتحاد الأفريقي']);
    expect(spans('وللاتحاد الأفريقي')).toEqual(['AU@2=لاتحاد الأفريقي']);
    expect(spans('بالاتحاد الأفريقي')).toEqual(['AU@1=الاتحاد الأفريقي']);
  });
  it('strips one conjunction then one preposition, no more, and keeps a name that starts with a clitic letter', () => {
    expect(spans('بلبعثة الأمم المتحدة')).toEqual([]);
    expect(spans('ووبعثة الأمم المتحدة')).toEqual([]);
    expect(spans('لبنان وللبنان')).toEqual(['LB@0=لبنان', 'LB@8=لبنان']);
    expect(spans('بعثة الأمم')).toEqual([]);
  });
  it('leaves Latin and Cyrillic words alone', () => {
    const latin = createMatcher();
    addAlias(latin, 'ONU', { kind: 'Body', id: 'UN', caseSensitive: true, requireCapital: false });
    expect(scan(latin, { text: 'lONU bONU' })).toEqual([]);
  });
});
