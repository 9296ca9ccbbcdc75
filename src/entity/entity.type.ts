/**
 * People, countries, organizations and events (src/graph/vocabulary.ts): one GraphQL object type per kind, all behind
 * the `Entity` interface. Its stored `kind` picks the class (toEntity), which names the concrete type
 * (src/node/node.type.ts says how), so resolving it needs no extra query. `relations`, `statements` and `mentions`
 * are field resolvers declared once on the interface (entity.resolver.ts) and inherited by every kind.
 */
import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { ObjectType } from '../common/object-type';
import type { EntityNode, LinkedEntityNode } from '../graph';
import { entityKindOf } from '../graph';
import type { Evidence, EvidenceOwner } from '../evidence/evidence.type';
import { ConnectionType } from '../common/connection';
import { EntityKind } from '../common/enums';
import { PartialDate, toPartialDate } from '../common/partial-date';
import { Node } from '../node/node.type';

@InterfaceType({
  implements: Node,
  description:
    'Something the article is about: a person, country, organization or event. One node per real-world thing; the words the article uses for it are `aliases`.',
})
export abstract class Entity implements Node {
  __typename: string;

  @Field(() => ID, { description: 'Stable, readable id: `person:xi-jinping`, `country:china`, `event:2025-02-24-xi-putin-call`.' })
  id: string;

  @Field({ description: 'The canonical name, e.g. "Xi Jinping".' })
  name: string;

  @Field(() => EntityKind, { description: 'What the entity is.' })
  kind: EntityKind;

  @Field(() => [String], { description: 'Other names the article uses, e.g. "Xi". Titles are not aliases: they are relation roles.' })
  aliases: string[];

  @Field(() => String, { nullable: true, description: 'A short description, when the annotations give one.' })
  description: string | null;

  @Field(() => Int, {
    description:
      'How many places in the articles name the entity (by name or alias): the number of its `mentions`. Stored by the seed step, so reading it costs nothing.',
  })
  mentionCount: number;

  @Field(() => Int, {
    description:
      'How many relations link the entity to another entity, either direction (LEADS, REPRESENTS, PARTICIPATED_IN, …): the `totalCount` of `relations`. Statements (SAID_BY, ABOUT, …) and mentions do not count. Stored by the seed step.',
  })
  degree: number;
}

@ObjectType({ implements: [Node, Entity], description: 'A person, e.g. Xi Jinping.' })
export class Person extends Entity {}

@ObjectType({ implements: [Node, Entity], description: 'A country (or its government), e.g. China.' })
export class Country extends Entity {}

@ObjectType({ implements: [Node, Entity], description: 'An organization, e.g. NATO or the Carnegie Russia Eurasia Center.' })
export class Organization extends Entity {}

@ObjectType({ implements: [Node, Entity], description: 'Something that happened: a phone call, an invasion, talks, a conference, a celebration.' })
export class Event extends Entity implements EvidenceOwner {
  @Field(() => String, { nullable: true, description: 'What sort of event, e.g. PHONE_CALL, INVASION, CONFERENCE.' })
  eventType: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'When it happened, as precisely as the article says.' })
  date: PartialDate | null;

  /** Resolved to `evidence` by EventResolver (EvidenceRepository.of). */
  evidenceIds: string[];
  evidenceSpans?: Evidence[];
}

export const EntityConnection = ConnectionType('Entity', Entity, 'entities');
export const EventConnection = ConnectionType('Event', Event, 'events');

const CLASS_BY_KIND: Record<EntityKind, new () => Entity> = {
  [EntityKind.PERSON]: Person,
  [EntityKind.COUNTRY]: Country,
  [EntityKind.ORGANIZATION]: Organization,
  [EntityKind.EVENT]: Event,
};

/**
 * A stored `:Entity` node's properties → its GraphQL object (kind picks the class: an allow-list). A light link
 * target has no `kind`: its id's prefix names it.
 */
export function toEntity(row: EntityNode | LinkedEntityNode): Entity {
  const kind = row.kind ?? entityKindOf(row.id)!;
  const Class = CLASS_BY_KIND[kind];
  if (!Class) throw new Error(`entity ${row.id} has an unknown kind ${String(kind)}`);
  const entity = Object.assign(new Class(), {
    __typename: Class.name,
    id: row.id,
    name: row.name,
    kind,
    aliases: row.aliases ?? [],
    description: row.description ?? null,
    mentionCount: row.mentionCount ?? 0,
    degree: row.degree ?? 0,
  });
  if (entity instanceof Event) {
    entity.eventType = row.eventType ?? null;
    entity.date = toPartialDate(row);
    entity.evidenceIds = row.evidenceIds ?? [];
  }
  return entity;
}
