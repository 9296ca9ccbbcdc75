/** Evidence spans by id (cypher/evidence/): one batched lookup serves every `evidence` field. */
import type { QueryRunner } from '../db/database';
import { Evidence, toEvidence } from './evidence.type';

export class EvidenceRepository {
  constructor(private readonly db: QueryRunner) {}

  async byIds(ids: string[]): Promise<Evidence[]> {
    return (await this.db.read('evidence/by-ids', { ids })).map((r) => toEvidence(r.evidence));
  }
}
