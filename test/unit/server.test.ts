/**
 * The HTTP shape of src/server.ts without a database (the fake answers no query): the headers the GraphQL route
 * sends, and which paths reach GraphiQL, CORS and Apollo. Queries against the real graph are in the
 * integration tier (test/integration/server.int.test.ts).
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { createApp } from '../../src/server';
import { Readiness } from '../../src/db/readiness';

const db = {
  read: async () => [],
  ping: async () => undefined,
  activity: { sessions: 0, queries: 0 },
  readiness: new Readiness(async () => undefined),
} as unknown as Database;

async function serve(corsOrigins: string[]) {
  const { apollo, httpServer } = await createApp({ ...loadConfig({}), corsOrigins }, db, createLogger('silent'));
  await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
  return { base: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`, stop: () => apollo.stop() };
}

const post = (base: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"query":"{ __typename }"}' });

describe('the GraphQL route over HTTP', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve([]);
  });
  afterAll(() => server.stop());

  it('answers no-store, with neither an ETag nor x-powered-by, and no CORS headers when no origin is allowed', async () => {
    const response = await post(server.base, { origin: 'http://elsewhere.example' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.has('etag')).toBe(false);
    expect(response.headers.has('x-powered-by')).toBe(false);
    expect(response.headers.has('access-control-allow-origin')).toBe(false);
  });

  it('answers POST /graphql (served without Express) exactly as Express serves POST /graphql?…', async () => {
    const bodies: [string, string][] = [
      ['application/json', '{"query":"{ __typename }"}'],
      ['application/json; charset=utf-8', '{"query":"{ nope }"}'],
      ['application/json', '{"query":"query ($id: ID!) { node(id: $id) { id } }","variables":{"id":{}}}'],
      ['application/json', '{"query":'],
      ['application/json', '"just a string"'],
      ['application/json', `{"query":"${'x'.repeat(200_000)}"}`],
      ['application/json; charset=latin-7', '{}'],
      ['text/plain', '{"query":"{ __typename }"}'],
      ['application/json', ''],
    ];
    const answer = async (path: string, type: string, body: string) => {
      // The same request id on both, so the echoed X-Request-Id compares equal too.
      const response = await fetch(`${server.base}${path}`, { method: 'POST', headers: { 'content-type': type, 'x-request-id': 'same-on-both' }, body });
      const headers = [...response.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name));
      return { status: response.status, headers, body: await response.text() };
    };
    for (const [type, body] of bodies) {
      expect(await answer('/graphql', type, body)).toEqual(await answer('/graphql?via=express', type, body));
    }
  });

  it('serves GraphiQL to a browser at /graphql only', async () => {
    const page = await fetch(`${server.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const below = await fetch(`${server.base}/graphql/x`, { headers: { accept: 'text/html' } });
    expect(below.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('the GraphQL route with allowed origins', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(['http://app.example']);
  });
  afterAll(() => server.stop());

  it('allows those origins, in preflight and in answers', async () => {
    const preflight = await fetch(`${server.base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://app.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://app.example');
    const response = await post(server.base, { origin: 'http://app.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://app.example');
    expect(response.headers.get('vary')).toBe('Origin');
    expect((await post(server.base, { origin: 'http://elsewhere.example' })).headers.has('access-control-allow-origin')).toBe(false);
  });
});
