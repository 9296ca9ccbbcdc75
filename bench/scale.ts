/**
 * npm run bench -- --scale — does the cost of each query follow what was asked, or the size of the graph?
 *
 * In one run, for each size (1k, 10k, 100k entities by default): generates a corpus with the project's
 * generator (seed/corpus/), starts a fresh throwaway Neo4j with the same memory settings, loads the real article
 * plus the corpus through the seed step (timed: rows/s), then times every operation of
 * schema/operations.graphql with one client (sequential requests over loopback HTTP: p50, p95) and counts its
 * Cypher round trips. Variables point at the corpus's own probes (its biggest hub, its most frequent speaker,
 * pairs of entities 2–4 hops apart, …), so the same question is asked at every size. The table shows each
 * operation's p50 per size and the growth from the smallest to the largest size; flat is ≤ 2×.
 *
 * Then, on a fresh store, the seed step against the plain `UNWIND … CREATE` ceiling of the same rows
 * (bench/seed-ceiling.ts) for one corpus size.
 *
 * Options (env): BENCH_SCALES (default 1000,10000,100000), BENCH_SAMPLES (timed requests per case, default
 * 30), BENCH_NEO4J_HEAP / BENCH_NEO4J_PAGECACHE (default 1g / 1g, the same for every size),
 * BENCH_CEILING_ENTITIES (default 10000; 0 skips it).
 * Results: bench/results/scale.json and a Markdown table on stdout.
 */
import '../src/production-mode';
import neo4j from 'neo4j-driver';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeCursor } from '../src/common/cursor';
import { OrderDirection } from '../src/common/enums';
import type { Entity } from '../src/entity/entity.type';
import type { EntityOrder } from '../src/entity/entity-order';
import { EntityOrderField, entityOrderCursor } from '../src/entity/entity-order';
import { projectPath } from '../src/paths';
import { articleFolders, runSeed } from '../seed/seed';
import { readArticleFolders } from '../seed/annotations';
import type { CorpusManifest } from '../seed/corpus';
import { writeCorpus } from '../seed/corpus';
import { applyConstraints } from '../src/db/schema';
import type { CeilingResult } from './seed-ceiling';
import { measureSeedCeiling } from './seed-ceiling';
import type { Operation, Stack } from './common';
import { operations, percentile, round1, startStack } from './common';

const SCALES = (process.env.BENCH_SCALES ?? '1000,10000,100000').split(',').map(Number);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const WARMUP = 5;
const HEAP = process.env.BENCH_NEO4J_HEAP ?? '1g';
const PAGECACHE = process.env.BENCH_NEO4J_PAGECACHE ?? '1g';
const SEED = 42;
const CEILING_ENTITIES = Number(process.env.BENCH_CEILING_ENTITIES ?? 10000);

interface Case {
  operation: string;
  /** What the variables point at, e.g. "hub, depth 2, limit 100". */
  variant: string;
  op: Operation;
}

interface Measured {
  operation: string;
  variant: string;
  roundTrips: number;
  p50: number;
  p95: number;
}

interface ScaleResult {
  entities: number;
  corpus: CorpusManifest['counts'];
  seed: { seconds: number; nodesCreated: number; relationshipsCreated: number; rowsPerSecond: number };
  cases: Measured[];
}

