/**
 * Runs the catalogued Cypher (src/db/queries.ts): one driver per process, reads routed to readers and writes to
 * the leader (so neo4j:// against a cluster or Aura spreads reads), results converted to plain values, and
 * connection failures turned into DatabaseUnavailableError. Statements are named by their file under cypher/ and
 * typed by src/db/queries.generated.ts: the compiler checks a name, its parameters and the rows' fields.
 * `QueryRunner` is the per-request view: it counts round trips, which the N+1 tests and the benchmarks read.
 */
import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import neo4j, { routing } from 'neo4j-driver';
import { DatabaseUnavailableError, isTransactionTimeout, isUnavailable, RequestTimeoutError } from './errors';
import type { QueryCatalog } from './queries';
import type { CypherQueries, QueryName } from './queries.generated';
import { Readiness } from './readiness';
import { toNative } from './values';

export type Row = Record<string, unknown>;

/** A variant of a file that declares `// variants:` (src/db/queries.ts variantName), e.g. `path/shortest?maxHops=4&walks=6`. */
export type VariantName = { [N in QueryName]: CypherQueries[N] extends { variants: true } ? `${N}?${string}` : never }[QueryName];
/** A name `Database` accepts: a file's, or one of its variants'. */
export type StatementName = QueryName | VariantName;
type FileOf<S extends StatementName> = S extends `${infer N}?${string}` ? Extract<N, QueryName> : Extract<S, QueryName>;
export type ParamsOf<S extends StatementName> = CypherQueries[FileOf<S>]['params'];
export type RowOf<S extends StatementName> = CypherQueries[FileOf<S>]['row'];
/** The parameters argument: optional for a statement that takes none. */
export type ParamsArg<S extends StatementName> = Record<string, never> extends ParamsOf<S> ? [params?: ParamsOf<S>] : [params: ParamsOf<S>];

export interface DriverOptions {
  uri: string;
  username: string;
  password: string;
}

/**
 * How long a failing statement is retried: the driver's managed transactions (writes) and `Database.read`'s own
 * loop alike, for transient errors only (a lost connection marks the database down at once instead: readiness
 * below). Also bounded by the request's budget (REQUEST_TIMEOUT_MS).
 */
export const MAX_RETRY_TIME_MS = 2_000;
/** The driver's own first retry delay, growth and jitter (neo4j-driver-core lib/internal/transaction-executor.js). */
const RETRY_DELAY_MS = 1_000;
const RETRY_DELAY_MULTIPLIER = 2;
const RETRY_JITTER = 0.2;

/**
 * The TCP connect and Bolt handshake bound (the driver's `connectionTimeout`; its default is 30 s). On loopback a
 * handshake takes about a millisecond, and a stopped Neo4j refuses at once, so 500 ms only matters for a process
 * that accepts but does not answer (hung, paused, swapping): it is then seen down in half a second, not 30. A
 * remote server (Aura, a cluster) gets 5 s: TLS over a long route takes a few round trips, and giving up early
 * there would mark a slow but healthy database down.
 */
export const CONNECT_TIMEOUT_LOOPBACK_MS = 500;
export const CONNECT_TIMEOUT_REMOTE_MS = 5_000;
/**
 * How long a statement may wait for a pooled connection (`connectionAcquisitionTimeout`, default 60 s): the wait
 * for a free one when all 100 are busy, plus connecting a new one. A request's own budget (REQUEST_TIMEOUT_MS,
 * default 10 s) is what it may wait in all, so the pool never holds it longer; a refused connection still fails
 * at once, this bounds only a queue.
 */
export const CONNECTION_ACQUISITION_TIMEOUT_MS = 10_000;

