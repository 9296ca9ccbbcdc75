/**
 * Neo4j → plain JavaScript values, in one place: Integers become numbers (or strings past 2^53), temporal
 * values their ISO strings, nodes and relationships their properties. Repositories only ever see plain data.
 */
import type { Integer } from 'neo4j-driver';
import neo4j, { isInt } from 'neo4j-driver';

export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    const int = value as Integer;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === 'object') {
    if (
      neo4j.isDate(value as never) ||
      neo4j.isDateTime(value as never) ||
      neo4j.isLocalDateTime(value as never) ||
      neo4j.isTime(value as never) ||
      neo4j.isLocalTime(value as never) ||
      neo4j.isDuration(value as never)
    ) {
      return String(value);
    }
    if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
      return toNative((value as { properties: object }).properties);
    }
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, toNative(v)]));
  }
  return value;
}

/** LIMIT/SKIP and other integer parameters go to Neo4j as Integers (a JS number would be a float). */
export function int(n: number): Integer {
  return neo4j.int(Math.trunc(n));
}
