/**
 * The writes of `npm run bench:soak` (bench/soak.ts): importArticle as a dry run and for real, then deleteArticle
 * of what was imported, all with an editor key. Every import is a new article (a copy of the import fixture with
 * its own ids, test/fixtures/import/variant.ts), since an article id already stored is refused. Each connection
 * sends the mix in turn, so its real import comes before its delete in the same pass and the delete names the
 * article that pass imported (autocannon's per-connection context); what a pass cut short by the end of a run
 * imported without deleting is deleted afterwards (deleteImported).
 */
import { fixtureVariant } from '../test/fixtures/import/variant';
import type { MixContext, MixEntry } from './load';
import { requestBody } from './load';

const IMPORT = `mutation ImportArticle($input: ImportArticleInput!, $dryRun: Boolean) {
  importArticle(input: $input, dryRun: $dryRun) { ok articleId importId problems { message } counts { nodesCreated } }
}`;
const DELETE = `mutation DeleteArticle($id: ID!) { deleteArticle(id: $id) { articleId nodesDeleted } }`;

/** The prefix of every article id the soak imports (the fixture's id, then `-soak-…`). */
export const SOAK_ARTICLE_PREFIX = 'article:test-fixture-putin-envoy-soak-';

/** `ImportArticleDryRun`, `ImportArticle` and `DeleteArticle`, sent with `authorization`. */
export function importMix(authorization: string): MixEntry[] {
  const headers = { authorization };
  let next = 0;
  // Unique across runs against the same graph too: the process id and a counter.
  const variant = () => fixtureVariant(`soak-${process.pid}-${next++}`);
  return [
    { name: 'ImportArticleDryRun', headers, body: () => requestBody(IMPORT, { input: variant(), dryRun: true }, 'ImportArticle') },
    {
      name: 'ImportArticle',
      headers,
      body: (context: MixContext) => {
        const input = variant();
        context.articleId = input.meta.id;
        return requestBody(IMPORT, { input, dryRun: false }, 'ImportArticle');
      },
    },
    // A pass that did not import (a request cut off) names an id that does not exist: NOT_FOUND, a failure.
    {
      name: 'DeleteArticle',
      headers,
      body: (context: MixContext) => requestBody(DELETE, { id: context.articleId ?? `${SOAK_ARTICLE_PREFIX}none` }, 'DeleteArticle'),
    },
  ];
}

async function graphql<T>(url: string, authorization: string, query: string, variables: object = {}): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || body.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data as T;
}

/** The articles the soak imported that are still stored. */
export async function importedArticles(url: string, authorization: string): Promise<string[]> {
  const { articles } = await graphql<{ articles: { id: string }[] }>(url, authorization, '{ articles { id } }');
  return articles.map((a) => a.id).filter((id) => id.startsWith(SOAK_ARTICLE_PREFIX));
}

/**
 * Deletes every article the soak imported that is still stored; returns how many it deleted. Requests the load
 * sent last may still be running in the API when the load generator stops (queued behind MAX_IN_FLIGHT): an
 * import may land after the first look and a delete may beat this one to its article (NOT_FOUND, then nothing
 * to do), so it looks again until a look finds none, for at most `waitMs`.
 */
export async function deleteImported(url: string, authorization: string, waitMs = 30_000): Promise<number> {
  const deadline = Date.now() + waitMs;
  let deleted = 0;
  for (;;) {
    const left = await importedArticles(url, authorization);
    if (left.length === 0 || Date.now() > deadline) return deleted;
    for (const id of left) {
      const gone = await graphql<{ deleteArticle: unknown }>(url, authorization, DELETE, { id }).then(
        () => true,
        (error: Error) => (error.message.includes('"NOT_FOUND"') ? false : Promise.reject(error)),
      );
      if (gone) deleted += 1;
    }
    await new Promise((resume) => setTimeout(resume, 1_000));
  }
}
