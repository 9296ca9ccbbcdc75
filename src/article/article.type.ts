import { Field, ID, Int } from 'type-graphql';
import { ObjectType } from '../common/object-type';
import { GraphQLDate } from 'graphql-scalars';
import { Node } from '../node/node.type';

@ObjectType({ implements: Node, description: 'A paragraph of an article, in reading order. Evidence offsets fall inside one passage.' })
export class Passage implements Node {
  readonly __typename = 'Passage';

  @Field(() => ID, { description: '`<article id>#p<index>`.' })
  id: string;

  articleId: string;

  @Field(() => Int, { description: '0-based position of the paragraph in the article (the title is passage 0).' })
  index: number;

  @Field(() => Int, { description: 'Offset of the first character in the article text (0-based, JavaScript string units).' })
  start: number;

  @Field(() => Int, { description: 'Offset just past the last character (end-exclusive).' })
  end: number;

  @Field({ description: 'The paragraph text, equal to `article.text.slice(start, end)`.' })
  text: string;
}

@ObjectType({ implements: Node, description: 'A news article: the stored text that every evidence span points into.' })
export class Article implements Node {
  readonly __typename = 'Article';

  @Field(() => ID, { description: 'e.g. `article:2025-02-24-xi-putin-no-limits`.' })
  id: string;

  @Field({ description: 'The headline.' })
  title: string;

  @Field(() => GraphQLDate, { description: 'Publication date (ISO `YYYY-MM-DD`); relative dates in the text are resolved against it.' })
  publishedOn: string;

  @Field({ description: 'ISO 639-1 language code.' })
  language: string;

  @Field({ nullable: true, description: 'Where the text comes from.' })
  source?: string;

  @Field({ description: 'The full stored text (curly quotes kept). Evidence `start`/`end` offsets index into it.' })
  text: string;

  @Field({ description: 'SHA-256 (hex) of `text`: lets a client check it holds the same text the offsets refer to.' })
  textSha256: string;
}
