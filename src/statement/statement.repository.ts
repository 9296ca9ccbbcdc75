/** Statements and their links (cypher/statement/), mapping to GraphQL objects here. */
import type { QueryRunner } from '../db/database';
import { int } from '../db/values';
import type { Connection } from '../common/connection';
import { emptyConnection, toConnection } from '../common/connection';
import { byIdLoader, mapLoader, pagedLoader } from '../common/loaders';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type {
  EntityNode,
  Include,
  StatementAct,
  StatementForm,
  StatementLinksRow,
  StatementLinkType,
  StatementNode,
  StatementRole,
  StatementRow,
} from '../graph';
import { categoryOf, RELATED_EVENT_TYPES, RELATED_GROUP_TYPES, ROLE_LINKS, UNDATED_SORT_DAY } from '../graph';
import { BadInputError } from '../errors';
import type { Entity, Event } from '../entity/entity.type';
import { toEntity } from '../entity/entity.type';
import type { EvidenceRepository } from '../evidence/evidence.repository';
import type { Statement } from './statement.type';
import { toEntityOrStatement, toStatement } from './statement.type';

/** Statement filters: within one, any listed value matches; across filters, all must (null: no filter). */
export interface StatementFilter {
  speakerIds: string[] | null;
  addresseeIds: string[] | null;
  aboutIds: string[] | null;
  /** Also match statements about the groups and events tied to `aboutIds` (cypher/statement/related-subjects.cypher). */
  aboutRelated: boolean;
  eventIds: string[] | null;
  forms: StatementForm[] | null;
  acts: StatementAct[] | null;
}

export interface PageQuery {
  first: number;
  after?: string | null;
  /** What each statement should carry for the client's selection ('links', 'evidence', 'passages'). */
  include?: Include[];
}

/** What a statement links to, all fetched by one batched query (statement/links.cypher). */
export interface StatementLinks {
  speaker: Entity | null;
  addressees: Entity[];
  about: (Entity | Statement)[];
  event: Event | null;
  reportedBy: Entity[];
  respondsTo: Statement | null;
  responses: Statement[];
}

const NO_LINKS: StatementLinks = { speaker: null, addressees: [], about: [], event: null, reportedBy: [], respondsTo: null, responses: [] };

/** The arguments of an entity's `statements` list. */
export interface EntityStatementsQuery extends PageQuery {
  role: StatementRole | null;
}

const LIST = 'statements';

const statementCursor = (s: Statement): string => encodeCursor(LIST, [s.date?.earliest ?? UNDATED_SORT_DAY, s.id]);

function afterKey(after: string | null | undefined): { afterDay: string | null; afterId: string | null } {
  if (!after) return { afterDay: null, afterId: null };
  const [afterDay, afterId] = decodeCursor(after, LIST, ['string', 'string']);
  return { afterDay, afterId };
}

/**
 * Where a filtered statement search starts (statement/page-linked.cypher): the nodes one of the id filters names,
 * with the link that filter follows. Speakers come first (one SAID_BY per statement: usually the fewest links),
 * then events, addressees, subjects. Every id filter is also passed on and checked as usual.
 */
