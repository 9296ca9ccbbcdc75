/**
 * npm run backup [-- --to <dir>]          dump the local Neo4j's database into <dir> (default .data/backups)
 * npm run restore -- <dump file> [--force] load a dump over it (asks first on a terminal; elsewhere needs --force)
 *
 * Both work on the project's local Neo4j (NEO4J_LOCAL_DATA_DIR, NEO4J_DATABASE) while it is stopped
 * (src/local-backup.ts says why). With NEO4J_URI set the API uses another Neo4j, which this does not back up:
 * README.md, "Backups", says what to use there.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../src/config';
import { loadDotEnv } from '../src/dotenv';
import { BackupError, databaseExists, dumpDatabase, loadDump } from '../src/local-backup';
import { projectPath } from '../src/paths';

const USAGE = 'usage: npm run backup [-- --to <dir>] | npm run restore -- <dump file> [--force]';

export const DEFAULT_BACKUP_DIR = projectPath('.data', 'backups');

export interface CliIo {
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** Asks a yes/no question; undefined when there is nobody to ask (stdin is not a terminal). */
  confirm?: (question: string) => Promise<boolean>;
}

async function askOnTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

function parse(args: string[]): { positional: string[]; to?: string; force: boolean } {
  const positional: string[] = [];
  let to: string | undefined;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--force') force = true;
    else if (arg === '--to') {
      to = args[++i];
      if (!to) throw new BackupError(`--to needs a directory. ${USAGE}`);
    } else if (arg.startsWith('--to=')) to = arg.slice('--to='.length);
    else if (arg.startsWith('-')) throw new BackupError(`unknown option ${arg}. ${USAGE}`);
    else positional.push(arg);
  }
  return { positional, to, force };
}

/** Runs `backup` or `restore` with its arguments; resolves with the exit code. */
export async function runBackupCli(command: string | undefined, args: string[], io: CliIo): Promise<number> {
  const config = loadConfig(io.env);
  const home = config.localNeo4j.dataDir;
  const database = config.neo4jDatabase;
  if (config.neo4jUri) {
    io.log(`[backup] note: NEO4J_URI is set (${config.neo4jUri}); this works on the local Neo4j in ${home}, not on that server (README.md, "Backups")`);
  }
  const { positional, to, force } = parse(args);
  switch (command) {
    case 'backup': {
      if (positional.length > 0) throw new BackupError(`backup takes no file argument. ${USAGE}`);
      await dumpDatabase({ home, database, toDir: to ? resolve(to) : DEFAULT_BACKUP_DIR, log: io.log });
      return 0;
    }
    case 'restore': {
      if (positional.length !== 1 || to) throw new BackupError(`restore takes one dump file. ${USAGE}`);
      let replace = force;
      if (!replace && databaseExists(home, database) && io.confirm) {
        replace = await io.confirm(`Replace database '${database}' in ${home} with ${resolve(positional[0])}? Its current contents are lost.`);
        if (!replace) {
          io.log('[backup] not restored; nothing was changed');
          return 1;
        }
      }
      await loadDump({ home, database, file: positional[0], force: replace, log: io.log });
      return 0;
    }
    default:
      throw new BackupError(USAGE);
  }
}

if (require.main === module) {
  loadDotEnv();
  const io: CliIo = { env: process.env, log: console.log, confirm: process.stdin.isTTY ? askOnTerminal : undefined };
  runBackupCli(process.argv[2], process.argv.slice(3), io).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`[backup] ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}
