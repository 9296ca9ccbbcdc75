/**
 * `entities(kinds:, orderBy:)` and `Entity.mentionCount` / `Entity.degree` on the seeded article: the counts
 * against the article's annotations and against the graph itself, every order and direction walked page by page
 * against an order computed here, and cursors refused across orders.
 */
import type { ResolvedArticle } from '../../../seed/model';
import { useTestApp } from '../harness';
import { run, runError, seededArticle, walkPages } from './helpers';

const ENTITIES = `query ($kind: EntityKind, $kinds: [EntityKind!], $nameContains: String, $orderBy: EntityOrder, $first: Int, $after: String) {
  entities(kind: $kind, kinds: $kinds, nameContains: $nameContains, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind mentionCount degree } }
  }
}`;

type Field = 'NAME' | 'MENTIONS' | 'DEGREE';
type Direction = 'ASC' | 'DESC';
interface Expected {
  id: string;
  name: string;
  kind: string;
  mentionCount: number;
  degree: number;
}

/** Each entity's counts from the annotations: distinct mention spans, distinct relations touching it. */
function expectedCounts(article: ResolvedArticle): Expected[] {
  return article.entities.map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind,
    mentionCount: new Set(e.mentions.map((m) => `${m.start}-${m.end}`)).size,
    degree: new Set(article.relations.filter((r) => r.fromId === e.id || r.toId === e.id).map((r) => r.id)).size,
  }));
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** The order the API promises: the field, then id; DESC the exact reverse. */
function ordered(entities: Expected[], field: Field, direction: Direction): string[] {
  const value = (e: Expected) => (field === 'NAME' ? e.name : field === 'MENTIONS' ? e.mentionCount : e.degree);
  const sorted = [...entities].sort((a, b) => cmp(value(a), value(b)) || cmp(a.id, b.id));
  return (direction === 'ASC' ? sorted : sorted.reverse()).map((e) => e.id);
}

const ORDERS: [Field, Direction][] = [
  ['NAME', 'ASC'],
  ['NAME', 'DESC'],
  ['MENTIONS', 'ASC'],
  ['MENTIONS', 'DESC'],
  ['DEGREE', 'ASC'],
  ['DEGREE', 'DESC'],
];