/** The questions asked at every size: each example operation, with variables aimed at the corpus's probes. */
async function cases(stack: Stack, manifest: CorpusManifest): Promise<Case[]> {
  const byName = new Map(operations().map((op) => [op.name, op]));
  const p = manifest.probes;
  const deep = await deepCursor(stack);
  const order = (field: EntityOrderField, direction: OrderDirection): EntityOrder => ({ field, direction });
  const mentionsDesc = order(EntityOrderField.MENTIONS, OrderDirection.DESC);
  const degreeAsc = order(EntityOrderField.DEGREE, OrderDirection.ASC);
  const nameDesc = order(EntityOrderField.NAME, OrderDirection.DESC);
  const at = (name: string, variant: string, variables: Record<string, unknown> = {}): Case => {
    const op = byName.get(name);
    if (!op) throw new Error(`schema/operations.graphql has no operation ${name}`);
    return { operation: name, variant, op: { ...op, variables: { ...op.variables, ...variables } } };
  };
  const [pair2, pair3, pair4] = [2, 3, 4].map((hops) => p.pathPairs.find((pair) => pair.hops === hops));
  return [
    at('NodeById', 'hub', { id: p.hubId }),
    at('EntityPage', 'typical entity', { id: p.typicalId }),
    at('EntityPage', 'hub', { id: p.hubId }),
    at('Entities', 'first page'),
    at('Entities', 'deep cursor (90% through the names)', { after: deep }),
    at('Entities', `nameContains "${p.nameSubstring}"`, { nameContains: p.nameSubstring }),
    at('Entities', 'kind PERSON', { kind: 'PERSON' }),
    at('MostMentioned', 'first page (people and countries)'),
    at('MostMentioned', 'deep cursor (90% through the mentions)', { after: await deepOrderCursor(stack, mentionsDesc) }),
    at('Entities', 'orderBy DEGREE ASC, deep cursor (90%)', { orderBy: degreeAsc, after: await deepOrderCursor(stack, degreeAsc) }),
    at('Entities', 'orderBy NAME DESC, first page', { orderBy: nameDesc }),
    at('Entities', 'orderBy NAME DESC, deep cursor (90%)', { orderBy: nameDesc, after: await deepOrderCursor(stack, nameDesc) }),
    at('WhatDidXiSay', 'top speaker', { speakerId: p.topSpeakerId }),
    at('WhoSpokeWithWhom', 'first 50'),
    at('StatementsBySpeaker', 'by speaker, first 20'),
    at('StatementsBySpeaker', 'by speaker DESC, first 20', { orderBy: { field: 'SPEAKER', direction: 'DESC' } }),
    at('StatementsBySpeaker', 'by date DESC, first 20', { orderBy: { field: 'DATE', direction: 'DESC' } }),
    at('WhoAccusedOrDenied', 'all accusations and denials (first 20 each)'),
    at('WhoHoldsWhichRole', 'first 20 people'),
    at('Timeline', 'first 50'),
    at('Search', `"${p.searchWord}"`, { query: p.searchWord }),
    at('SearchWhatXiSaid', `"${p.searchWord}" said by the top speaker`, { query: p.searchWord, speakerIds: [p.topSpeakerId] }),
    at('Neighborhood', 'hub, depth 1, limit 100', { id: p.hubId, depth: 1, limit: 100 }),
    at('Neighborhood', 'hub, depth 2, limit 100', { id: p.hubId, depth: 2, limit: 100 }),
    ...(pair2 ? [at('PathBetween', '2 hops apart, maxHops 4', { fromId: pair2.fromId, toId: pair2.toId, maxHops: 4 })] : []),
    ...(pair3 ? [at('PathBetween', '3 hops apart, maxHops 4', { fromId: pair3.fromId, toId: pair3.toId, maxHops: 4 })] : []),
    ...(pair4 ? [at('PathBetween', '4 hops apart, maxHops 4', { fromId: pair4.fromId, toId: pair4.toId, maxHops: 4 })] : []),
    at('PathBetween', 'from the hub, maxHops 4', { fromId: p.hubId, toId: p.typicalId, maxHops: 4 }),
    at('Interactions', 'first 10 pairs (the aggregate, no filter)'),
    at('Interactions', 'pairs of the top speaker', { speakerIds: [p.topSpeakerId] }),
    at('StatementCounts', 'by speaker, no filter (the aggregate)', { groupBy: 'SPEAKER' }),
    at('StatementCounts', 'by month, no filter (the aggregate)', { groupBy: 'MONTH' }),
    at('StatementCounts', 'by act, statements of the top speaker', { groupBy: 'ACT', speakerIds: [p.topSpeakerId] }),
  ];
}

/** A cursor 90% of the way through the entities in name order: a page deep in the list. */
async function deepCursor(stack: Stack): Promise<string> {
  const counted = await stack.db.driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS total');
  const skip = Math.floor(Number(counted.records[0].get('total')) * 0.9);
  const { records } = await stack.db.driver.executeQuery('MATCH (n:Entity) RETURN n.name AS name, n.id AS id ORDER BY name, id SKIP $skip LIMIT 1', {
    skip: neo4j.int(skip),
  });
  return encodeCursor('entities', [records[0].get('name'), records[0].get('id')]);
}

/** A cursor 90% of the way through the entities in `order` (ties by id, DESC the exact reverse). */
async function deepOrderCursor(stack: Stack, order: EntityOrder): Promise<string> {
  const counted = await stack.db.driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS total');
  const skip = Math.floor(Number(counted.records[0].get('total')) * 0.9);
  const value = { NAME: 'n.name', MENTIONS: 'n.mentionCount', DEGREE: 'n.degree' }[order.field];
  const dir = order.direction === OrderDirection.DESC ? 'DESC' : 'ASC';
  const { records } = await stack.db.driver.executeQuery(
    `MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.mentionCount AS mentionCount, n.degree AS degree ORDER BY ${value} ${dir}, n.id ${dir} SKIP $skip LIMIT 1`,
    { skip: neo4j.int(skip) },
  );
  const [r] = records;
  const entity = { id: r.get('id'), name: r.get('name'), mentionCount: Number(r.get('mentionCount')), degree: Number(r.get('degree')) } as Entity;
  return entityOrderCursor(order, entity);
}

async function timeCase(stack: Stack, c: Case): Promise<Measured> {
  const { roundTrips, errors } = await stack.probe(c.op);
  if (errors) throw new Error(`${c.operation} (${c.variant}) fails: ${errors[0].message}`);
  const body = JSON.stringify({ query: c.op.query, variables: c.op.variables, operationName: c.op.name });
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const started = performance.now();
    const response = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await response.json()) as { errors?: { message: string }[] };
    if (!response.ok || json.errors) throw new Error(`${c.operation} (${c.variant}) failed over HTTP: ${response.status} ${json.errors?.[0]?.message ?? ''}`);
    if (i >= WARMUP) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { operation: c.operation, variant: c.variant, roundTrips, p50: round1(percentile(samples, 50)), p95: round1(percentile(samples, 95)) };
}

