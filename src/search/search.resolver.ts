import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { pageSize } from '../common/args';
import type { Context } from '../context';
import { SearchArgs, SEARCH_DEFAULT } from './search.args';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Full-text search over entity names, aliases, descriptions and statement text: scored, best first, with a snippet.',
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? SEARCH_DEFAULT) * childComplexity,
  })
  search(@Args() { query, kinds, first }: SearchArgs, @Ctx() { repos }: Context): Promise<SearchHit[]> {
    return repos.search.search(query, kinds && kinds.length > 0 ? kinds : null, pageSize(first, SEARCH_DEFAULT));
  }
}
