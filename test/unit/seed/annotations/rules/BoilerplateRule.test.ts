/**
 * BoilerplateRule: article.txt holds the article, not the web page's comment form or share buttons.
 */
import { folder, problems, TEXT } from './harness';

describe('BoilerplateRule', () => {
  it('names each boilerplate line found, with its line in article.txt', () => {
    expect(problems(folder({}, { text: `${TEXT}\nShare this:\n\nYour email address will not be published. Required fields are marked` }))).toEqual([
      { file: '/tmp/rules/article.txt', path: '', line: 7, message: 'article.txt contains page boilerplate “Share this:”: keep only the article itself' },
      {
        file: '/tmp/rules/article.txt',
        path: '',
        line: 9,
        message: 'article.txt contains page boilerplate “Your email address will not be published”: keep only the article itself',
      },
    ]);
  });

  it('matches a whole line only, so the article may use the words', () => {
    expect(problems(folder({}, { text: `${TEXT}\nA button said Share this: and nothing more.` }))).toEqual([]);
  });
});
