/**
 * npm run bench — speed and memory of the API, measured (never asserted in tests), side by side with a floor
 * and a peer over the same Neo4j, on loopback and across a simulated network.
 *
 * Starts its own throwaway Neo4j and API (like the integration tests), seeds the real article, and starts:
 * - the delay proxy (bench/delay-proxy.ts): Bolt through it costs BENCH_DELAY_MS more each way, and it counts the
 *   Cypher statements and network round trips of whatever passes through;
 * - a second API in this process whose driver goes through the proxy;
 * - the floor (bench/floor.ts: driver + one statement + JSON), the GraphQL floor (bench/graphql-floor.ts: the
 *   floor's work answered through Apollo and graphql-js on the API's schema, without the API's resolvers) and the
 *   peer (bench/peer.ts: @neo4j/graphql), each in its own process, each listening once on Neo4j directly and once
 *   through the proxy.
 *
 * For every named operation of schema/operations.graphql, plus the bench-only questions of bench/questions.ts:
 * the API's own count of Cypher round trips, and the peer's and the floors' answers checked against the API's
 * (bench/compare.ts). Then BENCH_WARMUP_ROUNDS warm-up rounds, each loading every server with every question it
 * answers (2 × BENCH_WARMUP_SECONDS each). Then per operation: statements and round trips per request of each
 * server as the proxy sees them (sequential requests), and a fixed load from autocannon (bench/load.ts) on each
 * server, direct and delayed, interleaved (API, peer, floor, each operation starting one server further) so that
 * machine noise and drift fall on all of them alike; where another server answers too, BENCH_ROUNDS direct rounds,
 * each starting one server further, and each server's median load is reported. Last, a pass at BENCH_HIGH_CONNECTIONS connections on the API
 * alone. Results go to bench/results/latest.json and Markdown tables on stdout.
 *
 * Options (env): BENCH_SECONDS (per load, default 5), BENCH_CONNECTIONS (default 4), BENCH_WARMUP_SECONDS
 * (before each load, default 1; 0: no warm-up at all), BENCH_WARMUP_ROUNDS (default 3), BENCH_DELAY_MS
 * (default 5; 0 skips the delayed loads), BENCH_HIGH_CONNECTIONS (default 64; 0 skips that pass),
 * BENCH_HIGH_SECONDS (default BENCH_SECONDS), BENCH_PEER=0 (no peer; it is also skipped when @neo4j/graphql is
 * not installed), BENCH_ONLY=NodeById,Entities (only these operations), BENCH_MAX_IN_FLIGHT (the APIs' MAX_IN_FLIGHT; default the configuration's),
 * BENCH_UNBOUNDED=0 (no second API without the in-flight bound in the high-connection pass, where it is loaded
 * right after the bounded one, for the bound's effect measured in one run), BENCH_ROUNDS (direct loads per server
 * where another server answers the operation too, default 3).
 * `npm run bench -- --scale` runs bench/scale.ts instead: the same operations over generated 1k/10k/100k graphs.
 */
import '../src/production-mode';
import './production-stacks';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '../src/config';
import { projectPath } from '../src/paths';
import { runSeed } from '../seed/seed';
import type { Child } from './children';
import { forkChild } from './children';
import type { Operation } from './common';
import { cpuMicros, operations, round1, startStack } from './common';
import type { Comparison } from './compare';
import { compareAnswers } from './compare';
import type { ProxyCounters } from './delay-proxy';
import { FLOOR_OPERATIONS } from './floor';
import type { LoadOptions, LoadResult } from './load';
import { load, post, requestBody, sequential } from './load';
import { benchApiOperations, peerOperations } from './questions';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 3);
const DELAY_MS = Number(process.env.BENCH_DELAY_MS ?? 5);
const HIGH_CONNECTIONS = Number(process.env.BENCH_HIGH_CONNECTIONS ?? 64);
const HIGH_SECONDS = Number(process.env.BENCH_HIGH_SECONDS ?? SECONDS);
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((name) => name.trim())) : undefined;
const UNBOUNDED = process.env.BENCH_UNBOUNDED !== '0';
/**
 * Direct loads per server of an operation another server answers too, each round in another order; a server's
 * reported load is its median one, so one slow spell of a shared machine does not decide a ratio.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** The in-flight bound of the APIs measured (bench/common.ts reads BENCH_MAX_IN_FLIGHT), for the report. */