export function isLoopback(uri: string): boolean {
  try {
    const host = new URL(uri).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/**
 * Drivers made by `createDriver` for one server (bolt://, bolt+s://), which sees every committed write in the
 * transactions after it: their reads need no bookmarks (Database.read). A routing driver (neo4j://, neo4j+s://: a
 * cluster or Aura) may send a read to another member than the write before it, and so may a driver made elsewhere.
 */
const DIRECT_DRIVERS = new WeakSet<Driver>();

/** Whether a Neo4j URI's scheme routes (neo4j://, neo4j+s://, neo4j+ssc://) rather than naming one server. */
export function routes(uri: string): boolean {
  return /^neo4j(\+s|\+ssc)?:\/\//.test(uri);
}

export function createDriver({ uri, username, password }: DriverOptions): Driver {
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
    // Integers arrive as JavaScript numbers instead of one Integer object each (neo4j-driver's
    // `disableLosslessIntegers`). Every integer the graph stores or counts (offsets, counts, degrees, totals)
    // is far below 2^53, where a number is exact; src/db/values.ts then has nothing to convert in most rows.
    disableLosslessIntegers: true,
    maxTransactionRetryTime: MAX_RETRY_TIME_MS,
    connectionTimeout: isLoopback(uri) ? CONNECT_TIMEOUT_LOOPBACK_MS : CONNECT_TIMEOUT_REMOTE_MS,
    connectionAcquisitionTimeout: CONNECTION_ACQUISITION_TIMEOUT_MS,
    userAgent: 'news-knowledge-graph/0.1',
  });
  if (!routes(uri)) DIRECT_DRIVERS.add(driver);
  return driver;
}

/**
 * A request's time budget (REQUEST_TIMEOUT_MS): each statement runs with what is left of it as its Neo4j
 * transaction `timeout`, so a slow statement is ended by Neo4j instead of holding a connection until the
 * server's own 30 s `db.transaction.timeout`; the request also stops waiting at the deadline, since Neo4j checks
 * transaction timeouts only every couple of seconds (`db.transaction.monitor.check.interval`).
 */
export interface Budget {
  /** Epoch milliseconds when it runs out. */
  readonly deadline: number;
  /** Its whole length, for the error message. */
  readonly ms: number;
}

export function budgetOf(ms: number, now = Date.now()): Budget {
  return { deadline: now + ms, ms };
}

/** What is left of a budget in whole milliseconds; throws TIMEOUT when nothing is (a 0 timeout would mean none). */
function remainingMs(budget: Budget): number {
  const left = Math.floor(budget.deadline - Date.now());
  if (left < 1) throw new RequestTimeoutError(budget.ms);
  return left;
}

/** `work`, or TIMEOUT at the deadline when it has not settled by then (the statement itself is ended by Neo4j). */
async function withinBudget<T>(budget: Budget | undefined, work: Promise<T>): Promise<T> {
  if (!budget) return work;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, fail) => {
    timer = setTimeout(() => fail(new RequestTimeoutError(budget.ms)), Math.max(0, budget.deadline - Date.now()));
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
    // Settles later, when Neo4j ends the transaction: nobody waits for it any more.
    work.catch(() => undefined);
  }
}

function rows(result: { records: QueryResult<RecordShape>['records'] }): Row[] {
  return result.records.map((record) => toNative(record.toObject()) as Row);
}

/** Statement runner inside one explicit transaction (the seed step writes each article in one). */
export interface TxRunner {
  run<S extends StatementName>(name: S, ...params: ParamsArg<S>): Promise<{ rows: RowOf<S>[]; counters: Record<string, number> }>;
}

/**
 * What this process has open in the driver right now. The driver exposes no pool metrics, so Database counts the
 * sessions it opens and the statements it runs until they close or settle; /metrics reads these at scrape time
 * (src/http/metrics.ts), so counting costs two integer updates per statement.
 */
export interface DatabaseActivity {
  /** Sessions opened and not yet closed (`driver.executeQuery` counts as one: it opens its own). */
  sessions: number;
  /** Statements sent and not yet answered (a retried read counts once until it settles). */
  queries: number;
}

