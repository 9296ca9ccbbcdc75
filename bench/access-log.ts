/**
 * npm run bench:access-log -- [Operation] — what the access log costs per request, as a ratio from one run.
 *
 * One throwaway stack (bench/common.ts) with two APIs in this process over the same Neo4j: one with the access log
 * off (LOG_LEVEL warn and above leave pino-http out) and one writing it as production does (JSON, pino's
 * asynchronous destination, here /dev/null). autocannon (its own process) loads one API at a time, alternating
 * the order each round so the machine's drift falls on both alike; this process's CPU time (process.cpuUsage:
 * every thread, pino's writes included) over each load, divided by the requests answered, is the CPU a request.
 *
 * Options (env): ACCESS_LOG_ROUNDS (default 4), ACCESS_LOG_SECONDS (per load, default 5), ACCESS_LOG_CONNECTIONS
 * (default 8).
 */
import '../src/production-mode';
import './production-stacks';
import { runSeed } from '../seed/seed';
import type { Operation } from './common';
import { operations, startStack } from './common';
import { loadOperation } from './load';

const ROUNDS = Number(process.env.ACCESS_LOG_ROUNDS ?? 4);
const SECONDS = Number(process.env.ACCESS_LOG_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.ACCESS_LOG_CONNECTIONS ?? 8);

/** `op` loaded on `url` by autocannon in its own process (bench/load.ts), with no warm-up of its own. */
const loadOp = (url: string, op: Operation, seconds: number) => loadOperation(url, op, { connections: CONNECTIONS, seconds, warmupSeconds: 0 });

async function main(): Promise<void> {
  const name = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'NodeById';
  const op = operations().find((o) => o.name === name);
  if (!op) throw new Error(`no operation ${name} in schema/operations.graphql`);
  console.error('access-log: starting a throwaway Neo4j and two APIs…');
  delete process.env.BENCH_LOG_LEVEL;
  const stack = await startStack();
  try {
    await runSeed(stack.db, { log: (l) => console.error(l) });
    process.env.BENCH_LOG_LEVEL = 'info';
    const logging = await stack.startApi(stack.boltUri);
    const variants = [
      { label: 'access log off (LOG_LEVEL=warn)', url: stack.url, cpuUs: 0, requests: 0, non2xx: 0 },
      { label: 'access log on (info, JSON)', url: logging.url, cpuUs: 0, requests: 0, non2xx: 0 },
    ];
    for (const variant of variants) await loadOp(variant.url, op, 2); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of round % 2 === 0 ? variants : [...variants].reverse()) {
        const before = process.cpuUsage();
        const result = await loadOp(variant.url, op, SECONDS);
        const used = process.cpuUsage(before);
        variant.cpuUs += used.user + used.system;
        variant.requests += result.requests;
        variant.non2xx += result.non2xx;
      }
    }
    console.log(`\n## ${op.name}: ${ROUNDS} alternating rounds of ${SECONDS} s, ${CONNECTIONS} connections\n`);
    console.log('| API | requests | non-2xx | µs CPU a request |\n|---|---:|---:|---:|');
    for (const v of variants) console.log(`| ${v.label} | ${v.requests} | ${v.non2xx} | ${Math.round(v.cpuUs / v.requests)} |`);
    const [off, on] = variants.map((v) => v.cpuUs / v.requests);
    console.log(`\nCPU a request, on ÷ off: ${(on / off).toFixed(3)} (${Math.round(on - off)} µs)`);
  } finally {
    await stack.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`access-log bench failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  });
}
