/** Partial dates (src/graph/dates.ts): the span each precision covers, and the values it refuses with a reason. */
import { dateSpan, isoWeekOf } from '../../../src/graph';

describe('dateSpan', () => {
  it.each([
    ['2025-02-24', 'DAY', '2025-02-24', '2025-02-24'],
    ['2025-W08', 'WEEK', '2025-02-17', '2025-02-23'],
    ['2025-W01', 'WEEK', '2024-12-30', '2025-01-05'],
    ['2020-W53', 'WEEK', '2020-12-28', '2021-01-03'],
    ['2025-02', 'MONTH', '2025-02-01', '2025-02-28'],
    ['2024-02', 'MONTH', '2024-02-01', '2024-02-29'],
    ['2025', 'YEAR', '2025-01-01', '2025-12-31'],
    ['2015-02/2025-02-24', 'RANGE', '2015-02-01', '2025-02-24'],
    ['2022-02-01/2022-02-23', 'RANGE', '2022-02-01', '2022-02-23'],
    ['2025-W08/2025-03', 'RANGE', '2025-02-17', '2025-03-31'],
    ['1939/1945', 'RANGE', '1939-01-01', '1945-12-31'],
    ['2025-02-24/2025-02-24', 'RANGE', '2025-02-24', '2025-02-24'],
  ] as const)('%s (%s) covers %s..%s', (value, precision, earliest, latest) => {
    expect(dateSpan(value, precision)).toEqual({ ok: true, earliest, latest });
  });

  it.each([
    ['2025-02-30', 'DAY', /not a real calendar date/],
    ['2024-02-30', 'DAY', /not a real calendar date \(2024-02 has 29 days\)/],
    ['2025-2-4', 'DAY', /does not match DAY precision/],
    ['2025-02', 'DAY', /does not match DAY precision/],
    ['2021-W53', 'WEEK', /weeks W01\.\.W52/],
    ['2025-W00', 'WEEK', /weeks W01\.\.W52/],
    ['2025-13', 'MONTH', /month 13 does not exist/],
    ['25', 'YEAR', /does not match YEAR precision/],
    ['2025-03/2025-02', 'RANGE', /ends before it starts/],
    ['2025-02-24', 'RANGE', /expected start\/end/],
    ['2025/2026/2027', 'RANGE', /expected start\/end/],
    ['2025-02-30/2025-03', 'RANGE', /RANGE start "2025-02-30" is not a real calendar date/],
    ['2025-02/soon', 'RANGE', /RANGE end "soon" is not a date/],
  ] as const)('refuses %s as %s', (value, precision, message) => {
    const result = dateSpan(value, precision);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('puts the article day (Monday 2025-02-24) in W09, so "last week" is W08', () => {
    expect(isoWeekOf('2025-02-24')).toBe('2025-W09');
    expect(isoWeekOf('2025-02-23')).toBe('2025-W08');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
  });
});
