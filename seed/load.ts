/**
 * Writes resolved articles into Neo4j. Each article is one write transaction: a failure half-way through an
 * article leaves nothing of it (earlier articles stay loaded), and `--reset` empties the graph inside the first
 * article's transaction, so a reset whose first load fails is undone too. Each article's content hash is stored
 * on its node: an unchanged article is skipped, so a second run writes nothing and says so.
 *
 * Scale: every statement of cypher/seed/ finds what it touches by an id seek or from a bound node, so a row
 * costs the same in an empty store and in a large one; lists are sent in chunks of at most BATCH rows so one
 * big article stays within the heap and the transaction timeout; progress lines report rows/s and an ETA.
 */
import { createHash } from 'node:crypto';
import type { Database, ParamsOf, TxRunner } from '../src/db/database';
import { int } from '../src/db/values';
import { categoryOf, entityScope, evidenceId, KIND_LABEL, statementScope, UNDATED_SORT_DAY } from '../src/graph';
import type { EvidenceWrite, StatementGroupCount, StatementGroupDelta, StatementLinkType, StatementLinkWrite } from '../src/graph';
import type { ResolvedArticle, ResolvedEvidence } from './model';

export type ArticleStatus = 'created' | 'updated' | 'unchanged';

export interface SeedReport {
  reset: boolean;
  articles: { id: string; status: ArticleStatus }[];
  /** Neo4j's update counters summed over the run (nodesCreated, relationshipsCreated, propertiesSet, ...). */
  counters: Record<string, number>;
}

/**
 * Bumped whenever cypher/seed/ stores something new or differently (e.g. a derived sort or search key): it is
 * part of the content hash, so every article is written again once instead of being skipped as unchanged.
 */
export const STORED_MODEL_VERSION = 5;

export function contentSha256(article: ResolvedArticle): string {
  return createHash('sha256').update(`model ${STORED_MODEL_VERSION}\n`).update(JSON.stringify(article)).digest('hex');
}

/** Rows per statement call: large enough to amortise a round trip, small enough for the heap. */
export const BATCH = 5_000;

/**
 * The statement's links, one row per relationship to write, typed from the fixed vocabulary. `targetLabel` says
 * which id index finds the target (an id's shape says whether it is a statement); a NARRATOR statement's speaker
 * is the article itself, which is not linked.
 */
function statementLinks(article: ResolvedArticle): StatementLinkWrite[] {
  const link = (statementId: string, type: StatementLinkType, targetId: string): StatementLinkWrite => ({
    statementId,
    type,
    targetId,
    targetLabel: categoryOf(targetId) === 'STATEMENT' ? 'Statement' : 'Entity',
  });
  return article.statements.flatMap((s) => [
    ...(s.speakerId !== article.id ? [link(s.id, 'SAID_BY', s.speakerId)] : []),
    ...s.addresseeIds.map((targetId) => link(s.id, 'ADDRESSED_TO', targetId)),
    ...s.aboutIds.map((targetId) => link(s.id, 'ABOUT', targetId)),
    ...(s.eventId ? [link(s.id, 'MADE_AT', s.eventId)] : []),
    ...s.reportedByIds.map((targetId) => link(s.id, 'REPORTED_BY', targetId)),
    ...(s.respondsToId ? [link(s.id, 'RESPONDS_TO', s.respondsToId)] : []),
  ]);
}

/** The statements that write an article, in the order they must run (each needs what the ones before wrote). */
const SEED_WRITES = [
  'seed/article',
  'seed/passages',
  'seed/evidence',
  'seed/entities',
  'seed/mentions',
  'seed/statements',
  'seed/statement-links',
  'seed/relations',
  'seed/entity-counts',
] as const;
type SeedWrite = (typeof SEED_WRITES)[number];
export type SeedParams = { [N in SeedWrite]: ParamsOf<N> };
/** One statement with its parameters. */
export type SeedBatch = { [N in SeedWrite]: [N, ParamsOf<N>] }[SeedWrite];

/** The parameters of every seed statement for one article, in the order they must run. */
export function seedBatches(article: ResolvedArticle): SeedBatch[] {
  const params = seedParams(article);
  return SEED_WRITES.map((name) => [name, params[name]] as SeedBatch);
}

