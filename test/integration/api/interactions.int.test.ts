/**
 * `interactions` and `statementCounts` against the seeded article: every count, date and group is recomputed here
 * from the annotations the graph was seeded from (seed/articles/…/annotations.json as the seed resolved them), and
 * the aggregates the seed keeps are checked against a direct count of the statements in Cypher.
 */
import type { ResolvedArticle, ResolvedStatement } from '../../../seed/model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../../../src/db/queries';
import { STATEMENT_ACTS, UNDATED_SORT_DAY } from '../../../src/graph';
import { useTestApp } from '../harness';
import { run, runError, seededArticle, walkPages } from './helpers';

const INTERACTIONS = `query ($speakerIds: [ID!], $addresseeIds: [ID!], $first: Int, $after: String) {
  interactions(speakerIds: $speakerIds, addresseeIds: $addresseeIds, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        speaker { id name }
        addressee { id name }
        count
        firstDate { value precision earliest latest text }
        lastDate { value precision earliest latest text }
      }
    }
  }
}`;

const PAIR_STATEMENTS = `query ($speakerIds: [ID!], $first: Int, $after: String) {
  interactions(speakerIds: $speakerIds, first: 1) {
    edges { node { speaker { id } addressee { id } count
      statements(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id speaker { id } addressees { id } evidence { quote } } }
      }
    } }
  }
}`;

const COUNTS = `query ($groupBy: StatementGroupBy!, $first: Int, $speakerIds: [ID!], $addresseeIds: [ID!], $aboutIds: [ID!], $eventIds: [ID!], $acts: [StatementAct!], $forms: [StatementForm!], $aboutRelated: Boolean) {
  statementCounts(groupBy: $groupBy, first: $first, speakerIds: $speakerIds, addresseeIds: $addresseeIds, aboutIds: $aboutIds, eventIds: $eventIds, acts: $acts, forms: $forms, aboutRelated: $aboutRelated) {
    groupBy
    totalCount
    groups { key count entity { id name } }
  }
}`;

interface Pair {
  speakerId: string;
  addresseeId: string;
  statements: ResolvedStatement[];
}

/** The pairs as the annotations say: statements with a speaker (not the narrator) and each of their addressees. */
function expectedPairs(article: ResolvedArticle): Pair[] {
  const pairs = new Map<string, Pair>();
  for (const s of article.statements) {
    if (s.speakerId === article.id) continue;
    for (const addresseeId of s.addresseeIds) {
      const key = `${s.speakerId} ${addresseeId}`;
      const pair = pairs.get(key) ?? { speakerId: s.speakerId, addresseeId, statements: [] };
      pair.statements.push(s);
      pairs.set(key, pair);
    }
  }
  return [...pairs.values()].sort((a, b) => b.statements.length - a.statements.length || cmp(a.speakerId, b.speakerId) || cmp(a.addresseeId, b.addresseeId));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const dateOf = (s: ResolvedStatement | undefined) =>
  s?.date ? { value: s.date.value, precision: s.date.precision, earliest: s.date.earliest, latest: s.date.latest, text: s.date.text ?? null } : null;

/** The statement whose date can be the earliest / the latest, as the API's firstDate and lastDate describe. */
function firstAndLast(statements: ResolvedStatement[]) {
  const dated = statements.filter((s) => s.date);
  const first = [...dated].sort((a, b) => cmp(a.date!.earliest, b.date!.earliest) || cmp(a.id, b.id))[0];
  const last = [...dated].sort((a, b) => cmp(b.date!.latest, a.date!.latest) || cmp(b.id, a.id))[0];
  return { firstDate: dateOf(first), lastDate: dateOf(last) };
}

/** The month group of a date (cypher/fragments/statement-month.cypher), computed independently. */
function monthOf(s: ResolvedStatement): string | null {
  if (!s.date) return null;
  const [from, to] = [s.date.earliest.slice(0, 7), s.date.latest.slice(0, 7)];
  return from === to ? from : s.date.value;
}

/** Group counts from the annotations, biggest first, then by key (null last). */
function expectedGroups(statements: ResolvedStatement[], keysOf: (s: ResolvedStatement) => (string | null)[]) {
  const counts = new Map<string | null, number>();
  for (const s of statements) for (const key of new Set(keysOf(s))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key === null ? 1 : b.key === null ? -1 : cmp(a.key, b.key)));
}

