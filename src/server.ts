/**
 * The HTTP side: Apollo Server 5 on Express 5 with an explicit body limit and CORS allow-list,
 * GET /health (process alive), GET /ready (Neo4j answers), GraphiQL for browsers at /graphql.
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
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { Config } from './config';
import type { Context } from './context';
import { createContext } from './context';
import type { Database } from './db/database';
import { createFormatError } from './errors';
import { complexityLimitPlugin } from './http/complexity';
import { graphiqlAssets, graphiqlPage, wantsGraphiql } from './http/graphiql';
import type { Logger } from './logger';
import { buildAppSchema } from './schema';

/**
 * graphql-js stops parsing past this many tokens (its own `maxTokens` parse option, which Apollo answers with
 * GRAPHQL_PARSE_FAILED and status 400): a cheap guard against huge documents.
 */
const MAX_TOKENS = 5_000;
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

export interface App {
  app: Express;
  httpServer: Server;
  apollo: ApolloServer<Context>;
}

export async function createApp(config: Config, db: Database, log: Logger): Promise<App> {
  const schema = await buildAppSchema();
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    parseOptions: { maxTokens: MAX_TOKENS },
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
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // Express hashes every response body into a weak ETag. GraphQL responses are `no-store`, so no client keeps
  // one to revalidate; the GraphiQL assets still revalidate by Last-Modified (res.sendFile's default).
  app.disable('etag');
  // The GraphQL route first, so a request to it is matched before the other routes are tried. Browsers get
  // GraphiQL on GET; CORS headers only when origins are allowed (cors with `origin: false` adds nothing).
  app.use(
    '/graphql',
    (req, res, next) => (req.path === '/' && wantsGraphiql(req) ? res.type('html').send(graphiqlPage('/graphql')) : next()),
    ...(config.corsOrigins.length > 0 ? [cors<cors.CorsRequest>({ origin: config.corsOrigins })] : []),
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, { context: async () => createContext(db, log) }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready', database: 'up' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: `Neo4j does not answer: ${(error as Error).message}` });
    }
  });
  app.use('/graphiql-assets', graphiqlAssets());
  // Body-parser failures (not JSON, too large) answer in GraphQL's error shape instead of Express's HTML page.
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (!error.status || error.status >= 500) return next(error);
    const message =
      error.type === 'entity.too.large'
        ? `Request body is larger than the ${BODY_LIMIT} limit.`
        : error.type === 'entity.parse.failed'
          ? `Request body is not valid JSON: ${error.message}`
          : error.message;
    res.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  });
  return { app, httpServer, apollo };
}
