/**
 * Keyset cursors, opaque to clients (in the GraphQL Cursor Connections Specification,
 * https://relay.dev/graphql/connections.htm, a cursor is an opaque string the client passes back as `after`):
 * base64url of JSON `[list, ...sortKey]` of the last row of a page. The next page starts strictly after that key,
 * so inserts and deletes elsewhere never shift or repeat items the way an offset would. The list tag stops a
 * cursor from one list being replayed against another.
 */
import { BadInputError } from '../errors';

/** A key part's type; `count` is a number that must be a non-negative integer (a stored count, e.g. mentionCount). */
export type KeyPart = 'string' | 'number' | 'count';

export function encodeCursor(list: string, key: (string | number)[]): string {
  return Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');
}

/** The key parts a cursor shape describes: `['string', 'number']` → `[string, number]`. */
export type CursorKey<S extends readonly KeyPart[]> = { -readonly [I in keyof S]: S[I] extends 'string' ? string : number };

const fits = (kind: KeyPart, part: unknown): boolean =>
  kind === 'count' ? typeof part === 'number' && Number.isSafeInteger(part) && part >= 0 : typeof part === kind;

/** The sort key inside `cursor`; BAD_USER_INPUT unless it is a cursor of `list` with that key shape. */
export function decodeCursor<const S extends readonly KeyPart[]>(cursor: string, list: string, shape: S): CursorKey<S> {
  let value: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const ok = Array.isArray(value) && value.length === shape.length + 1 && value[0] === list && shape.every((kind, i) => fits(kind, value[i + 1]));
  if (!ok) {
    throw new BadInputError('`after` is not a cursor of this list: pass an `endCursor` or `cursor` returned by the same field.', {
      argument: 'after',
    });
  }
  return (value as unknown[]).slice(1) as CursorKey<S>;
}
