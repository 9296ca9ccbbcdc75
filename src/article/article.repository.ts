/** Articles and their passages: Cypher in cypher/article/, mapping to GraphQL objects here. */
import { QueryRunner, Row } from '../db/database';
import { Article, Passage } from './article.type';

export function toArticle(row: Row): Article {
  return Object.assign(new Article(), row);
}

export function toPassage(row: Row): Passage {
  return Object.assign(new Passage(), row);
}

export class ArticleRepository {
  constructor(private readonly db: QueryRunner) {}

  async all(): Promise<Article[]> {
    return (await this.db.read('article/all')).map((r) => toArticle(r.article as Row));
  }

  /** In the order of `ids`, null where there is no such article (DataLoader's contract). */
  async byIds(ids: readonly string[]): Promise<(Article | null)[]> {
    const rows = await this.db.read('article/by-ids', { ids });
    const byId = new Map(rows.map((r) => [(r.article as Row).id as string, toArticle(r.article as Row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async passages(articleId: string): Promise<Passage[]> {
    return (await this.db.read('article/passages', { articleId })).map((r) => toPassage(r.passage as Row));
  }

  async passagesByIds(ids: readonly string[]): Promise<(Passage | null)[]> {
    const rows = await this.db.read('article/passages-by-ids', { ids });
    const byId = new Map(rows.map((r) => [(r.passage as Row).id as string, toPassage(r.passage as Row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
