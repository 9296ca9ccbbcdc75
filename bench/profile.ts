/**
 * npm run bench:profile -- [Operation ...] — where the API's CPU time goes under load.
 *
 * Starts the throwaway stack of bench/common.ts in this process, seeds the real article, and for each named
 * operation of schema/operations.graphql or bench/api-operations.graphql (default NodeById): warms up, then records a V8 CPU profile of this
 * process (node:inspector's Profiler, so only the API is in it: autocannon runs in its own process) while
 * autocannon loads the operation. Writes the .cpuprofile (open it in Chrome DevTools or speedscope) and prints
 * self time by package or project file, and the functions with the most self and inclusive time.
 *
 * Options (env): PROFILE_SECONDS (default 10), PROFILE_CONNECTIONS (default 8), PROFILE_DIR (where the
 * .cpuprofile files go, default the system temp directory), PROFILE_TOP (rows per table, default 25),
 * PROFILE_SERVER (`api` by default; `floor` or `graphql-floor` profile bench/floor.ts or bench/graphql-floor.ts in
 * this process instead, for the operations they answer: where the API's time goes beyond theirs).
 */
import '../src/production-mode';
import './production-stacks';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../src/paths';
import { runSeed } from '../seed/seed';
import type { Listening } from './children';
import type { Operation } from './common';
import { operations, startStack } from './common';
import { loadOperation } from './load';
import { benchApiOperations } from './questions';
import { startFloor } from './floor';
import { startGraphqlFloor } from './graphql-floor';
import { createDriver } from '../src/db/database';

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.PROFILE_CONNECTIONS ?? 8);
const DIR = process.env.PROFILE_DIR ?? tmpdir();
const TOP = Number(process.env.PROFILE_TOP ?? 25);
const WARMUP_SECONDS = 3;
const SERVER = process.env.PROFILE_SERVER ?? 'api';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** `op` loaded on `url` by autocannon in its own process (bench/load.ts), with no warm-up of its own. */
const loadOp = (url: string, op: Operation, seconds: number) => loadOperation(url, op, { connections: CONNECTIONS, seconds, warmupSeconds: 0 });

/** Where a frame's code lives: a package under node_modules, a project file, Node's own code, or V8's (GC, idle). */
function category({ url, functionName }: CallFrame): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = url.slice(modules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  if (url.startsWith('node:')) return 'node (internal)';
  const path = url.replace(/^file:\/\//, '');
  return path.startsWith(PROJECT_ROOT) ? relative(PROJECT_ROOT, path) : path;
}

const frameKey = (f: CallFrame): string => `${f.functionName || '(anonymous)'} ${category(f)}:${f.lineNumber + 1}`;

/** Self and inclusive time (ms) per function and self time per category; a function counts once per sample. */
export function summarize(profile: CpuProfile): { totalMs: number; byCategory: [string, number][]; self: [string, number][]; inclusive: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byCategory = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    totalMs += ms;
    add(byCategory, category(node.callFrame), ms);
    add(self, frameKey(node.callFrame), ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = frameKey(byId.get(at)!.callFrame);
      if (!seen.has(key)) add(inclusive, key, ms);
      seen.add(key);
    }
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs, byCategory: sorted(byCategory), self: sorted(self), inclusive: sorted(inclusive) };
}

function table(title: string, rows: [string, number][], busyMs: number): void {
  console.log(`\n${title}\n| ms | % of busy | |\n|---:|---:|---|`);
  for (const [name, ms] of rows.slice(0, TOP)) console.log(`| ${Math.round(ms)} | ${((100 * ms) / busyMs).toFixed(1)} | ${name} |`);
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length > 0 ? wanted : ['NodeById'];
  const ops = names.map((name) => {
    const op = [...operations(), ...benchApiOperations()].find((o) => o.name === name);
    if (!op) throw new Error(`no operation ${name} in schema/operations.graphql or bench/api-operations.graphql`);
    return op;
  });
  console.error('profile: starting a throwaway Neo4j and the API…');
  const stack = await startStack();
  const session = new Session();
  session.connect();
  let other: Listening | undefined;
  try {
    await runSeed(stack.db, { log: (l) => console.error(l) });
    if (SERVER === 'floor' || SERVER === 'graphql-floor') {
      const driver = createDriver({ uri: stack.boltUri, username: 'neo4j', password: stack.password });
      other = await (SERVER === 'floor' ? startFloor(driver) : startGraphqlFloor(driver));
    } else if (SERVER !== 'api') throw new Error(`PROFILE_SERVER is api, floor or graphql-floor, not ${SERVER}`);
    const url = other ? `http://127.0.0.1:${other.port}/graphql` : stack.url;
    await session.post('Profiler.enable');
    for (const op of ops) {
      const { errors } = await stack.probe(op);
      if (errors) throw new Error(`${op.name} fails: ${errors[0].message}`);
      await loadOp(url, op, WARMUP_SECONDS);
      await session.post('Profiler.start');
      const run = await loadOp(url, op, SECONDS);
      const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
      const file = join(DIR, `${op.name}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      const summary = summarize(profile);
      const idleMs = summary.byCategory.find(([name]) => name === '(idle)')?.[1] ?? 0;
      const busyMs = summary.totalMs - idleMs;
      const requests = run.requests;
      console.log(
        `\n## ${op.name} (${SERVER}): ${run.requestsPerSecond} req/s over ${CONNECTIONS} connections, p50 ${run.latencyMs.p50} ms; ` +
          `process busy ${Math.round(busyMs)} of ${Math.round(summary.totalMs)} ms (${((1000 * busyMs) / requests).toFixed(0)} µs CPU a request); ${file}`,
      );
      table('Self time by package or project file', summary.byCategory, busyMs);
      table('Functions by self time', summary.self, busyMs);
      table('Functions by inclusive time', summary.inclusive, busyMs);
    }
  } finally {
    session.disconnect();
    await other?.close();
    await stack.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`profile failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  });
}
