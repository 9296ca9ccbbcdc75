/**
 * TextNotEmptyRule: article.txt holds text (what is left once a BOM, blank lines and trailing spaces go).
 */
import { folder, problems } from './harness';

describe('TextNotEmptyRule', () => {
  it('refuses a text file with nothing but a BOM and blank lines', () => {
    expect(problems(folder({}, { text: '\ufeff\r\n  \n' }))).toEqual([{ file: '/tmp/rules/article.txt', path: '', message: 'article.txt is empty' }]);
  });

  it('says nothing of a missing file beyond that it is missing', () => {
    expect(problems({ ...folder(), text: undefined })).toEqual([
      { file: '/tmp/rules/article.txt', path: '', message: 'article.txt is missing from the article folder' },
    ]);
  });
});
