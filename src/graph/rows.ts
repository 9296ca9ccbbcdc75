/**
 * The stored row shapes: what the seed step writes (the `…Write` rows it sends to cypher/seed/*.cypher) and what
 * the API's Cypher reads back (`…Node` property maps, as src/db/values.ts converts them: DATE values become ISO
 * strings, integers numbers). cypher/README.md is the same model as a table. Properties Neo4j stores as null are
 * absent from a read map, hence the optional fields. The `.cypher` headers name these types, and
 * `npm run cypher:types` turns the headers into the typed catalog (src/db/queries.generated.ts).
 */
import type { PartialDateValue } from './dates';
import type { DatePrecision, EntityKind, SearchKind, StatementAct, StatementForm, StatementGroupBy, StatementLinkType } from './vocabulary';

/** The date properties of events, statements and relationships, as read. */
export interface StoredDate {
  date?: string;
  datePrecision?: DatePrecision;
  dateEarliest?: string;
  dateLatest?: string;
  dateText?: string;
}

export interface ArticleNode {
  id: string;
  title: string;
  publishedOn: string;
  language: string;
  source?: string;
  text: string;
  textSha256: string;
  contentSha256: string;
}

export interface PassageNode {
  id: string;
  articleId: string;
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface EvidenceNode {
  id: string;
  articleId: string;
  passageId: string;
  start: number;
  end: number;
  quote: string;
}

export interface EntityNode extends StoredDate {
  id: string;
  kind: EntityKind;
  name: string;
  aliases?: string[];
  aliasText?: string;
  searchKey?: string;
  description?: string;
  /** Events only. */
  eventType?: string;
  evidenceIds?: string[];
  /** Evidence spans over MENTIONED_IN and distinct entity-to-entity relations (cypher/seed/entity-counts.cypher). */
  mentionCount?: number;
  degree?: number;
  /** List order keys: countSortKey(mentionCount | degree, id) (src/graph/vocabulary.ts). */
  mentionsKey?: string;
  degreeKey?: string;
}

export interface StatementNode extends StoredDate {
  id: string;
  text: string;
  form: StatementForm;
  act: StatementAct;
  evidenceIds?: string[];
  sortDay: string;
  /** List order keys (cypher/seed/statements.cypher): unique, so a page walks an index without ties. */
  dateKey: string;
  speakerKey: string;
}

/** An Entity or a Statement node (statement ABOUT targets, graph views): their ids tell them apart (categoryOf). */
export type EntityOrStatementNode = EntityNode | StatementNode;

/** A statement as another statement's link target reads it: no list order key (cypher/fragments/link-target.cypher). */
export type LinkedStatementNode = Omit<StatementNode, 'sortDay'>;

/** A full-text hit (cypher/search/fulltext.cypher). */
export interface SearchHitRow {
  node: EntityOrStatementNode;
  kind: SearchKind;
  score: number;
}

/**
 * A relationship between entities or from a statement, as graph views read it: its own properties plus its type
 * and ends. Entity relations have an id, role, qualifiers (a JSON object as a string) and evidence; statement
 * links have none of those.
 */
export interface RelationshipRow extends StoredDate {
  type: string;
  fromId: string;
  toId: string;
  id?: string;
  role?: string;
  qualifiers?: string;
  evidenceIds?: string[];
}

// ---- rows with what the client's selection asks for besides the properties ($include; cypher/fragments/) ----

/** What a row may carry besides its properties, as the client's selection asks (the `$include` parameter). */
export type Include = (typeof INCLUDES)[number];

/** A statement's links, named by the GraphQL fields that read them (cypher/fragments/statement-extras.cypher). */
export const STATEMENT_LINK_FIELDS = ['speaker', 'addressees', 'about', 'event', 'reportedBy', 'respondsTo', 'responses'] as const;
export type StatementLinkField = (typeof STATEMENT_LINK_FIELDS)[number];

/**
 * A statement's stored properties that a row carries only when `$include` names them (cypher/fragments/statement-row.cypher),
 * as one list of values in this order: `statementProperties` reads them back.
 */
export const STATEMENT_PROPERTIES = ['text', 'form', 'act', 'date', 'datePrecision', 'dateText', 'evidenceIds'] as const;
export type StatementProperty = (typeof STATEMENT_PROPERTIES)[number];

/** The stored properties each GraphQL field of a statement reads (`date` computes its first and last day from them). */
export const STATEMENT_FIELD_PROPERTIES: Readonly<Record<'text' | 'form' | 'act' | 'date', readonly StatementProperty[]>> = {
  text: ['text'],
  form: ['form'],
  act: ['act'],
  date: ['date', 'datePrecision', 'dateText'],
};

/**
 * Every value `$include` knows: a statement's properties, its links by GraphQL field, whole link targets, its list
 * order keys (for cursors), evidence spans and their passages (or only their offsets and words), relation ends,
 * mentions.
 */
export const INCLUDES = [
  ...STATEMENT_PROPERTIES,
  ...STATEMENT_LINK_FIELDS,
  'targets',
  'cursors',
  'evidence',
  'passages',
  'quotesOnly',
  'ends',
  'mentions',
] as const;

/**
 * What makes a statement row whole: every stored property, so its object can serve any selection of that
 * statement (a by-id loader may keep it).
 */
export const WHOLE_STATEMENT: readonly Include[] = STATEMENT_PROPERTIES;

/**
 * An evidence span, in text order among its owner's (cypher/fragments/evidence-spans.cypher): whole, with its
 * passage when asked for, or only its offsets and words ('quotesOnly').
 */
export type EvidenceRow = WholeEvidenceRow | Pick<EvidenceNode, 'start' | 'end' | 'quote'>;

export interface WholeEvidenceRow extends EvidenceNode {
  passage?: PassageNode | null;
}

/** Whether an evidence row is whole (it has its id), not only offsets and words. */
export function isWholeEvidence(row: EvidenceRow): row is WholeEvidenceRow {
  return 'id' in row;
}

/** An entity as a statement's light link target reads it: no `kind`, which its id names (entityKindOf, src/graph/ids.ts). */
export type LinkedEntityNode = Omit<EntityNode, 'kind'> & Partial<Pick<EntityNode, 'kind'>>;

/** A statement's link target, whole or with only its light properties (cypher/fragments/link-target.cypher). */
export type LinkTargetNode = LinkedEntityNode | LinkedStatementNode;

/** A statement's list order keys, which its cursors are made of (cypher/seed/statements.cypher writes them). */
export type StatementCursorKeys = Pick<StatementNode, 'sortDay' | 'dateKey' | 'speakerKey'>;

/**
 * A statement with the properties, links and evidence asked for: `id` always; `cursorKeys` when `$include` holds
 * 'cursors' (null otherwise); `properties` the values of the STATEMENT_PROPERTIES `$include` names, in that order
 * (`statementProperties`); `links` a list of targets per link field it names, in STATEMENT_LINK_FIELDS order
 * (`statementLinkFields`);
 * `evidence` null unless asked for. Lists rather than maps: a page of 50 rows then carries no property or link
 * names, which the driver would decode one string at a time.
 */
export interface StatementRow extends Pick<StatementNode, 'id'> {
  cursorKeys: StatementCursorKeys | null;
  properties: unknown[];
  links: LinkTargetNode[][];
  evidence: EvidenceRow[] | null;
}

/** The list order keys of a row read with 'cursors' (a row read without them is a bug in its `$include`). */
export function cursorKeysOf(row: StatementRow): StatementCursorKeys {
  if (!row.cursorKeys) throw new Error(`statement row ${row.id} was read without 'cursors' in its $include, so it has no cursor`);
  return row.cursorKeys;
}

/** The values of `among` that a `$include` holds, in `among`'s order (a row's lists follow that order). */
function includedOf<N extends Include>(include: readonly Include[], among: readonly N[]): N[] {
  return among.filter((name) => include.includes(name));
}

/** The link fields a `$include` names, in STATEMENT_LINK_FIELDS order: whose targets each list of a row's `links` holds. */
export function statementLinkFields(include: readonly Include[]): StatementLinkField[] {
  return includedOf(include, STATEMENT_LINK_FIELDS);
}

/** The links a statement row carries, by the link fields its `$include` gave (statementLinkFields); others absent. */
export function statementLinks(row: StatementRow, fields: readonly StatementLinkField[]): Partial<Record<StatementLinkField, LinkTargetNode[]>> {
  const links: Partial<Record<StatementLinkField, LinkTargetNode[]>> = {};
  fields.forEach((field, i) => (links[field] = row.links[i]));
  return links;
}

/** The STATEMENT_PROPERTIES a `$include` names, in that list's order: what each value of a row's `properties` is. */
export function statementPropertyNames(include: readonly Include[]): StatementProperty[] {
  return includedOf(include, STATEMENT_PROPERTIES);
}

/** The properties a statement row carries, read back with the names its `$include` gave (statementPropertyNames). */
export function statementProperties(
  row: StatementRow,
  names: readonly StatementProperty[],
): Partial<Omit<StatementNode, 'id' | 'sortDay' | 'dateKey' | 'speakerKey'>> {
  const properties: Record<string, unknown> = {};
  names.forEach((name, i) => {
    if (row.properties[i] != null) properties[name] = row.properties[i];
  });
  return properties;
}

/** An entity relation with its ends and evidence when asked for (null otherwise). */
export interface RelationRow extends RelationshipRow {
  from: EntityNode | null;
  to: EntityNode | null;
  evidence: EvidenceRow[] | null;
}

/** An entity with its mentions (and, for an event, its evidence) when asked for. */
export interface EntityRow extends EntityNode {
  mentions?: EvidenceNode[] | null;
  evidence?: EvidenceRow[] | null;
}

// ---- what the seed step writes (one row per node or relationship) --------------------------------------------

export interface ArticleWrite {
  id: string;
  title: string;
  publishedOn: string;
  language: string;
  source: string | null;
  text: string;
  textSha256: string;
  contentSha256: string;
}

export interface PassageWrite {
  id: string;
  index: number;
  start: number;
  end: number;
  text: string;
  previousId: string | null;
}

export interface EvidenceWrite {
  id: string;
  passageId: string;
  start: number;
  end: number;
  quote: string;
}

export interface EntityWrite {
  id: string;
  /** KIND_LABEL of the kind: the label stored next to :Entity. */
  label: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  eventType: string | null;
  evidenceIds: string[];
  date: PartialDateValue | null;
  /** Its search scope tokens from this article (src/graph/search-scope.ts); they accumulate across articles. */
  scopeTokens: string[];
}

export interface MentionWrite {
  entityId: string;
  passageId: string;
  evidenceIds: string[];
}

export interface StatementWrite {
  id: string;
  text: string;
  form: StatementForm;
  act: StatementAct;
  evidenceIds: string[];
  date: PartialDateValue | null;
  sortDay: string;
  /** The speaker entity (null for the narrator): its stored name goes into `speakerKey`. */
  speakerId: string | null;
  /** Search scope tokens (src/graph/search-scope.ts). */
  scopeTokens: string[];
}

export interface StatementLinkWrite {
  statementId: string;
  type: StatementLinkType;
  targetId: string;
  /** Which unique index finds the target. */
  targetLabel: 'Entity' | 'Statement';
}

export interface RelationWrite {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  role: string | null;
  /** The qualifiers as a JSON object string (Neo4j properties cannot hold maps). */
  qualifiers: string;
  evidenceIds: string[];
  date: PartialDateValue | null;
}

// ---- aggregates the seed step keeps for counting questions (cypher/seed/interactions.cypher, statement-groups.cypher) ----

/** A speaker → addressee pair as read from its Interaction aggregate (cypher/fragments/interaction-row.cypher). */
export interface InteractionRow {
  speaker: EntityNode;
  addressee: EntityNode;
  count: number;
  /** The keyset order key: inverted count, speaker id, addressee id. */
  rank: string;
  /** The date of the pair's statement with the earliest `dateEarliest`, null when none is dated. */
  first: StoredDate | null;
  /** The date of the pair's statement with the latest `dateLatest`, null when none is dated. */
  last: StoredDate | null;
}

/** One speaker → addressee pair whose statements are asked for (cypher/interaction/statements.cypher). */
export interface InteractionPair {
  speakerId: string;
  addresseeId: string;
}

/** How many of some statements are in one StatementGroup (cypher/seed/group-keys.cypher). */
export interface StatementGroupCount {
  groupBy: StatementGroupBy;
  key: string | null;
  count: number;
}

/** What an article's writes changed in one StatementGroup's count (cypher/seed/statement-groups.cypher). */
export interface StatementGroupDelta {
  groupBy: StatementGroupBy;
  key: string | null;
  delta: number;
}

/** One group of a statementCounts answer: its key (an id, an act, a month; null for undated), count and entity. */
export interface StatementGroupRow {
  key: string | null;
  count: number;
  entity: EntityNode | null;
}
