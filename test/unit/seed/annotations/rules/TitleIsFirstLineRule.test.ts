/**
 * TitleIsFirstLineRule: article.json's title is the first line of article.txt, exactly.
 */
import { folder, problems } from './harness';

describe('TitleIsFirstLineRule', () => {
  it('shows the first line and the title that differs from it', () => {
    expect(problems(folder({}, { meta: { title: 'Title line.' } }))).toEqual([
      {
        file: '/tmp/rules/article.json',
        path: 'title',
        line: 1,
        message: 'title must be the first line of article.txt, exactly: “Title line” (got “Title line.”)',
      },
    ]);
  });

  it('has nothing to compare when the text is empty', () => {
    expect(problems(folder({}, { text: '', meta: { title: 'Title line.' } })).map((p) => p.message)).toEqual(['article.txt is empty']);
  });
});
