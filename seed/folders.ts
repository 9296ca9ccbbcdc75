/**
 * Where the article folders are. Its own module, free of the database code of seed/seed.ts, so the check-only
 * `npm run validate` (seed/check.ts) loads nothing it does not use.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../src/paths';

export const ARTICLES_DIR = projectPath('seed', 'articles');

/** Every sub-folder of `root` that holds an article (article.txt): adding an article means adding a folder. */
export function articleFolders(root: string = ARTICLES_DIR): string[] {
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory())
    .sort();
}
