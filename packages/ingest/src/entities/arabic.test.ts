/**
 * Arabic body names in real sentences of the corpus (../shared/corpus/unsc/text/*.ar.txt).
 * Arabic writes the conjunctions و and ف and the prepositions ب, ل and ك as part of the next
 * word ("وبعثة": and the mission; "لقوة": to the Force; "للمجموعة": ل + the article, its alif
 * elided): the matcher reads such a word once more without them, and the match starts after them.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './gazetteer';
import { scan } from './matcher';

const found = (text: string): string[] =>
  scan(loadGazetteer().matcher, { text }).map((match) => `${match.kind}:${match.id}=${text.slice(match.start, match.end)}`);

describe('Arabic names', () => {
  it('finds a mission named plainly (S_RES_2505_2020.ar.txt, para 1)', () => {
    const text = '1 - يقرر أن يمدد إلى غاية 15 تموز/يوليه 2020 ولاية بعثة الأمم المتحدة لدعم اتفاق الحديدة، من أجل دعم تنفيذ الاتفاق';
    expect(found(text)).toEqual(['Body:UNMHA=بعثة الأمم المتحدة لدعم اتفاق الحديدة']);
  });

  it('finds a mission after "و" (and), the match starting after it (S_RES_2520_2020.ar.txt)', () => {
    const text = 'تقديم الدعم في الصومال إلى بعثة الاتحاد الأفريقي في الصومال وبعثة الأمم المتحدة لتقديم المساعدة إلى الصومال';
    expect(found(text)).toEqual([
      'State:SO=الصومال',
      'Body:AMISOM=بعثة الاتحاد الأفريقي في الصومال',
      'Body:UNSOM=بعثة الأمم المتحدة لتقديم المساعدة إلى الصومال',
    ]);
  });

  it('finds a force after "ل" (to) (S_RES_2506_2020.ar.txt, para 10)', () => {
    const text = '10 - يعرب عن تأييده التام لقوة الأمم المتحدة لحفظ السلام في قبرص';
    expect(found(text)).toEqual(['Body:UNFICYP=قوة الأمم المتحدة لحفظ السلام في قبرص']);
  });

  it('finds a name after "و" and "لل" (ل + the article) (S_RES_2584_2021.ar.txt, S_RES_2531_2020.ar.txt)', () => {
    expect(found('وإذ يرحب بمؤتمر قمة انجمينا للمجموعة الخماسية لمنطقة الساحل وشركائها')).toEqual(['Body:G5Sahel=لمجموعة الخماسية لمنطقة الساحل']);
    // the Joint Force's name holds the group's, after "للمجموعة": the longer name is read
    const text = 'وقوات الدفاع والأمن المالية والقوة المشتركة التابعة للمجموعة الخماسية لمنطقة الساحل والقوات الفرنسية';
    expect(found(text)).toEqual(['Body:G5SahelJointForce=القوة المشتركة التابعة للمجموعة الخماسية لمنطقة الساحل']);
    // S_RES_2506_2020.ar.txt: "للأمم المتحدة" is ل + "الأمم المتحدة"
    expect(found('إذ يؤكد من جديد الدور الرئيسي للأمم المتحدة في مساعدة الطرفين')).toEqual(['Body:UN=لأمم المتحدة']);
  });

  it('reads EUFOR, only ever written with a clitic in the corpus (S_RES_2549_2020.ar.txt)', () => {
    const text = 'عملية ألثيا التابعة لقوة الاتحاد الأوروبي';
    expect(found(text)).toEqual(['Body:EUFOR=قوة الاتحاد الأوروبي']);
  });

  it('does not split a word that merely starts with a clitic letter (S_RES_2514_2020.ar.txt)', () => {
    // "ولاية" (mandate) and "بعثة"/"بعثات" (mission/s) start with و and ب, but are no clitic + name
    const text = 'وينوه بأن ولاية كل بعثة من بعثات حفظ السلام';
    expect(found(text)).toEqual([]);
    // "لبنان" (Lebanon) is a name itself, not ل + "بنان"; "للبنان" is ل + "لبنان" (S_RES_2539_2020.ar.txt)
    expect(found('دعمه القوي لسلامة لبنان الإقليمية')).toEqual(['State:LB=لبنان']);
    expect(found('تعزيز دعمه للبنان وشعبه')).toEqual(['State:LB=لبنان']);
  });
});
