/**
 * HonestDatesRule: the publication day and every annotated date are real dates of the precision they claim.
 */
import { resolveArticleSources } from '../../../../../seed/annotations';
import { entities, event, folder, pathsAndMessages, problems, relation, statement } from './harness';

describe('HonestDatesRule', () => {
  it('refuses a publication day that is not in the calendar', () => {
    expect(problems(folder({}, { meta: { publishedOn: '2025-02-29' } }))).toEqual([
      { file: '/tmp/rules/article.json', path: 'publishedOn', line: 1, message: 'publishedOn "2025-02-29" is not a real calendar date (2025-02 has 28 days)' },
    ]);
  });

  it('refuses event, statement and relation dates that do not exist at their precision', () => {
    const annotations = {
      entities: [...entities, { ...event, date: { value: '2025-02-24', precision: 'WEEK' } }],
      statements: [{ ...statement([{ quote: 'Xi met Putin' }]), event: event.id, date: { value: '2025-W53', precision: 'WEEK' } }],
      relations: [{ ...relation, date: { value: '2025-03/2025-02', precision: 'RANGE' } }],
    };
    expect(pathsAndMessages(folder(annotations))).toEqual([
      ['entities[2].date.value', 'date "2025-02-24" does not match WEEK precision (expected YYYY-Www (ISO week))'],
      ['statements[0].date.value', 'date "2025-W53": ISO year 2025 has weeks W01..W52'],
      ['relations[0].date.value', 'date RANGE "2025-03/2025-02" ends before it starts (2025-03-01 > 2025-02-01)'],
    ]);
  });

  it('resolves a real date to the calendar span it covers', () => {
    const { article, problems: found } = resolveArticleSources(
      folder({ relations: [{ ...relation, date: { value: '2024-W01', precision: 'WEEK' } }] }, { meta: { publishedOn: '2024-02-29' } }),
    );
    expect(found).toEqual([]);
    expect(article!.relations[0].date).toEqual({ value: '2024-W01', precision: 'WEEK', earliest: '2024-01-01', latest: '2024-01-07' });
  });
});
