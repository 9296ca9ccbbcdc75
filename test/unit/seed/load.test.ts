import type { Database } from '../../../src/db/database';
import { ArticleTooLargeError, articleRows, chunked, contentSha256, describeReport, seedArticles, seedBatches } from '../../../seed/load';
import { evidenceId } from '../../../src/graph';
import type { ResolvedArticle } from '../../../seed/model';

const text = 'Title\n\nXi called Putin.';
const article: ResolvedArticle = {
  id: 'article:test',
  title: 'Title',
  publishedOn: '2025-02-24',
  language: 'en',
  text,
  textSha256: 'x',
  passages: [
    { id: 'article:test#p0', index: 0, start: 0, end: 5, text: 'Title' },
    { id: 'article:test#p1', index: 1, start: 7, end: 24, text: 'Xi called Putin.' },
  ],
  entities: [
    { id: 'person:xi-jinping', kind: 'PERSON', name: 'Xi Jinping', aliases: ['Xi'], mentions: [{ start: 7, end: 9, quote: 'Xi', passageIndex: 1 }] },
    {
      id: 'person:vladimir-putin',
      kind: 'PERSON',
      name: 'Vladimir Putin',
      aliases: ['Putin'],
      mentions: [{ start: 17, end: 22, quote: 'Putin', passageIndex: 1 }],
    },
    {
      id: 'event:call',
      kind: 'EVENT',
      name: 'call',
      aliases: ['called'],
      eventType: 'PHONE_CALL',
      date: { value: '2025-02-24', precision: 'DAY', earliest: '2025-02-24', latest: '2025-02-24' },
      mentions: [{ start: 10, end: 16, quote: 'called', passageIndex: 1 }],
    },
  ],
  statements: [
    {
      id: 'statement:s',
      text: 'Xi called Putin.',
      form: 'NARRATOR',
      act: 'REPORT',
      speakerId: 'person:xi-jinping',
      addresseeIds: ['person:vladimir-putin'],
      aboutIds: [],
      eventId: 'event:call',
      reportedByIds: [],
      evidence: [{ start: 7, end: 24, quote: 'Xi called Putin.', passageIndex: 1 }],
    },
  ],
  relations: [
    {
      id: 'CALLED:person:xi-jinping->person:vladimir-putin',
      type: 'CALLED',
      fromId: 'person:xi-jinping',
      toId: 'person:vladimir-putin',
      qualifiers: { medium: 'phone' },
      evidence: [{ start: 7, end: 24, quote: 'Xi called Putin.', passageIndex: 1 }],
    },
  ],
};

describe('seedBatches', () => {
  const batches = Object.fromEntries(seedBatches(article)) as Record<string, any>;

  it('runs the statements in dependency order', () => {
    expect(seedBatches(article).map(([name]) => name)).toEqual([
      'seed/article',
      'seed/passages',
      'seed/evidence',
      'seed/entities',
      'seed/mentions',
      'seed/statements',
      'seed/statement-links',
      'seed/relations',
      'seed/entity-counts',
    ]);
  });

  it('recounts every entity the article names or links, once each, after its mentions and relations are written', () => {
    const ids = new Set([...article.entities.map((e) => e.id), ...article.relations.flatMap((r) => [r.fromId, r.toId])]);
    expect([...batches['seed/entity-counts'].ids].sort()).toEqual([...ids].sort());
  });

  it('writes each evidence span once, keyed by article and offsets, with its passage', () => {
    expect(batches['seed/evidence'].evidence).toEqual([
      { id: 'article:test@7-9', passageId: 'article:test#p1', start: 7, end: 9, quote: 'Xi' },
      { id: 'article:test@17-22', passageId: 'article:test#p1', start: 17, end: 22, quote: 'Putin' },
      { id: 'article:test@10-16', passageId: 'article:test#p1', start: 10, end: 16, quote: 'called' },
      { id: 'article:test@7-24', passageId: 'article:test#p1', start: 7, end: 24, quote: 'Xi called Putin.' },
    ]);
    expect(evidenceId('article:test', { start: 7, end: 9, quote: 'Xi', passageIndex: 1 })).toBe('article:test@7-9');
  });

  it('maps kinds to labels from the allow-list and gives events their evidence', () => {
    const entities = batches['seed/entities'].entities;
    expect(entities.map((e: any) => [e.id, e.label])).toEqual([
      ['person:xi-jinping', 'Person'],
      ['person:vladimir-putin', 'Person'],
      ['event:call', 'Event'],
    ]);
    expect(entities[2].evidenceIds).toEqual(['article:test@10-16']);
    expect(entities[0].evidenceIds).toEqual([]);
  });

  it('links statements with the fixed relationship types', () => {
    expect(batches['seed/statement-links'].links).toEqual([
      { statementId: 'statement:s', type: 'SAID_BY', targetId: 'person:xi-jinping', targetLabel: 'Entity' },
      { statementId: 'statement:s', type: 'ADDRESSED_TO', targetId: 'person:vladimir-putin', targetLabel: 'Entity' },
      { statementId: 'statement:s', type: 'MADE_AT', targetId: 'event:call', targetLabel: 'Entity' },
    ]);
  });

  it('chains passages and serialises qualifiers', () => {
    expect(batches['seed/passages'].passages.map((p: any) => p.previousId)).toEqual([null, 'article:test#p0']);
    expect(batches['seed/relations'].relations[0]).toMatchObject({ qualifiers: '{"medium":"phone"}', evidenceIds: ['article:test@7-24'], date: null });
  });

  it('hashes the whole resolved article, so any annotation change is a change', () => {
    const changed = { ...article, relations: [{ ...article.relations[0], role: 'caller' }] };
    expect(contentSha256(changed)).not.toBe(contentSha256(article));
    expect(contentSha256({ ...article })).toBe(contentSha256(article));
  });
});

