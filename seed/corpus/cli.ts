/**
 * npm run corpus -- --entities N --out DIR [--seed S] [--per-article N]
 * Writes a synthetic corpus (seed/corpus/generate.ts) that `npm run seed -- DIR/*` loads like any article.
 */
import { resolve } from 'node:path';
import { MANIFEST_FILE, writeCorpus } from '.';

const USAGE = 'usage: npm run corpus -- --entities N --out DIR [--seed S] [--per-article N]';

function parse(argv: string[]): { entities: number; out: string; seed: number; perArticle: number } | string {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    if (!['--entities', '--out', '--seed', '--per-article'].includes(argv[i]) || argv[i + 1] === undefined) return `unknown or incomplete option ${argv[i]}`;
    values.set(argv[i], argv[i + 1]);
  }
  const int = (name: string, fallback?: number): number | undefined => {
    const v = values.get(name);
    if (v === undefined) return fallback;
    return /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined;
  };
  const entities = int('--entities');
  const seed = int('--seed', 42);
  const perArticle = int('--per-article', 2000);
  const out = values.get('--out');
  if (!entities || entities < 10) return '--entities must be a whole number of at least 10';
  if (!out) return '--out is required';
  if (!seed || !perArticle) return '--seed and --per-article must be positive whole numbers';
  return { entities, out: resolve(out), seed, perArticle };
}

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`corpus: ${options}\n${USAGE}`);
    return 2;
  }
  const manifest = await writeCorpus({ ...options, log: (line) => console.error(line) });
  console.log(`corpus: ${manifest.counts.articles} article folders and ${MANIFEST_FILE} in ${options.out}`);
  console.log(`corpus: load it with  npm run seed -- ${options.out}/*/`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`corpus: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
