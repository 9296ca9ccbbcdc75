/**
 * Refuses queries whose estimated cost is above MAX_QUERY_COMPLEXITY before any resolver runs, using
 * graphql-query-complexity: fields declare `complexity` in their type-graphql options (a connection multiplies
 * its children by `first`), everything else costs 1.
 *
 * The estimate depends on the document, the operation and the values of some variables only, and computing it
 * walks the whole document (~6% of the API's busy time in the CPU profile of NodeById: bench/profile.ts). Apollo
 * hands every request with the same query text the same parsed and validated DocumentNode (its document store:
 * @apollo/server requestPipeline), so estimates are kept per document, in a WeakMap (they go when Apollo's cache
 * drops the document), keyed by the operation and the values of the variables the estimate can depend on: those
 * in the arguments of fields that declare a `complexity`, and those in directives (@include and @skip decide
 * which fields count). No other variable can change it: `node(id: $id)` is estimated once, whatever the id.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { GraphQLError, Kind, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
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

/** The variables a document uses in directives or in arguments of fields that declare a `complexity`, sorted. */
export function costVariables(schema: GraphQLSchema, document: DocumentNode): string[] {
  const names = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Variable(node, _key, parent) {
        if ((parent as { kind?: Kind } | undefined)?.kind === Kind.VARIABLE_DEFINITION) return;
        if (typeInfo.getDirective() || typeInfo.getFieldDef()?.extensions?.complexity !== undefined) names.add(node.name.value);
      },
    }),
  );
  return [...names].sort();
}

/** Estimates kept per document; past this many combinations of its cost variables, the document's start over. */
const ESTIMATES_PER_DOCUMENT = 100;

/** estimateComplexity, remembered per document and the values of its cost variables. */
export class ComplexityCache {
  private readonly documents = new WeakMap<DocumentNode, { variables: string[]; estimates: Map<string, number | undefined> }>();

  constructor(private readonly schema: GraphQLSchema) {}

  estimate(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): number | undefined {
    let entry = this.documents.get(document);
    if (!entry) {
      entry = { variables: costVariables(this.schema, document), estimates: new Map() };
      this.documents.set(document, entry);
    }
    // A variable left out takes its default and one given as null does not, so the key tells them apart.
    const key = JSON.stringify([
      operationName ?? null,
      ...entry.variables.map((name) => (variables && Object.hasOwn(variables, name) ? [variables[name]] : 0)),
    ]);
    if (entry.estimates.has(key)) return entry.estimates.get(key);
    const complexity = estimateComplexity(this.schema, document, operationName, variables);
    // Not kept when the variables do not fit: whether they do may turn on a variable outside the key.
    if (complexity !== undefined) {
      if (entry.estimates.size >= ESTIMATES_PER_DOCUMENT) entry.estimates.clear();
      entry.estimates.set(key, complexity);
    }
    return complexity;
  }
}

export function complexityLimitPlugin(schema: GraphQLSchema, maximum: number): ApolloServerPlugin {
  const cache = new ComplexityCache(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = cache.estimate(document, request.operationName, request.variables);
          if (complexity === undefined || complexity <= maximum) return;
          const estimate = Number.isFinite(complexity) ? `estimated cost ${complexity}` : 'it expands to more fields than can be estimated, so its cost';
          throw new GraphQLError(
            `Query is too complex: ${estimate} exceeds the limit of ${maximum} (MAX_QUERY_COMPLEXITY). Ask for fewer items (lower \`first\`/\`limit\`) or fewer nested fields.`,
            {
              extensions: {
                code: 'QUERY_TOO_COMPLEX',
                complexity: Number.isFinite(complexity) ? complexity : null,
                maximum,
                // As the document limits name theirs (src/http/limits.ts): the setting and its value.
                limit: 'MAX_QUERY_COMPLEXITY',
                max: maximum,
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
