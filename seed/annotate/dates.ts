/**
 * Date expressions → `{ value, precision, text }` (seed/annotations/dto.ts DateDto), resolved against the
 * article's publication day with chrono-node (https://github.com/wanasit/chrono). chrono finds the expression and
 * the calendar arithmetic; the precision is ours, from what chrono says it knows (`knownValues`) and from the
 * words themselves: "last week" is that ISO week, "earlier this month" the days of the month before publication,
 * "January" a month, "On Monday" a day. Every value passes src/graph/dates.ts dateSpan (the validator's check).
 */
import * as chrono from 'chrono-node';
import { dateSpan, isoWeekOf } from '../../src/graph';
import type { DatePrecision } from '../../src/graph';

export interface FoundDate {
  value: string;
  precision: DatePrecision;
  /** The article's own words for the date (verbatim, so the validator's DateTextRule finds them). */
  text: string;
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const month = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return day(d);
};
const shiftYears = (iso: string, n: number) => `${Number(iso.slice(0, 4)) + n}${iso.slice(4)}`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };

/** One chrono result → a date of the precision its words support (undefined: not a date we can state). */
function fromChrono(r: chrono.ParsedResult, text: string, publishedOn: string): FoundDate | undefined {
  let words = r.text.replace(/[\s,.;:]+$/u, '');
  let start = r.index;
  const known = (c: chrono.Component) => r.start.isCertain(c);
  const d = r.start.date();
  const before = text.slice(Math.max(0, start - 12), start);
  let value: string;
  let precision: DatePrecision;
  if (/\b(last|next|this|past) week$/i.test(words)) {
    value = isoWeekOf(day(d));
    precision = 'WEEK';
  } else if (/\bthis month$/i.test(words) && /\b(earlier|later)\s+$/i.test(before)) {
    // "earlier this month": from the first of the month to the day before publication (and "later" the rest).
    const earlier = /earlier\s+$/i.test(before);
    const first = `${publishedOn.slice(0, 7)}-01`;
    const last = `${publishedOn.slice(0, 7)}-${pad(new Date(Date.UTC(Number(publishedOn.slice(0, 4)), Number(publishedOn.slice(5, 7)), 0)).getUTCDate())}`;
    value = earlier ? `${first}/${addDays(publishedOn, -1)}` : `${addDays(publishedOn, 1)}/${last}`;
    precision = 'RANGE';
    const m = /\b(earlier|later)\s+$/i.exec(before)!;
    start -= before.length - m.index;
    words = text.slice(start, r.index + words.length);
  } else if (/\b(last|past) (\w+) years$/i.test(words)) {
    // "In the last ten years": a vague span, so its start is stated to the month only.
    const n = Number(/(\w+) years$/i.exec(words)![1]) || NUMBERS[/(\w+) years$/i.exec(words)![1].toLowerCase()];
    if (!n) return undefined;
    value = `${shiftYears(publishedOn, -n).slice(0, 7)}/${publishedOn}`;
    precision = 'RANGE';
  } else if (known('day') || known('weekday')) {
    value = day(d);
    precision = 'DAY';
  } else if (known('month')) {
    value = month(d);
    precision = 'MONTH';
  } else if (known('year')) {
    value = String(d.getUTCFullYear());
    precision = 'YEAR';
  } else return undefined;
  return dateSpan(value, precision).ok ? { value, precision, text: words, start, end: start + words.length } : undefined;
}

/** Words that put a sentence after publication: "agreed to meet again in October" is next October, not last. */
const FUTURE = /\b(?:will|shall|would|again|next|upcoming|plans?\s+to|planned\s+to|agreed\s+to|expects?\s+to|expected\s+to|intends?\s+to|going\s+to)\b/i;

/** Whether the sentence around `at` speaks of what is still to come. */
function future(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  const ends = ['.', '\n'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return FUTURE.test(text.slice(from, ends.length > 0 ? Math.min(...ends) : text.length));
}

/** Every date expression of the text, in text order. */
export function findDates(text: string, publishedOn: string): FoundDate[] {
  const ref = { instant: new Date(`${publishedOn}T12:00:00Z`), timezone: 0 };
  const found: FoundDate[] = [];
  // chrono resolves a date without a year to the nearest one; in a sentence about the future, to the next one.
  const forward = chrono.en.parse(text, ref, { forwardDate: true });
  for (const parsed of chrono.en.parse(text, ref)) {
    const r = future(text, parsed.index) ? (forward.find((x) => x.index === parsed.index && x.text === parsed.text) ?? parsed) : parsed;
    const f = fromChrono(r, text, publishedOn);
    if (f) found.push(f);
  }
  // A bare month name chrono leaves alone ("the May event": "May" is also a modal verb), after a determiner or
  // preposition: chrono resolves it on its own, to the nearest such month.
  const bareMonth = new RegExp(`\\b(?:the|in|by|until|since|before|after|this|next|last)\\s+(${MONTHS.join('|')})\\b`, 'g');
  for (const m of text.matchAll(bareMonth)) {
    const s = m.index + m[0].length - m[1].length;
    if (found.some((f) => f.start <= s && s < f.end)) continue;
    const option = { forwardDate: future(text, s) };
    const r = chrono.en.parse(m[1], ref, option)[0] ?? chrono.en.parse(`in ${m[1]}`, ref, option)[0];
    if (!r) continue;
    const value = month(r.start.date());
    found.push({ value, precision: 'MONTH', text: m[1], start: s, end: s + m[1].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface Anniversary {
  /** Where "anniversary of …" starts, and the words naming what began then. */
  start: number;
  end: number;
  of: string;
  /** The day the thing began: the anniversary day less N years. */
  origin: string;
}

/**
 * "the third anniversary of the war" on day D (a date in the same sentence, else publication): the war began on
 * D less three years. Only with an ordinal: "the anniversary of" says no count.
 */
export function findAnniversaries(text: string, dayOf: (offset: number) => string): Anniversary[] {
  const out: Anniversary[] = [];
  const re =
    /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d+)(?:st|nd|rd|th))\s+anniversary\s+of\s+((?:the\s+)?[\w’'-]+(?:\s+(?:in|of)\s+[A-Z][\w-]*)?)/gi;
  for (const m of text.matchAll(re)) {
    const n = m[2] ? Number(m[2]) : ORDINALS[m[1].toLowerCase()];
    const origin = shiftYears(dayOf(m.index), -n);
    if (!dateSpan(origin, 'DAY').ok) continue;
    out.push({ start: m.index, end: m.index + m[0].length, of: m[3], origin });
  }
  return out;
}
