/**
 * `statements(orderBy:)`: DATE and SPEAKER, ASC and DESC, on the unfiltered page (statement/page.cypher) and the
 * filtered one (statement/page-linked.cypher), with cursors that continue only their own order. The expected
 * orders are computed here from the seeded annotations (dates, speakers' names), not read back from the graph.
 */
import type { ResolvedArticle, ResolvedStatement } from '../../../seed/model';
import { useTestApp } from '../harness';
import { run, runError, seededArticle, walkPages } from './helpers';

const PAGE = `query ($orderBy: StatementOrder, $speakerIds: [ID!], $acts: [StatementAct!], $first: Int, $after: String) {
  statements(orderBy: $orderBy, speakerIds: $speakerIds, acts: $acts, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id date { earliest } speaker { id name } } }
  }
}`;

const XI = 'person:xi-jinping';
const PUTIN = 'person:vladimir-putin';

type Order = { field: 'DATE' | 'SPEAKER'; direction: 'ASC' | 'DESC' };
const ORDERS: Order[] = [
  { field: 'DATE', direction: 'ASC' },
  { field: 'DATE', direction: 'DESC' },
  { field: 'SPEAKER', direction: 'ASC' },
  { field: 'SPEAKER', direction: 'DESC' },
];

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order the API promises, written out over the annotations: undated and speakerless last in ASC. */
function expectedOrder(article: ResolvedArticle, order: Order, keep: (s: ResolvedStatement) => boolean = () => true): string[] {
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  const day = (s: ResolvedStatement) => s.date?.earliest ?? null;
  const byDate = (a: ResolvedStatement, b: ResolvedStatement) =>
    day(a) === day(b) ? compare(a.id, b.id) : day(a) === null ? 1 : day(b) === null ? -1 : compare(day(a)!, day(b)!);
  const speaker = (s: ResolvedStatement) => (s.speakerId === article.id ? null : names.get(s.speakerId)!);
  const bySpeaker = (a: ResolvedStatement, b: ResolvedStatement) =>
    speaker(a) === speaker(b) ? byDate(a, b) : speaker(a) === null ? 1 : speaker(b) === null ? -1 : compare(speaker(a)!, speaker(b)!);
  const ids = article.statements
    .filter(keep)
    .sort(order.field === 'DATE' ? byDate : bySpeaker)
    .map((s) => s.id);
  return order.direction === 'ASC' ? ids : ids.reverse();
}

const pick = (data: any) => data.statements;

