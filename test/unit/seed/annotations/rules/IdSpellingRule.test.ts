/**
 * IdSpellingRule: entity and statement ids are "<prefix of their kind>:<lowercase-kebab-case>".
 */
import { entities, folder, pathsAndMessages, relation, statement } from './harness';

describe('IdSpellingRule', () => {
  it('wants the prefix of the kind, and lowercase-kebab-case after it', () => {
    const [xi, putin] = entities;
    expect(
      pathsAndMessages(
        folder({
          entities: [
            { ...xi, id: 'person:Xi_Jinping' },
            { ...putin, id: 'country:Vladimir-Putin' },
          ],
        }),
      ),
    ).toEqual([
      ['entities[0].id', 'id "person:Xi_Jinping": after "person:" use lowercase-kebab-case (a-z, 0-9, single hyphens), got "Xi_Jinping"'],
      ['entities[1].id', 'id "country:Vladimir-Putin" must start with "person:" (kind PERSON)'],
      ['entities[1].id', 'id "country:Vladimir-Putin": after "country:" use lowercase-kebab-case (a-z, 0-9, single hyphens), got "Vladimir-Putin"'],
    ]);
  });

  it('wants a prefix at all, on statements too', () => {
    expect(pathsAndMessages(folder({ statements: [{ ...statement([{ quote: 'Xi met Putin' }]), id: 'xi-met-putin' }] }))).toEqual([
      ['statements[0].id', 'id "xi-met-putin" must be "statement:<lowercase-kebab-case>"'],
    ]);
  });

  it('leaves the spelling of a relation id free', () => {
    expect(pathsAndMessages(folder({ relations: [{ ...relation, id: 'MET_WITH:Xi/Putin' }] }))).toEqual([]);
  });
});
