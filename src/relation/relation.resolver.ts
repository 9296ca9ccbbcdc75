import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Entity } from '../entity/entity.type';
import { Evidence } from '../evidence/evidence.type';
import { loadEvidence } from '../evidence/evidence.resolver';
import { Relation } from './relation.type';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Entity, { description: 'Where the relationship starts, e.g. Xi Jinping in "Xi Jinping LEADS China".' })
  async from(@Root() relation: Relation, @Ctx() { loaders }: Context): Promise<Entity> {
    return (await loaders.entityById.load(relation.fromId))!;
  }

  @FieldResolver(() => Entity, { description: 'Where the relationship ends, e.g. China in "Xi Jinping LEADS China".' })
  async to(@Root() relation: Relation, @Ctx() { loaders }: Context): Promise<Entity> {
    return (await loaders.entityById.load(relation.toId))!;
  }

  @FieldResolver(() => [Evidence], { description: 'The words of the article that state the fact (at least one span).' })
  evidence(@Root() relation: Relation, @Ctx() ctx: Context): Promise<Evidence[]> {
    return loadEvidence(ctx, relation.evidenceIds);
  }
}
