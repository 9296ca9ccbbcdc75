/**
 * The import API's work (importArticle / deleteArticle, src/importing/import.resolver.ts): the seed step's own
 * validator and loader, reached over HTTP instead of from article folders. An import is validated exactly as a
 * folder is (seed/annotations: resolveArticleSources on the three sources), then against what the graph already
 * stores (as seed/annotations/read.ts compares folders), and loaded with seed/load.ts seedArticles: one
 * transaction, counts and aggregates recomputed, and an Import node recorded in the same transaction. An article
 * id the graph already holds is refused, never replaced: replacing means deleteArticle, then importArticle, so
 * no import silently drops facts another import wrote.
 */
import { randomUUID, createHash } from 'node:crypto';
import type { Database, TxRunner } from '../db/database';
import { int } from '../db/values';
import { scopeToken } from '../graph';
import { ANNOTATIONS, ARTICLE_META, resolveArticleSources } from '../../seed/annotations';
import type { AnnotationProblem } from '../../seed/annotations';
import { ArticleExistsError, seedArticles, statementGroupCounts, updateAggregates } from '../../seed/load';
import type { ResolvedArticle } from '../../seed/model';

export interface ImportSources {
  text: string;
  /** article.json's fields. */
  meta: Record<string, unknown>;
  /** annotations.json's content. */
  annotations: Record<string, unknown>;
}

export interface ImportCountsValue {
  passages: number;
  evidence: number;
  entities: number;
  statements: number;
  relations: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

export interface ImportOutcome {
  ok: boolean;
  dryRun: boolean;
  articleId?: string;
  importId?: string;
  problems: AnnotationProblem[];
  counts?: ImportCountsValue;
}

export interface DeleteOutcome {
  articleId: string;
  statementsDeleted: number;
  relationsDeleted: number;
  entitiesDeleted: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

/** Who imports, as recorded on the Import node. */
export interface Importer {
  label: string;
  role: string;
}

/**
 * The JSON values as the validator reads files: pretty-printed with two spaces, so a problem's line is a line
 * of `JSON.stringify(value, null, 2)` of what was sent.
 */
const asFile = (value: unknown) => JSON.stringify(value, null, 2);

function articleCounts(article: ResolvedArticle, written: Record<string, number>): ImportCountsValue {
  const evidence = new Set<string>();
  const add = (list: { start: number; end: number }[] | undefined) => list?.forEach((e) => evidence.add(`${e.start}-${e.end}`));
  article.entities.forEach((e) => (add(e.mentions), add(e.evidence)));
  article.statements.forEach((s) => add(s.evidence));
  article.relations.forEach((r) => add(r.evidence));
  return {
    passages: article.passages.length,
    evidence: evidence.size,
    entities: article.entities.length,
    statements: article.statements.length,
    relations: article.relations.length,
    nodesCreated: written.nodesCreated ?? 0,
    relationshipsCreated: written.relationshipsCreated ?? 0,
    propertiesSet: written.propertiesSet ?? 0,
  };
}

export class ArticleImporter {
  constructor(private readonly db: Database) {}

  /**
   * Validates the sources and checks them against the stored graph; the article when nothing is wrong, and
   * every problem otherwise.
   */
  async check(sources: ImportSources): Promise<{ article?: ResolvedArticle; problems: AnnotationProblem[] }> {
    const outcome = resolveArticleSources({ dir: '', text: sources.text, meta: asFile(sources.meta), annotations: asFile(sources.annotations) });
    const problems = [...outcome.problems];
    if (outcome.articleId) {
      const [{ contentSha256 }] = await this.db.read('seed/article-hash', { id: outcome.articleId });
      if (contentSha256 !== null)
        problems.push(
          outcome.problem(
            ARTICLE_META,
            'id',
            `article "${outcome.articleId}" is already stored: deleteArticle it first to replace it (an import never replaces)`,
          ),
        );
    }
    const claims = outcome.claims.filter((c) => c.category !== 'RELATION');
    if (claims.length > 0) {
      const stored = new Map((await this.db.read('importing/stored-ids', { ids: [...new Set(claims.map((c) => c.id))] })).map((r) => [r.id, r]));
      const reported = new Set<string>();
      for (const claim of claims) {
        const other = stored.get(claim.id);
        if (!other || reported.has(claim.id)) continue;
        if (other.category !== claim.category) {
          reported.add(claim.id);
          problems.push(
            outcome.problem(
              ANNOTATIONS,
              claim.path,
              `id "${claim.id}" is ${claim.category === 'ENTITY' ? 'an entity' : 'a statement'} here but ${other.category === 'ENTITY' ? 'an entity' : 'a statement'} in the graph: a shared id must name the same thing`,
            ),
          );
        } else if (claim.category === 'ENTITY' && other.kind !== claim.kind) {
          reported.add(claim.id);
          problems.push(
            outcome.problem(
              ANNOTATIONS,
              `${claim.path}.kind`,
              `"${claim.id}" is ${claim.kind ?? '?'} here but ${other.kind ?? '?'} in the graph: an id names one thing, of one kind, in every article`,
            ),
          );
        }
      }
    }
    return problems.length > 0 || !outcome.article ? { problems } : { article: outcome.article, problems: [] };
  }

