/**
 * What integration tests talk to: the real app (schema, context, error formatting) over the throwaway Neo4j
 * that global-setup.ts started. `execute` goes through Apollo's executeOperation and reports how many Cypher
 * round trips the request cost; `http` is the base URL of the same app listening on a free loopback port.
 */
import 'reflect-metadata';
import type { GraphQLFormattedError } from 'graphql';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { createDriver, Database } from '../../src/db/database';
import { QueryCatalog } from '../../src/db/queries';
import { createLogger } from '../../src/logger';
import { createApp } from '../../src/server';

export interface ExecuteResult {
  data?: any;
  errors?: readonly GraphQLFormattedError[];
  roundTrips: number;
  /** Of those, the ones it waited for one after another (QueryRunner.sequentialRoundTrips). */
  sequentialRoundTrips: number;
}

export interface TestApp {
  execute(query: string, variables?: Record<string, unknown>): Promise<ExecuteResult>;
  http: string;
  db: Database;
  close(): Promise<void>;
}

export function testDatabase(): Database {
  const config = loadConfig();
  const driver = createDriver({ uri: config.neo4jUri!, username: config.neo4jUsername, password: config.neo4jPassword });
  return new Database(driver, QueryCatalog.load(), config.neo4jDatabase);
}

export async function openTestApp(): Promise<TestApp> {
  const config = loadConfig();
  const log = createLogger('silent');
  const db = testDatabase();
  const { apollo, httpServer } = await createApp(config, db, log);
  await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
  const { port } = httpServer.address() as AddressInfo;
  return {
    db,
    http: `http://127.0.0.1:${port}`,
    async execute(query, variables) {
      const contextValue = createContext(db, log);
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return { data: data ?? undefined, errors, roundTrips: contextValue.db.roundTrips, sequentialRoundTrips: contextValue.db.sequentialRoundTrips };
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}

/**
 * The app for one suite: registers a beforeAll that opens it and an afterAll that closes it, and returns a
 * stand-in that forwards to it, so a suite reads `const app = useTestApp();` and its tests use `app` as before.
 * jest runs the hooks of a describe in the order they were added, beforeAll and afterAll alike: a suite's own
 * beforeAll after this call sees the open app, and an afterAll that still needs it must come before this call.
 */
export function useTestApp(): TestApp {
  let opened: TestApp | undefined;
  beforeAll(async () => {
    opened = await openTestApp();
  });
  afterAll(async () => {
    const app = opened;
    opened = undefined;
    await app?.close();
  });
  const current = (): TestApp => {
    if (!opened) throw new Error('useTestApp: the app is open only between its beforeAll and afterAll');
    return opened;
  };
  return {
    execute: (query, variables) => current().execute(query, variables),
    get http() {
      return current().http;
    },
    get db() {
      return current().db;
    },
    close: () => current().close(),
  };
}
