/**
 * Dates with honest precision (design.md §3): the reported value and its precision, plus the earliest and
 * latest day it can mean, which range queries (the timeline) use.
 */
import { GraphQLDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import type { Row } from '../db/database';
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

/** The date properties stored on events, statements and relationships (cypher/README.md), or null. */
export function toPartialDate(row: Row): PartialDate | null {
  if (row.date == null) return null;
  return Object.assign(new PartialDate(), {
    value: row.date as string,
    precision: row.datePrecision as DatePrecision,
    earliest: row.dateEarliest as string,
    latest: row.dateLatest as string,
    text: (row.dateText as string | undefined) ?? null,
  });
}
