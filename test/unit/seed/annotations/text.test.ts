/**
 * The text helpers of seed/annotations/text.ts: the stored form of article.txt, its passages, and where the
 * article names an entity.
 */
import { findMentions, splitPassages, storedText } from '../../../../seed/annotations';

describe('text helpers', () => {
  it('stores the text with LF line ends, no BOM and no trailing whitespace', () => {
    expect(storedText('\ufeffTitle\r\n\r\nBody.  \r\n\n')).toBe('Title\n\nBody.');
  });

  it('splits passages on blank lines (also several, or with spaces) and keeps exact offsets', () => {
    const text = 'Title\n\nOne line\nstill one.\n\n \n\nTwo.';
    const passages = splitPassages('article:x', text);
    expect(passages.map((p) => p.text)).toEqual(['Title', 'One line\nstill one.', 'Two.']);
    for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(passages[2]).toMatchObject({ id: 'article:x#p2', index: 2 });
  });

  it('finds whole-word, case-sensitive mentions, longest form first', () => {
    const text = 'President Xi Jinping met Xi’s guests.\n\nRussian troops left Russia. XiX and xi are not Xi.';
    const passages = splitPassages('article:x', text);
    const xi = findMentions(text, passages, ['Xi Jinping', 'Xi', 'President Xi Jinping']);
    expect(xi.map((m) => [m.quote, m.start, m.passageIndex])).toEqual([
      ['President Xi Jinping', 0, 0],
      ['Xi', 25, 0],
      ['Xi', text.lastIndexOf('Xi'), 1],
    ]);
    expect(findMentions(text, passages, ['Russia']).map((m) => m.start)).toEqual([text.indexOf('Russia.')]);
  });
});
