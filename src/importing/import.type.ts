import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ObjectType } from '../common/object-type';

@InputType({ description: "An article's metadata: the fields of an article folder's article.json." })
export class ArticleMetaInput {
  @Field({ description: 'Article id, `article:<lowercase-kebab>`.' })
  id!: string;

  @Field({ description: "The title: article text's first line." })
  title!: string;

  @Field({ description: 'Publication day, YYYY-MM-DD.' })
  publishedOn!: string;

  @Field({ description: 'BCP 47 language tag, e.g. `en`.' })
  language!: string;

  @Field({ nullable: true, description: 'Where the article comes from.' })
  source?: string;
}

@InputType({ description: 'One article to import: what an article folder holds (README.md, "The data").' })
export class ImportArticleInput {
  @Field({ description: "The article's text (article.txt): the title on the first line, paragraphs separated by blank lines." })
  text!: string;

  @Field(() => ArticleMetaInput, { description: "The article's metadata (article.json)." })
  meta!: ArticleMetaInput;

  @Field(() => GraphQLJSONObject, { description: "The annotations (annotations.json's content): entities, statements, relations, each with evidence quotes." })
  annotations!: Record<string, unknown>;
}

@ObjectType({ description: 'One problem of an import, located as the seed step locates problems in an article folder.' })
export class ImportProblem {
  @Field({ description: 'article.txt, article.json (the meta) or annotations.json.' })
  file!: string;

  @Field({ description: 'JSON path inside the file, e.g. `statements[3].evidence[0].quote`; empty for the whole file.' })
  path!: string;

  @Field(() => Int, { nullable: true, description: 'Line in the JSON pretty-printed with two spaces (JSON.stringify(value, null, 2)), when known.' })
  line?: number;

  @Field({ description: 'What is wrong, in words a person can act on.' })
  message!: string;
}

@ObjectType({ description: 'What an import holds (dryRun) or wrote.' })
export class ImportCounts {
  @Field(() => Int, { description: 'Paragraphs of the text.' }) passages!: number;
  @Field(() => Int, { description: 'Distinct evidence spans (mentions, quotes of facts).' }) evidence!: number;
  @Field(() => Int, { description: 'Entities the annotations declare (shared ones included).' }) entities!: number;
  @Field(() => Int, { description: 'Statements the annotations declare.' }) statements!: number;
  @Field(() => Int, { description: 'Entity-to-entity relations the annotations declare.' }) relations!: number;
  @Field(() => Int, { description: 'Nodes the write created (0 on a dry run; shared entities already stored are not created).' })
  nodesCreated!: number;
  @Field(() => Int, { description: 'Relationships the write created (0 on a dry run).' }) relationshipsCreated!: number;
  @Field(() => Int, { description: 'Properties the write set (0 on a dry run).' }) propertiesSet!: number;
}

@ObjectType({ description: 'The answer of importArticle: the problems, or what was (or on a dry run would be) written.' })
export class ImportResult {
  @Field({ description: 'True when the article passed every check (and, unless dryRun, was written).' })
  ok!: boolean;

  @Field({ description: 'Whether this was a dry run (nothing written).' })
  dryRun!: boolean;

  @Field(() => ID, { nullable: true, description: 'The article id, when the import passed its checks.' })
  articleId?: string;

  @Field(() => ID, { nullable: true, description: 'The Import record written with the article (null on a dry run or a refusal).' })
  importId?: string;

  @Field(() => [ImportProblem], { description: 'Every problem found; nothing was written when there is one.' })
  problems!: ImportProblem[];

  @Field(() => ImportCounts, { nullable: true, description: 'What was written (or would be, on a dry run); null when there are problems.' })
  counts?: ImportCounts;
}

@ObjectType({ description: 'What deleteArticle removed.' })
export class DeleteResult {
  @Field(() => ID, { description: 'The deleted article.' })
  articleId!: string;

  @Field(() => Int, { description: 'Statements only this article supported.' })
  statementsDeleted!: number;

  @Field(() => Int, { description: 'Entity-to-entity relations only this article supported.' })
  relationsDeleted!: number;

  @Field(() => Int, { description: 'Entities no other article mentions.' })
  entitiesDeleted!: number;

  @Field(() => Int, { description: 'All nodes deleted (article, passages, evidence, Import records, facts).' })
  nodesDeleted!: number;

  @Field(() => Int, { description: 'All relationships deleted.' })
  relationshipsDeleted!: number;
}
