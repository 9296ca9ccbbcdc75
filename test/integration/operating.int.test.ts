/**
 * Operating the API (README.md, "Operating it"): the access log, request ids and /metrics, over real HTTP
 * requests to the app on the seeded graph. Log lines are captured from pino's destination; metrics are read by
 * scraping GET /metrics as Prometheus would, and compared before and after known requests.
 */
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { createDriver, Database } from '../../src/db/database';
import { QueryCatalog } from '../../src/db/queries';
import type { LogFormat } from '../../src/config';
import { freePort } from '../../src/local-neo4j';
import { createLogger } from '../../src/logger';
import type { App } from '../../src/server';
import { createApp } from '../../src/server';
import { EXAMPLE_OPERATIONS } from './api/helpers';
import { testDatabase } from './harness';

type Line = Record<string, any>;

interface Served {
  base: string;
  app: App;
  lines: Line[];
  raw: string[];
  stop(): Promise<void>;
}

async function serve(db: Database, options: { level?: string; format?: LogFormat; metricsToken?: string } = {}): Promise<Served> {
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      done();
    },
  });
  const log = createLogger(options.level ?? 'info', { format: options.format ?? 'json', destination });
  const app = await createApp({ ...loadConfig(), metricsToken: options.metricsToken }, db, log);
  await new Promise<void>((done) => app.httpServer.listen(0, '127.0.0.1', done));
  return {
    base: `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`,
    app,
    raw,
    get lines() {
      return options.format === 'pretty' ? [] : raw.map((line) => JSON.parse(line) as Line);
    },
    stop: () => app.apollo.stop(),
  };
}

