/**
 * npm run validate [-- --allow-drafts] [article folders...]
 * Checks article folders (all of seed/articles/* by default) with the validator the seed step runs
 * (seed/annotations), and nothing else: no database, no Java, no build. tsx (esbuild) strips the types as Node
 * loads each file. Prints every problem with its file, line and JSON path. `--allow-drafts`
 * accepts items still marked "draft": true (the annotator's unreviewed output), to check the rest of a draft.
 * `npm run seed -- --check` does the same after the seed script's build.
 * Exit codes: 0 every folder is valid, 1 problems (all listed), 2 usage.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { AnnotationError, formatProblem, readArticleFolders } from './annotations';
import { articleFolders } from './folders';

const USAGE = 'Usage: npm run validate -- [--allow-drafts] [article folders...]';

export async function runCheck(argv: string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<number> {
  const options = argv.filter((a) => a.startsWith('--') && a !== '--check');
  const unknown = options.filter((a) => a !== '--allow-drafts');
  if (unknown.length > 0) {
    err(`validate: unknown option ${unknown.join(', ')}. ${USAGE}`);
    return 2;
  }
  const given = argv.filter((a) => !a.startsWith('--')).map((f) => resolve(f));
  const missing = given.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    err(`validate: no such folder: ${missing.join(', ')}. ${USAGE}`);
    return 2;
  }
  const folders = given.length > 0 ? given : articleFolders();
  // Paths below the working directory are shown relative to it, others as given.
  const shown = (file: string) => {
    const r = relative(process.cwd(), file);
    return r && !r.startsWith('..') && !isAbsolute(r) ? r : file;
  };
  try {
    const articles = await readArticleFolders(folders, { allowDrafts: options.includes('--allow-drafts') });
    for (const [i, a] of articles.entries()) {
      out(`validate: ${shown(folders[i])} is valid: ${a.entities.length} entities, ${a.statements.length} statements, ${a.relations.length} relations`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AnnotationError)) throw error;
    err(`validate: ${error.problems.length} problem(s) in ${folders.length} article folder(s):`);
    for (const p of error.problems) err(`  ${formatProblem({ ...p, file: shown(p.file) })}`);
    return 1;
  }
}

if (require.main === module) {
  runCheck(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`validate: failed: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}
