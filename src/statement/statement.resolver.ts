/** `statements` and the links of a statement, all through one batched loader (linksByStatement). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { evidenceIncludes, Selection } from '../common/lookahead';
import type { Include } from '../graph';
import { anyOf, DEFAULT_PAGE, pageSize } from '../common/args';
import { Connection, connectionComplexity } from '../common/connection';
import type { Context } from '../context';
import { Entity, Event } from '../entity/entity.type';
import { Evidence } from '../evidence/evidence.type';
import { Node } from '../node/node.type';
import type { StatementFilterArgs } from './statement.args';
import { StatementsArgs } from './statement.args';
import type { StatementFilter } from './statement.repository';
import { Statement, StatementConnection } from './statement.type';

/** The fields of a statement that its links answer. */
const LINK_FIELDS = ['speaker', 'addressees', 'about', 'event', 'reportedBy', 'respondsTo', 'responses'];

/** What the rows of a statement page should carry for the selection under `edges.node` (GraphQL lookahead). */
export function statementIncludes(info: GraphQLResolveInfo): Include[] {
  const node = Selection.of(info).get('edges', 'node');
  return [...(node.has(...LINK_FIELDS) ? (['links'] as const) : []), ...evidenceIncludes(node)];
}

/** The filter arguments as one StatementFilter: singular forms added to their lists. */
export function statementFilter(args: StatementFilterArgs): StatementFilter {
  return {
    speakerIds: anyOf(args.speakerId, args.speakerIds),
    addresseeIds: anyOf(null, args.addresseeIds),
    aboutIds: anyOf(args.aboutId, args.aboutIds),
    aboutRelated: args.aboutRelated ?? false,
    eventIds: anyOf(args.eventId, args.eventIds),
    forms: anyOf(args.form, args.forms),
    acts: anyOf(args.act, args.acts),
  };
}

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, {
    description: 'Who said what: statements matching every given filter, ordered by date then id, a page at a time.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  statements(@Args() args: StatementsArgs, @Ctx() { repos }: Context, @Info() info: GraphQLResolveInfo): Promise<Connection<Statement>> {
    return repos.statements.page(statementFilter(args), { first: pageSize(args.first, DEFAULT_PAGE), after: args.after, include: statementIncludes(info) });
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'Who said it (SAID_BY).' })
  async speaker(@Root() s: Statement, @Ctx() { repos }: Context): Promise<Entity | null> {
    return (await repos.statements.linksOf(s.id)).speaker;
  }

  @FieldResolver(() => [Entity], { description: 'To whom it was said (ADDRESSED_TO).' })
  async addressees(@Root() s: Statement, @Ctx() { repos }: Context): Promise<Entity[]> {
    return (await repos.statements.linksOf(s.id)).addressees;
  }

  @FieldResolver(() => [Node], { description: 'What it is about (ABOUT): entities, events or other statements.' })
  async about(@Root() s: Statement, @Ctx() { repos }: Context): Promise<Node[]> {
    return (await repos.statements.linksOf(s.id)).about;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'Where it was said (MADE_AT), e.g. the Xi–Putin phone call.' })
  async event(@Root() s: Statement, @Ctx() { repos }: Context): Promise<Event | null> {
    return (await repos.statements.linksOf(s.id)).event;
  }

  @FieldResolver(() => [Entity], { description: 'Who reported it (REPORTED_BY), e.g. Chinese state media or the Kremlin.' })
  async reportedBy(@Root() s: Statement, @Ctx() { repos }: Context): Promise<Entity[]> {
    return (await repos.statements.linksOf(s.id)).reportedBy;
  }

  @FieldResolver(() => Statement, { nullable: true, description: 'The statement this one answers (RESPONDS_TO), e.g. the accusation a denial rejects.' })
  async respondsTo(@Root() s: Statement, @Ctx() { repos }: Context): Promise<Statement | null> {
    return (await repos.statements.linksOf(s.id)).respondsTo;
  }

  @FieldResolver(() => [Statement], { description: 'Statements that answer this one (the inverse of `respondsTo`), e.g. the denials of an accusation.' })
  async responses(@Root() s: Statement, @Ctx() { repos }: Context): Promise<Statement[]> {
    return (await repos.statements.linksOf(s.id)).responses;
  }

  @FieldResolver(() => [Evidence], { description: 'The words of the article that report the statement (at least one span).' })
  evidence(@Root() s: Statement, @Ctx() ctx: Context): Promise<Evidence[]> {
    return ctx.repos.evidence.byIds(s.evidenceIds);
  }
}
