/**
 * The resolver's rules one by one, on small in-memory folders: passages, mentions,
 * evidence selection (occurrence / after), and the JSON path → line mapping.
 */
import { ArticleSources, findMentions, resolveArticleSources, splitPassages, storedText } from '../../../seed/annotations';
import { JsonLocator, parentPath } from '../../../seed/annotations/json-locate';

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

const TEXT = 'Title line\n\nXi met Putin. Xi said it went well. Putin said it went well.\n\nLater, Xi left.\n';
const META = JSON.stringify({ id: 'article:rules', title: 'Title line', publishedOn: '2025-02-24', language: 'en' });
const entities = [
  { id: 'person:xi-jinping', kind: 'PERSON', name: 'Xi Jinping', aliases: ['Xi'] },
  { id: 'person:vladimir-putin', kind: 'PERSON', name: 'Vladimir Putin', aliases: ['Putin'] },
];
const sources = (annotations: object): ArticleSources => ({ dir: '/tmp/rules', text: TEXT, meta: META, annotations: JSON.stringify(annotations, null, 2) });
const statement = (evidence: object[]) => ({ id: 'statement:s', speaker: 'person:xi-jinping', form: 'PARAPHRASE', act: 'ASSESSMENT', text: 'it went well', evidence });

describe('resolveArticleSources', () => {
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

  it('gives narrator statements the article as speaker and keeps optional fields out when absent', () => {
    const { article, problems } = resolveArticleSources(
      sources({
        entities,
        statements: [{ id: 'statement:n', form: 'NARRATOR', act: 'REPORT', text: 'Xi met Putin.', evidence: [{ quote: 'Xi met Putin.' }] }],
        relations: [{ type: 'MET_WITH', from: 'person:xi-jinping', to: 'person:vladimir-putin', evidence: [{ quote: 'Xi met Putin' }] }],
      }),
    );
    expect(problems).toEqual([]);
    expect(article!.statements[0]).toEqual({
      id: 'statement:n',
      text: 'Xi met Putin.',
      form: 'NARRATOR',
      act: 'REPORT',
      speakerId: 'article:rules',
      addresseeIds: [],
      aboutIds: [],
      reportedByIds: [],
      evidence: [{ start: 12, end: 25, quote: 'Xi met Putin.', passageIndex: 1 }],
    });
    expect(article!.relations[0]).toEqual({
      id: 'MET_WITH:person:xi-jinping->person:vladimir-putin',
      type: 'MET_WITH',
      fromId: 'person:xi-jinping',
      toId: 'person:vladimir-putin',
      qualifiers: {},
      evidence: [{ start: 12, end: 24, quote: 'Xi met Putin', passageIndex: 1 }],
    });
    expect(article!.entities[0]).not.toHaveProperty('date');
    expect(article!.entities[0].mentions.map((m) => m.quote)).toEqual(['Xi', 'Xi', 'Xi']);
  });

  it('allows the same type between the same pair twice only with an explicit id', () => {
    const rel = (id?: string) => ({ ...(id ? { id } : {}), type: 'MET_WITH', from: 'person:xi-jinping', to: 'person:vladimir-putin', evidence: [{ quote: 'Xi met Putin' }] });
    expect(resolveArticleSources(sources({ entities, statements: [], relations: [rel(), rel('MET_WITH:xi-putin-again')] })).problems).toEqual([]);
    expect(resolveArticleSources(sources({ entities, statements: [], relations: [rel(), rel()] })).problems.map((p) => p.path)).toEqual(['relations[1]']);
  });

  it('refuses dates and event types on entities that are not events, and repeated aliases', () => {
    const { article, problems } = resolveArticleSources(
      sources({
        entities: [{ ...entities[0], aliases: ['Xi', 'Xi', 'Xi Jinping'], eventType: 'PHONE_CALL', date: { value: '2025', precision: 'YEAR' } }, entities[1]],
        statements: [],
        relations: [],
      }),
    );
    expect(article).toBeUndefined();
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['entities[0].aliases[1]', 'alias “Xi” is listed twice'],
      ['entities[0].aliases[2]', 'alias “Xi Jinping” repeats the name'],
      ['entities[0].eventType', 'eventType is only for EVENT entities (this one is a PERSON)'],
      ['entities[0].date', 'date is only for EVENT entities (this one is a PERSON); put dates on relations or statements'],
    ]);
    expect(problems.every((p) => p.file === '/tmp/rules/annotations.json')).toBe(true);
    expect(problems.map((p) => p.line)).toEqual([9, 10, 12, 13]); // JSON.stringify(…, null, 2): one value per line
  });

  it('says which file is missing and still checks the others', () => {
    const { article, problems } = resolveArticleSources({ dir: '/tmp/rules', meta: '{"id": "bad id"}' });
    expect(article).toBeUndefined();
    expect(problems.map((p) => `${p.file.replace('/tmp/rules/', '')} ${p.path}`)).toEqual([
      'article.txt ',
      'article.json id',
      'article.json title',
      'article.json publishedOn',
      'article.json language',
      'annotations.json ',
    ]);
  });
});

describe('JsonLocator', () => {
  const source = '{\n  "entities": [\n    { "id": "a",\n      "aliases": ["x", "y"] }\n  ],\n  "n": 1.5e3, "t": true\n}\n';
  const locator = new JsonLocator(source);

  it('maps JSON paths to lines, falling back to the nearest written ancestor', () => {
    expect(locator.lineOf('entities')).toBe(2);
    expect(locator.lineOf('entities[0]')).toBe(3);
    expect(locator.lineOf('entities[0].aliases[1]')).toBe(4);
    expect(locator.lineOf('entities[0].missing')).toBe(3);
    expect(locator.lineOf('t')).toBe(6);
    expect(locator.errorLine).toBeUndefined();
    expect(parentPath('entities[0].aliases[1]')).toBe('entities[0].aliases');
  });

  it('finds the line of a syntax error', () => {
    expect(new JsonLocator('{\n  "a": [1, 2,],\n  "b": 1\n}').errorLine).toBe(2);
    expect(new JsonLocator('{\n  "a": 1\n  "b": 2\n}').errorLine).toBe(3);
    expect(new JsonLocator('{\n  "a": 1,\n').errorLine).toBe(3);
  });
});
