/**
 * The draft annotator (seed/annotate/) on a made-up article whose names, countries and dates appear in no
 * rule or in the project's article: the rules generalise. And on the project's article: the draft (its flags
 * stripped) passes the validator, and the stored hand-made file is not the source of its answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveArticleSources } from '../../../../seed/annotations';
import { annotate, withoutDraftMarks } from '../../../../seed/annotate/annotate';
import type { AnnotateResult } from '../../../../seed/annotate/annotate';
import { evaluate } from '../../../../seed/annotate/eval';

const TEXT = `Brazil’s Moreno seeks a ‘fair deal’ with Portugal

On Tuesday, Brazil’s official media reported that President Carla Moreno spoke with Prime Minister Luis Fontes over the phone.

“Our two nations share a history that no dispute can erase,” Moreno said.

Fontes said that Portugal “will not accept any tariffs on its wine” and that the talks would resume in June.

According to Marta Ribeiro, director of the Lisbon Policy Institute, “Neither side wants a trade war before the elections.”

Critics say the talks are a distraction. Portugal has denied blocking the agreement. The ministers met earlier this month.
`;
const META = { id: 'article:2025-03-13-made-up', title: 'Brazil’s Moreno seeks a ‘fair deal’ with Portugal', publishedOn: '2025-03-13', language: 'en' };

/** The validator's verdict on a draft with every "draft" flag removed (the review step). */
function problemsOf(result: AnnotateResult, text: string, meta: object): string[] {
  const outcome = resolveArticleSources({ dir: 'draft', text, meta: JSON.stringify(meta), annotations: JSON.stringify(withoutDraftMarks(result.draft)) });
  return outcome.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('annotate on a made-up article', () => {
  const result = annotate({ text: TEXT, publishedOn: META.publishedOn });
  const { entities, statements } = result.draft;
  const speakerOf = (words: string) => statements.find((s) => s.text.includes(words))?.speaker;

  it('finds people, countries and organisations, with ids in the project spelling', () => {
    const ids = entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['person:carla-moreno', 'person:luis-fontes', 'person:marta-ribeiro', 'country:portugal', 'country:brazil']));
    expect(ids).toContain('organization:lisbon-policy-institute');
    expect(entities.find((e) => e.id === 'person:carla-moreno')?.aliases).toContain('Moreno');
  });

  it('gives each quotation its speaker, form and act', () => {
    expect(speakerOf('Our two nations share a history')).toBe('person:carla-moreno');
    expect(statements.find((s) => s.text.startsWith('Our two nations'))?.form).toBe('DIRECT_QUOTE');
    expect(speakerOf('will not accept any tariffs')).toBe('person:luis-fontes');
    expect(statements.find((s) => s.text.startsWith('will not accept'))?.form).toBe('PARTIAL_QUOTE');
    expect(speakerOf('Neither side wants a trade war')).toBe('person:marta-ribeiro');
    const denial = statements.find((s) => s.act === 'DENIAL');
    expect(denial?.speaker).toBe('country:portugal');
    expect(statements.find((s) => s.speaker === 'organization:critics')?.form).toBe('PARAPHRASE');
    expect(statements.find((s) => s.speaker === 'organization:brazils-official-media')?.act).toBe('REPORT');
  });

  it('resolves dates against the publication day, with their precision and words', () => {
    const byText = Object.fromEntries(result.dates.map((d) => [d.text, `${d.value} ${d.precision}`]));
    expect(byText['On Tuesday']).toBe('2025-03-11 DAY');
    expect(byText['June']).toBe('2025-06 MONTH');
    expect(byText['earlier this month']).toBe('2025-03-01/2025-03-12 RANGE');
    expect(annotate({ text: 'They met last week.', publishedOn: '2025-03-13' }).dates[0]).toMatchObject({ value: '2025-W10', precision: 'WEEK' });
  });

  it('marks every guess and the file as a draft, with evidence quoted from the text', () => {
    expect(result.draft.draft).toBe(true);
    for (const x of [...entities, ...statements, ...result.draft.notStatements]) expect(x.draft).toBe(true);
    for (const s of statements) for (const e of s.evidence) expect(TEXT).toContain(e.quote);
  });

  it('keeps the id of an entity another article already has', () => {
    const known = [{ id: 'person:luis-fontes-da-silva', kind: 'PERSON' as const, name: 'Luis Fontes', aliases: ['Fontes', 'Minister Fontes'] }];
    const again = annotate({ text: TEXT, publishedOn: META.publishedOn, known });
    const fontes = again.draft.entities.find((e) => e.name === 'Luis Fontes');
    expect(fontes).toMatchObject({ id: 'person:luis-fontes-da-silva', aliases: ['Fontes'] });
    expect(again.draft.statements.find((s) => s.text.startsWith('will not accept'))?.speaker).toBe('person:luis-fontes-da-silva');
  });

  it('links every entity an evidence names: by role where the words say, otherwise about', () => {
    const fontes = statements.find((s) => s.text.startsWith('will not accept'));
    expect(fontes?.speaker).toBe('person:luis-fontes');
    expect(fontes?.about).toEqual(expect.arrayContaining(['country:portugal']));
    expect(fontes?.about).not.toContain('person:luis-fontes');
    const report = statements.find((s) => s.speaker === 'organization:brazils-official-media');
    expect(report?.about).toEqual(expect.arrayContaining(['person:carla-moreno', 'person:luis-fontes']));
  });

  it('lists the quotation no statement took in notStatements, as a guess', () => {
    expect(result.draft.notStatements).toEqual([{ quote: 'fair deal', reason: expect.stringMatching(/^draft guess: .*headline/), draft: true }]);
  });

  it('finds the speaker before a clause closed by a comma', () => {
    const text = 'Talks resume\n\nMarta Ribeiro, who heads the Lisbon Policy Institute, said the talks “will go on” in June.';
    const { draft } = annotate({ text, publishedOn: META.publishedOn });
    expect(draft.statements.find((s) => s.text === 'will go on')?.speaker).toBe('person:marta-ribeiro');
  });

  it('reads the words after "told X" and after "According to X, <description>,", the event spoken at, a future month', () => {
    const text = [
      'Moreno meets Fontes',
      'On Tuesday, Carla Moreno received Luis Fontes in Lisbon for talks on wine.',
      '“We have no quarrel,” Moreno said at the start of the talks.',
      'Fontes told Moreno that tariffs would fall.',
      'According to Marta Ribeiro, director of the Lisbon Policy Institute, the two sides are close.',
      'The two agreed to meet again in January.',
    ].join('\n\n');
    const { draft, dates } = annotate({ text, publishedOn: META.publishedOn });
    const talks = draft.entities.find((e) => e.name === 'talks');
    expect(talks?.date).toMatchObject({ value: '2025-03-11', precision: 'DAY' });
    const quote = draft.statements.find((s) => s.text === 'We have no quarrel');
    expect(quote).toMatchObject({ speaker: 'person:carla-moreno', event: talks?.id, date: { value: '2025-03-11' } });
    expect(draft.statements.find((s) => s.speaker === 'person:luis-fontes')).toMatchObject({
      addressees: ['person:carla-moreno'],
      text: 'tariffs would fall.',
    });
    expect(draft.statements.find((s) => s.speaker === 'person:marta-ribeiro')?.text).toBe('the two sides are close.');
    // Published in March 2025: "meet again in January" is January 2026, not the January just past.
    expect(dates.find((d) => d.text === 'January')).toMatchObject({ value: '2026-01', precision: 'MONTH' });
  });

  it('passes the validator once the draft flags are removed', () => {
    expect(problemsOf(result, TEXT, META)).toEqual([]);
  });
});

describe('annotate on the project article', () => {
  const dir = join(__dirname, '../../../../seed/articles/xi-putin-call-2025-02-24');
  const text = readFileSync(join(dir, 'article.txt'), 'utf8');
  const meta = JSON.parse(readFileSync(join(dir, 'article.json'), 'utf8')) as { publishedOn: string };

  it('writes a draft the validator accepts once reviewed', () => {
    const result = annotate({ text, publishedOn: meta.publishedOn });
    expect(result.summary.quotations).toBeGreaterThan(5);
    expect(problemsOf(result, text, meta)).toEqual([]);
  });
});

describe('annotate:eval', () => {
  it('meets the recall targets on the project article with its annotations hidden', () => {
    const report = evaluate(join(__dirname, '../../../../seed/articles/xi-putin-call-2025-02-24'));
    const rate = (r: { found: number; total: number }) => r.found / r.total;
    expect(report.quotations.total).toBeGreaterThan(0);
    expect(rate(report.quotations)).toBeGreaterThanOrEqual(0.9);
    expect(rate(report.entities)).toBeGreaterThanOrEqual(0.8);
    expect(rate(report.dates)).toBeGreaterThanOrEqual(0.8);
  });
});
