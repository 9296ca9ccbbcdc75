/**
 * npm run bench:layers -- [Operation] — where the API's throughput goes between the floor and the API, per layer,
 * as ratios from one run.
 *
 * One throwaway stack (bench/common.ts) and four servers in this process over the same Neo4j, for an operation
 * the floors answer (bench/floor.ts, default NodeById):
 * - the API as configured;
 * - the API with every per-request limit off: no rate or concurrency limit per client, no in-flight bound, no
 *   request budget (and so no statement timeout), no complexity limit. Metrics, the request id, the outcome
 *   plugins, argument validation, type-graphql and the loaders still run: no setting turns them off;
 * - the GraphQL floor (bench/graphql-floor.ts): Apollo Server and graphql-js with hand-written resolvers over
 *   the floor's Cypher, the framework the API is built on with nothing of the API's own;
 * - the floor (bench/floor.ts): node:http, neo4j-driver and the same Cypher.
 *
 * autocannon (its own process) loads one server at a time, BENCH_CONNECTIONS connections as `npm run bench`,
 * each round in another order so the machine's drift falls on all alike. Per server: the median req/s over the
 * rounds and its ratio to the floor's, and this process's and Neo4j's CPU time a request.
 *
 * Options (env): LAYERS_ROUNDS (default 5), LAYERS_SECONDS (per load, default 4), BENCH_CONNECTIONS (default 4).
 */
import '../src/production-mode';
import './production-stacks';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/db/database';
import { runSeed } from '../seed/seed';
import type { Listening } from './children';
import { cpuMicros, operations, percentile, startStack } from './common';
import { FLOOR_OPERATIONS, startFloor } from './floor';
import { startGraphqlFloor } from './graphql-floor';
import { loadOperation } from './load';

const ROUNDS = Number(process.env.LAYERS_ROUNDS ?? 5);
const SECONDS = Number(process.env.LAYERS_SECONDS ?? 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const WARMUP_SECONDS = 5;

interface Server {
  label: string;
  url: string;
  rates: number[];
  cpuUs: number;
  neo4jUs: number;
  requests: number;
  failed: number;
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

async function main(): Promise<void> {
  const name = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'NodeById';
  const op = operations().find((o) => o.name === name);
  if (!op || !FLOOR_OPERATIONS.includes(name))
    throw new Error(`${name} is not an operation of schema/operations.graphql that the floors answer (${FLOOR_OPERATIONS.join(', ')})`);
  console.error('layers: starting a throwaway Neo4j, two APIs and the floors…');
  const stack = await startStack();
  const floors: Listening[] = [];
  try {
    await runSeed(stack.db, { log: (l) => console.error(l) });
    const { limits } = loadConfig({});
    const unlimited = await stack.startApi(stack.boltUri, {
      limits: { ...limits, rateLimit: 0, concurrency: 0 },
      maxInFlight: Infinity,
      requestTimeoutMs: 0,
      maxQueryComplexity: Infinity,
    });
    const driver = () => createDriver({ uri: stack.boltUri, username: 'neo4j', password: stack.password });
    floors.push(await startGraphqlFloor(driver()), await startFloor(driver()));
    const server = (label: string, url: string): Server => ({ label, url, rates: [], cpuUs: 0, neo4jUs: 0, requests: 0, failed: 0 });
    const servers = [
      server('API', stack.url),
      server('API, every per-request limit off', unlimited.url),
      server('GraphQL floor', `http://127.0.0.1:${floors[0].port}/graphql`),
      server('floor', `http://127.0.0.1:${floors[1].port}/graphql`),
    ];
    // Until the JIT has compiled every server's hot path (and Neo4j's for the statement), loads run slower.
    for (const s of servers) await loadOperation(s.url, op, { connections: CONNECTIONS, seconds: WARMUP_SECONDS, warmupSeconds: 0 });
    for (let round = 0; round < ROUNDS; round++) {
      // Each round starts one server further along, so none always follows the same one.
      const order = servers.map((_, i) => servers[(i + round) % servers.length]);
      for (const s of order) {
        const before = process.cpuUsage();
        const neo4jBefore = cpuMicros(stack.neo4jPid);
        const result = await loadOperation(s.url, op, { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: 0 });
        const used = process.cpuUsage(before);
        s.neo4jUs += cpuMicros(stack.neo4jPid) - neo4jBefore;
        s.cpuUs += used.user + used.system;
        s.requests += result.requests;
        s.failed += result.non2xx + result.errors;
        s.rates.push(result.requestsPerSecond);
        console.error(`layers: round ${round + 1}, ${s.label}: ${result.requestsPerSecond} req/s`);
      }
    }
    const floorRate = median(servers[servers.length - 1].rates);
    console.log(`\n## ${op.name}: ${ROUNDS} rounds of ${SECONDS} s per server, ${CONNECTIONS} connections\n`);
    console.log('| server | req/s (median) | ÷ floor (rounds) | µs CPU a request, this process | µs CPU a request, Neo4j | non-2xx + errors |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const s of servers) {
      const ratios = s.rates.map((r) => r / floorRate);
      console.log(
        `| ${s.label} | ${median(s.rates)} | ${(median(s.rates) / floorRate).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ` +
          `${Math.round(s.cpuUs / s.requests)} | ${Math.round(s.neo4jUs / s.requests)} | ${s.failed} |`,
      );
    }
  } finally {
    for (const floor of floors) await floor.close();
    await stack.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`layers bench failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  });
}
