/**
 * The fault suite's processes: its own Neo4j (startLocalNeo4j on a free port and a temporary directory, seeded
 * with the articles) and the API as a real child process (`src/index.ts` under ts-node, as `npm start` runs
 * it but without building), on free ports, so killing either cannot hurt another suite or the developer's graph.
 * Reusable by later fault tests (the import API's): start, kill, restart, signal, read the output.
 */
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import type { LocalNeo4j } from '../../src/local-neo4j';
import { freePort, startLocalNeo4j } from '../../src/local-neo4j';
import { projectPath } from '../../src/paths';
import { runSeed } from '../../seed/seed';

export const PASSWORD = 'fault-suite';

export class FaultNeo4j {
  private current: LocalNeo4j | undefined;

  private constructor(
    readonly home: string,
    readonly port: number,
  ) {}

  static async start(): Promise<FaultNeo4j> {
    const neo4j = new FaultNeo4j(mkdtempSync(join(tmpdir(), 'newsgraph-faults-')), await freePort());
    await neo4j.restart();
    const connection = await connect({ ...loadConfig({}), neo4jUri: neo4j.uri, neo4jPassword: PASSWORD }, () => undefined);
    try {
      await runSeed(connection.db);
    } finally {
      await connection.close();
    }
    return neo4j;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.current?.pid;
  }

  /** Starts it again on the same port and data (after `kill`). */
  async restart(): Promise<void> {
    this.current = await startLocalNeo4j({
      home: this.home,
      port: this.port,
      password: PASSWORD,
      heap: '512m',
      pageCache: '64m',
      log: () => undefined,
      readyTimeoutMs: 180_000,
    });
  }

  /** SIGKILL: no shutdown, connections reset, as a crash or the OOM killer would. Resolves once it is gone. */
  async kill(): Promise<void> {
    const running = this.current;
    if (!running) return;
    process.kill(running.pid, 'SIGKILL');
    await running.exited;
    this.current = undefined;
  }

  async stop(): Promise<void> {
    await this.current?.stop();
    this.current = undefined;
    rmSync(this.home, { recursive: true, force: true });
  }
}

export interface ApiProcess {
  base: string;
  port: number;
  child: ChildProcess;
  /** Everything it wrote (stdout and stderr), for assertions and for a failure's message. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) when it exits. */
  exited: Promise<number | string>;
}

/** Spawns the API (`src/index.ts`) against `neo4jUri`; `ready` waits until /health answers. */
export async function spawnApi(neo4jUri: string, options: { port?: number; env?: Record<string, string>; ready?: boolean } = {}): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', projectPath('src', 'index.ts')], {
    cwd: projectPath(),
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: PASSWORD,
      NEO4J_DATABASE: 'neo4j',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | string>((done) => child.once('exit', (code, signal) => done(code ?? signal ?? -1)));
  const api: ApiProcess = { base: `http://127.0.0.1:${port}`, port, child, output: () => output, exited };
  if (options.ready ?? true) {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}) before it was ready:\n${output}`);
      const health = await fetch(`${api.base}/health`).catch(() => undefined);
      if (health?.ok) break;
      if (Date.now() > deadline) throw new Error(`the API was not ready within 120 s:\n${output}`);
      await new Promise((resume) => setTimeout(resume, 200));
    }
  }
  return api;
}

/** Stops a child the suite started (SIGKILL when it does not stop within 10 s). */
export async function stopApi(api: ApiProcess | undefined): Promise<void> {
  if (!api || api.child.exitCode !== null || api.child.signalCode !== null) return;
  api.child.kill('SIGTERM');
  const killer = setTimeout(() => api.child.kill('SIGKILL'), 10_000);
  await api.exited;
  clearTimeout(killer);
}

export interface Outcome {
  status: number;
  codes: string[];
  hasData: boolean;
  ms: number;
  /** Set when the request failed below HTTP (refused, reset). */
  network?: string;
}

/** One POST /graphql, timed; never throws. */
export async function post(base: string, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
    return {
      status: response.status,
      codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'UNCODED'),
      hasData: body.data != null && Object.values(body.data).some((v) => v !== null),
      ms: performance.now() - started,
    };
  } catch (error) {
    return { status: 0, codes: [], hasData: false, ms: performance.now() - started, network: String((error as Error).cause ?? error) };
  }
}

/** `connections` loops posting `query` until `stop()`; resolves with every outcome. */
export function load(base: string, query: string, connections: number): { stop: () => Promise<Outcome[]> } {
  let running = true;
  const outcomes: Outcome[] = [];
  const loops = Array.from({ length: connections }, async () => {
    while (running) outcomes.push(await post(base, query));
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}
