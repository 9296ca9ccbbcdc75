/**
 * What runs first for every request, on both paths (src/server.ts calls it before choosing between
 * src/http/graphql-post.ts and Express): the request id (echoed as X-Request-Id), the access log, and the
 * GraphQL metrics once the response closes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger';
import { accessLog } from './access-log';
import type { Metrics } from './metrics';
import { startOutcome } from './request-outcome';

export function observeRequests(log: Logger, metrics: Metrics): (req: IncomingMessage, res: ServerResponse) => void {
  const logRequest = accessLog(log);
  return (req, res) => {
    const outcome = startOutcome(req, res);
    res.setHeader('x-request-id', outcome.id);
    if (outcome.path === '/graphql') res.once('close', () => metrics.observe(outcome, res));
    logRequest?.(req, res);
  };
}