const MAX_IN_FLIGHT = process.env.BENCH_MAX_IN_FLIGHT ?? String(loadConfig({}).maxInFlight);
/** Sequential requests through the proxy per server and operation, to count statements and round trips. */
const COUNTED_REQUESTS = 10;

const log = (line: string) => console.error(`bench: ${line}`);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);

type ServerName = 'api' | 'peer' | 'floor' | 'graphqlFloor';

/** How the tables name a server. */
const SERVER_LABEL: Record<ServerName, string> = { api: 'API', peer: 'peer', floor: 'floor', graphqlFloor: 'GraphQL floor' };
type Network = 'direct' | 'delayed';

interface Server {
  name: ServerName;
  url: Record<Network, string | undefined>;
  /** The process that serves it. */
  pid: number;
}

/** What the proxy saw per request, and how long one request takes alone with the delay. */
interface Wire {
  statements: number;
  roundTrips: number;
  sequentialMs: { p50: number; mean: number };
}

/**
 * CPU time per request during the direct load: the server's process (the API's is this one, the floor's and the
 * peer's their own) and Neo4j's, in µs. Throughput on a shared machine is about how much CPU each request costs
 * both; this says which side pays.
 */
interface CpuPerRequest {
  server: number;
  neo4j: number;
}

interface Measured {
  /** The median of the direct loads (by req/s). */
  direct?: LoadResult;
  /** The req/s of each direct load, round by round (ROUNDS of them where another server answers the operation). */
  rounds?: number[];
  delayed?: LoadResult;
  wire?: Wire;
  cpu?: CpuPerRequest;
}

interface Other extends Measured {
  /** The answer compared with the API's (bench/compare.ts). */
  answer: Comparison | { agreement: 'ERROR'; message: string };
}

interface Row {
  operation: string;
  /** The req/s of each of the API's direct loads, round by round. */
  rounds: number[];
  /** A bench/questions.ts question rather than one of schema/operations.graphql. */
  benchOnly: boolean;
  /** Cypher round trips of one request as the API counts them (QueryRunner). */
  roundTrips: number;
  /** Of those, the ones the request waited for one after another (QueryRunner.sequentialRoundTrips). */
  sequentialRoundTrips: number;
  requestsPerSecond: number;
  latencyMs: LoadResult['latencyMs'];
  non2xx: number;
  errors: number;
  rssMb: { before: number; after: number };
  heapUsedMb: { before: number; after: number };
  delayed?: LoadResult;
  wire?: Wire;
  cpu?: CpuPerRequest;
  peer?: Other;
  floor?: Other;
  graphqlFloor?: Other;
  highConcurrency?: LoadResult & { p99OverP50: number | null };
  /** The same load on an API without the in-flight bound (src/http/admission.ts). */
  highConcurrencyUnbounded?: LoadResult & { p99OverP50: number | null };
}

