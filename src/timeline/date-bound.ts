/**
 * `timeline(from, to)` accepts `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A bound covers its whole period:
 * `from: "2022"` starts on 2022-01-01 and `to: "2025-05"` ends on 2025-05-31, so events dated only to a month
 * or year are compared honestly with their earliest/latest days.
 */
import { dateSpan, precisionOf } from '../graph';
import { BadInputError } from '../errors';

export const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The first and last ISO day a bound covers; BAD_USER_INPUT for anything that is not a real date. The calendar
 * arithmetic is the stored dates' (src/graph/dates.ts), so stored date spans and query bounds agree.
 */
export function dateRange(value: string, argument: string): { first: string; last: string } {
  const precision = DATE_BOUND.test(value) ? precisionOf(value) : undefined;
  const span = precision ? dateSpan(value, precision) : undefined;
  if (!span?.ok) {
    throw new BadInputError(`\`${argument}\` must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "${value}").`, { argument });
  }
  return { first: span.earliest, last: span.latest };
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
