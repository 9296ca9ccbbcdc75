/**
 * Dates with honest precision (src/graph/dates.ts): the reported value and its precision, plus the earliest and
 * latest day it can mean, which range queries (the timeline) use.
 */
import { GraphQLDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import type { StoredDate } from '../graph';
import { withDays } from '../graph';
import { DatePrecision } from './enums';

@ObjectType({ description: 'A date as precise as the article makes it: `2025-02-24` (DAY), `2025-02` (MONTH), `2025-W08`, `2025`, or a range.' })
export class PartialDate {
  @Field({ description: 'The reported value: `2025-02-24`, `2025-W08`, `2025-02`, `2025` or `2015-02/2025-02-24`.' })
  value: string;

  @Field(() => DatePrecision, { description: 'How precise `value` is.' })
  precision: DatePrecision;

  @Field(() => GraphQLDate, { description: 'The first day `value` can mean.' })
  earliest: string;

  @Field(() => GraphQLDate, { description: 'The last day `value` can mean.' })
  latest: string;

  @Field(() => String, { nullable: true, description: 'The article’s own words for the date, e.g. "On Monday" or "last week".' })
  text: string | null;
}

/**
 * The date properties stored on events, statements and relationships (cypher/README.md), or null; the first and
 * last day computed when the row left them out (withDays).
 */
export function toPartialDate(stored: StoredDate): PartialDate | null {
  const row = withDays(stored);
  if (row.date == null || row.datePrecision == null || row.dateEarliest == null || row.dateLatest == null) return null;
  return Object.assign(new PartialDate(), {
    value: row.date,
    precision: row.datePrecision,
    earliest: row.dateEarliest,
    latest: row.dateLatest,
    text: row.dateText ?? null,
  });
}
