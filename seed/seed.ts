/**
 * The seed step as a function (used by `npm run seed` and by `npm start`): validate every article folder first
 * (nothing is written if any problem is found), apply constraints and the full-text index, then load the
 * articles, one transaction per article (seed/load.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../src/paths';
import type { Database } from '../src/db/database';
import { applyConstraints } from '../src/db/schema';
import { readArticleFolders } from './annotations';
import type { SeedReport } from './load';
import { describeReport, seedArticles } from './load';

export const ARTICLES_DIR = projectPath('seed', 'articles');

/** Every sub-folder of `root` that holds an article (article.txt): adding an article means adding a folder. */
export function articleFolders(root: string = ARTICLES_DIR): string[] {
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory())
    .sort();
}

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
