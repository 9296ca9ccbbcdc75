/**
 * The Relay `Node` interface (GraphQL Global Object Identification, https://relay.dev/graphql/objectidentification.htm):
 * everything with a stable id. Repositories tag every object they return with `__typename`, so resolving the
 * concrete type needs no extra query.
 */
import { Field, ID, InterfaceType } from 'type-graphql';

export interface Typed {
  __typename: string;
}

@InterfaceType({
  description: 'Anything with a stable, readable id such as `person:xi-jinping` or `event:2025-02-24-xi-putin-call`.',
  resolveType: (value: Typed) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable, readable id: `<kind>:<slug>`.' })
  id: string;
}
