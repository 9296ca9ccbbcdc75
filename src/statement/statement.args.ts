/** Arguments of `statements`, bounded with class-validator. */
import { ArgsType, Field } from 'type-graphql';
import { AfterField, DEFAULT_PAGE, FirstField, MAX_PAGE, OptionalIdField } from '../common/args';
import { StatementAct, StatementForm } from '../common/enums';

@ArgsType()
export class StatementsArgs {
  @OptionalIdField('Only statements said by this entity (SAID_BY), e.g. `person:xi-jinping`.')
  speakerId?: string | null;

  @OptionalIdField('Only statements about this entity, event or statement (ABOUT).')
  aboutId?: string | null;

  @OptionalIdField('Only statements made at this event (MADE_AT), e.g. `event:2025-02-24-xi-putin-call`.')
  eventId?: string | null;

  @Field(() => StatementForm, { nullable: true, description: 'Only statements rendered this way.' })
  form?: StatementForm | null;

  @Field(() => StatementAct, { nullable: true, description: 'Only this kind of speech act, e.g. ACCUSATION or DENIAL.' })
  act?: StatementAct | null;

  @FirstField(DEFAULT_PAGE, MAX_PAGE, 'statements')
  first?: number | null;

  @AfterField()
  after?: string | null;
}
