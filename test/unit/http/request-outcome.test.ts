/**
 * The pieces of the access log and the metrics that need no server: request ids, paths, outcomes, the bounded
 * metric labels and the log format choice. Real requests through the app are in
 * test/integration/operating.int.test.ts.
 */
import type { ServerResponse } from 'node:http';
import { Metrics, operationNames } from '../../../src/http/metrics';
import { pathOf, RequestOutcome, requestIdFor } from '../../../src/http/request-outcome';
import { usesPrettyFormat } from '../../../src/logger';

const response = (statusCode: number, writableFinished = true) => ({ statusCode, writableFinished }) as ServerResponse;

describe('request ids', () => {
  it('keeps a plausible incoming id and replaces anything else with a UUID', () => {
    for (const id of ['4bf92f3577b34da6a3ce929d0e0e4736', 'req_12.a:b/c+d=e@f', 'x'.repeat(128)]) expect(requestIdFor(id)).toBe(id);
    for (const bad of [undefined, '', 'two words', 'quote"d', 'line\nbreak', 'x'.repeat(129), ['a', 'b']]) {
      expect(requestIdFor(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
  });
});

describe('RequestOutcome', () => {
  it('logs the path without its query string, capped', () => {
    expect(pathOf('/graphql?query=%7B%20articles%20%7D')).toBe('/graphql');
    expect(pathOf('/health')).toBe('/health');
    expect(pathOf(`/${'a'.repeat(300)}`)).toHaveLength(201);
  });

  it('says ok, the distinct codes, the HTTP status or ABORTED', () => {
    const outcome = new RequestOutcome('id', 'POST', '/graphql');
    expect(outcome.result(response(200))).toBe('ok');
    expect(outcome.result(response(404))).toBe('HTTP_404');
    expect(outcome.result(response(200, false))).toBe('ABORTED');
    outcome.codes.push('BAD_USER_INPUT', 'NOT_FOUND', 'BAD_USER_INPUT');
    expect(outcome.result(response(200))).toBe('BAD_USER_INPUT,NOT_FOUND');
  });

  it('fixes its duration at the first read and counts round trips through its runner', () => {
    const outcome = new RequestOutcome('id', 'POST', '/graphql', 0);
    const first = outcome.durationMs;
    expect(first).toBeGreaterThan(0);
    expect(outcome.durationMs).toBe(first);
    expect(outcome.roundTrips).toBe(0);
    outcome.queries = { roundTrips: 4 };
    expect(outcome.roundTrips).toBe(4);
  });
});

describe('Metrics', () => {
  it('labels operations outside the known ones as other and unknown codes as OTHER', async () => {
    const metrics = new Metrics({ sessions: 2, queries: 1 }, ['NodeById']);
    const observe = (operation: string | undefined, codes: string[], status = 200) => {
      const outcome = new RequestOutcome('id', 'POST', '/graphql');
      outcome.operation = operation;
      outcome.codes.push(...codes);
      outcome.queries = { roundTrips: 2 };
      metrics.observe(outcome, response(status));
    };
    observe('NodeById', []);
    observe('SomeoneElsesQuery', ['NOT_FOUND', 'MADE_UP_CODE']);
    observe(undefined, [], 400);
    const text = await metrics.registry.metrics();
    expect(text).toContain('newsgraph_graphql_requests_total{operation="NodeById",outcome="ok"} 1');
    expect(text).toContain('newsgraph_graphql_requests_total{operation="other",outcome="error"} 1');
    expect(text).toContain('newsgraph_graphql_requests_total{operation="anonymous",outcome="error"} 1');
    expect(text).not.toContain('SomeoneElsesQuery');
    expect(text).toContain('newsgraph_graphql_errors_total{code="NOT_FOUND"} 1');
    expect(text).toContain('newsgraph_graphql_errors_total{code="OTHER"} 1');
    expect(text).toContain('newsgraph_cypher_round_trips_sum{operation="NodeById"} 2');
    expect(text).toContain('newsgraph_neo4j_sessions_open 2');
    expect(text).toContain('newsgraph_neo4j_queries_in_flight 1');
  });

  it('knows the named operations of schema/operations.graphql', () => {
    expect(operationNames()).toEqual(expect.arrayContaining(['NodeById', 'EntityPage', 'PathBetween']));
    expect(operationNames('query A { a } query { b } mutation B { c }')).toEqual(['A', 'B']);
  });
});

describe('LOG_FORMAT', () => {
  it('is pretty for pretty, JSON for json, and follows the terminal for auto', () => {
    expect(usesPrettyFormat('pretty', false)).toBe(true);
    expect(usesPrettyFormat('json', true)).toBe(false);
    expect(usesPrettyFormat('auto', true)).toBe(true);
    expect(usesPrettyFormat('auto', false)).toBe(false);
  });
});
