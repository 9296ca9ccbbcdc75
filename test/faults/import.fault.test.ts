/**
 * The import path under faults, on real processes (test/faults/harness.ts: the suite's own Neo4j and the API as
 * a child process, with an editor API key):
 *  - the API killed (SIGKILL) while a large import is inside its transaction leaves the graph as it was, and the
 *    same import then succeeds on a restarted API;
 *  - Neo4j killed and restarted under a load of imports and reads: no acknowledged import is lost, every failure
 *    is a coded 503, and the same API process serves and imports again.
 * "In its transaction" is read from Neo4j itself (SHOW TRANSACTIONS), never guessed from a sleep.
 */
import type { Driver } from 'neo4j-driver';
import { newApiKey } from '../../src/auth/api-keys';
import { createDriver } from '../../src/db/database';
import { QueryCatalog } from '../../src/db/queries';
import { generateCorpus } from '../../seed/corpus';
import { fixtureVariant } from '../fixtures/import/variant';
import type { ImportInput } from '../fixtures/import/variant';
import type { GraphFingerprint } from '../integration/graph-fingerprint';
import { graphFingerprint } from '../integration/graph-fingerprint';
import type { ApiProcess } from './harness';
import { FaultNeo4j, PASSWORD, spawnApi, stopApi } from './harness';

const IMPORT = `mutation Import($input: ImportArticleInput!, $dryRun: Boolean) {
  importArticle(input: $input, dryRun: $dryRun) {
    ok dryRun articleId importId
    problems { file path message }
    counts { entities statements relations nodesCreated relationshipsCreated }
  }
}`;
const NODE_BY_ID = 'query NodeById($id: ID! = "event:2025-02-24-xi-putin-call") { node(id: $id) { __typename id ... on Entity { name } } }';

/** Entities of the generated article the API is killed in: large enough that its transaction is seen running. */
const LARGE_ENTITIES = 1_500;
const READ_LOOPS = 4;
const IMPORT_LOOPS = 2;
/** After a failure a loop waits this long, so 503s answered in a millisecond do not spin the shared CPUs. */
const PAUSE_AFTER_FAILURE_MS = 50;
/** Imports acknowledged before the kill, and again after the restart, before the load stops. */
const ACKNOWLEDGED_EACH_SIDE = 8;

const editor = newApiKey('editor', 'fault-suite');
const ENV = {
  API_KEYS: editor.entry,
  // The large article is several MB of JSON, and validating and writing it takes seconds on a loaded machine.
  IMPORT_BODY_LIMIT: '16mb',
  REQUEST_TIMEOUT_MS: '120000',
};

let neo4j: FaultNeo4j;
let api: ApiProcess | undefined;
let driver: Driver;

beforeAll(async () => {
  neo4j = await FaultNeo4j.start();
  driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: PASSWORD });
  api = await spawnApi(neo4j.uri, { env: ENV });
}, 300_000);

afterAll(async () => {
  await stopApi(api);
  await driver?.close();
  await neo4j?.stop();
}, 120_000);

const sleep = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

interface Answer {
  status: number;
  body?: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  codes: string[];
  /** Set when the request failed below HTTP (refused, reset). */
  network?: string;
}

/** One POST /graphql with the editor key; never throws. */
async function post(base: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor.key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Answer['body'];
    return { status: response.status, body, codes: (body?.errors ?? []).map((e) => e.extensions?.code ?? 'UNCODED') };
  } catch (error) {
    return { status: 0, codes: [], network: String((error as Error).cause ?? error) };
  }
}

const importArticle = (base: string, input: ImportInput, dryRun = false) => post(base, IMPORT, { input, dryRun });

/** Transactions Neo4j is running, but for the one that asks. */
async function transactions(): Promise<{ id: string; query: string; locks: number }[]> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD transactionId, currentQuery, activeLockCount WHERE NOT currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN *',
    {},
    { database: 'neo4j' },
  );
  return records.map((r) => ({ id: r.get('transactionId') as string, query: r.get('currentQuery') as string, locks: Number(r.get('activeLockCount')) }));
}

/** The fingerprint of every node and relationship, and the schema (constraints and indexes). */
async function fullFingerprint(): Promise<GraphFingerprint & { schema: string[] }> {
  const schema = await driver.executeQuery('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN *', {}, { database: 'neo4j' });
  return { ...(await graphFingerprint(driver)), schema: schema.records.map((r) => JSON.stringify(r.toObject())).sort() };
}

async function storedArticles(ids: string[]): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id', { ids }, { database: 'neo4j' });
  return records.map((r) => r.get('id') as string).sort();
}