  async import(sources: ImportSources, by: Importer, dryRun: boolean): Promise<ImportOutcome> {
    const { article, problems } = await this.check(sources);
    if (!article) return { ok: false, dryRun, problems };
    if (dryRun) return { ok: true, dryRun, articleId: article.id, problems: [], counts: articleCounts(article, {}) };
    const importId = `import:${randomUUID()}`;
    const contentSha256 = createHash('sha256').update(asFile(sources)).digest('hex');
    let counts: ImportCountsValue | undefined;
    try {
      await seedArticles(this.db, [article], {
        refuseExisting: true,
        record: async (tx: TxRunner, loaded: ResolvedArticle, written: Record<string, number>) => {
          // The Import node itself is not counted: the counts are what the article wrote.
          counts = articleCounts(loaded, written);
          const numbers = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, int(v)]));
          await tx.run('importing/record', { id: importId, articleId: loaded.id, keyLabel: by.label, role: by.role, contentSha256, counts: numbers });
        },
      });
    } catch (error) {
      // Stored between the check and the write (a concurrent import of the same article): nothing was written.
      if (!(error instanceof ArticleExistsError)) throw error;
      return {
        ok: false,
        dryRun,
        problems: [
          {
            file: ARTICLE_META,
            path: 'id',
            message: `article "${article.id}" is already stored: deleteArticle it first to replace it (an import never replaces)`,
          },
        ],
      };
    }
    return { ok: true, dryRun, articleId: article.id, importId, problems: [], counts };
  }

  /**
   * Deletes an article and what only it supports, in one transaction; undefined when no such article is stored.
   * Statements and relations lose this article's evidence and go when none is left; entities go when no other
   * article mentions them; counts and aggregates of what stays are recomputed as the seed step does.
   */
  async delete(articleId: string): Promise<DeleteOutcome | undefined> {
    const prefix = `${articleId}@`;
    const token = scopeToken('article', articleId);
    return this.db.writeTransaction(async (tx: TxRunner) => {
      const [facts] = (await tx.run('importing/article-facts', { id: articleId, scope: `searchScope:${token}` })).rows;
      if (!facts) return undefined;
      const { statementIds, entityIds, pairs } = facts;
      const total: Record<string, number> = {};
      const add = (more: Record<string, number>) => Object.entries(more).forEach(([k, v]) => v && (total[k] = (total[k] ?? 0) + v));
      const groupsBefore = await statementGroupCounts(tx, statementIds);
      const removed = await tx.run('importing/delete-facts', { statementIds, entityIds, prefix, token });
      add(removed.counters);
      const gone = await tx.run('importing/delete-article', { id: articleId, entityIds, prefix, token });
      add(gone.counters);
      // What stays: mention counts and degrees of the entities left, then the aggregates of the statements.
      add((await tx.run('seed/entity-counts', { ids: entityIds })).counters);
      const pruned = await tx.run('importing/interactions-prune', { pairs });
      add(pruned.counters);
      // The groups get the difference the deletes made to this article's statements; the pairs still holding
      // statements (of other articles) are recounted from one of them.
      await updateAggregates(tx, statementIds, groupsBefore, total);
      const remaining = pruned.rows.flatMap((r) => r.remaining);
      if (remaining.length > 0) add((await tx.run('seed/interactions', { statementIds: remaining })).counters);
      return {
        articleId,
        statementsDeleted: removed.rows[0]?.statementsDeleted ?? 0,
        relationsDeleted: removed.rows[0]?.relationsDeleted ?? 0,
        entitiesDeleted: gone.rows[0]?.entitiesDeleted ?? 0,
        nodesDeleted: total.nodesDeleted ?? 0,
        relationshipsDeleted: total.relationshipsDeleted ?? 0,
      };
    });
  }
}