export const ANCHORS: [keyof StatementFilter & ('speakerIds' | 'eventIds' | 'addresseeIds' | 'aboutIds'), StatementLinkType][] = [
  ['speakerIds', 'SAID_BY'],
  ['eventIds', 'MADE_AT'],
  ['addresseeIds', 'ADDRESSED_TO'],
  ['aboutIds', 'ABOUT'],
];

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class StatementRepository {
  private readonly statements = byIdLoader(async (ids) => (await this.db.read('statement/by-ids', { ids })).map((r) => toStatement(r.statement)));
  private readonly links = mapLoader((ids) => this.linksOfStatements(ids), NO_LINKS);
  private readonly entityPages = pagedLoader(
    (ids, query: EntityStatementsQuery) => this.byEntities(ids, query),
    () => emptyConnection<Statement>(),
  );

  constructor(
    private readonly db: QueryRunner,
    private readonly evidence: EvidenceRepository,
  ) {}

  byId(id: string): Promise<Statement | null> {
    return this.statements.load(id);
  }

  /** What the statement links to (speaker, addressees, about, …); every statement asked for comes in one statement. */
  linksOf(id: string): Promise<StatementLinks> {
    return this.links.load(id);
  }

  /** One page of the statements an entity takes part in; every entity asked with the same arguments comes in one statement. */
  ofEntity(id: string, query: EntityStatementsQuery): Promise<Connection<Statement>> {
    return this.entityPages.load({ id, args: query });
  }

  /**
   * Statements matching every given filter, ordered by (date, id), keyset-paginated. With a speaker, subject or
   * event filter the search starts from that node (statement/page-linked.cypher: the total is the number of its
   * matches); otherwise it walks the sort-day index (statement/page.cypher: the total is the count store's, or,
   * filtered by form or act, counted only if the client asks for it).
   */
  async page(filter: StatementFilter, { first, after, include }: PageQuery): Promise<Connection<Statement>> {
    const { forms, acts } = filter;
    const ids = {
      speakerIds: filter.speakerIds,
      addresseeIds: filter.addresseeIds,
      aboutIds: filter.aboutIds && filter.aboutRelated ? await this.relatedSubjects(filter.aboutIds) : filter.aboutIds,
      eventIds: filter.eventIds,
    };
    const page = { ...afterKey(after), limit: int(first + 1), include: include ?? [] };
    const anchor = ANCHORS.find(([key]) => ids[key] !== null);
    if (!anchor) {
      const [row] = await this.db.read('statement/page', { forms, acts, ...page });
      const total = row.total ?? (() => this.countByActsOrForms(acts, forms));
      return toConnection(row.statements.map(this.fromRow), first, total, after, statementCursor);
    }
    const [key, anchorLink] = anchor;
    const checkIds = [...new Set(ANCHORS.flatMap(([k]) => ids[k] ?? []))];
    const [row] = await this.db.read('statement/page-linked', { checkIds, anchorIds: ids[key]!, anchorLink, ...ids, forms, acts, ...page });
    if (row.missing.length > 0) {
      const argument = ANCHORS.map(([k]) => k).find((k) => ids[k]?.some((id) => row.missing.includes(id)))!;
      throw unknownIds(argument, row.missing);
    }
    return toConnection(row.statements.map(this.fromRow), first, row.total, after, statementCursor);
  }

  /** How many statements have one of these acts (and forms) or forms: index seeks, run only when asked for. */
  private async countByActsOrForms(acts: StatementAct[] | null, forms: StatementForm[] | null): Promise<number> {
    if (acts) return (await this.db.read('statement/count-by-act', { acts, forms }))[0].total;
    if (forms) return (await this.db.read('statement/count-by-form', { forms }))[0].total;
    throw new Error('statement/page.cypher counts unfiltered statements itself');
  }

  /** The subjects and what `aboutRelated` adds to each (cypher/statement/related-subjects.cypher). */
  async relatedSubjects(aboutIds: string[]): Promise<string[]> {
    const rows = await this.db.read('statement/related-subjects', { ids: aboutIds, groupTypes: RELATED_GROUP_TYPES, eventTypes: RELATED_EVENT_TYPES });
    const found = new Set(rows.map((r) => r.id));
    const missing = aboutIds.filter((id) => !found.has(id) && categoryOf(id) !== 'STATEMENT');
    if (missing.length > 0) throw unknownIds('aboutIds', missing);
    return [...new Set([...aboutIds, ...rows.flatMap((r) => r.related)])];
  }

  /** One page of statements per entity in `ids` (same role and page arguments), in one statement. */
  private async byEntities(ids: string[], { role, first, after, include }: EntityStatementsQuery): Promise<Map<string, Connection<Statement>>> {
    const rows = await this.db.read('statement/by-entities', {
      ids,
      linkTypes: ROLE_LINKS[role ?? 'ANY'],
      ...afterKey(after),
      limit: int(first + 1),
      include: include ?? [],
    });
    return new Map(rows.map((r) => [r.id, toConnection(r.statements.map(this.fromRow), first, r.total, after, statementCursor)]));
  }

  /** Statement rows read elsewhere (e.g. a pair's statements, src/interaction/) → objects, priming the loaders. */
  fromRows(rows: StatementRow[]): Statement[] {
    return rows.map(this.fromRow);
  }

  private async linksOfStatements(ids: string[]): Promise<Map<string, StatementLinks>> {
    const rows = await this.db.read('statement/links', { ids, include: ['links'] });
    return new Map(rows.flatMap(({ statement }) => (statement.links ? [[statement.id, toLinks(statement.links)]] : [])));
  }

  /**
   * A statement row → its GraphQL object; what the row carries besides (links, evidence spans) primes the loaders
   * the statement's fields read, so those fields cost no further round trip.
   */
  private readonly fromRow = (row: StatementRow): Statement => {
    const statement = toStatement(row);
    this.statements.prime(statement.id, statement);
    if (row.links) this.links.prime(statement.id, toLinks(row.links));
    if (row.evidence) this.evidence.prime(row.evidence);
    return statement;
  };
}

/** A filter that names ids no entity or statement has: an empty page would hide the typo, so say which. */
export function unknownIds(argument: string, ids: string[]): BadInputError {
  const list = ids.map((id) => `"${id}"`).join(', ');
  return new BadInputError(`\`${argument}\` names no entity or statement with the id ${list}: look ids up with \`search\` or \`entities(nameContains:)\`.`, {
    argument,
    unknownIds: ids,
  });
}

function toLinks(row: StatementLinksRow): StatementLinks {
  const entities = (list: EntityNode[]) => list.map(toEntity).sort(byId);
  const statements = (list: StatementNode[]) => list.map(toStatement).sort(byId);
  return {
    speaker: entities(row.speakers)[0] ?? null,
    addressees: entities(row.addressees),
    about: row.about.map(toEntityOrStatement).sort(byId),
    event: (entities(row.events)[0] as Event | undefined) ?? null,
    reportedBy: entities(row.reportedBy),
    respondsTo: statements(row.respondsTo)[0] ?? null,
    responses: statements(row.responses),
  };
}
