/**
 * npm run bench:soak — a steady load for a minute: do requests fail, do latencies hold, does memory keep growing?
 *
 * Starts a throwaway Neo4j (like the integration tests) seeded with the real article, and the API in a process of
 * its own (bench/soak-api.ts). Then each operation once alone (checked for errors), SOAK_WARMUP_SECONDS (default
 * 10) of the load, and SOAK_SECONDS (default 60) of the same
 * load measured: SOAK_CONNECTIONS (default 64) connections on loopback, each sending every named operation of
 * schema/operations.graphql in turn (bench/load.ts loadMix). Reports failed requests (non-2xx or a GraphQL
 * `errors`; the run exits 1 when any failed), p50/p99/max per operation, and the resident memory (RSS) of the API
 * process and of Neo4j's JVM before the load, after the warm-up and at the end, with the peak of samples taken
 * every 5 s, and the API's live heap after a full GC (bench/soak-api.ts); growth after the warm-up beyond
 * SOAK_RSS_GROWTH_PCT (default 10) percent is flagged. Results go to
 * bench/results/soak.json and a Markdown table on stdout.
 *
 * Writes: by default the mix also holds importArticle (a dry run and a real one, each a new article) and
 * deleteArticle of the article its connection just imported, with an editor key the soak configures
 * (bench/soak-imports.ts); what is still imported when the load ends is deleted after it, and the run checks that
 * none is left. SOAK_IMPORTS=0 leaves them out. More writes: SOAK_EXTRA_OPERATIONS=<file.graphql> adds that
 * file's named operations (queries and mutations, with their declared variable defaults) to the mix, sent with
 * SOAK_AUTHORIZATION as the `authorization` header when set (an API key: `Bearer <key>`); or pass entries to
 * `soak({ extra })`. SOAK_LOG_LEVEL (default silent) is the API's log level, e.g. `error` to see why requests
 * failed.
 *
 * The machine is shared: a soak here measures this machine at that moment (the load average is kept with the
 * results); compare runs on the same machine, and read memory growth rather than absolute latencies.
 */
import '../src/production-mode';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, print, valueFromASTUntyped } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { runSeed } from '../seed/seed';
import { createDriver, Database } from '../src/db/database';
import { QueryCatalog } from '../src/db/queries';
import { freePort, startLocalNeo4j } from '../src/local-neo4j';
import { projectPath } from '../src/paths';
import { newApiKey } from '../src/auth/api-keys';
import { forkChild } from './children';
import { operations } from './common';
import type { MixEntry, MixResult } from './load';
import { loadMix, requestBody } from './load';
import { deleteImported, importedArticles, importMix } from './soak-imports';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 64);
const GROWTH_PCT = Number(process.env.SOAK_RSS_GROWTH_PCT ?? 10);
const IMPORTS = process.env.SOAK_IMPORTS !== '0';
const SAMPLE_EVERY_MS = 5_000;

const log = (line: string) => console.error(`soak: ${line}`);

/** The example operations of schema/operations.graphql, each with its declared defaults. */
export function defaultMix(): MixEntry[] {
  return operations().map((op) => ({ name: op.name, body: requestBody(op.query, op.variables, op.name) }));
}

/** Every named operation (query or mutation) of a .graphql file, for SOAK_EXTRA_OPERATIONS. */
export function mixFromFile(file: string, headers?: Record<string, string>): MixEntry[] {
  const document = parse(readFileSync(file, 'utf8'));
  const fragments = document.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => print(d));
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && !!d.name)
    .map((op) => {
      const variables = Object.fromEntries(
        (op.variableDefinitions ?? []).filter((v) => v.defaultValue).map((v) => [v.variable.name.value, valueFromASTUntyped(v.defaultValue!)]),
      );
      return { name: op.name!.value, body: requestBody([print(op), ...fragments].join('\n'), variables, op.name!.value), headers };
    });
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return kb ? Math.round(Number(kb[1]) / 102.4) / 10 : NaN;
}

interface Memory {
  api: number;
  neo4j: number;
  /** The API's V8 heap still in use after a full garbage collection (MB). */
  apiLiveHeap: number;
}

