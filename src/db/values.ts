/**
 * Neo4j → plain JavaScript values, in one place: Integers become numbers (or strings past 2^53), temporal
 * values their ISO strings, nodes and relationships their properties. Repositories only ever see plain data.
 */
import type { Integer } from 'neo4j-driver';
import neo4j, { isInt } from 'neo4j-driver';

/**
 * Runs over every value of every row, so it answers the common cases first: a string, number or boolean is
 * returned as it is and a Cypher map (a plain object) is copied key by key, before the driver's type tests
 * (each a property lookup, neo4j-driver-core lib/graph-types.js) are tried on what is left.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toNative);
  if (Object.getPrototypeOf(value) === Object.prototype) return mapValues(value as Record<string, unknown>);
  if (isInt(value)) {
    const int = value as Integer;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
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
  return mapValues(value as Record<string, unknown>);
}

function mapValues(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toNative(value[key]);
  return out;
}

/** LIMIT/SKIP and other integer parameters go to Neo4j as Integers (a JS number would be a float). */
export function int(n: number): Integer {
  return neo4j.int(Math.trunc(n));
}
