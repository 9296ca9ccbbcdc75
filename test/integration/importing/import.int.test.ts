/**
 * importArticle / deleteArticle over HTTP against the real Neo4j: keys and roles, validation against the text
 * and the stored graph, the all-or-nothing load, the Import record, deleting only what the article alone
 * supports, and the browser-request (CSRF) guards. Every test that imports deletes again, so the shared graph
 * is the seeded one afterwards (checked).
 */
import { projectPath } from '../../../src/paths';
import type { ImportApp } from './helpers';
import { bearer, DELETE, FIXTURE, FIXTURE_ID, folderInput, graphCounts, IMPORT, openImportApp } from './helpers';

const SEEDED = 'article:2025-02-24-xi-putin-no-limits';
const PUTIN = 'person:vladimir-putin';

/** Answers that importing and deleting the fixture must leave as they were (and that the import changes). */
const SNAPSHOT = `{
  putin: entity(id: "${PUTIN}") {
    name aliases description mentionCount degree
    statements(first: 100) { totalCount edges { node { id text evidence { id quote } } } }
    relations(first: 100) { totalCount edges { node { id type evidence { id quote } } } }
  }
  russia: entity(id: "country:russia") { name aliases description mentionCount degree }
  interactions(first: 100) { totalCount edges { node { count speaker { id } addressee { id } } } }
  bySpeaker: statementCounts(groupBy: SPEAKER, first: 100) { totalCount groups { key count } }
  byAct: statementCounts(groupBy: ACT, first: 100) { totalCount groups { key count } }
  entities(first: 1) { totalCount }
  articles { id }
  search(query: "Putin", first: 50) { kind node { id } }
}`;