function post(base: string, body: unknown, headers: Record<string, string> = {}, path = '/graphql') {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The access line of a request: written when its response finishes, which may be just after the client has it. */
async function accessLine(served: Served, reqId: string): Promise<Line> {
  for (let tries = 0; tries < 200; tries++) {
    const line = served.lines.find((l) => l.reqId === reqId && l.status !== undefined);
    if (line) return line;
    await new Promise((resume) => setTimeout(resume, 10));
  }
  throw new Error(`no access line for ${reqId} in:\n${served.raw.join('')}`);
}

/** One sample of the exposition format, 0 when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const given = match[2] ? match[2].split(',') : [];
    if (wanted.length === given.length && wanted.every((w) => given.includes(w))) return Number(match[3]);
  }
  return 0;
}

async function scrape(served: Served, headers: Record<string, string> = {}): Promise<string> {
  // A request's metrics are counted when its response closes, the tick after it finishes.
  await new Promise((resume) => setTimeout(resume, 20));
  const response = await fetch(`${served.base}/metrics`, { headers });
  expect(response.status).toBe(200);
  return response.text();
}

/** What the same operation costs in Cypher round trips when run in-process (the harness's count). */
async function roundTripsOf(served: Served, db: Database, query: string, variables?: Record<string, unknown>): Promise<number> {
  const contextValue = createContext(db, createLogger('silent'));
  await served.app.apollo.executeOperation({ query, variables }, { contextValue });
  return contextValue.db.roundTrips;
}

describe('operating the API', () => {
  let db: Database;
  let served: Served;
  beforeAll(async () => {
    db = testDatabase();
    served = await serve(db);
  });
  afterAll(async () => {
    await served.stop();
    await db.driver.close();
  });

  const nodeById = EXAMPLE_OPERATIONS.get('NodeById')!;

  it('logs one line per request on the fast POST path, with the client’s request id echoed', async () => {
    const response = await post(served.base, { query: nodeById, operationName: 'NodeById' }, { 'x-request-id': 'trace-4bf92f3577b34da6' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-4bf92f3577b34da6');
    const line = await accessLine(served, 'trace-4bf92f3577b34da6');
    const expectedTrips = await roundTripsOf(served, db, nodeById);
    expect(expectedTrips).toBeGreaterThan(0);
    expect(line).toMatchObject({
      level: 30,
      reqId: 'trace-4bf92f3577b34da6',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'NodeById',
      outcome: 'ok',
      roundTrips: expectedTrips,
      msg: expect.stringMatching(/^POST \/graphql 200 NodeById ok in [\d.]+ ms, \d+ round trips?$/),
    });
    expect(typeof line.durationMs).toBe('number');
    expect(line.durationMs).toBeGreaterThan(0);
    expect(served.lines.filter((l) => l.reqId === 'trace-4bf92f3577b34da6')).toHaveLength(1);
  });

  it('logs requests Express serves too, and generates an id when the client sends none or a bad one', async () => {
    const viaExpress = await post(served.base, { query: '{ articles { id } }' }, {}, '/graphql?via=express');
    const generated = viaExpress.headers.get('x-request-id')!;
    expect(generated).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const line = await accessLine(served, generated);
    // The query string is left out of the path: a GET carries the whole document there.
    expect(line).toMatchObject({ method: 'POST', path: '/graphql', status: 200, outcome: 'ok', roundTrips: 1 });
    expect(line.operation).toBeUndefined();

    const forged = await fetch(`${served.base}/health`, { headers: { 'x-request-id': 'x"\u00e9 injected line' } });
    const replaced = forged.headers.get('x-request-id')!;
    expect(replaced).not.toContain('injected');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    // Probes are logged at debug, below this logger's info: no line.
    await new Promise((resume) => setTimeout(resume, 50));
    expect(served.lines.some((l) => l.reqId === replaced)).toBe(false);
    expect((await fetch(`${served.base}/health`, { headers: { 'x-request-id': 'x'.repeat(129) } })).headers.get('x-request-id')).toHaveLength(36);
  });

  it('logs client errors by code, without stack traces, queries or Cypher', async () => {
    const invalid = await post(served.base, { query: '{ articles { id headline } }' }, { 'x-request-id': 'bad-field' });
    expect(invalid.status).toBe(400);
    const badArgument = await post(served.base, { query: '{ entities(first: 0) { edges { node { id } } } }' }, { 'x-request-id': 'bad-arg' });
    expect(((await badArgument.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const notJson = await post(served.base, '{ not json', { 'x-request-id': 'not-json' });
    expect(notJson.status).toBe(400);

    expect(await accessLine(served, 'bad-field')).toMatchObject({ level: 30, status: 400, outcome: 'GRAPHQL_VALIDATION_FAILED', roundTrips: 0 });
    expect(await accessLine(served, 'bad-arg')).toMatchObject({ level: 30, status: 200, outcome: 'BAD_USER_INPUT', roundTrips: 0 });
    expect(await accessLine(served, 'not-json')).toMatchObject({ level: 30, status: 400, outcome: 'BAD_REQUEST' });
    const text = served.raw.join('');
    expect(text).not.toMatch(/stack|"err"|MATCH|RETURN|headline/);
  });

  it('logs a refused API key by its code, never the key', async () => {
    const key = 'k3y-that-must-not-be-logged-7f1c';
    const sent = { 'refused-bearer': { authorization: `Bearer ${key}` }, 'refused-x-api-key': { 'x-api-key': key } };
    for (const [reqId, headers] of Object.entries(sent)) {
      const response = await post(served.base, { query: '{ articles { id } }' }, { ...headers, 'x-request-id': reqId });
      expect(response.status).toBe(401);
      expect(await accessLine(served, reqId)).toMatchObject({ status: 401, outcome: 'UNAUTHENTICATED' });
    }
    expect(served.raw.join('')).not.toContain(key);
  });

  it('counts requests, latency, round trips and error codes at /metrics', async () => {
    const before = await scrape(served);
    const expectedTrips = await roundTripsOf(served, db, nodeById);
    for (let i = 0; i < 3; i++) expect((await post(served.base, { query: nodeById })).status).toBe(200);
    await post(served.base, { query: '{ articles { id headline } }' });
    await post(served.base, { query: 'query MyDashboard { articles { id } }' });
    await post(served.base, '{ not json');
    const after = await scrape(served);

    const delta = (name: string, labels: Record<string, string> = {}) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('newsgraph_graphql_requests_total', { operation: 'NodeById', outcome: 'ok' })).toBe(3);
    expect(delta('newsgraph_graphql_request_duration_seconds_count', { operation: 'NodeById' })).toBe(3);
    expect(delta('newsgraph_graphql_request_duration_seconds_sum', { operation: 'NodeById' })).toBeGreaterThan(0);
    expect(delta('newsgraph_cypher_round_trips_count', { operation: 'NodeById' })).toBe(3);
    expect(delta('newsgraph_cypher_round_trips_sum', { operation: 'NodeById' })).toBe(3 * expectedTrips);
    // A name outside schema/operations.graphql is `other`, so clients cannot mint new series.
    expect(delta('newsgraph_graphql_requests_total', { operation: 'other', outcome: 'ok' })).toBe(1);
    expect(after).not.toContain('MyDashboard');
    expect(delta('newsgraph_graphql_requests_total', { operation: 'anonymous', outcome: 'error' })).toBe(2);
    expect(delta('newsgraph_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta('newsgraph_graphql_errors_total', { code: 'BAD_REQUEST' })).toBe(1);
    // Nothing is left open in the driver once the answers are in; the process metrics are there.
    expect(sample(after, 'newsgraph_neo4j_sessions_open')).toBe(0);
    expect(sample(after, 'newsgraph_neo4j_queries_in_flight')).toBe(0);
    expect(after).toMatch(/^process_cpu_seconds_total \d/m);
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  });

  it('reports the sessions and statements in flight', async () => {
    const pending = db.read('system/ping');
    const during = await served.app.metrics.registry.metrics();
    expect(sample(during, 'newsgraph_neo4j_sessions_open')).toBe(1);
    expect(sample(during, 'newsgraph_neo4j_queries_in_flight')).toBe(1);
    await pending;
    expect(db.activity).toEqual({ sessions: 0, queries: 0 });
  });
});

describe('operating the API: settings', () => {
  let db: Database;
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(() => db.driver.close());

  it('writes no access line at LOG_LEVEL=warn, and still echoes the request id', async () => {
    const served = await serve(db, { level: 'warn' });
    try {
      const response = await post(served.base, { query: '{ articles { id } }' }, { 'x-request-id': 'quiet' });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBe('quiet');
      expect((await scrape(served)).includes('newsgraph_graphql_requests_total{operation="anonymous",outcome="ok"} 1')).toBe(true);
      expect(served.raw).toEqual([]);
    } finally {
      await served.stop();
    }
  });

  it('writes one human-readable line per request with LOG_FORMAT=pretty', async () => {
    const served = await serve(db, { format: 'pretty' });
    try {
      await post(served.base, { query: EXAMPLE_OPERATIONS.get('NodeById')! }, { 'x-request-id': 'pretty-1' });
      for (let tries = 0; tries < 100 && served.raw.length === 0; tries++) await new Promise((resume) => setTimeout(resume, 10));
      expect(served.raw).toHaveLength(1);
      expect(served.raw[0]).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: POST \/graphql 200 NodeById ok in [\d.]+ ms, \d+ round trips? \{"reqId":"pretty-1"\}\n$/);
    } finally {
      await served.stop();
    }
  });

  it('answers /metrics only with the bearer token when METRICS_TOKEN is set', async () => {
    const served = await serve(db, { metricsToken: 'scrape-token-0123456789' });
    try {
      const refused = await fetch(`${served.base}/metrics`);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect((await fetch(`${served.base}/metrics`, { headers: { authorization: 'Bearer scrape-token-0123456789x' } })).status).toBe(401);
      expect(await scrape(served, { authorization: 'Bearer scrape-token-0123456789' })).toContain('newsgraph_graphql_requests_total');
    } finally {
      await served.stop();
    }
  });

  it('logs a database outage at warn with SERVICE_UNAVAILABLE and counts it', async () => {
    const port = await freePort(); // nothing listens there
    const down = new Database(createDriver({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'nobody-home' }), QueryCatalog.load(), 'neo4j');
    const served = await serve(down);
    try {
      const response = await post(served.base, { query: EXAMPLE_OPERATIONS.get('NodeById')! }, { 'x-request-id': 'outage' });
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(await accessLine(served, 'outage')).toMatchObject({ level: 40, operation: 'NodeById', outcome: 'SERVICE_UNAVAILABLE', roundTrips: 1 });
      const metrics = await scrape(served);
      expect(sample(metrics, 'newsgraph_graphql_errors_total', { code: 'SERVICE_UNAVAILABLE' })).toBe(1);
      expect(sample(metrics, 'newsgraph_graphql_requests_total', { operation: 'NodeById', outcome: 'error' })).toBe(1);
      expect(sample(metrics, 'newsgraph_neo4j_sessions_open')).toBe(0);
    } finally {
      await served.stop();
      await down.driver.close();
    }
  });
});
