/**
 * The server end to end: HTTP → Apollo → Cypher → the real Neo4j and back, the routing scheme,
 * error shapes for malformed queries, and a database that goes away and comes back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { createDriver, Database } from '../../src/db/database';
import { QueryCatalog } from '../../src/db/queries';
import type { LocalNeo4j } from '../../src/local-neo4j';
import { freePort, startLocalNeo4j } from '../../src/local-neo4j';
import { createLogger } from '../../src/logger';
import { createApp } from '../../src/server';
import { useTestApp } from './harness';

async function postGraphQL(base: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('the server over the seeded graph', () => {
  const app = useTestApp();

  it('answers { articles { id title } } over HTTP from Neo4j', async () => {
    const { status, body } = await postGraphQL(app.http, { query: '{ articles { id title publishedOn } }' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.articles).toContainEqual({
      id: 'article:2025-02-24-xi-putin-no-limits',
      title: 'China’s Xi calls for a ‘no boundaries’ collaboration with Putin in response to the anniversary of the war in Ukraine',
      publishedOn: '2025-02-24',
    });
  });

  it('reports health and readiness', async () => {
    expect(await (await fetch(`${app.http}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.http}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up' });
  });

  it('answers a malformed query with GRAPHQL_PARSE_FAILED and where it broke', async () => {
    const { status, body } = await postGraphQL(app.http, { query: '{ articles { id ' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0].message).toMatch(/Syntax Error: Expected Name, found <EOF>/);
    expect(body.errors[0].locations).toEqual([{ line: 1, column: 17 }]);
  });

  it('names an unknown field', async () => {
    const { status, body } = await postGraphQL(app.http, { query: '{ articles { id headline } }' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toBe('Cannot query field "headline" on type "Article".');
  });

  it('refuses a body that is not JSON', async () => {
    const { status, body } = await postGraphQL(app.http, '{ not json');
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/^Request body is not valid JSON: /);
  });

  it('refuses a body over the size limit', async () => {
    const { status, body } = await postGraphQL(app.http, { query: `{ articles { id } } # ${'x'.repeat(120_000)}` });
    expect(status).toBe(413);
    expect(body.errors[0].message).toBe('Request body is larger than the 100kb limit.');
  });

  it('serves GraphiQL to browsers from local assets', async () => {
    const page = await fetch(`${app.http}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/graphiql-assets/graphiql.js');
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|esm)/);
    const script = await fetch(`${app.http}/graphiql-assets/graphiql.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });

  it('works through the neo4j:// routing scheme against the single instance', async () => {
    const config = loadConfig();
    const routed = config.neo4jUri!.replace('bolt://', 'neo4j://');
    const db = new Database(
      createDriver({ uri: routed, username: config.neo4jUsername, password: config.neo4jPassword }),
      QueryCatalog.load(),
      config.neo4jDatabase,
    );
    try {
      const [article] = (await db.read('article/all')).map((r) => r.article as { id: string });
      expect(article.id).toBe('article:2025-02-24-xi-putin-no-limits');
    } finally {
      await db.driver.close();
    }
  });
});

describe('when Neo4j goes away', () => {
  const log = createLogger('silent');
  let home: string;
  let port: number;
  let neo4j: LocalNeo4j;
  let db: Database;
  let base: string;
  let stopApp: () => Promise<void>;

  beforeAll(async () => {
    // Its own throwaway instance: the shared one must stay up for the other suites.
    home = mkdtempSync(join(tmpdir(), 'newsgraph-outage-'));
    port = await freePort();
    // Sizes other than the defaults, so the memory test below sees them reach Neo4j.
    neo4j = await startLocalNeo4j({ home, port, password: 'outage-test', heap: '384m', pageCache: '64m', log: () => undefined });
    const config = { ...loadConfig(), neo4jUri: `bolt://127.0.0.1:${port}`, neo4jPassword: 'outage-test' };
    db = new Database(createDriver({ uri: config.neo4jUri, username: 'neo4j', password: 'outage-test' }), QueryCatalog.load(), 'neo4j');
    const { apollo, httpServer } = await createApp(config, db, log);
    await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    stopApp = async () => {
      await apollo.stop();
      await db.close();
    };
  }, 180_000);

  afterAll(async () => {
    await stopApp?.();
    await neo4j?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('runs with the heap and page cache it was given (NEO4J_LOCAL_HEAP, NEO4J_LOCAL_PAGECACHE)', async () => {
    const pageCache = await db.driver.executeQuery("SHOW SETTINGS YIELD name, value WHERE name = 'server.memory.pagecache.size' RETURN value");
    expect(pageCache.records[0].get('value')).toBe('64.00MiB');
    const heap = await db.driver.executeQuery(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.max AS max",
    );
    expect(Number(heap.records[0].get('max'))).toBe(384 * 1024 * 1024);
  });

  it('turns /ready to 503 and GraphQL to SERVICE_UNAVAILABLE, then recovers by itself', async () => {
    expect((await postGraphQL(base, { query: '{ articles { id } }' })).body).toEqual({ data: { articles: [] } });

    await neo4j.stop();
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { reason: string }).reason).toMatch(/^Neo4j does not answer/);
    const down = await postGraphQL(base, { query: '{ articles { id } }' });
    // Nothing could be answered: 503 (src/http/unavailable.ts), and no data entry once Neo4j is known down.
    expect(down.status).toBe(503);
    expect(down.body.data ?? null).toBeNull();
    expect(down.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.body.errors[0].message).toBe('The graph database is unavailable right now; retry shortly.');
    expect((await fetch(`${base}/health`)).status).toBe(200);

    // Sizes other than the defaults, so the memory test below sees them reach Neo4j.
    neo4j = await startLocalNeo4j({ home, port, password: 'outage-test', heap: '384m', pageCache: '64m', log: () => undefined });
    // The background re-check (src/db/readiness.ts, at most RECHECK_MAX_MS apart) finds Neo4j back.
    for (let tries = 0; tries < 100 && !db.readiness.up; tries++) await new Promise((resume) => setTimeout(resume, 100));
    const back = await postGraphQL(base, { query: '{ articles { id } }' });
    expect(back.body).toEqual({ data: { articles: [] } });
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  }, 180_000);
});
