/**
 * Fail fast and the per-request time budget (README.md, "Operating it"), in one process over the shared seeded
 * Neo4j: a Database whose catalog answers every statement with a Cypher that is slow by construction (a billion
 * rows counted), so any request outruns a small budget; and a Database pointed at a port where nothing listens,
 * so its readiness goes down. Killing a real Neo4j under load is test/faults/ (a jest project of its own).
 */
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { createDriver, Database } from '../../src/db/database';
import { isTransactionTimeout } from '../../src/db/errors';
import { QueryCatalog } from '../../src/db/queries';
import { freePort } from '../../src/local-neo4j';
import { createLogger } from '../../src/logger';
import type { App } from '../../src/server';
import { createApp } from '../../src/server';
import { EXAMPLE_OPERATIONS } from './api/helpers';

/** Counts to a billion and keeps nothing: minutes of work, unless a transaction timeout ends it. */
const SLOW_CYPHER = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS faultsSlowMarker';

/** The real catalog, with every statement Neo4j is sent replaced by SLOW_CYPHER (headers and names kept). */
function slowCatalog(): QueryCatalog {
  const real = QueryCatalog.load();
  const slow = Object.create(real) as QueryCatalog;
  slow.statementFor = () => SLOW_CYPHER;
  return slow;
}

async function serve(db: Database, overrides: Partial<ReturnType<typeof loadConfig>> = {}): Promise<{ base: string; app: App }> {
  const app = await createApp({ ...loadConfig(), ...overrides }, db, createLogger('silent'));
  await new Promise<void>((done) => app.httpServer.listen(0, '127.0.0.1', done));
  return { base: `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`, app };
}

async function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json()) as any };
}

function realDriver() {
  const config = loadConfig();
  return createDriver({ uri: config.neo4jUri!, username: config.neo4jUsername, password: config.neo4jPassword });
}

/** The slow statements Neo4j is still running (SHOW TRANSACTIONS lists each transaction's current query). */
async function slowStillRunning(): Promise<number> {
  const driver = realDriver();
  try {
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS "SHOW" RETURN count(*) AS n',
      {
        marker: 'faultsSlowMarker',
      },
    );
    return Number(records[0].get('n'));
  } finally {
    await driver.close();
  }
}

/** Polls `check` every 100 ms, at most 15 s; the assertion after it says what was expected. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 150 && !(await check()); tries++) await new Promise((resume) => setTimeout(resume, 100));
}

describe('the per-request time budget (REQUEST_TIMEOUT_MS)', () => {
  let db: Database;
  let served: { base: string; app: App };
  beforeAll(async () => {
    const config = loadConfig();
    db = new Database(realDriver(), slowCatalog(), config.neo4jDatabase);
    served = await serve(db, { requestTimeoutMs: 300 });
  });
  afterAll(async () => {
    await served.app.apollo.stop();
    await db.close();
  });

  it('Neo4j ends a transaction past its timeout with a code the API reads as TIMEOUT', async () => {
    const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const failure = await session.run(SLOW_CYPHER, {}, { timeout: 200 }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeDefined();
      expect(isTransactionTimeout(failure)).toBe(true);
    } finally {
      await session.close();
    }
  });

  it('answers TIMEOUT with HTTP 504 when the budget runs out before anything was answered', async () => {
    const { response, body } = await post(served.base, { query: EXAMPLE_OPERATIONS.get('NodeById')! });
    expect(response.status).toBe(504);
    expect(body.data).toEqual({ node: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: 'TIMEOUT' });
    expect(body.errors[0].message).toBe('The request ran out of its 300 ms time budget before the graph database answered; ask for less or retry.');
    expect(JSON.stringify(body)).not.toMatch(/UNWIND|faultsSlowMarker|Neo\./);
    // The readiness is not touched: Neo4j is up, only slow.
    expect(db.readiness.up).toBe(true);
  });

  it('keeps HTTP 200 in application/graphql-response+json while data is not null (GraphQL over HTTP: MUST be 2xx)', async () => {
    const { response, body } = await post(
      served.base,
      { query: EXAMPLE_OPERATIONS.get('NodeById')! },
      { accept: 'application/graphql-response+json, application/json;q=0.9' },
    );
    expect(response.status).toBe(200);
    expect(body.errors[0].extensions.code).toBe('TIMEOUT');
  });

  it('passes the budget to Neo4j as the transaction timeout, so the slow statements do not outlive it by long', async () => {
    // The observer is sound: a slow statement run without a timeout shows up, and stays until terminated.
    const driver = realDriver();
    try {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      const untimed = session.run(SLOW_CYPHER).then(
        () => 'finished',
        () => 'terminated',
      );
      await until(async () => (await slowStillRunning()) >= 1);
      const { records } = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS "faultsSlowMarker" AND NOT currentQuery CONTAINS "SHOW" RETURN collect(transactionId) AS ids',
      );
      await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids: records[0].get('ids') });
      expect(await untimed).toBe('terminated');
      await session.close();
    } finally {
      await driver.close();
    }
    // The API's own: without a timeout they would run for minutes (or until db.transaction.timeout, 30 s);
    // Neo4j checks timeouts every 2 s, so a bounded wait sees them gone.
    const { response } = await post(served.base, { query: EXAMPLE_OPERATIONS.get('NodeById')! });
    expect(response.status).toBe(504);
    await until(async () => (await slowStillRunning()) === 0);
    expect(await slowStillRunning()).toBe(0);
  });
});

describe('failing fast while Neo4j is known to be down', () => {
  let db: Database;
  let served: { base: string; app: App };
  beforeAll(async () => {
    const port = await freePort(); // nothing listens there
    db = new Database(createDriver({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'nobody-home' }), QueryCatalog.load(), 'neo4j');
    served = await serve(db);
  });
  afterAll(async () => {
    await served.app.apollo.stop();
    await db.close();
  });

  it('answers 503, Retry-After and SERVICE_UNAVAILABLE; once down, before running anything', async () => {
    expect(db.readiness.up).toBe(true);
    const first = await post(served.base, { query: EXAMPLE_OPERATIONS.get('NodeById')! });
    expect(first.response.status).toBe(503);
    expect(Number(first.response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(first.body.errors.map((e: any) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(db.readiness.up).toBe(false);

    const queries = db.activity;
    const before = { ...queries };
    const second = await post(served.base, { query: EXAMPLE_OPERATIONS.get('Entities')! });
    expect(second.response.status).toBe(503);
    expect(Number(second.response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(second.body).toEqual({
      errors: [{ message: 'The graph database is unavailable right now; retry shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    expect(db.activity).toEqual(before);
  });

  it('still answers introspection, and /ready and /export say 503 with Retry-After from the known state', async () => {
    const typename = await post(served.base, { query: '{ __typename }' });
    expect(typename.response.status).toBe(200);
    expect(typename.body).toEqual({ data: { __typename: 'Query' } });

    const ready = await fetch(`${served.base}/ready`);
    expect(ready.status).toBe(503);
    expect(Number(ready.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await ready.json()) as any).status).toBe('unavailable');

    const exported = await fetch(`${served.base}/export/statements.csv`);
    expect(exported.status).toBe(503);
    expect(Number(exported.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await exported.json()) as any).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  });
});
