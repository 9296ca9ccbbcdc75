/**
 * Counting questions: who spoke with whom how often (`interactions`, read from the Interaction aggregate), and how
 * many statements fall in each group (`statementCounts`, from the StatementGroup aggregate or the matched
 * statements). cypher/README.md describes both aggregates.
 */
import { Field, Int, registerEnumType } from 'type-graphql';
import { ObjectType } from '../common/object-type';
import type { InteractionRow, StatementGroupRow } from '../graph';
import { StatementGroupBy } from '../graph';
import { ConnectionType } from '../common/connection';
import { PartialDate, toPartialDate } from '../common/partial-date';
import { Entity, toEntity } from '../entity/entity.type';

export { StatementGroupBy };

registerEnumType(StatementGroupBy, {
  name: 'StatementGroupBy',
  description: 'What `statementCounts` groups statements by.',
  valuesConfig: {
    SPEAKER: { description: 'Who said it (SAID_BY). The narrator’s own statements have no speaker and fall in no group.' },
    ADDRESSEE: { description: 'To whom (ADDRESSED_TO). A statement said to two entities counts in both groups; one said to no one in none.' },
    ACT: { description: 'The speech act (ASSERTION, ACCUSATION, …): every statement in exactly one group.' },
    ABOUT: {
      description: 'What it is about (ABOUT): an entity or a statement (then `entity` is null). A statement about two things counts in both groups.',
    },
    EVENT: { description: 'Where it was said (MADE_AT). Statements made at no event fall in no group.' },
    MONTH: {
      description:
        'The month it was said, `2025-02`, when its date lies within one month (a DAY, a MONTH, or a WEEK or RANGE inside one month). A date that spans several months (a YEAR, or a WEEK or RANGE across months) is not put in any one of them: it is its own group, keyed by its value (`2025`, `2015-02/2025-02-24`). Undated statements are one group with the key null.',
    },
  },
});

@ObjectType({ description: 'How often one entity spoke to another: the statements SAID_BY the speaker and ADDRESSED_TO the addressee.' })
export class Interaction {
  @Field(() => Entity, { description: 'Who spoke.' })
  speaker: Entity;

  @Field(() => Entity, { description: 'To whom.' })
  addressee: Entity;

  @Field(() => Int, { description: 'How many statements the speaker addressed to the addressee.' })
  count: number;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'The date of the pair’s statement that can be the earliest (the smallest `earliest`), with its own precision; null when none is dated.',
  })
  firstDate: PartialDate | null;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'The date of the pair’s statement that can be the latest (the greatest `latest`), with its own precision; null when none is dated.',
  })
  lastDate: PartialDate | null;

  /** The keyset order key of the aggregate (cursor). */
  rank: string;
}

export const InteractionConnection = ConnectionType('Interaction', Interaction, 'speaker → addressee pairs');

export function toInteraction(row: InteractionRow): Interaction {
  return Object.assign(new Interaction(), {
    speaker: toEntity(row.speaker),
    addressee: toEntity(row.addressee),
    count: row.count,
    firstDate: row.first ? toPartialDate(row.first) : null,
    lastDate: row.last ? toPartialDate(row.last) : null,
    rank: row.rank,
  });
}

@ObjectType({ description: 'One group of `statementCounts`: its key, the entity the key names (if any) and how many statements it holds.' })
export class StatementCountGroup {
  @Field(() => String, {
    nullable: true,
    description:
      'An entity or statement id (SPEAKER, ADDRESSEE, ABOUT, EVENT), an act (ACT), or a month `2025-02` or coarser date value (MONTH; null: undated).',
  })
  key: string | null;

  @Field(() => Entity, { nullable: true, description: 'The entity the key names; null for acts, months and statements.' })
  entity: Entity | null;

  @Field(() => Int, { description: 'How many of the matching statements are in this group.' })
  count: number;
}

@ObjectType({ description: 'Statements counted by group, biggest group first (ties by key).' })
export class StatementCounts {
  @Field(() => StatementGroupBy, { description: 'What the groups are.' })
  groupBy: StatementGroupBy;

  @Field(() => Int, { description: 'How many statements match the filters (a statement may count in one group, several or none).' })
  totalCount: number;

  @Field(() => [StatementCountGroup], { description: 'The biggest `first` groups, biggest first, then by key.' })
  groups: StatementCountGroup[];
}

export function toGroup(row: StatementGroupRow): StatementCountGroup {
  return Object.assign(new StatementCountGroup(), { key: row.key ?? null, count: row.count, entity: row.entity ? toEntity(row.entity) : null });
}
