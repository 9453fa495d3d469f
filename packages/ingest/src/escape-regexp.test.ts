import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp, longestFirst } from './escape-regexp';

describe('escapeRegExp', () => {
  it('escapes what a regex reads as syntax', () => {
    expect(escapeRegExp('S/RES/2231 (2015)')).toBe('S/RES/2231 \\(2015\\)');
    expect(new RegExp(escapeRegExp('H.E. [Mr.]+?')).test('H.E. [Mr.]+?')).toBe(true);
  });
});

describe('alternation', () => {
  it('tries the longer of two phrases that start alike first', () => {
    const panel = new RegExp(`(?:${alternation(['panel', 'panel of experts'])})`, 'u');
    expect(panel.exec('the panel of experts')?.[0]).toBe('panel of experts');
  });

  it('drops duplicates and empty phrases, orders phrases of one length by code unit, escapes each', () => {
    expect(longestFirst(['its', 'the', '', 'this', 'that', 'the'])).toEqual(['that', 'this', 'its', 'the']);
    expect(alternation(['Mr', 'Mr.', 'Dr.', 'Mr'])).toBe('Dr\\.|Mr\\.|Mr');
  });
});
