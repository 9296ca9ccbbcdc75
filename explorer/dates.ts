/**
 * Day arithmetic for the timeline strip on ISO `YYYY-MM-DD` strings (UTC, so no time zone moves a day).
 * A partial date covers every day from `earliest` to `latest`: a month or a week is a span, not its first day.
 */
const MS_PER_DAY = 86_400_000;

export const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
export const dayString = (n: number): string => new Date(Math.round(n) * MS_PER_DAY).toISOString().slice(0, 10);

/** True when [earliest, latest] shares at least one day with [first, last] (all inclusive). */
export function overlaps(earliest: string, latest: string, first: string, last: string): boolean {
  return earliest <= last && latest >= first;
}
