/** Entity-to-entity relations (cypher/relation/), paged per entity for the `relations` field, batched per request. */
import type { QueryRunner } from '../db/database';
import { int } from '../db/values';
import type { Connection } from '../common/connection';
import { emptyConnection, toConnection } from '../common/connection';
import { pagedLoader } from '../common/loaders';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { Direction } from '../common/enums';
import type { Relation } from './relation.type';
import { toRelation } from './relation.type';

export interface RelationPageQuery {
  direction: Direction;
  types: string[] | null;
  first: number;
  after: string | null;
}

const LIST = 'relations';

const relationCursor = (r: Relation): string => encodeCursor(LIST, [r.id]);

export class RelationRepository {
  private readonly pages = pagedLoader(
    (ids, query: RelationPageQuery) => this.byEntities(ids, query),
    () => emptyConnection<Relation>(),
  );

  constructor(private readonly db: QueryRunner) {}

  /** One page of the entity's relations; the pages of every entity asked with the same arguments come in one statement. */
  ofEntity(id: string, query: RelationPageQuery): Promise<Connection<Relation>> {
    return this.pages.load({ id, args: query });
  }

  private async byEntities(ids: string[], { direction, types, first, after }: RelationPageQuery): Promise<Map<string, Connection<Relation>>> {
    const [afterId] = after ? decodeCursor(after, LIST, ['string']) : [null];
    const rows = await this.db.read('relation/by-entities', { ids, direction, types, afterId, limit: int(first + 1) });
    return new Map(rows.map((r) => [r.id, toConnection(r.relations.map(toRelation), first, r.total, after, relationCursor)]));
  }
}
