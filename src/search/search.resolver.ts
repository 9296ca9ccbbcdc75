import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { pageSize } from '../common/args';
import type { Context } from '../context';
import { SearchArgs, SEARCH_DEFAULT } from './search.args';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over entity names, aliases, descriptions and statement text: scored, best first, with a snippet; optionally within kinds, speakers and articles.',
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? SEARCH_DEFAULT) * childComplexity,
  })
  search(@Args() { query, kinds, speakerIds, articleIds, first }: SearchArgs, @Ctx() { repos }: Context): Promise<SearchHit[]> {
    const scope = { kinds: kinds && kinds.length > 0 ? kinds : null, speakerIds: speakerIds ?? null, articleIds: articleIds ?? null };
    return repos.search.search(query, scope, pageSize(first, SEARCH_DEFAULT));
  }
}
