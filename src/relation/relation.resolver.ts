import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Entity } from '../entity/entity.type';
import { Evidence } from '../evidence/evidence.type';
import { Relation } from './relation.type';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Entity, { description: 'Where the relationship starts, e.g. Xi Jinping in "Xi Jinping LEADS China".' })
  from(@Root() relation: Relation, @Ctx() { repos }: Context): Entity | Promise<Entity> {
    return relation.ends?.from ?? repos.entities.byId(relation.fromId).then((entity) => entity!);
  }

  @FieldResolver(() => Entity, { description: 'Where the relationship ends, e.g. China in "Xi Jinping LEADS China".' })
  to(@Root() relation: Relation, @Ctx() { repos }: Context): Entity | Promise<Entity> {
    return relation.ends?.to ?? repos.entities.byId(relation.toId).then((entity) => entity!);
  }

  @FieldResolver(() => [Evidence], { description: 'The words of the article that state the fact (at least one span).' })
  evidence(@Root() relation: Relation, @Ctx() ctx: Context): Evidence[] | Promise<Evidence[]> {
    return ctx.repos.evidence.of(relation);
  }
}
