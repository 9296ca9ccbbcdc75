/**
 * The HTTP side: Apollo Server 5 on Express 5 with an explicit body limit and CORS allow-list,
 * GET /health (process alive), GET /ready (Neo4j answers), GraphiQL for browsers at /graphql, the explorer page
 * at /explore (src/http/explore.ts).
 * POST /graphql, nearly all the traffic, is served by the same middlewares and Apollo without Express's
 * router (src/http/graphql-post.ts). Every request gets an id, an access-log line and, on /graphql, metrics
 * (src/http/telemetry.ts); GET /metrics serves them.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import cors from 'cors';
import type { Express, NextFunction, Request, Response } from 'express';
import express from 'express';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { Config } from './config';
import type { Context } from './context';
import { createContext } from './context';
import type { Database } from './db/database';
import type { Caller } from './auth/api-keys';
import { callerOf } from './auth/api-keys';
import { createFormatError, UnauthenticatedError } from './errors';
import { Admission } from './http/admission';
import { complexityLimitPlugin } from './http/complexity';
import { exportRouter } from './http/export';
import { explorerRouter } from './http/explore';
import { graphiqlAssets, graphiqlPage, wantsGraphiql } from './http/graphiql';
import type { Middleware } from './http/graphql-post';
import { graphqlPost, isGraphqlPost } from './http/graphql-post';
import { documentLimitRules } from './http/limits';
import { fairShare } from './http/limits-rate';
import { TrustedDocuments, trustedTexts } from './http/limits-trusted';
import { Metrics } from './http/metrics';
import { linkContext, outcomeOf, outcomePlugin } from './http/request-outcome';
import type { Refusal } from './http/refusal';
import { refuse } from './http/refusal';
import { observeRequests } from './http/telemetry';
import { unavailablePlugin } from './http/unavailable';
import type { Logger } from './logger';
import { buildAppSchema } from './schema';

/** Body limit of every request but those with an editor API key, which get IMPORT_BODY_LIMIT (an article). */
const BODY_LIMIT = '100kb';

/**
 * `cache-control: no-store` on every GraphQL response, as Apollo's default cache-control plugin answers when no
 * field has a cache hint (none here). That plugin is disabled because, to compute the hints, it wraps every
 * field's resolver and runs per field of every request (@apollo/server plugin/cacheControl: willResolveField).
 */
const noStore: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

type RequestError = Error & { status?: number; type?: string; limit?: number };

/**
 * Body-parser failures (not JSON, too large) answer in GraphQL's error shape instead of Express's HTML page;
 * undefined for errors that are not the client's (status 5xx or none).
 */
function requestErrorAnswer(error: RequestError): Refusal | undefined {
  if (!error.status || error.status >= 500) return undefined;
  const message =
    error.type === 'entity.too.large'
      ? `Request body is larger than the ${bodyLimitText(error.limit)} limit.`
      : error.type === 'entity.parse.failed'
        ? `Request body is not valid JSON: ${error.message}`
        : error.message;
  return { status: error.status, code: 'BAD_REQUEST', message };
}

