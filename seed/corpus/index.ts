/**
 * The synthetic corpus on disk: one folder per article (article.txt, article.json, annotations.json, the same
 * files as seed/articles/*) and `corpus.json` beside them, the manifest with counts and probes. The seed step
 * loads every sub-folder of a directory as an article, so the manifest is a file, never a folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusManifest } from './generate';
import { generateCorpus } from './generate';

export type { CorpusCounts, CorpusManifest, CorpusOptions, CorpusProbes, GeneratedArticle } from './generate';
export { generateCorpus } from './generate';

export const MANIFEST_FILE = 'corpus.json';

export interface WriteCorpusOptions {
  entities: number;
  seed?: number;
  perArticle?: number;
  /** Output directory; created when missing. Existing article folders of the same name are overwritten. */
  out: string;
  log?: (line: string) => void;
}

export async function writeCorpus(options: WriteCorpusOptions): Promise<CorpusManifest> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const { articles, manifest } = generateCorpus(options);
  log(
    `corpus: generated ${manifest.counts.entities} entities, ${manifest.counts.statements} statements, ${manifest.counts.relations} relations in ${articles.length} article(s) (${Math.round(performance.now() - started)} ms); writing…`,
  );
  await mkdir(options.out, { recursive: true });
  for (const [i, article] of articles.entries()) {
    const dir = join(options.out, article.folder);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'article.txt'), article.text);
    await writeFile(join(dir, 'article.json'), `${JSON.stringify(article.meta, null, 2)}\n`);
    await writeFile(join(dir, 'annotations.json'), `${JSON.stringify(article.annotations, null, 1)}\n`);
    if ((i + 1) % 10 === 0 || i + 1 === articles.length) {
      const seconds = (performance.now() - started) / 1000;
      log(`corpus: ${i + 1}/${articles.length} articles written (${Math.round(manifest.counts.entities / seconds)} entities/s overall)`);
    }
  }
  await writeFile(join(options.out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
