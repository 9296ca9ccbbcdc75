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
type ParamsArg<S extends StatementName> = Record<string, never> extends ParamsOf<S> ? [params?: ParamsOf<S>] : [params: ParamsOf<S>];

export interface DriverOptions {
  uri: string;
  username: string;
  password: string;
}

export function createDriver({ uri, username, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    // Fail fast when the database is down instead of the driver's default 30 s of retries, so a request gets
    // a clear SERVICE_UNAVAILABLE within a few seconds; the pool reconnects by itself once Neo4j is back.
    maxTransactionRetryTime: 2_000,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    userAgent: 'news-knowledge-graph/0.1',
  });
}

function rows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => toNative(record.toObject()) as Row);
}

/** Statement runner inside one explicit transaction (the seed step writes each article in one). */
export interface TxRunner {
  run<S extends StatementName>(name: S, ...params: ParamsArg<S>): Promise<{ rows: RowOf<S>[]; counters: Record<string, number> }>;
}

export class Database {
  constructor(
    readonly driver: Driver,
    readonly queries: QueryCatalog,
    readonly database: string,
  ) {}

  async read<S extends StatementName>(name: S, ...[params]: ParamsArg<S>): Promise<RowOf<S>[]> {
    return this.execute(name, params ?? {}, routing.READ) as Promise<RowOf<S>[]>;
  }

  async write<S extends StatementName>(name: S, ...[params]: ParamsArg<S>): Promise<RowOf<S>[]> {
    return this.execute(name, params ?? {}, routing.WRITE) as Promise<RowOf<S>[]>;
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it does. */
  async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx: ManagedTransaction) =>
        work({
          run: async (name, ...[params]) => {
            const result = await tx.run(this.queries.get(name).text, params ?? {});
            const counters = result.summary.counters.updates() as unknown as Record<string, number>;
            return { rows: rows(result) as never[], counters };
          },
        }),
      );
    } catch (error) {
      throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      await session.close();
    }
  }

  /** Resolves when the database answers a query; used by /ready and start-up. */
  async ping(): Promise<void> {
    await this.read('system/ping');
  }

  private async execute(name: string, params: object, routingMode: (typeof routing)[keyof typeof routing]): Promise<Row[]> {
    const query = this.queries.get(name);
    try {
      const result = await this.driver.executeQuery(query.text, params, { database: this.database, routing: routingMode });
      return rows(result);
    } catch (error) {
      throw isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    }
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
