/**
 * KnownReferencesRule: every referenced id is declared in the article and names what its role allows.
 */
import { entities, event, folder, pathsAndMessages, relation, statement } from './harness';

describe('KnownReferencesRule', () => {
  it('refuses ids no entity or statement has', () => {
    const s = { ...statement([{ quote: 'Xi met Putin' }]), speaker: 'person:nobody', about: ['statement:missing'] };
    expect(pathsAndMessages(folder({ statements: [s], relations: [{ ...relation, from: 'country:atlantis' }] }))).toEqual([
      ['statements[0].speaker', 'speaker "person:nobody" does not exist: no entity has this id'],
      ['statements[0].about[0]', 'about "statement:missing" does not exist: no entity or statement has this id'],
      ['relations[0].from', 'from "country:atlantis" does not exist: no entity has this id'],
    ]);
  });

  it('refuses ids of the wrong kind for their role', () => {
    const s = {
      ...statement([{ quote: 'Xi met Putin' }]),
      speaker: event.id,
      addressees: ['MET_WITH:person:xi-jinping->person:vladimir-putin'],
      event: 'person:vladimir-putin',
      respondsTo: 'person:xi-jinping',
    };
    expect(
      pathsAndMessages(
        folder({ entities: [...entities, event], statements: [s], relations: [relation, { ...relation, id: 'MET_WITH:again', to: 'statement:s' }] }),
      ),
    ).toEqual([
      ['statements[0].speaker', 'speaker "event:2025-02-24-meeting" is an EVENT: it must be a person, country or organization'],
      [
        'statements[0].addressees[0]',
        'addressee "MET_WITH:person:xi-jinping->person:vladimir-putin" is a relation, but it must be a person, country or organization',
      ],
      ['statements[0].event', 'event "person:vladimir-putin" must be an EVENT, but it is a PERSON'],
      ['statements[0].respondsTo', 'respondsTo "person:xi-jinping" is an entity, but it must be a statement'],
      ['relations[1].to', 'to "statement:s" is a statement, but it must be an entity'],
    ]);
  });
});
