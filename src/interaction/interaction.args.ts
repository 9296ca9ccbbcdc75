/** Arguments of `interactions`, a pair's `statements` and `statementCounts`, bounded with class-validator. */
import { IsIn } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { AfterField, DEFAULT_PAGE, FirstField, IdListField, MAX_PAGE } from '../common/args';
import { STATEMENT_GROUP_BYS } from '../graph';
import { StatementFilterArgs } from '../statement/statement.args';
import { StatementGroupBy } from './interaction.type';

@ArgsType()
export class InteractionsArgs {
  @IdListField('Only pairs whose speaker is one of these entities.')
  speakerIds?: string[] | null;

  @IdListField('Only pairs whose addressee is one of these entities.')
  addresseeIds?: string[] | null;

  @FirstField(DEFAULT_PAGE, MAX_PAGE, 'pairs')
  first?: number | null;

  @AfterField()
  after?: string | null;
}

@ArgsType()
export class PairStatementsArgs {
  @FirstField(DEFAULT_PAGE, MAX_PAGE, 'statements')
  first?: number | null;

  @AfterField()
  after?: string | null;
}

/** The filters of `statements` (validated the same way), what to group by, and how many groups to return. */
@ArgsType()
export class StatementCountsArgs extends StatementFilterArgs {
  @Field(() => StatementGroupBy, { description: 'What to group the matching statements by.' })
  @IsIn(STATEMENT_GROUP_BYS)
  groupBy: StatementGroupBy;

  @FirstField(DEFAULT_PAGE, MAX_PAGE, 'groups')
  first?: number | null;
}
