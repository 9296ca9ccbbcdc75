/**
 * What the benchmarks share: the named operations of schema/operations.graphql, a throwaway Neo4j + API stack
 * on loopback, and latency statistics. Nothing here is used by the service itself.
 */
import 'reflect-metadata';
import type { OperationDefinitionNode } from 'graphql';
import { parse, print, valueFromASTUntyped } from 'graphql';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import pino from 'pino';
import type { Config } from '../src/config';
import { loadConfig } from '../src/config';
import type { Context } from '../src/context';
import { createContext } from '../src/context';
import { createDriver, Database } from '../src/db/database';
import { QueryCatalog } from '../src/db/queries';
import { freePort, startLocalNeo4j } from '../src/local-neo4j';
import { createLogger } from '../src/logger';
import { projectPath } from '../src/paths';
import { createApp } from '../src/server';

export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Each named query of a document (schema/operations.graphql by default), with its variables at their declared defaults. */
export function operations(source: string = readFileSync(projectPath('schema', 'operations.graphql'), 'utf8')): Operation[] {
  const document = parse(source);
  const fragments = document.definitions
    .filter((d) => d.kind === 'FragmentDefinition')
    .map((d) => print(d))
    .join('\n');
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.operation === 'query' && !!d.name)
    .map((op) => ({
      name: op.name!.value,
      query: `${print(op)}\n${fragments}`,
      variables: Object.fromEntries(
        (op.variableDefinitions ?? []).filter((v) => v.defaultValue).map((v) => [v.variable.name.value, valueFromASTUntyped(v.defaultValue!)]),
      ),
    }));
}

/** The API over one Bolt URI: its own driver, Apollo server and HTTP server on loopback. */
export interface Api {
  db: Database;
  apollo: ApolloServer<Context>;
  /** The API's /graphql URL on loopback. */
  url: string;
  /** Runs one operation in-process and returns its errors (if any) and the Cypher round trips it cost. */
  probe(op: Operation): Promise<{ roundTrips: number; sequentialRoundTrips: number; errors?: readonly { message: string }[]; data?: unknown }>;
  stop(): Promise<void>;
}

export interface Stack extends Api {
  /** Neo4j's Bolt URI on loopback, and the password the floor, the peer or another API log in with. */
  boltUri: string;
  /** The Neo4j server's process id (for its CPU time: cpuMicros). */
  neo4jPid: number;
  password: string;
  /**
   * Another API in this process over another Bolt URI (e.g. through bench/delay-proxy.ts), with settings of its
   * own if given; `stop` stops it too.
   */
  startApi(boltUri: string, settings?: Partial<Config>): Promise<Api>;
}

const PASSWORD = 'benchmark-only';

/**
 * BENCH_MAX_IN_FLIGHT sets the APIs' MAX_IN_FLIGHT (src/http/admission.ts), to try other bounds; else the default.
 */
const benchSettings = (): Partial<Config> => (process.env.BENCH_MAX_IN_FLIGHT ? { maxInFlight: Number(process.env.BENCH_MAX_IN_FLIGHT) } : {});

async function startApi(boltUri: string, settings: Partial<Config> = {}): Promise<Api> {
  const config = { ...loadConfig({}), ...benchSettings(), ...settings, neo4jUri: boltUri, neo4jPassword: PASSWORD };
  const db = new Database(createDriver({ uri: boltUri, username: 'neo4j', password: PASSWORD }), QueryCatalog.load(), 'neo4j');
  const silent = createLogger('silent');
  // BENCH_LOG_LEVEL=info measures the access log (one JSON line a request, written as in production, here to
  // /dev/null); the default leaves it off, as at LOG_LEVEL=warn.
  const level = process.env.BENCH_LOG_LEVEL ?? 'silent';
  const log = level === 'silent' ? silent : createLogger(level, { destination: pino.destination({ dest: '/dev/null', sync: false }) });
  const { apollo, httpServer } = await createApp(config, db, log);
  await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
  return {
    db,
    apollo,
    url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`,
    async probe(op) {
      const contextValue = createContext(db, silent);
      const response = await apollo.executeOperation({ query: op.query, variables: op.variables }, { contextValue });
      const result = response.body.kind === 'single' ? response.body.singleResult : {};
      return {
        roundTrips: contextValue.db.roundTrips,
        sequentialRoundTrips: contextValue.db.sequentialRoundTrips,
        errors: 'errors' in result ? result.errors : undefined,
        data: 'data' in result ? result.data : undefined,
      };
    },
    async stop() {
      await apollo.stop();
      await db.driver.close();
    },
  };
}

/** A throwaway Neo4j in a temporary directory and the API over it, both on loopback; `stop` removes both. */
export async function startStack(options: { heap?: string; pageCache?: string; log?: (line: string) => void } = {}): Promise<Stack> {
  const log = options.log ?? ((line: string) => console.error(line));
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const port = await freePort();
  const neo4j = await startLocalNeo4j({ home, port, password: PASSWORD, heap: options.heap, pageCache: options.pageCache, log });
  const api = await startApi(neo4j.uri);
  const others: Api[] = [];
  return {
    ...api,
    boltUri: neo4j.uri,
    neo4jPid: neo4j.pid,
    password: PASSWORD,
    async startApi(boltUri, settings) {
      const other = await startApi(boltUri, settings);
      others.push(other);
      return other;
    },
    async stop() {
      for (const other of others) await other.stop();
      await api.stop();
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * CPU time (user + system, µs) a process has used so far, from /proc/<pid>/stat (utime and stime, in clock ticks
 * of 1/100 s on Linux: proc(5)). System time counts: on loopback the kernel's TCP work for a write is done in the
 * writer's system call.
 */
export function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** The value below which `p` percent of the sorted samples lie (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round1 = (x: number) => Math.round(x * 10) / 10;
