/** Arguments of `statements`, bounded with class-validator. */
import { ArgsType, Field } from 'type-graphql';
import { AfterField, DEFAULT_PAGE, EnumListField, FirstField, IdListField, MAX_PAGE, OptionalIdField } from '../common/args';
import { IsOptional } from 'class-validator';
import { StatementAct, StatementForm } from '../common/enums';
import { StatementOrder } from './statement-order';

/**
 * Filters: within one, any listed value matches; across filters, all must. Singular forms add to their list.
 * `statements` pages them; `statementCounts` (src/interaction/) counts them.
 */
@ArgsType()
export class StatementFilterArgs {
  @OptionalIdField('Only statements said by this entity (SAID_BY), e.g. `person:xi-jinping`. Adds to `speakerIds`.')
  speakerId?: string | null;

  @IdListField('Only statements said by one of these entities (SAID_BY).')
  speakerIds?: string[] | null;

  @IdListField('Only statements said to one of these entities (ADDRESSED_TO).')
  addresseeIds?: string[] | null;

  @OptionalIdField('Only statements about this entity, event or statement (ABOUT). Adds to `aboutIds`.')
  aboutId?: string | null;

  @IdListField('Only statements about one of these entities, events or statements (ABOUT).')
  aboutIds?: string[] | null;

  @Field({
    defaultValue: false,
    description:
      'With `aboutId(s)`: also match statements about the groups and forces that belong to a named entity (ARMED_FORCES_OF, MEMBER_OF) and the events it or they are tied to (PARTICIPATED_IN, EXCLUDED_FROM, INVITED_TO, HELD_IN), so "about Ukraine" finds the war its forces fight.',
  })
  aboutRelated?: boolean;

  @OptionalIdField('Only statements made at this event (MADE_AT), e.g. `event:2025-02-24-xi-putin-call`. Adds to `eventIds`.')
  eventId?: string | null;

  @IdListField('Only statements made at one of these events (MADE_AT).')
  eventIds?: string[] | null;

  @Field(() => StatementForm, { nullable: true, description: 'Only statements rendered this way. Adds to `forms`.' })
  form?: StatementForm | null;

  @EnumListField(StatementForm, 'Only statements rendered one of these ways.')
  forms?: StatementForm[] | null;

  @Field(() => StatementAct, { nullable: true, description: 'Only this kind of speech act, e.g. ACCUSATION or DENIAL. Adds to `acts`.' })
  act?: StatementAct | null;

  @EnumListField(StatementAct, 'Only these kinds of speech act.')
  acts?: StatementAct[] | null;
}

@ArgsType()
export class StatementsArgs extends StatementFilterArgs {
  @Field(() => StatementOrder, {
    nullable: true,
    description: 'The order of the list: by DATE (the default) or SPEAKER name, ASC (the default) or DESC. A cursor continues only the order it came from.',
  })
  @IsOptional()
  orderBy?: StatementOrder | null;

  @FirstField(DEFAULT_PAGE, MAX_PAGE, 'statements')
  first?: number | null;

  @AfterField()
  after?: string | null;
}
