/**
 * The questions bench/run.ts asks of the API, the peer (bench/peer.ts) and the floor (bench/floor.ts). The API
 * is asked each named operation of schema/operations.graphql as written, and the bench-only questions of
 * bench/api-operations.graphql. The peer is asked the same question in its own schema where it can express it
 * (bench/peer-operations.graphql, same operation names and variables). The floor answers the operations it
 * lists (bench/floor.ts FLOOR_OPERATIONS) from the API's own request body.
 *
 * What the peer cannot ask as one of the API's operations, and so is not compared there:
 * - EntityPage: an entity's relations are relationships of any type of the annotations' vocabulary (LEADS,
 *   INVADED, …) with properties, which the library exposes one named type at a time; mentions are evidence ids
 *   on MENTIONED_IN relationships. EntityStatements asks both the part the peer can express (the entity and its
 *   statements).
 * - WhoHoldsWhichRole (relations of listed types with their role and evidence), Timeline (partial-date ranges
 *   overlapping a window), Search (the full-text index with the API's scoring and snippets), Neighborhood and
 *   PathBetween (bounded traversals over entity relations and statement links): the generated schema has no such
 *   queries, and writing each as a @cypher root field would be running the API's Cypher, not the peer's.
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../src/paths';
import type { Operation } from './common';
import { operations } from './common';

/** The API's bench-only questions (bench/api-operations.graphql), variables at their defaults. */
export function benchApiOperations(): Operation[] {
  return operations(readFileSync(projectPath('bench', 'api-operations.graphql'), 'utf8'));
}

/** The peer's document for each question it can ask, by operation name (bench/peer-operations.graphql). */
export function peerOperations(): Map<string, Operation> {
  return new Map(operations(readFileSync(projectPath('bench', 'peer-operations.graphql'), 'utf8')).map((op) => [op.name, op]));
}
