/**
 * A global bound on GraphQL requests executing at once, with a FIFO queue in front of it.
 *
 * Without it, every open connection's request runs at once: 64 clients mean 64 requests interleaving their
 * Cypher statements on Neo4j's few cores and their JS on one event loop, so each takes as long as all of them and
 * the slowest wait on whichever statements the scheduler happened to favour (p99 several times p50 at 64
 * connections, README.md, "Floor, peer and a network delay"). With at most MAX_IN_FLIGHT executing and the rest
 * waiting in arrival order, a request's latency is its queue position times the service time, the same for all.
 * A queue longer than MAX_QUEUED answers 503 with Retry-After and the code OVERLOADED at once rather than queueing
 * without end (RFC 9110, 15.6.4 503 Service Unavailable and 10.2.3 Retry-After).
 *
 * It runs as a Connect-style middleware after the JSON body parser (src/server.ts), so a slow upload does not
 * hold a slot, on POST /graphql (src/http/graphql-post.ts) and on Express's /graphql alike. A slot is held until
 * the response closes (finished or aborted); a request whose client goes away while queued leaves the queue.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Middleware } from './graphql-post';
import { refuse } from './refusal';

/** Seconds a refused client is told to wait: a queue drains in well under a second at the bounds' defaults. */
export const RETRY_AFTER_SECONDS = 1;
export const OVERLOADED = 'OVERLOADED';

export interface AdmissionLimits {
  /** Requests executing at once (Infinity: no bound, the queue is never used). */
  maxInFlight: number;
  /** Requests waiting for a slot; one more is refused with 503. */
  maxQueued: number;
}

interface Waiting {
  res: ServerResponse;
  next: () => void;
  /** The client went away while this request waited. */
  gone: boolean;
  leave?: () => void;
}

export class Admission {
  private running = 0;
  private readonly queue: Waiting[] = [];
  /** Index of the queue's head: shifting an array costs O(length); the consumed prefix is dropped in chunks. */
  private head = 0;
  /** Entries after the head whose client went away (skipped when reached). */
  private gone = 0;

  constructor(private readonly limits: AdmissionLimits) {}

  /** Requests executing now, and waiting (for /metrics or tests). */
  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.queue.length - this.head - this.gone;
  }

  readonly middleware: Middleware = (_req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    if (this.running < this.limits.maxInFlight) return this.admit(res, next);
    if (this.queued >= this.limits.maxQueued) return this.refuse(res);
    const waiting: Waiting = { res, next, gone: false };
    const leave = () => {
      waiting.gone = true;
      this.gone++;
    };
    res.once('close', leave);
    waiting.leave = leave;
    this.queue.push(waiting);
  };

  private admit(res: ServerResponse, next: () => void): void {
    this.running++;
    // 'close' comes once per response, after the last byte is handed to the socket or when the connection dies.
    res.once('close', this.release);
    next();
  }

  private readonly release = (): void => {
    this.running--;
    while (this.head < this.queue.length) {
      const waiting = this.queue[this.head];
      this.queue[this.head++] = undefined as unknown as Waiting;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      // A client that went away while queued costs nothing more; its slot goes to the next one.
      if (waiting.gone) {
        this.gone--;
        continue;
      }
      waiting.res.off('close', waiting.leave!);
      this.admit(waiting.res, waiting.next);
      return;
    }
    this.queue.length = 0;
    this.head = 0;
  };

  private refuse(res: ServerResponse): void {
    refuse(res, {
      status: 503,
      code: OVERLOADED,
      message: `The server is busy: ${this.limits.maxInFlight} requests are running and ${this.limits.maxQueued} waiting. Retry after ${RETRY_AFTER_SECONDS} s.`,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    });
  }
}
