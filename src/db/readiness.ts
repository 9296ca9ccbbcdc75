/**
 * Whether Neo4j is known to be down, kept from the driver's own failures instead of a probe per request: a
 * connection failure of any statement (src/db/database.ts) marks it down, and from then on statements fail at
 * once (SERVICE_UNAVAILABLE, HTTP 503 with Retry-After: src/http/unavailable.ts) instead of each waiting on the
 * driver's connect and retry delays. While down, one background probe re-checks with exponential backoff and
 * jitter; the first probe that answers marks it up again, so the process recovers without a restart.
 */

/** First re-check delay after Neo4j is seen down, its growth, cap and jitter (±). */
export const RECHECK_FIRST_MS = 200;
const RECHECK_MULTIPLIER = 2;
/** The cap bounds how long the API keeps refusing after Neo4j is back: at most this plus one probe. */
export const RECHECK_MAX_MS = 2_000;
const RECHECK_JITTER = 0.2;

export interface ReadinessState {
  up: boolean;
  /** Why it is down (the driver's message), for /ready and the log. */
  reason?: string;
  /** When it was marked down (epoch ms). */
  since?: number;
}

export class Readiness {
  private state: ReadinessState = { up: true };
  private delay = RECHECK_FIRST_MS;
  private timer: NodeJS.Timeout | undefined;
  private nextCheckAt = 0;
  private closed = false;

  private readonly listeners = new Set<(state: ReadinessState) => void>();

  /** @param probe resolves when Neo4j answers (a trivial statement that bypasses the fast failure) */
  constructor(private readonly probe: () => Promise<void>) {}

  /** Tells `listener` of every transition (the server logs an outage and its end); returns its removal. */
  onChange(listener: (state: ReadinessState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener(this.current);
  }

  get up(): boolean {
    return this.state.up;
  }

  get current(): ReadinessState {
    return { ...this.state };
  }

  /** Whole seconds until the next re-check, at least 1: what `Retry-After` says while down. */
  retryAfterSeconds(now = Date.now()): number {
    return Math.max(1, Math.ceil((this.nextCheckAt - now) / 1000));
  }

  /** A connection failure was seen: fail fast from now on and start re-checking. */
  markDown(error: unknown): void {
    if (!this.state.up || this.closed) return;
    this.state = { up: false, reason: error instanceof Error ? error.message : String(error), since: Date.now() };
    this.delay = RECHECK_FIRST_MS;
    this.changed();
    this.schedule();
  }

  /** A statement or probe was answered. */
  markUp(): void {
    if (this.state.up) return;
    this.state = { up: true };
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.changed();
  }

  /** Stops re-checking (the driver is being closed). */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.closed) return;
    const wait = this.delay * (1 - RECHECK_JITTER + 2 * RECHECK_JITTER * Math.random());
    this.delay = Math.min(this.delay * RECHECK_MULTIPLIER, RECHECK_MAX_MS);
    this.nextCheckAt = Date.now() + wait;
    this.timer = setTimeout(() => void this.recheck(), wait);
    // A pending re-check must not keep a process alive that is otherwise done (tests, a draining shutdown).
    this.timer.unref();
  }

  private async recheck(): Promise<void> {
    this.timer = undefined;
    if (this.state.up || this.closed) return;
    try {
      await this.probe();
      this.markUp();
    } catch (error) {
      if (!this.state.up) {
        this.state = { ...this.state, reason: error instanceof Error ? error.message : String(error) };
        this.schedule();
      }
    }
  }
}
