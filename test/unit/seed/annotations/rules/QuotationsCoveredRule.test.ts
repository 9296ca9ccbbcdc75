/**
 * QuotationsCoveredRule: every quotation of the text is inside some statement's evidence, or listed in
 * "notStatements" with a reason.
 */
import { resolveArticleSources } from '../../../../../seed/annotations';
import { folder, pathsAndMessages, problems, statement } from './harness';

// A quotation with a nested one and an apostrophe after it, a scare quote, a quotation left open at the end of its
// paragraph (as a quotation running on into the next one is), and straight quote marks.
const text =
  'Title line\n\nXi said: “It went ‘very’ well.” It was Xi’s day.\n\nPutin spoke of “no limits” ties.\n\n“Xi left early.\n\n"Straight words," Putin said.';
const xiSaid = statement([{ quote: 'Xi said: “It went ‘very’ well.”' }]);
const putinSaid = { ...statement([{ quote: '"Straight words," Putin said.' }]), id: 'statement:t', speaker: 'person:vladimir-putin', about: [] };
const uncovered = (words: string, p: number) =>
  `the quotation “${words}” (p${p}) is in no statement’s evidence: add the statement it quotes, or list it in "notStatements" of annotations.json with the reason it is none`;

describe('QuotationsCoveredRule', () => {
  it('names each quotation no statement covers, by its line in article.txt', () => {
    expect(problems(folder({ statements: [xiSaid] }, { text }))).toEqual([
      { file: '/tmp/rules/article.txt', path: '', line: 5, message: uncovered('no limits', 2) },
      { file: '/tmp/rules/article.txt', path: '', line: 7, message: uncovered('Xi left early', 3) },
      { file: '/tmp/rules/article.txt', path: '', line: 9, message: uncovered('Straight words', 4) },
    ]);
  });

  it('accepts quotations inside evidence or listed in notStatements with a reason', () => {
    const notStatements = [
      { quote: 'no limits', reason: 'a scare quote: the journalist’s words for the ties, said by nobody here' },
      { quote: '“Xi left early.', reason: 'an example of a quotation left open' },
    ];
    const { article, problems: found } = resolveArticleSources(folder({ statements: [xiSaid, putinSaid], notStatements }, { text }));
    expect(found).toEqual([]);
    expect(article!.statements).toHaveLength(2);
  });

  it('refuses notStatements entries that are not found, not quotations, already covered or without a reason', () => {
    const notStatements = [
      { quote: 'no limits', reason: '' },
      { quote: 'absent words', reason: 'r' },
      { quote: 'Putin spoke', reason: 'r' },
      { quote: 'It went ‘very’ well.', reason: 'r' },
    ];
    expect(pathsAndMessages(folder({ statements: [xiSaid, putinSaid], notStatements }, { text }))).toEqual([
      ['', uncovered('Xi left early', 3)],
      ['notStatements[0].reason', 'reason must not be empty: say why this quotation is not a statement'],
      ['notStatements[1].quote', 'quote not found verbatim in the article: “absent words”'],
      ['notStatements[2].quote', '“Putin spoke” is not a quotation of the article: give the words between its quote marks'],
      ['notStatements[3]', '“It went ‘very’ well.” is inside the evidence of statement "statement:s": remove it from notStatements'],
    ]);
  });
});
