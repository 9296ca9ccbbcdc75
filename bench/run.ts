/**
 * npm run bench — speed and memory of the API, measured (never asserted in tests).
 *
 * Starts its own throwaway Neo4j and API (like the integration tests), seeds the real article, then for every
 * named operation in schema/operations.graphql: Cypher round trips per request, and a fixed load from
 * autocannon over loopback (requests/s and latency percentiles), with the API process's memory before and
 * after. Results go to bench/results/latest.json and a Markdown table on stdout.
 *
 * Options (env): BENCH_SECONDS (per operation, default 5), BENCH_CONNECTIONS (default 4).
 * `npm run bench -- --scale` runs bench/scale.ts instead: the same operations over generated 1k/10k/100k graphs.
 */
import type autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { projectPath } from '../src/paths';
import { runSeed } from '../seed/seed';
import { operations, startStack } from './common';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);

/**
 * autocannon in its own process, so the load generator does not share the API's event loop (what it measures
 * is still this 2-core machine running Neo4j, the API and the load together: compare runs, not machines).
 */
async function load(url: string, body: string): Promise<autocannon.Result> {
  const args = ['--json', '-m', 'POST', '-H', 'content-type=application/json', '-b', body, '-c', String(CONNECTIONS), '-d', String(SECONDS), url];
  const child = spawn(projectPath('node_modules', '.bin', 'autocannon'), args, { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const code = await new Promise((done) => child.on('close', done));
  if (code !== 0) throw new Error(`autocannon exited with ${code}`);
  return JSON.parse(out) as autocannon.Result;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function main(): Promise<void> {
  console.error('bench: starting a throwaway Neo4j and the API…');
  const stack = await startStack();
  try {
    await runSeed(stack.db, { log: (l) => console.error(l) });
    const results = [];
    for (const op of operations()) {
      const { roundTrips, errors } = await stack.probe(op);
      if (errors) {
        console.error(`bench: ${op.name} fails, skipped: ${errors[0].message}`);
        continue;
      }
      global.gc?.();
      const before = process.memoryUsage();
      const run = await load(stack.url, JSON.stringify({ query: op.query, variables: op.variables, operationName: op.name }));
      const after = process.memoryUsage();
      const row = {
        operation: op.name,
        roundTrips,
        requestsPerSecond: Math.round(run.requests.average),
        latencyMs: { p50: run.latency.p50, p97_5: run.latency.p97_5, p99: run.latency.p99, max: run.latency.max },
        non2xx: run.non2xx,
        errors: run.errors,
        rssMb: { before: mb(before.rss), after: mb(after.rss) },
        heapUsedMb: { before: mb(before.heapUsed), after: mb(after.heapUsed) },
      };
      results.push(row);
      console.error(
        `bench: ${op.name}: ${row.requestsPerSecond} req/s, p50 ${row.latencyMs.p50} ms, p99 ${row.latencyMs.p99} ms, ${row.roundTrips} round trips`,
      );
    }
    const report = {
      date: new Date().toISOString(),
      machine: { node: process.version, cpus: cpus().length },
      settings: { secondsPerOperation: SECONDS, connections: CONNECTIONS },
      results,
    };
    writeFileSync(projectPath('bench', 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log('| operation | round trips | req/s | p50 ms | p99 ms | RSS MB after |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of results)
      console.log(`| ${r.operation} | ${r.roundTrips} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.rssMb.after} |`);
  } finally {
    await stack.stop();
  }
}

const run = process.argv.includes('--scale') ? import('./scale').then((scale) => scale.main()) : main();
run.catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
