/**
 * The API on a graph a hundred times the article: a generated corpus (seed/corpus) of ~5k entities loaded by the
 * real seed step next to the real article. Checks that every catalogued statement plans without whole-graph or
 * large-label scans (test/integration/plan-check.ts) on these statistics, and that the main queries give the
 * right answers at this size, using the probes the generator reports (a hub, the top speaker, path pairs of known
 * length). afterAll reseeds the real article alone, the state the other suites expect (jest runs in band).
 */
import neo4j from 'neo4j-driver';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticleFolders } from '../../seed/annotations';
import type { CorpusManifest } from '../../seed/corpus';
import { writeCorpus } from '../../seed/corpus';
import { emptyInBatches, seedBatches } from '../../seed/load';
import { articleFolders, runSeed } from '../../seed/seed';
import type { TestApp } from './harness';
import { openTestApp } from './harness';
import { byNameThenId, run } from './api/helpers';
import { checkPlans, reportPlans } from './plan-check';
import { variantName } from '../../src/db/queries';
import { int } from '../../src/db/values';
import { OrderDirection } from '../../src/common/enums';
import { keyRange, StatementOrderField } from '../../src/statement/statement-order';

interface ProfiledNode {
  operatorType: string;
  rows: number;
  children: ProfiledNode[];
}

/** Every operator of a profiled plan, with the rows it produced. */
function profiled(node: ProfiledNode): { operator: string; rows: number }[] {
  return [{ operator: node.operatorType.replace(/@.*$/, ''), rows: node.rows }, ...node.children.flatMap(profiled)];
}

const ENTITIES = 5_000;

