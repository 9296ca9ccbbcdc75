/** Statements and their links (cypher/statement/), mapping to GraphQL objects here. */
import type { QueryRunner } from '../db/database';
import { int } from '../db/values';
import type { Connection, Total } from '../common/connection';
import { emptyConnection, toConnection } from '../common/connection';
import { byIdLoader, mapLoader, pagedLoader } from '../common/loaders';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { variantName } from '../db/queries';
import type {
  LinkedEntityNode,
  Include,
  StatementAct,
  StatementForm,
  LinkTargetNode,
  StatementLinkField,
  StatementLinkType,
  StatementProperty,
  LinkedStatementNode,
  StatementRole,
  StatementRow,
} from '../graph';
import {
  categoryOf,
  cursorKeysOf,
  RELATED_EVENT_TYPES,
  STATEMENT_LINK_FIELDS,
  RELATED_GROUP_TYPES,
  ROLE_LINKS,
  statementLinkFields,
  statementLinks,
  statementPropertyNames,
  WHOLE_STATEMENT,
} from '../graph';
import { BadInputError } from '../errors';
import type { Event } from '../entity/entity.type';
import { toEntity } from '../entity/entity.type';
import type { EvidenceRepository } from '../evidence/evidence.repository';
import type { Statement, StatementLinks } from './statement.type';
import { toEntityOrStatement, toStatement, toStatementOfRow } from './statement.type';
import type { StatementOrder } from './statement-order';
import { DEFAULT_STATEMENT_ORDER, keyRange, orderCursor } from './statement-order';

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
  /** What each statement should carry for the client's selection (src/graph/rows.ts INCLUDES). */
  include?: Include[];
}

/** What the batched link lookup reads (statement/links.cypher): every link, targets whole; and its rows' link fields. */
const ALL_LINKS: Include[] = [...STATEMENT_LINK_FIELDS, 'targets'];
const ALL_LINK_FIELDS = statementLinkFields(ALL_LINKS);

const NO_LINKS: StatementLinks = { speaker: null, addressees: [], about: [], event: null, reportedBy: [], respondsTo: null, responses: [] };

/** The arguments of the top-level `statements` list. */
export interface StatementPageQuery extends PageQuery {
  /** Default DATE ASC. */
  orderBy?: StatementOrder;
}

/** The arguments of an entity's `statements` list. */
export interface EntityStatementsQuery extends PageQuery {
  role: StatementRole | null;
}

const LIST = 'statements';

/** An entity's statements are in date order, then id (cypher/fragments/entity-statements.cypher). */
const statementCursor = (row: StatementRow): string => encodeCursor(LIST, [cursorKeysOf(row).sortDay, row.id]);

function afterKey(after: string | null | undefined): { afterDay: string | null; afterId: string | null } {
  if (!after) return { afterDay: null, afterId: null };
  const [afterDay, afterId] = decodeCursor(after, LIST, ['string', 'string']);
  return { afterDay, afterId };
}

/**
 * The parameters of cypher/fragments/entity-statements.cypher for a query; throws BadInputError when `after` is
 * not a cursor of this list.
 */
