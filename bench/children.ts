/**
 * The benchmark's other processes: the floor (bench/floor.ts), the peer (bench/peer.ts) and the delay proxy
 * (bench/delay-proxy.ts) each run in a process of their own, so none shares an event loop or a heap with the
 * API (which runs in the bench process, idle while autocannon loads it from yet another process). Both sides of
 * the small IPC protocol live here: the child announces `{ ready, ports }`, answers requests by `type`, and
 * exits when the parent disconnects.
 */
import './production-stacks';
import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { projectPath } from '../src/paths';

export interface Child {
  /** The loopback ports the child listens on, in the order of the URIs (or the one port of the proxy). */
  ports: number[];
  /** Its process id (for its CPU time: bench/common.ts cpuMicros). */
  pid: number;
  /** Sends `{ type }` and resolves with the child's next message. */
  ask<T>(type: string): Promise<T>;
  stop(): Promise<void>;
}

/** Forks bench/<file>.ts under ts-node (transpile only, like `npm run bench` itself) and waits for its ports. */
export async function forkChild(file: string, env: Record<string, string>, log: (line: string) => void): Promise<Child> {
  const child: ChildProcess = fork(projectPath('bench', `${file}.ts`), [], {
    execArgv: ['-r', 'ts-node/register/transpile-only'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const ports = await new Promise<number[]>((resolve, reject) => {
    child.once('message', (message: { ready?: boolean; ports?: number[] }) => (message.ready && message.ports ? resolve(message.ports) : reject()));
    child.once('exit', (code) => reject(new Error(`bench/${file}.ts exited with ${code} before it was ready`)));
  });
  log(`${file} listening on ${ports.map((p) => `127.0.0.1:${p}`).join(', ')}`);
  return {
    ports,
    pid: child.pid!,
    ask: <T>(type: string) =>
      new Promise<T>((resolve) => {
        child.once('message', (message) => resolve(message as T));
        child.send({ type });
      }),
    async stop() {
      if (child.exitCode === null) child.disconnect();
      const timer = setTimeout(() => child.kill(), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface Listening {
  port: number;
  close(): Promise<void>;
}

/** `server` listening on a free loopback port; closing it drops its connections, then runs `release` (its driver, …). */
export async function listenOnLoopback(server: Server, release: () => Promise<void>): Promise<Listening> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await release();
    },
  };
}

/**
 * The child's side: starts one server per Bolt URI in BENCH_BOLT_URIS (comma-separated: Neo4j directly, through
 * the delay proxy, …), announces their ports, and closes them when the parent goes away.
 */
export async function serveChild(start: (boltUri: string) => Promise<Listening>): Promise<void> {
  const uris = (process.env.BENCH_BOLT_URIS ?? '').split(',').filter(Boolean);
  if (uris.length === 0) throw new Error('BENCH_BOLT_URIS is not set');
  const servers: Listening[] = [];
  for (const uri of uris) servers.push(await start(uri));
  const ports = servers.map((s) => s.port);
  if (!process.send) {
    console.log(`listening on ${ports.map((p) => `http://127.0.0.1:${p}/graphql`).join(', ')}`);
    return;
  }
  process.send({ ready: true, ports });
  process.on('disconnect', () => {
    void Promise.all(servers.map((s) => s.close())).finally(() => process.exit(0));
  });
}