/** The rows each seed statement writes for one article, typed by its `.cypher` header (src/graph/rows.ts). */
export function seedParams(article: ResolvedArticle): SeedParams {
  const ids = (evidence: ResolvedEvidence[]) => evidence.map((e) => evidenceId(article.id, e));
  const passageId = (e: ResolvedEvidence) => article.passages[e.passageIndex].id;
  const allEvidence = new Map<string, EvidenceWrite>();
  const collect = (evidence: ResolvedEvidence[]) => {
    for (const e of evidence) {
      allEvidence.set(evidenceId(article.id, e), { id: evidenceId(article.id, e), passageId: passageId(e), start: e.start, end: e.end, quote: e.quote });
    }
  };
  article.entities.forEach((e) => collect([...e.mentions, ...(e.evidence ?? [])]));
  article.statements.forEach((s) => collect(s.evidence));
  article.relations.forEach((r) => collect(r.evidence));

  const mentions = article.entities.flatMap((entity) => {
    const byPassage = new Map<string, string[]>();
    for (const m of entity.mentions) byPassage.set(passageId(m), [...(byPassage.get(passageId(m)) ?? []), evidenceId(article.id, m)]);
    return [...byPassage].map(([pid, evidenceIds]) => ({ entityId: entity.id, passageId: pid, evidenceIds }));
  });

  return {
    'seed/article': {
      article: {
        id: article.id,
        title: article.title,
        publishedOn: article.publishedOn,
        language: article.language,
        source: article.source ?? null,
        text: article.text,
        textSha256: article.textSha256,
        contentSha256: contentSha256(article),
      },
    },
    'seed/passages': { articleId: article.id, passages: article.passages.map((p, i) => ({ ...p, previousId: i > 0 ? article.passages[i - 1].id : null })) },
    'seed/evidence': { articleId: article.id, evidence: [...allEvidence.values()] },
    'seed/entities': {
      entities: article.entities.map((e) => ({
        id: e.id,
        label: KIND_LABEL[e.kind],
        kind: e.kind,
        name: e.name,
        aliases: e.aliases,
        description: e.description ?? null,
        eventType: e.eventType ?? null,
        // An event's evidence: the annotated spans that report it, else the places the article names it.
        evidenceIds: e.kind === 'EVENT' ? ids(e.evidence?.length ? e.evidence : e.mentions) : [],
        date: e.date ?? null,
        scopeTokens: entityScope(e.kind, article.id),
      })),
    },
    'seed/mentions': { mentions },
    'seed/statements': {
      statements: article.statements.map((s) => ({
        id: s.id,
        text: s.text,
        form: s.form,
        act: s.act,
        evidenceIds: ids(s.evidence),
        date: s.date ?? null,
        sortDay: s.date?.earliest ?? UNDATED_SORT_DAY,
        speakerId: s.speakerId !== article.id ? s.speakerId : null,
        scopeTokens: statementScope(article.id, s.speakerId !== article.id ? s.speakerId : null),
      })),
    },
    'seed/statement-links': { links: statementLinks(article) },
    'seed/relations': {
      relations: article.relations.map((r) => ({
        id: r.id,
        type: r.type,
        fromId: r.fromId,
        toId: r.toId,
        role: r.role ?? null,
        qualifiers: JSON.stringify(r.qualifiers),
        evidenceIds: ids(r.evidence),
        date: r.date ?? null,
      })),
    },
    // Last, once the article's mentions and relations are written: the counts are read back from the graph.
    'seed/entity-counts': { ids: [...new Set([...article.entities.map((e) => e.id), ...article.relations.flatMap((r) => [r.fromId, r.toId])])] },
  };
}

/** How many of the statements are in each StatementGroup as stored now (cypher/seed/group-keys.cypher). */
export async function statementGroupCounts(tx: TxRunner, statementIds: string[]): Promise<StatementGroupCount[]> {
  const counts: StatementGroupCount[] = [];
  for (const chunk of chunked({ statementIds })) counts.push(...(await tx.run('seed/group-keys', chunk)).rows);
  return counts;
}

/**
 * Updates the aggregates the counting queries read for what one article's statements touch: the StatementGroups
 * get the difference the writes made to them (their statements counted before and after:
 * cypher/seed/statement-groups.cypher), so a statement whose act or date changed leaves its old group too and the
 * cost follows the article; the Interaction pairs the statements take part in are recounted from the
 * graph (cypher/seed/interactions.cypher), first and last dates included. Loading an article again never counts twice.
 */
export async function updateAggregates(tx: TxRunner, statementIds: string[], before: StatementGroupCount[], written: Record<string, number>): Promise<void> {
  const deltas = new Map<string, StatementGroupDelta>();
  const add = ({ groupBy, key, count }: StatementGroupCount, sign: number) => {
    const id = JSON.stringify([groupBy, key]);
    const delta = deltas.get(id) ?? { groupBy, key, delta: 0 };
    delta.delta += sign * count;
    deltas.set(id, delta);
  };
  before.forEach((c) => add(c, -1));
  (await statementGroupCounts(tx, statementIds)).forEach((c) => add(c, 1));
  const changed = [...deltas.values()].filter((d) => d.delta !== 0);
  for (const chunk of chunked({ deltas: changed })) addCounters(written, (await tx.run('seed/statement-groups', chunk)).counters);
  for (const chunk of chunked({ statementIds })) addCounters(written, (await tx.run('seed/interactions', chunk)).counters);
}

