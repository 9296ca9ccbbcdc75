/** Entity-to-entity relations (cypher/relation/), paged per entity for the `relations` field, batched per request. */
import type { QueryRunner } from '../db/database';
import { int } from '../db/values';
import type { Connection } from '../common/connection';
import { emptyConnection, toConnection } from '../common/connection';
import { pagedLoader } from '../common/loaders';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { Direction } from '../common/enums';
import type { EntityRepository } from '../entity/entity.repository';
import type { EvidenceRepository } from '../evidence/evidence.repository';
import type { Include, RelationRow } from '../graph';
import type { Relation } from './relation.type';
import { toRelation } from './relation.type';

export interface RelationPageQuery {
  direction: Direction;
  types: string[] | null;
  first: number;
  after: string | null;
  /** What each relation should carry for the client's selection ('ends', 'evidence', 'passages'). */
  include: Include[];
}

const LIST = 'relations';

const relationCursor = (r: Relation): string => encodeCursor(LIST, [r.id]);

export class RelationRepository {
  private readonly pages = pagedLoader(
    (ids, query: RelationPageQuery) => this.byEntities(ids, query),
    () => emptyConnection<Relation>(),
  );

  constructor(
    private readonly db: QueryRunner,
    private readonly entities: EntityRepository,
    private readonly evidence: EvidenceRepository,
  ) {}

  /** One page of the entity's relations; the pages of every entity asked with the same arguments come in one statement. */
  ofEntity(id: string, query: RelationPageQuery): Promise<Connection<Relation>> {
    return this.pages.load({ id, args: query });
  }

  private async byEntities(ids: string[], { direction, types, first, after, include }: RelationPageQuery): Promise<Map<string, Connection<Relation>>> {
    const [afterId] = after ? decodeCursor(after, LIST, ['string']) : [null];
    const rows = await this.db.read('relation/by-entities', { ids, direction, types, afterId, limit: int(first + 1), include });
    return new Map(rows.map((r) => [r.id, toConnection(r.relations.map(this.fromRow), first, r.total, after, relationCursor)]));
  }

  /**
   * A relation row → its GraphQL object; its ends and evidence, when the row carries them, stay on it (and prime
   * their loaders).
   */
  private readonly fromRow = (row: RelationRow): Relation => {
    const relation = toRelation(row);
    if (row.from && row.to) relation.ends = { from: this.entities.prime(row.from), to: this.entities.prime(row.to) };
    if (row.evidence) relation.evidenceSpans = this.evidence.spansOf(row.evidence);
    return relation;
  };
}
