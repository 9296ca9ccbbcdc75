/**
 * Fair sharing between clients (README.md, "Limits"): each client may start RATE_LIMIT_MAX requests per
 * RATE_LIMIT_WINDOW_SECONDS and have CONCURRENCY_LIMIT in flight at once; past either it gets 429 with
 * Retry-After and a GraphQL error body coded RATE_LIMITED. A client is its API key when it sends one
 * (`Authorization: Bearer <key>` or `X-Api-Key`), kept only as a SHA-256 hash, else its remote address
 * (an IPv6 client by its /56, as express-rate-limit's ipKeyGenerator groups them: one host usually holds a
 * whole prefix). The key is not checked here: an unknown key is still a client of its own, and whoever owns
 * the keys (src/auth/) refuses it later.
 *
 * The rate limit is express-rate-limit's (its memory store: a fixed window per key, so a client may spend its
 * whole budget in a burst); it needs only node's request and response, so the same middleware runs on POST
 * /graphql (src/http/graphql-post.ts, no Express) and on Express's routes. A concurrency limit is not among
 * its features: that is a counter per client, below.
 *
 * Loopback clients (the developer's `npm start`, the test suite, the benchmark) are exempt by default
 * (RATE_LIMIT_LOOPBACK=exempt): they are the operator's own. Behind a reverse proxy on the same host every
 * request comes from loopback, so set RATE_LIMIT_LOOPBACK=limit there.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import { apiKeyFrom } from '../auth/api-keys';
import type { Limits } from '../config';
import type { Middleware } from './graphql-post';
import { refuse } from './refusal';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses (how a dual-stack socket reports IPv4 peers). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const ip = address.startsWith('::ffff:') ? address.slice(7) : address;
  return ip === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip);
}

/** `key:<sha256 hex>` for an API key (the key itself is never kept), else `ip:<address or IPv6 /56>`. */
export function clientKeyOf(req: IncomingMessage): string {
  const apiKey = apiKeyFrom(req);
  if (apiKey) return `key:${createHash('sha256').update(apiKey).digest('hex')}`;
  return `ip:${ipKeyGenerator(req.socket.remoteAddress ?? 'unknown')}`;
}

type Keyed = IncomingMessage & { [CLIENT]?: string };
const CLIENT = Symbol('client');

/**
 * Requests of each client in flight; a client's entry goes when its last request ends, so the map holds only
 * clients with a request open.
 */
export class ConcurrencyLimiter {
  private readonly inFlight = new Map<string, number>();

  constructor(readonly max: number) {}

  /** Counts the request in and registers its release when the response closes; false when the client is full. */
  enter(key: string, res: ServerResponse): boolean {
    const current = this.inFlight.get(key) ?? 0;
    if (current >= this.max) return false;
    this.inFlight.set(key, current + 1);
    // 'close' comes once for every response, finished or cut short (node:http ServerResponse).
    res.once('close', () => {
      const left = (this.inFlight.get(key) ?? 1) - 1;
      if (left > 0) this.inFlight.set(key, left);
      else this.inFlight.delete(key);
    });
    return true;
  }

  get clients(): number {
    return this.inFlight.size;
  }
}

/** The fair-sharing middleware for /graphql and /export, or undefined when both limits are off. */
export function fairShare(limits: Limits): Middleware | undefined {
  if (limits.rateLimit === 0 && limits.concurrency === 0) return undefined;
  const exempt = (req: IncomingMessage): boolean => limits.loopback === 'exempt' && isLoopback(req.socket.remoteAddress);
  const keyOf = (req: Keyed): string => (req[CLIENT] ??= clientKeyOf(req));
  const windowSeconds = limits.rateWindowSeconds;

  const rate =
    limits.rateLimit > 0
      ? (rateLimit({
          windowMs: windowSeconds * 1000,
          limit: limits.rateLimit,
          // RateLimit-Policy and RateLimit (IETF draft 7) on every answer, Retry-After on a refusal. Draft 8's
          // headers are written with Express's res.append, which node's own response (POST /graphql) lacks.
          standardHeaders: 'draft-7',
          legacyHeaders: false,
          keyGenerator: (req) => keyOf(req as Keyed),
          handler: (_req, res) => {
            const retryAfter = Number(res.getHeader('retry-after') ?? windowSeconds);
            refuse(res, {
              status: 429,
              code: 'RATE_LIMITED',
              message: `Too many requests: this client may send ${limits.rateLimit} requests every ${windowSeconds} s (RATE_LIMIT_MAX). Retry after ${retryAfter} s.`,
              extensions: { limit: 'RATE_LIMIT_MAX', max: limits.rateLimit, windowSeconds, retryAfter },
            });
          },
        }) as unknown as Middleware)
      : undefined;
  const concurrency = limits.concurrency > 0 ? new ConcurrencyLimiter(limits.concurrency) : undefined;

  const admit = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
    if (concurrency && !concurrency.enter(keyOf(req), res)) {
      // A request in flight ends within the per-request time; one second is a short, honest wait.
      return refuse(res, {
        status: 429,
        code: 'RATE_LIMITED',
        message: `Too many requests in flight: this client may have ${concurrency.max} at once (CONCURRENCY_LIMIT). Retry after 1 s.`,
        extensions: { limit: 'CONCURRENCY_LIMIT', max: concurrency.max, retryAfter: 1 },
        retryAfterSeconds: 1,
      });
    }
    next();
  };

  return (req, res, next) => {
    if (exempt(req)) return next();
    if (!rate) return admit(req, res, next);
    rate(req, res, (error?: unknown) => (error ? next(error) : admit(req, res, next)));
  };
}