describe('at scale (generated corpus)', () => {
  let app: TestApp;
  let out: string;
  let manifest: CorpusManifest;
  let folders: string[];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-'));
    const started = Date.now();
    manifest = await writeCorpus({ entities: ENTITIES, seed: 7, perArticle: 250, out });
    folders = [...articleFolders(), ...manifest.folders.map((folder) => join(out, folder))];
    app = await openTestApp();
    const log = process.env.SCALE_TIMING ? (line: string) => console.log(`${Date.now() - started} ms ${line}`) : undefined;
    await runSeed(app.db, { folders, log });
    const run = (text: string) => app.db.driver.executeQuery(text, {}, { database: app.db.database });
    await run('CALL db.awaitIndexes(60)');
    await run('CALL db.resampleOutdatedIndexes()');
    await run('CALL db.clearQueryCaches()');
    if (process.env.SCALE_TIMING) console.log(`scale graph ready in ${Date.now() - started} ms`, manifest.counts);
  }, 120_000);

  afterAll(async () => {
    const started = Date.now();
    try {
      // Empty the graph a batch at a time first: seed --reset deletes everything in one transaction, more
      // than a store of this size needs to hold in transaction memory.
      await emptyInBatches(app.db);
      await runSeed(app.db, { reset: true });
      if (process.env.SCALE_TIMING) console.log(`scale graph emptied and the article reseeded in ${Date.now() - started} ms`);
    } finally {
      await app.close();
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('plans every catalogued statement without scanning the graph or a large label', async () => {
    const [article] = await readArticleFolders(articleFolders());
    const [pair] = manifest.probes.pathPairs;
    const { findings, missing, operators } = await checkPlans(app.db, {
      entityId: manifest.probes.hubId,
      otherEntityId: pair.toId,
      statementId: (await run(app, '{ statements(first: 1) { edges { node { id } } } }')).statements.edges[0].node.id,
      eventId: manifest.probes.eventId,
      articleId: article.id,
      passageId: `${article.id}#p0`,
      evidenceId: `${article.id}@0-1`,
      nameSubstring: manifest.probes.nameSubstring,
      searchWord: manifest.probes.searchWord,
      seed: Object.fromEntries(seedBatches(article)),
    });
    reportPlans(operators);
    expect(missing).toEqual([]);
    expect(findings).toEqual([]);
    // One EXPLAIN per statement and parameter shape: the catalog grows, and the cores are shared.
  }, 240_000);

  it('pages entities by name with cursors that continue exactly', async () => {
    const query = `query ($after: String, $kind: EntityKind) { entities(first: 50, after: $after, kind: $kind) { totalCount edges { node { id name kind } } pageInfo { endCursor hasNextPage } } }`;
    const one = (await run(app, query, {})).entities;
    const two = (await run(app, query, { after: one.pageInfo.endCursor })).entities;
    const both = (await run(app, query.replace('first: 50', 'first: 100'), {})).entities;
    expect(one.totalCount).toBeGreaterThanOrEqual(ENTITIES);
    expect([...one.edges, ...two.edges].map((e: any) => e.node.id)).toEqual(both.edges.map((e: any) => e.node.id));
    const nodes = both.edges.map((e: any) => e.node);
    expect(nodes).toEqual([...nodes].sort(byNameThenId));
    const people = (await run(app, query, { kind: 'PERSON' })).entities;
    const realPeople = (await readArticleFolders(articleFolders())).flatMap((a) => a.entities).filter((e) => e.kind === 'PERSON');
    expect(people.totalCount).toBe(manifest.counts.persons + new Set(realPeople.map((e) => e.id)).size);
    expect(people.edges.every((e: any) => e.node.kind === 'PERSON')).toBe(true);
  });

  it('orders entities by mentions and degree with cursors that continue exactly, counts recounted from the graph', async () => {
    const query = `query ($after: String, $orderBy: EntityOrder, $first: Int) { entities(first: $first, after: $after, orderBy: $orderBy) { edges { node { id mentionCount degree } } pageInfo { endCursor } } }`;
    for (const [field, value] of [
      ['MENTIONS', 'mentionCount'],
      ['DEGREE', 'degree'],
    ] as const) {
      for (const direction of ['ASC', 'DESC']) {
        const orderBy = { field, direction };
        const one = (await run(app, query, { orderBy, first: 50 })).entities;
        const two = (await run(app, query, { orderBy, first: 50, after: one.pageInfo.endCursor })).entities;
        const both = (await run(app, query, { orderBy, first: 100 })).entities.edges.map((e: any) => e.node);
        expect([...one.edges, ...two.edges].map((e: any) => e.node.id)).toEqual(both.map((n: any) => n.id));
        const sign = direction === 'ASC' ? 1 : -1;
        const sorted = [...both].sort((a: any, b: any) => sign * (a[value] - b[value] || (a.id < b.id ? -1 : 1)));
        expect(both).toEqual(sorted);
      }
    }
    // The hub: many articles name and link it, so its counts are sums the seed recounted article after article.
    const { entity } = await run(app, `query ($id: ID!) { entity(id: $id) { mentionCount degree mentions { start } relations(first: 1) { totalCount } } }`, {
      id: manifest.probes.hubId,
    });
    expect(entity.mentionCount).toBe(entity.mentions.length);
    expect(entity.degree).toBe(entity.relations.totalCount);
    expect(entity.degree).toBeGreaterThan(50);
  });

  it('reads about a page of index entries for an entity page in every order, from the start or deep in the list', async () => {
    const limit = 21;
    const profiled = async (name: string, params: Record<string, unknown>) => {
      const result = await app.db.driver.executeQuery(
        `PROFILE ${app.db.queries.statementFor(name, params)}`,
        { ...params, limit: neo4j.int(limit) },
        { database: app.db.database },
      );
      let read = 0;
      const walk = (op: any) => {
        if (/NodeIndex(Seek|Scan)/.test(op.operatorType) && String(op.arguments.Details).includes(':Entity(')) read += op.rows;
        op.children.forEach(walk);
      };
      walk(result.summary.profile);
      return { read, entities: (result.records[0].get('entities') as unknown[]).length };
    };
    const deep = async (order: string) => {
      const { records } = await app.db.driver.executeQuery(`MATCH (n:Entity) RETURN n ORDER BY ${order} SKIP 4000 LIMIT 1`, {}, { database: app.db.database });
      return records[0].get('n').properties;
    };
    const atName = await deep('n.name DESC, n.id DESC');
    const atMentions = await deep('n.mentionsKey');
    const atDegree = await deep('n.degreeKey DESC');
    const pages: [string, Record<string, unknown>][] = [
      ['entity/page', { kinds: null, afterName: null, afterId: null }],
      ['entity/page', { kinds: null, afterName: atName.name, afterId: atName.id }],
      ['entity/page-name-desc', { kinds: null, afterName: null, afterId: null }],
      ['entity/page-name-desc', { kinds: null, afterName: atName.name, afterId: atName.id }],
      ['entity/page-by-count?key=mentionsKey&dir=ASC', { kinds: null, above: '', below: '\uffff' }],
      ['entity/page-by-count?key=mentionsKey&dir=ASC', { kinds: null, above: atMentions.mentionsKey, below: '\uffff' }],
      ['entity/page-by-count?key=degreeKey&dir=DESC', { kinds: null, above: '', below: '\uffff' }],
      ['entity/page-by-count?key=degreeKey&dir=DESC', { kinds: null, above: '', below: atDegree.degreeKey }],
    ];
    for (const [name, params] of pages) {
      const { read, entities } = await profiled(name, params);
      // A full page, from at most a page of index entries plus the ties on the last name.
      expect({ name, params, entities, tooMany: read > 2 * limit }).toEqual({ name, params, entities: limit, tooMany: false });
    }
  });

  it('finds entities by a part of their name', async () => {
    const { entities } = await run(app, `query ($q: String) { entities(nameContains: $q, first: 100) { totalCount edges { node { name aliases } } } }`, {
      q: manifest.probes.nameSubstring,
    });
    expect(entities.totalCount).toBeGreaterThan(0);
    const needle = manifest.probes.nameSubstring.toLowerCase();
    for (const { node } of entities.edges) {
      expect([node.name, ...node.aliases].some((n: string) => n.toLowerCase().includes(needle))).toBe(true);
    }
  });

  it('lists every statement of the top speaker', async () => {
    // The generated annotations as written (plain JSON: the seed has validated them already; reading them through
    // the validator again would cost seconds). The top speaker is a generated entity, so the real article adds none.
    const annotations = manifest.folders.map((folder) => JSON.parse(readFileSync(join(out, folder, 'annotations.json'), 'utf8')));
    const expected = new Set<string>(
      annotations.flatMap((a) =>
        (a.statements as { id: string; speaker?: string }[]).filter((s) => s.speaker === manifest.probes.topSpeakerId).map((s) => s.id),
      ),
    );
    expect(expected.size).toBeGreaterThan(1);
    const query = `query ($id: ID, $after: String) { statements(speakerId: $id, first: 100, after: $after) { totalCount edges { node { id speaker { id } } } pageInfo { endCursor hasNextPage } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const page: any = (await run(app, query, { id: manifest.probes.topSpeakerId, after })).statements;
      total = page.totalCount;
      for (const { node } of page.edges) {
        expect(node.speaker.id).toBe(manifest.probes.topSpeakerId);
        seen.push(node.id);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(expected.size);
    expect(new Set(seen)).toEqual(expected);
    expect(seen).toHaveLength(expected.size);
  });

  it('finds a path of the known length between a 2-hop pair', async () => {
    const pair = manifest.probes.pathPairs.find((p) => p.hops === 2)!;
    const { paths } = await run(app, `query ($from: ID!, $to: ID!) { paths(fromId: $from, toId: $to, maxHops: 4, first: 3) { length nodes { id } } }`, {
      from: pair.fromId,
      to: pair.toId,
    });
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0].length).toBe(2);
    expect(paths[0].nodes.map((n: any) => n.id)).toEqual([pair.fromId, expect.any(String), pair.toId]);
  });

  it('cuts the hub’s neighbourhood at the limit, nearest first', async () => {
    const { neighborhood } = await run(
      app,
      `query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) { truncated nodes { id depth } edges { source target } } }`,
      { id: manifest.probes.hubId },
    );
    expect(neighborhood.truncated).toBe(true);
    expect(neighborhood.nodes).toHaveLength(100);
    const depths = neighborhood.nodes.map((n: any) => n.depth);
    expect(depths).toEqual([...depths].sort());
  });

  it('answers search and timeline pages', async () => {
    const { search } = await run(app, `query ($q: String!) { search(query: $q, first: 10) { score node { id } } }`, { q: manifest.probes.searchWord });
    expect(search.length).toBeGreaterThan(0);
    const scores = search.map((h: any) => h.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    const timeline = (await run(app, `{ timeline(first: 20) { totalCount edges { node { id date { earliest } } } } }`)).timeline;
    expect(timeline.edges).toHaveLength(20);
    const days = timeline.edges.map((e: any) => e.node.date.earliest);
    expect(days).toEqual([...days].sort());
  });

  it('reads a statement page off its order key index in every order and direction: about `first` entries, no sort', async () => {
    for (const field of [StatementOrderField.DATE, StatementOrderField.SPEAKER]) {
      for (const direction of [OrderDirection.ASC, OrderDirection.DESC]) {
        const orderBy = { field, direction };
        const first = await run(app, `query ($orderBy: StatementOrder) { statements(orderBy: $orderBy, first: 20) { pageInfo { endCursor } } }`, { orderBy });
        for (const after of [null, first.statements.pageInfo.endCursor]) {
          const { key, above, below } = keyRange(orderBy, after);
          const params = { forms: null, acts: null, above, below, limit: int(21), include: [] };
          const result = await app.db.driver.executeQuery(
            `PROFILE ${app.db.queries.statementFor(variantName('statement/page', { key, direction }), params)}`,
            params,
            { database: app.db.database },
          );
          expect(result.records[0].get('statements')).toHaveLength(21);
          const operators = profiled(result.summary.profile as unknown as ProfiledNode);
          // The seek on the key's range stops after the page: its rows are the page, whatever the store holds.
          expect({ orderBy, after, seek: operators.filter((o) => o.operator === 'NodeIndexSeekByRange').map((o) => o.rows) }).toEqual({
            orderBy,
            after,
            seek: [21],
          });
          expect(operators.filter((o) => /Sort|Top/.test(o.operator))).toEqual([]);
        }
      }
    }
  });

  it("scopes a search to the top speaker's statements inside the index", async () => {
    const query = `query ($q: String!, $speakerIds: [ID!]) { search(query: $q, speakerIds: $speakerIds, first: 50) { kind node { id ... on Statement { speaker { id } } } } }`;
    const { search } = await run(app, query, { q: manifest.probes.searchWord, speakerIds: [manifest.probes.topSpeakerId] });
    expect(search.length).toBeGreaterThan(0);
    for (const hit of search) expect(hit).toMatchObject({ kind: 'STATEMENT', node: { speaker: { id: manifest.probes.topSpeakerId } } });
  });
});
