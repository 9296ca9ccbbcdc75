/**
 * The vocabulary of the stored graph, in one place: the kinds of entity, how precisely a date is known, how
 * and what a statement says, the link types the graph writes itself, and which relationship types annotations
 * may use. cypher/README.md describes the same model as stored; the seed validator (seed/annotations/), the
 * loader (seed/load.ts), the repositories and the GraphQL enums (src/common/enums.ts) all read these lists, so
 * adding a value here is the one edit that reaches every layer (and the schema drift test shows its effect).
 */

/** An enum-like object over a list of names (`EntityKind.PERSON === 'PERSON'`), as GraphQL enums register. */
function enumOf<const T extends string>(values: readonly T[]): { readonly [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T]: K };
}

export const ENTITY_KINDS = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'EVENT'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export const EntityKind = enumOf(ENTITY_KINDS);

/** EntityKind → the node label stored next to :Entity (an allow-list: labels never come from input). */
export const KIND_LABEL: Record<EntityKind, string> = { PERSON: 'Person', COUNTRY: 'Country', ORGANIZATION: 'Organization', EVENT: 'Event' };

export const DATE_PRECISIONS = ['DAY', 'WEEK', 'MONTH', 'YEAR', 'RANGE'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const DatePrecision = enumOf(DATE_PRECISIONS);

export const STATEMENT_FORMS = ['DIRECT_QUOTE', 'PARTIAL_QUOTE', 'PARAPHRASE', 'NARRATOR'] as const;
export type StatementForm = (typeof STATEMENT_FORMS)[number];
export const StatementForm = enumOf(STATEMENT_FORMS);

/** Forms whose `text` is the speaker's own words, found verbatim in the article. */
export const QUOTE_FORMS: ReadonlySet<StatementForm> = new Set(['DIRECT_QUOTE', 'PARTIAL_QUOTE']);

export const STATEMENT_ACTS = [
  'ASSERTION',
  'ACCUSATION',
  'DENIAL',
  'CRITICISM',
  'ANNOUNCEMENT',
  'INSTRUCTION',
  'INVITATION',
  'ACCEPTANCE',
  'ASSESSMENT',
  'REPORT',
  'PREDICTION',
  'PLEDGE',
] as const;
export type StatementAct = (typeof STATEMENT_ACTS)[number];
export const StatementAct = enumOf(STATEMENT_ACTS);

/** Relationships from a statement to what it links (cypher/seed/statement-links.cypher writes them). */
export const STATEMENT_LINK_TYPES = ['SAID_BY', 'ADDRESSED_TO', 'ABOUT', 'MADE_AT', 'REPORTED_BY', 'RESPONDS_TO'] as const;
export type StatementLinkType = (typeof STATEMENT_LINK_TYPES)[number];

/** Relationships that hold the article's structure: passages, mentions and evidence spans. */
export const STRUCTURE_LINK_TYPES = ['MENTIONED_IN', 'IN_PASSAGE', 'PART_OF', 'NEXT'] as const;

/** Types the graph writes itself; an annotated entity relation may not use them. */
export const RESERVED_TYPES: readonly string[] = [...STATEMENT_LINK_TYPES, ...STRUCTURE_LINK_TYPES];

/** How entity relation types (and event types) are spelled: LEADS, PARTICIPATED_IN, PHONE_CALL. */
export const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

export const STATEMENT_ROLES = ['SPEAKER', 'ADDRESSEE', 'SUBJECT'] as const;
export type StatementRole = (typeof STATEMENT_ROLES)[number];
export const StatementRole = enumOf(STATEMENT_ROLES);

/** StatementRole → the links it follows from a statement to the entity; no role means any part an entity plays. */
export const ROLE_LINKS: Record<StatementRole | 'ANY', readonly StatementLinkType[]> = {
  SPEAKER: ['SAID_BY'],
  ADDRESSEE: ['ADDRESSED_TO'],
  SUBJECT: ['ABOUT'],
  ANY: ['SAID_BY', 'ADDRESSED_TO', 'ABOUT', 'MADE_AT', 'REPORTED_BY'],
};

/**
 * What `aboutRelated` adds to a subject (cypher/statement/related-subjects.cypher): groups and forces that belong
 * to it (a relation of one of these types points from the group at the subject), and the events it or those groups
 * are tied to (one of these types, either direction). Other relation types (LEADS, PARTNER_OF, BLAMED, …) link
 * distinct actors, whose statements are not about the subject.
 */
export const RELATED_GROUP_TYPES: readonly string[] = ['ARMED_FORCES_OF', 'MEMBER_OF'];
export const RELATED_EVENT_TYPES: readonly string[] = ['PARTICIPATED_IN', 'EXCLUDED_FROM', 'INVITED_TO', 'HELD_IN'];

/** The kinds of node search and graph views return: the entity kinds plus statements. */
export const SEARCH_KINDS = [...ENTITY_KINDS, 'STATEMENT'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SearchKind = enumOf(SEARCH_KINDS);

/** A statement's stored `sortDay` when it is undated, so undated statements sort last (cypher/seed/statements.cypher). */
export const UNDATED_SORT_DAY = '9999-12-31';

/**
 * Digits of the count in an entity's stored order keys `mentionsKey` and `degreeKey` (cypher/seed/entity-counts.cypher):
 * zero-padded so that string order is count order.
 */
export const COUNT_KEY_DIGITS = 10;

/**
 * An entity's stored order key for a count (`mentionsKey`, `degreeKey`): the count zero-padded, a space, the id.
 * One string orders by (count, id), so a range index on it walks a page from a cursor exactly, ties included.
 * cypher/seed/entity-counts.cypher writes the same; the API builds it from a cursor's (count, id).
 */
export function countSortKey(count: number, id: string): string {
  return `${String(count).padStart(COUNT_KEY_DIGITS, '0')} ${id}`;
}

/**
 * How statementCounts groups statements: by the entity a link points at (SPEAKER: SAID_BY, ADDRESSEE:
 * ADDRESSED_TO, ABOUT, EVENT: MADE_AT), by act, or by month (cypher/fragments/statement-month.cypher).
 */
export const STATEMENT_GROUP_BYS = ['SPEAKER', 'ADDRESSEE', 'ACT', 'ABOUT', 'EVENT', 'MONTH'] as const;
export type StatementGroupBy = (typeof STATEMENT_GROUP_BYS)[number];
export const StatementGroupBy = enumOf(STATEMENT_GROUP_BYS);
