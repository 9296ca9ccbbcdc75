import { escapeLucene, searchTerms, toLuceneQuery } from '../../../src/search/lucene';
import { snippet } from '../../../src/search/search.repository';

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

describe('search snippets', () => {
  const statement = {
    text: 'China-Russia relations have strong internal driving force and unique strategic value, and are not aimed at, nor are they influenced by, any third party,',
  };

  it('cut the text around the first word that matches', () => {
    expect(snippet(statement, ['third'])).toBe('…at, nor are they influenced by, any third party,');
    expect(snippet(statement, ['strategic'])).toBe('…internal driving force and unique strategic value, and are not aimed at, nor are they influenced by, any third…');
    expect(snippet(statement, ['china'])).toBe('China-Russia relations have strong internal driving force and unique strategic…');
  });

  it('look in the name, the aliases and the description, at the start of a word', () => {
    const xi = { name: 'Xi Jinping', aliases: ['Xi'], description: 'President of China' };
    expect(snippet(xi, ['president'])).toBe('President of China');
    expect(snippet(xi, ['ping', 'china'])).toBe('President of China');
  });

  it('fall back to the start of the text when the analyzer matched another form', () => {
    expect(snippet({ name: 'Alexander Gabuev' }, ['Gabu'])).toBe('Alexander Gabuev');
    expect(snippet({ name: 'Vladimir Putin' }, ['Putins'])).toBe('Vladimir Putin');
    expect(snippet({ name: 'Xi Jinping' }, ['ping'])).toBe('Xi Jinping');
  });
});
