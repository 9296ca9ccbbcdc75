/**
 * The seed step as a function (used by `npm run seed` and by `npm start`): validate every article folder first
 * (nothing is written if any problem is found), apply constraints and the full-text index, then load the
 * articles, one transaction per article (seed/load.ts).
 */
import type { Database } from '../src/db/database';
import { applyConstraints } from '../src/db/schema';
import { readArticleFolders } from './annotations';
import { articleFolders } from './folders';
import type { SeedReport } from './load';
import { describeReport, seedArticles } from './load';

// Re-exported: tests and benches list the folders from here.
export { ARTICLES_DIR, articleFolders } from './folders';

export interface RunSeedOptions {
  folders?: string[];
  reset?: boolean;
  log?: (line: string) => void;
}

export async function runSeed(db: Database, options: RunSeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? (() => undefined);
  const folders = options.folders ?? articleFolders();
  log(`seed: validating ${folders.length} article folder(s)…`);
  const articles = await readArticleFolders(folders);
  const constraints = await applyConstraints(db);
  log(`seed: ${constraints} constraints and indexes in place`);
  const report = await seedArticles(db, articles, { reset: options.reset, log });
  log(describeReport(report));
  return report;
}
