/** Articles and their passages: Cypher in cypher/article/, mapping to GraphQL objects here, batched per request. */
import type { QueryRunner } from '../db/database';
import type { ArticleNode, PassageNode } from '../graph';
import { byIdLoader, mapLoader } from '../common/loaders';
import { Article, Passage } from './article.type';

export function toArticle(row: ArticleNode): Article {
  return Object.assign(new Article(), row);
}

export function toPassage(row: PassageNode): Passage {
  return Object.assign(new Passage(), row);
}

export class ArticleRepository {
  private readonly articles = byIdLoader(async (ids) => (await this.db.read('article/by-ids', { ids })).map((r) => toArticle(r.article)));
  private readonly passages = byIdLoader(async (ids) => (await this.db.read('article/passages-by-ids', { ids })).map((r) => toPassage(r.passage)));
  private readonly passagesOfArticles = mapLoader(
    async (articleIds) => new Map((await this.db.read('article/passages', { articleIds })).map((r) => [r.articleId, r.passages.map(toPassage)])),
    [],
  );

  constructor(private readonly db: QueryRunner) {}

  async all(): Promise<Article[]> {
    return (await this.db.read('article/all')).map((r) => toArticle(r.article));
  }

  byId(id: string): Promise<Article | null> {
    return this.articles.load(id);
  }

  /** A passage a statement already returned: a later lookup of it is free. */
  primePassage(row: PassageNode): void {
    this.passages.prime(row.id, toPassage(row));
  }

  passageById(id: string): Promise<Passage | null> {
    return this.passages.load(id);
  }

  /** The paragraphs of an article in reading order. */
  passagesOf(articleId: string): Promise<Passage[]> {
    return this.passagesOfArticles.load(articleId);
  }
}
