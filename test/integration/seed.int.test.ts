/**
 * The seed step against the real Neo4j — idempotent, atomic, faithful to the article's words, and
 * open to more articles by adding folders. These tests change the shared test graph, so afterAll puts back
 * exactly the seeded state the other suites expect (jest runs the integration tier in band).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../seed/corpus';
import { AnnotationError, readArticleFolder } from '../../seed/annotations';
import { articleRows, seedArticles, seedBatches } from '../../seed/load';
import type { ResolvedArticle } from '../../seed/model';
import { articleFolders, runSeed } from '../../seed/seed';
import type { Database } from '../../src/db/database';
import { countSortKey } from '../../src/graph';
import { projectPath } from '../../src/paths';
import neo4j from 'neo4j-driver';
import { scopeToken } from '../../src/graph';
import { toLuceneQuery } from '../../src/search/lucene';
import { testDatabase } from './harness';

const FIXTURES = projectPath('test', 'fixtures', 'articles');
const brokenFolders = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('broken-'))
  .map((name) => join(FIXTURES, name));

async function counts(db: Database): Promise<Record<string, number>> {
  const rows = await db.read('seed/counts');
  return Object.fromEntries(rows.map((r) => [`${r.kind}:${r.name}`, r.count as number]));
}

describe('seed step', () => {
  let db: Database;
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(async () => {
    await runSeed(db, { reset: true });
    await db.driver.close();
  });

  it('loads the article, and a second run changes nothing and says so', async () => {
    const first = await runSeed(db, { reset: true });
    expect(first.articles).toEqual([{ id: 'article:2025-02-24-xi-putin-no-limits', status: 'created' }]);
    expect(first.counters.nodesCreated).toBeGreaterThan(100);
    const afterFirst = await counts(db);

    const lines: string[] = [];
    const second = await runSeed(db, { log: (l) => lines.push(l) });
    expect(second.articles).toEqual([{ id: 'article:2025-02-24-xi-putin-no-limits', status: 'unchanged' }]);
    expect(second.counters).toEqual({});
    expect(lines).toContain('seed: no changes (1 article(s) already up to date)');
    expect(await counts(db)).toEqual(afterFirst);
  });

  it('stores the article text without page boilerplate, as passages in order', async () => {
    const [{ article }] = await db.read('article/all');
    const text = article.text;
    expect(text.startsWith('China’s Xi calls for a ‘no boundaries’ collaboration')).toBe(true);
    expect(text).not.toContain('Add a Comment');
    expect(text).not.toContain('Your email address will not be published');
    const [{ passages }] = await db.read('article/passages', { articleIds: ['article:2025-02-24-xi-putin-no-limits'] });
    expect(passages.map((p) => p.index)).toEqual(passages.map((_, i) => i));
    for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(passages.map((p) => p.text).join('\n\n')).toBe(text);
  });

  it('every stored evidence quote is exactly the article text at its offsets', async () => {
    const spans = await db.read('check/evidence-spans');
    expect(spans.length).toBeGreaterThan(100);
    const wrong = spans.filter((s) => (s.text as string).slice(s.start as number, s.end as number) !== s.quote);
    expect(wrong).toEqual([]);
  });

  it('every statement, event and entity-to-entity relation has evidence', async () => {
    const c = await counts(db);
    expect(c['node:Statement']).toBeGreaterThan(10);
    expect(await db.read('check/facts-without-evidence')).toEqual([]);
  });

  it.each(brokenFolders)('refuses the broken fixture %s with located problems and leaves the graph untouched', async (folder) => {
    const before = await counts(db);
    const error = await runSeed(db, { folders: [...articleFolders(), folder] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnnotationError);
    const problems = (error as AnnotationError).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.file).toMatch(/annotations\.json|article\.(json|txt)$/);
      expect(p.message.length).toBeGreaterThan(10);
    }
    expect(await counts(db)).toEqual(before);
  });

  it('rolls everything back when the database fails half-way through the load', async () => {
    const before = await counts(db);
    const good = await readArticleFolder(join(FIXTURES, 'second-article'));
    // Bypasses validation on purpose: the relations batch (the last one) fails inside Neo4j on a bad date,
    // after the article, passages, entities and statements were already written in the same transaction.
    const failing: ResolvedArticle = {
      ...good,
      relations: good.relations.map((r) => ({ ...r, date: { value: 'x', precision: 'DAY', earliest: '2025-13-45', latest: '2025-13-45' } })),
    };
    expect(failing.relations.length).toBeGreaterThan(0);
    await expect(seedArticles(db, [failing], { reset: true })).rejects.toThrow('Invalid value for MonthOfYear (valid values 1 - 12): 13');
    expect(await counts(db)).toEqual(before);
  });

  it('loads a second article folder beside the first, sharing entities by id', async () => {
    const lines: string[] = [];
    const report = await runSeed(db, { folders: [...articleFolders(), join(FIXTURES, 'second-article')], log: (l) => lines.push(l) });
    expect(report.articles.map((a) => a.status)).toEqual(['unchanged', 'created']);
    // Progress counts what was written: the unchanged first article's rows are neither done nor still to do.
    const secondRows = articleRows(seedBatches(await readArticleFolder(join(FIXTURES, 'second-article')))).toLocaleString('en');
    expect(lines).toContain('seed: [1/2] article:2025-02-24-xi-putin-no-limits unchanged, nothing to write');
    expect(lines.filter((l) => l.startsWith('seed: [2/2] article:test-fixture-second-article created: '))).toEqual([
      expect.stringMatching(new RegExp(`: ${secondRows}/${secondRows} rows, [\\d,]+ rows/s$`)),
    ]);
    const articles = (await db.read('article/all')).map((r) => (r.article as { id: string }).id);
    expect(articles).toHaveLength(2);
    expect(await db.read('check/facts-without-evidence')).toEqual([]);
    const wrong = (await db.read('check/evidence-spans')).filter((s) => (s.text as string).slice(s.start as number, s.end as number) !== s.quote);
    expect(wrong).toEqual([]);
  });

  it('recounts mentionCount and degree from the graph when a second article names and links the same entities', async () => {
    const folders = [...articleFolders(), join(FIXTURES, 'second-article')];
    await runSeed(db, { reset: true, folders });
    const articles = await Promise.all(folders.map((folder) => readArticleFolder(folder)));
    const shared = articles[0].entities.filter((e) => articles[1].entities.some((o) => o.id === e.id)).map((e) => e.id);
    expect(shared).toEqual(expect.arrayContaining(['person:xi-jinping', 'country:china', 'country:russia']));
    // Expected from both articles' annotations: every distinct mention span, every distinct relation id.
    const mentions = (id: string) =>
      new Set(articles.flatMap((a) => a.entities.filter((e) => e.id === id).flatMap((e) => e.mentions.map((m) => `${a.id}@${m.start}-${m.end}`)))).size;
    const degree = (id: string) => new Set(articles.flatMap((a) => a.relations.filter((r) => r.fromId === id || r.toId === id).map((r) => r.id))).size;
    const ids = [...new Set(articles.flatMap((a) => a.entities.map((e) => e.id)))];
    const { records } = await db.driver.executeQuery(
      'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.mentionCount AS mentionCount, n.degree AS degree, n.mentionsKey AS mentionsKey',
      { ids },
      { database: db.database },
    );
    const stored = records.map((r) => ({ id: r.get('id'), mentionCount: Number(r.get('mentionCount')), degree: Number(r.get('degree')) }));
    expect(stored.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(ids.sort().map((id) => ({ id, mentionCount: mentions(id), degree: degree(id) })));
    const china = records.find((r) => r.get('id') === 'country:china')!;
    expect(Number(china.get('mentionCount'))).toBeGreaterThan(articles[0].entities.find((e) => e.id === 'country:china')!.mentions.length);
    expect(china.get('mentionsKey')).toBe(countSortKey(mentions('country:china'), 'country:china'));
  });

  it("keeps the statements' speaker order key and the search scope true when a second article names a speaker anew", async () => {
    await runSeed(db, { reset: true });
    const second = await readArticleFolder(join(FIXTURES, 'second-article'));
    const renamed: ResolvedArticle = { ...second, entities: second.entities.map((e) => (e.id === 'person:xi-jinping' ? { ...e, name: 'President Xi' } : e)) };
    await seedArticles(db, [renamed]);
    const keys = async () => {
      const { records } = await db.driver.executeQuery(
        `MATCH (s:Statement) WHERE s.id IN ['statement:xi-no-third-party', 'statement:fixture-xi-open-trade-is-a-bridge', 'statement:narrator-second-conversation-this-year']
         RETURN s.id AS id, s.speakerKey AS key, s.dateKey AS dateKey ORDER BY id`,
        {},
        { database: db.database },
      );
      return records.map((r) => [r.get('id'), r.get('key'), r.get('dateKey')]);
    };
    // Both articles' statements of Xi carry the name the graph now holds; the narrator's sort after every name.
    expect(await keys()).toEqual([
      [
        'statement:fixture-xi-open-trade-is-a-bridge',
        '0President Xi\u001f2025-03-05\u001fstatement:fixture-xi-open-trade-is-a-bridge',
        '2025-03-05\u001fstatement:fixture-xi-open-trade-is-a-bridge',
      ],
      [
        'statement:narrator-second-conversation-this-year',
        '1\u001f9999-12-31\u001fstatement:narrator-second-conversation-this-year',
        '9999-12-31\u001fstatement:narrator-second-conversation-this-year',
      ],
      ['statement:xi-no-third-party', '0President Xi\u001f2025-02-24\u001fstatement:xi-no-third-party', '2025-02-24\u001fstatement:xi-no-third-party'],
    ]);
    // Xi is now in the scope of both articles, each statement in its own.
    const scoped = async (articleId: string) => {
      const query = toLuceneQuery('Xi bridge partnership', [[scopeToken('article', articleId)]]);
      const [row] = await db.read('search/fulltext', { query, speakerIds: null, articleIds: [articleId], limit: neo4j.int(50) });
      return row.hits.map((h) => h.node.id);
    };
    const inSecond = await scoped(second.id);
    expect(inSecond).toEqual(expect.arrayContaining(['person:xi-jinping', 'statement:fixture-xi-open-trade-is-a-bridge']));
    expect(inSecond).not.toContain('statement:xi-partnership-long-term-not-altered-by-third-party');
    const inFirst = await scoped('article:2025-02-24-xi-putin-no-limits');
    expect(inFirst).toEqual(expect.arrayContaining(['person:xi-jinping', 'statement:xi-partnership-long-term-not-altered-by-third-party']));
    expect(inFirst).not.toContain('statement:fixture-xi-open-trade-is-a-bridge');
  });

  it('writes each article in its own transaction: a failing second article leaves the first loaded and nothing of itself', async () => {
    await runSeed(db, { reset: true });
    const before = await counts(db);
    const second = await readArticleFolder(join(FIXTURES, 'second-article'));
    const failing: ResolvedArticle = {
      ...second,
      id: 'article:test-fixture-failing',
      relations: second.relations.map((r) => ({ ...r, date: { value: 'x', precision: 'DAY', earliest: '2025-13-45', latest: '2025-13-45' } })),
    };
    const good = await readArticleFolder(join(FIXTURES, 'second-article'));
    await expect(seedArticles(db, [good, failing])).rejects.toThrow('Invalid value for MonthOfYear');
    const articles = (await db.read('article/all')).map((r) => (r.article as { id: string }).id).sort();
    expect(articles).toEqual(['article:2025-02-24-xi-putin-no-limits', 'article:test-fixture-second-article']);
    const after = await counts(db);
    expect(after['node:Article']).toBe(before['node:Article'] + 1);
    expect(after['node:Passage']).toBe(before['node:Passage'] + good.passages.length);
    await runSeed(db, { reset: true });
  });

  it('loads a generated multi-article corpus with progress lines, and a rerun finds every article unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-corpus-'));
    try {
      const manifest = await writeCorpus({ entities: 900, perArticle: 300, seed: 11, out: dir });
      const folders = manifest.folders.map((f) => join(dir, f));
      const resolved = await Promise.all(folders.map((f) => readArticleFolder(f)));
      const before = await counts(db);
      const lines: string[] = [];
      const report = await runSeed(db, { folders, log: (l) => lines.push(l) });
      expect(report.articles.map((a) => a.status)).toEqual(['created', 'created', 'created']);
      const progress = lines.filter((l) => /^seed: \[\d\/3\] article:synthetic-s11-\d+ created: [\d,]+\/[\d,]+ rows, [\d,]+ rows\/s/.test(l));
      expect(progress).toHaveLength(3);
      expect(progress[2]).toMatch(/: ([\d,]+)\/\1 rows/);

      const after = await counts(db);
      const statements = resolved.reduce((n, a) => n + a.statements.length, 0);
      const relations = resolved.reduce((n, a) => n + a.relations.length, 0);
      expect(statements).toBe(manifest.counts.statements);
      expect(after['node:Statement'] - before['node:Statement']).toBe(statements);
      expect(after['node:Entity'] - before['node:Entity']).toBe(manifest.counts.entities);
      expect(after['node:Article'] - before['node:Article']).toBe(3);
      const relationTypes = new Set(resolved.flatMap((a) => a.relations.map((r) => r.type)));
      const relationsWritten = [...relationTypes].reduce((n, type) => n + (after[`relationship:${type}`] ?? 0) - (before[`relationship:${type}`] ?? 0), 0);
      expect(relationsWritten).toBe(relations);
      const saidBy = resolved.reduce((n, a) => n + a.statements.filter((st) => st.form !== 'NARRATOR').length, 0);
      expect(after['relationship:SAID_BY'] - before['relationship:SAID_BY']).toBe(saidBy);
      expect(await db.read('check/facts-without-evidence')).toEqual([]);

      const rerun = await runSeed(db, { folders });
      expect(rerun.articles.map((a) => a.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
      expect(await counts(db)).toEqual(after);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await runSeed(db, { reset: true });
    }
  });
});
