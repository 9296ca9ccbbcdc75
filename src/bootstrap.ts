/**
 * Start-up shared by `npm start` and `npm run seed`: use NEO4J_URI when set, otherwise the project's local
 * Neo4j (started here unless it already runs), then wait until the database answers.
 */
import { resolve } from 'node:path';
import type { Config } from './config';
import { createDriver, Database } from './db/database';
import { isAuthFailure } from './db/errors';
import { QueryCatalog } from './db/queries';
import type { LocalNeo4j } from './local-neo4j';
import { runningPid, startLocalNeo4j } from './local-neo4j';

export interface Connection {
  db: Database;
  /** Set when this process started the local Neo4j (and so must stop it). */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

async function waitUntilAnswering(db: Database, uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await db.ping();
      return;
    } catch (error) {
      if (isAuthFailure(error)) {
        throw new Error(`Neo4j at ${uri} refused the credentials: check NEO4J_USERNAME / NEO4J_PASSWORD.`, { cause: error });
      }
      if (Date.now() > deadline) {
        throw new Error(`Neo4j at ${uri} did not answer within ${timeoutMs / 1000} s: ${(error as Error).message}`, { cause: error });
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export async function connect(config: Config, log: (line: string) => void): Promise<Connection> {
  let uri = config.neo4jUri;
  let local: LocalNeo4j | undefined;
  if (!uri) {
    const home = resolve(config.localNeo4j.dataDir);
    if (runningPid(home)) {
      log(`[neo4j] using the local Neo4j already running on ${home}`);
    } else {
      const { port, heap, pageCache } = config.localNeo4j;
      local = await startLocalNeo4j({ home, port, heap, pageCache, password: config.neo4jPassword, log });
    }
    uri = `bolt://127.0.0.1:${config.localNeo4j.port}`;
  }
  const driver = createDriver({ uri, username: config.neo4jUsername, password: config.neo4jPassword });
  const db = new Database(driver, QueryCatalog.load(), config.neo4jDatabase);
  const close = async () => {
    await db.close();
    await local?.stop();
  };
  try {
    await waitUntilAnswering(db, uri, 60_000);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, local, close };
}