describe('statement order', () => {
  const app = useTestApp();
  let article: ResolvedArticle;
  beforeAll(async () => {
    article = await seededArticle();
  });

  it('orders by date by default, earliest first and undated last, as before', async () => {
    const { statements } = await run(app, PAGE, { first: 100 });
    const ids = statements.edges.map((e: any) => e.node.id);
    expect(ids).toEqual(expectedOrder(article, { field: 'DATE', direction: 'ASC' }));
    // The announcements of February 2022 come first; the undated statements fill the end.
    expect(ids.slice(0, 2)).toEqual(['statement:china-announces-no-limits-cooperation', 'statement:russia-announces-no-limits-cooperation']);
    expect(statements.edges[statements.edges.length - 1].node.date).toBeNull();
    const explicit = await run(app, PAGE, { first: 100, orderBy: { field: 'DATE', direction: 'ASC' } });
    expect(explicit.statements.edges.map((e: any) => e.node.id)).toEqual(ids);
    expect(statements.totalCount).toBe(article.statements.length);
  });

  it('orders by date descending as the exact reverse: undated statements first, then the latest', async () => {
    const { statements } = await run(app, PAGE, { first: 100, orderBy: { field: 'DATE', direction: 'DESC' } });
    const ids = statements.edges.map((e: any) => e.node.id);
    expect(ids).toEqual(expectedOrder(article, { field: 'DATE', direction: 'DESC' }));
    expect(ids[0]).toBe('statement:xi-instructs-officials-to-research-trump-policies');
    expect(ids[ids.length - 1]).toBe('statement:china-announces-no-limits-cooperation');
  });

  it("orders by the speaker's name, then date, then id, with the narrator's statements last", async () => {
    const { statements } = await run(app, PAGE, { first: 100, orderBy: { field: 'SPEAKER' } });
    const nodes = statements.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.id)).toEqual(expectedOrder(article, { field: 'SPEAKER', direction: 'ASC' }));
    expect(nodes[0].speaker.name).toBe('Alexander Gabuev');
    const names = nodes.filter((n: any) => n.speaker).map((n: any) => n.speaker.name);
    expect(names).toEqual([...names].sort(compare));
    // "China" before "Chinese state media": the name compares as a whole before the date does.
    expect(names.indexOf('Chinese state media')).toBeGreaterThan(names.lastIndexOf('China'));
    const narrator = article.statements.filter((s) => s.speakerId === article.id).length;
    expect(narrator).toBeGreaterThan(0);
    expect(nodes.slice(-narrator).every((n: any) => n.speaker === null)).toBe(true);
    // Xi's statements: the range of early February first, the statements of the call next, undated ones last.
    const xi = nodes.filter((n: any) => n.speaker?.id === XI);
    expect(xi[0].id).toBe('statement:xi-accepts-invitation-to-may-event');
    expect(xi[xi.length - 1].date).toBeNull();
  });

  it('reverses the speaker order exactly with DESC', async () => {
    const { statements } = await run(app, PAGE, { first: 100, orderBy: { field: 'SPEAKER', direction: 'DESC' } });
    const ids = statements.edges.map((e: any) => e.node.id);
    expect(ids).toEqual(expectedOrder(article, { field: 'SPEAKER', direction: 'DESC' }));
    expect(statements.edges[0].node.speaker).toBeNull();
    expect(ids[ids.length - 1]).toBe('statement:gabuev-anniversary-timing-shows-robust-partnership');
  });

  it.each(ORDERS)('walks every page of $field $direction with its cursors, none repeated or skipped', async (orderBy) => {
    const ids = await walkPages(app, PAGE, pick, { first: 5, orderBy });
    expect(ids).toEqual(expectedOrder(article, orderBy));
    expect(new Set(ids).size).toBe(article.statements.length);
  });

  it.each(ORDERS)('walks the speaker-filtered pages of $field $direction (the search from the speakers)', async (orderBy) => {
    const speakers = [XI, PUTIN];
    const ids = await walkPages(app, PAGE, pick, { first: 3, orderBy, speakerIds: speakers });
    const expected = expectedOrder(article, orderBy, (s) => speakers.includes(s.speakerId));
    expect(expected.length).toBeGreaterThan(10);
    expect(ids).toEqual(expected);
  });

  it('puts Putin before Xi by name when both are asked for, and keeps act filters on the ordered walk', async () => {
    const { statements } = await run(app, PAGE, { first: 100, orderBy: { field: 'SPEAKER' }, speakerIds: [XI, PUTIN] });
    const speakers = statements.edges.map((e: any) => e.node.speaker.id);
    expect(speakers.indexOf(XI)).toBe(speakers.lastIndexOf(PUTIN) + 1);

    const acts = ['ACCUSATION', 'DENIAL'];
    const filtered = await run(app, PAGE, { first: 100, orderBy: { field: 'SPEAKER', direction: 'DESC' }, acts });
    const expected = expectedOrder(article, { field: 'SPEAKER', direction: 'DESC' }, (s) => acts.includes(s.act));
    expect(expected.length).toBeGreaterThan(1);
    expect(filtered.statements.edges.map((e: any) => e.node.id)).toEqual(expected);
  });

  it('refuses a cursor of another order or direction, and a forged one, with BAD_USER_INPUT', async () => {
    const date = await run(app, PAGE, { first: 2 });
    const speaker = await run(app, PAGE, { first: 2, orderBy: { field: 'SPEAKER' } });
    const asc = date.statements.pageInfo.endCursor;
    const bySpeaker = speaker.statements.pageInfo.endCursor;
    for (const [after, orderBy] of [
      [asc, { field: 'SPEAKER' }],
      [asc, { field: 'DATE', direction: 'DESC' }],
      [bySpeaker, { field: 'DATE' }],
      [bySpeaker, { field: 'SPEAKER', direction: 'DESC' }],
      [Buffer.from(JSON.stringify(['statements:DATE:ASC', 1])).toString('base64url'), { field: 'DATE' }],
      ['not a cursor', { field: 'SPEAKER' }],
    ]) {
      const error = await runError(app, PAGE, { first: 2, after, orderBy });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
    // The same cursor on the filtered path continues its own order.
    const filtered = await run(app, PAGE, { first: 100, orderBy: { field: 'SPEAKER' }, speakerIds: [XI], after: bySpeaker });
    expect(filtered.statements.edges.length).toBeGreaterThan(0);
  });
});
