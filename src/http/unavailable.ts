/**
 * What a client sees while Neo4j is down or a request outruns its time budget (README.md, "Operating it"):
 *  - Neo4j known to be down (src/db/readiness.ts): a request that needs it fails before execution with one
 *    SERVICE_UNAVAILABLE request error, HTTP 503 and `Retry-After` (introspection alone still answers).
 *  - An answer in which nothing could be answered (no data, or every root field null) because of an outage or the
 *    budget: 503 + `Retry-After` for SERVICE_UNAVAILABLE, 504 for TIMEOUT. A load balancer or client library then
 *    sees a failure it can retry elsewhere or later without parsing the body. 504 rather than 503 for a timeout:
 *    the API is a gateway to Neo4j, and Neo4j did not answer within the time given (RFC 9110, 15.6.5), while the
 *    service as such is up; a retry of the same question is not likely to be faster, so no Retry-After.
 *  - An answer with some data keeps 200 with its errors (GraphQL's partial results).
 * GraphQL over HTTP (graphql.github.io/graphql-over-http): for `application/json` a server SHOULD answer 200
 * to any well-formed request, and may use other codes, which is this deviation; for
 * `application/graphql-response+json` it MUST answer 2xx when `data` is present and not null, so a
 * response in that media type keeps 200 unless `data` is null or absent.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Database } from '../db/database';
import { DatabaseUnavailableError } from '../db/errors';

/** True when an operation selects only introspection fields (`__schema`, `__type`, `__typename`). */
function onlyIntrospection(selections: readonly { kind: string; name?: { value: string } }[]): boolean {
  return selections.every((s) => s.kind === 'Field' && s.name !== undefined && s.name.value.startsWith('__'));
}

/** Nothing answered: no data, or a data object whose every root field is null. */
function nothingAnswered(data: Record<string, unknown> | null | undefined): boolean {
  return data == null || Object.values(data).every((value) => value === null);
}

/** Whether Apollo will answer in application/graphql-response+json (it prefers that type when the client accepts it). */
function graphqlResponseMediaType(accept: string | undefined): boolean {
  return accept !== undefined && accept.includes('application/graphql-response+json');
}

export function unavailablePlugin<C extends BaseContext>(db: Database): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (db.readiness.up || !operation || onlyIntrospection(operation.selectionSet.selections)) return;
          // Apollo answers an error thrown here with the status and headers in `extensions.http` (else 500) and
          // leaves `http` out of what the client sees.
          const headers = new HeaderMap([['retry-after', String(db.readiness.retryAfterSeconds())]]);
          throw new GraphQLError('The graph database is unavailable right now; retry shortly.', {
            originalError: new DatabaseUnavailableError(new Error(db.readiness.current.reason)),
            extensions: { http: { status: 503, headers } },
          });
        },
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single') return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || !nothingAnswered(data)) return;
          if (data != null && graphqlResponseMediaType(request.http?.headers.get('accept'))) return;
          const codes = new Set(errors.map((error) => error.extensions?.code));
          if (codes.has('SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(db.readiness.retryAfterSeconds()));
          } else if (codes.has('TIMEOUT')) {
            response.http.status = 504;
          }
        },
      };
    },
  };
}
