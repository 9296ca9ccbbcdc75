import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { pageSize } from '../common/args';
import type { Context } from '../context';
import { Evidence } from '../evidence/evidence.type';
import { PathsArgs, PATHS_DEFAULT } from './path.args';
import { Path, PathStep } from './path.type';

@Resolver(() => Path)
export class PathResolver {
  @Query(() => [Path], {
    description:
      'Shortest routes between two entities (or statements) through entity relations and statement links, fewest hops first, with evidence for every step. NOT_FOUND when either id is unknown.',
    complexity: ({ args, childComplexity }) => 1 + (args.first ?? PATHS_DEFAULT) * childComplexity,
  })
  paths(@Args() { fromId, toId, maxHops, first }: PathsArgs, @Ctx() { repos }: Context): Promise<Path[]> {
    return repos.paths.shortest(fromId, toId, maxHops ?? 4, pageSize(first, PATHS_DEFAULT));
  }
}

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => [Evidence], { description: 'The words that support this step: the relation’s evidence, or for a statement link the statement’s.' })
  evidence(@Root() step: PathStep, @Ctx() ctx: Context): Promise<Evidence[]> {
    return ctx.repos.evidence.byIds(step.evidenceIds);
  }
}
