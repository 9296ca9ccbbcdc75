/**
 * How close is the seed step to the fastest way of writing the same data? On an empty store: load the articles
 * through the seed step (timed), empty the store, then write the same nodes and relationships with plain
 * `UNWIND … CREATE` statements (cypher/bench/), in chunks of the same size and one transaction per article,
 * with no existence checks, no MERGE and no accumulation of lists (timed). The ratio of the two rates says what
 * idempotent, evidence-merging loading costs; the target is ≤ 2×.
 *
 * `npx ts-node --transpile-only bench/seed-ceiling.ts [entities] [perArticle]` runs it on a generated corpus in a
 * throwaway Neo4j; `npm run bench -- --scale` calls measureSeedCeiling for its seed table.
 */
import '../src/production-mode';
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database, Row } from '../src/db/database';
import { readArticleFolders } from '../seed/annotations';
import { writeCorpus } from '../seed/corpus';
import { chunked, emptyInBatches, seedArticles, seedParams } from '../seed/load';
import type { ResolvedArticle } from '../seed/model';

export interface WriteRate {
  seconds: number;
  nodes: number;
  relationships: number;
  /** Nodes created per second of the whole run (nodes and relationships are written in the same run). */
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  rowsPerSecond: number;
}

export interface CeilingResult {
  seed: WriteRate;
  ceiling: WriteRate;
  /** Ceiling rows/s ÷ seed rows/s: how many times faster the plain CREATE writes the same rows. */
  ratio: number;
}

const scalars = (row: object): Row => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && typeof v !== 'object'));

/** The nodes and relationships one article adds, as plain rows (ids, labels, scalar properties), from the seed's own rows. */
function plainRows(article: ResolvedArticle, seenEntities: Set<string>, seenRelations: Set<string>): { nodes: Row[]; links: Row[] } {
  const seed = seedParams(article);
  const nodes: Row[] = [];
  const links: Row[] = [];
  const node = (labels: string[], props: object) => nodes.push({ labels, props: scalars(props) });
  const link = (type: string, fromId: string, toId: string, props: object = {}) => links.push({ type, fromId, toId, props: scalars(props) });
  node(['Article'], seed['seed/article'].article);
  for (const p of seed['seed/passages'].passages) {
    node(['Passage'], p);
    link('PART_OF', p.id, article.id);
    if (p.previousId) link('NEXT', p.previousId, p.id);
  }
  for (const e of seed['seed/evidence'].evidence) {
    node(['Evidence'], e);
    link('IN_PASSAGE', e.id, e.passageId);
  }
  for (const e of seed['seed/entities'].entities) {
    if (seenEntities.has(e.id)) continue;
    seenEntities.add(e.id);
    node(['Entity', e.label], e);
  }
  for (const m of seed['seed/mentions'].mentions) link('MENTIONED_IN', m.entityId, m.passageId);
  for (const s of seed['seed/statements'].statements) node(['Statement'], s);
  for (const l of seed['seed/statement-links'].links) link(l.type, l.statementId, l.targetId);
  for (const r of seed['seed/relations'].relations) {
    if (seenRelations.has(r.id)) continue;
    seenRelations.add(r.id);
    link(r.type, r.fromId, r.toId, r);
  }
  return { nodes, links };
}

const rate = (seconds: number, nodes: number, relationships: number): WriteRate => ({
  seconds: Math.round(seconds * 10) / 10,
  nodes,
  relationships,
  nodesPerSecond: Math.round(nodes / seconds),
  relationshipsPerSecond: Math.round(relationships / seconds),
  rowsPerSecond: Math.round((nodes + relationships) / seconds),
});

/** Writes the articles with plain CREATE statements, one transaction per article; returns what it created. */
async function plainCreate(db: Database, articles: ResolvedArticle[]): Promise<{ nodes: number; relationships: number }> {
  const seenEntities = new Set<string>();
  const seenRelations = new Set<string>();
  const planned = articles.map((a) => plainRows(a, seenEntities, seenRelations));
  let nodes = 0;
  let relationships = 0;
  for (const { nodes: nodeRows, links } of planned) {
    await db.writeTransaction(async (tx) => {
      for (const chunk of chunked({ rows: nodeRows })) nodes += (await tx.run('bench/create-nodes', chunk)).counters.nodesCreated ?? 0;
      for (const chunk of chunked({ rows: links })) relationships += (await tx.run('bench/create-links', chunk)).counters.relationshipsCreated ?? 0;
    });
  }
  return { nodes, relationships };
}

/**
 * Needs an empty store with the seed's constraints in place (runSeed or applyConstraints); leaves the ceiling's
 * data behind. Both writers first run once on the first article, untimed, so that neither pays alone for the
 * JVM's and Cypher's warm-up (query planning, JIT).
 */
export async function measureSeedCeiling(db: Database, articles: ResolvedArticle[], log: (line: string) => void = () => undefined): Promise<CeilingResult> {
  await db.write('bench/bench-node-constraint');
  await seedArticles(db, articles.slice(0, 1));
  await emptyInBatches(db);
  await plainCreate(db, articles.slice(0, 1));
  await emptyInBatches(db);
  log('ceiling: warmed up both writers on the first article');

  let started = performance.now();
  const report = await seedArticles(db, articles, { log });
  const seed = rate((performance.now() - started) / 1000, report.counters.nodesCreated ?? 0, report.counters.relationshipsCreated ?? 0);
  log(`ceiling: seed step ${seed.rowsPerSecond} rows/s; emptying the store for the plain CREATE…`);
  await emptyInBatches(db);

  started = performance.now();
  const { nodes, relationships } = await plainCreate(db, articles);
  const ceiling = rate((performance.now() - started) / 1000, nodes, relationships);
  log(`ceiling: plain CREATE ${ceiling.rowsPerSecond} rows/s (${nodes} nodes, ${relationships} relationships)`);
  return { seed, ceiling, ratio: Math.round((ceiling.rowsPerSecond / seed.rowsPerSecond) * 100) / 100 };
}

async function cli(): Promise<void> {
  const [entities = 5000, perArticle = 5000] = process.argv.slice(2).map(Number);
  const { startStack } = await import('./common');
  const { applyConstraints } = await import('../src/db/schema');
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ceiling-'));
  const stack = await startStack({ heap: process.env.BENCH_NEO4J_HEAP, pageCache: process.env.BENCH_NEO4J_PAGECACHE });
  try {
    const manifest = await writeCorpus({ entities, perArticle, out: dir });
    const articles = await readArticleFolders(manifest.folders.map((f) => join(dir, f)));
    await applyConstraints(stack.db);
    const result = await measureSeedCeiling(stack.db, articles, (l) => console.error(l));
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  cli().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