describe('the import API', () => {
  let app: ImportApp;
  let seeded: Record<string, number>;
  let before: any;
  const query = async (text: string, variables?: object, headers?: Record<string, string>) => app.post({ query: text, variables }, headers);
  const snapshot = async () => {
    const { body } = await query(SNAPSHOT);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    app = await openImportApp();
    seeded = await graphCounts(app.db);
    before = await snapshot();
  });
  afterAll(async () => {
    // Whatever a failed test left, the next suites get the seeded graph.
    await query(DELETE, { id: FIXTURE_ID }, bearer(app.editorKey));
    expect(await graphCounts(app.db)).toEqual(seeded);
    await app.close();
  });

  const importFixture = (headers: Record<string, string>, dryRun = false, input = folderInput(FIXTURE)) => query(IMPORT, { input, dryRun }, headers);

  describe('keys and roles', () => {
    it('refuses a mutation without a key, and one with a read key, writing nothing', async () => {
      const anonymous = await importFixture({});
      expect(anonymous.body.errors.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
      expect(anonymous.body.data).toBeNull();
      const reader = await importFixture({ 'x-api-key': app.readKey });
      expect(reader.body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
      expect(reader.body.errors[0].message).toContain('"test-reader" has the role read');
      const deleted = await query(DELETE, { id: SEEDED }, bearer(app.readKey));
      expect(deleted.body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
      expect(await graphCounts(app.db)).toEqual(seeded);
    });

    it('refuses a wrong key on any request with 401, even a read, and reads stay open without a key', async () => {
      for (const headers of [bearer('not-a-key'), { 'x-api-key': 'not-a-key' }, { authorization: 'Basic bm90OmFrZXk=' }]) {
        const read = await query('{ articles { id } }', undefined, headers);
        expect(read.status).toBe(401);
        expect(read.body.errors.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
        expect(read.body.data).toBeUndefined();
        const write = await importFixture(headers);
        expect(write.status).toBe(401);
        expect(write.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
      }
      const open = await query('{ articles { id } }');
      expect(open.body.data.articles).toEqual([{ id: SEEDED }]);
      const withReadKey = await query('{ articles { id } }', undefined, bearer(app.readKey));
      expect(withReadKey.body.data.articles).toEqual([{ id: SEEDED }]);
      expect(await graphCounts(app.db)).toEqual(seeded);
    });
  });

  it('dryRun validates and counts, and writes nothing', async () => {
    const { body } = await importFixture(bearer(app.editorKey), true);
    expect(body.errors).toBeUndefined();
    expect(body.data.importArticle).toEqual({
      ok: true,
      dryRun: true,
      articleId: FIXTURE_ID,
      importId: null,
      problems: [],
      counts: {
        passages: 4,
        evidence: expect.any(Number),
        entities: 5,
        statements: 2,
        relations: 3,
        nodesCreated: 0,
        relationshipsCreated: 0,
        propertiesSet: 0,
      },
    });
    expect(body.data.importArticle.counts.evidence).toBeGreaterThan(5);
    expect(await graphCounts(app.db)).toEqual(seeded);
  });

  it('returns every problem of a broken import (text, meta, annotations, conflicts with the graph) and writes nothing', async () => {
    const input = folderInput(FIXTURE);
    input.meta.publishedOn = '14 March 2025';
    input.annotations.statements[0].evidence[0].quote = 'words the article never says';
    input.annotations.statements[1].speaker = 'person:nobody-declared';
    // Russia is a country in the seeded article.
    input.annotations.entities[1].kind = 'PERSON';
    input.annotations.entities[1].id = 'country:russia';
    const { body } = await importFixture(bearer(app.editorKey), false, input);
    expect(body.errors).toBeUndefined();
    const result = body.data.importArticle;
    expect(result.ok).toBe(false);
    expect(result.counts).toBeNull();
    const where = result.problems.map((p: any) => `${p.file} ${p.path}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'article.json publishedOn',
        'annotations.json statements[0].evidence[0].quote',
        'annotations.json statements[1].speaker',
        'annotations.json entities[1].kind',
      ]),
    );
    const kind = result.problems.find((p: any) => p.path === 'entities[1].kind' && /in the graph/.test(p.message));
    expect(kind.message).toBe('"country:russia" is PERSON here but COUNTRY in the graph: an id names one thing, of one kind, in every article');
    // Lines point into the JSON as pretty-printed with two spaces.
    const quote = result.problems.find((p: any) => p.path === 'statements[0].evidence[0].quote');
    const printed = JSON.stringify(input.annotations, null, 2).split('\n');
    expect(printed[quote.line - 1]).toContain('words the article never says');
    expect(await graphCounts(app.db)).toEqual(seeded);
  });

  it('refuses an article id already stored (the seeded one), writing nothing', async () => {
    const input = folderInput(projectPath('seed', 'articles', 'xi-putin-call-2025-02-24'));
    const small = await importFixture(bearer(app.readKey), true, input);
    // Over 100kb? No: the seeded article's three files are about 54 kB, so a read key reaches the guard.
    expect(small.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const { body } = await importFixture(bearer(app.editorKey), false, input);
    expect(body.data.importArticle.ok).toBe(false);
    expect(body.data.importArticle.problems).toEqual([
      {
        file: 'article.json',
        path: 'id',
        line: 2,
        message: `article "${SEEDED}" is already stored: deleteArticle it first to replace it (an import never replaces)`,
      },
    ]);
    expect(await graphCounts(app.db)).toEqual(seeded);
  });

  it('imports with an editor key, then deletes only what the article alone supported', async () => {
    const { body } = await importFixture(bearer(app.editorKey));
    expect(body.errors).toBeUndefined();
    const result = body.data.importArticle;
    expect(result).toMatchObject({ ok: true, dryRun: false, articleId: FIXTURE_ID, problems: [] });
    expect(result.importId).toMatch(/^import:[0-9a-f-]{36}$/);
    // Three new entities; Putin and Russia were already stored.
    expect(result.counts.nodesCreated).toBeGreaterThan(3);

    // The shared entity carries facts from both articles.
    const after = await snapshot();
    const statementIds = after.putin.statements.edges.map((e: any) => e.node.id);
    expect(statementIds).toContain('statement:fixture-putin-doors-stay-open');
    expect(statementIds).toEqual(expect.arrayContaining(before.putin.statements.edges.map((e: any) => e.node.id)));
    const leads = after.putin.relations.edges.find((e: any) => e.node.id === 'LEADS:person:vladimir-putin->country:russia').node;
    expect(new Set(leads.evidence.map((e: any) => e.id.split('@')[0]))).toEqual(new Set([SEEDED, FIXTURE_ID]));
    expect(after.putin.relations.totalCount).toBe(before.putin.relations.totalCount + 1); // MET_WITH
    expect(after.putin.degree).toBe(before.putin.degree + 1);
    expect(after.putin.mentionCount).toBeGreaterThan(before.putin.mentionCount);
    expect(after.articles.map((a: any) => a.id).sort()).toEqual([SEEDED, FIXTURE_ID].sort());
    expect(after.interactions.edges).toContainEqual({ node: { count: 1, speaker: { id: PUTIN }, addressee: { id: 'person:olga-fixturova' } } });
    expect(after.bySpeaker.groups).toContainEqual({ key: 'person:olga-fixturova', count: 1 });

    // Who imported what and when.
    const { records } = await app.db.driver.executeQuery(
      'MATCH (i:Import {id: $id})-[:IMPORTED]->(a:Article) RETURN a.id AS article, i.keyLabel AS label, i.role AS role, toString(i.statements) AS statements, i.at IS NOT NULL AS dated, i.contentSha256 =~ "[0-9a-f]{64}" AS hashed',
      { id: result.importId },
      { database: app.db.database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { article: FIXTURE_ID, label: 'test-editor', role: 'editor', statements: '2', dated: true, hashed: true },
    ]);

    // A second import of the same article is refused.
    const again = await importFixture(bearer(app.editorKey));
    expect(again.body.data.importArticle.ok).toBe(false);

    const deleted = await query(DELETE, { id: FIXTURE_ID }, bearer(app.editorKey));
    expect(deleted.body.errors).toBeUndefined();
    expect(deleted.body.data.deleteArticle).toMatchObject({ articleId: FIXTURE_ID, statementsDeleted: 2, entitiesDeleted: 3, relationsDeleted: 2 });
    expect(await snapshot()).toEqual(before);
    expect(await graphCounts(app.db)).toEqual(seeded);
  });

  it('keeps what the graph says of a shared entity when an article names it without a description', async () => {
    const input = folderInput(FIXTURE);
    const shared = input.annotations.entities.filter((e: { id: string }) => e.id === PUTIN || e.id === 'country:russia');
    expect(shared).toHaveLength(2);
    for (const entity of shared) delete entity.description;
    const { body } = await importFixture(bearer(app.editorKey), false, input);
    expect(body.data.importArticle).toMatchObject({ ok: true, problems: [] });
    const after = await snapshot();
    expect([after.putin.description, after.russia.description]).toEqual([before.putin.description, before.russia.description]);
    expect(before.putin.description).toBe('President of Russia');
    await query(DELETE, { id: FIXTURE_ID }, bearer(app.editorKey));
    expect(await snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown article, changing nothing', async () => {
    const { body } = await query(DELETE, { id: 'article:never-imported' }, bearer(app.editorKey));
    expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']);
    expect(await graphCounts(app.db)).toEqual(seeded);
  });

  describe('requests a browser can send without asking (CSRF)', () => {
    const mutation = () => JSON.stringify({ query: IMPORT, variables: { input: folderInput(FIXTURE) } });

    it('refuses a text/plain or form POST of a mutation, writing nothing', async () => {
      const text = await app.post(mutation(), { ...bearer(app.editorKey), 'content-type': 'text/plain' });
      expect(text.status).toBe(400);
      expect(text.text).toContain('Cross-Site Request Forgery');
      const form = await app.post(`query=${encodeURIComponent(IMPORT)}`, { ...bearer(app.editorKey), 'content-type': 'application/x-www-form-urlencoded' });
      expect(form.status).toBe(400);
      expect(form.text).toContain('Cross-Site Request Forgery');
      const none = await fetch(`${app.http}/graphql`, { method: 'POST', headers: bearer(app.editorKey), body: mutation() });
      expect(none.status).toBe(400);
      expect(await graphCounts(app.db)).toEqual(seeded);
    });

    it('refuses a text/plain POST through Express (a /graphql?… URL) too', async () => {
      const response = await fetch(`${app.http}/graphql?x=1`, {
        method: 'POST',
        headers: { ...bearer(app.editorKey), 'content-type': 'text/plain' },
        body: mutation(),
      });
      expect(response.status).toBe(400);
      expect(await graphCounts(app.db)).toEqual(seeded);
    });

    it('refuses a mutation over GET with 405', async () => {
      const url = `${app.http}/graphql?query=${encodeURIComponent(`mutation { deleteArticle(id: "${SEEDED}") { articleId } }`)}`;
      const response = await fetch(url, { headers: { ...bearer(app.editorKey), 'apollo-require-preflight': 'true' } });
      expect(response.status).toBe(405);
      expect(await graphCounts(app.db)).toEqual(seeded);
    });
  });

  it('admits an article-sized body from an editor and refuses it from anyone else', async () => {
    const padding = 'x'.repeat(300_000);
    const body = { query: `${IMPORT} # ${padding}`, variables: { input: folderInput(FIXTURE), dryRun: true } };
    const editor = await app.post(body, bearer(app.editorKey));
    expect(editor.status).toBe(200);
    expect(editor.body.data.importArticle.ok).toBe(true);
    const reader = await app.post(body, bearer(app.readKey));
    expect(reader.status).toBe(413);
    expect(reader.body.errors[0]).toEqual({ message: 'Request body is larger than the 100kb limit.', extensions: { code: 'BAD_REQUEST' } });
    const huge = await app.post({ ...body, query: `${IMPORT} # ${'x'.repeat(1_100_000)}` }, bearer(app.editorKey));
    expect(huge.status).toBe(413);
    expect(huge.body.errors[0].message).toBe('Request body is larger than the 1mb limit.');
    expect(await graphCounts(app.db)).toEqual(seeded);
  });
});
