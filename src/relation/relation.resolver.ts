import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Entity } from '../entity/entity.type';
import { Evidence } from '../evidence/evidence.type';
import { Relation } from './relation.type';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Entity, { description: 'Where the relationship starts, e.g. Xi Jinping in "Xi Jinping LEADS China".' })
  async from(@Root() relation: Relation, @Ctx() { repos }: Context): Promise<Entity> {
    return (await repos.entities.byId(relation.fromId))!;
  }

  @FieldResolver(() => Entity, { description: 'Where the relationship ends, e.g. China in "Xi Jinping LEADS China".' })
  async to(@Root() relation: Relation, @Ctx() { repos }: Context): Promise<Entity> {
    return (await repos.entities.byId(relation.toId))!;
  }

  @FieldResolver(() => [Evidence], { description: 'The words of the article that state the fact (at least one span).' })
  evidence(@Root() relation: Relation, @Ctx() ctx: Context): Promise<Evidence[]> {
    return ctx.repos.evidence.byIds(relation.evidenceIds);
  }
}
