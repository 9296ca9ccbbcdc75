/**
 * A subgraph shaped for explorer UIs (Cytoscape, vis-network, d3-force): flat node and edge lists whose ids are
 * unique and whose every edge's `source`/`target` is among `nodes`, so it can be handed to a layout as is.
 */
import { Field, ID, Int } from 'type-graphql';
import { ObjectType } from '../common/object-type';
import { SearchKind } from '../common/enums';
import { Node } from '../node/node.type';

@ObjectType({ description: 'A node of a subgraph, with what an explorer needs to draw it.' })
export class GraphNode {
  @Field(() => ID, { description: 'The node’s id (unique in the subgraph): use it as the layout id.' })
  id: string;

  @Field({ description: 'Short display text: the entity name, or the start of the statement text.' })
  label: string;

  @Field(() => SearchKind, { description: 'PERSON, COUNTRY, ORGANIZATION, EVENT or STATEMENT: for styling.' })
  kind: SearchKind;

  @Field({ description: 'The GraphQL type of `node`: Person, Country, Organization, Event or Statement.' })
  type: string;

  @Field(() => String, { nullable: true, description: 'The entity name (null for statements).' })
  name: string | null;

  @Field(() => Int, { description: 'Hops from the centre (0 for the centre itself).' })
  depth: number;

  @Field(() => Node, { description: 'The full object, for a details panel (no extra query for its scalar fields).' })
  node: Node;
}

@ObjectType({ description: 'A directed edge of a subgraph: an entity relation or a statement link.' })
export class GraphEdge {
  @Field(() => ID, { description: 'Unique edge id: the relation id, or `<statement id>|<TYPE>|<target id>` for a statement link.' })
  id: string;

  @Field(() => ID, { description: 'The id of the node the edge starts at (always in `nodes`).' })
  source: string;

  @Field(() => ID, { description: 'The id of the node the edge ends at (always in `nodes`).' })
  target: string;

  @Field({ description: 'The relationship type, e.g. LEADS or SAID_BY.' })
  type: string;

  @Field({ description: 'Display text, e.g. "leads (President)" or "said by".' })
  label: string;

  @Field(() => String, { nullable: true, description: 'The role on a relation, e.g. "President".' })
  role: string | null;
}

@ObjectType({ description: 'The neighbourhood of a node, ready for Cytoscape / vis / d3.' })
export class Subgraph {
  @Field(() => ID, { description: 'The id the neighbourhood was asked for (the first of `nodes`).' })
  center: string;

  @Field(() => [GraphNode], { description: 'The centre first, then the nearest nodes (by hops, then id), at most `limit`.' })
  nodes: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Every relation and statement link between two of `nodes`.' })
  edges: GraphEdge[];

  @Field({ description: 'True when nodes within `depth` were left out to respect `limit`.' })
  truncated: boolean;
}
