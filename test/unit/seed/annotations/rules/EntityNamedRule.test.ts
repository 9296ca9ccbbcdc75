/**
 * EntityNamedRule: the article names every entity, by its name or an alias, as a whole word.
 */
import { resolveArticleSources } from '../../../../../seed/annotations';
import { entities, folder, pathsAndMessages } from './harness';

describe('EntityNamedRule', () => {
  it('refuses an entity the text never names, also when its name is only part of a word', () => {
    const named = (id: string, name: string) => ({ id, kind: 'ORGANIZATION', name });
    expect(pathsAndMessages(folder({ entities: [...entities, named('organization:nato', 'NATO'), named('organization:put', 'Put')] }))).toEqual([
      ['entities[2]', 'entity "organization:nato" is never named in the article: neither its name “NATO” nor an alias occurs as a whole word (case-sensitive)'],
      ['entities[3]', 'entity "organization:put" is never named in the article: neither its name “Put” nor an alias occurs as a whole word (case-sensitive)'],
    ]);
  });

  it('finds the mentions of a named entity, by its alias where the name is not written', () => {
    const { article, problems } = resolveArticleSources(folder());
    expect(problems).toEqual([]);
    expect(article!.entities[1].mentions.map((m) => [m.quote, m.passageIndex])).toEqual([
      ['Putin', 1],
      ['Putin', 1],
    ]);
  });
});
