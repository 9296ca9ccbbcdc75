/**
 * A refusal answered before Apollo sees the request (rate and concurrency limits, trusted documents, the admission
 * bound, a body that is not JSON or too large): one GraphQL error in the shape Apollo answers errors in, its code counted for the access log and
 * /metrics (src/http/request-outcome.ts), never cached.
 */
import type { ServerResponse } from 'node:http';
import { outcomeOf } from './request-outcome';

export interface Refusal {
  status: number;
  code: string;
  message: string;
  /** More of the error's `extensions` besides its code (e.g. the limit and its value). */
  extensions?: Record<string, unknown>;
  /** `Retry-After` in seconds, for refusals that pass. */
  retryAfterSeconds?: number;
}

export function refuse(res: ServerResponse, { status, code, message, extensions, retryAfterSeconds }: Refusal): void {
  outcomeOf(res)?.codes.push(code);
  const text = JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...(retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) }),
  });
  res.end(text);
}
