/**
 * Plain entity-to-entity facts (cypher/README.md, relationships): `LEADS`, `REPRESENTS`, `PARTICIPATED_IN`, … with a role, an
 * optional date, Wikidata-style qualifiers and the evidence that supports them.
 */
import { Field, ID } from 'type-graphql';
import { ObjectType } from '../common/object-type';
import type { RelationshipRow } from '../graph';
import type { Entity } from '../entity/entity.type';
import type { Evidence, EvidenceOwner } from '../evidence/evidence.type';
import { ConnectionType } from '../common/connection';
import { PartialDate, toPartialDate } from '../common/partial-date';

@ObjectType({ description: 'A qualifier of a relation (Wikidata style), e.g. `count: "more than 40"`.' })
export class Qualifier {
  @Field({ description: 'The qualifier’s name, e.g. "count" or "period".' })
  key: string;

  @Field({ description: 'Its value as text, e.g. "more than 40" (numbers and booleans are written out).' })
  value: string;
}

@ObjectType({ description: 'A fact linking two entities, e.g. Xi Jinping LEADS China (role "President"), with its evidence.' })
export class Relation implements EvidenceOwner {
  @Field(() => ID, { description: '`<TYPE>:<from id>-><to id>`, e.g. `LEADS:person:xi-jinping->country:china`.' })
  id: string;

  @Field({ description: 'The relationship type in UPPER_SNAKE_CASE: LEADS, DIRECTS, REPRESENTS, PARTICIPATED_IN, INVADED, PARTNER_OF, INVITED_TO, …' })
  type: string;

  fromId: string;
  toId: string;
  /** Both ends, when the statement that read the relation read them along: `from` and `to` answer without a promise. */
  ends?: { from: Entity; to: Entity };

  @Field(() => String, { nullable: true, description: 'The role the `from` entity has, e.g. "President" or "top diplomat".' })
  role: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'When the fact held or happened, as precisely as the article says.' })
  date: PartialDate | null;

  @Field(() => [Qualifier], { description: 'Further qualifiers, e.g. `count: "more than 40"`, `period: "In the last ten years"`.' })
  qualifiers: Qualifier[];

  /** Resolved to `evidence` (EvidenceRepository.of). */
  evidenceIds: string[];
  evidenceSpans?: Evidence[];
}

export const RelationConnection = ConnectionType('Relation', Relation, 'relations');

function parseQualifiers(json: string | undefined): Qualifier[] {
  if (!json) return [];
  const object = JSON.parse(json) as Record<string, unknown>;
  return Object.entries(object).map(([key, value]) => Object.assign(new Qualifier(), { key, value: String(value) }));
}

/** A row of `r { .*, type, fromId, toId }` → Relation. */
export function toRelation(row: RelationshipRow): Relation {
  if (row.id === undefined) throw new Error(`a ${row.type} link from ${row.fromId} is not an entity relation (it has no id)`);
  return Object.assign(new Relation(), {
    id: row.id,
    type: row.type,
    fromId: row.fromId,
    toId: row.toId,
    role: row.role ?? null,
    date: toPartialDate(row),
    qualifiers: parseQualifiers(row.qualifiers),
    evidenceIds: row.evidenceIds ?? [],
  });
}
