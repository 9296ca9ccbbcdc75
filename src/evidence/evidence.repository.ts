/** Evidence spans by id (cypher/evidence/): one batched lookup per request serves every `evidence` field. */
import type { QueryRunner } from '../db/database';
import type { ArticleRepository } from '../article/article.repository';
import { byIdLoader } from '../common/loaders';
import type { EvidenceRow } from '../graph';
import { Evidence, toEvidence } from './evidence.type';

const inTextOrder = (a: Evidence, b: Evidence) => (a.articleId === b.articleId ? a.start - b.start : a.articleId < b.articleId ? -1 : 1);

export class EvidenceRepository {
  private readonly spans = byIdLoader(async (ids) => (await this.db.read('evidence/by-ids', { ids })).map((r) => toEvidence(r.evidence)));

  constructor(
    private readonly db: QueryRunner,
    private readonly articles: ArticleRepository,
  ) {}

  /** Spans a statement already returned (with their passages, when it carried them): later lookups are free. */
  prime(rows: EvidenceRow[]): void {
    for (const row of rows) {
      this.spans.prime(row.id, toEvidence(row));
      if (row.passage) this.articles.primePassage(row.passage);
    }
  }

  byId(id: string): Promise<Evidence | null> {
    return this.spans.load(id);
  }

  /** The evidence spans among `ids` that exist, in text order. A failed lookup (e.g. Neo4j down) throws. */
  async byIds(ids: string[]): Promise<Evidence[]> {
    const found = await this.spans.loadMany(ids);
    const failure = found.find((e) => e instanceof Error);
    if (failure) throw failure;
    return found.filter((e): e is Evidence => e instanceof Evidence).sort(inTextOrder);
  }
}
