import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { requireEditor } from '../auth/guard';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { DeleteResult, ImportArticleInput, ImportResult } from './import.type';

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportResult, {
    description:
      'Validates an article (text, metadata, annotations) as the seed step validates a folder, checks it against the stored graph, and ' +
      'loads it in one transaction with an Import record. Every problem is returned and nothing is written when there is one. ' +
      'An article id already stored is refused (deleteArticle first to replace it). Needs an editor API key.',
  })
  async importArticle(
    @Arg('input', () => ImportArticleInput, { description: 'The article: text, metadata, annotations.' }) input: ImportArticleInput,
    @Arg('dryRun', { defaultValue: false, description: 'Validate and count only; write nothing.' }) dryRun: boolean,
    @Ctx() { caller, importer }: Context,
  ): Promise<ImportResult> {
    const editor = requireEditor(caller);
    return importer.import({ text: input.text, meta: { ...input.meta }, annotations: input.annotations }, editor, dryRun);
  }

  @Mutation(() => DeleteResult, {
    description:
      'Removes an article, its Import records and what only it supports (statements, relations, evidence, entities no other article ' +
      'mentions); facts other articles support stay with their evidence. Needs an editor API key.',
  })
  async deleteArticle(
    @Arg('id', () => ID, { description: 'Article id, e.g. `article:test-fixture-putin-envoy`.' }) id: string,
    @Ctx() { caller, importer }: Context,
  ): Promise<DeleteResult> {
    requireEditor(caller);
    const outcome = await importer.delete(id);
    if (!outcome) throw new NotFoundError('Article', id);
    return outcome;
  }
}
