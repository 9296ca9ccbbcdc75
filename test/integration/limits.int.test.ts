/**
 * The limits of src/http/limits*.ts on the real server over the seeded graph: each document limit at its value
 * and one past it, operation types the schema lacks, per-client rate and concurrency limits (with small
 * configured values, from loopback with RATE_LIMIT_LOOPBACK=limit), and trusted documents.
 */
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getIntrospectionQuery, Lexer, OperationTypeNode, parse, Source, TokenKind } from 'graphql';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Config, Limits } from '../../src/config';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { exampleTabs } from '../../src/http/graphiql';
import { sha256, trustedTexts } from '../../src/http/limits-trusted';
import { newApiKey, parseApiKeys } from '../../src/auth/api-keys';
import { createLogger } from '../../src/logger';
import { projectPath } from '../../src/paths';
import { createApp } from '../../src/server';
import { printedOperations } from '../../src/common/documents';
import { browserSuite, CHROMIUM, loadPlaywright } from './browser';
import { testDatabase } from './harness';

interface Served {
  base: string;
  stop(): Promise<void>;
}

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db.driver.close();
});

async function serve(limits: Partial<Limits> = {}, config: Partial<Config> = {}): Promise<Served> {
  const base = loadConfig();
  const app = await createApp({ ...base, ...config, limits: { ...base.limits, ...limits } }, db, createLogger('silent'));
  await new Promise<void>((done) => app.httpServer.listen(0, '127.0.0.1', done));
  return { base: `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`, stop: () => app.apollo.stop() };
}

/** One app for a describe block. */
function useServer(limits: Partial<Limits> = {}, config: Partial<Config> = {}): { readonly base: string } {
  let served: Served | undefined;
  beforeAll(async () => {
    served = await serve(limits, config);
  });
  afterAll(async () => {
    await served?.stop();
  });
  return {
    get base() {
      return served!.base;
    },
  };
}

async function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const schema: GraphQLSchema = buildSchema(readFileSync(projectPath('schema', 'schema.graphql'), 'utf8'));

/**
 * A query whose deepest field is `depth` levels down: entity → relations → edges → node → to → relations …,
 * ending in a scalar of the last object (`first: 1` keeps every level one item wide).
 */
