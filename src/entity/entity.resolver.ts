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
import type { RelationPageQuery } from '../relation/relation.repository';
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

/** An entity's `relations` arguments and the selection of that field → the repository's query (its loader key). */
function relationsQuery({ direction, types, first, after }: RelationsArgs, connection: Selection): RelationPageQuery {
  const node = connection.get('edges', 'node');
  const include: Include[] = [...(node.has('from', 'to') ? (['ends'] as const) : []), ...evidenceIncludes(node)];
  return { direction: direction ?? Direction.BOTH, types: types ?? null, first: pageSize(first, DEFAULT_PAGE), after: after ?? null, include };
}

/**
 * The query of a per-entity list (`statements`, `relations`) that the selection below `entity(id)` will ask, when
 * every occurrence of the field asks for the same page with arguments type-graphql would accept (the same
 * class-validator checks): `entity` can then start it early. Otherwise none, and the field loads, or refuses its
 * arguments, as usual.
 */
function listAhead<A extends object, Q>(selection: Selection, field: string, Args: new () => A, toQuery: (args: A, connection: Selection) => Q): Q | undefined {
  const queries = selection.occurrences(field).map(({ args, selection: connection }) => {
    const valid = validateSync(Object.assign(new Args(), args)).length === 0;
    return valid ? toQuery(args as A, connection) : undefined;
  });
  const [first] = queries;
  const key = JSON.stringify(first);
  return first !== undefined && queries.every((query) => query !== undefined && JSON.stringify(query) === key) ? first : undefined;
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
    // The entity's own statement reads the page of statements the selection asks for along
    // (cypher/entity/with-statements.cypher), and the page of relations starts now, beside it, instead of once the
    // entity has arrived: an entity page costs one round trip of latency. `relations` finds the load under way; its
    // failure (a foreign cursor, Neo4j down) reaches the client through that field, or nowhere if the entity is null.
    const relations = listAhead(selection, 'relations', RelationsArgs, relationsQuery);
    if (relations) repos.relations.ofEntity(id, relations).catch(() => undefined);
    const statements = listAhead(selection, 'statements', EntityStatementsArgs, entityStatementsQuery);
    return repos.entities.lookup(id, selection.has('mentions') ? ['mentions'] : [], statements);
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
    return repos.relations.ofEntity(entity.id, relationsQuery({ direction, types, first, after }, Selection.of(info)));
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
  evidence(@Root() event: Event, @Ctx() ctx: Context): Evidence[] | Promise<Evidence[]> {
    return ctx.repos.evidence.of(event);
  }
}
