/** `interactions` (who spoke with whom, how often), a pair's `statements`, and `statementCounts`. */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { anyOf, DEFAULT_PAGE, pageSize } from '../common/args';
import { Connection, connectionComplexity } from '../common/connection';
import type { Context } from '../context';
import { Selection } from '../common/lookahead';
import { statementFilter, statementIncludes } from '../statement/statement.resolver';
import { Statement, StatementConnection } from '../statement/statement.type';
import { InteractionsArgs, PairStatementsArgs, StatementCountsArgs } from './interaction.args';
import { Interaction, InteractionConnection, StatementCounts } from './interaction.type';

@Resolver(() => Interaction)
export class InteractionResolver {
  @Query(() => InteractionConnection, {
    description:
      'Who spoke to whom, how often: speaker → addressee pairs (statements SAID_BY one and ADDRESSED_TO the other) with their count and first and last dates, biggest count first, then by speaker id and addressee id.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  interactions(@Args() args: InteractionsArgs, @Ctx() { repos }: Context): Promise<Connection<Interaction>> {
    const filter = { speakerIds: anyOf(null, args.speakerIds), addresseeIds: anyOf(null, args.addresseeIds) };
    return repos.interactions.page(filter, { first: pageSize(args.first, DEFAULT_PAGE), after: args.after });
  }

  @FieldResolver(() => StatementConnection, {
    description: 'The statements of this pair, ordered by date then id (undated last), a page at a time.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  statements(
    @Root() pair: Interaction,
    @Args() args: PairStatementsArgs,
    @Ctx() { repos }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Statement>> {
    return repos.interactions.statementsOf(
      { speakerId: pair.speaker.id, addresseeId: pair.addressee.id },
      { first: pageSize(args.first, DEFAULT_PAGE), after: args.after, include: statementIncludes(Selection.of(info)) },
    );
  }

  @Query(() => StatementCounts, {
    description: 'How many statements match the filters of `statements`, by speaker, addressee, act, subject, event or month: the `first` biggest groups.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  statementCounts(@Args() args: StatementCountsArgs, @Ctx() { repos }: Context): Promise<StatementCounts> {
    return repos.interactions.counts(args.groupBy, statementFilter(args), pageSize(args.first, DEFAULT_PAGE));
  }
}
