/**
 * No N+1: the same nested query (entities → relations → target entity → statements → evidence) costs
 * the same, small number of Cypher round trips whether it returns N or 2N entities.
 */
import { useTestApp } from '../harness';
import { BENCH_OPERATIONS, EXAMPLE_OPERATIONS } from './helpers';

const NESTED = `query ($first: Int!) {
  entities(first: $first) {
    edges { node {
      id name
      mentions { quote }
      relations(first: 3) { totalCount edges { node {
        type role evidence { quote passage { index } }
        to { id name statements(first: 3) { totalCount edges { node {
          text speaker { name } about { id } evidence { quote }
        } } } }
      } } }
    } }
  }
}`;

describe('round trips', () => {
  const app = useTestApp();

  it('do not grow with the number of results', async () => {
    const small = await app.execute(NESTED, { first: 6 });
    const large = await app.execute(NESTED, { first: 12 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data.entities.edges).toHaveLength(6);
    expect(large.data.entities.edges).toHaveLength(12);
    // entities, mentions, relations (carrying targets, evidence and passages), the targets' statements (carrying
    // links and evidence): one batched statement each.
    expect(large.roundTrips).toBe(small.roundTrips);
    expect(large.roundTrips).toBeLessThanOrEqual(10);
  });

  it('do not grow with the number of parents of a per-parent list (every passage list of every evidence span)', async () => {
    const query = `query ($first: Int!) {
      statements(first: $first) { edges { node { evidence { passage { index article { id passages { index } } } } } } }
    }`;
    const small = await app.execute(query, { first: 4 });
    const large = await app.execute(query, { first: 8 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const articles = large.data.statements.edges.flatMap((e: any) => e.node.evidence.map((ev: any) => ev.passage.article));
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(articles.every((a: { passages: { index: number }[] }) => a.passages.length > 5 && a.passages.every((p, i) => p.index === i))).toBe(true);
    // statements (carrying their evidence and its passages), articles, the articles' passages.
    expect(large.roundTrips).toBe(small.roundTrips);
    expect(large.roundTrips).toBe(3);
  });

  it('cost at most 3 statements for every example (and bench) operation, however deeply it nests', async () => {
    const costs: Record<string, number> = {};
    const sequential: Record<string, number> = {};
    for (const [name, text] of [...EXAMPLE_OPERATIONS, ...BENCH_OPERATIONS]) {
      const result = await app.execute(text);
      expect({ name, errors: result.errors }).toEqual({ name, errors: undefined });
      costs[name] = result.roundTrips;
      sequential[name] = result.sequentialRoundTrips;
    }
    expect(Object.keys(costs)).toHaveLength(17);
    // Each statement is a page or lookup whose rows carry what the selection asks for (GraphQL lookahead).
    expect(Object.entries(costs).filter(([, roundTrips]) => roundTrips > 3)).toEqual([]);
    expect(costs.EntityPage).toBe(2); // the entity with its mentions and its statements (links, evidence), its relations (ends, evidence)
    expect(sequential.EntityPage).toBe(1); // the relations start beside the entity's statement, not after it
    expect(sequential.EntityStatements).toBe(1);
    expect(costs.WhoSpokeWithWhom).toBe(1);
    expect(costs.MostMentioned).toBe(2); // the page (counts are stored properties), every entity's mentions in one batch
    expect(costs.StatementsBySpeaker).toBe(1); // the page walks the speaker key's index, its rows carry the speakers
    expect(costs.SearchWhatXiSaid).toBe(2); // the scoped search (ids checked in it), the hits' links
    expect(costs.Interactions).toBe(2); // the pairs, then every pair's statements (carrying evidence) in one statement
    expect(costs.StatementCounts).toBe(1);
  });

  describe('an entity with a page of its statements', () => {
    const page = `query ($after: String) {
      entity(id: "person:xi-jinping") {
        id name
        statements(first: 3, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id text act speaker { id name } about { __typename id } evidence { quote } } }
        }
      }
    }`;
    // A second page of another size: the entity's statement no longer reads one page along, the list loads on its own.
    const withOtherPage = page.replace('entity(id: "person:xi-jinping") {', 'entity(id: "person:xi-jinping") { other: statements(first: 4) { totalCount }');

    it('costs one round trip and answers what the list loaded on its own answers, page after page', async () => {
      const first = await app.execute(page);
      const alone = await app.execute(withOtherPage);
      expect(first.errors).toBeUndefined();
      expect(alone.errors).toBeUndefined();
      expect(first.roundTrips).toBe(1);
      expect(alone.roundTrips).toBe(3); // the entity, then each page in its own batch
      const statements = first.data.entity.statements;
      expect(statements.edges).toHaveLength(3);
      expect(statements.totalCount).toBeGreaterThan(3);
      expect(statements.edges.every((e: any) => e.node.evidence.length > 0 && e.node.text.length > 0)).toBe(true);
      expect(statements).toEqual(alone.data.entity.statements);

      const after = statements.pageInfo.endCursor;
      const second = await app.execute(page, { after });
      const secondAlone = await app.execute(withOtherPage, { after });
      expect(second.roundTrips).toBe(1);
      expect(second.data.entity.statements).toEqual(secondAlone.data.entity.statements);
      const ids = (p: any) => p.edges.map((e: any) => e.node.id);
      expect(ids(second.data.entity.statements).some((id: string) => ids(statements).includes(id))).toBe(false);
    });

    it('refuses a bad page on the list, not on the entity lookup', async () => {
      for (const [list, args, message] of [
        ['statements', 'after: "garbage"', /not a cursor of this list/],
        ['statements', 'first: 0', /first must not be less than 1/],
        ['relations', 'after: "garbage"', /not a cursor of this list/],
        ['relations', 'types: ["leads"]', /UPPER_SNAKE_CASE/],
      ] as const) {
        const result = await app.execute(`{ entity(id: "person:xi-jinping") { id ${list}(${args}) { totalCount } } }`);
        expect(result.data).toEqual({ entity: null }); // both lists are non-null: their error nulls the entity
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0]).toMatchObject({ path: ['entity', list], extensions: { code: 'BAD_USER_INPUT' } });
        expect(result.errors![0].message).toMatch(message);
      }
    });
  });

  it('answer an unknown entity with null, whatever lists its selection started early', async () => {
    const result = await app.execute('{ entity(id: "person:nobody") { id statements(first: 2) { totalCount } relations(first: 2) { totalCount } } }');
    expect(result).toEqual({ data: { entity: null }, errors: undefined, roundTrips: 2, sequentialRoundTrips: 1 });
  });

  it('do not grow with the number of speaker → addressee pairs', async () => {
    const query = `query ($first: Int!) {
      interactions(first: $first) { edges { node { speaker { id } statements(first: 2) { edges { node { id speaker { id } about { id } evidence { quote } } } } } } }
    }`;
    const small = await app.execute(query, { first: 2 });
    const large = await app.execute(query, { first: 4 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.interactions.edges).toHaveLength(4);
    expect(large.data.interactions.edges.every((e: any) => e.node.statements.edges.length > 0)).toBe(true);
    expect(large.roundTrips).toBe(small.roundTrips);
    expect(large.roundTrips).toBe(2);
  });

  it('refuse a query that asks for too much before any Cypher runs', async () => {
    const greedy = '{ entities(first: 100) { edges { node { relations(first: 100) { edges { node { to { id } evidence { quote } } } } } } } }';
    const result = await app.execute(greedy);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.roundTrips).toBe(0);
  });
});