function nested(depth: number): string {
  const cycle = ['relations(first: 1)', 'edges', 'node', 'to'];
  const leaf: Record<string, string> = { 'relations(first: 1)': 'totalCount', edges: 'cursor', node: 'id', to: 'id' };
  const fields = Array.from({ length: depth - 2 }, (_, i) => cycle[i % cycle.length]);
  const last = fields.at(-1);
  const inner = last === undefined ? 'id' : leaf[last];
  return `{ entity(id: "person:xi-jinping") { ${fields.map((f) => `${f} { `).join('')}${inner}${' }'.repeat(fields.length)} } }`;
}

const tokenCount = (query: string): number => {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
};

describe('document limits (defaults: depth 12, aliases 15, directives 50, tokens 5000)', () => {
  const server = useServer();
  const defaults = loadConfig({}).limits;

  it('defaults to the documented values', () => {
    expect(defaults).toMatchObject({ maxDepth: 12, maxAliases: 15, maxDirectives: 50, maxTokens: 5000 });
  });

  it('runs a query at the depth limit and refuses one a level deeper with QUERY_TOO_DEEP', async () => {
    const atLimit = await post(server.base, { query: nested(12) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors).toBeUndefined();
    expect(atLimit.body.data.entity.relations).toBeDefined();

    const past = await post(server.base, { query: nested(13) });
    expect(past.status).toBe(400);
    expect(past.body.data).toBeUndefined();
    expect(past.body.errors).toEqual([
      {
        message: 'Query has too many levels of nesting: 13 exceeds the limit of 12 (MAX_QUERY_DEPTH).',
        extensions: { code: 'QUERY_TOO_DEEP', limit: 'MAX_QUERY_DEPTH', max: 12, found: 13 },
      },
    ]);
  });

  it('refuses relations → to nested 15 times (62 levels) before it reaches Neo4j', async () => {
    const query = `{ entity(id: "person:xi-jinping") { ${'relations(first: 1) { edges { node { to { '.repeat(15)}id${' } } } }'.repeat(15)} } }`;
    const reads = jest.spyOn(db, 'readWithin');
    try {
      const { status, body } = await post(server.base, { query });
      expect(status).toBe(400);
      expect(body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 'MAX_QUERY_DEPTH', max: 12, found: 62 });
      expect(reads).not.toHaveBeenCalled();
      // The same spy sees a query that runs.
      await post(server.base, { query: nested(6) });
      expect(reads).toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });

  it('counts depth through fragments as the answer nests, not by how the document spells it', async () => {
    // 12 levels of fields; counting each spread as a level too would make it 14.
    const query = `{ entity(id: "person:xi-jinping") { ...R } } fragment R on Entity { relations(first: 1) { edges { node { to { ...T } } } } } fragment T on Entity { relations(first: 1) { edges { node { to { relations(first: 1) { edges { cursor } } } } } } }`;
    const { status, body } = await post(server.base, { query });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it('runs 15 aliases and refuses 16 with TOO_MANY_ALIASES', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: node(id: "person:xi-jinping") { id }`).join(' ')} }`;
    const atLimit = await post(server.base, { query: aliased(15) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.data.a14).toEqual({ id: 'person:xi-jinping' });

    const past = await post(server.base, { query: aliased(16) });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([
      {
        message: 'Query has too many aliases: 16 exceeds the limit of 15 (MAX_ALIASES).',
        extensions: { code: 'TOO_MANY_ALIASES', limit: 'MAX_ALIASES', max: 15, found: 16 },
      },
    ]);
  });

  it('runs 50 directives and refuses 51 with TOO_MANY_DIRECTIVES', async () => {
    const directed = (n: number) => `{ node(id: "person:xi-jinping") { ${'id @include(if: true) '.repeat(n)} } }`;
    const atLimit = await post(server.base, { query: directed(50) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.data.node).toEqual({ id: 'person:xi-jinping' });

    const past = await post(server.base, { query: directed(51) });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([
      {
        message: 'Query has too many directives: 51 exceeds the limit of 50 (MAX_DIRECTIVES).',
        extensions: { code: 'TOO_MANY_DIRECTIVES', limit: 'MAX_DIRECTIVES', max: 50, found: 51 },
      },
    ]);
  });

  it('parses 5000 tokens and refuses 5001 with TOO_MANY_TOKENS', async () => {
    // `{ t0: __typename … }`: three tokens an aliased __typename (aliases of __typename are not counted).
    const padded = (tokens: number) => {
      const fields = Array.from({ length: Math.floor((tokens - 2) / 3) }, (_, i) => `t${i}: __typename`);
      const extra = (tokens - 2) % 3 === 1 ? ' __typename' : (tokens - 2) % 3 === 2 ? ' __typename __typename' : '';
      return `{ ${fields.join(' ')}${extra} }`;
    };
    expect(tokenCount(padded(5000))).toBe(5000);
    expect(tokenCount(padded(5001))).toBe(5001);
    const atLimit = await post(server.base, { query: padded(5000) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.data.t0).toBe('Query');

    const past = await post(server.base, { query: padded(5001) });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([
      {
        message: 'Query has too many tokens: more than the limit of 5000 (MAX_TOKENS).',
        locations: [{ line: 1, column: expect.any(Number) }],
        extensions: { code: 'TOO_MANY_TOKENS', limit: 'MAX_TOKENS', max: 5000 },
      },
    ]);
  });

  it('still serves the introspection query GraphiQL and codegen send', async () => {
    const { status, body } = await post(server.base, { query: getIntrospectionQuery() });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('answers an operation type the schema lacks with a 400 validation error, not an internal error', async () => {
    for (const operation of [OperationTypeNode.MUTATION, OperationTypeNode.SUBSCRIPTION]) {
      const { status, body } = await post(server.base, { query: `${operation} { __typename }` });
      if (schema.getRootType(operation)) {
        // The schema gained that root type: then `__typename` on it is a plain query of its name.
        expect(status).toBe(200);
        continue;
      }
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        {
          message: `The ${operation} operation is not supported by the schema.`,
          locations: [{ line: 1, column: 1 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ]);
    }
  });
});

describe('the cost limit at its value', () => {
  const query = '{ statements(first: 7) { edges { node { id text speaker { id } } } } }';

  it('runs a query that costs exactly MAX_QUERY_COMPLEXITY and refuses it one below, naming the setting', async () => {
    // The server's own estimate of the query, from a refusal: the cost of each field is declared in the code.
    const low = await serve({}, { maxQueryComplexity: 10 });
    let estimated: number;
    try {
      const refused = await post(low.base, { query });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0]).toMatchObject({
        message: expect.stringContaining('exceeds the limit of 10 (MAX_QUERY_COMPLEXITY)'),
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'MAX_QUERY_COMPLEXITY', max: 10, maximum: 10 },
      });
      estimated = refused.body.errors[0].extensions.complexity as number;
    } finally {
      await low.stop();
    }
    expect(estimated).toBeGreaterThan(10);
    const exact = await serve({}, { maxQueryComplexity: estimated });
    const below = await serve({}, { maxQueryComplexity: estimated - 1 });
    try {
      const passes = await post(exact.base, { query });
      expect(passes.status).toBe(200);
      expect(passes.body.data.statements.edges).toHaveLength(7);
      const fails = await post(below.base, { query });
      expect(fails.status).toBe(400);
      expect(fails.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', complexity: estimated, max: estimated - 1 });
    } finally {
      await exact.stop();
      await below.stop();
    }
  });
});

const NODE = { query: '{ node(id: "person:xi-jinping") { id } }' };

/** API_KEYS granting `read` to each of these keys: a key that matches none is refused with 401 (src/auth/). */
const readKeys = (...keys: string[]): Partial<Config> => ({ apiKeys: parseApiKeys(keys.map((k) => `${sha256(k)}:read`).join(',')).keys });

describe('per-client rate limit (RATE_LIMIT_MAX=3 a minute, loopback limited)', () => {
  const server = useServer(
    { rateLimit: 3, rateWindowSeconds: 60, concurrency: 0, loopback: 'limit' },
    readKeys('alpha-key-for-rate-tests', 'beta-key-for-rate-tests'),
  );

  it('answers a client past its budget 429 with Retry-After and RATE_LIMITED, and still serves another key', async () => {
    const alpha = { authorization: 'Bearer alpha-key-for-rate-tests' };
    for (let i = 0; i < 3; i++) {
      const { status, headers } = await post(server.base, NODE, alpha);
      expect(status).toBe(200);
      expect(headers.get('ratelimit')).toMatch(new RegExp(`^limit=3, remaining=${2 - i}, reset=\\d+$`));
      expect(headers.get('ratelimit-policy')).toBe('3;w=60');
    }
    const refused = await post(server.base, NODE, alpha);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({
      errors: [
        {
          message: `Too many requests: this client may send 3 requests every 60 s (RATE_LIMIT_MAX). Retry after ${retryAfter} s.`,
          extensions: { code: 'RATE_LIMITED', limit: 'RATE_LIMIT_MAX', max: 3, windowSeconds: 60, retryAfter },
        },
      ],
    });
    // The same key by the other header is the same client; /export shares the budget.
    expect((await post(server.base, NODE, { 'x-api-key': 'alpha-key-for-rate-tests' })).status).toBe(429);
    const exported = await fetch(`${server.base}/export/entities.jsonl`, { headers: alpha });
    expect(exported.status).toBe(429);
    expect(((await exported.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');

    const beta = await post(server.base, NODE, { 'x-api-key': 'beta-key-for-rate-tests' });
    expect(beta.status).toBe(200);
    expect(beta.body.data.node).toEqual({ id: 'person:xi-jinping' });
    // Without a key the client is its address, a budget of its own.
    expect((await post(server.base, NODE)).status).toBe(200);
  });
});

describe('loopback clients by default (RATE_LIMIT_LOOPBACK=exempt)', () => {
  const server = useServer({ rateLimit: 1, rateWindowSeconds: 60, concurrency: 1 }, readKeys('any'));

  it('are neither counted nor limited', async () => {
    expect(loadConfig({}).limits.loopback).toBe('exempt');
    const answers = await Promise.all(Array.from({ length: 4 }, () => post(server.base, NODE, { 'x-api-key': 'any' })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers[0].headers.has('ratelimit')).toBe(false);
  });
});

describe('per-client concurrency limit (CONCURRENCY_LIMIT=1, loopback limited)', () => {
  const server = useServer({ rateLimit: 0, concurrency: 1, loopback: 'limit' }, readKeys('gamma-key-for-concurrency', 'delta-key-for-concurrency'));

  /** A POST whose body stays unfinished until `finish`: admitted, then in flight while the server waits. */
  function held(base: string, key: string) {
    const body = JSON.stringify(NODE);
    const { hostname, port } = new URL(base);
    const req = request({
      hostname,
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-api-key': key },
    });
    const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, 5));
    req.flushHeaders();
    return { answer, finish: () => req.end(body.slice(5)) };
  }

  it('answers a second request in flight of the same client 429 and serves another client meanwhile', async () => {
    const first = held(server.base, 'gamma-key-for-concurrency');
    // The first request counts once the server has read its headers; until then a second one still runs.
    let second = await post(server.base, NODE, { 'x-api-key': 'gamma-key-for-concurrency' });
    for (let tries = 0; second.status === 200 && tries < 50; tries++) {
      await new Promise((resume) => setTimeout(resume, 20));
      second = await post(server.base, NODE, { 'x-api-key': 'gamma-key-for-concurrency' });
    }
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('1');
    expect(second.body.errors).toEqual([
      {
        message: 'Too many requests in flight: this client may have 1 at once (CONCURRENCY_LIMIT). Retry after 1 s.',
        extensions: { code: 'RATE_LIMITED', limit: 'CONCURRENCY_LIMIT', max: 1, retryAfter: 1 },
      },
    ]);
    const other = await post(server.base, NODE, { 'x-api-key': 'delta-key-for-concurrency' });
    expect(other.status).toBe(200);

    first.finish();
    expect(await first.answer).toEqual({ status: 200, body: { data: { node: { id: 'person:xi-jinping' } } } });
    // Its slot is free again once the first answer has ended.
    const again = await post(server.base, NODE, { 'x-api-key': 'gamma-key-for-concurrency' });
    expect(again.status).toBe(200);
  });
});

describe('trusted documents (TRUSTED_DOCUMENTS=only)', () => {
  const editor = newApiKey('editor', 'trusted-editor');
  const reader = newApiKey('read', 'trusted-reader');
  const server = useServer({ trustedDocuments: 'only' }, { apiKeys: parseApiKeys(`${editor.entry},${reader.entry}`).keys });
  const read = (file: string) => readFileSync(projectPath('schema', file), 'utf8');
  const tabs = exampleTabs(read('operations.graphql'));
  const explorer = printedOperations(parse(read('explorer.graphql')));
  /** Values for the explorer operations' required variables, from the seeded article. */
  const explorerVariables: Record<string, Record<string, unknown>> = {
    ExplorerSearch: { query: 'Xi' },
    ExplorerNeighborhood: { id: 'person:xi-jinping' },
    ExplorerNode: { id: 'person:xi-jinping' },
    ExplorerRelationEvidence: { id: 'person:xi-jinping' },
    ExplorerPaths: { fromId: 'person:wang-yi', toId: 'person:alexander-gabuev' },
  };

  it('trusts every GraphiQL example tab and every explorer operation, and nothing twice', () => {
    expect(trustedTexts().sort()).toEqual([...new Set([...tabs.map((t) => t.query), ...Object.values(explorer)])].sort());
    expect(tabs.length).toBeGreaterThan(10);
  });

  it('runs every example operation as GraphiQL sends it', async () => {
    for (const tab of tabs) {
      const { status, body } = await post(server.base, { query: tab.query, variables: JSON.parse(tab.variables ?? '{}') });
      expect({ query: tab.query.slice(0, 60), status, errors: body.errors }).toEqual({ query: tab.query.slice(0, 60), status: 200, errors: undefined });
      expect(body.data).toBeDefined();
    }
  });

  it('runs every explorer operation as the page sends it, and by its hash alone', async () => {
    for (const [operationName, query] of Object.entries(explorer)) {
      const variables = explorerVariables[operationName] ?? {};
      const sent = await post(server.base, { query, operationName, variables });
      expect({ operationName, status: sent.status, errors: sent.body.errors }).toEqual({ operationName, status: 200, errors: undefined });
      const hashed = await post(server.base, { operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
      expect({ operationName, status: hashed.status, data: hashed.body.data }).toEqual({ operationName, status: 200, data: sent.body.data });
    }
  });

  it('refuses an ad-hoc document, and a trusted one written differently, with UNTRUSTED_DOCUMENT before running it', async () => {
    const reads = jest.spyOn(db, 'readWithin');
    try {
      for (const query of [NODE.query, `${tabs[0].query} `]) {
        const { status, body } = await post(server.base, { query });
        expect(status).toBe(400);
        expect(body.errors).toHaveLength(1);
        expect(body.errors[0].extensions).toEqual({ code: 'UNTRUSTED_DOCUMENT' });
        expect(body.errors[0].message).toContain('TRUSTED_DOCUMENTS=only');
      }
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });

  it('refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND and learns no document from a client', async () => {
    const hash = sha256(NODE.query);
    const unknown = await post(server.base, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    // Registering it (text and hash, as Apollo's persisted queries do) is refused too.
    const register = await post(server.base, { query: NODE.query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(register.body.errors[0].extensions.code).toBe('UNTRUSTED_DOCUMENT');
    expect((await post(server.base, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).status).toBe(400);
  });

  it('lets an editor key run documents of its own (the import mutations), and no other caller', async () => {
    const remove = { query: 'mutation { deleteArticle(id: "article:not-stored") { nodesDeleted } }' };
    const asEditor = await post(server.base, remove, { authorization: `Bearer ${editor.key}` });
    expect(asEditor.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['NOT_FOUND']);
    for (const headers of [{ authorization: `Bearer ${reader.key}` }, {}] as Record<string, string>[]) {
      const refused = await post(server.base, remove, headers);
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].extensions).toEqual({ code: 'UNTRUSTED_DOCUMENT' });
    }
  });

  it('still serves introspection, so GraphiQL and codegen load the schema', async () => {
    const { status, body } = await post(server.base, { query: getIntrospectionQuery() });
    expect(status).toBe(200);
    expect(body.data.__schema.queryType.name).toBe('Query');
  });
});

// --- GraphiQL in Chromium, trusted mode -----------------------------------------------------------------------

/** The little of playwright-core's API used here (loaded at run time: test/integration/browser.ts). */
interface Page {
  on(event: 'response', listener: (response: { url(): string; status(): number; request(): { method(): string } }) => void): void;
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  waitForFunction(expression: string, arg?: undefined, options?: { timeout?: number }): Promise<unknown>;
  click(selector: string): Promise<void>;
}
interface Playwright {
  chromium: {
    launch(options: { executablePath: string; args: string[] }): Promise<{ newPage(): Promise<Page>; close(): Promise<void> }>;
  };
}
const playwright = loadPlaywright<Playwright>();
const { missing: browserMissing, describeBrowser } = browserSuite(playwright);
const queryEditor = `document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror`;
const responseHolds = (text: string) =>
  `document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror?.getValue().includes(${JSON.stringify(text)}) ?? false`;

describeBrowser('GraphiQL in Chromium with TRUSTED_DOCUMENTS=only', () => {
  const server = useServer({ trustedDocuments: 'only' });

  it('loads the schema and runs an example tab, with no request refused', async () => {
    if (browserMissing) throw new Error(`this test needs ${browserMissing} (.ci/run installs Chromium)`);
    // The flags of graphiql.int.test.ts: no calls to Google's services from a machine without internet.
    const browser = await playwright!.chromium.launch({
      executablePath: CHROMIUM,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      const posts: number[] = [];
      page.on('response', (response) => {
        if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/graphql') posts.push(response.status());
      });
      await page.goto(`${server.base}/graphql`);
      await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
      await page.click('.graphiql-tab:nth-child(2) .graphiql-tab-button');
      await page.waitForFunction(`${queryEditor}?.getValue().includes('query WhatDidXiSay') ?? false`);
      // GraphiQL reads the operation name 100 ms after a change (graphiql.int.test.ts says why this waits).
      await page.waitForFunction(`${queryEditor}.operationName === 'WhatDidXiSay'`);
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(responseHolds('are good neighbors that cannot be moved apart'), undefined, { timeout: 30_000 });
      // The introspection GraphiQL loads the schema with, and the run.
      expect(posts.length).toBeGreaterThanOrEqual(2);
      expect(posts.every((status) => status === 200)).toBe(true);
    } finally {
      await browser.close();
    }
  }, 90_000);
});
