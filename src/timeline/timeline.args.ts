import { IsOptional, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { AfterField, FirstField, MAX_PAGE } from '../common/args';
import { DATE_BOUND } from './date-bound';

export const TIMELINE_DEFAULT = 50;

@ArgsType()
export class TimelineArgs {
  @Field(() => String, { nullable: true, description: 'Only events that end on or after the start of this period: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.' })
  @IsOptional()
  @Matches(DATE_BOUND, { message: 'from must be a date as YYYY, YYYY-MM or YYYY-MM-DD' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events that start on or before the end of this period: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.' })
  @IsOptional()
  @Matches(DATE_BOUND, { message: 'to must be a date as YYYY, YYYY-MM or YYYY-MM-DD' })
  to?: string | null;

  @FirstField(TIMELINE_DEFAULT, MAX_PAGE, 'events')
  first?: number | null;

  @AfterField()
  after?: string | null;
}