describe('entities: kinds, counts and orders', () => {
  const app = useTestApp();
  let article: ResolvedArticle;
  let expected: Expected[];
  beforeAll(async () => {
    article = await seededArticle();
    expected = expectedCounts(article);
  });

  it('gives every entity the mentionCount and degree the annotations imply, which match its mentions and relations', async () => {
    const { entities } = await run(
      app,
      `{ entities(first: 100) { edges { node { id mentionCount degree mentions { start } relations(first: 1) { totalCount } } } } }`,
    );
    const byId = new Map(expected.map((e) => [e.id, e]));
    expect(entities.edges).toHaveLength(expected.length);
    for (const { node } of entities.edges) {
      expect({ id: node.id, mentionCount: node.mentionCount, degree: node.degree }).toEqual({
        id: node.id,
        mentionCount: byId.get(node.id)!.mentionCount,
        degree: byId.get(node.id)!.degree,
      });
      expect(node.mentionCount).toBe(node.mentions.length);
      expect(node.degree).toBe(node.relations.totalCount);
    }
    // And against the graph, counted here without the stored properties.
    const { records } = await app.db.driver.executeQuery(
      `MATCH (n:Entity)
       RETURN n.id AS id, n.mentionCount AS stored,
              COUNT { MATCH (n)-[m:MENTIONED_IN]->(:Passage) UNWIND m.evidenceIds AS x RETURN DISTINCT x } AS counted`,
      {},
      { database: app.db.database },
    );
    expect(records.length).toBe(expected.length);
    for (const r of records) expect([r.get('id'), Number(r.get('stored'))]).toEqual([r.get('id'), Number(r.get('counted'))]);
  });

  it('puts China first by mentions: the article names it most often', async () => {
    const top = [...expected].sort((a, b) => b.mentionCount - a.mentionCount)[0];
    const { entities } = await run(app, ENTITIES, { orderBy: { field: 'MENTIONS', direction: 'DESC' }, first: 3 });
    expect(entities.edges[0].node).toEqual({ id: 'country:china', name: 'China', kind: 'COUNTRY', mentionCount: top.mentionCount, degree: expect.any(Number) });
    expect(top.id).toBe('country:china');
    expect(entities.edges.map((e: any) => e.node.id)).toEqual(['country:china', 'country:russia', 'person:xi-jinping']);
  });

  it.each(ORDERS)('walks every entity in %s %s, page by page, ties by id', async (field, direction) => {
    const ids = await walkPages(app, ENTITIES, (d) => d.entities, { orderBy: { field, direction }, first: 7 });
    expect(ids).toEqual(ordered(expected, field, direction));
    expect(new Set(ids).size).toBe(38);
  });

  it.each(ORDERS)('walks the matches of nameContains in %s %s', async (field, direction) => {
    const matching = expected.filter((e) => {
      const entity = article.entities.find((a) => a.id === e.id)!;
      return [entity.name, ...entity.aliases].some((n) => n.toLowerCase().includes('in'));
    });
    expect(matching.length).toBeGreaterThan(5);
    const ids = await walkPages(app, ENTITIES, (d) => d.entities, { nameContains: 'in', orderBy: { field, direction }, first: 4 });
    expect(ids).toEqual(ordered(matching, field, direction));
  });

  it('keeps to the kinds listed, the singular kind adding to them, with their total', async () => {
    const kinds = ['PERSON', 'EVENT'];
    const data = await run(app, ENTITIES, { kinds, kind: 'COUNTRY', orderBy: { field: 'DEGREE', direction: 'DESC' }, first: 100 });
    const wanted = expected.filter((e) => [...kinds, 'COUNTRY'].includes(e.kind));
    expect(data.entities.totalCount).toBe(wanted.length);
    expect(data.entities.edges.map((e: any) => e.node.id)).toEqual(ordered(wanted, 'DEGREE', 'DESC'));
    const people = await walkPages(app, ENTITIES, (d) => d.entities, { kinds: ['PERSON'], orderBy: { field: 'NAME', direction: 'DESC' }, first: 2 });
    expect(people).toEqual(['person:xi-jinping', 'person:wang-yi', 'person:vladimir-putin', 'person:donald-trump', 'person:alexander-gabuev']);
    const error = await runError(app, ENTITIES, { kinds: [] });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/kinds must list at least one value/);
  });

  it('refuses a cursor of another order or direction, and a forged one, with BAD_USER_INPUT', async () => {
    const cursors = new Map<string, string>();
    for (const [field, direction] of ORDERS) {
      const { entities } = await run(app, ENTITIES, { orderBy: { field, direction }, first: 2 });
      cursors.set(`${field} ${direction}`, entities.pageInfo.endCursor);
    }
    for (const [field, direction] of ORDERS) {
      for (const [from, cursor] of cursors) {
        if (from === `${field} ${direction}`) continue;
        const error = await runError(app, ENTITIES, { orderBy: { field, direction }, after: cursor });
        expect({ from, to: `${field} ${direction}`, code: error.extensions?.code }).toEqual({ from, to: `${field} ${direction}`, code: 'BAD_USER_INPUT' });
      }
    }
    const forge = (value: unknown[]) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const mentionsDesc = { field: 'MENTIONS', direction: 'DESC' };
    for (const forged of [
      forge(['entities:MENTIONS:DESC', -1, 'country:china']),
      forge(['entities:MENTIONS:DESC', 1.5, 'country:china']),
      forge(['entities:MENTIONS:DESC', '18', 'country:china']),
      forge(['entities:MENTIONS:DESC', 18]),
    ]) {
      const error = await runError(app, ENTITIES, { orderBy: mentionsDesc, after: forged });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/not a cursor of this list/);
    }
    // A well-formed cursor continues after its key, even one no page returned.
    const { entities } = await run(app, ENTITIES, { orderBy: mentionsDesc, after: forge(['entities:MENTIONS:DESC', 18, 'country:china']), first: 1 });
    expect(entities.edges.map((e: any) => e.node.id)).toEqual(['country:russia']);
  });
});
