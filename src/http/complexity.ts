/**
 * Refuses queries whose estimated cost is above MAX_QUERY_COMPLEXITY before any resolver runs, using
 * graphql-query-complexity: fields declare `complexity` in their type-graphql options (a connection multiplies
 * its children by `first`), everything else costs 1.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export function complexityLimitPlugin(schema: GraphQLSchema, maximum: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maximum) {
            throw new GraphQLError(
              `Query is too complex: estimated cost ${complexity} exceeds the limit of ${maximum}. Ask for fewer items (lower \`first\`/\`limit\`) or fewer nested fields.`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maximum, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
