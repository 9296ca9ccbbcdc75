/**
 * The API under soak (bench/soak.ts), in a process of its own so that its RSS is the API's alone and the load
 * generator shares no event loop with it: the app of `npm start` (src/server.ts createApp, default limits) over
 * the Bolt URI in BENCH_BOLT_URIS, the access log off. Answers `{ type: 'pid' }` (so the parent can read its RSS) and `{ type: 'memory' }`.
 */
import '../src/production-mode';
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadConfig } from '../src/config';
import { createDriver, Database } from '../src/db/database';
import { QueryCatalog } from '../src/db/queries';
import { createLogger } from '../src/logger';
import { createApp } from '../src/server';
import type { Listening } from './children';
import { serveChild } from './children';

async function startApi(uri: string): Promise<Listening> {
  const password = process.env.SOAK_PASSWORD ?? '';
  // API_KEYS: the editor key the soak's imports send (bench/soak-imports.ts).
  const config = { ...loadConfig({ API_KEYS: process.env.SOAK_API_KEYS ?? '' }), neo4jUri: uri, neo4jPassword: password };
  const db = new Database(createDriver({ uri, username: 'neo4j', password }), QueryCatalog.load(), 'neo4j');
  const { apollo, httpServer } = await createApp(config, db, createLogger(process.env.SOAK_LOG_LEVEL ?? 'silent'));
  await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
  return {
    port: (httpServer.address() as AddressInfo).port,
    async close() {
      await apollo.stop();
      await db.driver.close();
    },
  };
}

/**
 * V8's gc(), made callable without starting Node with --expose-gc (forkChild sets the flags): a full collection
 * before reading the heap, so `heapUsed` is what is still alive, the number that grows when something leaks.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

process.on('message', (message: { type?: string }) => {
  if (message.type === 'pid') process.send?.({ pid: process.pid });
  if (message.type === 'memory') {
    gc();
    gc();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ rss, heapUsed });
  }
});

serveChild(startApi).catch((error) => {
  console.error(`soak API failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
