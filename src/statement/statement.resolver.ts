/** `statements` and the links of a statement, all through one batched loader (linksByStatement). */
import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { evidenceIncludes, Selection } from '../common/lookahead';
import type { Include } from '../graph';
import { STATEMENT_FIELD_PROPERTIES, STATEMENT_LINK_FIELDS } from '../graph';
import { anyOf, DEFAULT_PAGE, pageSize } from '../common/args';
import { Connection, connectionComplexity } from '../common/connection';
import type { Context } from '../context';
import { Entity, Event } from '../entity/entity.type';
import { Evidence } from '../evidence/evidence.type';
import { Node } from '../node/node.type';
import type { StatementFilterArgs } from './statement.args';
import { StatementsArgs } from './statement.args';
import { DEFAULT_STATEMENT_ORDER } from './statement-order';
import type { StatementFilter } from './statement.repository';
import { Statement, StatementConnection } from './statement.type';

/**
 * The fields of a linked entity or statement that read only what cypher/fragments/link-target.cypher returns for
 * a light target; selecting any other field under a link asks for whole targets ('targets').
 */
const LIGHT_TARGET_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'kind', 'name', 'eventType', 'date', 'text', 'form', 'act']);

/**
 * What the rows of a statement page should carry for the selection under `edges.node` (GraphQL lookahead): the
 * stored properties and the links it reads, whole targets only if needed, the evidence spans, and the list order
 * keys when a cursor is read. `connection`: the selection of the page's field.
 */
export function statementIncludes(connection: Selection): Include[] {
  const edges = connection.get('edges');
  const node = edges.get('node');
  const properties = Object.entries(STATEMENT_FIELD_PROPERTIES).flatMap(([field, stored]) => (node.has(field) ? stored : []));
  const links = STATEMENT_LINK_FIELDS.filter((field) => node.has(field));
  const whole = links.some((field) => !node.get(field).within(LIGHT_TARGET_FIELDS));
  const cursors = edges.has('cursor') || connection.get('pageInfo').has('startCursor', 'endCursor');
  return [...properties, ...links, ...(whole ? (['targets'] as const) : []), ...(cursors ? (['cursors'] as const) : []), ...evidenceIncludes(node)];
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
    description: 'Who said what: statements matching every given filter, ordered by date (or `orderBy`), a page at a time.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  statements(@Args() args: StatementsArgs, @Ctx() { repos }: Context, @Info() info: GraphQLResolveInfo): Promise<Connection<Statement>> {
    return repos.statements.page(statementFilter(args), {
      first: pageSize(args.first, DEFAULT_PAGE),
      after: args.after,
      include: statementIncludes(Selection.of(info)),
      orderBy: args.orderBy ?? DEFAULT_STATEMENT_ORDER,
    });
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'Who said it (SAID_BY).' })
  speaker(@Root() s: Statement, @Ctx() ctx: Context): Entity | null | Promise<Entity | null> {
    return ctx.repos.statements.linkOf(s, 'speaker');
  }

  @FieldResolver(() => [Entity], { description: 'To whom it was said (ADDRESSED_TO).' })
  addressees(@Root() s: Statement, @Ctx() ctx: Context): Entity[] | Promise<Entity[]> {
    return ctx.repos.statements.linkOf(s, 'addressees');
  }

  @FieldResolver(() => [Node], { description: 'What it is about (ABOUT): entities, events or other statements.' })
  about(@Root() s: Statement, @Ctx() ctx: Context): Node[] | Promise<Node[]> {
    return ctx.repos.statements.linkOf(s, 'about');
  }

  @FieldResolver(() => Event, { nullable: true, description: 'Where it was said (MADE_AT), e.g. the Xi–Putin phone call.' })
  event(@Root() s: Statement, @Ctx() ctx: Context): Event | null | Promise<Event | null> {
    return ctx.repos.statements.linkOf(s, 'event');
  }

  @FieldResolver(() => [Entity], { description: 'Who reported it (REPORTED_BY), e.g. Chinese state media or the Kremlin.' })
  reportedBy(@Root() s: Statement, @Ctx() ctx: Context): Entity[] | Promise<Entity[]> {
    return ctx.repos.statements.linkOf(s, 'reportedBy');
  }

  @FieldResolver(() => Statement, { nullable: true, description: 'The statement this one answers (RESPONDS_TO), e.g. the accusation a denial rejects.' })
  respondsTo(@Root() s: Statement, @Ctx() ctx: Context): Statement | null | Promise<Statement | null> {
    return ctx.repos.statements.linkOf(s, 'respondsTo');
  }

  @FieldResolver(() => [Statement], { description: 'Statements that answer this one (the inverse of `respondsTo`), e.g. the denials of an accusation.' })
  responses(@Root() s: Statement, @Ctx() ctx: Context): Statement[] | Promise<Statement[]> {
    return ctx.repos.statements.linkOf(s, 'responses');
  }

  @FieldResolver(() => [Evidence], { description: 'The words of the article that report the statement (at least one span).' })
  evidence(@Root() s: Statement, @Ctx() ctx: Context): Evidence[] | Promise<Evidence[]> {
    return ctx.repos.evidence.of(s);
  }
}
