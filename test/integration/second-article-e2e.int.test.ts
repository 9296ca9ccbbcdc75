/**
 * A second article end to end, as an editor would add one: a new article folder (its own made-up text naming
 * Putin and Xi, a new person and organization, a quotation, reported speech and a date) → the draft annotator
 * (seed/annotate/, with the seeded article's entities known, as `npm run annotate` reads them) → a review that
 * removes the draft flags, keeps the right guesses and fixes the rest → `npm run validate`'s check of both folders
 * → `importArticle` with an editor key over HTTP → queries that now span both articles → `deleteArticle`, after
 * which every answer and the whole graph (graph-fingerprint.ts) are as before.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotate, withoutDraftMarks } from '../../seed/annotate/annotate';
import type { AnnotateResult } from '../../seed/annotate/annotate';
import { formatDraft, loadKnown } from '../../seed/annotate/cli';
import { runCheck } from '../../seed/check';
import { projectPath } from '../../src/paths';
import { graphFingerprint } from './graph-fingerprint';
import type { GraphFingerprint } from './graph-fingerprint';
import type { ImportApp } from './importing/helpers';
import { bearer, DELETE, graphCounts, IMPORT, openImportApp } from './importing/helpers';

const SEEDED = 'article:2025-02-24-xi-putin-no-limits';
const SEEDED_FOLDER = projectPath('seed', 'articles', 'xi-putin-call-2025-02-24');
const SECOND = 'article:2025-03-20-putin-hosts-xi';
const PUTIN = 'person:vladimir-putin';
const XI = 'person:xi-jinping';

const TEXT = `Putin hosts Xi in Moscow as the Arctic Shipping Council looks on

On Wednesday, Russian President Vladimir Putin welcomed President Xi Jinping to the Kremlin for talks on energy and trade.

“Our partnership is stronger than ever, and no outside pressure will change it,” Putin said at the start of the talks.

Xi told Putin that Beijing would keep buying Russian oil and gas for many years.

According to Elena Varga, director of the Arctic Shipping Council, the two leaders also discussed a northern sea route to Europe.

Varga said the route “could halve the journey” between Shanghai and Rotterdam.

The leaders agreed to meet again in October.
`;
const META = { id: SECOND, title: 'Putin hosts Xi in Moscow as the Arctic Shipping Council looks on', publishedOn: '2025-03-20', language: 'en' };

/** What the import must add to and deleteArticle must take away from: Putin across articles, a timeline, the articles. */
const ANSWERS = `{
  articles { id }
  putin: entity(id: "${PUTIN}") {
    name aliases description mentionCount degree
    mentions { article { id } }
    statements(role: SPEAKER, first: 50) { totalCount edges { node { id text date { value } evidence { article { id } } } } }
  }
  putinSpeaks: statements(speakerId: "${PUTIN}", first: 50) { totalCount edges { node { id date { value } } } }
  xiToPutin: statements(speakerId: "${XI}", addresseeIds: ["${PUTIN}"], first: 50) { totalCount edges { node { id } } }
  timeline(from: "2025-02", to: "2025-03", first: 50) {
    totalCount
    edges { node { id name date { value precision earliest } evidence { article { id } } } }
  }
}`;

type Json = any;

/** The review step, as a person would do it, in code: every decision is written out. */
function review(draft: AnnotateResult['draft']): Json {
  const rename = (value: unknown, from: string, to: string): unknown => JSON.parse(JSON.stringify(value), (_key, v: unknown) => (v === from ? to : v));

  // The guessed event id "event:talks" would be shared by every article's talks: give it a specific one.
  const talksId = 'event:2025-03-19-putin-xi-moscow-talks';
  const file = rename(withoutDraftMarks(draft), 'event:talks', talksId) as Json;
  const talks = file.entities.find((e: Json) => e.id === talksId);
  Object.assign(talks, { name: 'Putin–Xi talks in Moscow', aliases: ['talks'], description: 'Talks on energy and trade at the Kremlin' });

  // Varga's paraphrase is about the two leaders; the council only names her post (a relation says so).
  const varga = file.statements.find((s: Json) => s.speaker === 'person:elena-varga' && s.form === 'PARAPHRASE');
  varga.about = [PUTIN, XI];
  varga.unlinked = [{ entity: 'organization:arctic-shipping-council', reason: 'names the speaker’s post (the DIRECTS relation)' }];
  file.relations = [
    {
      type: 'DIRECTS',
      from: 'person:elena-varga',
      to: 'organization:arctic-shipping-council',
      role: 'director',
      evidence: [{ quote: 'Elena Varga, director of the Arctic Shipping Council' }],
    },
  ];
  // Xi's promise is about China's purchases from Russia.
  const xi = file.statements.find((s: Json) => s.speaker === XI);
  xi.about = [...xi.about, 'country:russia'];
  return file;
}