async function measureScale(entities: number): Promise<ScaleResult> {
  const dir = mkdtempSync(join(tmpdir(), `newsgraph-corpus-${entities}-`));
  const log = (line: string) => console.error(`[${entities}] ${line}`);
  try {
    log(`generating a ${entities}-entity corpus…`);
    const manifest = await writeCorpus({ entities, seed: SEED, out: dir, log });
    const stack = await startStack({ heap: HEAP, pageCache: PAGECACHE, log });
    try {
      const started = performance.now();
      const report = await runSeed(stack.db, { folders: [...articleFolders(), ...articleFolders(dir)], log });
      const seconds = (performance.now() - started) / 1000;
      const nodesCreated = report.counters.nodesCreated ?? 0;
      const relationshipsCreated = report.counters.relationshipsCreated ?? 0;
      const seed = { seconds: round1(seconds), nodesCreated, relationshipsCreated, rowsPerSecond: Math.round((nodesCreated + relationshipsCreated) / seconds) };
      log(`seeded in ${seed.seconds} s (${seed.rowsPerSecond} nodes+relationships/s)`);
      const measured: Measured[] = [];
      for (const c of await cases(stack, manifest)) {
        const m = await timeCase(stack, c);
        log(`${m.operation} (${m.variant}): p50 ${m.p50} ms, p95 ${m.p95} ms, ${m.roundTrips} round trips`);
        measured.push(m);
      }
      return { entities, corpus: manifest.counts, seed, cases: measured };
    } finally {
      await stack.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureCeiling(entities: number): Promise<CeilingResult> {
  const dir = mkdtempSync(join(tmpdir(), `newsgraph-ceiling-${entities}-`));
  const log = (line: string) => console.error(`[ceiling ${entities}] ${line}`);
  const stack = await startStack({ heap: HEAP, pageCache: PAGECACHE, log });
  try {
    const manifest = await writeCorpus({ entities, seed: SEED, out: dir });
    const articles = await readArticleFolders(manifest.folders.map((f) => join(dir, f)));
    await applyConstraints(stack.db);
    return await measureSeedCeiling(stack.db, articles, log);
  } finally {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

export async function main(): Promise<void> {
  const results: ScaleResult[] = [];
  for (const entities of SCALES) results.push(await measureScale(entities));
  const ceiling = CEILING_ENTITIES > 0 ? { entities: CEILING_ENTITIES, ...(await measureCeiling(CEILING_ENTITIES)) } : undefined;
  const first = results[0];
  const last = results[results.length - 1];
  const report = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length },
    settings: { scales: SCALES, samples: SAMPLES, warmup: WARMUP, neo4jHeap: HEAP, neo4jPageCache: PAGECACHE, corpusSeed: SEED },
    results,
    ceiling,
  };
  writeFileSync(projectPath('bench', 'results', 'scale.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.log(
    `| operation | variables | round trips | ${results.map((r) => `p50 ms ${label(r.entities)}`).join(' | ')} | p95 ms ${label(last.entities)} | growth ${label(first.entities)}→${label(last.entities)} |`,
  );
  console.log(`|---|---|---:|${results.map(() => '---:|').join('')}---:|---:|`);
  first.cases.forEach((c, i) => {
    const row = results.map((r) => r.cases[i]);
    const growth = row[row.length - 1].p50 / c.p50;
    console.log(
      `| ${c.operation} | ${c.variant} | ${row.map((m) => m.roundTrips).join(' / ')} | ${row.map((m) => m.p50).join(' | ')} | ${row[row.length - 1].p95} | ${growth.toFixed(2)}× |`,
    );
  });
  console.log('');
  console.log('| entities | articles | nodes + relationships written | seed seconds | rows/s |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${label(r.entities)} | ${r.corpus.articles} | ${r.seed.nodesCreated + r.seed.relationshipsCreated} | ${r.seed.seconds} | ${r.seed.rowsPerSecond} |`,
    );
  }
  if (ceiling) {
    console.log('');
    console.log(`Seed step against a plain UNWIND … CREATE of the same rows (${label(ceiling.entities)} entities, fresh store):`);
    console.log('| writer | seconds | nodes | relationships | rows/s |');
    console.log('|---|---:|---:|---:|---:|');
    console.log(`| seed step | ${ceiling.seed.seconds} | ${ceiling.seed.nodes} | ${ceiling.seed.relationships} | ${ceiling.seed.rowsPerSecond} |`);
    console.log(
      `| plain CREATE | ${ceiling.ceiling.seconds} | ${ceiling.ceiling.nodes} | ${ceiling.ceiling.relationships} | ${ceiling.ceiling.rowsPerSecond} |`,
    );
    console.log(`ratio (ceiling ÷ seed): ${ceiling.ratio}×`);
  }
}
