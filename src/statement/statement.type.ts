/**
 * Statements are nodes (cypher/README.md): an n-ary fact "who said what, to whom, about what, at which event,
 * reported by whom". The links are field resolvers (statement.resolver.ts), fetched for a whole batch of
 * statements at once.
 */
import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityOrStatementNode, StatementNode } from '../graph';
import { ConnectionType } from '../common/connection';
import { StatementAct, StatementForm } from '../common/enums';
import { PartialDate, toPartialDate } from '../common/partial-date';
import { Entity, toEntity } from '../entity/entity.type';
import { Node } from '../node/node.type';

@ObjectType({ implements: Node, description: 'Something someone said according to the article (not a claim that it is true), with the words that support it.' })
export class Statement implements Node {
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

  /** Resolved to `evidence`. */
  evidenceIds: string[];
}

export const StatementConnection = ConnectionType('Statement', Statement, 'statements');

export function toStatement(row: StatementNode): Statement {
  return Object.assign(new Statement(), {
    id: row.id,
    text: row.text,
    form: row.form,
    act: row.act,
    date: toPartialDate(row),
    evidenceIds: row.evidenceIds ?? [],
  });
}

/** A stored node that is an entity (it has a `kind`) or a statement → its GraphQL object. */
export function toEntityOrStatement(row: EntityOrStatementNode): Entity | Statement {
  return 'kind' in row ? toEntity(row) : toStatement(row);
}
