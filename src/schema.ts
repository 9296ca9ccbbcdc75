/**
 * The type-graphql schema, built from the resolvers of every feature. Every argument class is validated with
 * class-validator (src/common/validate-args.ts), so bounds on `first`, `maxHops`, ... are declared once, next to
 * the argument.
 */
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { buildSchema } from 'type-graphql';
import { callFieldResolversDirectly } from './common/field-resolvers';
import { validateArgs } from './common/validate-args';
import { ArticleResolver, PassageResolver } from './article/article.resolver';
import { EntityResolver, EventResolver } from './entity/entity.resolver';
import { Country, Organization, Person } from './entity/entity.type';
import { EvidenceResolver } from './evidence/evidence.resolver';
import { ImportResolver } from './importing/import.resolver';
import { InteractionResolver } from './interaction/interaction.resolver';
import { NeighborhoodResolver } from './neighborhood/neighborhood.resolver';
import { NodeResolver } from './node/node.resolver';
import { PathResolver, PathStepResolver } from './path/path.resolver';
import { RelationResolver } from './relation/relation.resolver';
import { SearchResolver } from './search/search.resolver';
import { StatementResolver } from './statement/statement.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's buildSchema takes the resolver classes as Function
export const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  ArticleResolver,
  PassageResolver,
  EntityResolver,
  EventResolver,
  StatementResolver,
  RelationResolver,
  EvidenceResolver,
  SearchResolver,
  TimelineResolver,
  PathResolver,
  PathStepResolver,
  NeighborhoodResolver,
  InteractionResolver,
  ImportResolver,
];

let cached: GraphQLSchema | undefined;

export async function buildAppSchema(): Promise<GraphQLSchema> {
  if (!cached) {
    cached = await buildSchema({
      resolvers: RESOLVERS,
      // Entity kinds are only reached through the Entity interface; list them so every kind is in the schema.
      orphanedTypes: [Person, Country, Organization],
      validateFn: validateArgs,
    });
    callFieldResolversDirectly(cached, RESOLVERS);
  }
  return cached;
}

/** The SDL committed as schema/schema.graphql (sorted, so it only changes when the schema does). */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