export interface SoakReport {
  date: string;
  machine: { cpus: number; loadAverage1m: number };
  connections: number;
  seconds: number;
  warmupSeconds: number;
  result: MixResult;
  rssMb: { before: Memory; afterWarmup: Memory; end: Memory; peak: Omit<Memory, 'apiLiveHeap'> };
  /** Percent growth from after the warm-up to the end, and whether it exceeds SOAK_RSS_GROWTH_PCT. */
  growth: { apiPct: number; apiLiveHeapPct: number; neo4jPct: number; flagged: string[] };
  /** With imports in the mix: articles a pass imported but did not delete before the end (deleted after), and left after that (must be 0). */
  imports?: { deletedAfterLoad: number; left: number };
}

export async function soak(options: { extra?: MixEntry[]; imports?: boolean } = {}): Promise<SoakReport> {
  const imports = options.imports ?? IMPORTS;
  // The API's one key: an editor's, configured by its hash as API_KEYS would be.
  const editor = newApiKey('editor', 'soak');
  const authorization = `Bearer ${editor.key}`;
  const mix = [...defaultMix(), ...(imports ? importMix(authorization) : []), ...(options.extra ?? [])];
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-soak-'));
  const password = randomBytes(12).toString('hex');
  const neo4j = await startLocalNeo4j({ home, port: await freePort(), password, log });
  let api: Awaited<ReturnType<typeof forkChild>> | undefined;
  try {
    const db = new Database(createDriver({ uri: neo4j.uri, username: 'neo4j', password }), QueryCatalog.load(), 'neo4j');
    try {
      await runSeed(db, { log });
    } finally {
      await db.driver.close();
    }
    api = await forkChild('soak-api', { BENCH_BOLT_URIS: neo4j.uri, SOAK_PASSWORD: password, SOAK_API_KEYS: editor.entry }, log);
    const { pid: apiPid } = await api.ask<{ pid: number }>('pid');
    const url = `http://127.0.0.1:${api.ports[0]}/graphql`;
    const memory = async (): Promise<Memory> => {
      const { heapUsed } = await api!.ask<{ heapUsed: number }>('memory');
      return { api: rssMb(apiPid), neo4j: rssMb(neo4j.pid), apiLiveHeap: Math.round(heapUsed / 1024 / 102.4) / 10 };
    };

    const before = await memory();
    log(`${mix.length} operations in the mix; RSS before: API ${before.api} MB, Neo4j ${before.neo4j} MB`);
    // Each operation once alone first: its Cypher plans compiled and its code paths loaded, and an answer checked
    // for errors before any load (a broken operation stops here with its message instead of 64 × 60 s of failures).
    const context = {};
    for (const entry of mix) {
      const body = typeof entry.body === 'string' ? entry.body : entry.body(context);
      const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...entry.headers }, body });
      const text = await answer.text();
      if (!answer.ok || text.includes('"errors"')) throw new Error(`${entry.name} fails before any load: HTTP ${answer.status} ${text.slice(0, 300)}`);
    }
    if (WARMUP_SECONDS > 0) {
      log(`warm-up: ${WARMUP_SECONDS} s at ${CONNECTIONS} connections…`);
      await loadMix(url, mix, { connections: CONNECTIONS, seconds: WARMUP_SECONDS });
    }
    const afterWarmup = await memory();
    log(`RSS after warm-up: API ${afterWarmup.api} MB, Neo4j ${afterWarmup.neo4j} MB; soaking ${SECONDS} s at ${CONNECTIONS} connections…`);
    const peak = { api: afterWarmup.api, neo4j: afterWarmup.neo4j };
    // RSS only while loaded (no forced collection in the middle of the measurement).
    const sampler = setInterval(() => {
      peak.api = Math.max(peak.api, rssMb(apiPid));
      peak.neo4j = Math.max(peak.neo4j, rssMb(neo4j.pid));
    }, SAMPLE_EVERY_MS);
    let result: MixResult;
    try {
      result = await loadMix(url, mix, { connections: CONNECTIONS, seconds: SECONDS });
    } finally {
      clearInterval(sampler);
    }
    peak.api = Math.max(peak.api, rssMb(apiPid));
    peak.neo4j = Math.max(peak.neo4j, rssMb(neo4j.pid));
    const end = await memory();
    // The imports a pass made without reaching its delete (the load stopped between them) go too.
    const importsDone = imports
      ? { deletedAfterLoad: await deleteImported(url, authorization), left: (await importedArticles(url, authorization)).length }
      : undefined;
    const pct = (a: number, b: number) => Math.round(((b - a) / a) * 1000) / 10;
    const growth = {
      apiPct: pct(afterWarmup.api, end.api),
      apiLiveHeapPct: pct(afterWarmup.apiLiveHeap, end.apiLiveHeap),
      neo4jPct: pct(afterWarmup.neo4j, end.neo4j),
      flagged: [] as string[],
    };
    if (growth.apiPct > GROWTH_PCT) growth.flagged.push(`API RSS grew ${growth.apiPct}% after the warm-up`);
    if (growth.apiLiveHeapPct > GROWTH_PCT) growth.flagged.push(`API live heap (after GC) grew ${growth.apiLiveHeapPct}% after the warm-up`);
    if (growth.neo4jPct > GROWTH_PCT) growth.flagged.push(`Neo4j RSS grew ${growth.neo4jPct}% after the warm-up`);
    return {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, loadAverage1m: Math.round(loadavg()[0] * 100) / 100 },
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      result,
      rssMb: { before, afterWarmup, end, peak },
      growth,
      ...(importsDone ? { imports: importsDone } : {}),
    };
  } finally {
    await api?.stop();
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

export function markdown(report: SoakReport): string {
  const { result, rssMb: rss } = report;
  const lines = [
    `${report.seconds} s at ${report.connections} connections after a ${report.warmupSeconds} s warm-up: ${result.requests} requests (${result.requestsPerSecond}/s), **${result.failed} failed**` +
      (result.errorAtSeconds.length > 0 ? ` (connection errors or timeouts at ${result.errorAtSeconds.join(', ')} s)` : ''),
    '',
    '| operation | requests | failed | p50 ms | p99 ms | max ms |',
    '|---|---:|---:|---:|---:|---:|',
    ...Object.entries(result.perOperation).map(([name, op]) => `| ${name} | ${op.requests} | ${op.failed} | ${op.p50} | ${op.p99} | ${op.max} |`),
    '',
    '| RSS (MB) | before | after warm-up | end | peak | growth after warm-up |',
    '|---|---:|---:|---:|---:|---:|',
    `| API process | ${rss.before.api} | ${rss.afterWarmup.api} | ${rss.end.api} | ${rss.peak.api} | ${report.growth.apiPct}% |`,
    `| API live heap (after GC) | ${rss.before.apiLiveHeap} | ${rss.afterWarmup.apiLiveHeap} | ${rss.end.apiLiveHeap} | | ${report.growth.apiLiveHeapPct}% |`,
    `| Neo4j (JVM) | ${rss.before.neo4j} | ${rss.afterWarmup.neo4j} | ${rss.end.neo4j} | ${rss.peak.neo4j} | ${report.growth.neo4jPct}% |`,
  ];
  if (report.growth.flagged.length > 0) lines.push('', ...report.growth.flagged.map((f) => `**flagged:** ${f}`));
  if (report.imports) {
    lines.push(
      '',
      `Imported articles: ${report.imports.deletedAfterLoad} still stored when the load ended, deleted then; ${report.imports.left} left after that.`,
    );
  }
  return lines.join('\n');
}

if (require.main === module) {
  const extraFile = process.env.SOAK_EXTRA_OPERATIONS;
  const headers = process.env.SOAK_AUTHORIZATION ? { authorization: process.env.SOAK_AUTHORIZATION } : undefined;
  soak({ extra: extraFile ? mixFromFile(extraFile, headers) : [] }).then(
    (report) => {
      writeFileSync(projectPath('bench', 'results', 'soak.json'), `${JSON.stringify(report, null, 2)}\n`);
      console.log(markdown(report));
      for (const [name, op] of Object.entries(report.result.perOperation)) {
        if (op.firstFailure) log(`${name}: first failure: ${op.firstFailure}`);
      }
      process.exit(report.result.failed > 0 || (report.imports?.left ?? 0) > 0 ? 1 : 0);
    },
    (error) => {
      log(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    },
  );
}
