/**
 * Backups of the project's local Neo4j (src/local-neo4j.ts) with Neo4j's own admin tool from the same jars:
 * `neo4j-admin database dump` / `database load` (org.neo4j.cli.AdminTool in neo4j/lib/neo4j-command-line-*.jar,
 * which finds the dump and load commands of neo4j-dbms-*.jar through Java's service loader). Neo4j Community has
 * no online backup: both commands need the database stopped, and the tool itself refuses a store another process
 * holds (store_lock). Used by `npm run backup` / `npm run restore` (scripts/backup-cli.ts) and by the drill
 * (test/integration/backup.int.test.ts). README.md, "Backups", says what to use against a remote Neo4j instead.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { NEO4J_DIR, ensureJars, runningPid } from './local-neo4j';

type Log = (line: string) => void;

export class BackupError extends Error {
  override name = 'BackupError';
}

const LIB_DIR = join(NEO4J_DIR, 'lib');

/** Where a database's store and its transaction logs live under a local Neo4j's data directory (Neo4j 5 layout). */
export function databaseDirs(home: string, database: string): { store: string; txLogs: string } {
  return { store: join(home, 'data', 'databases', database), txLogs: join(home, 'data', 'transactions', database) };
}

/** True when `home` holds a database called `database` (files in its store directory). */
export function databaseExists(home: string, database: string): boolean {
  const { store } = databaseDirs(home, database);
  return existsSync(store) && readdirSync(store).length > 0;
}

/** The command line of a process, from /proc (Linux), for telling the user who holds the database. */
function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return undefined;
  }
}

function parentPid(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * Refuses to touch a database whose Neo4j is running. Every local Neo4j belongs to the Node process that started
 * it (`npm start`, `npm run neo4j:start`, a test or bench: the launcher exits when that process does), so this
 * tool cannot stop it and start it again under the same owner; it names the owner instead.
 */
export function assertStopped(home: string, action: string): void {
  const pid = runningPid(home);
  if (!pid) return;
  const owner = parentPid(pid);
  const ownerCommand = owner ? commandLine(owner) : undefined;
  const by = owner ? ` started by pid ${owner}${ownerCommand ? ` (${ownerCommand.slice(0, 120)})` : ''}` : '';
  throw new BackupError(
    `cannot ${action}: the local Neo4j (pid ${pid}) is running on ${home}${by}. Neo4j Community can only dump or load a stopped database: ` +
      'stop it (Ctrl-C in `npm start` or `npm run neo4j:start`, or `npm run neo4j:stop`), run this again, then start it again.',
  );
}

/** "Files: 12/36, data: 33.4%": the dump and load commands' progress lines, condensed below to a few. */
const PROGRESS = /^Files: (\d+)\/(\d+), data:\s*([\d.]+)%/;

/**
 * Runs neo4j-admin from neo4j/lib against the local Neo4j in `home`. NEO4J_HOME points at the instance's
 * directory (its data/ is where the launcher keeps the databases) and NEO4J_CONF at neo4j/ (the checked-in
 * neo4j.conf: the admin commands need no per-instance setting). Neo4j's progress lines are logged at most once
 * per quarter; its other lines as they come. Resolves with the tool's exit code and its last lines.
 */
async function adminTool(home: string, args: string[], log: Log, stdinFile?: string): Promise<{ code: number; tail: string[] }> {
  await ensureJars(log);
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const child = spawn('java', ['-cp', `${LIB_DIR}/*`, 'org.neo4j.cli.AdminTool', ...args], {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: NEO4J_DIR },
    stdio: [stdin, 'pipe', 'pipe'],
  });
  if (typeof stdin === 'number') closeSync(stdin);
  const tail: string[] = [];
  let quarter = -1;
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (!line.trim()) return;
      tail.push(line);
      if (tail.length > 20) tail.shift();
      const progress = PROGRESS.exec(line);
      if (progress) {
        const q = Math.floor(Number(progress[3]) / 25);
        if (q > quarter) {
          quarter = q;
          log(`[backup]   ${progress[3]}% (${progress[1]}/${progress[2]} files)`);
        }
        return;
      }
      log(`[backup]   ${line.replace(/^\S+ \S+ INFO\s+/, '')}`);
    });
  }
  const code = await new Promise<number>((done) => {
    child.once('error', () => done(127));
    child.once('close', (c) => done(c ?? 1));
  });
  return { code, tail };
}

/** The database's problem in the admin tool's words: its "Failed to …" line, or the last lines. */
function reason(tail: string[]): string {
  const failed = tail.find((l) => /^Failed to /.test(l) || /^Error: /.test(l) || /in use/i.test(l));
  return failed ?? tail.slice(-4).join(' / ');
}

/** 2026-11-29T08-04-17Z: sortable, no ':' (which some file systems and tools refuse). */
export function timestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

export interface DumpOptions {
  /** The local Neo4j's data directory (NEO4J_LOCAL_DATA_DIR). */
  home: string;
  database: string;
  /** Directory for the dump file; created when missing. */
  toDir: string;
  log?: Log;
  now?: Date;
}

