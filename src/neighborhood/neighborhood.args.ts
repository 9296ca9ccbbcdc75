import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { IdField } from '../common/args';

export const MAX_DEPTH = 3;
export const NEIGHBORHOOD_DEFAULT_LIMIT = 100;
export const NEIGHBORHOOD_MAX_LIMIT = 500;

@ArgsType()
export class NeighborhoodArgs {
  @IdField('The centre: an entity or statement id, e.g. `person:xi-jinping`.')
  id: string;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: `How many hops out to go: 1 to ${MAX_DEPTH}, default 1.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_DEPTH)
  depth?: number | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: NEIGHBORHOOD_DEFAULT_LIMIT,
    description: `Most nodes to return, centre included: 1 to ${NEIGHBORHOOD_MAX_LIMIT}, default ${NEIGHBORHOOD_DEFAULT_LIMIT}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(NEIGHBORHOOD_MAX_LIMIT)
  limit?: number | null;
}
