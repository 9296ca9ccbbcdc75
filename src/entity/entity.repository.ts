/** Entities: Cypher in cypher/entity/, mapping to GraphQL objects here, per-entity lookups batched per request. */
import type { QueryRunner } from '../db/database';
import { byIdLoader, mapLoader } from '../common/loaders';
import { int } from '../db/values';
import type { Connection } from '../common/connection';
import { toConnection } from '../common/connection';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { EntityKind } from '../common/enums';
import type { EntityNode, EntityRow, Include } from '../graph';
import type { Evidence } from '../evidence/evidence.type';
import { toEvidence } from '../evidence/evidence.type';
import type { Entity } from './entity.type';
import { toEntity } from './entity.type';

export interface EntityPageQuery {
  kind?: EntityKind | null;
  nameContains?: string | null;
  first: number;
  after?: string | null;
}

const LIST = 'entities';

export const entityCursor = (e: Entity): string => encodeCursor(LIST, [e.name, e.id]);

export class EntityRepository {
  private readonly entities = byIdLoader(async (ids) => (await this.db.read('entity/by-ids', { ids, include: [] })).map((r) => toEntity(r.entity)));
  private readonly mentions = mapLoader(
    async (ids) => new Map((await this.db.read('entity/mentions', { ids })).map((r) => [r.id, r.evidence.map(toEvidence)])),
    [],
  );

  constructor(private readonly db: QueryRunner) {}

  byId(id: string): Promise<Entity | null> {
    return this.entities.load(id);
  }

  /**
   * One entity with what the client's selection asks for besides (its mentions), in one statement; without
   * anything to include, the batched lookup.
   */
  async lookup(id: string, include: Include[]): Promise<Entity | null> {
    if (!include.includes('mentions')) return this.byId(id);
    const [row] = await this.db.read('entity/by-ids', { ids: [id], include });
    return row ? this.fromRow(row.entity) : null;
  }

  /** An entity a statement already returned (a relation's end, a link target): a later lookup of it is free. */
  prime(row: EntityNode): void {
    this.entities.prime(row.id, toEntity(row));
  }

  private fromRow(row: EntityRow): Entity {
    const entity = toEntity(row);
    this.entities.prime(entity.id, entity);
    if (row.mentions) this.mentions.prime(entity.id, row.mentions.map(toEvidence));
    return entity;
  }

  /**
   * Entities ordered by (name, id), keyset-paginated: a walk of the name index from the cursor (total from the
   * count store), or the matches of `nameContains` from the search-key index (total: their number). One round trip.
   */
  async page({ kind, nameContains, first, after }: EntityPageQuery): Promise<Connection<Entity>> {
    const [afterName, afterId] = after ? decodeCursor(after, LIST, ['string', 'string']) : [null, null];
    const filter = { kind: kind ?? null, afterName, afterId, limit: int(first + 1) };
    const [row] = nameContains ? await this.db.read('entity/page-matching', { ...filter, nameContains }) : await this.db.read('entity/page', filter);
    return toConnection(row.entities.map(toEntity), first, row.total, after, entityCursor);
  }

  /** Every place the entity is named, in reading order. */
  mentionsOf(id: string): Promise<Evidence[]> {
    return this.mentions.load(id);
  }
}
