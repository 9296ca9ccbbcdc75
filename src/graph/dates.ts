/**
 * Partial dates with honest precision: the reported value, its precision and the calendar span it covers
 * (`earliest`..`latest`, ISO days), stored on events, statements and relations as `date`, `datePrecision`,
 * `dateEarliest`, `dateLatest`, `dateText` (cypher/README.md). The seed validator checks annotated dates with
 * these functions and the timeline checks its bounds with them, so stored spans and query bounds agree. Pure
 * functions; they return a message instead of throwing so the validator can report every bad date at once.
 */
import type { StoredDate } from './rows';
import type { DatePrecision } from './vocabulary';

/** A reported date with its honest precision; ISO days, `earliest <= latest`. */
export interface PartialDateValue {
  /** `2025-02-24` (DAY), `2025-W08` (WEEK), `2025-02` (MONTH), `2025` (YEAR), `2015-02/2025-02-24` (RANGE). */
  value: string;
  precision: DatePrecision;
  earliest: string; // YYYY-MM-DD
  latest: string; // YYYY-MM-DD
  /** The article's own words for the date, e.g. "On Monday" or "last week". */
  text?: string;
}

export type DateResult = { ok: true; earliest: string; latest: string } | { ok: false; message: string };

const FORMATS: Record<Exclude<DatePrecision, 'RANGE'>, { re: RegExp; shape: string }> = {
  DAY: { re: /^(\d{4})-(\d{2})-(\d{2})$/, shape: 'YYYY-MM-DD' },
  WEEK: { re: /^(\d{4})-W(\d{2})$/, shape: 'YYYY-Www (ISO week)' },
  MONTH: { re: /^(\d{4})-(\d{2})$/, shape: 'YYYY-MM' },
  YEAR: { re: /^(\d{4})$/, shape: 'YYYY' },
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function iso(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function utc(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return d;
}

export function daysInMonth(year: number, month: number): number {
  return utc(year, month + 1, 0).getUTCDate();
}

/** Monday of ISO week 1: the week that holds the year's first Thursday (i.e. the week of 4 January). */
function isoWeekOneMonday(year: number): Date {
  const jan4 = utc(year, 1, 4);
  const dayOfWeek = (jan4.getUTCDay() + 6) % 7; // Monday = 0
  return utc(year, 1, 4 - dayOfWeek);
}

export function isoWeeksInYear(year: number): number {
  const next = isoWeekOneMonday(year + 1).getTime();
  const first = isoWeekOneMonday(year).getTime();
  return Math.round((next - first) / (7 * 86400000));
}

/** The ISO week (`2025-W09`) that contains a calendar day. */
export function isoWeekOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = utc(y, m, d);
  const thursday = utc(y, m, d - ((date.getUTCDay() + 6) % 7) + 3);
  const year = thursday.getUTCFullYear();
  const week = Math.round((thursday.getTime() - isoWeekOneMonday(year).getTime()) / (7 * 86400000)) + 1;
  return `${year}-W${pad(week)}`;
}

/** The span of one non-RANGE value, or why it is not a valid value of that precision. */
function span(value: string, precision: Exclude<DatePrecision, 'RANGE'>): DateResult {
  const format = FORMATS[precision];
  const m = format.re.exec(value);
  if (!m) return { ok: false, message: `"${value}" does not match ${precision} precision (expected ${format.shape})` };
  const year = Number(m[1]);
  if (year < 1) return { ok: false, message: `"${value}": year 0000 is not a calendar year` };
  switch (precision) {
    case 'YEAR':
      return { ok: true, earliest: `${m[1]}-01-01`, latest: `${m[1]}-12-31` };
    case 'MONTH': {
      const month = Number(m[2]);
      if (month < 1 || month > 12) return { ok: false, message: `"${value}": month ${m[2]} does not exist` };
      return { ok: true, earliest: `${m[1]}-${m[2]}-01`, latest: `${m[1]}-${m[2]}-${pad(daysInMonth(year, month))}` };
    }
    case 'DAY': {
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month < 1 || month > 12) return { ok: false, message: `"${value}": month ${m[2]} does not exist` };
      if (day < 1 || day > daysInMonth(year, month)) {
        return { ok: false, message: `"${value}" is not a real calendar date (${m[1]}-${m[2]} has ${daysInMonth(year, month)} days)` };
      }
      return { ok: true, earliest: value, latest: value };
    }
    case 'WEEK': {
      const week = Number(m[2]);
      const weeks = isoWeeksInYear(year);
      if (week < 1 || week > weeks) return { ok: false, message: `"${value}": ISO year ${m[1]} has weeks W01..W${weeks}` };
      const monday = isoWeekOneMonday(year);
      const start = utc(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate() + (week - 1) * 7);
      const end = utc(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate() + 6);
      return { ok: true, earliest: iso(start), latest: iso(end) };
    }
  }
}

/** Which single precision a value is written in, by its shape (a RANGE side, a query bound). */
export function precisionOf(value: string): Exclude<DatePrecision, 'RANGE'> | undefined {
  if (FORMATS.DAY.re.test(value)) return 'DAY';
  if (FORMATS.WEEK.re.test(value)) return 'WEEK';
  if (FORMATS.MONTH.re.test(value)) return 'MONTH';
  if (FORMATS.YEAR.re.test(value)) return 'YEAR';
  return undefined;
}

/** Checks a value against its precision and computes the calendar span it covers. */
export function dateSpan(value: string, precision: DatePrecision): DateResult {
  if (precision !== 'RANGE') return span(value, precision);
  const sides = value.split('/');
  if (sides.length !== 2) {
    return { ok: false, message: `"${value}" does not match RANGE precision (expected start/end, each YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY)` };
  }
  const results: { earliest: string; latest: string }[] = [];
  for (const [i, side] of sides.entries()) {
    const name = i === 0 ? 'start' : 'end';
    const p = precisionOf(side);
    if (!p) return { ok: false, message: `RANGE ${name} "${side}" is not a date (expected YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY)` };
    const r = span(side, p);
    if (!r.ok) return { ok: false, message: `RANGE ${name} ${r.message}` };
    results.push(r);
  }
  const [start, end] = results;
  if (start.earliest > end.earliest) {
    return { ok: false, message: `RANGE "${value}" ends before it starts (${start.earliest} > ${end.earliest})` };
  }
  return { ok: true, earliest: start.earliest, latest: end.latest };
}

/**
 * A stored date with its first and last day: as read, or else computed from its value and precision as the seed
 * step computed the stored ones (a statement row leaves the DATE properties out: cypher/fragments/statement-row.cypher).
 */
export function withDays<T extends StoredDate>(d: T): T {
  if (d.date == null || d.datePrecision == null || (d.dateEarliest != null && d.dateLatest != null)) return d;
  const span = dateSpan(d.date, d.datePrecision);
  return span.ok ? { ...d, dateEarliest: span.earliest, dateLatest: span.latest } : d;
}

/** Convenience for callers that know the value is valid (tests, fixtures). */
export function resolveDate(value: string, precision: DatePrecision, text?: string): PartialDateValue {
  const r = dateSpan(value, precision);
  if (!r.ok) throw new Error(r.message);
  return { value, precision, earliest: r.earliest, latest: r.latest, ...(text !== undefined ? { text } : {}) };
}
