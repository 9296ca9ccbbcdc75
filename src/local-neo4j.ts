/**
 * The project's own Neo4j 5.26, with no Docker and no install (README.md, "Prerequisites"): Maven resolves the
 * jars listed by neo4j/pom.xml into neo4j/lib on first use, and neo4j/src/main/java/local/neo4j/Launcher.java runs
 * them with Bolt on 127.0.0.1. Used by `npm start` (when NEO4J_URI is unset), by `npm run neo4j:*`, and by the
 * integration tests' global setup (throwaway instance).
 */
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { projectPath } from './paths';

export const NEO4J_DIR = projectPath('neo4j');
const LIB_DIR = join(NEO4J_DIR, 'lib');
const LAUNCHER_JAR = join(LIB_DIR, 'launcher.jar');
/** Hash of the pom and launcher source the jars were built from: a change to either triggers a rebuild. */
const STAMP_FILE = join(LIB_DIR, '.build-stamp');

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

type Log = (line: string) => void;

function commandExists(cmd: string, versionArg: string): boolean {
  const r = spawnSync(cmd, [versionArg], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

function buildStamp(): string {
  const h = createHash('sha256');
  h.update(readFileSync(join(NEO4J_DIR, 'pom.xml')));
  h.update(readFileSync(join(NEO4J_DIR, 'src/main/java/local/neo4j/Launcher.java')));
  return h.digest('hex');
}

export function jarsReady(): boolean {
  return existsSync(LAUNCHER_JAR) && existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, 'utf8') === buildStamp();
}

function requireJava(): void {
  if (!commandExists('java', '-version')) {
    throw new LocalNeo4jError(
      'Java 17+ is required to run the local Neo4j, but `java` was not found on PATH. Install a JDK 17 (e.g. `apt-get install openjdk-17-jdk-headless`) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}

/** One file that Maven reports it downloaded. */
export interface MavenDownload {
  url: string;
  /** As Maven reports it: rounded to its unit (decimal: 1 kB = 1000 B). */
  bytes: number;
}

const DOWNLOADED = /Downloaded from [^\s:]+: (\S+) \((\d+(?:\.\d+)?) (B|kB|MB|GB)(?: at [^)]*)?\)/;
const UNIT_BYTES: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };

/**
 * The file and size in a line of Maven 3's transfer log, or undefined for any other line. With `-B` (batch mode,
 * what ensureJars runs) Maven logs `[INFO] Downloaded from central: <url> (8.1 kB at 23 kB/s)` per file; an
 * interactive run prints the same words without `[INFO]`, after `Progress (1): …` updates ended by carriage
 * returns; `-q` prints none at all. Lines captured from real first runs: test/fixtures/maven/.
 */
export function parseMavenDownload(line: string): MavenDownload | undefined {
  const match = DOWNLOADED.exec(line);
  if (!match) return undefined;
  const [, url, size, unit] = match;
  return { url, bytes: Math.round(Number(size) * UNIT_BYTES[unit]) };
}

const megabytes = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;

/** How often a running download reports its progress. */
const PROGRESS_EVERY_MS = 5_000;

/**
 * Resolves Neo4j's jars from Maven Central and compiles the launcher, once; later calls return at once.
 * Maven's own download lines are condensed into a running count of files and megabytes, so a first run shows it
 * is alive without printing Maven's ~2,000 lines.
 */
export async function ensureJars(log: Log = console.log): Promise<void> {
  requireJava();
  if (jarsReady()) return;
  if (!commandExists('mvn', '-v')) {
    throw new LocalNeo4jError(
      'Maven is required once to fetch the Neo4j jars, but `mvn` was not found on PATH. Install Maven (e.g. `apt-get install maven`) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  // Measured on a first run with an empty local Maven repository (README.md, "Prerequisites"): Maven downloads
  // ~165 MB, Neo4j's 128 MB of jars and Maven's own plugins and POM files.
  log('[neo4j] fetching Neo4j 5.26 from Maven Central into neo4j/lib (first run only, up to ~165 MB)…');
  const started = Date.now();
  const downloaded = await mavenPackage(join(NEO4J_DIR, 'pom.xml'), log);
  writeFileSync(STAMP_FILE, buildStamp());
  const seconds = Math.round((Date.now() - started) / 1000);
  log(`[neo4j] jars ready (${downloaded.files} files, ${megabytes(downloaded.bytes)} downloaded, ${seconds} s)`);
}

/**
 * `mvn -B package` of a pom (neo4j/pom.xml: resolve, compile the launcher, copy the runtime jars), logging what
 * it has downloaded every few seconds; resolves to the total. `mavenArgs` lets a check run it into a throwaway
 * local repository.
 */
export async function mavenPackage(pom: string, log: Log, mavenArgs: string[] = []): Promise<{ files: number; bytes: number }> {
  let reported = Date.now();
  const mvn = spawn('mvn', ['-B', ...mavenArgs, '-f', pom, 'package', '-DskipTests'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const downloaded = { files: 0, bytes: 0 };
  const tail: string[] = [];
  for (const stream of [mvn.stdout, mvn.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      const download = parseMavenDownload(line);
      if (!download) return;
      downloaded.files += 1;
      downloaded.bytes += download.bytes;
      if (Date.now() - reported >= PROGRESS_EVERY_MS) {
        reported = Date.now();
        log(`[neo4j]   ${downloaded.files} files, ${megabytes(downloaded.bytes)} downloaded…`);
      }
    });
  }
  const code: number = await new Promise((done) => mvn.on('close', (c) => done(c ?? 1)));
  if (code !== 0) {
    throw new LocalNeo4jError(`Maven could not fetch or build the Neo4j jars (exit ${code}). Last output:\n${tail.join('\n')}`);
  }
  return downloaded;
}

export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
      .once('error', () => done(false))
      .once('listening', () => probe.close(() => done(true)))
      .listen(port, host);
  });
}

/** A free loopback port chosen by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
      .once('error', fail)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => done(port));
      });
  });
}

export interface LocalNeo4jOptions {
  /** Data directory (database files, logs, pid file). */
  home: string;
  port: number;
  password: string;
  /** JVM heap (-Xmx), e.g. 1g. */
  heap?: string;
  /** server.memory.pagecache.size, e.g. 128m; replaces the value in neo4j/neo4j.conf. */
  pageCache?: string;
  readyTimeoutMs?: number;
  log?: Log;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Stops Neo4j cleanly (SIGTERM), SIGKILL after a grace period; resolves once the process is gone. */
  stop(): Promise<void>;
  /** Resolves when the process exits for any reason. */
  exited: Promise<number | null>;
}

function pidFile(home: string): string {
  return join(home, 'neo4j.pid');
}

/** The pid recorded by a running local Neo4j in this data directory, if that process is still alive. */
export function runningPid(home: string): number | undefined {
  const file = pidFile(home);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/**
 * neo4j/neo4j.conf with the page cache set for this instance, written into the data directory: the checked-in
 * file stays the documented default and each instance (dev graph, tests, benchmarks) sizes its own memory.
 */
function instanceConf(home: string, pageCache: string | undefined): string {
  const base = readFileSync(join(NEO4J_DIR, 'neo4j.conf'), 'utf8');
  const lines = base.split('\n').filter((line) => !pageCache || !line.startsWith('server.memory.pagecache.size='));
  if (pageCache) lines.push(`server.memory.pagecache.size=${pageCache}`, '');
  const file = join(home, 'neo4j.conf');
  writeFileSync(file, lines.join('\n'));
  return file;
}

/** Turns the launcher's one-line failure into advice a person can act on. */
function explainFailure(reason: string, opts: LocalNeo4jOptions): string {
  if (/locked by another process/i.test(reason)) {
    return `the data directory ${opts.home} is locked by another Neo4j process. Stop it (npm run neo4j:stop) or use another NEO4J_LOCAL_DATA_DIR.`;
  }
  if (/Address already in use/i.test(reason)) {
    return `port ${opts.port} is already taken. Stop what uses it or set NEO4J_LOCAL_PORT to another port.`;
  }
  return reason;
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? console.log;
  await ensureJars(log);
  const home = resolve(opts.home);
  const existing = runningPid(home);
  if (existing) {
    throw new LocalNeo4jError(`a local Neo4j (pid ${existing}) is already running on ${home}. Stop it with \`npm run neo4j:stop\`, or point NEO4J_URI at it.`);
  }
  if (!(await isPortFree(opts.port))) {
    throw new LocalNeo4jError(`cannot start Neo4j: ${explainFailure('Address already in use', opts)}`);
  }
  mkdirSync(home, { recursive: true });
  const javaArgs = [
    `-Xmx${opts.heap ?? '1g'}`,
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-cp',
    `${LIB_DIR}/*`,
    'local.neo4j.Launcher',
    '--home',
    home,
    '--port',
    String(opts.port),
    '--conf',
    instanceConf(home, opts.pageCache),
    '--exit-with-parent',
    'true',
  ];
  // Neo4j's own output goes to a log file in the data directory; only the launcher's status lines are read.
  const logFile = join(home, 'launcher.log');
  const out = openSync(logFile, 'a');
  const child: ChildProcess = spawn('java', javaArgs, {
    env: { ...process.env, NEO4J_PASSWORD: opts.password },
    // stdin stays open as a lifeline: the launcher exits when it closes, i.e. when this process dies.
    stdio: ['pipe', 'pipe', out],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  writeFileSync(pidFile(home), String(child.pid));
  exited.then(() => rmSync(pidFile(home), { force: true }));

  const timeoutMs = opts.readyTimeoutMs ?? 120_000;
  const lines = createInterface({ input: child.stdout! });
  const ready = new Promise<void>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new LocalNeo4jError(`Neo4j did not become ready within ${timeoutMs / 1000} s; see ${logFile} and ${join(home, 'logs/debug.log')}.`));
    }, timeoutMs);
    lines.on('line', (line) => {
      if (line.startsWith('NEO4J READY')) {
        clearTimeout(timer);
        done();
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      const failure = readFileSync(logFile, 'utf8')
        .split('\n')
        .reverse()
        .find((l) => l.startsWith('NEO4J FAILED'));
      const reason = failure ? explainFailure(failure.replace('NEO4J FAILED ', ''), opts) : `exited with code ${code}; see ${logFile}`;
      fail(new LocalNeo4jError(`Neo4j could not start: ${reason}`));
    });
  });
  log(`[neo4j] starting Neo4j 5.26 on bolt://127.0.0.1:${opts.port} (data: ${home})…`);
  const started = Date.now();
  await ready;
  log(`[neo4j] ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(killer);
  };
  return { uri: `bolt://127.0.0.1:${opts.port}`, pid: child.pid!, stop, exited };
}

/** Stops the local Neo4j recorded in `home` (used by `npm run neo4j:stop`). */
export async function stopByPidFile(home: string, timeoutMs = 30_000): Promise<number | undefined> {
  const pid = runningPid(resolve(home));
  if (!pid) return undefined;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return pid;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(pid, 'SIGKILL');
  return pid;
}