export interface DumpResult {
  file: string;
  bytes: number;
  seconds: number;
}

/**
 * Dumps a stopped local database into `<toDir>/<database>-<UTC timestamp>.dump`. The tool writes into a fresh
 * directory next to it first and the file is renamed only once the dump completed, so a failed or interrupted
 * dump never leaves a file with a backup's name.
 */
export async function dumpDatabase({ home, database, toDir, log = console.log, now = new Date() }: DumpOptions): Promise<DumpResult> {
  home = resolve(home);
  assertStopped(home, 'back up');
  if (!databaseExists(home, database)) {
    throw new BackupError(`there is no database '${database}' in ${home} to back up (start it once with \`npm start\`, or check NEO4J_LOCAL_DATA_DIR)`);
  }
  const dir = resolve(toDir);
  const file = join(dir, `${database}-${timestamp(now)}.dump`);
  if (existsSync(file)) throw new BackupError(`${file} already exists; not overwriting a backup`);
  const partial = join(dir, `.partial-${basename(file)}`);
  mkdirSync(partial, { recursive: true });
  const started = Date.now();
  log(`[backup] dumping database '${database}' of ${home} (Neo4j is stopped, so the dump is consistent)…`);
  try {
    const { code, tail } = await adminTool(home, ['database', 'dump', database, `--to-path=${partial}`], log);
    const written = join(partial, `${database}.dump`);
    if (code !== 0 || !existsSync(written)) throw new BackupError(`neo4j-admin database dump failed (exit ${code}): ${reason(tail)}`);
    renameSync(written, file);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  const result = { file, bytes: statSync(file).size, seconds: (Date.now() - started) / 1000 };
  log(`[backup] wrote ${file} (${formatBytes(result.bytes)}, ${result.seconds.toFixed(1)} s)`);
  return result;
}

export interface LoadOptions {
  home: string;
  database: string;
  file: string;
  /** Replace an existing database. Without it, an existing database is a refusal (scripts/backup-cli.ts asks first). */
  force: boolean;
  log?: Log;
}

/**
 * The magic header a Neo4j 5 dump starts with: "DZV1" (zstd, what `database dump` writes) or "DGV1" (gzip), the
 * MAGIC_HEADER constants of DumpZstdFormatV1 / DumpGzipFormatV1 in neo4j-dbms. Checked first so a wrong file
 * gets a clear answer before anything is moved; a damaged body is only found while loading.
 */
const DUMP_MAGIC = ['DZV1', 'DGV1'];

function hasDumpHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && DUMP_MAGIC.includes(head.toString('latin1'));
  } finally {
    closeSync(fd);
  }
}

/**
 * Loads a dump over the local database. The current store and transaction logs are moved aside first and put
 * back when the load fails (a truncated or foreign file is only found out while extracting), so a bad dump
 * leaves the database as it was; they are deleted once the dump has loaded completely.
 */
export async function loadDump({ home, database, file, force, log = console.log }: LoadOptions): Promise<{ seconds: number }> {
  home = resolve(home);
  const source = resolve(file);
  if (!existsSync(source) || !statSync(source).isFile()) throw new BackupError(`no dump file at ${source}`);
  if (!hasDumpHeader(source)) throw new BackupError(`${source} is not a Neo4j dump (it does not start with a dump header); nothing was changed`);
  assertStopped(home, 'restore');
  const exists = databaseExists(home, database);
  if (exists && !force) {
    throw new BackupError(`database '${database}' already exists in ${home}; pass --force to replace it with ${source}`);
  }
  const dirs = databaseDirs(home, database);
  const stamp = `.before-restore-${process.pid}`;
  const aside = { store: dirs.store + stamp, txLogs: dirs.txLogs + stamp };
  for (const key of ['store', 'txLogs'] as const) {
    rmSync(aside[key], { recursive: true, force: true });
    if (existsSync(dirs[key])) renameSync(dirs[key], aside[key]);
  }
  const putBack = () => {
    for (const key of ['store', 'txLogs'] as const) {
      rmSync(dirs[key], { recursive: true, force: true });
      if (existsSync(aside[key])) renameSync(aside[key], dirs[key]);
    }
  };
  const started = Date.now();
  log(`[backup] loading ${source} into database '${database}' of ${home}${exists ? ' (replacing it)' : ''}…`);
  let result: { code: number; tail: string[] };
  try {
    result = await adminTool(home, ['database', 'load', database, '--from-stdin', '--overwrite-destination=true'], log, source);
  } catch (error) {
    putBack();
    throw error;
  }
  if (result.code !== 0) {
    putBack();
    throw new BackupError(
      `${source} could not be loaded, it is not a complete Neo4j dump (${reason(result.tail)}); ${exists ? 'the database is unchanged' : 'nothing was loaded'}`,
    );
  }
  for (const key of ['store', 'txLogs'] as const) rmSync(aside[key], { recursive: true, force: true });
  const seconds = (Date.now() - started) / 1000;
  log(`[backup] restored database '${database}' from ${source} (${seconds.toFixed(1)} s); start Neo4j again to use it`);
  return { seconds };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
