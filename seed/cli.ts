/**
 * npm run seed [-- --reset] [article folders...]
 * npm run seed -- --check [--allow-drafts] [article folders...]: only validates, as `npm run validate` (seed/check.ts)
 * does without the build; nothing connects to a database.
 * Loads seed/articles/* (or the given folders) into the configured Neo4j: NEO4J_URI, or the local one, which is
 * started for the run and stopped afterwards when it is not already running.
 * Exit codes: 0 loaded or unchanged, 1 invalid annotations (every problem listed, nothing written) or database
 * error (articles committed before the failing one stay loaded).
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { AnnotationError, formatProblem } from './annotations';
import { runCheck } from './check';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--check')) return runCheck(argv);
  // Loaded only to seed: a check needs no driver, configuration or Neo4j.
  const [{ connect }, { loadConfig }, { loadDotEnv }, { runSeed }] = await Promise.all([
    import('../src/bootstrap'),
    import('../src/config'),
    import('../src/dotenv'),
    import('./seed'),
  ]);
  const reset = argv.includes('--reset');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--reset');
  if (unknown.length > 0) {
    console.error(
      `seed: unknown option ${unknown.join(', ')}. Usage: npm run seed -- [--reset] [article folders...], or npm run seed -- --check [--allow-drafts] [article folders...]`,
    );
    return 2;
  }
  const folders = argv.filter((a) => !a.startsWith('--')).map((f) => resolve(f));
  loadDotEnv();
  const config = loadConfig();
  const connection = await connect(config, console.log);
  try {
    await runSeed(connection.db, { folders: folders.length > 0 ? folders : undefined, reset, log: console.log });
    return 0;
  } finally {
    await connection.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof AnnotationError) {
      console.error(`seed: nothing was written. ${error.problems.length} problem(s) in the annotations:`);
      for (const p of error.problems) console.error(`  ${formatProblem(p)}`);
    } else {
      // Each article is its own transaction (seed/load.ts): the failing one left nothing, earlier ones stay.
      console.error(
        `seed: failed; articles loaded before the failing one stay loaded and a rerun skips them. ${error instanceof Error ? error.message : error}`,
      );
    }
    process.exit(1);
  },
);
