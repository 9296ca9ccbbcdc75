/**
 * Paths between two entities (cypher/path/shortest.cypher): each step is an entity relation or a statement link, with the
 * evidence for it, so an analyst can read why two things are connected.
 */
import { Field, ID, Int } from 'type-graphql';
import { ObjectType } from '../common/object-type';
import { Direction } from '../common/enums';
import { Node } from '../node/node.type';

@ObjectType({
  description:
    'One hop of a path: a relation between entities, or a statement’s link to its speaker, addressee, subject, event, reporter or answered statement.',
})
export class PathStep {
  @Field(() => ID, { description: 'The relation id, or `<statement id>|<TYPE>|<target id>` for a statement link (the same ids as `GraphEdge.id`).' })
  id: string;

  @Field({
    description: 'The relationship type: LEADS, PARTICIPATED_IN, … or a statement link (SAID_BY, ADDRESSED_TO, ABOUT, MADE_AT, REPORTED_BY, RESPONDS_TO).',
  })
  type: string;

  @Field(() => Direction, { description: 'OUT when the relationship points along the path (from `nodes[i]` to `nodes[i+1]`), IN when it points back.' })
  direction: Direction;

  @Field(() => Node, { description: 'Where the relationship starts (for a statement link: the statement).' })
  from: Node;

  @Field(() => Node, { description: 'Where the relationship ends.' })
  to: Node;

  @Field(() => String, { nullable: true, description: 'The role on a relation, e.g. "President"; null for statement links.' })
  role: string | null;

  @Field({ description: 'True for a statement link, whose evidence is the statement’s; false for a relation between entities.' })
  statementLink: boolean;

  /** Resolved to `evidence`. */
  evidenceIds: string[];
}

@ObjectType({ description: 'A route between two nodes through entity relations and statement links, with evidence for every step.' })
export class Path {
  @Field(() => Int, { description: 'Number of steps (hops).' })
  length: number;

  @Field(() => [Node], { description: 'The nodes in path order, from `fromId` to `toId` (entities and statements only).' })
  nodes: Node[];

  @Field(() => [PathStep], { description: 'The steps in path order: `relations[i]` joins `nodes[i]` and `nodes[i+1]`.' })
  relations: PathStep[];
}