/** body-parser's limit (bytes) as configured: `100kb`, `1mb`. */
function bodyLimitText(bytes: number | undefined): string {
  if (bytes === undefined) return BODY_LIMIT;
  if (bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024}mb`;
  return bytes % 1024 === 0 ? `${bytes / 1024}kb` : `${bytes} bytes`;
}

export interface App {
  app: Express;
  httpServer: Server;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
  admission: Admission;
}

export async function createApp(config: Config, db: Database, log: Logger): Promise<App> {
  const schema = await buildAppSchema();
  const app = express();
  // Assigned once Apollo has started; no request arrives before the server listens.
  let postGraphql: (req: Parameters<typeof isGraphqlPost>[0], res: ServerResponse) => void = () => undefined;
  const metrics = new Metrics(db.activity);
  // Request id, access log and metrics for every request, before it takes either path.
  const observe = observeRequests(log, metrics);
  const httpServer = createServer((req, res) => {
    observe(req, res);
    return isGraphqlPost(req) ? postGraphql(req, res) : app(req, res);
  });
  // Limits (src/http/limits*.ts): tokens at parse, depth, aliases, directives and operation types at validation,
  // cost once the operation is known; fair sharing and trusted documents before Apollo sees the request.
  const trusted = config.limits.trustedDocuments === 'only' ? new TrustedDocuments(trustedTexts(), config.limits.maxTokens) : undefined;
  const share = fairShare(config.limits);
  const apollo = new ApolloServer<Context>({
    schema,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: documentLimitRules(config.limits),
    // Trusted mode: persisted queries resolve to the trusted documents only (src/http/limits-trusted.ts).
    ...(trusted ? { persistedQueries: { cache: trusted.persistedQueryCache() } } : {}),
    formatError: createFormatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      // Installed by default only to switch itself off unless the schema is a federation subgraph.
      ApolloServerPluginInlineTraceDisabled(),
      complexityLimitPlugin(schema, config.maxQueryComplexity),
      unavailablePlugin(db),
      outcomePlugin(),
    ],
  });
  await apollo.start();
  db.readiness.onChange((state) =>
    state.up ? log.info('Neo4j answers again; serving') : log.error({ reason: state.reason }, 'Neo4j is down; failing fast with 503 until it answers'),
  );

  const admission = new Admission({ maxInFlight: config.maxInFlight, maxQueued: config.maxQueued });
  // Who sent a request (src/auth/api-keys.ts), worked out once: the body limit and the context both ask.
  const callers = new WeakMap<IncomingMessage, Caller | 'invalid'>();
  const callerFor = (req: IncomingMessage): Caller | 'invalid' => {
    let caller = callers.get(req);
    if (caller === undefined) callers.set(req, (caller = callerOf(config.apiKeys, req)));
    return caller;
  };
  const smallBody = express.json({ limit: BODY_LIMIT }) as Middleware;
  const isEditor = (req: IncomingMessage): boolean => {
    const caller = callerFor(req);
    return caller !== 'invalid' && caller.role === 'editor';
  };
  const importBody = express.json({ limit: config.importBodyLimit }) as Middleware;
  // The same chain for POST /graphql (graphqlPost) and for the rest of /graphql (Express).
  const middlewares: Middleware[] = [
    // cors with `origin: false` adds nothing, so it runs only when some origin is allowed.
    ...(config.corsOrigins.length > 0 ? [cors<cors.CorsRequest>({ origin: config.corsOrigins }) as Middleware] : []),
    // After cors, so a browser can read a refusal; before the body is read, so a refusal costs no parsing.
    ...(share ? [share] : []),
    // Only an editor can send a whole article; everyone else keeps the small limit.
    (req, res, next) => (isEditor(req) ? importBody : smallBody)(req, res, next),
    // Trusted documents bound what anonymous and read-key clients may run; an editor key (who may import) may
    // also send its own documents, the import and delete mutations among them.
    ...(trusted ? [trusted.middleware(isEditor)] : []),
    // Last, so that only a parsed request waits for or holds a slot (src/http/admission.ts).
    admission.middleware,
  ];
  // The request's logger (bound to its id by the access log, when on) and its round-trip count for the outcome.
  const context = async ({ req, res }: { req: IncomingMessage; res: ServerResponse }) => {
    const caller = callerFor(req);
    // A key that matches none is refused whatever the operation: the request can do nothing, so 401.
    if (caller === 'invalid') {
      outcomeOf(res)?.codes.push('UNAUTHENTICATED');
      throw new UnauthenticatedError('The API key matches none configured.', 401);
    }
    const value = createContext(db, (req as { log?: Logger }).log ?? log, { caller, requestTimeoutMs: config.requestTimeoutMs });
    linkContext(res, value);
    return value;
  };
  postGraphql = graphqlPost(apollo, {
    middlewares,
    context,
    onError: (error, res) => {
      const answer = requestErrorAnswer(error as RequestError);
      if (answer) return refuse(res, answer);
      // Express would hand this to its final handler (an HTML error page): nothing in the chain fails this way.
      log.error({ err: error }, 'unexpected error while serving POST /graphql');
      refuse(res, { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
    },
  });

  app.disable('x-powered-by');
  // Express hashes every response body into a weak ETag. GraphQL responses are `no-store`, so no client keeps
  // one to revalidate; the GraphiQL assets still revalidate by Last-Modified (res.sendFile's default).
  app.disable('etag');
  // The GraphQL route first, so a request to it is matched before the other routes are tried. Browsers get
  // GraphiQL on GET.
  app.use(
    '/graphql',
    (req, res, next) => (req.path === '/' && wantsGraphiql(req) ? res.type('html').send(graphiqlPage('/graphql')) : next()),
    ...middlewares,
    expressMiddleware(apollo, { context }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // While Neo4j is known to be down, /ready answers from that state (the background re-check, not each probe of
  // a load balancer, finds it back: src/db/readiness.ts); while up, it asks Neo4j.
  app.get('/ready', async (_req, res) => {
    const known = db.readiness.current;
    if (!known.up) {
      res.setHeader('retry-after', String(db.readiness.retryAfterSeconds()));
      res.status(503).json({ status: 'unavailable', reason: `Neo4j does not answer: ${known.reason}` });
      return;
    }
    try {
      await db.ping();
      res.json({ status: 'ready', database: 'up' });
    } catch (error) {
      if (!db.readiness.up) res.setHeader('retry-after', String(db.readiness.retryAfterSeconds()));
      res.status(503).json({ status: 'unavailable', reason: `Neo4j does not answer: ${(error as Error).message}` });
    }
  });
  // Prometheus's scrape target (README.md, "Operating it"); a bearer token when METRICS_TOKEN is set.
  app.get('/metrics', metrics.handler(config.metricsToken));
  app.use('/graphiql-assets', graphiqlAssets());
  if (share) app.use('/export', share);
  app.use('/export', exportRouter(db, log, { chunkSize: config.exportChunkSize }));
  app.use('/explore', explorerRouter());
  app.use((error: RequestError, _req: Request, res: Response, next: NextFunction) => {
    const answer = requestErrorAnswer(error);
    if (!answer) return next(error);
    refuse(res, answer);
  });
  return { app, httpServer, apollo, metrics, admission };
}
