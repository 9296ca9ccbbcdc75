/** Articles and their passages: Cypher in cypher/article/, mapping to GraphQL objects here. */
import type { QueryRunner } from '../db/database';
import type { ArticleNode, PassageNode } from '../graph';
import { Article, Passage } from './article.type';

export function toArticle(row: ArticleNode): Article {
  return Object.assign(new Article(), row);
}

export function toPassage(row: PassageNode): Passage {
  return Object.assign(new Passage(), row);
}

export class ArticleRepository {
  constructor(private readonly db: QueryRunner) {}

  async all(): Promise<Article[]> {
    return (await this.db.read('article/all')).map((r) => toArticle(r.article));
  }

  /** The articles among `ids`, in any order (byIdLoader puts them in key order). */
  async byIds(ids: string[]): Promise<Article[]> {
    return (await this.db.read('article/by-ids', { ids })).map((r) => toArticle(r.article));
  }

  async passages(articleId: string): Promise<Passage[]> {
    return (await this.db.read('article/passages', { articleId })).map((r) => toPassage(r.passage));
  }

  async passagesByIds(ids: string[]): Promise<Passage[]> {
    return (await this.db.read('article/passages-by-ids', { ids })).map((r) => toPassage(r.passage));
  }
}
