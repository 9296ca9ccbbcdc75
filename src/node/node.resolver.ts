import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Node } from './node.type';

/**
 * `node(id)`: the id's prefix says which loader to ask (an allow-list, never a label built from input).
 * Features register their prefixes in NODE_LOADERS.
 */
type NodeLoader = (ctx: Context, id: string) => Promise<Node | null>;

const entity: NodeLoader = (ctx, id) => ctx.loaders.entityById.load(id);

export const NODE_LOADERS: Record<string, NodeLoader> = {
  // `<article>#p<n>` is a passage, `<article>@<start>-<end>` an evidence span, otherwise the article itself.
  article: (ctx, id) =>
    id.includes('#') ? ctx.loaders.passageById.load(id) : id.includes('@') ? ctx.loaders.evidenceById.load(id) : ctx.loaders.articleById.load(id),
  person: entity,
  country: entity,
  organization: entity,
  event: entity,
  statement: (ctx, id) => ctx.loaders.statementById.load(id),
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its id (Relay), or null when there is none.' })
  node(@Arg('id', () => ID, { description: 'Any id, e.g. `person:xi-jinping`, `statement:…`, `article:…`.' }) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const loader = NODE_LOADERS[id.split(':', 1)[0]];
    return loader ? loader(ctx, id) : Promise.resolve(null);
  }
}
