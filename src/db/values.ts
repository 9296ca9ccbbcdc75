/**
 * Neo4j → plain JavaScript values, in one place: temporal values become their ISO strings, nodes and
 * relationships their properties, and any Integer (the driver is made with `disableLosslessIntegers`,
 * src/db/database.ts createDriver, so none is expected) a number, or a string past 2^53. Repositories only ever
 * see plain data.
 */
import type { Integer } from 'neo4j-driver';
import neo4j, { isInt } from 'neo4j-driver';

/**
 * Runs over every value of every row, so it answers the common cases first and changes lists and maps in place:
 * the driver decodes a fresh object for every value of every record, nothing else holds them, and a row is
 * mostly strings, numbers and nested maps already plain, so copying it whole would only make garbage.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) value[i] = toNative(item);
    }
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return nativeEntries(value as Record<string, unknown>);
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
    return toNative({ ...(value as { properties: object }).properties });
  }
  return nativeEntries({ ...(value as Record<string, unknown>) });
}

/** A plain map with each value that is an object (a list, map, temporal value, …) made plain, in place. */
function nativeEntries(map: Record<string, unknown>): Record<string, unknown> {
  for (const key in map) {
    const item = map[key];
    if (typeof item === 'object' ? item !== null : item === undefined) map[key] = toNative(item);
  }
  return map;
}

/** LIMIT/SKIP and other integer parameters go to Neo4j as Integers (a JS number would be a float). */
export function int(n: number): Integer {
  return neo4j.int(Math.trunc(n));
}