export function entityPageParams({ role, first, after, include }: EntityStatementsQuery) {
  return { linkTypes: ROLE_LINKS[role ?? 'ANY'], ...afterKey(after), limit: int(first + 1), include: include ?? [] };
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
  /** Links with whole targets that statement pages fetched in this request, by statement id (some links each). */
  private readonly pageLinks = new Map<string, Partial<StatementLinks>>();
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

  /**
   * One link of a statement (its speaker, addressees, …): what the page that produced this object fetched for it,
   * or a page of this request fetched whole, returned as is (graphql-js completes a plain value without a promise
   * tick); else every statement asked for comes in one batched statement (statement/links.cypher).
   */
  linkOf<K extends keyof StatementLinks>(s: Statement, field: K): StatementLinks[K] | Promise<StatementLinks[K]> {
    const onPage = s.prefetched?.[field];
    if (onPage !== undefined) return onPage;
    const fetched = this.pageLinks.get(s.id)?.[field];
    return fetched !== undefined ? fetched : this.links.load(s.id).then((links) => links[field]);
  }

  /** One page of the statements an entity takes part in; every entity asked with the same arguments comes in one statement. */
  ofEntity(id: string, query: EntityStatementsQuery): Promise<Connection<Statement>> {
    return this.entityPages.load({ id, args: query });
  }

  /**
   * Statements matching every given filter, in `orderBy` (src/statement/statement-order.ts), keyset-paginated.
   * With a speaker, subject or event filter the search starts from that node (statement/page-linked.cypher: the
   * total is the number of its matches); otherwise it walks the order key's index (statement/page.cypher: the
   * total is the count store's, or, filtered by form or act, counted only if the client asks for it).
   */
  async page(filter: StatementFilter, { first, after, include, orderBy = DEFAULT_STATEMENT_ORDER }: StatementPageQuery): Promise<Connection<Statement>> {
    const { forms, acts } = filter;
    const { key, direction, above, below } = keyRange(orderBy, after);
    const variant = { key, direction };
    const ids = {
      speakerIds: filter.speakerIds,
      addresseeIds: filter.addresseeIds,
      aboutIds: filter.aboutIds && filter.aboutRelated ? await this.relatedSubjects(filter.aboutIds) : filter.aboutIds,
      eventIds: filter.eventIds,
    };
    const page = { above, below, limit: int(first + 1), include: include ?? [] };
    const anchor = ANCHORS.find(([k]) => ids[k] !== null);
    if (!anchor) {
      const [row] = await this.db.read(variantName('statement/page', variant), { forms, acts, ...page });
      const total = row.total ?? (() => this.countByActsOrForms(acts, forms));
      return this.toPage(row.statements, first, total, after, orderBy, page.include);
    }
    const [anchorKey, anchorLink] = anchor;
    const checkIds = [...new Set(ANCHORS.flatMap(([k]) => ids[k] ?? []))];
    const [row] = await this.db.read(variantName('statement/page-linked', variant), {
      checkIds,
      anchorIds: ids[anchorKey]!,
      anchorLink,
      ...ids,
      forms,
      acts,
      ...page,
    });
    if (row.missing.length > 0) {
      const argument = ANCHORS.map(([k]) => k).find((k) => ids[k]?.some((id) => row.missing.includes(id)))!;
      throw unknownIds(argument, row.missing);
    }
    return this.toPage(row.statements, first, row.total, after, orderBy, page.include);
  }

  /** A page of rows in `order`, each edge's cursor the row's key in that order. */
  private toPage(
    rows: StatementRow[],
    first: number,
    total: Total,
    after: string | null | undefined,
    order: StatementOrder,
    include: Include[],
  ): Connection<Statement> {
    return this.connectionOf(rows, { first, total, after, include, cursorOf: (row) => orderCursor(order, cursorKeysOf(row)) });
  }

  /**
   * Statement rows read for a page (of any list: `statements`, an entity's, a pair's) → its connection, each edge's
   * cursor made from its row (`cursorOf`, when a client reads it: the rows then hold their list order keys, as
   * statementIncludes asks), while its object holds only what the selection reads. Primes the loaders as `fromRow`
   * says.
   */
  connectionOf(
    rows: StatementRow[],
    page: { first: number; total: Total; after: string | null | undefined; include: Include[]; cursorOf: (row: StatementRow) => string },
  ): Connection<Statement> {
    const rowOf = new Map<Statement, StatementRow>();
    const shape = rowShape(page.include);
    const items = rows.filter(stillStored).map((row) => {
      const statement = this.fromRow(row, shape);
      rowOf.set(statement, row);
      return statement;
    });
    return toConnection(items, page.first, page.total, page.after, (s) => page.cursorOf(rowOf.get(s)!));
  }

  /** How many statements have one of these acts (and forms) or forms: index seeks, run only when asked for. */
  private async countByActsOrForms(acts: StatementAct[] | null, forms: StatementForm[] | null): Promise<number> {
    if (acts) return (await this.db.read('statement/count-by-act', { acts, forms }))[0].total;
    if (forms) return (await this.db.read('statement/count-by-form', { forms }))[0].total;
    throw new Error('statement/page.cypher counts unfiltered statements itself');
  }

  /** The subjects and what `aboutRelated` adds to each (`relatedSubjects`). */
  relatedSubjects(aboutIds: string[]): Promise<string[]> {
    return relatedSubjects(this.db, aboutIds);
  }

  /** One page of statements per entity in `ids` (same role and page arguments), in one statement. */
  private async byEntities(ids: string[], query: EntityStatementsQuery): Promise<Map<string, Connection<Statement>>> {
    const rows = await this.db.read('statement/by-entities', { ids, ...entityPageParams(query) });
    return new Map(rows.map((r) => [r.id, this.entityPage(query, r)]));
  }

  /**
   * A page of an entity's statements that another statement read along (cypher/fragments/entity-statements.cypher,
   * e.g. entity/with-statements): `ofEntity` with the same query answers it without a round trip.
   */
  primeEntityPage(id: string, query: EntityStatementsQuery, rows: { total: number; statements: StatementRow[] }): void {
    this.entityPages.prime({ id, args: query }, this.entityPage(query, rows));
  }

  private entityPage({ first, after, include }: EntityStatementsQuery, rows: { total: number; statements: StatementRow[] }): Connection<Statement> {
    return this.connectionOf(rows.statements, { first, total: rows.total, after, include: include ?? [], cursorOf: statementCursor });
  }

  private async linksOfStatements(ids: string[]): Promise<Map<string, StatementLinks>> {
    const rows = await this.db.read('statement/links', { ids, include: ALL_LINKS });
    return new Map(rows.map(({ statement }) => [statement.id, { ...NO_LINKS, ...toLinks(statement, ALL_LINK_FIELDS) }]));
  }

  /**
   * A statement row → its GraphQL object; what the row carries besides saves its fields a round trip. Evidence
   * spans stay on the object (EvidenceRepository.spansOf). Only a whole row's object (read with WHOLE_STATEMENT)
   * primes the by-id loader: another row holds only the properties its own selection reads. Links with whole
   * targets serve any selection of the statement in this request (`linkOf`); links with light targets go on the
   * returned object alone (`Statement.prefetched`), so another selection of the same statement that reads more of
   * a target still gets it whole.
   */
  private fromRow(row: StatementRow, shape: RowShape): Statement {
    const evidenceSpans = row.evidence ? this.evidence.spansOf(row.evidence) : undefined;
    const links = toLinks(row, shape.linkFields);
    const light = shape.linkFields.length > 0 && !shape.wholeTargets;
    const statement = Object.assign(toStatementOfRow(row, shape.properties), { evidenceSpans }, light ? { prefetched: links } : {});
    if (shape.whole) this.statements.prime(statement.id, light ? Object.assign(toStatementOfRow(row, shape.properties), { evidenceSpans }) : statement);
    if (shape.wholeTargets && shape.linkFields.length > 0) this.pageLinks.set(statement.id, { ...this.pageLinks.get(statement.id), ...links });
    return statement;
  }
}

