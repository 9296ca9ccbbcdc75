/**
 * The per-request context: the driver lives for the process, but the query runner (with its round-trip count)
 * and the repositories are new for every request. Repositories are the one data path of the resolvers: each
 * batches and caches its per-parent lookups through its own DataLoaders (src/common/loaders.ts), so a nested
 * query costs a bounded number of round trips whatever its size, and no cache outlives the request or its user.
 */
import type { Caller } from './auth/api-keys';
import { ANONYMOUS } from './auth/api-keys';
import type { Database } from './db/database';
import { QueryRunner } from './db/database';
import { ArticleImporter } from './importing/importer';
import type { Logger } from './logger';
import { ArticleRepository } from './article/article.repository';
import { EntityRepository } from './entity/entity.repository';
import { EvidenceRepository } from './evidence/evidence.repository';
import { InteractionRepository } from './interaction/interaction.repository';
import { NeighborhoodRepository } from './neighborhood/neighborhood.repository';
import { PathRepository } from './path/path.repository';
import { RelationRepository } from './relation/relation.repository';
import { SearchRepository } from './search/search.repository';
import { StatementRepository } from './statement/statement.repository';
import { TimelineRepository } from './timeline/timeline.repository';

export interface Repositories {
  articles: ArticleRepository;
  entities: EntityRepository;
  evidence: EvidenceRepository;
  relations: RelationRepository;
  statements: StatementRepository;
  search: SearchRepository;
  timeline: TimelineRepository;
  paths: PathRepository;
  neighborhood: NeighborhoodRepository;
  interactions: InteractionRepository;
}

export interface Context {
  db: QueryRunner;
  repos: Repositories;
  log: Logger;
  /** Who sent the request (src/auth/api-keys.ts): mutations need an editor (src/auth/guard.ts). */
  caller: Caller;
  /** importArticle / deleteArticle (src/importing/): writes in their own transaction. */
  importer: ArticleImporter;
}

/**
 * `caller`: who sent the request (anonymous when left out); `requestTimeoutMs`: the request's time budget
 * (REQUEST_TIMEOUT_MS), from now; none when left out.
 */
export function createContext(database: Database, log: Logger, options: { caller?: Caller; requestTimeoutMs?: number } = {}): Context {
  const caller = options.caller ?? ANONYMOUS;
  const db = new QueryRunner(database, options.requestTimeoutMs);
  // A repository that returns rows carrying more than its own objects primes the loaders of the others.
  const articles = new ArticleRepository(db);
  const evidence = new EvidenceRepository(db, articles);
  const statements = new StatementRepository(db, evidence);
  const entities = new EntityRepository(db, statements);
  const repos: Repositories = {
    articles,
    entities,
    evidence,
    relations: new RelationRepository(db, entities, evidence),
    statements,
    search: new SearchRepository(db),
    timeline: new TimelineRepository(db, evidence),
    paths: new PathRepository(db),
    neighborhood: new NeighborhoodRepository(db),
    interactions: new InteractionRepository(db, statements),
  };
  return { db, repos, log, caller, importer: new ArticleImporter(database) };
}
