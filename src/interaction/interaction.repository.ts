/**
 * Counting questions (cypher/interaction/): speaker → addressee pairs from the Interaction aggregate, their
 * statements, and statements counted by group. The statements' filters, their validation and their unknown-id
 * errors are those of `statements` (src/statement/).
 */
import type { QueryRunner } from '../db/database';
import { int } from '../db/values';
import type { Connection } from '../common/connection';
import { emptyConnection, toConnection } from '../common/connection';
import { pagedLoader } from '../common/loaders';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { Include, InteractionPair, StatementGroupBy, StatementRow } from '../graph';
import { cursorKeysOf } from '../graph';
import type { Statement } from '../statement/statement.type';
import type { StatementFilter, StatementRepository } from '../statement/statement.repository';
import { ANCHORS, unknownIds } from '../statement/statement.repository';
import type { Interaction, StatementCounts } from './interaction.type';
import { toGroup, toInteraction } from './interaction.type';

export interface InteractionFilter {
  speakerIds: string[] | null;
  addresseeIds: string[] | null;
}

export interface PairPageQuery {
  first: number;
  after?: string | null;
  include?: Include[];
}

const INTERACTIONS = 'interactions';
const PAIR_STATEMENTS = 'interaction-statements';

/** The cursor is the aggregate's own order key (inverted count, speaker id, addressee id: cypher/seed/interactions.cypher). */
const interactionCursor = (i: Interaction): string => encodeCursor(INTERACTIONS, [i.rank]);
const pairStatementCursor = (row: StatementRow): string => encodeCursor(PAIR_STATEMENTS, [cursorKeysOf(row).sortDay, row.id]);

/** A pair as one loader key; ids never hold a space (src/graph/ids.ts). */
const pairKey = (p: InteractionPair) => `${p.speakerId} ${p.addresseeId}`;

export class InteractionRepository {
  private readonly pairPages = pagedLoader(
    (keys, query: PairPageQuery) => this.byPairs(keys, query),
    () => emptyConnection<Statement>(),
  );

  constructor(
    private readonly db: QueryRunner,
    private readonly statements: StatementRepository,
  ) {}

  /**
   * One page of pairs, biggest count first. Unfiltered it walks the interaction_rank index from the cursor
   * (interaction/page.cypher); with speakers or addressees it starts from those entities (interaction/page-linked.cypher).
   */
  async page(filter: InteractionFilter, { first, after }: { first: number; after?: string | null }): Promise<Connection<Interaction>> {
    const afterRank = after ? decodeCursor(after, INTERACTIONS, ['string'])[0] : null;
    const page = { afterRank, limit: int(first + 1) };
    if (!filter.speakerIds && !filter.addresseeIds) {
      const [row] = await this.db.read('interaction/page', page);
      return toConnection(row.interactions.map(toInteraction), first, row.total, after, interactionCursor);
    }
    const checkIds = [...new Set([...(filter.speakerIds ?? []), ...(filter.addresseeIds ?? [])])];
    const [row] = await this.db.read('interaction/page-linked', { checkIds, ...filter, ...page });
    if (row.missing.length > 0) {
      const argument = filter.speakerIds?.some((id) => row.missing.includes(id)) ? 'speakerIds' : 'addresseeIds';
      throw unknownIds(argument, row.missing);
    }
    return toConnection(row.interactions.map(toInteraction), first, row.total, after, interactionCursor);
  }

  /** One page of a pair's statements; every pair asked with the same arguments comes in one statement. */
  statementsOf(pair: InteractionPair, query: PairPageQuery): Promise<Connection<Statement>> {
    return this.pairPages.load({ id: pairKey(pair), args: query });
  }

  private async byPairs(keys: string[], { first, after, include }: PairPageQuery): Promise<Map<string, Connection<Statement>>> {
    const [afterDay, afterId] = after ? decodeCursor(after, PAIR_STATEMENTS, ['string', 'string']) : [null, null];
    const pairs = keys.map((key) => {
      const [speakerId, addresseeId] = key.split(' ');
      return { speakerId, addresseeId };
    });
    const rows = await this.db.read('interaction/statements', { pairs, afterDay, afterId, limit: int(first + 1), include: include ?? [] });
    return new Map(
      rows.map((r) => [
        pairKey(r),
        this.statements.connectionOf(r.statements, { first, total: r.total, after, include: include ?? [], cursorOf: pairStatementCursor }),
      ]),
    );
  }

  /**
   * Statements matching `filter`, counted by `groupBy`, the `first` biggest groups. Without filters the groups come
   * from the StatementGroup aggregate (interaction/count-groups.cypher: `first` index entries); with an id filter the
   * statements are found from the named nodes, with acts or forms only through their index, and then grouped:
   * that cost follows the statements the filters match.
   */
  async counts(groupBy: StatementGroupBy, filter: StatementFilter, first: number): Promise<StatementCounts> {
    const { forms, acts } = filter;
    const ids = {
      speakerIds: filter.speakerIds,
      addresseeIds: filter.addresseeIds,
      aboutIds: filter.aboutIds && filter.aboutRelated ? await this.statements.relatedSubjects(filter.aboutIds) : filter.aboutIds,
      eventIds: filter.eventIds,
    };
    const limit = int(first);
    const anchor = ANCHORS.find(([key]) => ids[key] !== null);
    let row: { total: number; groups: Parameters<typeof toGroup>[0][] };
    if (anchor) {
      const [key, anchorLink] = anchor;
      const checkIds = [...new Set(ANCHORS.flatMap(([k]) => ids[k] ?? []))];
      const [linked] = await this.db.read('interaction/count-linked', { checkIds, anchorIds: ids[key]!, anchorLink, ...ids, forms, acts, groupBy, limit });
      if (linked.missing.length > 0) {
        const argument = ANCHORS.map(([k]) => k).find((k) => ids[k]?.some((id) => linked.missing.includes(id)))!;
        throw unknownIds(argument, linked.missing);
      }
      row = linked;
    } else if (acts) {
      [row] = await this.db.read('interaction/count-by-act', { acts, forms, groupBy, limit });
    } else if (forms) {
      [row] = await this.db.read('interaction/count-by-form', { forms, groupBy, limit });
    } else {
      [row] = await this.db.read('interaction/count-groups', { groupBy, limit });
    }
    // The statements sort already; sorting again keeps the order whatever rows the plan's operators reorder.
    const groups = row.groups.map(toGroup).sort((a, b) => b.count - a.count || compareKeys(a.key, b.key));
    return { groupBy, totalCount: row.total, groups };
  }
}

/** Keys ascending, null (undated) last, as Cypher orders them. */
function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
