/**
 * The backup drill: `npm run backup` / `npm run restore` (scripts/backup-cli.ts, src/local-backup.ts) on a Neo4j of
 * its own (its own data directory and free port, never the shared test graph, which other suites are reading),
 * seeded with the real article, with a small second one (test/fixtures/articles/backup-drill) imported through
 * the API's importArticle with an editor key, as data written after the seed arrives. Back up, wipe
 * everything (data, constraints, indexes), restore, and find every fact again: a complete fingerprint of the
 * graph (every node's labels and properties, every relationship with its ends, type and properties, the schema)
 * and the answers of a few API queries are compared before and after, and the import's own record (its Import
 * node, linked to the article) comes back with it. Refusals change nothing: a running
 * database, an existing one without --force, and damaged or foreign files.
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { articleFolders, runSeed } from '../../seed/seed';
import { runBackupCli } from '../../scripts/backup-cli';
import { newApiKey, parseApiKeys } from '../../src/auth/api-keys';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { createDriver, Database } from '../../src/db/database';
import { QueryCatalog } from '../../src/db/queries';
import { databaseDirs, dumpDatabase, loadDump } from '../../src/local-backup';
import type { LocalNeo4j } from '../../src/local-neo4j';
import { freePort, startLocalNeo4j } from '../../src/local-neo4j';
import { createLogger } from '../../src/logger';
import { projectPath } from '../../src/paths';
import { createApp } from '../../src/server';

jest.setTimeout(240_000);

const PASSWORD = 'backup-drill';
const FIXTURE = projectPath('test', 'fixtures', 'articles', 'backup-drill');
const quiet = () => undefined;

/** A Neo4j value as comparable JSON: integers and temporal values keep their type, maps their sorted keys. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isDuration(value)) {
      return `${value.constructor.name}:${String(value)}`;
    }
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries.map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

interface Fingerprint {
  nodes: string[];
  relationships: string[];
  schema: string[];
}

/**
 * Everything the graph holds, independent of internal ids: each node as its sorted labels and properties, each
 * relationship as its start node, type, properties and end node, and each constraint and index. Sorted lists,
 * so duplicates count too. A drill-only whole-graph read on purpose (not a cypher/ catalog statement).
 */
async function fingerprint(driver: Driver): Promise<Fingerprint> {
  const nodeKey = (labels: string[], props: unknown) => JSON.stringify([[...labels].sort(), plain(props)]);
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN labels(a) AS al, properties(a) AS ap, type(r) AS type, properties(r) AS rp, labels(b) AS bl, properties(b) AS bp',
  );
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *');
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options, state RETURN *');
  return {
    nodes: nodes.records.map((r) => nodeKey(r.get('labels'), r.get('props'))).sort(),
    relationships: rels.records
      .map((r) => JSON.stringify([nodeKey(r.get('al'), r.get('ap')), r.get('type'), plain(r.get('rp')), nodeKey(r.get('bl'), r.get('bp'))]))
      .sort(),
    schema: [...constraints.records, ...indexes.records].map((r) => JSON.stringify(plain(r.toObject()))).sort(),
  };
}

/** Answers to API queries that reach both articles: statements, relations with evidence, search, counts. */
const QUERIES: Record<string, string> = {
  talvik: `{ entity(id: "person:mira-talvik") { name aliases mentionCount degree
      relations(first: 20) { totalCount edges { node { type role to { id } evidence { start end quote } } } } } }`,
  accusations: `{ statements(acts: [ACCUSATION, DENIAL], first: 20) { totalCount edges { node { id text act
      speaker { id } about { __typename id } respondsTo { id } responses { id } evidence { start end quote } } } } }`,
  timeline: `{ timeline(from: "2022", to: "2025-12", first: 50) { totalCount edges { node { id date { value precision } } } } }`,
  search: `{ search(query: "harbor pact", first: 5) { score node { __typename ... on Statement { id } ... on Entity { id } } } }`,
  counts: `{ statementCounts(groupBy: SPEAKER, first: 20) { totalCount groups { key count } } }`,
  articles: `{ article(id: "article:test-fixture-backup-drill") { id title text } }`,
};

