/** The timeline, in date order with honest precision, filtered by overlapping ranges. */
import type { ResolvedArticle } from '../../../seed/model';
import { useTestApp } from '../harness';
import { run, runError, seededArticle, walkPages } from './helpers';

const TIMELINE = `query ($from: String, $to: String, $first: Int, $after: String) {
  timeline(from: $from, to: $to, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name date { value precision earliest latest text } } }
  }
}`;

describe('timeline', () => {
  const app = useTestApp();
  let article: ResolvedArticle;
  beforeAll(async () => {
    article = await seededArticle();
  });

  /** Dated events overlapping [from, to], in the API's order (earliest day, then id). */
  function expected(from: string, to: string): string[] {
    return article.entities
      .filter((e) => e.kind === 'EVENT' && e.date && e.date.latest >= from && e.date.earliest <= to)
      .sort((a, b) => (a.date!.earliest === b.date!.earliest ? (a.id < b.id ? -1 : 1) : a.date!.earliest < b.date!.earliest ? -1 : 1))
      .map((e) => e.id);
  }

  it('lists the events from 2022 to May 2025 in date order', async () => {
    const { timeline } = await run(app, TIMELINE, { from: '2022', to: '2025-05' });
    const ids = timeline.edges.map((e: any) => e.node.id);
    expect(ids).toEqual(expected('2022-01-01', '2025-05-31'));
    expect(ids[0]).toBe('event:2022-02-china-russia-no-limits-announcement');
    expect(ids).toContain('event:2025-02-24-xi-putin-call');
    expect(ids[ids.length - 1]).toBe('event:2025-05-victory-day-celebration');
    expect(ids).not.toContain('event:world-war-two');
    const earliest = timeline.edges.map((e: any) => e.node.date.earliest);
    expect(earliest).toEqual([...earliest].sort());
  });

  it('keeps each date’s precision and the article’s words for it', async () => {
    const { timeline } = await run(app, TIMELINE, { from: '2025-02', to: '2025-02' });
    const byId = new Map(timeline.edges.map((e: any) => [e.node.id, e.node.date]));
    expect(byId.get('event:2025-munich-security-conference')).toEqual({
      value: '2025-W08',
      precision: 'WEEK',
      earliest: '2025-02-17',
      latest: '2025-02-23',
      text: 'last week',
    });
    expect(byId.get('event:2025-02-24-xi-putin-call')).toEqual({
      value: '2025-02-24',
      precision: 'DAY',
      earliest: '2025-02-24',
      latest: '2025-02-24',
      text: 'On Monday',
    });
    // The war (a range 2022-02-24/2025-02-24) overlaps February 2025.
    expect(byId.get('event:war-in-ukraine')).toMatchObject({ precision: 'RANGE', earliest: '2022-02-24', latest: '2025-02-24' });
  });

  it('pages through every dated event exactly once', async () => {
    const all = await walkPages(app, TIMELINE, (d) => d.timeline, { first: 2 });
    expect(all).toEqual(expected('0000-01-01', '9999-12-31'));
    expect(all).toContain('event:world-war-two');
    expect(all).not.toContain('event:trump-early-levies'); // undated: no place on a timeline
  });

  it('refuses malformed or impossible bounds with BAD_USER_INPUT', async () => {
    for (const vars of [{ from: 'yesterday' }, { from: '2025-13' }, { to: '2025-02-30' }, { from: '2025-03', to: '2025-02' }]) {
      expect((await runError(app, TIMELINE, vars)).extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