/**
 * `aboutRelated`: the subjects and what it adds to each (cypher/statement/related-subjects.cypher); a subject id
 * that names nothing is BAD_USER_INPUT. Shared by `statements`, the counts and the statements export.
 */
export async function relatedSubjects(db: Pick<QueryRunner, 'read'>, aboutIds: string[]): Promise<string[]> {
  const rows = await db.read('statement/related-subjects', { ids: aboutIds, groupTypes: RELATED_GROUP_TYPES, eventTypes: RELATED_EVENT_TYPES });
  const found = new Set(rows.map((r) => r.id));
  const missing = aboutIds.filter((id) => !found.has(id) && categoryOf(id) !== 'STATEMENT');
  if (missing.length > 0) throw unknownIds('aboutIds', missing);
  return [...new Set([...aboutIds, ...rows.flatMap((r) => r.related)])];
}

/** A filter that names ids no entity or statement has: an empty page would hide the typo, so say which. */
export function unknownIds(argument: string, ids: string[]): BadInputError {
  const list = ids.map((id) => `"${id}"`).join(', ');
  return new BadInputError(`\`${argument}\` names no entity or statement with the id ${list}: look ids up with \`search\` or \`entities(nameContains:)\`.`, {
    argument,
    unknownIds: ids,
  });
}

/** What each row of a page read with one `$include` holds, worked out once for the page. */
interface RowShape {
  /** The stored properties in its `properties`, in order (statementPropertyNames). */
  properties: StatementProperty[];
  /** The link fields of its `links`, in order (statementLinkFields). */
  linkFields: StatementLinkField[];
  /** Whether its link targets are whole ('targets'), else only their light properties. */
  wholeTargets: boolean;
  /** Whether it holds every stored property (WHOLE_STATEMENT): its object may serve any selection. */
  whole: boolean;
}

function rowShape(include: readonly Include[]): RowShape {
  return {
    properties: statementPropertyNames(include),
    linkFields: statementLinkFields(include),
    wholeTargets: include.includes('targets'),
    whole: WHOLE_STATEMENT.every((field) => include.includes(field)),
  };
}

/**
 * False for a statement that a concurrent deleteArticle removed after this read matched it: Neo4j's read-committed
 * reads then see the node without its properties (bench/soak.ts found reads racing deletes answering
 * "Cannot return null for non-nullable field Statement.id"). Such a row is left out, as if read a moment later.
 */
function stillStored(row: { id: string | null }): boolean {
  return row.id !== null;
}

/** The links a row carries (`fields`: statementLinkFields of its `$include`) → by GraphQL field; a link the row was not asked for stays undefined. */
function toLinks(row: StatementRow, fields: readonly StatementLinkField[]): Partial<StatementLinks> {
  const entities = (list: LinkTargetNode[]) => (list as LinkedEntityNode[]).map(toEntity).sort(byId);
  const statements = (list: LinkTargetNode[]) => (list as LinkedStatementNode[]).filter(stillStored).map(toStatement).sort(byId);
  const targets = statementLinks(row, fields);
  const links: Partial<StatementLinks> = {};
  if (targets.speaker) links.speaker = entities(targets.speaker)[0] ?? null;
  if (targets.addressees) links.addressees = entities(targets.addressees);
  if (targets.about) links.about = targets.about.map(toEntityOrStatement).sort(byId);
  if (targets.event) links.event = (entities(targets.event)[0] as Event | undefined) ?? null;
  if (targets.reportedBy) links.reportedBy = entities(targets.reportedBy);
  if (targets.respondsTo) links.respondsTo = statements(targets.respondsTo)[0] ?? null;
  if (targets.responses) links.responses = statements(targets.responses);
  return links;
}
