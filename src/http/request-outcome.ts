/**
 * What the access log (src/http/access-log.ts) and the metrics (src/http/metrics.ts) say about one HTTP request,
 * gathered where each part is known: the request id, method and path when the request arrives (`observeRequest`
 * in src/http/telemetry.ts), the Cypher round trips from the request's QueryRunner (src/db/database.ts), the
 * operation name and the error codes from Apollo once the answer is formatted (`outcomePlugin`), and the duration
 * when the response ends. It hangs off node's ServerResponse under a symbol, so it works the same on the path
 * served without Express (src/http/graphql-post.ts) and on Express's.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * An incoming X-Request-Id is kept when it is a plausible id (a UUID, a trace id, a load balancer's token): up to
 * 128 characters of letters, digits and `-_.:/+=@`. Anything else (spaces, quotes, control characters, a
 * megabyte) is replaced, so a client cannot forge log lines or bloat them.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9\-_.:/+=@]{1,128}$/;
/** A GraphQL name (graphql spec, "Names"), capped: the only operation names that reach the log. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const MAX_PATH_LENGTH = 200;

export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** The path of a request target without its query string (which may hold a whole GraphQL document), capped. */
export function pathOf(url: string | undefined): string {
  const target = url ?? '';
  const query = target.indexOf('?');
  const path = query < 0 ? target : target.slice(0, query);
  return path.length > MAX_PATH_LENGTH ? `${path.slice(0, MAX_PATH_LENGTH)}…` : path;
}

/** Anything that counts Cypher round trips (the per-request QueryRunner). */
export interface RoundTripCounter {
  readonly roundTrips: number;
}

export class RequestOutcome {
  /** The operation Apollo ran (or the client named, when it never got that far); undefined for other paths. */
  operation: string | undefined;
  /** The `extensions.code` of every error in the answer, in order (a code once per error). */
  readonly codes: string[] = [];
  /** Set for GraphQL requests by the context factory (src/server.ts). */
  queries: RoundTripCounter | undefined;
  private ended: number | undefined;

  constructor(
    readonly id: string,
    readonly method: string,
    readonly path: string,
    private readonly started: number = performance.now(),
  ) {}

  get roundTrips(): number {
    return this.queries?.roundTrips ?? 0;
  }

  /** Milliseconds from arrival to the first read after the response ended (the log and the metrics read it then). */
  get durationMs(): number {
    this.ended ??= performance.now();
    return this.ended - this.started;
  }

  /**
   * `ok`; else the distinct error codes the client saw, comma-separated; else, for a failure no GraphQL error
   * describes (a response cut short, an HTTP error status), `ABORTED` or `HTTP_<status>`.
   */
  result(res: ServerResponse): string {
    if (this.codes.length > 0) return [...new Set(this.codes)].join(',');
    if (!res.writableFinished) return 'ABORTED';
    return res.statusCode >= 400 ? `HTTP_${res.statusCode}` : 'ok';
  }
}

const OUTCOME = Symbol('requestOutcome');
type Tracked = ServerResponse & { [OUTCOME]?: RequestOutcome };

export function startOutcome(req: IncomingMessage, res: ServerResponse): RequestOutcome {
  const outcome = new RequestOutcome(requestIdFor(req.headers['x-request-id']), req.method ?? '', pathOf(req.url));
  (res as Tracked)[OUTCOME] = outcome;
  return outcome;
}

export function outcomeOf(res: ServerResponse): RequestOutcome | undefined {
  return (res as Tracked)[OUTCOME];
}

/**
 * Apollo's plugins see only the context, and a shallow copy of it (ApolloServer.js cloneObject, for batched
 * requests), so the outcome hangs off the query runner the copy shares: a property of a per-request object, which
 * (unlike a WeakMap entry per request) leaves the garbage collector no extra work.
 */
const RUNNER_OUTCOME = Symbol('requestOutcome');
type Linked = RoundTripCounter & { [RUNNER_OUTCOME]?: RequestOutcome };

interface CountingContext extends BaseContext {
  db: RoundTripCounter;
}

/** Called by the context factory: the request's round trips are counted by this context's runner. */
export function linkContext(res: ServerResponse, context: CountingContext): void {
  const outcome = outcomeOf(res);
  if (!outcome) return;
  outcome.queries = context.db;
  (context.db as Linked)[RUNNER_OUTCOME] = outcome;
}

/**
 * Records the operation name and the codes of the errors as the client receives them (after formatError, so a
 * masked failure counts as INTERNAL_SERVER_ERROR). Requests without an HTTP outcome (executeOperation in tests)
 * cost one property read.
 */
export function outcomePlugin<C extends CountingContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const outcome = (contextValue.db as Linked)[RUNNER_OUTCOME];
      if (!outcome) return undefined;
      return {
        async willSendResponse({ operationName, request, response }) {
          const name = operationName ?? request.operationName;
          outcome.operation = name && OPERATION_NAME.test(name) ? name : undefined;
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            outcome.codes.push(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
          }
        },
      };
    },
  };
}
