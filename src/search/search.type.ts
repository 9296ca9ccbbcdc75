import { Field, Float } from 'type-graphql';
import { ObjectType } from '../common/object-type';
import { SearchKind } from '../common/enums';
import { Node } from '../node/node.type';

@ObjectType({ description: 'A full-text search result: the matching entity or statement, how well it matched, and where.' })
export class SearchHit {
  @Field(() => Node, { description: 'The entity (Person, Country, Organization, Event) or Statement that matched.' })
  node: Node;

  @Field(() => SearchKind, { description: 'What kind of node it is.' })
  kind: SearchKind;

  @Field(() => Float, { description: 'Lucene relevance score: higher is better; hits come best first.' })
  score: number;

  @Field({ description: 'The matched text around the hit (from the name, an alias, the description or the statement text), shortened with "…".' })
  snippet: string;
}
