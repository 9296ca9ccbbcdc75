/**
 * `npm run annotate:eval [-- <article folder>]`: recall of the draft annotator (annotate.ts) against a hand-made
 * annotations.json. The article is annotated with its own annotations hidden: no known entities (the folder's
 * own file is the answer, and it is the only article), the draft kept in memory, the hand-made file never
 * touched. Printed: quotations (DIRECT_QUOTE and PARTIAL_QUOTE statements) found with the right speaker,
 * speakers, entities (by id, or by a name or alias in common) and dates (value and precision; dates the article
 * words, i.e. with a `text`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUOTE_FORMS } from '../../src/graph';
import type { StatementForm } from '../../src/graph';
import { occurrences, storedText } from '../annotations/text';
import { annotate, normalizeName } from './annotate';
import type { DraftEntity, KnownEntity } from './annotate';

interface GoldEvidence {
  quote: string;
  occurrence?: number;
}
interface GoldStatement {
  id: string;
  speaker?: string | null;
  form: StatementForm;
  evidence: GoldEvidence[];
  date?: GoldDate;
}
interface GoldDate {
  value: string;
  precision: string;
  text?: string;
}
interface Gold {
  entities: (KnownEntity & { date?: GoldDate })[];
  statements: GoldStatement[];
  relations: { date?: GoldDate }[];
}

export interface Recall {
  found: number;
  total: number;
  missed: string[];
}
export interface EvalReport {
  quotations: Recall;
  speakers: Recall;
  entities: Recall;
  dates: Recall;
  summary: Record<string, number>;
}

const span = (text: string, e: GoldEvidence) => {
  const start = occurrences(text, e.quote)[(e.occurrence ?? 1) - 1] ?? -1;
  return { start, end: start + e.quote.length };
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start >= 0 && b.start >= 0 && a.start < b.end && b.start < a.end;
const recall = (items: string[], ok: (item: string) => boolean): Recall => {
  const missed = items.filter((i) => !ok(i));
  return { found: items.length - missed.length, total: items.length, missed };
};

export function evaluate(folder: string): EvalReport {
  const text = storedText(readFileSync(join(folder, 'article.txt'), 'utf8'));
  const meta = JSON.parse(readFileSync(join(folder, 'article.json'), 'utf8')) as { publishedOn: string };
  const gold = JSON.parse(readFileSync(join(folder, 'annotations.json'), 'utf8')) as Gold;
  const { draft, dates, summary } = annotate({ text, publishedOn: meta.publishedOn, known: [] });

  const forms = (e: { name: string; aliases?: string[] }) => new Set([e.name, ...(e.aliases ?? [])].map(normalizeName));
  const sameEntity = (c: DraftEntity, g: KnownEntity) => c.id === g.id || [...forms(c)].some((f) => forms(g).has(f));
  const goldById = new Map(gold.entities.map((g) => [g.id, g]));
  const candById = new Map(draft.entities.map((c) => [c.id, c]));
  /** A draft speaker id names the gold entity: the same id, or a candidate sharing a name or alias with it. */
  const isSpeaker = (cand: string | undefined, goldId: string) => {
    if (cand === goldId) return true;
    const c = cand ? candById.get(cand) : undefined;
    const g = goldById.get(goldId);
    return !!c && !!g && sameEntity(c, g);
  };

  const quotations = gold.statements.filter((s) => QUOTE_FORMS.has(s.form) && s.speaker);
  const quoteRecall = recall(
    quotations.map((s) => s.id),
    (id) => {
      const g = quotations.find((s) => s.id === id)!;
      const spans = g.evidence.map((e) => span(text, e));
      return draft.statements.some((c) => isSpeaker(c.speaker, g.speaker!) && c.evidence.some((e) => spans.some((s) => overlaps(span(text, e), s))));
    },
  );
  const speakers = [...new Set(gold.statements.flatMap((s) => (s.speaker ? [s.speaker] : [])))];
  const speakerRecall = recall(speakers, (id) => draft.statements.some((c) => isSpeaker(c.speaker, id)));
  const entityRecall = recall(
    gold.entities.map((g) => g.id),
    (id) => draft.entities.some((c) => sameEntity(c, goldById.get(id)!)),
  );
  const goldDates = [...gold.entities, ...gold.statements, ...gold.relations].flatMap((x) => (x.date?.text ? [x.date] : []));
  const keys = [...new Set(goldDates.map((d) => `${d.value} ${d.precision}`))];
  const dateRecall = recall(keys, (k) => dates.some((d) => `${d.value} ${d.precision}` === k));
  return { quotations: quoteRecall, speakers: speakerRecall, entities: entityRecall, dates: dateRecall, summary };
}

function main(): void {
  const folder = process.argv[2] ?? join(__dirname, '..', 'articles', 'xi-putin-call-2025-02-24');
  const report = evaluate(folder);
  const pct = (r: Recall) => `${r.found}/${r.total} (${Math.round((100 * r.found) / r.total)}%)`;
  process.stdout.write(`annotator recall on ${folder} (its annotations hidden)\n`);
  process.stdout.write(`  quotations with the right speaker  ${pct(report.quotations)}\n`);
  process.stdout.write(`  speakers                           ${pct(report.speakers)}\n`);
  process.stdout.write(`  entities (id or name/alias)        ${pct(report.entities)}\n`);
  process.stdout.write(`  dates (value and precision)        ${pct(report.dates)}\n`);
  for (const key of ['quotations', 'speakers', 'entities', 'dates'] as const)
    if (report[key].missed.length > 0) process.stdout.write(`  missed ${key}: ${report[key].missed.join(', ')}\n`);
}

if (require.main === module) main();
