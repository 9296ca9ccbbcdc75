/**
 * Statements are nodes (cypher/README.md): an n-ary fact "who said what, to whom, about what, at which event,
 * reported by whom". The links are field resolvers (statement.resolver.ts), fetched for a whole batch of
 * statements at once.
 */
import { Field, ID } from 'type-graphql';
import { ObjectType } from '../common/object-type';
import type { EntityNode, LinkedEntityNode, LinkedStatementNode, StatementProperty, StatementRow } from '../graph';
import { categoryOf, statementProperties } from '../graph';
import { ConnectionType } from '../common/connection';
import { StatementAct, StatementForm } from '../common/enums';
import { PartialDate, toPartialDate } from '../common/partial-date';
import type { Event } from '../entity/entity.type';
import { Entity, toEntity } from '../entity/entity.type';
import { Node } from '../node/node.type';
import type { Evidence, EvidenceOwner } from '../evidence/evidence.type';

@ObjectType({ implements: Node, description: 'Something someone said according to the article (not a claim that it is true), with the words that support it.' })
export class Statement implements Node, EvidenceOwner {
  readonly __typename = 'Statement';

  @Field(() => ID, { description: 'e.g. `statement:xi-no-third-party`.' })
  id: string;

  @Field({ description: 'The quoted words (DIRECT_QUOTE, PARTIAL_QUOTE) or the article’s paraphrase.' })
  text: string;

  @Field(() => StatementForm, { description: 'How the article renders it: quote, partial quote, paraphrase or the narrator’s voice.' })
  form: StatementForm;

  @Field(() => StatementAct, { description: 'What the speaker does by saying it: assertion, accusation, denial, …' })
  act: StatementAct;

  @Field(() => PartialDate, { nullable: true, description: 'When it was said, as precisely as the article says.' })
  date: PartialDate | null;

  /** Resolved to `evidence` (EvidenceRepository.of). */
  evidenceIds: string[];
  evidenceSpans?: Evidence[];

  /**
   * The links the page statement that produced this object already fetched for the client's selection (possibly
   * only some links, with light targets: cypher/fragments/statement-extras.cypher); the link fields read these
   * before asking the batched loader. Held by this object alone, never primed into a loader another selection of
   * the same statement could read.
   */
  prefetched?: Partial<StatementLinks>;
}

/** What a statement links to, by GraphQL field (fetched for a batch of statements: statement/links.cypher). */
export interface StatementLinks {
  speaker: Entity | null;
  addressees: Entity[];
  about: (Entity | Statement)[];
  event: Event | null;
  reportedBy: Entity[];
  respondsTo: Statement | null;
  responses: Statement[];
}

export const StatementConnection = ConnectionType('Statement', Statement, 'statements');

export function toStatement(row: LinkedStatementNode): Statement {
  return Object.assign(new Statement(), {
    id: row.id,
    text: row.text,
    form: row.form,
    act: row.act,
    date: toPartialDate(row),
    evidenceIds: row.evidenceIds ?? [],
  });
}

/**
 * A statement row (cypher/fragments/statement-row.cypher) → its object, `names` the properties its `$include` named
 * (statementPropertyNames). The row holds only those, so a property the client's selection does not read may be missing here: such an
 * object serves that selection alone (StatementRepository primes a loader only with a whole row's object).
 */
export function toStatementOfRow(row: StatementRow, names: readonly StatementProperty[]): Statement {
  const properties = statementProperties(row, names);
  const { text, form, act, evidenceIds } = properties;
  return Object.assign(new Statement(), { id: row.id, text, form, act, date: toPartialDate(properties), evidenceIds: evidenceIds ?? [] });
}

/** A stored node that is an entity or a statement (its id says which) → its GraphQL object. */
export function toEntityOrStatement(row: EntityNode | LinkedEntityNode | LinkedStatementNode): Entity | Statement {
  return categoryOf(row.id) === 'STATEMENT' ? toStatement(row as LinkedStatementNode) : toEntity(row as LinkedEntityNode);
}
