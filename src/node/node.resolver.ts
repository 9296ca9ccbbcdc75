import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { categoryOf, NodeCategory } from '../graph';
import { Node } from './node.type';

/**
 * `node(id)`: the id's shape (src/graph/ids.ts) says which loader to ask (an allow-list, never a label built
 * from input).
 */
type NodeLoader = (ctx: Context, id: string) => Promise<Node | null>;

const NODE_LOADERS: Record<NodeCategory, NodeLoader> = {
  ARTICLE: (ctx, id) => ctx.repos.articles.byId(id),
  PASSAGE: (ctx, id) => ctx.repos.articles.passageById(id),
  EVIDENCE: (ctx, id) => ctx.repos.evidence.byId(id),
  ENTITY: (ctx, id) => ctx.repos.entities.byId(id),
  STATEMENT: (ctx, id) => ctx.repos.statements.byId(id),
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its id (Relay), or null when there is none.' })
  node(
    @Arg('id', () => ID, { description: 'Any id, e.g. `person:xi-jinping`, `statement:…`, `article:…`.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Node | null> {
    const category = categoryOf(id);
    return category ? NODE_LOADERS[category](ctx, id) : Promise.resolve(null);
  }
}
