/**
 * The Relay `Node` interface (GraphQL Global Object Identification, https://relay.dev/graphql/objectidentification.htm):
 * everything with a stable id. Every object behind it is an instance of its object type's class (toEntity, toStatement,
 * …), and type-graphql's default resolveType names the type by that class, at once. No `resolveType` option here
 * or on `Entity`: type-graphql runs a given one inside an async function (schema-generator.js
 * getResolveTypeFunction), so each value of an abstract field would be a promise, and graphql-js would complete
 * every object holding one (each statement of a page with a speaker) through Promise.all: executing a page of 33
 * statements with their speaker and addressees cost 700–770 µs of CPU that way and 530–560 µs without (in-process,
 * the database's rows cached). test/unit/schema.test.ts checks that the resolution is synchronous.
 */
import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({
  description: 'Anything with a stable, readable id such as `person:xi-jinping` or `event:2025-02-24-xi-putin-call`.',
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable, readable id: `<kind>:<slug>`.' })
  id: string;
}
