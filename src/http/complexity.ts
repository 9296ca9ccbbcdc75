/**
 * Refuses queries whose estimated cost is above MAX_QUERY_COMPLEXITY before any resolver runs, using
 * graphql-query-complexity: fields declare `complexity` in their type-graphql options (a connection multiplies
 * its children by `first`), everything else costs 1.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { GraphQLError, Kind } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** graphql-query-complexity's error when a document expands to more fields than it evaluates (10,000 by default). */
const TOO_MANY_NODES = 'Query exceeds the maximum allowed number of nodes.';

/**
 * The estimated cost; Infinity when the document expands (fragments count at every spread) past what the
 * estimator evaluates; undefined when the variables do not fit the operation: getComplexity coerces them too,
 * and its error would reach the client as an INTERNAL_SERVER_ERROR, while execution refuses the same variables
 * as BAD_USER_INPUT (status 400) before any resolver runs.
 */
export function estimateComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    if (error instanceof GraphQLError && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION) return undefined;
    if (error instanceof GraphQLError && error.message === TOO_MANY_NODES) return Infinity;
    throw error;
  }
}

export function complexityLimitPlugin(schema: GraphQLSchema, maximum: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = estimateComplexity(schema, document, request.operationName, request.variables);
          if (complexity === undefined || complexity <= maximum) return;
          const estimate = Number.isFinite(complexity) ? `estimated cost ${complexity}` : 'it expands to more fields than can be estimated, so its cost';
          throw new GraphQLError(
            `Query is too complex: ${estimate} exceeds the limit of ${maximum}. Ask for fewer items (lower \`first\`/\`limit\`) or fewer nested fields.`,
            { extensions: { code: 'QUERY_TOO_COMPLEX', complexity: Number.isFinite(complexity) ? complexity : null, maximum, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
