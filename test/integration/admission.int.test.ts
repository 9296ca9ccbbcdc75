/**
 * The global bound on GraphQL requests in flight (src/http/admission.ts) on a real server over the seeded graph,
 * with MAX_IN_FLIGHT=1 and MAX_QUEUED=1: one request executes, one waits, the rest are refused with 503,
 * Retry-After and OVERLOADED; the admitted and the queued one are answered in full. The database holds the first
 * request's statement until the test lets it go, so which request is where never depends on timing.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { loadConfig } from '../../src/config';
import type { Context } from '../../src/context';
import { createDriver, Database } from '../../src/db/database';
import type { Budget, ParamsOf, RowOf, StatementName } from '../../src/db/database';
import { QueryCatalog } from '../../src/db/queries';
import type { Admission } from '../../src/http/admission';
import { createLogger } from '../../src/logger';
import { createApp } from '../../src/server';

/** A Database whose reads wait while the gate is closed, and which says when a read arrived at it. */
class GatedDatabase extends Database {
  private gate: Promise<void> | undefined;
  private open: (() => void) | undefined;
  private arrived: (() => void) | undefined;

  /** Closes the gate; the promise settles when the next read is waiting at it. */
  closeGate(): Promise<void> {
    this.gate = new Promise((resolve) => (this.open = resolve));
    return new Promise((resolve) => (this.arrived = resolve));
  }

  release(): void {
    this.gate = undefined;
    this.open?.();
  }

  // Every read of a request goes through readWithin (src/db/database.ts QueryRunner), with its time budget.
  override async readWithin<S extends StatementName>(budget: Budget | undefined, name: S, params: ParamsOf<S> | undefined): Promise<RowOf<S>[]> {
    const gate = this.gate;
    if (gate) {
      this.arrived?.();
      await gate;
    }
    return super.readWithin(budget, name, params);
  }
}

const ARTICLES = JSON.stringify({ query: '{ articles { id } }' });
const ARTICLE_ID = 'article:2025-02-24-xi-putin-no-limits';

describe('admission: at most MAX_IN_FLIGHT GraphQL requests execute, MAX_QUEUED wait, the rest get 503', () => {
  let db: GatedDatabase;
  let httpServer: Server;
  let apollo: ApolloServer<Context>;
  let admission: Admission;
  let base: string;

  beforeAll(async () => {
    const config = { ...loadConfig(), maxInFlight: 1, maxQueued: 1 };
    const driver = createDriver({ uri: config.neo4jUri!, username: config.neo4jUsername, password: config.neo4jPassword });
    db = new GatedDatabase(driver, QueryCatalog.load(), config.neo4jDatabase);
    ({ httpServer, apollo, admission } = await createApp(config, db, createLogger('silent')));
    await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    db.release();
    await apollo.stop();
    await db.driver.close();
  });

  const post = (signal?: AbortSignal) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ARTICLES, signal });

  /** Resolves once the admission's state is as expected (it changes when a request arrives or its client leaves). */
  async function until(check: () => boolean): Promise<void> {
    while (!check()) await new Promise((resume) => setTimeout(resume, 5));
  }

  it('runs one, queues one, refuses the others with a coded 503 and Retry-After, then answers both in full', async () => {
    const waiting = db.closeGate();
    const first = post();
    await waiting;
    expect(admission.inFlight).toBe(1);
    const second = post();
    await until(() => admission.queued === 1);

    const refused = await Promise.all([post(), post()]);
    for (const response of refused) {
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[]; data?: unknown };
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions.code).toBe('OVERLOADED');
      expect(body.errors[0].message).toMatch(/1 requests are running and 1 waiting/);
    }
    // Still one running and one waiting: the refusals took nothing from them.
    expect(admission.inFlight).toBe(1);
    expect(admission.queued).toBe(1);

    db.release();
    for (const response of await Promise.all([first, second])) {
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { articles: { id: string }[] }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data.articles.map((a) => a.id)).toContain(ARTICLE_ID);
    }
    await until(() => admission.inFlight === 0);
    expect(admission.queued).toBe(0);

    // The refusals are counted by code at /metrics.
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^newsgraph_graphql_errors_total\{code="OVERLOADED"\} 2$/m);
  });

  it('gives the place of a client that went away while queued to the next request', async () => {
    const waiting = db.closeGate();
    const first = post();
    await waiting;
    const abort = new AbortController();
    const leaving = post(abort.signal).catch((error: Error) => error);
    await until(() => admission.queued === 1);
    abort.abort();
    expect(await leaving).toHaveProperty('name', 'AbortError');
    await until(() => admission.queued === 0);

    // The queue has room again: this one waits instead of being refused, and is answered.
    const next = post();
    await until(() => admission.queued === 1);
    db.release();
    for (const response of await Promise.all([first, next])) expect(response.status).toBe(200);
    await until(() => admission.inFlight === 0);
  });
});