function peerVersion(): string | null {
  if (process.env.BENCH_PEER === '0') return null;
  try {
    const main = require.resolve('@neo4j/graphql');
    return (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    log('@neo4j/graphql is not installed (npm ci installs it): no peer');
    return null;
  }
}

/** Statements and round trips per request as the proxy counts them, and the time of one request alone. */
async function wire(proxy: Child, url: string, body: string): Promise<Wire> {
  await sequential(url, body, 3); // pool connections open, code warm: what follows is steady state
  const before = (await proxy.ask<{ counters: ProxyCounters }>('counters')).counters;
  const sequentialMs = await sequential(url, body, COUNTED_REQUESTS);
  const after = (await proxy.ask<{ counters: ProxyCounters }>('counters')).counters;
  const per = (key: keyof ProxyCounters) => round1((after[key] - before[key]) / COUNTED_REQUESTS);
  return { statements: per('statements'), roundTrips: per('roundTrips'), sequentialMs };
}

async function main(): Promise<void> {
  const started = performance.now();
  // Other work on a shared machine shows in the load average: kept with the results, to judge their noise.
  const loadBefore = loadavg()[0];
  const options: LoadOptions = { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS };
  const peerAt = peerVersion();
  log('starting a throwaway Neo4j and the API…');
  const stack = await startStack();
  const children: Child[] = [];
  try {
    await runSeed(stack.db, { log: (l) => console.error(l) });
    const boltPort = new URL(stack.boltUri).port;
    const proxy = DELAY_MS > 0 ? await forkChild('delay-proxy', { BENCH_BOLT_PORT: boltPort, BENCH_DELAY_MS: String(DELAY_MS) }, log) : undefined;
    if (proxy) children.push(proxy);
    const delayedUri = proxy ? `bolt://127.0.0.1:${proxy.ports[0]}` : undefined;
    const delayedApi = delayedUri ? await stack.startApi(delayedUri) : undefined;
    const childEnv = { BENCH_BOLT_URIS: [stack.boltUri, delayedUri].filter(Boolean).join(','), BENCH_NEO4J_PASSWORD: stack.password };
    const urls = (child: Child) => ({
      direct: `http://127.0.0.1:${child.ports[0]}/graphql`,
      delayed: child.ports[1] ? `http://127.0.0.1:${child.ports[1]}/graphql` : undefined,
    });
    const floorChild = await forkChild('floor', childEnv, log);
    children.push(floorChild);
    const graphqlFloorChild = await forkChild('graphql-floor', childEnv, log);
    children.push(graphqlFloorChild);
    const peerChild = peerAt ? await forkChild('peer', childEnv, log) : undefined;
    if (peerChild) children.push(peerChild);
    const api: Server = { name: 'api', url: { direct: stack.url, delayed: delayedApi?.url }, pid: process.pid };
    const floor: Server = { name: 'floor', url: urls(floorChild), pid: floorChild.pid };
    const graphqlFloor: Server = { name: 'graphqlFloor', url: urls(graphqlFloorChild), pid: graphqlFloorChild.pid };
    const peer: Server | undefined = peerChild ? { name: 'peer', url: urls(peerChild), pid: peerChild.pid } : undefined;

    const rows: Row[] = [];
    const peerQueries = peerOperations();
    const questions: { op: Operation; benchOnly: boolean }[] = [
      ...operations().map((op) => ({ op, benchOnly: false })),
      ...benchApiOperations().map((op) => ({ op, benchOnly: true })),
    ].filter(({ op }) => !ONLY || ONLY.has(op.name));
    // Every question's servers and bodies, each answer checked against the API's, before anything is loaded.
    interface Prepared {
      op: Operation;
      benchOnly: boolean;
      roundTrips: number;
      sequentialRoundTrips: number;
      targets: { server: Server; body: string; result: Measured }[];
      others: { server: Server; body: string; result: Other }[];
    }
    const prepared: Prepared[] = [];
    for (const { op, benchOnly } of questions) {
      const { roundTrips, sequentialRoundTrips, errors } = await stack.probe(op);
      if (errors) {
        log(`${op.name} fails, skipped: ${errors[0].message}`);
        continue;
      }
      const apiBody = requestBody(op.query, op.variables, op.name);
      // The API's answer as a client gets it (JSON over HTTP), as the others' are.
      const { data } = await post(api.url.direct!, apiBody);
      // Who else answers this question, with which body, and does the answer match the API's?
      const peerOp = peerQueries.get(op.name);
      const candidates: { server: Server; body: string }[] = [];
      if (peer && peerOp) {
        // The API's values for the variables the peer's operation declares (the same names and defaults).
        const variables = Object.fromEntries(Object.entries(peerOp.variables).map(([k, v]) => [k, op.variables[k] ?? v]));
        candidates.push({ server: peer, body: requestBody(peerOp.query, variables, op.name) });
      }
      if (FLOOR_OPERATIONS.includes(op.name)) candidates.push({ server: floor, body: apiBody }, { server: graphqlFloor, body: apiBody });
      const others: Prepared['others'] = [];
      for (const candidate of candidates) {
        const answer = await post(candidate.server.url.direct!, candidate.body);
        const result: Other = { answer: answer.errors ? { agreement: 'ERROR', message: answer.errors[0].message } : compareAnswers(data, answer.data) };
        log(`${op.name}: the ${SERVER_LABEL[candidate.server.name]}'s answer: ${JSON.stringify(result.answer)}`);
        others.push({ ...candidate, result });
      }
      const measured = others.filter((o) => o.result.answer.agreement !== 'ERROR');
      prepared.push({ op, benchOnly, roundTrips, sequentialRoundTrips, others, targets: [{ server: api, body: apiBody, result: {} }, ...measured] });
    }
    // Neo4j's CPU per statement keeps falling for tens of seconds of load (its JIT compiles as the statements
    // repeat), and so does each server's process: measured cold, whichever server and operation came first looked
    // dearer.
    // So every server's every question is loaded in turn, WARMUP_ROUNDS times, before anything is measured; the log
    // shows Neo4j's CPU per request of each round, which should have levelled off by the last.
    if (WARMUP_SECONDS > 0) {
      const warmup = { ...options, seconds: 2 * WARMUP_SECONDS, warmupSeconds: 0 };
      for (let round = 1; round <= WARMUP_ROUNDS; round += 1) {
        const neo4jBefore = cpuMicros(stack.neo4jPid);
        let answered = 0;
        for (const { targets } of prepared) for (const t of targets) answered += (await load(t.server.url.direct!, t.body, warmup)).requests;
        log(
          `warm-up round ${round} of ${WARMUP_ROUNDS}: Neo4j CPU ${Math.round((cpuMicros(stack.neo4jPid) - neo4jBefore) / Math.max(answered, 1))} µs per request`,
        );
      }
    }
    for (const [index, { op, benchOnly, roundTrips, sequentialRoundTrips, targets, others }] of prepared.entries()) {
      if (proxy) for (const t of targets) t.result.wire = await wire(proxy, t.server.url.delayed!, t.body);
      // Interleaved, and each operation and each round starts with another server, so that drift over the run does
      // not always fall on the same one.
      const inOrder = (shift: number) => targets.map((_, i) => targets[(i + shift) % targets.length]);
      const rounds = targets.length > 1 ? ROUNDS : 1;

      global.gc?.();
      const before = process.memoryUsage();
      let after = before;
      const runs = new Map(targets.map((t) => [t, { loads: [] as LoadResult[], server: 0, neo4j: 0, answered: 0 }]));
      for (let round = 0; round < rounds; round += 1) {
        for (const t of inOrder(index + round)) {
          // CPU is read around the whole load, warm-up included, so it is divided by every request answered.
          const cpuBefore = { server: cpuMicros(t.server.pid), neo4j: cpuMicros(stack.neo4jPid) };
          const r = await load(t.server.url.direct!, t.body, options);
          const serverCpu = cpuMicros(t.server.pid) - cpuBefore.server;
          const answered = r.requests + r.warmupRequests;
          const run = runs.get(t)!;
          run.loads.push(r);
          run.server += serverCpu;
          run.neo4j += cpuMicros(stack.neo4jPid) - cpuBefore.neo4j;
          run.answered += answered;
          if (t.server === api) after = process.memoryUsage();
          const cpu = `CPU µs/request: server ${Math.round(serverCpu / Math.max(1, answered))}`;
          log(
            `${op.name} ${t.server.name} direct${rounds > 1 ? ` (round ${round + 1})` : ''}: ${r.requestsPerSecond} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, ${cpu}`,
          );
        }
      }
      for (const [t, run] of runs) {
        const byThroughput = [...run.loads].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
        t.result.direct = byThroughput[Math.floor((byThroughput.length - 1) / 2)];
        t.result.rounds = run.loads.map((r) => r.requestsPerSecond);
        if (run.answered > 0) t.result.cpu = { server: Math.round(run.server / run.answered), neo4j: Math.round(run.neo4j / run.answered) };
      }
      for (const t of inOrder(index)) {
        if (!t.server.url.delayed) continue;
        const r = (t.result.delayed = await load(t.server.url.delayed, t.body, options));
        log(`${op.name} ${t.server.name} delayed: ${r.requestsPerSecond} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms`);
      }
      const apiResult = targets[0].result;
      const direct = apiResult.direct!;
      rows.push({
        operation: op.name,
        rounds: apiResult.rounds!,
        benchOnly,
        roundTrips,
        sequentialRoundTrips,
        requestsPerSecond: direct.requestsPerSecond,
        latencyMs: direct.latencyMs,
        non2xx: direct.non2xx,
        errors: direct.errors,
        rssMb: { before: mb(before.rss), after: mb(after.rss) },
        heapUsedMb: { before: mb(before.heapUsed), after: mb(after.heapUsed) },
        delayed: apiResult.delayed,
        wire: apiResult.wire,
        cpu: apiResult.cpu,
        ...Object.fromEntries(others.map((o) => [o.server.name, o.result])),
      });
    }

    if (HIGH_CONNECTIONS > 0) {
      const unbounded = UNBOUNDED ? await stack.startApi(stack.boltUri, { maxInFlight: Infinity }) : undefined;
      const high = { connections: HIGH_CONNECTIONS, seconds: HIGH_SECONDS, warmupSeconds: WARMUP_SECONDS };
      for (const row of rows) {
        const { op } = questions.find((q) => q.op.name === row.operation)!;
        const body = requestBody(op.query, op.variables, op.name);
        for (const [name, url] of [['api', api.url.direct!], ...(unbounded ? [['api unbounded', unbounded.url]] : [])] as const) {
          const r = await load(url, body, high);
          const result = { ...r, p99OverP50: ratio(r.latencyMs.p99, r.latencyMs.p50) };
          if (name === 'api') row.highConcurrency = result;
          else row.highConcurrencyUnbounded = result;
          log(
            `${row.operation} ${name} ${HIGH_CONNECTIONS} connections: ${r.requestsPerSecond} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, ` +
              `${r.errors} errors, ${r.non2xx} non-2xx`,
          );
        }
      }
    }

    const report = {
      date: new Date().toISOString(),
      machine: { node: process.version, cpus: cpus().length, loadAverage1m: { start: round1(loadBefore), end: round1(loadavg()[0]) } },
      settings: {
        secondsPerOperation: SECONDS,
        connections: CONNECTIONS,
        warmupSeconds: WARMUP_SECONDS,
        warmupRounds: WARMUP_ROUNDS,
        rounds: ROUNDS,
        delayMs: DELAY_MS,
        highConnections: HIGH_CONNECTIONS,
        highSeconds: HIGH_SECONDS,
        maxInFlight: MAX_IN_FLIGHT,
        only: ONLY ? [...ONLY] : null,
        countedRequests: COUNTED_REQUESTS,
        peer: peerAt ? `@neo4j/graphql ${peerAt}` : null,
      },
      runSeconds: Math.round((performance.now() - started) / 1000),
      results: rows,
    };
    writeFileSync(projectPath('bench', 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    printTables(rows);
    log(
      `done in ${report.runSeconds} s; 1-minute load average ${report.machine.loadAverage1m.start} at the start, ${report.machine.loadAverage1m.end} at the end`,
    );
  } finally {
    for (const child of children.reverse()) await child.stop();
    await stack.stop();
  }
}

const cell = (x: number | null | undefined) => (x === null || x === undefined ? '—' : String(x));

/** ` (lowest–highest)` of the API's req/s over the other server's, round by round, when there were several rounds. */
function roundRange(api: number[], other: number[] | undefined): string {
  if (!other || other.length < 2 || other.length !== api.length) return '';
  const ratios = api.map((x, i) => ratio(x, other[i]) ?? 0);
  return ` (${Math.min(...ratios)}–${Math.max(...ratios)})`;
}

function printTables(rows: Row[]): void {
  const d = `+${DELAY_MS} ms`;
  console.log(
    '| operation | round trips (in sequence) | Bolt round trips | req/s | p50 ms | p99 ms | req/s ' +
      d +
      ' | p50 ms ' +
      d +
      ' | p99 ms ' +
      d +
      ' | RSS MB after |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.operation}${r.benchOnly ? ' (bench)' : ''} | ${r.roundTrips} (${r.sequentialRoundTrips}) | ${cell(r.wire?.roundTrips)} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ` +
        `${cell(r.delayed?.requestsPerSecond)} | ${cell(r.delayed?.latencyMs.p50)} | ${cell(r.delayed?.latencyMs.p99)} | ${r.rssMb.after} |`,
    );
  }

  console.log('');
  console.log(
    `| operation | server | answer | statements | Bolt round trips | req/s | p50 ms | p99 ms | server CPU µs/req | Neo4j CPU µs/req | req/s ${d} | p50 ms ${d} | API ÷ server req/s | API ÷ server req/s ${d} | API p50 ÷ server p50 ${d} |`,
  );
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows.filter((row) => row.peer || row.floor)) {
    const api: Measured = {
      direct: { requestsPerSecond: r.requestsPerSecond, latencyMs: r.latencyMs } as LoadResult,
      rounds: r.rounds,
      delayed: r.delayed,
      wire: r.wire,
      cpu: r.cpu,
    };
    const line = (name: string, m: Measured, answer: string, compare: boolean) =>
      console.log(
        `| ${r.operation} | ${name} | ${answer} | ${cell(m.wire?.statements)} | ${cell(m.wire?.roundTrips)} | ${cell(m.direct?.requestsPerSecond)} | ${cell(m.direct?.latencyMs.p50)} | ` +
          `${cell(m.direct?.latencyMs.p99)} | ${cell(m.cpu?.server)} | ${cell(m.cpu?.neo4j)} | ${cell(m.delayed?.requestsPerSecond)} | ${cell(m.delayed?.latencyMs.p50)} | ` +
          (compare
            ? `${cell(ratio(r.requestsPerSecond, m.direct?.requestsPerSecond ?? 0))}${roundRange(r.rounds, m.rounds)} | ${cell(ratio(r.delayed?.requestsPerSecond ?? 0, m.delayed?.requestsPerSecond ?? 0))} | ` +
              `${cell(ratio(r.delayed?.latencyMs.p50 ?? 0, m.delayed?.latencyMs.p50 ?? 0))} |`
            : '| | |'),
      );
    line('API', api, '', false);
    for (const name of ['peer', 'floor', 'graphqlFloor'] as const) {
      const other = r[name];
      if (!other) continue;
      const agreed = other.answer.agreement === 'equal' || other.answer.agreement === 'same facts';
      line(SERVER_LABEL[name], other, other.answer.agreement, agreed);
    }
  }

  if (rows.some((r) => r.highConcurrency)) {
    console.log('');
    console.log(`| operation | API | connections | req/s | p50 ms | p99 ms | p99 ÷ p50 | errors | non-2xx | timeouts |`);
    console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      for (const [name, h] of [
        [`MAX_IN_FLIGHT ${MAX_IN_FLIGHT}`, r.highConcurrency],
        ['unbounded', r.highConcurrencyUnbounded],
      ] as const) {
        if (!h) continue;
        console.log(
          `| ${r.operation} | ${name} | ${HIGH_CONNECTIONS} | ${h.requestsPerSecond} | ${h.latencyMs.p50} | ${h.latencyMs.p99} | ${cell(h.p99OverP50)} | ${h.errors} | ${h.non2xx} | ${h.timeouts} |`,
        );
      }
    }
  }
  console.log('');
  console.log(
    `Targets (read, not asserted): API ÷ peer req/s ≥ 1.5; NodeById API ÷ floor req/s ≥ 0.8; API p50 ÷ single-statement floor p50 ${d} ≤ 2; ` +
      `p99 ÷ p50 at ${HIGH_CONNECTIONS} connections ≤ 4.`,
  );
}

const run = process.argv.includes('--scale') ? import('./scale').then((scale) => scale.main()) : main();
run.catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
