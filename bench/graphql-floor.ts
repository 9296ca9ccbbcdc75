/**
 * The GraphQL floor: the least a GraphQL server on the API's own stack can do to answer the floor's operations.
 * The floor's work (bench/floor.ts: one Cypher statement per request through the same driver, the rows turned
 * into the answer's JSON) run inside the API's request path without the API's own parts: node:http, Express's JSON
 * body parser, Apollo Server's integration API (ApolloServer.executeHTTPGraphQLRequest, as src/http/graphql-post.ts
 * calls it) and graphql-js executing the client's query against the API's schema (schema/schema.graphql, so
 * parsing, validation and execution cost what they cost the API). Its root fields return the floor's answer, and
 * every field below is graphql-js's default resolver reading that plain data: no type-graphql, no per-field
 * resolvers, no loaders, limits, metrics or logs.
 *
 * What the API costs above it is the price of the API's own resolvers and features; what it costs above the floor
 * is the price of Apollo and graphql-js, which no resolver design on this stack avoids. bench/run.ts reports both
 * ratios.
 *
 * `BENCH_BOLT_URIS=bolt://… BENCH_NEO4J_PASSWORD=… npx ts-node --transpile-only bench/graphql-floor.ts` runs it alone.
 */
import '../src/production-mode';
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, isAbstractType } from 'graphql';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../src/db/database';
import { QueryCatalog } from '../src/db/queries';
import { ID_PREFIX, idPrefix, KIND_LABEL, STATEMENT_PREFIX } from '../src/graph';
import type { EntityKind } from '../src/graph';
import { projectPath } from '../src/paths';
import type { Listening } from './children';
import { listenOnLoopback, serveChild } from './children';
import { FLOOR_ANSWERS } from './floor';

interface FloorContext {
  /** The floor's `data` for this request's operation and variables. */
  data: Record<string, unknown>;
}

/** The object type of a value in the floor's data: its `__typename`, else what its id's prefix says. */
const TYPE_OF_PREFIX: Record<string, string> = {
  ...Object.fromEntries(Object.entries(ID_PREFIX).map(([kind, prefix]) => [prefix, KIND_LABEL[kind as EntityKind]])),
  [STATEMENT_PREFIX]: 'Statement',
};

/**
 * schema/schema.graphql with resolvers only where plain data cannot speak for itself: each root field reads its
 * entry of the floor's data, and an interface or union resolves to the object type named as above.
 */
export function floorSchema(): GraphQLSchema {
  const schema = buildSchema(readFileSync(projectPath('schema', 'schema.graphql'), 'utf8'));
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    field.resolve = (_root, _args, context: FloorContext, info) => context.data[info.path.key];
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type)) continue;
    type.resolveType = (value: { __typename?: string; id?: string }) => value.__typename ?? TYPE_OF_PREFIX[idPrefix(value.id ?? '')];
  }
  return schema;
}

export async function startGraphqlFloor(driver: Driver, catalog: QueryCatalog = QueryCatalog.load()): Promise<Listening> {
  const apollo = new ApolloServer<FloorContext>({
    schema: floorSchema(),
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const json = express.json();
  const execute = async (req: IncomingMessage & { body?: { operationName?: string; variables?: Record<string, unknown> } }, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const answer = FLOOR_ANSWERS[req.body?.operationName ?? ''];
    if (!answer) throw new Error(`the GraphQL floor does not answer ${req.body?.operationName}`);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: req.body },
      context: async () => ({ data: (await answer(driver, catalog, req.body?.variables ?? {})) as Record<string, unknown> }),
    });
    if (response.body.kind !== 'complete') throw new Error('the GraphQL floor answers no incremental delivery');
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
  };
  const server = createServer((req, res) => {
    json(req as express.Request, res as express.Response, (error?: unknown) => {
      (error ? Promise.reject(error) : execute(req, res)).catch((failure: Error) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ errors: [{ message: failure.message }] }));
      });
    });
  });
  return listenOnLoopback(server, async () => {
    await apollo.stop();
    await driver.close();
  });
}

if (require.main === module) {
  const password = process.env.BENCH_NEO4J_PASSWORD ?? '';
  serveChild((uri) => startGraphqlFloor(createDriver({ uri, username: 'neo4j', password }))).catch((error) => {
    console.error(`GraphQL floor failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  });
}
