/**
 * The API on a graph a hundred times the article: a generated corpus (seed/corpus) of ~5k entities loaded by the
 * real seed step next to the real article. Checks that every catalogued statement plans without whole-graph or
 * large-label scans (test/integration/plan-check.ts) on these statistics, and that the main queries give the
 * right answers at this size, using the probes the generator reports (a hub, the top speaker, path pairs of known
 * length). afterAll reseeds the real article alone, the state the other suites expect (jest runs in band).
 */
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
});
