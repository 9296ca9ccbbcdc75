/**
 * `npm run annotate -- <article folder> [--out file] [--known dir]`: writes a draft annotations.json for the
 * folder's article.txt and article.json (annotate.ts), to `--out` or to stdout; the counts of candidates go to
 * stderr. Known entities come from every annotations.json under seed/articles/ (or `--known <dir>`), except the
 * folder's own: a second article naming Putin gets "person:vladimir-putin". An existing annotations.json is never
 * overwritten: `--out` must name another file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotate } from './annotate';
import type { KnownEntity } from './annotate';

export function loadKnown(dir: string, except?: string): KnownEntity[] {
  if (!existsSync(dir)) return [];
  const out: KnownEntity[] = [];
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const path = resolve(dir, folder.name);
    if (except && path === resolve(except)) continue;
    const file = join(path, 'annotations.json');
    if (!existsSync(file)) continue;
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { entities?: KnownEntity[] };
    for (const e of parsed.entities ?? []) if (!out.some((k) => k.id === e.id)) out.push(e);
  }
  return out;
}

/** The project's JSON style: two-space indent, a final newline (as the hand-made files). */
export const formatDraft = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function main(argv: string[]): number {
  const args = [...argv];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const out = flag('--out');
  const knownDir = flag('--known') ?? join(__dirname, '..', 'articles');
  const folder = args[0];
  if (!folder || args.length > 1) {
    process.stderr.write('usage: npm run annotate -- <article folder> [--out file] [--known dir]\n');
    return 2;
  }
  if (out && resolve(out) === resolve(folder, 'annotations.json') && existsSync(out)) {
    process.stderr.write(`refusing to overwrite ${out}: it may hold reviewed annotations; write the draft elsewhere\n`);
    return 2;
  }
  const text = readFileSync(join(folder, 'article.txt'), 'utf8');
  const meta = JSON.parse(readFileSync(join(folder, 'article.json'), 'utf8')) as { publishedOn: string };
  const known = loadKnown(knownDir, folder);
  const { draft, summary, dates } = annotate({ text, publishedOn: meta.publishedOn, known });
  const json = formatDraft(draft);
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  const line = Object.entries(summary)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  process.stderr.write(`[annotate] ${folder}: ${line}\n`);
  for (const d of dates) process.stderr.write(`[annotate]   date ${JSON.stringify(d.text)} → ${d.value} (${d.precision})\n`);
  if (out) process.stderr.write(`[annotate] draft written to ${out}: review every "draft": true item, then remove the flags\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
