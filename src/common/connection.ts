/**
 * Relay connections as the GraphQL Cursor Connections Specification defines them
 * (https://relay.dev/graphql/connections.htm): `edges { cursor node }` and `pageInfo`, plus `totalCount`.
 * Repositories fetch one row more than asked for, so `hasNextPage` costs nothing extra. `totalCount` is either
 * known with the page (per-entity lists count one entity's links in the same statement) or a lazy count: a getter
 * that runs its statement the first time it is read, i.e. only when a client selects the field (GraphQL reads a
 * field off its parent object only when the field is selected), so a page never pays for counting a whole list
 * unasked.
 */
import { ClassType, Field, Int } from 'type-graphql';
import { ObjectType } from './object-type';

@ObjectType({ description: 'Where a page sits in its list (Relay).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page: pass `endCursor` as `after` to get them.' })
  hasNextPage: boolean;

  @Field({ description: 'True when this page was asked for with `after`, i.e. items come before it.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge, null on an empty page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge, null on an empty page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number | Promise<number>;
}

/** A total known with the page, or a count to run only if `totalCount` is read. */
export type Total = number | (() => Promise<number>);

/** Declares `<Name>Edge` and `<Name>Connection` object types for one node type. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the node type may be an abstract class (an interface type), which type-graphql takes as Function
export function ConnectionType(name: string, nodeType: Function, plural: string): ClassType<Connection<unknown>> {
  @ObjectType(`${name}Edge`, { description: `One of the ${plural} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque keyset cursor of this item: pass it as `after` to continue after it.' })
    cursor: string;

    @Field(() => nodeType, { description: 'The item.' })
    node: unknown;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${plural} (Relay connection with keyset cursors).` })
  class ConnectionObject {
    @Field(() => [EdgeType], { description: 'The items of this page, in list order.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: `How many ${plural} the whole list holds (all pages, same filters).` })
    totalCount: number;
  }

  return ConnectionObject;
}

/** An edge whose cursor is encoded when it is read: most selections of a page read no cursor. */
class PageEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (item: T) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.node);
  }
}

/** Builds a page from `rows` fetched with LIMIT first + 1. */
export function toConnection<T>(rows: T[], first: number, total: Total, after: string | null | undefined, cursorOf: (item: T) => string): Connection<T> {
  const edges = rows.slice(0, first).map((node) => new PageEdge(node, cursorOf));
  let counted: Promise<number> | undefined;
  return {
    edges,
    get totalCount(): number | Promise<number> {
      if (typeof total === 'number') return total;
      counted ??= total();
      return counted;
    },
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after != null,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
  };
}

/** The complexity of a connection field: its children cost `first` times over (src/http/complexity.ts). */
export function connectionComplexity(defaultFirst: number) {
  return ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }): number => 1 + (args.first ?? defaultFirst) * childComplexity;
}

/** A connection with no edges: what a per-parent list answers for a parent it found nothing for. */
export function emptyConnection<T>(): Connection<T> {
  return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
}
