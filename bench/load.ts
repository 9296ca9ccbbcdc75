/**
 * How the bench loads a server: autocannon in its own process (so the load generator shares no event loop with
 * the server under test; it still shares this 2-core machine with Neo4j and the servers: compare runs, not
 * machines), a fixed number of connections for a fixed time after a short warm-up, the same POST body form for
 * the API, the peer and the floor. Plus a handful of sequential requests, for what one request costs alone.
 */
import type autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { projectPath } from '../src/paths';
import type { Operation } from './common';
import { percentile, round1 } from './common';

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** Seconds of the same load before sampling starts (connections opened, code paths warm). */
  warmupSeconds: number;
}

export interface LoadResult {
  /** Requests answered in the sampled run (after any warm-up). */
  requests: number;
  /** Requests answered in the warm-up before it (0 without one). */
  warmupRequests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

export const requestBody = (query: string, variables: Record<string, unknown>, operationName: string) => JSON.stringify({ query, variables, operationName });

export async function load(url: string, body: string, { connections, seconds, warmupSeconds }: LoadOptions): Promise<LoadResult> {
  const args = ['--json', '-m', 'POST', '-H', 'content-type=application/json', '-b', body, '-c', String(connections), '-d', String(seconds)];
  if (warmupSeconds > 0) args.push('--warmup', '[', '-c', String(connections), '-d', String(warmupSeconds), ']');
  const child = spawn(projectPath('node_modules', '.bin', 'autocannon'), [...args, url], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const code = await new Promise((done) => child.on('close', done));
  if (code !== 0) throw new Error(`autocannon exited with ${code}`);
  // Newline-delimited JSON: with a warm-up, the warm-up's result comes first; the sampled run is the last line.
  const lines = out.trim().split('\n');
  const run = JSON.parse(lines[lines.length - 1]) as autocannon.Result;
  const warmup = lines.length > 1 ? (JSON.parse(lines[0]) as autocannon.Result) : undefined;
  return {
    requests: run.requests.total,
    warmupRequests: warmup?.requests.total ?? 0,
    requestsPerSecond: Math.round(run.requests.average),
    latencyMs: { p50: run.latency.p50, p97_5: run.latency.p97_5, p99: run.latency.p99, max: run.latency.max },
    non2xx: run.non2xx,
    errors: run.errors,
    timeouts: run.timeouts,
  };
}

/** One named operation (bench/common.ts `operations`) loaded as `load` loads a body. */
export function loadOperation(url: string, op: Operation, options: LoadOptions): Promise<LoadResult> {
  return load(url, requestBody(op.query, op.variables, op.name), options);
}

/** POSTs `body` and returns the parsed JSON answer (`data` and `errors`). */
export async function post(url: string, body: string): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok && !json.errors) json.errors = [{ message: `HTTP ${response.status}` }];
  return json;
}

/** `count` requests one after another: median and mean milliseconds of one request alone. */
export async function sequential(url: string, body: string, count: number): Promise<{ p50: number; mean: number }> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const { errors } = await post(url, body);
    if (errors) throw new Error(`${url}: ${errors[0].message}`);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: round1(percentile(samples, 50)), mean: round1(samples.reduce((a, b) => a + b, 0) / samples.length) };
}

/**
 * What one connection's requests share during one pass over the mix (autocannon's per-connection context, new
 * at the start of every pass): an entry can leave a value for a later entry of the same pass.
 */
export type MixContext = Record<string, unknown>;

/** One kind of request in a mixed load: its name (for the per-name statistics) and its POST body. */
export interface MixEntry {
  name: string;
  /** The body; or a function making a new one for every request (a unique article id for each import). */
  body: string | ((context: MixContext) => string);
  /** Extra headers (e.g. `authorization` for an operation that needs an API key). */
  headers?: Record<string, string>;
}

export interface MixResult {
  requests: number;
  requestsPerSecond: number;
  /** Non-2xx answers, 200s whose JSON carries `errors`, connection errors and timeouts. */
  failed: number;
  /** Connection errors and timeouts (autocannon's 10 s); `timeouts` is the part of them that timed out. */
  errors: number;
  timeouts: number;
  /** Seconds into the run of each connection error or timeout (autocannon's own timeout is 10 s): when they came. */
  errorAtSeconds: number[];
  perOperation: Record<string, { requests: number; failed: number; p50: number; p99: number; max: number; firstFailure?: string }>;
}

/**
 * Loads `url` with a mix of requests: every connection sends the entries in turn, so each gets an equal share.
 * Runs autocannon's API in this process (the server under test must run in another one, as with `load`), to see
 * each answer: a request counts as failed when its status is not 2xx or its GraphQL answer has `errors`, and
 * its latency is filed under its entry's name (autocannon calls a request's onResponse just before it reports
 * that response's latency, on the same tick).
 */
export async function loadMix(url: string, entries: MixEntry[], { connections, seconds }: Omit<LoadOptions, 'warmupSeconds'>): Promise<MixResult> {
  const { default: autocannonRun } = await import('autocannon');
  const samples = new Map(entries.map((e) => [e.name, [] as number[]]));
  const failures = new Map(entries.map((e) => [e.name, { count: 0, first: undefined as string | undefined }]));
  let answered: string | undefined;
  const requests = entries.map((entry) => ({
    method: 'POST' as const,
    path: new URL(url).pathname,
    headers: { 'content-type': 'application/json', ...entry.headers },
    ...(typeof entry.body === 'string'
      ? { body: entry.body }
      : {
          setupRequest: (request: autocannon.Request, context: object) => ({
            ...request,
            body: (entry.body as (c: MixContext) => string)(context as MixContext),
          }),
        }),
    onResponse: (status: number, body: string) => {
      answered = entry.name;
      if (status < 200 || status >= 300 || body.includes('"errors"')) {
        const failure = failures.get(entry.name)!;
        failure.count += 1;
        failure.first ??= `HTTP ${status}: ${body.slice(0, 300)}`;
      }
    },
  }));
  const errorAtSeconds: number[] = [];
  const started = performance.now();
  const run = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannonRun({ url, connections, duration: seconds, requests }, (error, result) => (error ? fail(error) : done(result)));
    instance.on('response', (_client, _status, _bytes, ms) => {
      if (answered) samples.get(answered)!.push(ms);
      answered = undefined;
    });
    instance.on('reqError', () => errorAtSeconds.push(round1((performance.now() - started) / 1000)));
  });
  const perOperation: MixResult['perOperation'] = {};
  for (const entry of entries) {
    const sorted = samples.get(entry.name)!.sort((a, b) => a - b);
    const failure = failures.get(entry.name)!;
    perOperation[entry.name] = {
      requests: sorted.length,
      failed: failure.count,
      p50: round1(percentile(sorted, 50)),
      p99: round1(percentile(sorted, 99)),
      max: round1(sorted[sorted.length - 1] ?? NaN),
      ...(failure.first ? { firstFailure: failure.first } : {}),
    };
  }
  const failedAnswers = [...failures.values()].reduce((sum, f) => sum + f.count, 0);
  return {
    requests: run.requests.total,
    requestsPerSecond: Math.round(run.requests.average),
    // autocannon counts a timeout among its errors too (and then drops that connection's request).
    failed: failedAnswers + run.errors,
    errors: run.errors,
    timeouts: run.timeouts,
    errorAtSeconds,
    perOperation,
  };
}