function addCounters(total: Record<string, number>, more: Record<string, number>): void {
  for (const [key, value] of Object.entries(more)) if (value) total[key] = (total[key] ?? 0) + value;
}

export interface SeedOptions {
  reset?: boolean;
  log?: (line: string) => void;
  /**
   * Refuse, inside the article's transaction, an article whose id is already stored (ArticleExistsError):
   * the import API (src/importing/) adds articles and never replaces one by accident.
   */
  refuseExisting?: boolean;
  /** Runs last in each article's transaction, after its writes and aggregates (the import API records itself). */
  record?: (tx: TxRunner, article: ResolvedArticle, written: Record<string, number>) => Promise<void>;
}

/** An article whose id the graph already holds, refused with `refuseExisting`; nothing of it was written. */
export class ArticleExistsError extends Error {
  constructor(readonly articleId: string) {
    super(`article "${articleId}" is already stored`);
    this.name = 'ArticleExistsError';
  }
}

/** Rows the seed step sends for one article (what its progress and ETA are counted in). */
export function articleRows(batches: SeedBatch[]): number {
  return batches.reduce((n, [, params]) => n + statementRows(params), 0);
}

/** Rows one statement call sends: the length of its list parameter (1 when it has none). */
function statementRows(params: object): number {
  return Math.max(1, ...Object.values(params).map((v) => (Array.isArray(v) ? v.length : 1)));
}

/** One catalogued statement's parameters split so that no list holds more than BATCH rows. */
export function chunked<P extends object>(params: P, size: number = BATCH): P[] {
  const listKey = (Object.keys(params) as (keyof P)[]).find((k) => Array.isArray(params[k]));
  if (!listKey) return [params];
  const list = params[listKey] as unknown[];
  if (list.length <= size) return [params];
  const chunks: P[] = [];
  for (let i = 0; i < list.length; i += size) chunks.push({ ...params, [listKey]: list.slice(i, i + size) });
  return chunks;
}

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

/**
 * Tracks rows written against rows planned and reports them: after each article, and inside a long article at
 * most every PROGRESS_MS.
 */
class Progress {
  private static readonly PROGRESS_MS = 5_000;
  private readonly started = Date.now();
  private lastLine = Date.now();
  done = 0;

  constructor(
    private planned: number,
    private readonly log: (line: string) => void,
  ) {}

  /**
   * An unchanged article writes nothing: its rows leave the plan instead of counting as written, so rows/s is
   * what was written and the ETA is for what is left to write.
   */
  skip(rows: number): void {
    this.planned -= rows;
  }

  line(prefix: string): string {
    const elapsed = Date.now() - this.started;
    const rate = elapsed > 0 ? Math.round((this.done / elapsed) * 1000) : 0;
    const left = this.planned - this.done;
    const eta = rate > 0 && left > 0 ? `, ETA ${seconds((left / rate) * 1000)}` : '';
    return `${prefix}: ${this.done.toLocaleString('en')}/${this.planned.toLocaleString('en')} rows, ${rate.toLocaleString('en')} rows/s${eta}`;
  }

  add(rows: number, prefix: string): void {
    this.done += rows;
    if (Date.now() - this.lastLine >= Progress.PROGRESS_MS) this.report(prefix);
  }

  report(prefix: string): void {
    this.lastLine = Date.now();
    this.log(this.line(prefix));
  }
}

/**
 * Neo4j's refusals when a transaction outgrows its memory: the per-transaction limit (db.memory.transaction.max)
 * and the pool of all transactions (dbms.memory.transaction.total.max, 70% of the heap by default). Status codes
 * from https://neo4j.com/docs/status-codes/current/errors/all-errors/.
 */
