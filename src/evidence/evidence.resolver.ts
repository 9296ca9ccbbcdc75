import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Article, Passage } from '../article/article.type';
import type { Context } from '../context';
import { Evidence } from './evidence.type';

/** The evidence spans behind `ids`, in text order (batched through the evidenceById loader). */
export async function loadEvidence({ loaders }: Context, ids: string[]): Promise<Evidence[]> {
  const found = await loaders.evidenceById.loadMany(ids);
  return found
    .filter((e): e is Evidence => e instanceof Evidence)
    .sort((a, b) => (a.articleId === b.articleId ? a.start - b.start : a.articleId < b.articleId ? -1 : 1));
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { description: 'The article whose text `start`/`end` index into.' })
  async article(@Root() evidence: Evidence, @Ctx() { loaders }: Context): Promise<Article> {
    return (await loaders.articleById.load(evidence.articleId))!;
  }

  @FieldResolver(() => Passage, { nullable: true, description: 'The paragraph that contains the span.' })
  passage(@Root() evidence: Evidence, @Ctx() { loaders }: Context): Promise<Passage | null> {
    return evidence.passageId ? loaders.passageById.load(evidence.passageId) : Promise.resolve(null);
  }
}