/** The article folder as importArticle's input, imported over HTTP with an editor key as a client would. */
async function importOverHttp(uri: string, folder: string): Promise<{ status: number; body: any }> {
  const editor = newApiKey('editor', 'backup-drill');
  const config = { ...loadConfig({}), neo4jUri: uri, neo4jPassword: PASSWORD, apiKeys: parseApiKeys(editor.entry).keys };
  const db = new Database(createDriver({ uri, username: 'neo4j', password: PASSWORD }), QueryCatalog.load(), 'neo4j');
  const { apollo, httpServer } = await createApp(config, db, createLogger('silent'));
  try {
    await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
    const input = {
      text: readFileSync(join(folder, 'article.txt'), 'utf8'),
      meta: JSON.parse(readFileSync(join(folder, 'article.json'), 'utf8')),
      annotations: JSON.parse(readFileSync(join(folder, 'annotations.json'), 'utf8')),
    };
    const response = await fetch(`http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor.key}` },
      body: JSON.stringify({
        query: 'mutation($input: ImportArticleInput!) { importArticle(input: $input) { ok articleId importId problems { message } counts { nodesCreated } } }',
        variables: { input },
      }),
    });
    return { status: response.status, body: await response.json() };
  } finally {
    await apollo.stop();
    await db.driver.close();
  }
}

/** Every Import node with the article it records, as stored. */
async function importRecords(driver: Driver): Promise<unknown[]> {
  const { records } = await driver.executeQuery('MATCH (i:Import)-[:IMPORTED]->(a:Article) RETURN properties(i) AS import, a.id AS articleId ORDER BY i.id');
  return records.map((r) => plain({ import: r.get('import'), articleId: r.get('articleId') }));
}

async function apiAnswers(uri: string): Promise<Record<string, unknown>> {
  const config = { ...loadConfig({}), neo4jUri: uri, neo4jPassword: PASSWORD };
  const db = new Database(createDriver({ uri, username: 'neo4j', password: PASSWORD }), QueryCatalog.load(), 'neo4j');
  const log = createLogger('silent');
  const { apollo } = await createApp(config, db, log);
  try {
    const answers: Record<string, unknown> = {};
    for (const [name, query] of Object.entries(QUERIES)) {
      const response = await apollo.executeOperation({ query }, { contextValue: createContext(db, log) });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      answers[name] = response.body.singleResult;
    }
    return answers;
  } finally {
    await apollo.stop();
    await db.driver.close();
  }
}

