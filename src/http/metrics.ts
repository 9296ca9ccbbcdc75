/**
 * Prometheus metrics (prom-client), served at GET /metrics in Prometheus's text format: GraphQL requests, their
 * latency and Cypher round trips per operation, GraphQL errors per code, what the process has open in the Neo4j
 * driver, and prom-client's default process and Node.js metrics. Each app has its own registry, so several apps
 * in one process (the tests, the benchmarks) keep separate counts.
 *
 * Label values are bounded, so a client cannot grow the number of series: an operation label is one of the
 * named operations of schema/operations.graphql, `anonymous` (no name) or `other`; an error code one of those
 * src/errors.ts lets through, or `OTHER`.
 */
import type { RequestHandler } from 'express';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DatabaseActivity } from '../db/database';
import { RESPONSE_CODES } from '../errors';
import { projectPath } from '../paths';
import type { RequestOutcome } from './request-outcome';

/** Seconds: the example operations answer in a few milliseconds; the top buckets catch a slow database. */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Every example operation costs at most 3 statements (ARCHITECTURE.md); more is a regression worth seeing. */
const ROUND_TRIP_BUCKETS = [0, 1, 2, 3, 4, 6, 8, 12, 16, 32];

/** The names of the named operations in an operations document (schema/operations.graphql by default). */
export function operationNames(source: string = readFileSync(projectPath('schema', 'operations.graphql'), 'utf8')): string[] {
  return parse(source).definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : []));
}

interface OperationSeries {
  ok: Counter.Internal;
  error: Counter.Internal;
  aborted: Counter.Internal;
  duration: Histogram.Internal<'operation'>;
  roundTrips: Histogram.Internal<'operation'>;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Map<string, OperationSeries>();
  private readonly errors = new Map<string, Counter.Internal>();

  constructor(activity: DatabaseActivity, operations: readonly string[] = operationNames()) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    const requests = new Counter({
      name: 'newsgraph_graphql_requests_total',
      help: 'GraphQL requests answered, by operation and outcome (ok, error: any error in the answer, aborted: the client left first).',
      labelNames: ['operation', 'outcome'] as const,
      registers,
    });
    const duration = new Histogram({
      name: 'newsgraph_graphql_request_duration_seconds',
      help: 'Time from the arrival of a GraphQL request to the end of its response, by operation.',
      labelNames: ['operation'] as const,
      buckets: DURATION_BUCKETS,
      registers,
    });
    const roundTrips = new Histogram({
      name: 'newsgraph_cypher_round_trips',
      help: 'Cypher statements one GraphQL request ran, by operation.',
      labelNames: ['operation'] as const,
      buckets: ROUND_TRIP_BUCKETS,
      registers,
    });
    const errors = new Counter({
      name: 'newsgraph_graphql_errors_total',
      help: 'Errors in GraphQL answers, by extensions.code (one per error, as the client saw it).',
      labelNames: ['code'] as const,
      registers,
    });
    new Gauge({
      name: 'newsgraph_neo4j_sessions_open',
      help: 'Neo4j driver sessions this process has open (the driver publishes no pool metrics; src/db/database.ts counts).',
      registers,
      collect() {
        this.set(activity.sessions);
      },
    });
    new Gauge({
      name: 'newsgraph_neo4j_queries_in_flight',
      help: 'Cypher statements sent to Neo4j and not yet answered.',
      registers,
      collect() {
        this.set(activity.queries);
      },
    });
    // Every series exists from the start (at 0), so a rate over the first requests after a restart is right.
    for (const operation of [...operations, 'anonymous', 'other']) {
      this.operations.set(operation, {
        ok: requests.labels({ operation, outcome: 'ok' }),
        error: requests.labels({ operation, outcome: 'error' }),
        aborted: requests.labels({ operation, outcome: 'aborted' }),
        duration: duration.labels({ operation }),
        roundTrips: roundTrips.labels({ operation }),
      });
      for (const outcome of ['ok', 'error', 'aborted']) requests.inc({ operation, outcome }, 0);
      roundTrips.zero({ operation });
      duration.zero({ operation });
    }
    for (const code of [...RESPONSE_CODES, 'OTHER']) {
      this.errors.set(code, errors.labels({ code }));
      errors.inc({ code }, 0);
    }
  }

  /**
   * Counts one finished request to /graphql (called when its response closes) that reached Apollo (it has a
   * query runner) or was refused with a code; GraphiQL's page, served on GET /graphql to browsers, is neither.
   */
  observe(outcome: RequestOutcome, res: ServerResponse): void {
    if (outcome.queries === undefined && outcome.codes.length === 0) return;
    const name = outcome.operation;
    const series = this.operations.get(name === undefined ? 'anonymous' : this.operations.has(name) ? name : 'other')!;
    const failed = outcome.codes.length > 0 || res.statusCode >= 400;
    (!res.writableFinished ? series.aborted : failed ? series.error : series.ok).inc();
    series.duration.observe(outcome.durationMs / 1000);
    series.roundTrips.observe(outcome.roundTrips);
    for (const code of outcome.codes) (this.errors.get(code) ?? this.errors.get('OTHER')!).inc();
  }

  /**
   * GET /metrics. With a token (METRICS_TOKEN) only `Authorization: Bearer <token>` is answered (Prometheus's
   * scrape_config `authorization`), compared in constant time.
   */
  handler(token?: string): RequestHandler {
    const expected = token === undefined ? undefined : Buffer.from(`Bearer ${token}`);
    return async (req, res) => {
      if (expected) {
        const given = Buffer.from(req.headers.authorization ?? '');
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          res.status(401).set('www-authenticate', 'Bearer realm="metrics"').json({ error: 'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>' });
          return;
        }
      }
      res
        .set('content-type', this.registry.contentType)
        .set('cache-control', 'no-store')
        .send(await this.registry.metrics());
    };
  }
}
