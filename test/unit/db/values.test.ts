import neo4j from 'neo4j-driver';
import { toNative } from '../../../src/db/values';

describe('toNative', () => {
  it('keeps strings, numbers and booleans, and turns undefined into null', () => {
    expect([toNative('a'), toNative(1.5), toNative(false), toNative(null), toNative(undefined)]).toEqual(['a', 1.5, false, null, null]);
  });

  it('turns Integers into numbers, or strings past 2^53', () => {
    expect(toNative(neo4j.int(42))).toBe(42);
    expect(toNative(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns temporal values into their ISO strings', () => {
    expect(toNative(new neo4j.types.Date(2025, 2, 24))).toBe('2025-02-24');
    expect(toNative(new neo4j.types.DateTime(2025, 2, 24, 10, 0, 0, 0, 0))).toBe('2025-02-24T10:00:00Z');
    const duration = new neo4j.types.Duration(0, 1, 0, 0);
    expect(toNative(duration)).toBe(duration.toString());
  });

  it('turns nodes and relationships into their converted properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity'], { id: 'person:x', rank: neo4j.int(3) }, 'e1');
    const rel = new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(1), 'LEADS', { since: new neo4j.types.Date(2020, 1, 2) }, 'r', 's', 'e');
    expect(toNative(node)).toEqual({ id: 'person:x', rank: 3 });
    expect(toNative(rel)).toEqual({ since: '2020-01-02' });
  });

  it('converts inside maps and lists, at any depth, in place (the driver decodes fresh objects for every record)', () => {
    const inner = { d: new neo4j.types.Date(2025, 1, 1), s: 'x' };
    const list = [neo4j.int(2), inner];
    const map = { n: neo4j.int(1), list, none: null };
    const native = toNative(map);
    expect(native).toEqual({ n: 1, list: [2, { d: '2025-01-01', s: 'x' }], none: null });
    expect(native).toBe(map);
    expect((native as typeof map).list).toBe(list);
    expect(list[1]).toBe(inner);
  });

  it('copies the fields of other driver values, as plain objects', () => {
    expect(toNative(new neo4j.types.Point(neo4j.int(7203), 1, 2))).toEqual({ srid: 7203, x: 1, y: 2, z: null });
  });
});
