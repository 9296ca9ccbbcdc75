import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { FirstField, IdField } from '../common/args';

export const MAX_HOPS = 6;
export const PATHS_DEFAULT = 3;
export const PATHS_MAX = 10;

@ArgsType()
export class PathsArgs {
  @IdField('Where paths start: an entity or statement id, e.g. `person:wang-yi`.')
  fromId: string;

  @IdField('Where paths end: an entity or statement id, e.g. `person:alexander-gabuev`.')
  toId: string;

  @Field(() => Int, { nullable: true, defaultValue: 4, description: `Longest path to consider, in hops: 1 to ${MAX_HOPS}, default 4.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_HOPS)
  maxHops?: number | null;

  @FirstField(PATHS_DEFAULT, PATHS_MAX, 'paths')
  first?: number | null;
}
