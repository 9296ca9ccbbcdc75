import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor } from '../../../src/common/cursor';

describe('keyset cursors', () => {
  it('round-trip the sort key of the last row', () => {
    const cursor = encodeCursor('entities', ['Xi Jinping', 'person:xi-jinping']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'entities', ['string', 'string'])).toEqual(['Xi Jinping', 'person:xi-jinping']);
  });

  it('keep non-ASCII keys intact (curly quotes, en dashes)', () => {
    const key = ['Xi–Putin “no limits” call', 'event:x'];
    expect(decodeCursor(encodeCursor('entities', key), 'entities', ['string', 'string'])).toEqual(key);
  });

  it('are not offsets: the cursor carries the key, not a position', () => {
    const json = Buffer.from(encodeCursor('relations', ['LEADS:person:xi-jinping->country:china']), 'base64url').toString();
    expect(JSON.parse(json)).toEqual(['relations', 'LEADS:person:xi-jinping->country:china']);
  });

  it('take a count key part only as a non-negative integer', () => {
    const tag = 'entities:MENTIONS:DESC';
    expect(decodeCursor(encodeCursor(tag, [18, 'country:china']), tag, ['count', 'string'])).toEqual([18, 'country:china']);
    expect(decodeCursor(encodeCursor(tag, [0, 'event:x']), tag, ['count', 'string'])).toEqual([0, 'event:x']);
    for (const bad of [-1, 1.5, Number.MAX_SAFE_INTEGER + 2, '18']) {
      expect(() => decodeCursor(encodeCursor(tag, [bad as number, 'country:china']), tag, ['count', 'string'])).toThrow(GraphQLError);
    }
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 of non-JSON', Buffer.from('hello').toString('base64url')],
    ['JSON that is not a list', Buffer.from('{"a":1}').toString('base64url')],
    ['a cursor of another list', encodeCursor('timeline', ['2025-02-24', 'event:x'])],
    ['a key of the wrong shape', encodeCursor('entities', ['only-one'])],
    ['a key of the wrong types', encodeCursor('entities', [1, 2])],
    ['an empty string', ''],
  ])('refuse %s with BAD_USER_INPUT', (_what, cursor) => {
    let error: unknown;
    try {
      decodeCursor(cursor, 'entities', ['string', 'string']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