const TRANSACTION_MEMORY_ERRORS = new Set(['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'Neo.TransientError.General.TransactionMemoryLimit']);

/** An article whose single transaction did not fit in Neo4j's transaction memory; nothing of it was written. */
export class ArticleTooLargeError extends Error {
  constructor(
    readonly articleId: string,
    readonly rows: number,
    readonly cause: Error,
  ) {
    super(
      `${articleId} (${rows.toLocaleString('en')} rows) did not fit in Neo4j's transaction memory, so nothing of it was written ` +
        `(articles before it stay loaded): ${cause.message} An article is one transaction; give Neo4j more heap ` +
        `(NEO4J_LOCAL_HEAP: a 120,000-row article fails with 512m and loads with 1g) or split the article.`,
    );
    this.name = 'ArticleTooLargeError';
  }
}

/** Runs one article's transaction, naming the article and the fix when Neo4j refuses it for memory. */
async function inArticleTransaction<T>(db: Database, articleId: string, rows: number, work: (tx: TxRunner) => Promise<T>): Promise<T> {
  try {
    return await db.writeTransaction(work);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && TRANSACTION_MEMORY_ERRORS.has(code)) throw new ArticleTooLargeError(articleId, rows, error as Error);
    throw error;
  }
}

export async function seedArticles(db: Database, articles: ResolvedArticle[], options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? (() => undefined);
  let resetPending = options.reset ?? false;
  const counters: Record<string, number> = {};
  const report: SeedReport['articles'] = [];
  const planned = articles.map((article) => ({ article, batches: seedBatches(article) }));
  const progress = new Progress(
    planned.reduce((n, p) => n + articleRows(p.batches), 0),
    log,
  );
  const logReset = (deleted: Record<string, number>) => log(`seed: emptied the graph (${deleted.nodesDeleted ?? 0} nodes deleted)`);
  if (planned.length === 0 && resetPending) {
    const deleted = await db.writeTransaction(async (tx: TxRunner) => (await tx.run('seed/reset')).counters);
    addCounters(counters, deleted);
    logReset(deleted);
  }

  for (const [index, { article, batches }] of planned.entries()) {
    const prefix = `seed: [${index + 1}/${planned.length}] ${article.id}`;
    const rows = articleRows(batches);
    const withReset = resetPending;
    // One transaction per article (the driver may run this function again on a transient error, so it keeps
    // no state outside itself but the progress count, which it rewinds).
    const before = progress.done;
    const outcome = await inArticleTransaction(db, article.id, rows, async (tx: TxRunner) => {
      progress.done = before;
      const written: Record<string, number> = {};
      const deleted = withReset ? (await tx.run('seed/reset')).counters : {};
      const [{ contentSha256: stored }] = (await tx.run('seed/article-hash', { id: article.id })).rows;
      if (options.refuseExisting && stored !== null) throw new ArticleExistsError(article.id);
      if (stored === contentSha256(article)) return { status: 'unchanged' as const, written, deleted };
      const statementIds = article.statements.map((s) => s.id);
      const groupsBefore = await statementGroupCounts(tx, statementIds);
      for (const [name, params] of batches) {
        for (const chunk of chunked(params)) {
          addCounters(written, (await tx.run(name, chunk)).counters);
          progress.add(statementRows(chunk), `${prefix} (writing)`);
        }
      }
      await updateAggregates(tx, statementIds, groupsBefore, written);
      await options.record?.(tx, article, written);
      return { status: stored ? ('updated' as const) : ('created' as const), written, deleted };
    });
    resetPending = false;
    if (withReset) logReset(outcome.deleted);
    addCounters(counters, outcome.deleted);
    addCounters(counters, outcome.written);
    report.push({ id: article.id, status: outcome.status });
    if (outcome.status === 'unchanged') {
      progress.done = before;
      progress.skip(rows);
      log(`${prefix} unchanged, nothing to write`);
    } else {
      progress.done = before + rows;
      progress.report(`${prefix} ${outcome.status}`);
    }
  }
  return { reset: options.reset ?? false, articles: report, counters };
}

/**
 * Empties a store of any size, one transaction per batch of nodes (cypher/maintenance/delete-some.cypher): for
 * benchmarks and tests that start over on a large store, where `seed --reset`'s single transaction would not fit.
 */
export async function emptyInBatches(db: Database, batch = 10_000): Promise<number> {
  let deleted = 0;
  for (;;) {
    const [row] = await db.write('maintenance/delete-some', { limit: int(batch) });
    if (row.deleted === 0) return deleted;
    deleted += row.deleted;
  }
}

export function describeReport(report: SeedReport): string {
  const changed = report.articles.filter((a) => a.status !== 'unchanged');
  if (!report.reset && changed.length === 0) return `seed: no changes (${report.articles.length} article(s) already up to date)`;
  const c = report.counters;
  const parts = [
    `${c.nodesCreated ?? 0} nodes created`,
    `${c.relationshipsCreated ?? 0} relationships created`,
    `${c.propertiesSet ?? 0} properties set`,
    ...(c.nodesDeleted ? [`${c.nodesDeleted} nodes deleted`] : []),
  ];
  const articles = report.articles.map((a) => `${a.id} ${a.status}`).join(', ');
  return `seed: ${articles}; ${parts.join(', ')}`;
}
