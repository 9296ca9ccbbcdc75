/**
 * The validator on whole small in-memory folders: what a resolved article holds, the problems of two rules on
 * one entity with their lines, and missing files. Each rule has its own tests in annotations/rules/, the text
 * helpers and the JSON locator theirs in annotations/.
 */
import { resolveArticleSources } from '../../../seed/annotations';
import { entities, sources } from './annotations/rules/harness';

describe('resolveArticleSources', () => {
  it('gives narrator statements the article as speaker and keeps optional fields out when absent', () => {
    const { article, problems } = resolveArticleSources(
      sources({
        entities,
        statements: [
          {
            id: 'statement:n',
            about: ['person:xi-jinping', 'person:vladimir-putin'],
            form: 'NARRATOR',
            act: 'REPORT',
            text: 'Xi met Putin.',
            evidence: [{ quote: 'Xi met Putin.' }],
          },
        ],
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
      aboutIds: ['person:xi-jinping', 'person:vladimir-putin'],
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