/** SHA-256 of every file of the database's store and transaction logs: what "unchanged" means on disk. */
function storeDigest(home: string): Record<string, string> {
  const digest: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else digest[relative(home, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  const { store, txLogs } = databaseDirs(home, 'neo4j');
  walk(store);
  walk(txLogs);
  return digest;
}

describe('backup drill: back up, wipe, restore, find every fact again', () => {
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-backup-drill-'));
  const backups = join(home, 'backups');
  const env = { NEO4J_LOCAL_DATA_DIR: home, NEO4J_DATABASE: 'neo4j', NEO4J_PASSWORD: PASSWORD };
  const lines: string[] = [];
  const io = { env, log: (line: string) => lines.push(line) };
  let running: LocalNeo4j | undefined;
  let before: Fingerprint;
  let beforeAnswers: Record<string, unknown>;
  let dumpFile: string;
  let imported: unknown[];

  const start = async (): Promise<LocalNeo4j> => {
    running = await startLocalNeo4j({ home, port: await freePort(), password: PASSWORD, log: quiet, readyTimeoutMs: 180_000 });
    return running;
  };
  const stop = async () => {
    await running?.stop();
    running = undefined;
  };
  // The driver's own defaults, not the API's createDriver: with lossless integers an INTEGER and a FLOAT read back
  // differently, so a restore that changed a property's type would change the fingerprint.
  const withDriver = async <T>(uri: string, use: (driver: Driver) => Promise<T>): Promise<T> => {
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', PASSWORD));
    try {
      return await use(driver);
    } finally {
      await driver.close();
    }
  };

  afterAll(async () => {
    await stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('seeds the real article, imports the drill fixture through importArticle, and takes their fingerprint', async () => {
    const { uri } = await start();
    const db = new Database(createDriver({ uri, username: 'neo4j', password: PASSWORD }), QueryCatalog.load(), 'neo4j');
    try {
      const report = await runSeed(db, { folders: articleFolders() });
      expect(report.articles.map((a) => a.id)).toEqual(['article:2025-02-24-xi-putin-no-limits']);
    } finally {
      await db.driver.close();
    }
    const { status, body } = await importOverHttp(uri, FIXTURE);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const result = body.data.importArticle;
    expect(result).toMatchObject({ ok: true, articleId: 'article:test-fixture-backup-drill', problems: [], importId: expect.stringMatching(/^import:/) });
    expect(result.counts.nodesCreated).toBeGreaterThan(10);
    imported = await withDriver(uri, importRecords);
    expect(imported).toEqual([
      {
        articleId: 'article:test-fixture-backup-drill',
        import: expect.objectContaining({ id: result.importId, keyLabel: 'backup-drill', role: 'editor', nodesCreated: `int:${result.counts.nodesCreated}` }),
      },
    ]);
    before = await withDriver(uri, fingerprint);
    beforeAnswers = await apiAnswers(uri);
    // The fingerprint sees both articles, their evidence and the schema the seed step applied.
    const fixtureText = readFileSync(join(FIXTURE, 'article.txt'), 'utf8');
    expect(before.nodes.some((n) => n.includes('"id":"person:mira-talvik"'))).toBe(true);
    expect(before.nodes.some((n) => n.includes('"id":"person:xi-jinping"'))).toBe(true);
    expect(before.nodes.some((n) => n.startsWith('[["Import"]') && n.includes(result.importId))).toBe(true);
    expect(before.relationships.some((r) => r.includes('"IMPORTED"') && r.includes(result.importId))).toBe(true);
    expect(before.relationships.some((r) => r.includes('"LEADS"') && r.includes('person:mira-talvik'))).toBe(true);
    expect(before.schema.some((s) => s.includes('UNIQUENESS'))).toBe(true);
    expect(before.schema.some((s) => s.includes('FULLTEXT'))).toBe(true);
    // The API answers come from both articles, with the fixture's evidence quoting its text exactly.
    const talvik = (beforeAnswers.talvik as { data: any }).data.entity;
    expect(talvik.name).toBe('Mira Talvik');
    const spans = talvik.relations.edges.flatMap((e: any) => e.node.evidence);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(fixtureText.slice(span.start, span.end)).toBe(span.quote);
    const acts = (beforeAnswers.accusations as { data: any }).data.statements.edges.map((e: any) => e.node.id);
    expect(acts).toEqual(expect.arrayContaining(['statement:fixture-council-denies-hiding-fees', 'statement:west-accuses-china-of-aiding-russia']));
  });

  it('refuses to back up while the database is running, and writes nothing', async () => {
    expect(running).toBeDefined();
    await expect(runBackupCli('backup', ['--to', backups], io)).rejects.toThrow(
      new RegExp(`the local Neo4j \\(pid ${running!.pid}\\) is running on .*Neo4j Community can only dump or load a stopped database`),
    );
    expect(() => readdirSync(backups)).toThrow();
  });

  it('npm run backup: a timestamped dump of the stopped database', async () => {
    await stop();
    lines.length = 0;
    await expect(runBackupCli('backup', ['--to', backups], io)).resolves.toBe(0);
    const files = readdirSync(backups);
    expect(files).toEqual([expect.stringMatching(/^neo4j-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.dump$/)]);
    dumpFile = join(backups, files[0]);
    expect(statSync(dumpFile).size).toBeGreaterThan(1000);
    expect(lines[0]).toMatch(/^\[backup\] dumping database 'neo4j' of .* \(Neo4j is stopped, so the dump is consistent\)/);
    expect(lines).toContainEqual(expect.stringMatching(/^\[backup\] {3}100\.0% \(\d+\/\d+ files\)$/));
    expect(lines[lines.length - 1]).toBe(
      `[backup] wrote ${dumpFile} (${(statSync(dumpFile).size / 1024).toFixed(1)} KiB, ${lines[lines.length - 1].match(/, ([\d.]+) s\)$/)![1]} s)`,
    );
  });

  it('wipes everything: every node, relationship, constraint and index', async () => {
    const { uri } = await start();
    await withDriver(uri, async (driver) => {
      await driver.executeQuery('MATCH (n) DETACH DELETE n');
      for (const r of (await driver.executeQuery('SHOW CONSTRAINTS YIELD name')).records) await driver.executeQuery(`DROP CONSTRAINT \`${r.get('name')}\``);
      const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
      for (const r of indexes.records) await driver.executeQuery(`DROP INDEX \`${r.get('name')}\``);
      const wiped = await fingerprint(driver);
      expect(wiped.nodes).toEqual([]);
      expect(wiped.relationships).toEqual([]);
      expect(wiped.schema.every((s) => s.includes('LOOKUP'))).toBe(true);
    });
    await stop();
  });

  it('refuses without --force, and leaves damaged or foreign files unloaded with the database unchanged', async () => {
    const wiped = storeDigest(home);
    await expect(runBackupCli('restore', [dumpFile], io)).rejects.toThrow(/database 'neo4j' already exists in .*; pass --force to replace it/);
    // On a terminal the CLI asks instead; "no" changes nothing.
    const asked: string[] = [];
    const declining = { ...io, confirm: async (question: string) => (asked.push(question), false) };
    await expect(runBackupCli('restore', [dumpFile], declining)).resolves.toBe(1);
    expect(asked).toEqual([`Replace database 'neo4j' in ${home} with ${dumpFile}? Its current contents are lost.`]);

    const truncated = join(home, 'truncated.dump');
    writeFileSync(truncated, readFileSync(dumpFile).subarray(0, Math.floor(statSync(dumpFile).size / 2)));
    await expect(loadDump({ home, database: 'neo4j', file: truncated, force: true, log: quiet })).rejects.toThrow(
      /truncated\.dump could not be loaded, it is not a complete Neo4j dump \(.+\); the database is unchanged/,
    );
    const foreign = join(home, 'foreign.dump');
    copyFileSync(join(FIXTURE, 'article.txt'), foreign);
    await expect(loadDump({ home, database: 'neo4j', file: foreign, force: true, log: quiet })).rejects.toThrow(
      /foreign\.dump is not a Neo4j dump \(it does not start with a dump header\); nothing was changed/,
    );
    await expect(runBackupCli('restore', [join(home, 'missing.dump'), '--force'], io)).rejects.toThrow(/no dump file at .*missing\.dump/);
    expect(storeDigest(home)).toEqual(wiped);
  });

  it('npm run restore -- <dump> --force brings back every fact, the schema and the same API answers', async () => {
    await expect(runBackupCli('restore', [dumpFile, '--force'], io)).resolves.toBe(0);
    const { uri } = await start();
    const after = await withDriver(uri, fingerprint);
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after.relationships.length).toBe(before.relationships.length);
    expect(after).toEqual(before);
    // The import's record came back with the article it imported: who, when, what was sent, the counts.
    expect(await withDriver(uri, importRecords)).toEqual(imported);
    expect(await apiAnswers(uri)).toEqual(beforeAnswers);
  });

  it('refuses a restore while the database is running', async () => {
    expect(running).toBeDefined();
    await expect(loadDump({ home, database: 'neo4j', file: dumpFile, force: true, log: quiet })).rejects.toThrow(
      /cannot restore: the local Neo4j .* is running/,
    );
    // A data directory that holds no database is named as such, not passed to the tool.
    await expect(dumpDatabase({ home: join(home, 'nowhere'), database: 'neo4j', toDir: backups, log: quiet })).rejects.toThrow(
      /there is no database 'neo4j' in .*nowhere to back up/,
    );
  });
});
