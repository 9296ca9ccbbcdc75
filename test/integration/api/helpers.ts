/**
 * Shared by the query-API suites: the annotations the graph was seeded from (the truth the answers are checked
 * against) and a strict `run` that fails on any GraphQL error.
 */
import { readFileSync } from 'node:fs';
import type { GraphQLFormattedError, OperationDefinitionNode } from 'graphql';
import { Kind, parse, print } from 'graphql';
import type { ResolvedArticle } from '../../../seed/model';
import { readArticleFolders } from '../../../seed/annotations';
import { articleFolders } from '../../../seed/seed';
import { RELATED_EVENT_TYPES, RELATED_GROUP_TYPES } from '../../../src/graph';
import { projectPath } from '../../../src/paths';
import type { TestApp } from '../harness';

export const ARTICLE_ID = 'article:2025-02-24-xi-putin-no-limits';

/** Each named operation of a .graphql file, by name, as a document of its own. */
const operationsOf = (...path: string[]): ReadonlyMap<string, string> =>
  new Map(
    (parse(readFileSync(projectPath(...path), 'utf8')).definitions as OperationDefinitionNode[]).map((def) => [
      def.name!.value,
      print({ kind: Kind.DOCUMENT, definitions: [def] }),
    ]),
  );

/** The example operations, schema/operations.graphql. */
export const EXAMPLE_OPERATIONS = operationsOf('schema', 'operations.graphql');

/** The questions only the benchmark asks (bench/api-operations.graphql). */
export const BENCH_OPERATIONS = operationsOf('bench', 'api-operations.graphql');

let cached: Promise<ResolvedArticle> | undefined;

/** The seeded article, resolved exactly as the seed step resolved it. */
export function seededArticle(): Promise<ResolvedArticle> {
  cached ??= readArticleFolders(articleFolders()).then((articles) => {
    const article = articles.find((a) => a.id === ARTICLE_ID);
    if (!article) throw new Error(`${ARTICLE_ID} is not among seed/articles`);
    return article;
  });
  return cached;
}

/** Executes and returns `data`, failing with the errors when there are any. */

export async function run(app: TestApp, query: string, variables?: Record<string, unknown>): Promise<any> {
  const result = await app.execute(query, variables);
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** `field(id)` for each id, as aliases in requests of 10 (under MAX_ALIASES): the answers, by id. */
export async function lookupEach(app: TestApp, ids: string[], field: (id: string) => string): Promise<Map<string, any>> {
  const answers = new Map<string, any>();
  for (let start = 0; start < ids.length; start += 10) {
    const chunk = ids.slice(start, start + 10);
    const data = await run(app, `{ ${chunk.map((id, i) => `a${i}: ${field(id)}`).join(' ')} }`);
    chunk.forEach((id, i) => answers.set(id, data[`a${i}`]));
  }
  return answers;
}

/** Executes expecting exactly one error and returns it. */
export async function runError(app: TestApp, query: string, variables?: Record<string, unknown>): Promise<GraphQLFormattedError> {
  const result = await app.execute(query, variables);
  expect(result.errors).toHaveLength(1);
  return result.errors![0];
}

/** Walks a connection field page by page with `after` and returns every node id in order. */
export async function walkPages(
  app: TestApp,
  query: string,
  pick: (data: any) => { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } },
  variables: Record<string, unknown> = {},
): Promise<string[]> {
  const ids: string[] = [];
  let after = (variables.after as string | undefined) ?? null;
  for (let page = 0; page < 100; page += 1) {
    const connection = pick(await run(app, query, { ...variables, after }));
    ids.push(...connection.edges.map((e) => e.node.id));
    if (!connection.pageInfo.hasNextPage) return ids;
    expect(connection.pageInfo.endCursor).toBe(connection.edges[connection.edges.length - 1].cursor);
    after = connection.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

/** Every evidence quote is the article text at its offsets. */
export function expectQuotesMatch(text: string, evidence: { start: number; end: number; quote: string }[]): void {
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
}

/**
 * What `aboutRelated` should add to a subject, worked out here from the annotations (not through the API): the
 * groups and forces that belong to it, and the events it or they are tied to (src/graph/vocabulary.ts).
 */
export function relatedSubjectsIn(article: ResolvedArticle, subjectId: string): Set<string> {
  const related = new Set([subjectId]);
  for (const r of article.relations) if (r.toId === subjectId && RELATED_GROUP_TYPES.includes(r.type)) related.add(r.fromId);
  for (const r of article.relations) {
    if (!RELATED_EVENT_TYPES.includes(r.type)) continue;
    if (related.has(r.fromId) && r.toId.startsWith('event:')) related.add(r.toId);
    if (related.has(r.toId) && r.fromId.startsWith('event:')) related.add(r.fromId);
  }
  return related;
}

export const byNameThenId = (a: { name: string; id: string }, b: { name: string; id: string }): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
