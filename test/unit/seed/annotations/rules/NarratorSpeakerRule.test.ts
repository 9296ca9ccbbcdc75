/**
 * NarratorSpeakerRule: a NARRATOR statement has no speaker entity (the article speaks); every other form has one.
 */
import { resolveArticleSources } from '../../../../../seed/annotations';
import { folder, pathsAndMessages, statement } from './harness';

// About both people, so a NARRATOR statement (whose speaker is not an entity) still links every name it quotes.
const said = (fields: object) => ({ ...statement([{ quote: 'Xi met Putin' }]), about: ['person:xi-jinping', 'person:vladimir-putin'], ...fields });

describe('NarratorSpeakerRule', () => {
  it('refuses a speaker entity on a NARRATOR statement', () => {
    expect(pathsAndMessages(folder({ statements: [said({ form: 'NARRATOR' })] }))).toEqual([
      [
        'statements[0].speaker',
        'a NARRATOR statement is the journalist’s own voice: leave "speaker" out (it resolves to the article article:rules), or use another form for "person:xi-jinping"',
      ],
    ]);
  });

  it('wants a speaker on any other form', () => {
    expect(pathsAndMessages(folder({ statements: [said({ speaker: null, form: 'DIRECT_QUOTE', text: 'Xi met Putin' })] }))).toEqual([
      ['statements[0]', 'speaker is required for a DIRECT_QUOTE statement (only NARRATOR statements have no speaker entity)'],
    ]);
  });

  it('lets a NARRATOR statement name the article as its speaker', () => {
    const { article, problems } = resolveArticleSources(folder({ statements: [said({ form: 'NARRATOR', speaker: 'article:rules' })] }));
    expect(problems).toEqual([]);
    expect(article!.statements[0].speakerId).toBe('article:rules');
  });
});