describe('a second article, from draft to API and back', () => {
  let dir: string;
  let app: ImportApp;
  let seededCounts: Record<string, number>;
  let seededGraph: GraphFingerprint;
  let before: Json;
  let draft: AnnotateResult;
  let reviewed: Json;

  const query = async (text: string, variables?: object, headers: Record<string, string> = {}) => {
    const { body } = await app.post({ query: text, variables }, headers);
    return body;
  };
  const answers = async () => {
    const body = await query(ANSWERS);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'second-article-'));
    writeFileSync(join(dir, 'article.txt'), TEXT);
    writeFileSync(join(dir, 'article.json'), formatDraft(META));
    app = await openImportApp();
    seededCounts = await graphCounts(app.db);
    seededGraph = await graphFingerprint(app.db.driver, app.db.database);
    before = await answers();
  });
  afterAll(async () => {
    // Whatever a failed test left, the next suites get the seeded graph.
    if (app) {
      await query(DELETE, { id: SECOND }, bearer(app.editorKey));
      expect(await graphCounts(app.db)).toEqual(seededCounts);
      await app.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('drafts the annotations, knowing the entities the seeded article declares', () => {
    // As `npm run annotate -- <dir>` does: the folder's files, every other folder's entities as known ones.
    const known = loadKnown(projectPath('seed', 'articles'), dir);
    const meta = JSON.parse(readFileSync(join(dir, 'article.json'), 'utf8')) as typeof META;
    draft = annotate({ text: readFileSync(join(dir, 'article.txt'), 'utf8'), publishedOn: meta.publishedOn, known });
    const { entities, statements } = draft.draft;
    const entity = (id: string) => entities.find((e) => e.id === id);

    // The shared people keep the ids the graph has; the new ones get ids of their own.
    expect(entity(PUTIN)).toMatchObject({ kind: 'PERSON', name: 'Vladimir Putin' });
    expect(entity(XI)).toMatchObject({ kind: 'PERSON', name: 'Xi Jinping' });
    expect(entity('person:elena-varga')).toMatchObject({ kind: 'PERSON', aliases: ['Varga'] });
    expect(entity('organization:arctic-shipping-council')).toMatchObject({ kind: 'ORGANIZATION' });
    // The quotation's speaker, the event it was spoken at and the date of that event ("On Wednesday").
    const quote = statements.find((s) => s.form === 'DIRECT_QUOTE');
    expect(quote).toMatchObject({
      speaker: PUTIN,
      event: 'event:talks',
      text: 'Our partnership is stronger than ever, and no outside pressure will change it',
    });
    expect(entity('event:talks')?.date).toEqual({ value: '2025-03-19', precision: 'DAY', text: 'On Wednesday' });
    // Reported speech: Xi told Putin; Varga's words after her description; her partial quote.
    expect(statements.find((s) => s.speaker === XI)).toMatchObject({ addressees: [PUTIN], form: 'PARAPHRASE' });
    expect(statements.find((s) => s.speaker === 'person:elena-varga' && s.form === 'PARAPHRASE')?.text).toMatch(/^the two leaders also discussed/);
    expect(statements.find((s) => s.form === 'PARTIAL_QUOTE')).toMatchObject({ speaker: 'person:elena-varga', text: 'could halve the journey' });
    // "meet again in October", published in March: next October.
    expect(draft.dates.map((d) => `${d.text} ${d.value}`)).toEqual(['On Wednesday 2025-03-19', 'October 2025-10']);
  });

  it('refuses the unreviewed draft and accepts the reviewed file, beside the seeded article (npm run validate)', async () => {
    const lines: string[] = [];
    const record = (line: string) => lines.push(line);
    writeFileSync(join(dir, 'annotations.json'), formatDraft(draft.draft));
    expect(await runCheck([SEEDED_FOLDER, dir], record, record)).toBe(1);
    expect(lines.join('\n')).toContain('unreviewed draft (the whole file)');
    // Nothing but the draft marks is wrong with it.
    lines.length = 0;
    expect(await runCheck(['--allow-drafts', SEEDED_FOLDER, dir], record, record)).toBe(0);

    reviewed = review(draft.draft);
    writeFileSync(join(dir, 'annotations.json'), formatDraft(reviewed));
    lines.length = 0;
    expect(await runCheck([SEEDED_FOLDER, dir], record, record)).toBe(0);
    expect(lines.join('\n')).toContain(`is valid: 8 entities, 4 statements, 1 relations`);
  });

  it('imports it with an editor key, and the answers span both articles', async () => {
    const input = {
      text: readFileSync(join(dir, 'article.txt'), 'utf8'),
      meta: JSON.parse(readFileSync(join(dir, 'article.json'), 'utf8')),
      annotations: JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')),
    };
    const imported = await query(IMPORT, { input, dryRun: false }, bearer(app.editorKey));
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importArticle).toMatchObject({ ok: true, articleId: SECOND, problems: [] });
    expect(imported.data.importArticle.counts).toMatchObject({ entities: 8, statements: 4, relations: 1 });

    const after = await answers();
    expect(after.articles.map((a: Json) => a.id).sort()).toEqual([SEEDED, SECOND].sort());

    // Putin, one entity named by both articles: mentions and statements from each.
    const articlesOf = (evidence: Json[]) => new Set(evidence.map((e) => e.article.id));
    expect(articlesOf(after.putin.mentions)).toEqual(new Set([SEEDED, SECOND]));
    expect(after.putin.mentionCount).toBeGreaterThan(before.putin.mentionCount);
    const spoken = after.putin.statements.edges.map((e: Json) => e.node);
    expect(new Set(spoken.flatMap((s: Json) => [...articlesOf(s.evidence)]))).toEqual(new Set([SEEDED, SECOND]));
    expect(after.putin.statements.totalCount).toBe(before.putin.statements.totalCount + 1);
    const partnership = spoken.find((s: Json) => s.text.startsWith('Our partnership'));
    expect(partnership.date).toEqual({ value: '2025-03-19' });
    // The statements list agrees, and in date order (undated ones last) the new statement is the latest dated.
    expect(after.putinSpeaks.totalCount).toBe(before.putinSpeaks.totalCount + 1);
    const dated = after.putinSpeaks.edges.map((e: Json) => e.node).filter((n: Json) => n.date !== null);
    expect(dated.length).toBeGreaterThan(1);
    expect(dated.at(-1).id).toBe(partnership.id);
    expect(after.xiToPutin.totalCount).toBe(before.xiToPutin.totalCount + 1);

    // The timeline over February and March 2025: the seeded call, then the Moscow talks of the second article.
    const events = after.timeline.edges.map((e: Json) => e.node);
    const ids = events.map((e: Json) => e.id);
    expect(after.timeline.totalCount).toBe(before.timeline.totalCount + 1);
    expect(ids).toEqual([...before.timeline.edges.map((e: Json) => e.node.id), 'event:2025-03-19-putin-xi-moscow-talks']);
    expect(ids).toContain('event:2025-02-24-xi-putin-call');
    const talks = events.at(-1);
    expect(talks.date).toEqual({ value: '2025-03-19', precision: 'DAY', earliest: '2025-03-19' });
    expect(articlesOf(talks.evidence)).toEqual(new Set([SECOND]));
    expect(new Set(events.flatMap((e: Json) => [...articlesOf(e.evidence)]))).toEqual(new Set([SEEDED, SECOND]));
  });

  it('deleteArticle takes the second article away, and every answer is as before', async () => {
    const deleted = await query(DELETE, { id: SECOND }, bearer(app.editorKey));
    expect(deleted.errors).toBeUndefined();
    // Its four statements and the entities only it names (Varga, the council, the talks); Putin, Xi, China,
    // Russia and the Kremlin stay.
    expect(deleted.data.deleteArticle).toMatchObject({ articleId: SECOND, statementsDeleted: 4, relationsDeleted: 1, entitiesDeleted: 3 });
    expect(await answers()).toEqual(before);
    expect(await graphCounts(app.db)).toEqual(seededCounts);
    // Not only as many nodes: the same nodes and relationships with the same properties (mention counts, degrees).
    expect(await graphFingerprint(app.db.driver, app.db.database)).toEqual(seededGraph);
  });
});
