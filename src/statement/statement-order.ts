/**
 * The orders of `statements(orderBy:)`. Each is one stored key (cypher/seed/statements.cypher): `dateKey` for
 * DATE (date, then id; undated last) and `speakerKey` for SPEAKER (speaker's name, then date, then id; the
 * narrator's statements last). Both are unique, so a keyset cursor is the key of the last row, and a page is the
 * keys strictly after it in the chosen direction: one range of the key's index (statement/page.cypher).
 * A cursor names its order and direction in its list tag, so a cursor of one order replayed against another is
 * BAD_USER_INPUT (src/common/cursor.ts), like a forged one.
 */
import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../common/enums';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { StatementNode } from '../graph';

export enum StatementOrderField {
  DATE = 'DATE',
  SPEAKER = 'SPEAKER',
}

registerEnumType(StatementOrderField, {
  name: 'StatementOrderField',
  description: 'What `statements` are ordered by.',
  valuesConfig: {
    DATE: { description: 'The earliest day the statement may have been made, then id; undated statements come last in ASC.' },
    SPEAKER: { description: 'The speaker’s name, then date, then id; the narrator’s statements (no speaker) come last in ASC.' },
  },
});

@InputType({ description: 'How to order `statements`: DESC is the exact reverse of ASC (undated or narrator’s statements first).' })
export class StatementOrder {
  @Field(() => StatementOrderField, { defaultValue: StatementOrderField.DATE, description: 'What to order by (default DATE).' })
  field: StatementOrderField = StatementOrderField.DATE;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Which way (default ASC).' })
  direction: OrderDirection = OrderDirection.ASC;
}

export const DEFAULT_STATEMENT_ORDER: StatementOrder = { field: StatementOrderField.DATE, direction: OrderDirection.ASC };

/** The stored key of each order: a literal of statement/page.cypher's variants. */
const KEY = { DATE: 'dateKey', SPEAKER: 'speakerKey' } as const satisfies Record<StatementOrderField, keyof StatementNode>;
export type StatementOrderKey = (typeof KEY)[StatementOrderField];

/** Above every stored key (they start with an ASCII digit): the open upper end of a range. */
const TOP = '\uffff';

/** The page's range of keys for a statement page of this order after `after` (null: from the start). */
export interface KeyRange {
  key: StatementOrderKey;
  direction: OrderDirection;
  above: string;
  below: string;
}

const listTag = ({ field, direction }: StatementOrder) => `statements:${field}:${direction}`;

/** The keys a page of `order` after the cursor `after` holds; BAD_USER_INPUT for a cursor of another order. */
export function keyRange(order: StatementOrder, after: string | null | undefined): KeyRange {
  const [afterKey] = after ? decodeCursor(after, listTag(order), ['string']) : [null];
  const key = KEY[order.field];
  return order.direction === OrderDirection.ASC
    ? { key, direction: order.direction, above: afterKey ?? '', below: TOP }
    : { key, direction: order.direction, above: '', below: afterKey ?? TOP };
}

/** The cursor of a row in this order: its key, tagged with the order. */
export function orderCursor(order: StatementOrder, row: Pick<StatementNode, 'dateKey' | 'speakerKey'>): string {
  return encodeCursor(listTag(order), [row[KEY[order.field]]]);
}
