import { escapeLucene, searchTerms, toLuceneQuery } from '../../../src/search/lucene';

describe('Lucene escaping', () => {
  it('escapes every query-syntax character', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
    expect(escapeLucene('U.S.-led')).toBe('U.S.\\-led');
  });

  it('turns user text into plain terms, the last one also as a prefix', () => {
    expect(toLuceneQuery('Xi Jinping')).toBe('Xi Jinping Jinping*');
    expect(toLuceneQuery('Gabu')).toBe('Gabu Gabu*');
  });

  it('drops operator words and escapes syntax, so `Xi AND (` cannot break the parser', () => {
    expect(toLuceneQuery('Xi AND (')).toBe('Xi \\( Xi*');
    expect(toLuceneQuery('NOT Putin OR Xi')).toBe('Putin Xi Xi*');
    expect(toLuceneQuery('title:"no limits"~2')).toBe('title\\:\\"no limits\\"\\~2');
  });

  it('answers null when nothing searchable is left', () => {
    expect(toLuceneQuery('"')).toBeNull();
    expect(toLuceneQuery(' ( ) ')).toBeNull();
    expect(toLuceneQuery('AND OR')).toBeNull();
  });

  it('keeps the words of the query for snippets', () => {
    expect(searchTerms('"no limits" AND (Xi)')).toEqual(['no', 'limits', 'Xi']);
  });
});
