import { describe, expect, it } from 'vitest';
import { testDocument } from '../entities/testing';
import { classifyDhlName, dhlForms, emptyBodiesReport, predictedFromDocument, resolveDhlName, scoreDocument } from './bodies';

describe('UN Library body names (documents.jsonl)', () => {
  it('tells bodies from instruments and persons', () => {
    expect(classifyDhlName('UN Peacekeeping Force in Cyprus')).toBe('body');
    expect(classifyDhlName('Taliban (Afghanistan)')).toBe('body');
    expect(classifyDhlName('Lusaka Protocol (1994)')).toBe('instrument');
    expect(classifyDhlName('Charter of the United Nations (1945). Chapter VII')).toBe('instrument');
    expect(classifyDhlName('Taylor, Charles Ghankay')).toBe('person');
    expect(classifyDhlName('Guterres, António, 1949-')).toBe('person');
  });
  it('spells "UN" out and strips qualifiers', () => {
    expect(dhlForms('UN. Security Council (59th year : 2004)')).toContain('Security Council');
    expect(dhlForms('UN Peacekeeping Force in Cyprus')).toContain('United Nations Peacekeeping Force in Cyprus');
  });
  it('resolves names to gazetteer entities and committees to their resolution', () => {
    expect(resolveDhlName('UN Peacekeeping Force in Cyprus')).toEqual(['Body:UNFICYP']);
    expect(resolveDhlName('UN Office on Drugs and Crime')).toEqual(['Body:UNODC']);
    expect(resolveDhlName('Qaida (Organization)')).toEqual(['Group:AlQaida']);
    expect(resolveDhlName('UN. Security Council Committee Established pursuant to Resolution 2127 (2013) concerning the Central African Republic')).toEqual([
      'Body:Committee2127',
    ]);
    expect(resolveDhlName('UN. Security Council Committee Established pursuant to Resolution 1373 (2001) concerning Counter-Terrorism')).toEqual(['Body:CTC']);
    expect(resolveDhlName('UN. Panel of Experts Established pursuant to Security Council Resolution 1591 (2005)')).toEqual(['Body:Panel1591']);
  });
  it('counts a post apart, found only when its body is, never by its country', () => {
    const report = emptyBodiesReport();
    // S/RES/1509 (2003): Liberia and UNMIL are named; the index also lists Liberia's President
    const doc = testDocument('Welcoming the deployment of the United Nations Mission in Liberia and the cooperation of Liberia,', { lang: 'en' });
    scoreDocument(report, 'en', ['UN Mission in Liberia', 'Liberia. President', 'African Union. Commission. Chairperson'], predictedFromDocument(doc));
    expect(report.byKind.body).toEqual({ total: 1, found: 1 });
    expect(report.byKind.post).toEqual({ total: 2, found: 0 });
    expect(classifyDhlName('Facilitator of the Peace Process in Côte d\'Ivoire')).toBe('post');
    expect(classifyDhlName('UN Convention on the Law of the Sea (1982)')).toBe('instrument');
    expect(classifyDhlName('UN Development Fund for Women')).toBe('body');
  });
  it('resolves a body named by its owner and its own words (documents.jsonl)', () => {
    expect(resolveDhlName('Lebanon. Armed Forces')).toEqual(['Body:LAF']);
    expect(resolveDhlName('Liberia. Armed Forces')).toEqual(['Body:AFL']);
    expect(resolveDhlName('Democratic Republic of the Congo. Forces armées')).toEqual(['Body:FARDC']);
    expect(resolveDhlName('Iraq. Independent Electoral Commission')).toEqual(['Body:IraqIEC']);
    expect(resolveDhlName("Forces nouvelles (Organization : Côte d'Ivoire). Forces armées")).toEqual(['Body:FAFN']);
  });
  it('finds a person by a surname of several words', () => {
    const report = emptyBodiesReport();
    const predicted = { refs: new Set<string>(), names: new Set<string>(), persons: new Set(['Frederick Mwela Chomba', 'Carla Del Ponte']) };
    scoreDocument(report, 'en', ['Mwela Chomba, Frederick', 'Del Ponte, Carla', 'Chomba Mwela, Frederick', 'Ponte, Carla', 'Aminou, Mouinou'], predicted);
    expect(report.byKind.person).toEqual({ total: 5, found: 3 });
  });
});
