/**
 * DateTextRule: a date's "text" is the article's own words for it, found verbatim.
 */
import { resolveArticleSources } from '../../../../../seed/annotations';
import { folder, pathsAndMessages, relation, statement } from './harness';

const dated = (date: object) => ({ ...statement([{ quote: 'Xi met Putin' }]), date });

describe('DateTextRule', () => {
  it('refuses date words the article does not have', () => {
    expect(pathsAndMessages(folder({ statements: [dated({ value: '2025-02-24', precision: 'DAY', text: 'on Monday' })] }))).toEqual([
      ['statements[0].date.text', 'date text should be the article’s own words for the date, but “on Monday” is not in the article'],
    ]);
  });

  it('leaves the words of a date that does not exist unchecked', () => {
    expect(pathsAndMessages(folder({ relations: [{ ...relation, date: { value: '2025-02-30', precision: 'DAY', text: 'on Monday' } }] }))).toEqual([
      ['relations[0].date.value', 'date "2025-02-30" is not a real calendar date (2025-02 has 28 days)'],
    ]);
  });

  it('keeps the article’s words beside the computed span', () => {
    const { article, problems } = resolveArticleSources(folder({ statements: [dated({ value: '2025-02-24', precision: 'DAY', text: 'Later' })] }));
    expect(problems).toEqual([]);
    expect(article!.statements[0].date).toEqual({ value: '2025-02-24', precision: 'DAY', earliest: '2025-02-24', latest: '2025-02-24', text: 'Later' });
  });
});
