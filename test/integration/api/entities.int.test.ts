/** entity, entities, node, and the per-entity relations / statements / mentions, over the real article. */
import type { ResolvedArticle } from '../../../seed/model';
import { useTestApp } from '../harness';
import { byNameThenId, expectQuotesMatch, lookupEach, run, runError, seededArticle, walkPages } from './helpers';

const ENTITIES = `query ($kind: EntityKind, $nameContains: String, $first: Int, $after: String) {
  entities(kind: $kind, nameContains: $nameContains, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name kind } }
  }
}`;

const RELATIONS = `query ($id: ID!, $direction: Direction, $types: [String!], $first: Int, $after: String) {
  entity(id: $id) {
    relations(direction: $direction, types: $types, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id type role from { id } to { id name } evidence { start end quote passage { index } } } }
    }
  }
}`;

describe('entities', () => {
  const app = useTestApp();
  let article: ResolvedArticle;
  beforeAll(async () => {
    article = await seededArticle();
  });

  it('finds Xi Jinping by id, as a Person with his aliases', async () => {
    const data = await run(app, '{ entity(id: "person:xi-jinping") { __typename id name kind aliases description } }');
    expect(data.entity).toEqual({
      __typename: 'Person',
      id: 'person:xi-jinping',
      name: 'Xi Jinping',
      kind: 'PERSON',
      aliases: ['Xi', 'President Xi Jinping'],
      description: 'President of China',
    });
  });

  it('answers null, not an error, for an unknown id (entity and node)', async () => {
    const result = await app.execute('{ entity(id: "person:nobody") { id } node(id: "statement:nothing") { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ entity: null, node: null });
  });

  it('resolves node(id) for every kind by its prefix', async () => {
    const data = await run(
      app,
      `{ a: node(id: "person:wang-yi") { __typename id } b: node(id: "country:china") { __typename id }
         c: node(id: "organization:nato") { __typename id } d: node(id: "event:2025-02-24-xi-putin-call") { __typename id }
         e: node(id: "statement:xi-no-third-party") { __typename id } }`,
    );
    expect(Object.values(data).map((n: any) => n.__typename)).toEqual(['Person', 'Country', 'Organization', 'Event', 'Statement']);
  });

  it('walks all 38 entities page by page: each exactly once, ordered by name then id', async () => {
    const expected = [...article.entities].sort(byNameThenId).map((e) => e.id);
    expect(expected).toHaveLength(38);
    const ids = await walkPages(app, ENTITIES, (d) => d.entities, { first: 7 });
    expect(ids).toEqual(expected);
    const first = await run(app, ENTITIES, { first: 7 });
    expect(first.entities.totalCount).toBe(38);
    expect(first.entities.pageInfo.hasPreviousPage).toBe(false);
  });

  it('filters by kind and by a name or alias fragment', async () => {
    const people = await walkPages(app, ENTITIES, (d) => d.entities, { kind: 'PERSON', first: 2 });
    expect(people).toEqual(['person:alexander-gabuev', 'person:donald-trump', 'person:vladimir-putin', 'person:wang-yi', 'person:xi-jinping']);
    const data = await run(app, ENTITIES, { nameContains: 'moscow' });
    expect(data.entities.edges.map((e: any) => e.node.id)).toEqual(['country:russia']);
  });

  it('keeps keyset cursors stable when entities are inserted before and after the cursor', async () => {
    const page1 = (await run(app, ENTITIES, { kind: 'PERSON', first: 2 })).entities;
    expect(page1.edges.map((e: any) => e.node.id)).toEqual(['person:alexander-gabuev', 'person:donald-trump']);
    const insert = `UNWIND $people AS p CREATE (:Entity:Person {id: p.id, kind: 'PERSON', name: p.name, aliases: []})`;
    const people = [
      { id: 'person:test-aaron-aardvark', name: 'Aaron Aardvark' }, // sorts before the cursor
      { id: 'person:test-vera-vale', name: 'Vera Vale' }, // sorts after it
    ];
    await app.db.driver.executeQuery(insert, { people }, { database: app.db.database });
    try {
      const rest = await walkPages(app, ENTITIES, (d) => d.entities, { kind: 'PERSON', first: 2, after: page1.pageInfo.endCursor });
      expect(rest).toEqual(['person:test-vera-vale', 'person:vladimir-putin', 'person:wang-yi', 'person:xi-jinping']);
    } finally {
      await app.db.driver.executeQuery('MATCH (n:Person) WHERE n.id STARTS WITH "person:test-" DETACH DELETE n', {}, { database: app.db.database });
    }
  });

  it('refuses a garbage cursor, a cursor of another list and out-of-bound page sizes with BAD_USER_INPUT', async () => {
    expect((await runError(app, ENTITIES, { after: 'garbage!' })).extensions?.code).toBe('BAD_USER_INPUT');
    const timeline = await run(app, '{ timeline(first: 1) { pageInfo { endCursor } } }');
    expect((await runError(app, ENTITIES, { after: timeline.timeline.pageInfo.endCursor })).extensions?.code).toBe('BAD_USER_INPUT');
    for (const first of [0, 101]) {
      const error = await runError(app, ENTITIES, { first });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/first must not be (less|greater) than/);
    }
  });

  it('lists Xi’s relations with evidence that is the article text at its offsets', async () => {
    const expected = article.relations
      .filter((r) => r.fromId === 'person:xi-jinping' || r.toId === 'person:xi-jinping')
      .map((r) => r.id)
      .sort();
    const data = await run(app, RELATIONS, { id: 'person:xi-jinping' });
    const relations = data.entity.relations;
    expect(relations.totalCount).toBe(expected.length);
    expect(relations.edges.map((e: any) => e.node.id)).toEqual(expected);
    for (const { node } of relations.edges) expectQuotesMatch(article.text, node.evidence);
    const leads = relations.edges.find((e: any) => e.node.type === 'LEADS').node;
    expect(leads).toMatchObject({ role: 'President', from: { id: 'person:xi-jinping' }, to: { id: 'country:china', name: 'China' } });
  });

  it('answers the ends a relations page read along as entity(id) does, and its evidence as annotated, in text order', async () => {
    const fields = 'id name kind aliases mentionCount degree';
    const data = await run(
      app,
      `{ entity(id: "person:xi-jinping") { relations(first: 50) { edges { node { id from { ${fields} } to { ${fields} } evidence { start } } } } } }`,
    );
    const relations: any[] = data.entity.relations.edges.map((e: any) => e.node);
    expect(relations.length).toBeGreaterThan(2);
    const ends = [...new Set(relations.flatMap((r) => [r.from.id, r.to.id]))];
    const byId = await lookupEach(app, ends, (id) => `entity(id: "${id}") { ${fields} }`);
    for (const relation of relations) {
      expect(relation.from).toEqual(byId.get(relation.from.id));
      expect(relation.to).toEqual(byId.get(relation.to.id));
      const annotated = article.relations.find((r) => r.id === relation.id)!.evidence;
      expect(relation.evidence.map((e: { start: number }) => e.start)).toEqual(annotated.map((e) => e.start).sort((a, b) => a - b));
    }
  });

  it('filters relations by type and direction, and pages through them', async () => {
    const leads = await run(app, RELATIONS, { id: 'person:xi-jinping', types: ['LEADS'] });
    expect(leads.entity.relations.edges.map((e: any) => e.node.id)).toEqual(['LEADS:person:xi-jinping->country:china']);
    const incoming = await run(app, RELATIONS, { id: 'person:xi-jinping', direction: 'IN' });
    for (const { node } of incoming.entity.relations.edges) expect(node.to.id).toBe('person:xi-jinping');
    expect(incoming.entity.relations.edges.map((e: any) => e.node.type)).toContain('INVITED');
    const all = (await run(app, RELATIONS, { id: 'person:xi-jinping' })).entity.relations.edges.map((e: any) => e.node.id);
    expect(await walkPages(app, RELATIONS, (d) => d.entity.relations, { id: 'person:xi-jinping', first: 2 })).toEqual(all);
  });

  it('refuses relation types that are not UPPER_SNAKE_CASE', async () => {
    const error = await runError(app, RELATIONS, { id: 'person:xi-jinping', types: ['LEADS]-() DETACH DELETE x //'] });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the statements an entity makes, receives or is the subject of', async () => {
    const query = `query ($role: StatementRole) { entity(id: "person:xi-jinping") { statements(role: $role, first: 100) { totalCount edges { node { id } } } } }`;
    const ids = async (role: string) => (await run(app, query, { role })).entity.statements.edges.map((e: any) => e.node.id).sort();
    expect(await ids('SPEAKER')).toEqual(
      article.statements
        .filter((s) => s.speakerId === 'person:xi-jinping')
        .map((s) => s.id)
        .sort(),
    );
    expect(await ids('ADDRESSEE')).toEqual(
      article.statements
        .filter((s) => s.addresseeIds.includes('person:xi-jinping'))
        .map((s) => s.id)
        .sort(),
    );
    expect(await ids('SUBJECT')).toEqual(
      article.statements
        .filter((s) => s.aboutIds.includes('person:xi-jinping'))
        .map((s) => s.id)
        .sort(),
    );
    expect(await ids('ADDRESSEE')).toContain('statement:russia-invites-xi-to-may-event');
  });

  it('lists every mention of Wang Yi, in reading order, quoting the article', async () => {
    const data = await run(app, '{ entity(id: "person:wang-yi") { mentions { start end quote passage { index } } } }');
    const mentions = data.entity.mentions;
    expectQuotesMatch(article.text, mentions);
    expect(mentions.map((m: any) => m.quote)).toEqual(expect.arrayContaining(['Wang Yi']));
    expect(mentions.map((m: any) => m.start)).toEqual([...mentions.map((m: any) => m.start)].sort((a, b) => a - b));
  });

  it('gives an event its honest date and the words that name it', async () => {
    const data = await run(
      app,
      `{ entity(id: "event:2025-02-24-xi-putin-call") { ... on Event { eventType date { value precision earliest latest } evidence { start end quote } } } }`,
    );
    expect(data.entity).toMatchObject({
      eventType: 'PHONE_CALL',
      date: { value: '2025-02-24', precision: 'DAY', earliest: '2025-02-24', latest: '2025-02-24' },
    });
    expectQuotesMatch(article.text, data.entity.evidence);
  });
});
