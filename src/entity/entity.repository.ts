/** Entities: Cypher in cypher/entity/, mapping to GraphQL objects here. */
import type { QueryRunner } from '../db/database';
import { int } from '../db/values';
import { Connection, toConnection } from '../common/connection';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { EntityKind } from '../common/enums';
import { Evidence, toEvidence } from '../evidence/evidence.type';
import { Entity, toEntity } from './entity.type';

export interface EntityPageQuery {
  kind?: EntityKind | null;
  nameContains?: string | null;
  first: number;
  after?: string | null;
}

const LIST = 'entities';

export const entityCursor = (e: Entity): string => encodeCursor(LIST, [e.name, e.id]);

export class EntityRepository {
  constructor(private readonly db: QueryRunner) {}

  async byIds(ids: string[]): Promise<Entity[]> {
    return (await this.db.read('entity/by-ids', { ids })).map((r) => toEntity(r.entity));
  }

  /**
   * Entities ordered by (name, id), keyset-paginated: a walk of the name index from the cursor (total from the
   * count store), or the matches of `nameContains` from the search-key index (total: their number). One round trip.
   */
  async page({ kind, nameContains, first, after }: EntityPageQuery): Promise<Connection<Entity>> {
    const [afterName, afterId] = after ? decodeCursor(after, LIST, ['string', 'string']) : [null, null];
    const filter = { kind: kind ?? null, afterName, afterId, limit: int(first + 1) };
    const [row] = nameContains
      ? await this.db.read('entity/page-matching', { ...filter, nameContains })
      : await this.db.read('entity/page', filter);
    return toConnection(row.entities.map(toEntity), first, row.total, after, entityCursor);
  }

  /** Every place each entity is named, in reading order. */
  async mentions(ids: string[]): Promise<Map<string, Evidence[]>> {
    const rows = await this.db.read('entity/mentions', { ids });
    return new Map(rows.map((r) => [r.id, r.evidence.map(toEvidence)]));
  }
}