describe('interactions and statementCounts', () => {
  const app = useTestApp();
  let article: ResolvedArticle;
  let keysBy: Record<string, (s: ResolvedStatement) => (string | null)[]>;
  beforeAll(async () => {
    article = await seededArticle();
    keysBy = {
      SPEAKER: (s) => (s.speakerId === article.id ? [] : [s.speakerId]),
      ADDRESSEE: (s) => s.addresseeIds,
      ACT: (s) => [s.act],
      ABOUT: (s) => s.aboutIds,
      EVENT: (s) => (s.eventId ? [s.eventId] : []),
      MONTH: (s) => [monthOf(s)],
    };
  });

  it('lists every speaker → addressee pair with its count and first and last dates, biggest first', async () => {
    const pairs = expectedPairs(article);
    expect(pairs.length).toBeGreaterThanOrEqual(5);
    expect(pairs[0]).toMatchObject({ speakerId: 'person:xi-jinping', addresseeId: 'person:vladimir-putin' });
    const data = await run(app, INTERACTIONS, { first: 100 });
    expect(data.interactions.totalCount).toBe(pairs.length);
    expect(data.interactions.pageInfo.hasNextPage).toBe(false);
    expect(
      data.interactions.edges.map((e: { node: { speaker: { id: string }; addressee: { id: string }; count: number } }) => [
        e.node.speaker.id,
        e.node.addressee.id,
        e.node.count,
      ]),
    ).toEqual(pairs.map((p) => [p.speakerId, p.addresseeId, p.statements.length]));
    for (const [i, pair] of pairs.entries()) {
      const { firstDate, lastDate } = data.interactions.edges[i].node;
      expect({ firstDate, lastDate }).toEqual(firstAndLast(pair.statements));
    }
    // Dates keep their precision: Xi accepted Russia's invitation "earlier this month" (a RANGE); what he told
    // Chinese officials is undated, so that pair has no dates.
    const pairOf = (speaker: string, addressee: string) =>
      data.interactions.edges.find(
        (e: { node: { speaker: { id: string }; addressee: { id: string } } }) => e.node.speaker.id === speaker && e.node.addressee.id === addressee,
      ).node;
    expect(pairOf('person:xi-jinping', 'country:russia').firstDate).toMatchObject({
      precision: 'RANGE',
      value: '2025-02-01/2025-02-23',
      text: 'earlier this month',
    });
    expect(pairOf('person:xi-jinping', 'organization:chinese-officials')).toMatchObject({ count: 1, firstDate: null, lastDate: null });
  });

  it('keeps the Interaction aggregate equal to a direct count of the statements', async () => {
    const { records } = await app.db.driver.executeQuery(
      `MATCH (a:Entity)<-[:SAID_BY]-(s:Statement)-[:ADDRESSED_TO]->(b:Entity)
       WITH a, b, count(s) AS live
       OPTIONAL MATCH (p:Interaction {id: a.id + ' ' + b.id})
       RETURN a.id AS a, b.id AS b, live, p.count AS stored`,
      {},
      { database: app.db.database },
    );
    expect(records.length).toBe(expectedPairs(article).length);
    for (const r of records) expect(Number(r.get('stored'))).toBe(Number(r.get('live')));
    const { records: orphans } = await app.db.driver.executeQuery(
      `MATCH (p:Interaction)
       WHERE NOT EXISTS { (:Entity {id: p.speakerId})<-[:SAID_BY]-(:Statement)-[:ADDRESSED_TO]->(:Entity {id: p.addresseeId}) }
       RETURN count(p) AS n`,
      {},
      { database: app.db.database },
    );
    expect(Number(orphans[0].get('n'))).toBe(0);
  });

  it('pages with opaque cursors and refuses a cursor of another list', async () => {
    const all = (await run(app, INTERACTIONS, { first: 100 })).interactions.edges.map(
      (e: { node: { speaker: { id: string }; addressee: { id: string } } }) => `${e.node.speaker.id} ${e.node.addressee.id}`,
    );
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data = await run(app, INTERACTIONS, { first: 2, after });
      walked.push(
        ...data.interactions.edges.map((e: { node: { speaker: { id: string }; addressee: { id: string } } }) => `${e.node.speaker.id} ${e.node.addressee.id}`),
      );
      expect(data.interactions.totalCount).toBe(all.length);
      if (!data.interactions.pageInfo.hasNextPage) break;
      after = data.interactions.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);

    const statementsPage = await run(app, `{ statements(first: 1) { pageInfo { endCursor } } }`);
    const error = await runError(app, INTERACTIONS, { after: statementsPage.statements.pageInfo.endCursor });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by speakers and addressees from the named entities, and names unknown ids', async () => {
    const pairs = expectedPairs(article);
    const key = (e: { node: { speaker: { id: string }; addressee: { id: string } } }) => `${e.node.speaker.id} ${e.node.addressee.id}`;
    const fromXi = await run(app, INTERACTIONS, { speakerIds: ['person:xi-jinping'], first: 100 });
    const expectedFromXi = pairs.filter((p) => p.speakerId === 'person:xi-jinping').map((p) => `${p.speakerId} ${p.addresseeId}`);
    expect(expectedFromXi.length).toBeGreaterThanOrEqual(3);
    expect(fromXi.interactions.edges.map(key)).toEqual(expectedFromXi);
    expect(fromXi.interactions.totalCount).toBe(expectedFromXi.length);

    const toXi = await run(app, INTERACTIONS, { addresseeIds: ['person:xi-jinping'], first: 100 });
    expect(toXi.interactions.edges.map(key)).toEqual(pairs.filter((p) => p.addresseeId === 'person:xi-jinping').map((p) => `${p.speakerId} ${p.addresseeId}`));

    const both = await run(app, INTERACTIONS, { speakerIds: ['person:xi-jinping', 'person:vladimir-putin'], addresseeIds: ['person:vladimir-putin'] });
    expect(both.interactions.edges.map(key)).toEqual(['person:xi-jinping person:vladimir-putin']);

    const page1 = await run(app, INTERACTIONS, { speakerIds: ['person:xi-jinping'], first: 1 });
    const page2 = await run(app, INTERACTIONS, { speakerIds: ['person:xi-jinping'], first: 100, after: page1.interactions.pageInfo.endCursor });
    expect([...page1.interactions.edges, ...page2.interactions.edges].map(key)).toEqual(expectedFromXi);

    const error = await runError(app, INTERACTIONS, { speakerIds: ['person:xi-jinping'], addresseeIds: ['person:nobody'] });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'addresseeIds', unknownIds: ['person:nobody'] });
  });

  it('gives each pair its statements with evidence, ordered by date then id, a page at a time', async () => {
    const [top] = expectedPairs(article);
    const expected = [...top.statements]
      .sort((a, b) => cmp(a.date?.earliest ?? UNDATED_SORT_DAY, b.date?.earliest ?? UNDATED_SORT_DAY) || cmp(a.id, b.id))
      .map((s) => s.id);
    const data = await run(app, PAIR_STATEMENTS, { speakerIds: [top.speakerId], first: 100 });
    const pair = data.interactions.edges[0].node;
    expect(pair.count).toBe(expected.length);
    expect(pair.statements.totalCount).toBe(expected.length);
    expect(pair.statements.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expected);
    for (const { node } of pair.statements.edges) {
      expect(node.speaker.id).toBe(top.speakerId);
      expect(node.addressees.map((a: { id: string }) => a.id)).toContain(top.addresseeId);
      const statement = article.statements.find((s) => s.id === node.id)!;
      expect(node.evidence.map((e: { quote: string }) => e.quote)).toEqual(statement.evidence.map((e) => e.quote));
    }
    const walked = await walkPages(app, PAIR_STATEMENTS, (d) => d.interactions.edges[0].node.statements, { speakerIds: [top.speakerId], first: 3 });
    expect(walked).toEqual(expected);
  });

  it.each(['SPEAKER', 'ADDRESSEE', 'ACT', 'ABOUT', 'EVENT', 'MONTH'])('counts every statement by %s from the aggregate', async (groupBy) => {
    const expected = expectedGroups(article.statements, keysBy[groupBy]);
    const data = await run(app, COUNTS, { groupBy, first: 100 });
    expect(data.statementCounts.groupBy).toBe(groupBy);
    expect(data.statementCounts.totalCount).toBe(article.statements.length);
    expect(data.statementCounts.groups.map((g: { key: string | null; count: number }) => ({ key: g.key, count: g.count }))).toEqual(expected);
    for (const g of data.statementCounts.groups) {
      const entity = article.entities.find((e) => e.id === g.key);
      expect(g.entity).toEqual(entity ? { id: entity.id, name: entity.name } : null);
    }
    // Counting the statements themselves (every act listed: the act index path) gives the same groups.
    const live = await run(app, COUNTS, { groupBy, first: 100, acts: [...STATEMENT_ACTS] });
    expect(live.statementCounts).toEqual(data.statementCounts);
    // `first` keeps the biggest groups.
    const top2 = await run(app, COUNTS, { groupBy, first: 2 });
    expect(top2.statementCounts.groups).toEqual(data.statementCounts.groups.slice(0, 2));
  });

  it('counts the statements the filters of `statements` match', async () => {
    const xi = article.statements.filter((s) => s.speakerId === 'person:xi-jinping');
    const byAddressee = await run(app, COUNTS, { groupBy: 'ADDRESSEE', speakerIds: ['person:xi-jinping'] });
    expect(byAddressee.statementCounts.totalCount).toBe(xi.length);
    expect(byAddressee.statementCounts.groups.map((g: { key: string; count: number }) => ({ key: g.key, count: g.count }))).toEqual(
      expectedGroups(xi, keysBy.ADDRESSEE),
    );

    const accusations = article.statements.filter((s) => ['ACCUSATION', 'DENIAL'].includes(s.act));
    const bySpeaker = await run(app, COUNTS, { groupBy: 'SPEAKER', acts: ['ACCUSATION', 'DENIAL'] });
    expect(bySpeaker.statementCounts.groups.map((g: { key: string; count: number }) => ({ key: g.key, count: g.count }))).toEqual(
      expectedGroups(accusations, keysBy.SPEAKER),
    );

    const quotes = article.statements.filter((s) => s.form === 'DIRECT_QUOTE');
    const byAct = await run(app, COUNTS, { groupBy: 'ACT', forms: ['DIRECT_QUOTE'] });
    expect(byAct.statementCounts.totalCount).toBe(quotes.length);
    expect(byAct.statementCounts.groups.map((g: { key: string; count: number }) => ({ key: g.key, count: g.count }))).toEqual(
      expectedGroups(quotes, keysBy.ACT),
    );

    const atCall = article.statements.filter((s) => s.eventId === 'event:2025-02-24-xi-putin-call' && s.aboutIds.length > 0);
    const byMonth = await run(app, COUNTS, { groupBy: 'MONTH', eventIds: ['event:2025-02-24-xi-putin-call'] });
    expect(byMonth.statementCounts.totalCount).toBe(article.statements.filter((s) => s.eventId === 'event:2025-02-24-xi-putin-call').length);
    expect(atCall.length).toBeGreaterThan(0);

    const error = await runError(app, COUNTS, { groupBy: 'SPEAKER', aboutIds: ['country:atlantis'] });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'aboutIds', unknownIds: ['country:atlantis'] });
    const tooMany = await runError(app, COUNTS, { groupBy: 'SPEAKER', first: 101 });
    expect(tooMany.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('puts a date in a month only when it lies within one, and a coarser date in a group of its own value', async () => {
    const fragment = readFileSync(join(CYPHER_DIR, 'fragments', 'statement-month.cypher'), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n')
      .replaceAll('{{owner}}', 's');
    const cases: [string | null, string | null, string | null, string | null][] = [
      ['2025-02-24', '2025-02-24', '2025-02-24', '2025-02'],
      ['2025-W08', '2025-02-17', '2025-02-23', '2025-02'],
      ['2025-W05', '2025-01-27', '2025-02-02', '2025-W05'],
      ['2025', '2025-01-01', '2025-12-31', '2025'],
      ['2015-02/2025-02-24', '2015-02-01', '2025-02-24', '2015-02/2025-02-24'],
      [null, null, null, null],
    ];
    for (const [value, earliest, latest, month] of cases) {
      const { records } = await app.db.driver.executeQuery(
        `WITH {date: $value, dateEarliest: date($earliest), dateLatest: date($latest)} AS s RETURN ${fragment} AS month`,
        { value, earliest, latest },
        { database: app.db.database },
      );
      expect(records[0].get('month')).toBe(month);
    }
  });
});
