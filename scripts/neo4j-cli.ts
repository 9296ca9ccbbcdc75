/**
 * npm run neo4j:fetch | neo4j:start | neo4j:stop | neo4j:status — the local Neo4j by hand.
 * `start` runs in the foreground (Ctrl-C stops it), like `neo4j console`.
 */
import neo4j from 'neo4j-driver';
import { resolve } from 'node:path';
import { loadConfig } from '../src/config';
import { ensureJars, runningPid, startLocalNeo4j, stopByPidFile } from '../src/local-neo4j';
import { loadDotEnv } from '../src/dotenv';

async function main(command: string | undefined): Promise<number> {
  loadDotEnv();
  const config = loadConfig();
  const home = resolve(config.localNeo4j.dataDir);
  switch (command) {
    case 'fetch':
      await ensureJars();
      console.log('[neo4j] jars are in neo4j/lib');
      return 0;
    case 'start': {
      const { port, heap, pageCache } = config.localNeo4j;
      const local = await startLocalNeo4j({ home, port, heap, pageCache, password: config.neo4jPassword });
      console.log(`[neo4j] running at ${local.uri} (user ${config.neo4jUsername}); Ctrl-C to stop`);
      const stop = () => void local.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await local.exited;
      console.log('[neo4j] stopped');
      return 0;
    }
    case 'stop': {
      const pid = await stopByPidFile(home);
      console.log(pid ? `[neo4j] stopped pid ${pid}` : `[neo4j] no local Neo4j is running on ${home}`);
      return 0;
    }
    case 'status': {
      const pid = runningPid(home);
      if (!pid) {
        console.log(`[neo4j] not running (data: ${home})`);
        return 1;
      }
      const uri = `bolt://127.0.0.1:${config.localNeo4j.port}`;
      const driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4jUsername, config.neo4jPassword));
      try {
        await driver.verifyConnectivity();
        console.log(`[neo4j] running, pid ${pid}, Bolt answers at ${uri}`);
        return 0;
      } catch (error) {
        console.log(`[neo4j] pid ${pid} is alive but Bolt at ${uri} does not answer: ${(error as Error).message}`);
        return 1;
      } finally {
        await driver.close();
      }
    }
    default:
      console.error('usage: ts-node scripts/neo4j-cli.ts fetch|start|stop|status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[neo4j] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
