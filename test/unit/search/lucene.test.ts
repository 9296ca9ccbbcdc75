import { scopeToken } from '../../../src/graph';
import { escapeLucene, queryTerms, searchTerms, toLuceneQuery } from '../../../src/search/lucene';

describe('Lucene escaping', () => {
  it('escapes every query-syntax character', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
    expect(escapeLucene('U.S.-led')).toBe('U.S.\\-led');
  });

  it('turns user text into plain terms, the last one also as a prefix', () => {
    expect(queryTerms('Xi Jinping')).toEqual(['Xi', 'Jinping', 'Jinping*']);
    expect(queryTerms('Gabu')).toEqual(['Gabu', 'Gabu*']);
  });

  it('searches each term in the text fields only, the words as one required group', () => {
    expect(toLuceneQuery('Gabu')).toBe('+((name:Gabu aliasText:Gabu description:Gabu text:Gabu) (name:Gabu* aliasText:Gabu* description:Gabu* text:Gabu*))');
  });

  it('requires one token of each scope list, boosted by 0 so that scores stay as they are', () => {
    const kinds = ['PERSON', 'STATEMENT'].map((k) => scopeToken('kind', k));
    const speaker = scopeToken('speaker', 'person:xi-jinping');
    expect(toLuceneQuery('Xi', [kinds, [], [speaker]])).toBe(
      `+((name:Xi aliasText:Xi description:Xi text:Xi) (name:Xi* aliasText:Xi* description:Xi* text:Xi*)) +searchScope:(${kinds.join(' ')})^0 +searchScope:(${speaker})^0`,
    );
    expect(toLuceneQuery('"', [[speaker]])).toBeNull();
  });

  it('drops operator words and escapes syntax, so `Xi AND (` cannot break the parser', () => {
    expect(queryTerms('Xi AND (')).toEqual(['Xi', '\\(', 'Xi*']);
    expect(queryTerms('NOT Putin OR Xi')).toEqual(['Putin', 'Xi', 'Xi*']);
    expect(queryTerms('title:"no limits"~2')).toEqual(['title\\:\\"no', 'limits\\"\\~2']);
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
