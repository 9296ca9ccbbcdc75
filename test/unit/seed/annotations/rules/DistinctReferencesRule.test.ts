/**
 * DistinctReferencesRule: a list of references names each id once.
 */
import { resolveArticleSources } from '../../../../../seed/annotations';
import { folder, pathsAndMessages, statement } from './harness';

const addressed = (addressees: string[]) => ({ ...statement([{ quote: 'Xi met Putin' }]), addressees });

describe('DistinctReferencesRule', () => {
  it('refuses an id listed twice', () => {
    expect(pathsAndMessages(folder({ statements: [addressed(['person:vladimir-putin', 'person:vladimir-putin'])] }))).toEqual([
      ['statements[0].addressees[1]', 'addressee "person:vladimir-putin" is listed twice'],
    ]);
  });

  it('leaves a repeated id that names nothing to KnownReferencesRule, every time it is written', () => {
    expect(pathsAndMessages(folder({ statements: [addressed(['person:nobody', 'person:nobody'])] }))).toEqual([
      ['statements[0].addressees[0]', 'addressee "person:nobody" does not exist: no entity has this id'],
      ['statements[0].addressees[1]', 'addressee "person:nobody" does not exist: no entity has this id'],
    ]);
  });

  it('keeps each id of a list once, in order', () => {
    const { article, problems } = resolveArticleSources(
      folder({ statements: [{ ...addressed(['person:vladimir-putin']), about: ['person:vladimir-putin', 'person:xi-jinping'] }] }),
    );
    expect(problems).toEqual([]);
    expect(article!.statements[0]).toMatchObject({ addresseeIds: ['person:vladimir-putin'], aboutIds: ['person:vladimir-putin', 'person:xi-jinping'] });
  });
});
