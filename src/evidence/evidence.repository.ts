/** Evidence spans by id (cypher/evidence/): one batched lookup per request serves every `evidence` field. */
import type { QueryRunner } from '../db/database';
import type { ArticleRepository } from '../article/article.repository';
import { byIdLoader } from '../common/loaders';
import type { EvidenceRow } from '../graph';
import { isWholeEvidence } from '../graph';
import type { EvidenceOwner } from './evidence.type';
import { Evidence, toEvidence } from './evidence.type';

const inTextOrder = (a: Evidence, b: Evidence) => (a.articleId === b.articleId ? a.start - b.start : a.articleId < b.articleId ? -1 : 1);

export class EvidenceRepository {
  private readonly spans = byIdLoader(async (ids) => (await this.db.read('evidence/by-ids', { ids })).map((r) => toEvidence(r.evidence)));

  constructor(
    private readonly db: QueryRunner,
    private readonly articles: ArticleRepository,
  ) {}

  /**
   * The spans a statement read along with their owner (in text order, with their passages when it carried them),
   * to keep on the owner as its `evidenceSpans`. Later lookups of the same ids are free too, for whole rows: a
   * row of only offsets and words serves its owner's selection alone.
   */
  spansOf(rows: EvidenceRow[]): Evidence[] {
    return rows.map((row) => {
      const span = toEvidence(row);
      if (isWholeEvidence(row)) {
        this.spans.prime(row.id, span);
        if (row.passage) this.articles.primePassage(row.passage);
      }
      return span;
    });
  }

  /**
   * An owner's `evidence`: the spans read along with it, as they are (graphql-js then completes the owner in the
   * same tick, with no promise per owner), else one batched lookup.
   */
  of(owner: EvidenceOwner): Evidence[] | Promise<Evidence[]> {
    return owner.evidenceSpans ?? this.byIds(owner.evidenceIds);
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
