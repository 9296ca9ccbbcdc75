/**
 * The seed's resolved model: what an article folder becomes after validation and quote resolution, and what
 * the Neo4j loader writes. This is the contract between `seed/annotations/` (parse + validate + resolve) and
 * `seed/load.ts` (write). Offsets are 0-based, end-exclusive, JavaScript string units over `ResolvedArticle.text`,
 * and `quote === text.slice(start, end)` always holds. Ids and vocabulary follow src/graph/.
 */

import type { EntityKind, PartialDateValue, StatementAct, StatementForm } from '../src/graph';

/** A span of the article's text that supports a fact. */
export interface ResolvedEvidence {
  start: number;
  end: number;
  quote: string;
  /** Index of the passage (paragraph) that contains the span. */
  passageIndex: number;
}

/** A reported date with its honest precision (src/graph/dates.ts). */
export type ResolvedDate = PartialDateValue;

export interface ResolvedPassage {
  id: string; // passageId(articleId, index)
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface ResolvedEntity {
  id: string; // person:xi-jinping, country:china, organization:nato, event:2025-02-24-xi-putin-call
  kind: EntityKind;
  name: string;
  aliases: string[];
  description?: string;
  /** Only for EVENT. */
  eventType?: string;
  date?: ResolvedDate;
  /** Every place the article names the entity (by name or alias); gives MENTIONED_IN edges to passages. */
  mentions: ResolvedEvidence[];
  /**
   * Optional (added for EVENT entities, always present on them): the annotated spans where the article reports
   * the event, e.g. "over the phone". Absent on other entities unless annotated.
   */
  evidence?: ResolvedEvidence[];
}

export interface ResolvedStatement {
  id: string; // statement:xi-no-third-party
  text: string; // the quoted words (DIRECT/PARTIAL_QUOTE) or the article's paraphrase
  form: StatementForm;
  act: StatementAct;
  speakerId: string;
  addresseeIds: string[];
  aboutIds: string[]; // entities, events or statements
  eventId?: string; // MADE_AT
  reportedByIds: string[];
  respondsToId?: string;
  date?: ResolvedDate;
  evidence: ResolvedEvidence[];
}

export interface ResolvedRelation {
  id: string; // relationId(type, fromId, toId) unless given
  type: string; // LEADS, DIRECTS, REPRESENTS, PARTICIPATED_IN, INVADED, PARTNER_OF, INVITED_TO, MEMBER_OF, ...
  fromId: string;
  toId: string;
  role?: string;
  date?: ResolvedDate;
  /** Wikidata-style qualifiers, e.g. { count: "more than 40", period: "In the last ten years" }. */
  qualifiers: Record<string, string | number | boolean>;
  evidence: ResolvedEvidence[];
}

export interface ResolvedArticle {
  id: string; // article:2025-02-24-xi-putin-no-limits
  title: string;
  publishedOn: string; // YYYY-MM-DD
  source?: string;
  language: string;
  text: string;
  textSha256: string;
  passages: ResolvedPassage[];
  entities: ResolvedEntity[];
  statements: ResolvedStatement[];
  relations: ResolvedRelation[];
}
