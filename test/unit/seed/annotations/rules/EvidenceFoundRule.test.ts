/**
 * EvidenceFoundRule: every evidence quote is placed at one span of the text, inside one passage.
 */
import { resolveArticleSources } from '../../../../../seed/annotations';
import { entities, folder, pathsAndMessages, sources, statement, TEXT } from './harness';

describe('EvidenceFoundRule', () => {
  it('selects a repeated quote by occurrence or by a unique "after" phrase', () => {
    const { article, problems } = resolveArticleSources(
      sources({
        entities,
        statements: [statement([{ quote: 'it went well', occurrence: 2 }, { quote: 'Xi', after: 'Later, ' }, { quote: 'Xi met Putin' }])],
        relations: [],
      }),
    );
    expect(problems).toEqual([]);
    const [second, later, first] = article!.statements[0].evidence;
    expect(second.start).toBe(TEXT.lastIndexOf('it went well'));
    expect(later).toEqual({ start: TEXT.indexOf('Xi left'), end: TEXT.indexOf('Xi left') + 2, quote: 'Xi', passageIndex: 2 });
    expect(first.start).toBe(TEXT.indexOf('Xi met Putin'));
  });

  it('says why each quote cannot be placed, on the field to fix', () => {
    const evidence = [
      { quote: 'Xi met putin' },
      { quote: 'it went well' },
      { quote: 'it went well', occurrence: 3 },
      { quote: 'Xi', after: 'said' },
      { quote: 'Xi', after: 'Medvedev' },
      { quote: 'Xi met', after: 'Later, ' },
      { quote: 'Xi', occurrence: 1, after: 'Later, ' },
      { quote: 'well.\n\nLater' },
    ];
    expect(pathsAndMessages(folder({ statements: [statement(evidence)] }))).toEqual([
      [
        'statements[0].evidence[0].quote',
        'quote not found verbatim in the article: “Xi met putin”. It is there in other letter case (quotes are case-sensitive).',
      ],
      ['statements[0].evidence[1].quote', 'quote “it went well” is ambiguous: it occurs 2 times (p1, p1); add "occurrence" (1-based) or "after" to say which'],
      ['statements[0].evidence[2].occurrence', 'occurrence 3 is beyond the 2 occurrence(s) of “it went well” in the article'],
      ['statements[0].evidence[3].after', '"after" phrase “said” occurs 2 times (p1, p1): it must occur exactly once'],
      ['statements[0].evidence[4].after', '"after" phrase not found verbatim in the article: “Medvedev”'],
      ['statements[0].evidence[5].after', 'quote “Xi met” does not occur after “Later, ”'],
      ['statements[0].evidence[6]', 'give either "occurrence" or "after", not both'],
      ['statements[0].evidence[7].quote', 'quote “well.\\n\\nLater” crosses a passage boundary: evidence must lie within one paragraph'],
    ]);
  });

  it('hints at curly quote marks and at paragraph breaks', () => {
    const text = 'Title line\n\nXi said: “It went well.”\n\nPutin agreed.';
    const evidence = [{ quote: 'Xi said: "It went well."' }, { quote: 'well.”\nPutin' }];
    expect(pathsAndMessages(folder({ statements: [statement(evidence)] }, { text }))).toEqual([
      // With no evidence placed, the quotation is in no statement (QuotationsCoveredRule).
      [
        '',
        'the quotation “It went well” (p1) is in no statement’s evidence: add the statement it quotes, or list it in "notStatements" of annotations.json with the reason it is none',
      ],
      [
        'statements[0].evidence[0].quote',
        'quote not found verbatim in the article: “Xi said: "It went well."”. It is there with other quote marks, apostrophes or dashes: the article uses ’ ‘ “ ” and –.',
      ],
      ['statements[0].evidence[1].quote', 'quote not found verbatim in the article: “well.”\\nPutin”. A quote cannot span paragraphs.'],
    ]);
  });
});
