/**
 * POST /graphql on node:http's own request and response, without Express. Express 5 costs about 90 µs of CPU a
 * request on the development machine before any middleware runs (its router, and the request and response
 * prototypes it swaps in), as much as body parsing, Apollo and graphql-js together for NodeById; that path
 * carries nearly all the traffic. The same middlewares run (cors when configured, the JSON body parser, both
 * framework-agnostic), then Apollo's integration API (ApolloServer.executeHTTPGraphQLRequest) exactly as
 * @as-integrations/express5 calls it, and the answer is written as Express's res.send would. Every other
 * method or path, /graphql?… included, still goes through Express (src/server.ts).
 */
import type { ApolloServer, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Connect-style middleware that needs nothing from Express (cors, body-parser). */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export interface GraphqlPostOptions<C extends BaseContext> {
  middlewares: Middleware[];
  /** Called as @as-integrations/express5 calls its context function: with the request and the response. */
  context: (args: { req: IncomingMessage; res: ServerResponse }) => Promise<C>;
  /** Answers a failure of a middleware or of Apollo's handler (Express would call its error handlers). */
  onError: (error: unknown, res: ServerResponse) => void;
}

/** True for the requests `graphqlPost` serves. */
export function isGraphqlPost(req: IncomingMessage): boolean {
  return req.method === 'POST' && req.url === '/graphql';
}

export function graphqlPost<C extends BaseContext>(apollo: ApolloServer<C>, { middlewares, context, onError }: GraphqlPostOptions<C>) {
  async function execute(req: IncomingMessage & { body?: unknown }, res: ServerResponse): Promise<void> {
    if (!('body' in req)) throw new Error('the JSON body parser did not run before the GraphQL handler');
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: req.body },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // What res.send does with a string: a content type with a charset, and the length in bytes.
      const type = res.getHeader('content-type');
      if (type === undefined) res.setHeader('content-type', 'text/html; charset=utf-8');
      else if (!/;\s*charset=/i.test(String(type))) res.setHeader('content-type', `${String(type)}; charset=utf-8`);
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    let index = 0;
    const next = (error?: unknown): void => {
      if (error) return onError(error, res);
      const middleware = middlewares[index++];
      if (middleware) return middleware(req, res, next);
      execute(req, res).catch((failure: unknown) => onError(failure, res));
    };
    next();
  };
}
