/**
 * AliasesRule: an entity's aliases are other ways this article names it, each once, each in the text.
 */
import { entities, folder, pathsAndMessages, TEXT } from './harness';

describe('AliasesRule', () => {
  it('refuses an alias the text never uses as a whole word', () => {
    const [xi, putin] = entities;
    expect(pathsAndMessages(folder({ entities: [{ ...xi, aliases: ['Xi', 'President Xi'] }, putin] }))).toEqual([
      ['entities[0].aliases[1]', 'alias “President Xi” does not occur in the article as a whole word: aliases are the ways this article names the entity'],
    ]);
  });

  it('hints at a straight apostrophe where the article has a curly one', () => {
    const [xi, putin] = entities;
    expect(pathsAndMessages(folder({ entities: [{ ...xi, aliases: ['Xi', "Xi's"] }, putin] }, { text: `${TEXT}\nXi’s guests left.` }))).toEqual([
      [
        'entities[0].aliases[1]',
        "alias “Xi's” does not occur in the article as a whole word (it is there with other quote marks or apostrophes: the article uses ’ “ ”): aliases are the ways this article names the entity",
      ],
    ]);
  });

  it('refuses an alias that repeats the name or an earlier alias', () => {
    const [xi, putin] = entities;
    expect(pathsAndMessages(folder({ entities: [xi, { ...putin, aliases: ['Putin', 'Vladimir Putin', 'Putin'] }] }))).toEqual([
      ['entities[1].aliases[1]', 'alias “Vladimir Putin” repeats the name'],
      ['entities[1].aliases[2]', 'alias “Putin” is listed twice'],
    ]);
  });
});
