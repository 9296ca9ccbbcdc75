import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Node } from './node.type';

/**
 * `node(id)`: the id's prefix says which loader to ask (an allow-list, never a label built from input).
 * Features register their prefixes in NODE_LOADERS.
 */
type NodeLoader = (ctx: Context, id: string) => Promise<Node | null>;

export const NODE_LOADERS: Record<string, NodeLoader> = {
  article: (ctx, id) => (id.includes('#') ? ctx.loaders.passageById.load(id) : ctx.loaders.articleById.load(id)),
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its id (Relay), or null when there is none.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const loader = NODE_LOADERS[id.split(':', 1)[0]];
    return loader ? loader(ctx, id) : Promise.resolve(null);
  }
}
