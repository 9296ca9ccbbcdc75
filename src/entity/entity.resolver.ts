/**
 * `entity`, `entities`, and the fields every entity has (declared once on the Entity interface, inherited by
 * Person, Country, Organization and Event). Per-entity lists are batched by the repositories, keyed by (id, args).
 */
import { validateSync } from 'class-validator';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { evidenceIncludes, Selection } from '../common/lookahead';
import type { Include } from '../graph';
import { statementIncludes } from '../statement/statement.resolver';
import { Connection, connectionComplexity } from '../common/connection';
import { anyOf, DEFAULT_PAGE, pageSize } from '../common/args';
import { Direction } from '../common/enums';
import type { Context } from '../context';
import { Evidence } from '../evidence/evidence.type';
import { Relation, RelationConnection } from '../relation/relation.type';
import type { EntityStatementsQuery } from '../statement/statement.repository';
import { Statement, StatementConnection } from '../statement/statement.type';
import { EntitiesArgs, EntityStatementsArgs, RelationsArgs } from './entity.args';
import { Entity, EntityConnection, Event } from './entity.type';
import { DEFAULT_ENTITY_ORDER } from './entity-order';

/** An entity's `statements` arguments and the selection of that field → the repository's query (its loader key). */
function entityStatementsQuery({ role, first, after }: EntityStatementsArgs, connection: Selection): EntityStatementsQuery {
  return { role: role ?? null, first: pageSize(first, DEFAULT_PAGE), after: after ?? null, include: statementIncludes(connection) };
}

/**
 * The page of statements that the selection below `entity(id)` reads, when every occurrence of its `statements`
 * field asks for the same page with arguments type-graphql would accept (the same class-validator checks): the
 * entity's own statement then reads it along (cypher/entity/with-statements.cypher) and `statements` finds it
 * loaded. Otherwise none, and `statements` loads, or refuses its arguments, as usual.
 */
function statementsAhead(selection: Selection): EntityStatementsQuery | undefined {
  const queries = selection.occurrences('statements').map(({ args, selection: connection }) => {
    const valid = validateSync(Object.assign(new EntityStatementsArgs(), args)).length === 0;
    return valid ? entityStatementsQuery(args, connection) : undefined;
  });
  const [first] = queries;
  if (!first || !queries.every((query) => query && JSON.stringify(query) === JSON.stringify(first))) return undefined;
  return first;
}

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'One person, country, organization or event by id, or null when there is none.' })
  entity(
    @Arg('id', () => ID, { description: 'e.g. `person:xi-jinping`.' }) id: string,
    @Ctx() { repos }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Entity | null> {
    const selection = Selection.of(info);
    return repos.entities.lookup(id, selection.has('mentions') ? ['mentions'] : [], statementsAhead(selection));
  }

  @Query(() => EntityConnection, {
    description: 'Entities ordered by name (or `orderBy`: mentions, degree) then id, optionally of some kinds or matching a name, a page at a time.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  entities(@Args() { kind, kinds, nameContains, orderBy, first, after }: EntitiesArgs, @Ctx() { repos }: Context): Promise<Connection<Entity>> {
    return repos.entities.page({
      kinds: anyOf(kind, kinds),
      nameContains,
      orderBy: orderBy ?? DEFAULT_ENTITY_ORDER,
      first: pageSize(first, DEFAULT_PAGE),
      after,
    });
  }

  @FieldResolver(() => RelationConnection, {
    description: 'Facts linking this entity to other entities (LEADS, REPRESENTS, PARTICIPATED_IN, …), ordered by relation id.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  relations(
    @Root() entity: Entity,
    @Args() { direction, types, first, after }: RelationsArgs,
    @Ctx() { repos }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Relation>> {
    const node = Selection.of(info).get('edges', 'node');
    const include: Include[] = [...(node.has('from', 'to') ? (['ends'] as const) : []), ...evidenceIncludes(node)];
    const args = { direction: direction ?? Direction.BOTH, types: types ?? null, first: pageSize(first, DEFAULT_PAGE), after: after ?? null, include };
    return repos.relations.ofEntity(entity.id, args);
  }

  @FieldResolver(() => StatementConnection, {
    description: 'Statements this entity takes part in (as speaker, addressee or subject, or any part), ordered by date then id.',
    complexity: connectionComplexity(DEFAULT_PAGE),
  })
  statements(
    @Root() entity: Entity,
    @Args() { role, first, after }: EntityStatementsArgs,
    @Ctx() { repos }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Statement>> {
    return repos.statements.ofEntity(entity.id, entityStatementsQuery({ role, first, after }, Selection.of(info)));
  }

  @FieldResolver(() => [Evidence], { description: 'Every place the article names this entity (by name or alias), in reading order.' })
  mentions(@Root() entity: Entity, @Ctx() { repos }: Context): Promise<Evidence[]> {
    return repos.entities.mentionsOf(entity.id);
  }
}

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => [Evidence], { description: 'Where the article names the event: the words that place it in the text.' })
  evidence(@Root() event: Event, @Ctx() ctx: Context): Promise<Evidence[]> {
    return ctx.repos.evidence.byIds(event.evidenceIds);
  }
}
