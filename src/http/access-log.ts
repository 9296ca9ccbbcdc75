/**
 * The access log: one line per HTTP request through pino-http, on both paths (POST /graphql served without
 * Express, src/http/graphql-post.ts, and Express's routes), with the fields of its RequestOutcome
 * (src/http/request-outcome.ts): request id, method, path, status, operation, outcome, duration, Cypher round
 * trips. Lines carry no request bodies, query strings, headers, Cypher or stack traces: a client's mistake is
 * its error code, and server-side failures are logged once, in full, by src/errors.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Level } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger';
import type { RequestOutcome } from './request-outcome';
import { outcomeOf } from './request-outcome';

const FIELDS = Symbol('accessFields');

/** Probes and scrapes arrive every few seconds; they are logged at debug so they don't bury the traffic. */
const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);

/** The line's fields; pino adds level, time and the reqId bound by pino-http's request logger. */
export function accessFields(outcome: RequestOutcome, res: ServerResponse): AccessFields {
  return {
    method: outcome.method,
    path: outcome.path,
    status: res.statusCode,
    ...(outcome.operation !== undefined && { operation: outcome.operation }),
    outcome: outcome.result(res),
    durationMs: Math.round(outcome.durationMs * 10) / 10,
    ...(outcome.queries !== undefined && { roundTrips: outcome.roundTrips }),
  };
}

export interface AccessFields {
  method: string;
  path: string;
  status: number;
  operation?: string;
  outcome: string;
  durationMs: number;
  roundTrips?: number;
}

function message(f: AccessFields): string {
  const operation = f.operation === undefined ? '' : ` ${f.operation}`;
  const trips = f.roundTrips === undefined ? '' : `, ${f.roundTrips} round trip${f.roundTrips === 1 ? '' : 's'}`;
  return `${f.method} ${f.path} ${f.status}${operation} ${f.outcome} in ${f.durationMs} ms${trips}`;
}

function level(outcome: RequestOutcome, res: ServerResponse): Level {
  if (outcome.codes.includes('INTERNAL_SERVER_ERROR')) return 'error';
  // Their 503 and 504 are an outage or a slow database, not a fault of this server: the outage itself is logged
  // once at error when Neo4j is seen down (src/server.ts, readiness).
  if (outcome.codes.includes('SERVICE_UNAVAILABLE') || outcome.codes.includes('TIMEOUT')) return 'warn';
  if (res.statusCode >= 500) return 'error';
  return QUIET_PATHS.has(outcome.path) ? 'debug' : 'info';
}

/**
 * The middleware, or undefined when `log` drops info lines (LOG_LEVEL warn and above): the access log then costs
 * nothing per request, not even pino-http's child loggers and listeners. Needs the request's RequestOutcome
 * (startOutcome) to exist before it runs.
 */
export function accessLog(log: Logger): ((req: IncomingMessage, res: ServerResponse) => void) | undefined {
  if (!log.isLevelEnabled('info')) return undefined;
  const outcome = (res: ServerResponse): RequestOutcome => {
    const found = outcomeOf(res);
    if (!found) throw new Error('accessLog runs after startOutcome');
    return found;
  };
  // pino-http asks for the object and then the message: the fields are built once, for the object.
  const fields = (res: ServerResponse): AccessFields => {
    const found = outcome(res) as RequestOutcome & { [FIELDS]?: AccessFields };
    return (found[FIELDS] ??= accessFields(found, res));
  };
  const text = (res: ServerResponse): string => message(fields(res));
  return pinoHttp({
    logger: log,
    // The id startOutcome chose (the client's X-Request-Id when sane), bound as `reqId` to req.log.
    genReqId: (_req, res) => outcome(res).id,
    quietReqLogger: true,
    quietResLogger: true,
    // pino-http also builds a logger bound to the whole request; with this serializer that costs no
    // serialization, and no header or body reaches a line.
    wrapSerializers: false,
    serializers: { req: () => undefined },
    customLogLevel: (_req, res) => level(outcome(res), res),
    customSuccessObject: (_req, res) => fields(res),
    customErrorObject: (_req, res) => fields(res),
    customSuccessMessage: (_req, res) => text(res),
    customErrorMessage: (_req, res) => text(res),
  });
}
