/**
 * Starts a throwaway Neo4j for the integration tier (the tests own their database): free ports, a
 * temporary data directory, never the developer's graph. It is seeded with the real articles once; tests that
 * change data restore that state. global-teardown.ts stops it and deletes the directory, also after failures;
 * if jest itself dies, the launcher notices its closed stdin and exits.
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import type { LocalNeo4j } from '../../src/local-neo4j';
import { freePort, startLocalNeo4j } from '../../src/local-neo4j';
import { runSeed } from '../../seed/seed';

export const TEST_PASSWORD = 'integration-tests';

declare global {
  var __TEST_NEO4J__: { neo4j: LocalNeo4j; home: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-test-neo4j-'));
  const port = await freePort();
  const quiet = () => undefined;
  const neo4j = await startLocalNeo4j({ home, port, password: TEST_PASSWORD, log: quiet, readyTimeoutMs: 180_000 });
  globalThis.__TEST_NEO4J__ = { neo4j, home };
  // Workers are forked after global setup, so they inherit these.
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USERNAME = 'neo4j';
  process.env.NEO4J_PASSWORD = TEST_PASSWORD;
  process.env.NEO4J_DATABASE = 'neo4j';
  process.env.LOG_LEVEL = 'silent';
  const connection = await connect(loadConfig(), quiet);
  try {
    await runSeed(connection.db);
  } finally {
    await connection.close();
  }
}
