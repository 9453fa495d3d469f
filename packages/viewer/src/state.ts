/**
 * The view's state and its URL form. Everything a user would want to share (selection,
 * filters, trace, path, search, sizing) round-trips through the hash, so a link restores the view.
 * Values equal to the defaults are left out, keeping links short.
 */
import type { Filters } from './filters';

export type TraceDirection = 'ancestors' | 'descendants' | 'both';
export interface Trace {
  direction: TraceDirection;
  depth: number;
}
export type SizeBy = 'received' | 'degree' | 'pagerank' | 'uniform';
export const SIZE_BY: SizeBy[] = ['received', 'degree', 'pagerank', 'uniform'];
/** community: the citation network's Louvain communities (stored in graph.json), other kinds by kind */
export type ColorBy = 'community' | 'kind';
export const COLOR_BY: ColorBy[] = ['community', 'kind'];

export interface ViewState {
  filters: Filters;
  selected: string | null;
  trace: Trace | null;
  /** shortest citation path between two resolutions */
  path: [string, string] | null;
  query: string;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** show only the highlighted selection (with its neighbours), trace or path */
  only: boolean;
}

export function defaultState(filters: Filters): ViewState {
  return { filters, selected: null, trace: null, path: null, query: '', sizeBy: 'received', colorBy: 'community', only: false };
}

const list = (values: string[]) => values.join(',');
const sameList = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
const TRACE_CODES: Record<TraceDirection, string> = { ancestors: 'up', descendants: 'down', both: 'both' };

export function encodeState(state: ViewState, defaults: Filters): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (state.query) params.set('q', state.query);
  if (state.selected) params.set('node', state.selected);
  if (state.trace) params.set('trace', `${TRACE_CODES[state.trace.direction]}:${state.trace.depth}`);
  if (state.path) params.set('path', `${state.path[0]}|${state.path[1]}`);
  if (!sameList(filters.kinds, defaults.kinds)) params.set('kinds', list(filters.kinds));
  if (!sameList(filters.edgeKinds, defaults.edgeKinds)) params.set('edges', list(filters.edgeKinds));
  if (filters.organs.length) params.set('organs', list(filters.organs));
  if (filters.langs.length) params.set('langs', list(filters.langs));
  if (filters.yearFrom !== null || filters.yearTo !== null) params.set('years', `${filters.yearFrom ?? ''}-${filters.yearTo ?? ''}`);
  if (filters.minDegree !== defaults.minDegree) params.set('deg', String(filters.minDegree));
  if (state.sizeBy !== 'received') params.set('size', state.sizeBy);
  if (state.colorBy !== 'community') params.set('color', state.colorBy);
  if (state.only) params.set('only', '1');
  return params.toString();
}

const parseList = (value: string | null): string[] | null => (value === null ? null : value.split(',').filter(Boolean));
const parseYear = (value: string | undefined): number | null => (value && /^-?\d{1,4}$/.test(value) ? Number(value) : null);

/** Reads a hash (with or without '#'); unknown or malformed values fall back to the defaults. */
export function decodeState(hash: string, defaults: Filters): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = defaultState({ ...defaults });
  state.query = params.get('q') ?? '';
  state.selected = params.get('node') || null;
  const trace = /^(up|down|both):(\d{1,2})$/.exec(params.get('trace') ?? '');
  if (trace) {
    const direction = (Object.keys(TRACE_CODES) as TraceDirection[]).find((key) => TRACE_CODES[key] === trace[1]);
    if (direction) state.trace = { direction, depth: Math.max(1, Number(trace[2])) };
  }
  const path = (params.get('path') ?? '').split('|');
  if (path.length === 2 && path[0] && path[1]) state.path = [path[0], path[1]];
  state.filters.kinds = parseList(params.get('kinds')) ?? defaults.kinds;
  state.filters.edgeKinds = parseList(params.get('edges')) ?? defaults.edgeKinds;
  state.filters.organs = parseList(params.get('organs')) ?? [];
  state.filters.langs = parseList(params.get('langs')) ?? [];
  const years = (params.get('years') ?? '').split('-');
  if (years.length === 2) {
    state.filters.yearFrom = parseYear(years[0]);
    state.filters.yearTo = parseYear(years[1]);
  }
  const degree = params.get('deg');
  if (degree !== null) state.filters.minDegree = /^\d{1,3}$/.test(degree) ? Number(degree) : defaults.minDegree;
  const size = params.get('size') as SizeBy | null;
  if (size && SIZE_BY.includes(size)) state.sizeBy = size;
  const color = params.get('color') as ColorBy | null;
  if (color && COLOR_BY.includes(color)) state.colorBy = color;
  state.only = params.get('only') === '1';
  return state;
}
