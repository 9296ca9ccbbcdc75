/**
 * What the URL holds, so a link reopens the same view: the focus and its depth and limit, the nodes expanded
 * into it, the kinds shown, the selected node or edge, the two ends of a path question and the time span.
 * Pure (URLSearchParams only), so the unit tier checks that every state survives the trip through a URL.
 */
import type { Kind } from './types';
import { KINDS } from './types';

export interface ViewState {
  focus?: string;
  depth: number;
  limit: number;
  expanded: string[];
  /** Kinds drawn and searched; all of them when the URL says nothing. */
  kinds: Kind[];
  selected?: string;
  from?: string;
  to?: string;
  /** Inclusive ISO days `[first, last]`: only events and statements dated within it are drawn. */
  span?: [string, string];
}

export const DEPTHS = [1, 2, 3] as const;
/** The page's limit choices: the API allows 1 to 500 (README, "Using the API"). */
export const LIMITS = [25, 50, 100, 200, 500] as const;
export const DEFAULT_STATE: ViewState = { depth: 1, limit: 100, expanded: [], kinds: [...KINDS] };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends number>(value: string | null, allowed: readonly T[], fallback: T): T {
  const n = Number(value);
  return (allowed as readonly number[]).includes(n) ? (n as T) : fallback;
}

/** Reads a state from a query string; anything malformed falls back to the default rather than failing. */
export function decodeState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const list = (name: string): string[] => (params.get(name) ?? '').split(',').filter(Boolean);
  const kinds = list('kinds').filter((k): k is Kind => (KINDS as readonly string[]).includes(k));
  const span = list('span');
  return {
    focus: params.get('focus') || undefined,
    depth: oneOf(params.get('depth'), DEPTHS, DEFAULT_STATE.depth),
    limit: oneOf(params.get('limit'), LIMITS, DEFAULT_STATE.limit),
    expanded: params.getAll('expand').filter(Boolean),
    kinds: params.has('kinds') ? kinds : [...KINDS],
    selected: params.get('sel') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    span: span.length === 2 && span.every((d) => DAY.test(d)) && span[0] <= span[1] ? [span[0], span[1]] : undefined,
  };
}

/** The query string of a state (leading `?`, or empty for the default state); defaults are left out. */
export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.depth !== DEFAULT_STATE.depth) params.set('depth', String(state.depth));
  if (state.limit !== DEFAULT_STATE.limit) params.set('limit', String(state.limit));
  for (const id of state.expanded) params.append('expand', id);
  if (state.kinds.length !== KINDS.length) params.set('kinds', KINDS.filter((k) => state.kinds.includes(k)).join(','));
  if (state.selected) params.set('sel', state.selected);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.span) params.set('span', state.span.join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}
