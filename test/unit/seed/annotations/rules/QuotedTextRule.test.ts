/**
 * QuotedTextRule: a DIRECT_QUOTE or PARTIAL_QUOTE statement's text is found verbatim, inside its evidence.
 */
import { folder, pathsAndMessages, statement } from './harness';

const quoted = (form: string, text: string) => ({ ...statement([{ quote: 'Xi said it went well' }]), form, text });

describe('QuotedTextRule', () => {
  it('refuses quoted words the article does not have', () => {
    expect(pathsAndMessages(folder({ statements: [quoted('DIRECT_QUOTE', 'it went badly')] }))).toEqual([
      ['statements[0].text', 'a DIRECT_QUOTE statement’s text must be the quoted words exactly as in the article, but “it went badly” is not in the article'],
    ]);
  });

  it('refuses quoted words outside the statement’s evidence', () => {
    expect(pathsAndMessages(folder({ statements: [quoted('PARTIAL_QUOTE', 'Later')] }))).toEqual([
      ['statements[0].text', 'the quoted words “Later” are not inside any of this statement’s evidence quotes'],
    ]);
  });

  it('leaves a paraphrase in the annotator’s words', () => {
    expect(pathsAndMessages(folder({ statements: [quoted('PARAPHRASE', 'it went badly')] }))).toEqual([]);
  });
});
