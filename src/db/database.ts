/**
 * Runs the catalogued Cypher (src/db/queries.ts): one driver per process, reads routed to readers and writes to
 * the leader (so neo4j:// against a cluster or Aura spreads reads), results converted to plain values, and
 * connection failures turned into DatabaseUnavailableError. Statements are named by their file under cypher/ and
 * typed by src/db/queries.generated.ts: the compiler checks a name, its parameters and the rows' fields.
 * `QueryRunner` is the per-request view: it counts round trips, which the N+1 tests and the benchmarks read.
 */
import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import neo4j, { routing } from 'neo4j-driver';
import { DatabaseUnavailableError, isUnavailable } from './errors';
import type { QueryCatalog } from './queries';
import type { CypherQueries, QueryName } from './queries.generated';
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
 * loop alike. Fail fast when the database is down instead of the driver's default 30 s of retries, so a request
 * gets a clear SERVICE_UNAVAILABLE within a few seconds; the pool reconnects by itself once Neo4j is back.
 */
export const MAX_RETRY_TIME_MS = 2_000;
/** The driver's own first retry delay, growth and jitter (neo4j-driver-core lib/internal/transaction-executor.js). */
const RETRY_DELAY_MS = 1_000;
const RETRY_DELAY_MULTIPLIER = 2;
const RETRY_JITTER = 0.2;

export function createDriver({ uri, username, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    maxTransactionRetryTime: MAX_RETRY_TIME_MS,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    userAgent: 'news-knowledge-graph/0.1',
  });
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

  constructor(
    readonly driver: Driver,
    readonly queries: QueryCatalog,
    readonly database: string,
  ) {}

  /**
   * One read statement as an auto-commit query (`session.run`), routed to a reader. `driver.executeQuery` runs
   * a managed transaction instead: BEGIN, RUN + PULL, COMMIT, three writes to the socket and two extra round
   * trips for every statement, which the CPU profile of a one-statement request showed as its largest cost
   * (bench/profile.ts). A read has nothing to commit, so one RUN + PULL does. What executeQuery gave is kept:
   * the session shares its bookmark manager (reads stay causally after `write`s), and transient failures are
   * retried with the driver's backoff within MAX_RETRY_TIME_MS (a read is idempotent; the driver does not retry
   * auto-commit queries itself: Neo4jError.retryable, neo4j-driver-core lib/error.js).
   */
  async read<S extends StatementName>(name: S, ...[params]: ParamsArg<S>): Promise<RowOf<S>[]> {
    const text = this.queries.get(name).text;
    const started = Date.now();
    this.activity.queries += 1;
    try {
      for (let delay = RETRY_DELAY_MS; ; delay *= RETRY_DELAY_MULTIPLIER) {
        try {
          return (await this.autoCommitRead(text, params ?? {})) as RowOf<S>[];
        } catch (error) {
          if (!neo4j.isRetryableError(error) || Date.now() - started > MAX_RETRY_TIME_MS) {
            throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
          }
          await new Promise((resume) => setTimeout(resume, delay * (1 - RETRY_JITTER + 2 * RETRY_JITTER * Math.random())));
        }
      }
    } finally {
      this.activity.queries -= 1;
    }
  }

  async write<S extends StatementName>(name: S, ...[params]: ParamsArg<S>): Promise<RowOf<S>[]> {
    const query = this.queries.get(name);
    this.activity.sessions += 1;
    this.activity.queries += 1;
    try {
      const result = await this.driver.executeQuery(query.text, params ?? {}, { database: this.database, routing: routing.WRITE });
      return rows(result) as RowOf<S>[];
    } catch (error) {
      throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      this.activity.sessions -= 1;
      this.activity.queries -= 1;
    }
  }

  private async autoCommitRead(text: string, params: object): Promise<Row[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    this.activity.sessions += 1;
    try {
      return rows(await session.run(text, params));
    } finally {
      await session.close();
      this.activity.sessions -= 1;
    }
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it does. */
  async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    this.activity.sessions += 1;
    try {
      return await session.executeWrite((tx: ManagedTransaction) =>
        work({
          run: async (name, ...[params]) => {
            this.activity.queries += 1;
            try {
              const result = await tx.run(this.queries.get(name).text, params ?? {});
              const counters = result.summary.counters.updates() as unknown as Record<string, number>;
              return { rows: rows(result) as never[], counters };
            } finally {
              this.activity.queries -= 1;
            }
          },
        }),
      );
    } catch (error) {
      throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      await session.close();
      this.activity.sessions -= 1;
    }
  }

  /** Resolves when the database answers a query; used by /ready and start-up. */
  async ping(): Promise<void> {
    await this.read('system/ping');
  }
}

/** Per-request view over the Database that counts round trips (one per executed statement). */
export class QueryRunner {
  roundTrips = 0;

  constructor(private readonly db: Database) {}

  read<S extends StatementName>(name: S, ...params: ParamsArg<S>): Promise<RowOf<S>[]> {
    this.roundTrips += 1;
    return this.db.read(name, ...params);
  }

  write<S extends StatementName>(name: S, ...params: ParamsArg<S>): Promise<RowOf<S>[]> {
    this.roundTrips += 1;
    return this.db.write(name, ...params);
  }
}
