/**
 * `npm start`: configuration → Neo4j (local unless NEO4J_URI) → constraints + seed → GraphQL on HOST:PORT.
 * Ctrl-C / SIGTERM: stop accepting, drain requests, close the driver, stop the local Neo4j if we started it.
 */
import './production-mode';
import 'reflect-metadata';
import type { Connection } from './bootstrap';
import { connect } from './bootstrap';
import { loadConfig } from './config';
import { loadDotEnv } from './dotenv';
import { createLogger } from './logger';
import { createApp } from './server';
import { runSeed } from '../seed/seed';

let connection: Connection | undefined;

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const log = createLogger(config.logLevel, { format: config.logFormat });
  const say = (line: string) => log.info(line);

  let shuttingDown = false;
  const shutdown = async (signal: string, app?: Awaited<ReturnType<typeof createApp>>) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say(`${signal}: shutting down…`);
    await app?.apollo.stop(); // closes the HTTP server after in-flight requests finish
    await connection?.close();
    say('bye');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  connection = await connect(config, say);
  connection.local?.exited.then((code) => {
    if (!shuttingDown) log.error(`the local Neo4j exited unexpectedly (code ${code}); /ready reports 503 until it is back`);
  });
  // The seed is idempotent and skips unchanged articles, so running it on every start keeps the graph in step
  // with seed/articles/ and fills an empty database.
  await runSeed(connection.db, { log: say });

  const app = await createApp(config, connection.db, log);
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.once('SIGINT', () => void shutdown('SIGINT', app));
  process.once('SIGTERM', () => void shutdown('SIGTERM', app));
  await new Promise<void>((done, fail) => {
    app.httpServer.once('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'EADDRINUSE' ? new Error(`port ${config.port} on ${config.host} is already in use; set PORT to another port`) : error),
    );
    app.httpServer.listen(config.port, config.host, done);
  });
  say(`GraphQL API ready at http://${config.host}:${config.port}/graphql (GraphiQL in a browser; health: /health, readiness: /ready)`);
}

main().catch(async (error) => {
  // Start-up failures are configuration or environment problems: one clear line, no stack.
  console.error(`start-up failed: ${error instanceof Error ? error.message : error}`);
  await connection?.close().catch(() => undefined);
  process.exit(1);
});
