/**
 * The text helpers of seed/annotations/text.ts: the stored form of article.txt, its passages, and where the
 * article names an entity.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMentions, occurrences, passageOf, splitPassages, storedText, TextIndex } from '../../../../seed/annotations/text';
import { projectPath } from '../../../../src/paths';

const text = storedText(readFileSync(join(projectPath('seed', 'articles'), 'xi-putin-call-2025-02-24', 'article.txt'), 'utf8'));

describe('TextIndex', () => {
  const index = new TextIndex(text);

  it('finds exactly what a scan of the text finds, for needles taken from every part of the article', () => {
    const needles = new Set<string>(['Xi', 'Putin', ' the ', 'no limits', '“', 'aa', 'a', 'Ukraine’s', 'not in this article at all']);
    for (let at = 0; at < text.length; at += 41) for (const length of [1, 3, 4, 5, 12, 60]) needles.add(text.slice(at, at + length));
    expect(needles.size).toBeGreaterThan(500);
    for (const needle of needles) expect(index.occurrences(needle)).toEqual(occurrences(text, needle));
  });

  it('counts overlapping occurrences like a scan does', () => {
    const small = new TextIndex('aaaaaa baaaab');
    expect(small.occurrences('aaaa')).toEqual([0, 1, 2, 8]);
    expect(small.includes('aab')).toBe(true);
    expect(small.includes('aaaaaaa')).toBe(false);
  });
});

describe('passageOf', () => {
  const passages = splitPassages('article:x', text);

  it('names the passage that holds a span, and none for a span across a paragraph break', () => {
    for (const p of passages) {
      expect(passageOf(passages, p.start, p.end)).toBe(p);
      expect(passageOf(passages, p.end - 1, p.end)).toBe(p);
    }
    expect(passageOf(passages, passages[1].end - 2, passages[2].start + 2)).toBeUndefined();
    expect(passageOf(passages, passages[1].end, passages[1].end + 1)).toBeUndefined();
  });
});

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
