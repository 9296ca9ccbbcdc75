/**
 * The orders of `entities(orderBy:)`. NAME walks the name index (ties on a name by id); MENTIONS and DEGREE walk
 * the stored keys `mentionsKey` and `degreeKey` (cypher/seed/entity-counts.cypher: count, then id, in one unique
 * string), so every order reads a page from its index at the cursor instead of sorting the label. DESC is the
 * exact reverse of ASC, ties included. A cursor names its order and direction in its list tag, so a cursor of one
 * order replayed against another is BAD_USER_INPUT (src/common/cursor.ts), like a forged one; NAME ASC keeps the
 * tag the list always had, so its cursors stay valid.
 */
import { Field, InputType, registerEnumType } from 'type-graphql';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { OrderDirection } from '../common/enums';
import { countSortKey } from '../graph';
import type { Entity } from './entity.type';

export enum EntityOrderField {
  NAME = 'NAME',
  MENTIONS = 'MENTIONS',
  DEGREE = 'DEGREE',
}

registerEnumType(EntityOrderField, {
  name: 'EntityOrderField',
  description: 'What `entities` are ordered by; ties go by id.',
  valuesConfig: {
    NAME: { description: 'The canonical name.' },
    MENTIONS: { description: '`mentionCount`: how many places in the articles name the entity.' },
    DEGREE: { description: '`degree`: how many relations link the entity to other entities.' },
  },
});

@InputType({ description: 'How to order `entities`: DESC is the exact reverse of ASC (ties by id, reversed too).' })
export class EntityOrder {
  @Field(() => EntityOrderField, { defaultValue: EntityOrderField.NAME, description: 'What to order by (default NAME).' })
  field: EntityOrderField = EntityOrderField.NAME;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Which way (default ASC).' })
  direction: OrderDirection = OrderDirection.ASC;
}

export const DEFAULT_ENTITY_ORDER: EntityOrder = { field: EntityOrderField.NAME, direction: OrderDirection.ASC };

/** The stored key of each count order: a literal of entity/page-by-count.cypher's variants. */
const COUNT_KEY = { MENTIONS: 'mentionsKey', DEGREE: 'degreeKey' } as const;
export type CountKey = (typeof COUNT_KEY)[keyof typeof COUNT_KEY];

/** Above every stored count key (they start with an ASCII digit): the open upper end of a range. */
const TOP = '\uffff';

const listTag = ({ field, direction }: EntityOrder): string =>
  field === EntityOrderField.NAME && direction === OrderDirection.ASC ? 'entities' : `entities:${field}:${direction}`;

/** The value an entity is ordered by before its id. */
const sortValue = (order: EntityOrder, e: Entity): string | number =>
  order.field === EntityOrderField.MENTIONS ? e.mentionCount : order.field === EntityOrderField.DEGREE ? e.degree : e.name;

/** The cursor of an entity in this order: (value, id), tagged with the order. */
export function entityOrderCursor(order: EntityOrder, e: Entity): string {
  return encodeCursor(listTag(order), [sortValue(order, e), e.id]);
}

/** Where a page starts: after the cursor's (value, id), or at the beginning (null); BAD_USER_INPUT for a cursor of another order. */
export function cursorKey(order: EntityOrder, after: string | null | undefined): [string | number, string] | null {
  if (!after) return null;
  return order.field === EntityOrderField.NAME
    ? decodeCursor(after, listTag(order), ['string', 'string'])
    : decodeCursor(after, listTag(order), ['count', 'string']);
}

/** A count order's page: the variant's key and direction, and the keys strictly between `above` and `below`. */
export interface CountRange {
  key: CountKey;
  dir: OrderDirection;
  above: string;
  below: string;
}

export function countRange(order: EntityOrder, after: [string | number, string] | null): CountRange {
  if (order.field === EntityOrderField.NAME) throw new Error('countRange is for the count orders');
  const afterKey = after ? countSortKey(after[0] as number, after[1]) : null;
  const key = COUNT_KEY[order.field];
  return order.direction === OrderDirection.ASC
    ? { key, dir: order.direction, above: afterKey ?? '', below: TOP }
    : { key, dir: order.direction, above: '', below: afterKey ?? TOP };
}
