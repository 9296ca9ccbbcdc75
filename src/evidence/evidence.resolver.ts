import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Article, Passage } from '../article/article.type';
import type { Context } from '../context';
import { Evidence } from './evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { description: 'The article whose text `start`/`end` index into.' })
  async article(@Root() evidence: Evidence, @Ctx() { repos }: Context): Promise<Article> {
    return (await repos.articles.byId(evidence.articleId))!;
  }

  @FieldResolver(() => Passage, { nullable: true, description: 'The paragraph that contains the span.' })
  passage(@Root() evidence: Evidence, @Ctx() { repos }: Context): Promise<Passage | null> {
    return evidence.passageId ? repos.articles.passageById(evidence.passageId) : Promise.resolve(null);
  }
}