export class Database {
  readonly activity: DatabaseActivity = { sessions: 0, queries: 0 };
  /**
   * Whether Neo4j is known to be down (src/db/readiness.ts): set from the failures of the statements themselves,
   * re-checked in the background while down. While down, every statement fails at once.
   */
  readonly readiness: Readiness;
  /** Whether reads follow writes by bookmarks (see DIRECT_DRIVERS). */
  private readonly causalReads: boolean;

  constructor(
    readonly driver: Driver,
    readonly queries: QueryCatalog,
    readonly database: string,
  ) {
    this.readiness = new Readiness(() => this.probe());
    this.causalReads = !DIRECT_DRIVERS.has(driver);
  }

  /**
   * One read statement as an auto-commit query (`session.run`), routed to a reader. `driver.executeQuery` runs
   * a managed transaction instead: BEGIN, RUN + PULL, COMMIT, three writes to the socket and two extra round
   * trips for every statement, which the CPU profile of a one-statement request showed as its largest cost
   * (bench/profile.ts). A read has nothing to commit, so one RUN + PULL does. What executeQuery gave is kept:
   * the session shares its bookmark manager when the driver routes (reads stay causally after `write`s on a
   * cluster; a bolt:// driver's one server needs none, and a session with the manager cost about 20 µs of CPU more
   * a statement in an interleaved HTTP load of NodeById), and transient failures are
   * retried with the driver's backoff within MAX_RETRY_TIME_MS (a read is idempotent; the driver does not retry
   * auto-commit queries itself: Neo4jError.retryable, neo4j-driver-core lib/error.js).
   */
  read<S extends StatementName>(name: S, ...[params]: ParamsArg<S>): Promise<RowOf<S>[]> {
    return this.readWithin(undefined, name, params);
  }

  /** `read` within a request's budget (undefined: none, as for the seed step and the exports' own loop). */
  async readWithin<S extends StatementName>(budget: Budget | undefined, name: S, params: ParamsOf<S> | undefined): Promise<RowOf<S>[]> {
    this.failFast();
    const statement = this.queries.statementFor(name, params);
    const started = Date.now();
    this.activity.queries += 1;
    try {
      for (let delay = RETRY_DELAY_MS; ; delay *= RETRY_DELAY_MULTIPLIER) {
        try {
          const timeout = budget ? remainingMs(budget) : undefined;
          const result = (await withinBudget(budget, this.autoCommitRead(statement, params ?? {}, timeout))) as RowOf<S>[];
          this.readiness.markUp();
          return result;
        } catch (error) {
          const failure = this.classify(error, budget);
          if (failure || !neo4j.isRetryableError(error) || Date.now() - started > MAX_RETRY_TIME_MS) throw failure ?? error;
          let wait = delay * (1 - RETRY_JITTER + 2 * RETRY_JITTER * Math.random());
          if (budget) wait = Math.min(wait, remainingMs(budget));
          await new Promise((resume) => setTimeout(resume, wait));
        }
      }
    } finally {
      this.activity.queries -= 1;
    }
  }

  write<S extends StatementName>(name: S, ...[params]: ParamsArg<S>): Promise<RowOf<S>[]> {
    return this.writeWithin(undefined, name, params);
  }

  async writeWithin<S extends StatementName>(budget: Budget | undefined, name: S, params: ParamsOf<S> | undefined): Promise<RowOf<S>[]> {
    this.failFast();
    const statement = this.queries.statementFor(name, params);
    this.activity.sessions += 1;
    this.activity.queries += 1;
    try {
      const timeout = budget ? remainingMs(budget) : undefined;
      const work = this.driver.executeQuery(statement, params ?? {}, {
        database: this.database,
        routing: routing.WRITE,
        ...(timeout ? { transactionConfig: { timeout } } : {}),
      });
      const result = await withinBudget(budget, work);
      this.readiness.markUp();
      return rows(result) as RowOf<S>[];
    } catch (error) {
      throw this.classify(error, budget) ?? error;
    } finally {
      this.activity.sessions -= 1;
      this.activity.queries -= 1;
    }
  }

