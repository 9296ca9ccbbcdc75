/** Entities: Cypher in cypher/entity/, mapping to GraphQL objects here, per-entity lookups batched per request. */
import type { QueryRunner } from '../db/database';
import { byIdLoader, mapLoader } from '../common/loaders';
import type { Integer } from 'neo4j-driver';
import { int } from '../db/values';
import type { Connection } from '../common/connection';
import { toConnection } from '../common/connection';
import { variantName } from '../db/queries';
import type { EntityKind } from '../common/enums';
import { OrderDirection } from '../common/enums';
import type { EntityNode, EntityRow, Include } from '../graph';
import type { Evidence } from '../evidence/evidence.type';
import { toEvidence } from '../evidence/evidence.type';
import { BadInputError } from '../errors';
import type { EntityStatementsQuery, StatementRepository } from '../statement/statement.repository';
import { entityPageParams } from '../statement/statement.repository';
import type { Entity } from './entity.type';
import { toEntity } from './entity.type';
import type { EntityOrder } from './entity-order';
import { countRange, cursorKey, DEFAULT_ENTITY_ORDER, EntityOrderField, entityOrderCursor } from './entity-order';

/** The page's parameters, or none when its cursor is not one of the list: the field itself then refuses it. */
function pageParamsOrNone(query: EntityStatementsQuery): ReturnType<typeof entityPageParams> | undefined {
  try {
    return entityPageParams(query);
  } catch (error) {
    if (error instanceof BadInputError) return undefined;
    throw error;
  }
}

export interface EntityPageQuery {
  /** Any listed kind matches; null: every kind. */
  kinds?: EntityKind[] | null;
  nameContains?: string | null;
  orderBy?: EntityOrder;
  first: number;
  after?: string | null;
}

export class EntityRepository {
  private readonly entities = byIdLoader(async (ids) => (await this.db.read('entity/by-ids', { ids, include: [] })).map((r) => toEntity(r.entity)));
  private readonly mentions = mapLoader(
    async (ids) => new Map((await this.db.read('entity/mentions', { ids })).map((r) => [r.id, r.evidence.map(toEvidence)])),
    [],
  );

  constructor(
    private readonly db: QueryRunner,
    private readonly statements: StatementRepository,
  ) {}

  byId(id: string): Promise<Entity | null> {
    return this.entities.load(id);
  }

  /**
   * One entity with what the client's selection asks for besides (its mentions, one page of its statements), in
   * one statement; without anything to include, the batched lookup. The page primes `statements.ofEntity`.
   */
  async lookup(id: string, include: Include[], statements?: EntityStatementsQuery): Promise<Entity | null> {
    const page = statements && pageParamsOrNone(statements);
    if (page) {
      const [row] = await this.db.read('entity/with-statements', { id, ...page, include: [...include, ...page.include] });
      if (row) this.statements.primeEntityPage(id, statements!, row);
      return row ? this.fromRow(row.entity) : null;
    }
    if (!include.includes('mentions')) return this.byId(id);
    const [row] = await this.db.read('entity/by-ids', { ids: [id], include });
    return row ? this.fromRow(row.entity) : null;
  }

  /** An entity a statement already returned (a relation's end), as an object; a later lookup of it is free. */
  prime(row: EntityNode): Entity {
    const entity = toEntity(row);
    this.entities.prime(row.id, entity);
    return entity;
  }

  private fromRow(row: EntityRow): Entity {
    const entity = toEntity(row);
    this.entities.prime(entity.id, entity);
    if (row.mentions) this.mentions.prime(entity.id, row.mentions.map(toEvidence));
    return entity;
  }

  /**
   * Entities in `orderBy` (src/entity/entity-order.ts), keyset-paginated. Without `nameContains` a page is a walk
   * of the order's index from the cursor (entity/page, page-name-desc, page-by-count; total from the count store);
   * with it, the matches of the search-key index sorted in that order (total: their number). One round trip.
   */
  async page({ kinds, nameContains, orderBy = DEFAULT_ENTITY_ORDER, first, after }: EntityPageQuery): Promise<Connection<Entity>> {
    const key = cursorKey(orderBy, after);
    const limit = int(first + 1);
    const filter = { kinds: kinds ?? null, limit };
    const row = await this.pageRow(orderBy, key, filter, nameContains);
    return toConnection(row.entities.map(toEntity), first, row.total, after, (e) => entityOrderCursor(orderBy, e));
  }

  private async pageRow(
    orderBy: EntityOrder,
    key: [string | number, string] | null,
    filter: { kinds: EntityKind[] | null; limit: Integer },
    nameContains: string | null | undefined,
  ): Promise<{ total: number; entities: EntityNode[] }> {
    if (nameContains) {
      // A count goes to Cypher as an Integer: a JavaScript number would arrive as a float.
      const after = key && [typeof key[0] === 'number' ? int(key[0]) : key[0], key[1]];
      const descending = orderBy.direction === OrderDirection.DESC;
      return (await this.db.read('entity/page-matching', { ...filter, nameContains, order: orderBy.field, descending, after }))[0];
    }
    if (orderBy.field === EntityOrderField.NAME) {
      const cursor = { afterName: (key?.[0] as string | undefined) ?? null, afterId: key?.[1] ?? null };
      const name = orderBy.direction === OrderDirection.ASC ? 'entity/page' : 'entity/page-name-desc';
      return (await this.db.read(name, { ...filter, ...cursor }))[0];
    }
    const { key: stored, dir, above, below } = countRange(orderBy, key);
    return (await this.db.read(variantName('entity/page-by-count', { key: stored, dir }), { ...filter, above, below }))[0];
  }

  /** Every place the entity is named, in reading order. */
  mentionsOf(id: string): Promise<Evidence[]> {
    return this.mentions.load(id);
  }
}