async function importsOf(ids: string[]): Promise<{ importId: string; articleId: string }[]> {
  const { records } = await driver.executeQuery(
    'MATCH (i:Import)-[:IMPORTED]->(a:Article) WHERE a.id IN $ids RETURN i.id AS importId, a.id AS articleId ORDER BY articleId, importId',
    { ids },
    { database: 'neo4j' },
  );
  return records.map((r) => ({ importId: r.get('importId') as string, articleId: r.get('articleId') as string }));
}

describe('the import path under faults', () => {
  it('leaves the graph as it was when the API is killed inside an import transaction, and the import succeeds on a restarted API', async () => {
    const generated = generateCorpus({ entities: LARGE_ENTITIES, perArticle: LARGE_ENTITIES, seed: 11 }).articles[0];
    const input: ImportInput = { text: generated.text, meta: generated.meta as Record<string, unknown>, annotations: generated.annotations as never };
    const articleId = String(input.meta.id);

    // The article is importable: the dry run passes every check and writes nothing.
    const dry = await importArticle(api!.base, input, true);
    expect(dry.codes).toEqual([]);
    expect(dry.body!.data.importArticle).toMatchObject({ ok: true, dryRun: true, articleId, problems: [] });
    expect(dry.body!.data.importArticle.counts.entities).toBe(LARGE_ENTITIES);

    const before = await fullFingerprint();
    expect(await storedArticles([articleId])).toEqual([]);

    // Half-way: the seed step writes the article, its passages and its evidence first (seed/load.ts seedBatches),
    // then entities, mentions, statements, their links and relations; a transaction running one of those holds
    // the first ones written and has more to write.
    const catalog = QueryCatalog.load();
    const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
    const later = ['seed/entities', 'seed/mentions', 'seed/statements', 'seed/statement-links', 'seed/relations'] as const;
    const writes = new Map(later.map((name) => [normalize(catalog.get(name).statement), name]));

    const killed = api!;
    const pending = importArticle(killed.base, input);
    let running: { id: string; query: string; locks: number } | undefined;
    const deadline = Date.now() + 120_000;
    while (!running && Date.now() < deadline) {
      // Holding locks means it has written already; running a write statement means it has more to write.
      running = (await transactions()).find((t) => t.locks > 0 && writes.has(normalize(t.query)));
      if (!running) await sleep(10);
    }
    expect(running).toBeDefined();
    const statement = writes.get(normalize(running!.query));
    killed.child.kill('SIGKILL');
    expect(await killed.exited).toBe('SIGKILL');
    const answer = await pending;
    expect(answer.status).toBe(0);
    expect(answer.network).toBeDefined();

    // Neo4j rolls back a transaction whose connection is gone: wait until it no longer lists it.
    for (let tries = 0; tries < 600 && (await transactions()).some((t) => t.id === running!.id); tries++) await sleep(100);
    expect((await transactions()).map((t) => t.id)).not.toContain(running!.id);
    expect(await fullFingerprint()).toEqual(before);
    expect(await storedArticles([articleId])).toEqual([]);
    expect(await importsOf([articleId])).toEqual([]);

    api = await spawnApi(neo4j.uri, { env: ENV });
    const again = await importArticle(api.base, input);
    expect(again.codes).toEqual([]);
    const result = again.body!.data.importArticle;
    expect(result).toMatchObject({ ok: true, dryRun: false, articleId, problems: [], importId: expect.stringMatching(/^import:/) });
    expect(result.counts).toMatchObject({
      entities: LARGE_ENTITIES,
      statements: dry.body!.data.importArticle.counts.statements,
      relations: dry.body!.data.importArticle.counts.relations,
    });
    expect(await storedArticles([articleId])).toEqual([articleId]);
    expect(await importsOf([articleId])).toEqual([{ importId: result.importId, articleId }]);
    // What it wrote is in the graph: the nodes it created and its Import node.
    const after = await fullFingerprint();
    expect(after.nodes).toBe(before.nodes + result.counts.nodesCreated + 1);
    console.log(
      `API killed (SIGKILL) inside the import of a ${LARGE_ENTITIES}-entity article (Neo4j transaction ${running!.id} running ${statement} ` +
        `with ${running!.locks} locks held): graph unchanged (${before.nodes} nodes, ${before.relationships} relationships); the import on a restarted API created ` +
        `${result.counts.nodesCreated} nodes and ${result.counts.relationshipsCreated} relationships`,
    );
  }, 600_000);

  it('loses no acknowledged import when Neo4j is killed and restarted under imports and reads, and answers coded 503s meanwhile', async () => {
    const base = api!.base;
    // When a request started: before the kill, from the kill until a read is answered again, after that.
    type Phase = 'before' | 'outage' | 'after';
    let phase: Phase = 'before';
    let running = true;
    const imports: { articleId: string; phase: Phase; answer: Answer }[] = [];
    const reads: { phase: Phase; answer: Answer }[] = [];
    const failed = (a: Answer) => a.status !== 200 || a.codes.length > 0;

    const importLoops = Array.from({ length: IMPORT_LOOPS }, async (_, loop) => {
      for (let n = 0; running; n++) {
        const input = fixtureVariant(`f${loop}-${n}`);
        const started: Phase = phase;
        const answer = await importArticle(base, input);
        imports.push({ articleId: String(input.meta.id), phase: started, answer });
        if (failed(answer)) await sleep(PAUSE_AFTER_FAILURE_MS);
      }
    });
    const readLoops = Array.from({ length: READ_LOOPS }, async () => {
      while (running) {
        const started: Phase = phase;
        const answer = await post(base, NODE_BY_ID);
        reads.push({ phase: started, answer });
        if (failed(answer)) await sleep(PAUSE_AFTER_FAILURE_MS);
      }
    });
    const acknowledged = () => imports.filter((i) => i.answer.status === 200 && i.answer.codes.length === 0 && i.answer.body?.data?.importArticle?.ok === true);
    const waitFor = async (what: string, condition: () => boolean, ms = 180_000) => {
      const deadline = Date.now() + ms;
      while (!condition()) {
        if (Date.now() > deadline) {
          const last = imports[imports.length - 1]?.answer;
          throw new Error(`timed out waiting for ${what}; the last import answered ${last?.status}: ${JSON.stringify(last?.body ?? last?.network)}`);
        }
        await sleep(100);
      }
    };

    try {
      await waitFor('imports before the outage', () => acknowledged().length >= ACKNOWLEDGED_EACH_SIDE);
      phase = 'outage';
      await neo4j.kill();
      const killedAt = imports.length;
      // Failures are seen (the API knows Neo4j is down) before it comes back.
      await waitFor('failures during the outage', () => imports.slice(killedAt).filter((i) => failed(i.answer)).length >= IMPORT_LOOPS * 3);
      await sleep(2_000);
      await neo4j.restart();
      await waitFor('a read answered after the restart', () => reads.some((r) => r.phase !== 'before' && !failed(r.answer)));
      phase = 'after';
      const backAt = acknowledged().length;
      await waitFor('imports after the outage', () => acknowledged().length >= backAt + ACKNOWLEDGED_EACH_SIDE);
    } finally {
      running = false;
      await Promise.all([...importLoops, ...readLoops]);
    }

    // Every failure, of an import or a read, is a coded 503 SERVICE_UNAVAILABLE (no connection error: the API
    // process stayed up; no uncoded or other error).
    const failures = [...imports.map((i) => i.answer), ...reads.map((r) => r.answer)].filter(failed);
    expect(failures.length).toBeGreaterThan(0);
    const wrong = failures.filter((a) => a.status !== 503 || a.codes.length === 0 || a.codes.some((c) => c !== 'SERVICE_UNAVAILABLE'));
    expect(wrong).toEqual([]);
    // An import either succeeded or failed with that 503: never a refusal (every variant is a new article).
    const refused = imports.filter((i) => !failed(i.answer) && i.answer.body?.data?.importArticle?.ok !== true);
    expect(refused).toEqual([]);

    // Zero acknowledged imports lost: each one's article and Import node are in the graph after the outage.
    const acked = acknowledged();
    const ackedIds = acked.map((i) => i.articleId).sort();
    expect(await storedArticles(ackedIds)).toEqual(ackedIds);
    const recorded = await importsOf(ackedIds);
    expect(recorded).toEqual(
      acked
        .map((i) => ({ importId: i.answer.body!.data.importArticle.importId, articleId: i.articleId }))
        .sort((a, b) => a.articleId.localeCompare(b.articleId)),
    );
    // And the API serves them without a restart: the same process reads one back.
    const last = acked[acked.length - 1].articleId;
    const readBack = await post(base, 'query A($id: ID!) { article(id: $id) { id } }', { id: last });
    expect(readBack.body!.data).toEqual({ article: { id: last } });
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect(api!.child.exitCode).toBeNull();

    const count = (phase: Phase) => acked.filter((i) => i.phase === phase).length;
    const failedImports = imports.filter((i) => failed(i.answer));
    // An import failed with 503 may still have committed (Neo4j died after the commit, before its answer): those
    // are found too, and are the only imports stored beyond the acknowledged ones.
    const storedFailed = await storedArticles(failedImports.map((i) => i.articleId));
    console.log(
      `Neo4j killed under ${IMPORT_LOOPS} import and ${READ_LOOPS} read loops: ${imports.length} imports (${count('before')} acknowledged before the kill, ` +
        `${count('outage')} of those started from the kill to the recovery, ${count('after')} after it; all ${acked.length} found afterwards), ` +
        `${failedImports.length} failed with 503 SERVICE_UNAVAILABLE (${storedFailed.length} of them stored nonetheless); ` +
        `${reads.length} reads, ${reads.filter((r) => failed(r.answer)).length} failed with 503`,
    );
  }, 600_000);
});
