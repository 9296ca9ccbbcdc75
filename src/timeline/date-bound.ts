/**
 * `timeline(from, to)` accepts `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (issue 4). A bound covers its whole period:
 * `from: "2022"` starts on 2022-01-01 and `to: "2025-05"` ends on 2025-05-31, so events dated only to a month
 * or year are compared honestly with their earliest/latest days.
 */
import { BadInputError } from '../errors';

export const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last ISO day a bound covers; BAD_USER_INPUT for anything that is not a real date. */
export function dateRange(value: string, argument: string): { first: string; last: string } {
  const fail = () =>
    new BadInputError(`\`${argument}\` must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "${value}").`, { argument });
  if (!DATE_BOUND.test(value)) throw fail();
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  if (month < 1 || month > 12) throw fail();
  const monthDays = daysInMonth(year, month);
  if (day === undefined) return { first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(monthDays)}` };
  if (day < 1 || day > monthDays) throw fail();
  return { first: value, last: value };
}

/** The [from, to] window in ISO days (either side open when not given); from after to is BAD_USER_INPUT. */
export function timelineWindow(from?: string | null, to?: string | null): { from: string | null; to: string | null } {
  const start = from ? dateRange(from, 'from').first : null;
  const end = to ? dateRange(to, 'to').last : null;
  if (start && end && start > end) {
    throw new BadInputError(`\`from\` (${from}) is after \`to\` (${to}).`, { argument: 'from' });
  }
  return { from: start, to: end };
}
