/**
 * What the stored graph holds, in a form two moments can be compared by: node and relationship counts and a
 * SHA-256 of every node (labels, properties) and relationship (type, its ends' ids, properties), sorted. For
 * suites that must leave the graph unchanged (the fuzzer, the fault suite). The Cypher is a whole-store read
 * on purpose and test-only (the graph of the tests is one article), so it is not in the API's catalog (cypher/).
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { toNative } from '../../src/db/values';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  sha256: string;
}

/** JSON with object keys sorted, so equal property maps print alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export async function graphFingerprint(driver: Driver, database = 'neo4j'): Promise<GraphFingerprint> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties', {}, { database });
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to, properties(r) AS properties',
    {},
    { database },
  );
  const lines = [
    ...nodes.records.map((r) => `node ${canonical([...(r.get('labels') as string[])].sort())} ${canonical(toNative(r.get('properties')))}`),
    ...relationships.records.map((r) => {
      return `rel ${String(r.get('type'))} ${String(r.get('from'))} ${String(r.get('to'))} ${canonical(toNative(r.get('properties')))}`;
    }),
  ].sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return { nodes: nodes.records.length, relationships: relationships.records.length, sha256: hash.digest('hex') };
}
