/**
 * The import API under test: the real app with API keys configured (one editor, one read key), over HTTP on a
 * free loopback port, and ways to read the graph directly (node counts, the fixture article's files).
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { newApiKey, parseApiKeys } from '../../../src/auth/api-keys';
import { loadConfig } from '../../../src/config';
import type { Database } from '../../../src/db/database';
import { createLogger } from '../../../src/logger';
import type { App } from '../../../src/server';
import { createApp } from '../../../src/server';
import { projectPath } from '../../../src/paths';
import { testDatabase } from '../harness';

export const FIXTURE = projectPath('test', 'fixtures', 'import', 'putin-fixture');
export const FIXTURE_ID = 'article:test-fixture-putin-envoy';

export interface ImportSourcesJson {
  text: string;
  meta: Record<string, unknown>;
  annotations: Record<string, any>;
}

/** An article folder as the mutation's input. */
export function folderInput(dir: string): ImportSourcesJson {
  return {
    text: readFileSync(join(dir, 'article.txt'), 'utf8'),
    meta: JSON.parse(readFileSync(join(dir, 'article.json'), 'utf8')),
    annotations: JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')),
  };
}

export const IMPORT = `mutation Import($input: ImportArticleInput!, $dryRun: Boolean) {
  importArticle(input: $input, dryRun: $dryRun) {
    ok dryRun articleId importId
    problems { file path line message }
    counts { passages evidence entities statements relations nodesCreated relationshipsCreated propertiesSet }
  }
}`;

export const DELETE = `mutation Delete($id: ID!) {
  deleteArticle(id: $id) { articleId statementsDeleted relationsDeleted entitiesDeleted nodesDeleted relationshipsDeleted }
}`;

export interface ImportApp {
  http: string;
  db: Database;
  editorKey: string;
  readKey: string;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; text: string }>;
  close(): Promise<void>;
}

export async function openImportApp(): Promise<ImportApp> {
  const editor = newApiKey('editor', 'test-editor');
  const reader = newApiKey('read', 'test-reader');
  const { keys } = parseApiKeys(`${editor.entry},${reader.entry}`);
  const db = testDatabase();
  const app: App = await createApp({ ...loadConfig(), apiKeys: keys }, db, createLogger('silent'));
  await new Promise<void>((done) => app.httpServer.listen(0, '127.0.0.1', done));
  const http = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  return {
    http,
    db,
    editorKey: editor.key,
    readKey: reader.key,
    async post(body, headers = {}) {
      const response = await fetch(`${http}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: any;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: response.status, body: parsed, text };
    },
    async close() {
      await app.apollo.stop();
      await db.driver.close();
    },
  };
}

/** Nodes and relationships in the whole graph, per label and type: what "nothing was written" is checked against. */
export async function graphCounts(db: Database): Promise<Record<string, number>> {
  const { records } = await db.driver.executeQuery(
    `CALL () { MATCH (n) UNWIND labels(n) AS label RETURN 'node:' + label AS key, count(*) AS n
       UNION ALL MATCH ()-[r]->() RETURN 'rel:' + type(r) AS key, count(*) AS n
       UNION ALL MATCH (n) RETURN 'properties' AS key, sum(size(keys(n))) AS n }
     RETURN key, n`,
    {},
    { database: db.database },
  );
  return Object.fromEntries(records.map((r) => [r.get('key') as string, Number(r.get('n'))]));
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
