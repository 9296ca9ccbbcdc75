/**
 * The per-request context (design.md §6.4): the driver lives for the process, but the query runner (with its
 * round-trip count), the repositories and the DataLoaders are new for every request, so batching and caching
 * never leak between requests or users. Every field that would cost a query per parent object goes through a
 * loader here (issue 4: no N+1), so a nested query costs a bounded number of round trips whatever its size.
 */
import DataLoader from 'dataloader';
import { Database, QueryRunner } from './db/database';
import type { Logger } from './logger';
import { ArticleRepository } from './article/article.repository';
import type { Article, Passage } from './article/article.type';
import type { Connection } from './common/connection';
import type { Direction, StatementRole } from './common/enums';
import { byIdLoader, pagedLoader } from './common/loaders';
import { EntityRepository } from './entity/entity.repository';
import type { Entity } from './entity/entity.type';
import { EvidenceRepository } from './evidence/evidence.repository';
import type { Evidence } from './evidence/evidence.type';
import { NeighborhoodRepository } from './neighborhood/neighborhood.repository';
import { PathRepository } from './path/path.repository';
import { RelationRepository } from './relation/relation.repository';
import type { Relation } from './relation/relation.type';
import { SearchRepository } from './search/search.repository';
import { NO_LINKS, StatementLinks, StatementRepository } from './statement/statement.repository';
import type { Statement } from './statement/statement.type';
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
}

export interface RelationsKeyArgs {
  direction: Direction;
  types: string[] | null;
  first: number;
  after: string | null;
}

export interface StatementsKeyArgs {
  role: StatementRole | null;
  first: number;
  after: string | null;
}

export interface Loaders {
  articleById: DataLoader<string, Article | null>;
  passageById: DataLoader<string, Passage | null>;
  entityById: DataLoader<string, Entity | null>;
  statementById: DataLoader<string, Statement | null>;
  evidenceById: DataLoader<string, Evidence | null>;
  mentionsByEntity: DataLoader<string, Evidence[]>;
  linksByStatement: DataLoader<string, StatementLinks>;
  relationsByEntity: DataLoader<{ id: string; args: RelationsKeyArgs }, Connection<Relation>, string>;
  statementsByEntity: DataLoader<{ id: string; args: StatementsKeyArgs }, Connection<Statement>, string>;
}

export interface Context {
  db: QueryRunner;
  repos: Repositories;
  loaders: Loaders;
  log: Logger;
}

const emptyPage = <T>(): Connection<T> => ({
  edges: [],
  totalCount: 0,
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
});

/** A loader over a batch query that answers a Map by id: answers in key order, `fallback` where missing. */
function mapLoader<T>(fetch: (ids: string[]) => Promise<Map<string, T>>, fallback: T): DataLoader<string, T> {
  return new DataLoader<string, T>(async (ids) => {
    const found = await fetch([...ids]);
    return ids.map((id) => found.get(id) ?? fallback);
  });
}

export function createContext(database: Database, log: Logger): Context {
  const db = new QueryRunner(database);
  const repos: Repositories = {
    articles: new ArticleRepository(db),
    entities: new EntityRepository(db),
    evidence: new EvidenceRepository(db),
    relations: new RelationRepository(db),
    statements: new StatementRepository(db),
    search: new SearchRepository(db),
    timeline: new TimelineRepository(db),
    paths: new PathRepository(db),
    neighborhood: new NeighborhoodRepository(db),
  };
  const loaders: Loaders = {
    articleById: byIdLoader((ids) => repos.articles.byIds(ids)),
    passageById: byIdLoader((ids) => repos.articles.passagesByIds(ids)),
    entityById: byIdLoader((ids) => repos.entities.byIds(ids)),
    statementById: byIdLoader((ids) => repos.statements.byIds(ids)),
    evidenceById: byIdLoader((ids) => repos.evidence.byIds(ids)),
    mentionsByEntity: mapLoader((ids) => repos.entities.mentions(ids), []),
    linksByStatement: mapLoader((ids) => repos.statements.links(ids), NO_LINKS),
    relationsByEntity: pagedLoader((ids, args: RelationsKeyArgs) => repos.relations.byEntities(ids, args), () => emptyPage<Relation>()),
    statementsByEntity: pagedLoader((ids, { role, first, after }: StatementsKeyArgs) => repos.statements.byEntities(ids, role, { first, after }), () => emptyPage<Statement>()),
  };
  return { db, repos, loaders, log };
}
