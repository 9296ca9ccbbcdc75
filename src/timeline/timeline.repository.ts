/** Events in date order (cypher/timeline/), keyset-paginated by (earliest day, id). */
import type { QueryRunner } from '../db/database';
import { int } from '../db/values';
import type { Connection } from '../common/connection';
import { toConnection } from '../common/connection';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { Event } from '../entity/entity.type';
import { toEntity } from '../entity/entity.type';
import type { EvidenceRepository } from '../evidence/evidence.repository';
import type { Include } from '../graph';

const LIST = 'timeline';

const eventCursor = (e: Event): string => encodeCursor(LIST, [e.date!.earliest, e.id]);

export class TimelineRepository {
  constructor(
    private readonly db: QueryRunner,
    private readonly evidence: EvidenceRepository,
  ) {}

  /**
   * `from`/`to` are ISO days (already checked): events whose date range overlaps [from, to]. Each event carries
   * its evidence when `include` asks, which primes the evidence loader its `evidence` field reads.
   */
  async page(window: { from: string | null; to: string | null }, first: number, after?: string | null, include: Include[] = []): Promise<Connection<Event>> {
    const [afterDay, afterId] = after ? decodeCursor(after, LIST, ['string', 'string']) : [null, null];
    const [row] = await this.db.read('timeline/page', { ...window, afterDay, afterId, limit: int(first + 1), include });
    const events = row.events.map((r) => {
      const event = toEntity(r) as Event;
      if (r.evidence) event.evidenceSpans = this.evidence.spansOf(r.evidence);
      return event;
    });
    return toConnection(events, first, () => this.count(window), after, eventCursor);
  }

  /** How many events the window holds; read only when a client selects `totalCount`. */
  async count(window: { from: string | null; to: string | null }): Promise<number> {
    const [row] = await this.db.read('timeline/count', window);
    return row.total;
  }
}
