/**
 * npm run bench — speed and memory of the API, measured (never asserted in tests).
 *
 * Starts its own throwaway Neo4j and API (like the integration tests), seeds the real article, then for every
 * named operation in schema/operations.graphql: Cypher round trips per request, and a fixed load from
 * autocannon over loopback (requests/s and latency percentiles), with the API process's memory before and
 * after. Results go to bench/results/latest.json and a Markdown table on stdout.
 *
 * Options (env): BENCH_SECONDS (per operation, default 5), BENCH_CONNECTIONS (default 4).
 */
import 'reflect-metadata';
import type autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { parse, OperationDefinitionNode, print, valueFromASTUntyped } from 'graphql';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { createContext } from '../src/context';
import { createDriver, Database } from '../src/db/database';
import { QueryCatalog } from '../src/db/queries';
import { freePort, startLocalNeo4j } from '../src/local-neo4j';
import { createLogger } from '../src/logger';
import { projectPath } from '../src/paths';
import { createApp } from '../src/server';
import { runSeed } from '../seed/seed';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const PASSWORD = 'benchmark-only';

interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Each named operation of schema/operations.graphql, with its variables at their declared defaults. */
function operations(): Operation[] {
  const document = parse(readFileSync(projectPath('schema', 'operations.graphql'), 'utf8'));
  const fragments = document.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => print(d)).join('\n');
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.operation === 'query' && !!d.name)
    .map((op) => ({
      name: op.name!.value,
      query: `${print(op)}\n${fragments}`,
      variables: Object.fromEntries(
        (op.variableDefinitions ?? []).filter((v) => v.defaultValue).map((v) => [v.variable.name.value, valueFromASTUntyped(v.defaultValue!)]),
      ),
    }));
}

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
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const port = await freePort();
  console.error(`bench: starting a throwaway Neo4j on ${port}…`);
  const neo4j = await startLocalNeo4j({ home, port, password: PASSWORD, log: (l) => console.error(l) });
  const config = { ...loadConfig({}), neo4jUri: neo4j.uri, neo4jPassword: PASSWORD };
  const db = new Database(createDriver({ uri: neo4j.uri, username: 'neo4j', password: PASSWORD }), QueryCatalog.load(), 'neo4j');
  const log = createLogger('silent');
  try {
    await runSeed(db, { log: (l) => console.error(l) });
    const { apollo, httpServer } = await createApp(config, db, log);
    await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
    const results = [];
    for (const op of operations()) {
      const context = createContext(db, log);
      const single = await apollo.executeOperation({ query: op.query, variables: op.variables }, { contextValue: context });
      const errors = single.body.kind === 'single' ? single.body.singleResult.errors : undefined;
      if (errors) {
        console.error(`bench: ${op.name} fails, skipped: ${errors[0].message}`);
        continue;
      }
      global.gc?.();
      const before = process.memoryUsage();
      const run = await load(url, JSON.stringify({ query: op.query, variables: op.variables, operationName: op.name }));
      const after = process.memoryUsage();
      const row = {
        operation: op.name,
        roundTrips: context.db.roundTrips,
        requestsPerSecond: Math.round(run.requests.average),
        latencyMs: { p50: run.latency.p50, p97_5: run.latency.p97_5, p99: run.latency.p99, max: run.latency.max },
        non2xx: run.non2xx,
        errors: run.errors,
        rssMb: { before: mb(before.rss), after: mb(after.rss) },
        heapUsedMb: { before: mb(before.heapUsed), after: mb(after.heapUsed) },
      };
      results.push(row);
      console.error(`bench: ${op.name}: ${row.requestsPerSecond} req/s, p50 ${row.latencyMs.p50} ms, p99 ${row.latencyMs.p99} ms, ${row.roundTrips} round trips`);
    }
    await apollo.stop();
    const report = {
      date: new Date().toISOString(),
      machine: { node: process.version, cpus: require('node:os').cpus().length },
      settings: { secondsPerOperation: SECONDS, connections: CONNECTIONS },
      results,
    };
    writeFileSync(projectPath('bench', 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log('| operation | round trips | req/s | p50 ms | p99 ms | RSS MB after |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of results) console.log(`| ${r.operation} | ${r.roundTrips} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.rssMb.after} |`);
  } finally {
    await db.driver.close();
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
