/**
 * Writes resolved articles into Neo4j (issue 3). Everything happens in ONE write transaction, so a failure
 * half-way leaves the graph exactly as it was (and `--reset` is undone too). Each article's content hash is
 * stored on its node: an unchanged article is skipped, so a second run writes nothing and says so.
 */
import { createHash } from 'node:crypto';
import type { Database, Row, TxRunner } from '../src/db/database';
import type { EntityKind, ResolvedArticle, ResolvedEvidence } from './model';

/** EntityKind → the node label written next to :Entity (an allow-list: labels never come from input). */
const KIND_LABEL: Record<EntityKind, string> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  ORGANIZATION: 'Organization',
  EVENT: 'Event',
};

export type ArticleStatus = 'created' | 'updated' | 'unchanged';

export interface SeedReport {
  reset: boolean;
  articles: { id: string; status: ArticleStatus }[];
  /** Neo4j's update counters summed over the run (nodesCreated, relationshipsCreated, propertiesSet, ...). */
  counters: Record<string, number>;
}

export function contentSha256(article: ResolvedArticle): string {
  return createHash('sha256').update(JSON.stringify(article)).digest('hex');
}

export function evidenceId(articleId: string, e: ResolvedEvidence): string {
  return `${articleId}@${e.start}-${e.end}`;
}

/** The statement's links, one row per relationship to write, typed from this fixed list. */
function statementLinks(article: ResolvedArticle): Row[] {
  return article.statements.flatMap((s) => [
    { statementId: s.id, type: 'SAID_BY', targetId: s.speakerId },
    ...s.addresseeIds.map((targetId) => ({ statementId: s.id, type: 'ADDRESSED_TO', targetId })),
    ...s.aboutIds.map((targetId) => ({ statementId: s.id, type: 'ABOUT', targetId })),
    ...(s.eventId ? [{ statementId: s.id, type: 'MADE_AT', targetId: s.eventId }] : []),
    ...s.reportedByIds.map((targetId) => ({ statementId: s.id, type: 'REPORTED_BY', targetId })),
    ...(s.respondsToId ? [{ statementId: s.id, type: 'RESPONDS_TO', targetId: s.respondsToId }] : []),
  ]);
}

/** The parameters of every seed statement for one article, in the order they must run. */
export function seedBatches(article: ResolvedArticle): [string, Row][] {
  const ids = (evidence: ResolvedEvidence[]) => evidence.map((e) => evidenceId(article.id, e));
  const passageId = (e: ResolvedEvidence) => article.passages[e.passageIndex].id;
  const allEvidence = new Map<string, Row>();
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

  return [
    [
      'seed/article',
      {
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
    ],
    ['seed/passages', { articleId: article.id, passages: article.passages.map((p, i) => ({ ...p, previousId: i > 0 ? article.passages[i - 1].id : null })) }],
    ['seed/evidence', { articleId: article.id, evidence: [...allEvidence.values()] }],
    [
      'seed/entities',
      {
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
        })),
      },
    ],
    ['seed/mentions', { mentions }],
    [
      'seed/statements',
      {
        statements: article.statements.map((s) => ({
          id: s.id,
          text: s.text,
          form: s.form,
          act: s.act,
          evidenceIds: ids(s.evidence),
          date: s.date ?? null,
        })),
      },
    ],
    ['seed/statement-links', { links: statementLinks(article) }],
    [
      'seed/relations',
      {
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
    ],
  ];
}

function addCounters(total: Record<string, number>, more: Record<string, number>): void {
  for (const [key, value] of Object.entries(more)) if (value) total[key] = (total[key] ?? 0) + value;
}

export interface SeedOptions {
  reset?: boolean;
  log?: (line: string) => void;
}

export async function seedArticles(db: Database, articles: ResolvedArticle[], options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? (() => undefined);
  const reset = options.reset ?? false;
  return db.writeTransaction(async (tx: TxRunner) => {
    const counters: Record<string, number> = {};
    if (reset) {
      addCounters(counters, (await tx.run('seed/reset')).counters);
      log(`seed: emptied the graph (${counters.nodesDeleted ?? 0} nodes deleted)`);
    }
    const report: SeedReport['articles'] = [];
    for (const article of articles) {
      const [{ contentSha256: stored }] = (await tx.run('seed/article-hash', { id: article.id })).rows;
      if (stored === contentSha256(article)) {
        log(`seed: ${article.id} unchanged, nothing to write`);
        report.push({ id: article.id, status: 'unchanged' });
        continue;
      }
      log(`seed: ${article.id}: ${article.passages.length} passages, ${article.entities.length} entities, ${article.statements.length} statements, ${article.relations.length} relations…`);
      for (const [name, params] of seedBatches(article)) addCounters(counters, (await tx.run(name, params)).counters);
      report.push({ id: article.id, status: stored ? 'updated' : 'created' });
    }
    return { reset, articles: report, counters };
  });
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
