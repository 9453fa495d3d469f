import { describe, expect, it } from 'vitest';
import { computeFacts, defaultFilters } from './filters';
import { decodeState, defaultState, encodeState, type ViewState } from './state';
import { buildTestViewGraph } from './test-graph';

describe('URL state', () => {
  const defaults = defaultFilters(computeFacts(buildTestViewGraph()));

  it('leaves defaults out of the URL', () => {
    expect(encodeState(defaultState(defaults), defaults)).toBe('');
  });

  it('round-trips selection, filters, trace, path, search and sizing', () => {
    const state: ViewState = {
      filters: { ...defaults, kinds: ['Resolution', 'Document'], edgeKinds: ['CITES'], organs: ['SC'], langs: ['fr', 'en'], yearFrom: 2001, yearTo: 2017, minDegree: 2 },
      selected: 'S/RES/2370 (2017)',
      trace: { direction: 'ancestors', depth: 3 },
      path: ['S/RES/2482 (2019)', 'S/RES/1267 (1999)'],
      query: 'sécurité & co',
      sizeBy: 'pagerank',
      colorBy: 'kind',
      only: true,
    };
    const hash = encodeState(state, defaults);
    expect(hash).toContain('node=S%2FRES%2F2370+%282017%29');
    expect(hash).toContain('trace=up%3A3');
    expect(decodeState(`#${hash}`, defaults)).toEqual(state);
  });

  it('keeps a minimum degree of 0 when the default is 1 (the first screen hides unconnected nodes)', () => {
    const state = { ...defaultState(defaults), filters: { ...defaults, minDegree: 0 } };
    expect(defaults.minDegree).toBe(1);
    expect(encodeState(state, defaults)).toBe('deg=0');
    expect(decodeState('deg=0', defaults).filters.minDegree).toBe(0);
  });

  it('keeps open-ended year ranges', () => {
    const state = { ...defaultState(defaults), filters: { ...defaults, yearFrom: null, yearTo: 2010 } };
    expect(decodeState(encodeState(state, defaults), defaults).filters).toMatchObject({ yearFrom: null, yearTo: 2010 });
  });

  it('falls back to defaults on malformed values', () => {
    const state = decodeState('#trace=sideways:3&deg=-4&size=huge&years=abc&path=only-one', defaults);
    expect(state).toEqual(defaultState(defaults));
  });
});