  /** SERVICE_UNAVAILABLE at once while Neo4j is known to be down: no connect attempt, no retry delays. */
  private failFast(): void {
    if (!this.readiness.up) throw new DatabaseUnavailableError(new Error(this.readiness.current.reason));
  }

  /**
   * The error a client should see for a driver failure, or undefined to rethrow it as it is. A lost or refused
   * connection marks the database down (no retry: the background re-check finds it back).
   */
  private classify(error: unknown, budget: Budget | undefined): Error | undefined {
    if (error instanceof RequestTimeoutError || error instanceof DatabaseUnavailableError) return error;
    if (budget && isTransactionTimeout(error)) return new RequestTimeoutError(budget.ms, error);
    if (isUnavailable(error)) {
      this.readiness.markDown(error);
      return new DatabaseUnavailableError(error);
    }
    return undefined;
  }

  private async autoCommitRead(text: string, params: object, timeout?: number): Promise<Row[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.causalReads ? this.driver.executeQueryBookmarkManager : undefined,
    });
    this.activity.sessions += 1;
    try {
      return rows(await session.run(text, params, timeout ? { timeout } : undefined));
    } finally {
      await session.close();
      this.activity.sessions -= 1;
    }
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it does. */
  async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    this.failFast();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    this.activity.sessions += 1;
    try {
      const result = await session.executeWrite((tx: ManagedTransaction) =>
        work({
          run: async (name, ...[params]) => {
            this.activity.queries += 1;
            try {
              const result = await tx.run(this.queries.statementFor(name, params), params ?? {});
              const counters = result.summary.counters.updates() as unknown as Record<string, number>;
              return { rows: rows(result) as never[], counters };
            } finally {
              this.activity.queries -= 1;
            }
          },
        }),
      );
      this.readiness.markUp();
      return result;
    } catch (error) {
      throw this.classify(error, undefined) ?? error;
    } finally {
      await session.close();
      this.activity.sessions -= 1;
    }
  }

  /**
   * Resolves when the database answers a query, whatever the readiness says (start-up waits on it, and /ready
   * asks it while the database is up), and updates the readiness from the answer.
   */
  async ping(): Promise<void> {
    try {
      await this.probe();
      this.readiness.markUp();
    } catch (error) {
      if (isUnavailable(error)) this.readiness.markDown(error);
      throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    }
  }

  /** One trivial statement, bypassing the fast failure: the readiness re-check. */
  private async probe(): Promise<void> {
    await this.autoCommitRead(this.queries.statementFor('system/ping'), {});
  }

  /** Stops the readiness re-checks and closes the driver. */
  async close(): Promise<void> {
    this.readiness.close();
    await this.driver.close();
  }
}

/**
 * Per-request view over the Database: counts round trips (one per executed statement) and holds the request's
 * time budget (REQUEST_TIMEOUT_MS), which starts when the request's context is made.
 */
export class QueryRunner {
  roundTrips = 0;
  /**
   * The round trips the request waited for one after another: a statement that starts while another of this
   * request's is running overlaps it and adds none. What a network's latency between API and Neo4j multiplies.
   */
  sequentialRoundTrips = 0;
  private running = 0;
  readonly budget: Budget | undefined;

  constructor(
    private readonly db: Database,
    budgetMs?: number,
  ) {
    this.budget = budgetMs ? budgetOf(budgetMs) : undefined;
  }

  read<S extends StatementName>(name: S, ...[params]: ParamsArg<S>): Promise<RowOf<S>[]> {
    return this.count(() => this.db.readWithin(this.budget, name, params));
  }

  write<S extends StatementName>(name: S, ...[params]: ParamsArg<S>): Promise<RowOf<S>[]> {
    return this.count(() => this.db.writeWithin(this.budget, name, params));
  }

  private count<T>(run: () => Promise<T>): Promise<T> {
    this.roundTrips += 1;
    if (this.running === 0) this.sequentialRoundTrips += 1;
    this.running += 1;
    return run().finally(() => {
      this.running -= 1;
    });
  }
}
