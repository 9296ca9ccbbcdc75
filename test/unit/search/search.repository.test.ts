import { snippet } from '../../../src/search/search.repository';

describe('search snippets', () => {
  const statement = {
    text: 'China-Russia relations have strong internal driving force and unique strategic value, and are not aimed at, nor are they influenced by, any third party,',
  };

  it('cut the text around the first word that matches', () => {
    expect(snippet(statement, ['third'])).toBe('…at, nor are they influenced by, any third party,');
    expect(snippet(statement, ['strategic'])).toBe(
      '…internal driving force and unique strategic value, and are not aimed at, nor are they influenced by, any third…',
    );
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
