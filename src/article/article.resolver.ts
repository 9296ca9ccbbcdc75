import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Article, Passage } from './article.type';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => [Article], { description: 'Every article in the graph, newest first.' })
  articles(@Ctx() { repos }: Context): Promise<Article[]> {
    return repos.articles.all();
  }

  @Query(() => Article, { nullable: true, description: 'One article by id, or null.' })
  article(
    @Arg('id', () => ID, { description: 'Article id, e.g. `article:2025-02-24-xi-putin-no-limits`.' }) id: string,
    @Ctx() { repos }: Context,
  ): Promise<Article | null> {
    return repos.articles.byId(id);
  }

  @FieldResolver(() => [Passage], { description: 'The paragraphs in reading order.' })
  passages(@Root() article: Article, @Ctx() { repos }: Context): Promise<Passage[]> {
    return repos.articles.passagesOf(article.id);
  }
}

@Resolver(() => Passage)
export class PassageResolver {
  @FieldResolver(() => Article, { description: 'The article this paragraph belongs to.' })
  async article(@Root() passage: Passage, @Ctx() { repos }: Context): Promise<Article> {
    return (await repos.articles.byId(passage.articleId))!;
  }
}
