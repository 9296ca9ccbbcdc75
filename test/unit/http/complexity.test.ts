import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { parse } from 'graphql';
import { ComplexityCache, complexityLimitPlugin, costVariables, estimateComplexity } from '../../../src/http/complexity';
import { buildAppSchema } from '../../../src/schema';

const PAGE = 'query Page($first: Int) { entities(first: $first) { edges { node { id name } } } }';

/** 10,000 `id` fields from a few hundred tokens: every spread of a fragment counts its fields again. */
const EXPANDING = `query { node(id: "person:xi-jinping") { ...F4 } }
fragment F0 on Node { id }
fragment F1 on Node { ${'...F0 '.repeat(10)}}
fragment F2 on Node { ${'...F1 '.repeat(10)}}
fragment F3 on Node { ${'...F2 '.repeat(10)}}
fragment F4 on Node { ${'...F3 '.repeat(10)}}`;

describe('the complexity limit', () => {
  let schema: GraphQLSchema;
  let server: ApolloServer;

  beforeAll(async () => {
    schema = await buildAppSchema();
    server = new ApolloServer({ schema, plugins: [complexityLimitPlugin(schema, 100)] });
    await server.start();
  });
  afterAll(() => server.stop());

  /** The first error of a request that is refused before any resolver runs (so the empty context is never used). */
  async function refusal(query: string, variables?: Record<string, unknown>) {
    const response = await server.executeOperation({ query, variables }, { contextValue: {} });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult.errors?.[0];
  }

  it('grows with the page size a variable asks for', () => {
    const document = parse(PAGE);
    const small = estimateComplexity(schema, document, 'Page', { first: 10 })!;
    const large = estimateComplexity(schema, document, 'Page', { first: 100 })!;
    expect(large).toBeGreaterThan(5 * small);
  });

  it('refuses a query over the limit with QUERY_TOO_COMPLEX, its estimate and the limit', async () => {
    const error = await refusal(PAGE, { first: 100 });
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maximum: 100 });
    expect(error?.extensions?.complexity).toBeGreaterThan(100);
  });

  it('refuses a document that expands past what can be estimated with QUERY_TOO_COMPLEX', async () => {
    const error = await refusal(EXPANDING);
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', complexity: null, maximum: 100 });
  });

  it('leaves variables that do not fit the operation to execution, which refuses them as BAD_USER_INPUT', async () => {
    expect(estimateComplexity(schema, parse(PAGE), 'Page', { first: 'ten' })).toBeUndefined();
    await refusal(PAGE, { first: 1000 }); // an estimate kept for this document
    const error = await refusal(PAGE, { first: 'ten' });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/^Variable "\$first" got invalid value "ten"/);
  });
});

describe('complexity estimates kept per document', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it('depend on the variables in arguments of fields with a `complexity` and in directives, and on no other', () => {
    const document = parse(`query ($id: ID!, $first: Int, $types: [String!], $more: Boolean!) {
      entity(id: $id) { relations(first: $first, types: $types) { totalCount } statements @include(if: $more) { totalCount } }
    }`);
    expect(costVariables(schema, document)).toEqual(['first', 'more', 'types']);
  });

  it('answer as the estimate does, for every value of a cost variable, and whether it is left out or null', () => {
    const cache = new ComplexityCache(schema);
    const document = parse('query Page($first: Int = 100) { entities(first: $first) { edges { node { id } } } }');
    for (const variables of [{ first: 10 }, { first: 100 }, {}, { first: null }, { first: 10 }, {}]) {
      expect(cache.estimate(document, 'Page', variables)).toBe(estimateComplexity(schema, document, 'Page', variables));
    }
    expect(cache.estimate(document, 'Page', {})).toBeGreaterThan(cache.estimate(document, 'Page', { first: null })!);
  });

  it('do not keep an answer for variables that do not fit, and use a kept one whatever the other variables', () => {
    const cache = new ComplexityCache(schema);
    const document = parse('query ($id: ID!) { node(id: $id) { id } }');
    const estimate = estimateComplexity(schema, document, undefined, { id: 'person:xi-jinping' });
    expect(cache.estimate(document, undefined, { id: {} })).toBeUndefined();
    expect(cache.estimate(document, undefined, { id: 'person:xi-jinping' })).toBe(estimate);
    // $id is no cost variable: the kept estimate answers, and execution refuses the missing value.
    expect(cache.estimate(document, undefined, {})).toBe(estimate);
  });
});
