/**
 * Dates with honest precision (src/graph/dates.ts): the reported value and its precision, plus the earliest and
 * latest day it can mean, which range queries (the timeline) use.
 */
import { GraphQLDate } from 'graphql-scalars';
import { Field } from 'type-graphql';
import { ObjectType } from './object-type';
import type { StoredDate } from '../graph';
import { dateSpan } from '../graph';
import { DatePrecision } from './enums';

@ObjectType({ description: 'A date as precise as the article makes it: `2025-02-24` (DAY), `2025-02` (MONTH), `2025-W08`, `2025`, or a range.' })
export class PartialDate {
  @Field({ description: 'The reported value: `2025-02-24`, `2025-W08`, `2025-02`, `2025` or `2015-02/2025-02-24`.' })
  readonly value: string;

  @Field(() => DatePrecision, { description: 'How precise `value` is.' })
  readonly precision: DatePrecision;

  @Field(() => String, { nullable: true, description: 'The article’s own words for the date, e.g. "On Monday" or "last week".' })
  readonly text: string | null;

  /**
   * @param days the first and last day as stored, when the row carried them; else computed from `value` and
   *   `precision` when first read (dateSpan, as the seed step computed the stored ones): most selections read
   *   neither.
   */
  constructor(
    value: string,
    precision: DatePrecision,
    text: string | null,
    private days?: { earliest: string; latest: string },
  ) {
    this.value = value;
    this.precision = precision;
    this.text = text;
  }

  @Field(() => GraphQLDate, { description: 'The first day `value` can mean.' })
  get earliest(): string {
    return this.span().earliest;
  }

  @Field(() => GraphQLDate, { description: 'The last day `value` can mean.' })
  get latest(): string {
    return this.span().latest;
  }

  private span(): { earliest: string; latest: string } {
    if (!this.days) {
      const span = dateSpan(this.value, this.precision);
      if (!span.ok) throw new Error(`the stored date ${this.value} (${this.precision}) has no span: ${span.message}`);
      this.days = span;
    }
    return this.days;
  }
}

/** The date properties stored on events, statements and relationships (cypher/README.md), or null. */
export function toPartialDate(row: StoredDate): PartialDate | null {
  if (row.date == null || row.datePrecision == null) return null;
  const days = row.dateEarliest != null && row.dateLatest != null ? { earliest: row.dateEarliest, latest: row.dateLatest } : undefined;
  return new PartialDate(row.date, row.datePrecision, row.dateText ?? null, days);
}
