import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { NeighborhoodArgs, NEIGHBORHOOD_DEFAULT_LIMIT } from './neighborhood.args';
import { Subgraph } from './neighborhood.type';

@Resolver(() => Subgraph)
export class NeighborhoodResolver {
  @Query(() => Subgraph, {
    description: 'The entities and statements around one node, up to `depth` hops, as flat nodes + edges for graph explorers. NOT_FOUND for an unknown id.',
    // One statement builds the whole subgraph and a node or edge costs a few scalar fields, so `limit` weighs
    // a tenth: the default limit with a typical selection stays far below MAX_QUERY_COMPLEXITY, 500 nodes fit.
    complexity: ({ args, childComplexity }) => 1 + Math.ceil((args.limit ?? NEIGHBORHOOD_DEFAULT_LIMIT) / 10) * childComplexity,
  })
  neighborhood(@Args() { id, depth, limit }: NeighborhoodArgs, @Ctx() { repos }: Context): Promise<Subgraph> {
    return repos.neighborhood.around(id, depth ?? 1, limit ?? NEIGHBORHOOD_DEFAULT_LIMIT);
  }
}