describe('chunked', () => {
  it('splits the one list of a statement into calls of at most BATCH rows, keeping the other parameters', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ i }));
    const chunks = chunked({ articleId: 'a', passages: rows }, 5);
    expect(chunks.map((c) => (c.passages as unknown[]).length)).toEqual([5, 5, 2]);
    expect(chunks.every((c) => c.articleId === 'a')).toBe(true);
    expect(chunks.flatMap((c) => c.passages as unknown[])).toEqual(rows);
    expect(chunked({ article: { id: 'a' } }, 5)).toEqual([{ article: { id: 'a' } }]);
  });

  it('counts an article in rows sent: article, passages, evidence, entities, mentions, statements, links, relations, recounts', () => {
    expect(articleRows(seedBatches(article))).toBe(1 + 2 + 4 + 3 + 3 + 1 + 3 + 1 + 3);
  });
});

describe('describeReport', () => {
  it('says when nothing changed', () => {
    expect(describeReport({ reset: false, articles: [{ id: 'a', status: 'unchanged' }], counters: {} })).toBe(
      'seed: no changes (1 article(s) already up to date)',
    );
  });
  it('summarises what a load created', () => {
    expect(
      describeReport({ reset: false, articles: [{ id: 'a', status: 'created' }], counters: { nodesCreated: 3, relationshipsCreated: 2, propertiesSet: 9 } }),
    ).toBe('seed: a created; 3 nodes created, 2 relationships created, 9 properties set');
  });
});

describe('seedArticles when Neo4j refuses a transaction', () => {
  const failingDb = (error: Error) => ({ writeTransaction: async () => Promise.reject(error) }) as unknown as Database;

  it('names the article, its size and the heap setting when the article does not fit in transaction memory', async () => {
    const refused = Object.assign(new Error('The allocation of an extra 2.0 MiB would use more than the limit 358.4 MiB.'), {
      code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    });
    const failure = seedArticles(failingDb(refused), [article]);
    await expect(failure).rejects.toBeInstanceOf(ArticleTooLargeError);
    await expect(failure).rejects.toMatchObject({ articleId: 'article:test', rows: 21, cause: refused });
    await expect(failure).rejects.toThrow(/^article:test \(21 rows\) did not fit in Neo4j's transaction memory.*358\.4 MiB.*NEO4J_LOCAL_HEAP/);
  });

  it('passes any other error through unchanged', async () => {
    const other = Object.assign(new Error('Invalid value for MonthOfYear'), { code: 'Neo.ClientError.Statement.ArgumentError' });
    await expect(seedArticles(failingDb(other), [article])).rejects.toBe(other);
  });
});
