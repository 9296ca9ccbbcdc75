/**
 * Do two servers answer the same? The floor answers in the API's own shape, so its `data` must equal the API's.
 * The peer's schema is its own (lists where the API has a single link, flat date fields, connection cursors of
 * its own), so its answer is compared by the facts it carries: every id, name, text, quote, kind, act, form,
 * date, total and offset in it, as a sorted list, whatever objects hold them (the API's `date { value precision
 * text }` counts as the stored `date`, `datePrecision` and `dateText` that the peer selects). Two answers with the same facts name the
 * same nodes with the same words and counts; the throughput of servers that answer differently is not compared.
 */
import { isDeepStrictEqual } from 'node:util';

const FACT_KEYS = new Set(['id', 'name', 'text', 'quote', 'kind', 'act', 'form', 'totalCount', 'start', 'end', 'date', 'datePrecision', 'dateText']);
/** The API's PartialDate fields as the stored properties they come from (src/common/partial-date.ts). */
const DATE_FIELDS: Record<string, string> = { value: 'date', precision: 'datePrecision', text: 'dateText' };

/** Every `key=value` of a fact key with a scalar value, anywhere in `data`, sorted. */
export function facts(data: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'date' && v !== null && typeof v === 'object') {
          for (const [field, stored] of Object.entries(DATE_FIELDS)) {
            const x = (v as Record<string, unknown>)[field];
            if (typeof x === 'string') found.push(`${stored}=${JSON.stringify(x)}`);
          }
        } else if (FACT_KEYS.has(key) && (typeof v === 'string' || typeof v === 'number')) found.push(`${key}=${JSON.stringify(v)}`);
        else walk(v);
      }
    }
  };
  walk(data);
  return found.sort();
}

export type Agreement = 'equal' | 'same facts' | 'DIFFERENT';

export interface Comparison {
  agreement: Agreement;
  /** How many facts the API's answer carries (a check that the comparison compared something). */
  facts: number;
  /** A few facts only one side has, when they differ. */
  onlyApi?: string[];
  onlyOther?: string[];
}

/** The multiset difference a − b. */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n === 0;
  });
}

export function compareAnswers(api: unknown, other: unknown): Comparison {
  const a = facts(api);
  if (isDeepStrictEqual(api, other)) return { agreement: 'equal', facts: a.length };
  const b = facts(other);
  if (isDeepStrictEqual(a, b)) return { agreement: 'same facts', facts: a.length };
  return { agreement: 'DIFFERENT', facts: a.length, onlyApi: minus(a, b).slice(0, 5), onlyOther: minus(b, a).slice(0, 5) };
}
