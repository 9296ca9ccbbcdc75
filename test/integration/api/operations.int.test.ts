/** Every named operation in schema/operations.graphql runs against the seeded graph and answers correctly. */
import type { ResolvedArticle } from '../../../seed/model';
import { useTestApp } from '../harness';
import { EXAMPLE_OPERATIONS as operations, expectQuotesMatch, run, seededArticle } from './helpers';

describe('schema/operations.graphql', () => {
  const app = useTestApp();
  let article: ResolvedArticle;
  beforeAll(async () => {
    article = await seededArticle();
  });

  const op = (name: string, variables?: Record<string, unknown>) => {
    const text = operations.get(name);
    if (!text) throw new Error(`no operation ${name} in schema/operations.graphql`);
    return run(app, text, variables);
  };

  it('holds the documented operations, each named and runnable without variables', async () => {
    expect([...operations.keys()].sort()).toEqual([
      'Entities',
      'EntityPage',
      'Interactions',
      'MostMentioned',
      'Neighborhood',
      'NodeById',
      'PathBetween',
      'Search',
      'SearchWhatXiSaid',
      'StatementCounts',
      'StatementsBySpeaker',
      'Timeline',
      'WhatDidXiSay',
      'WhoAccusedOrDenied',
      'WhoHoldsWhichRole',
      'WhoSpokeWithWhom',
    ]);
    for (const [name, text] of operations) {
      const result = await app.execute(text);
      expect({ name, errors: result.errors }).toEqual({ name, errors: undefined });
    }
  });

  it('Interactions and StatementCounts: Xi spoke to Putin most, and said the most', async () => {
    const { interactions } = await op('Interactions');
    const top = interactions.edges[0].node;
    expect([top.speaker.id, top.addressee.id]).toEqual(['person:xi-jinping', 'person:vladimir-putin']);
    expect(top.statements.totalCount).toBe(top.count);
    expect(top.statements.edges).toHaveLength(3);
    const { statementCounts } = await op('StatementCounts');
    expect(statementCounts.groups[0]).toMatchObject({ key: 'person:xi-jinping', entity: { name: 'Xi Jinping' } });
  });

  it('WhoSpokeWithWhom: Xi spoke to Putin on the call, Putin to Xi', async () => {
    const { statements } = await op('WhoSpokeWithWhom');
    expect(statements.totalCount).toBe(33);
    const pairs = new Set(
      statements.edges.flatMap((e: any) => e.node.addressees.map((a: any) => `${e.node.speaker?.name} → ${a.name} @ ${e.node.event?.name ?? '-'}`)),
    );
    expect(pairs).toContain('Xi Jinping → Vladimir Putin @ Xi–Putin phone call');
    expect(pairs).toContain('Vladimir Putin → Xi Jinping @ Xi–Putin phone call');
    expect(pairs).toContain('Russia → Xi Jinping @ -');
  });

  it('WhatDidXiSay: every statement Xi made, with its words in the article', async () => {
    const { statements } = await op('WhatDidXiSay');
    const expected = article.statements.filter((s) => s.speakerId === 'person:xi-jinping');
    expect(statements.totalCount).toBe(expected.length);
    expect(statements.edges.map((e: any) => e.node.id).sort()).toEqual(expected.map((s) => s.id).sort());
    expect(statements.edges.map((e: any) => e.node.text)).toContain('are good neighbors that cannot be moved apart');
    for (const { node } of statements.edges) expectQuotesMatch(article.text, node.evidence);
  });

  it('WhoHoldsWhichRole: the presidents, the top diplomat and the think-tank director', async () => {
    const { entities } = await op('WhoHoldsWhichRole');
    const roles = entities.edges.flatMap((e: any) =>
      e.node.relations.edges.filter((r: any) => r.node.role).map((r: any) => `${e.node.name}: ${r.node.role} (${r.node.type} ${r.node.to.name})`),
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        'Xi Jinping: President (LEADS China)',
        'Vladimir Putin: President (LEADS Russia)',
        'Donald Trump: President (LEADS United States)',
        'Wang Yi: top diplomat (REPRESENTS China)',
        'Alexander Gabuev: director (DIRECTS Carnegie Russia Eurasia Center)',
      ]),
    );
  });

  it('Timeline: from the 2022 “no limits” announcement to the May 2025 celebration, in date order', async () => {
    const { timeline } = await op('Timeline');
    const ids = timeline.edges.map((e: any) => e.node.id);
    expect(ids[0]).toBe('event:2022-02-china-russia-no-limits-announcement');
    expect(ids.indexOf('event:2022-02-24-russian-invasion-of-ukraine')).toBeLessThan(ids.indexOf('event:2025-01-xi-putin-discussion'));
    expect(ids.indexOf('event:2025-01-xi-putin-discussion')).toBeLessThan(ids.indexOf('event:2025-02-24-xi-putin-call'));
    expect(ids[ids.length - 1]).toBe('event:2025-05-victory-day-celebration');
    const call = timeline.edges.find((e: any) => e.node.id === 'event:2025-02-24-xi-putin-call').node;
    expect(call.date).toEqual({ value: '2025-02-24', precision: 'DAY', earliest: '2025-02-24', latest: '2025-02-24', text: 'On Monday' });
  });

  it('WhoAccusedOrDenied: the West accused, China denied, Trump blamed Ukraine', async () => {
    const { accusations, denials } = await op('WhoAccusedOrDenied');
    expect(accusations.edges.map((e: any) => e.node.speaker.name).sort()).toEqual(['Donald Trump', 'The West']);
    expect(denials.edges).toHaveLength(1);
    expect(denials.edges[0].node.respondsTo.speaker.name).toBe('The West');
    expect(denials.edges[0].node.evidence[0].quote).toBe('China has denied backing Russia’s industrial-military complex.');
  });

  it('EntityPage: Xi Jinping with relations, statements and mentions', async () => {
    const { entity } = await op('EntityPage');
    expect(entity).toMatchObject({ __typename: 'Person', name: 'Xi Jinping', aliases: ['Xi', 'President Xi Jinping'] });
    expect(entity.relations.totalCount).toBe(article.relations.filter((r) => [r.fromId, r.toId].includes('person:xi-jinping')).length);
    expect(entity.relations.edges.length).toBeLessThanOrEqual(10);
    for (const { node } of entity.relations.edges) expectQuotesMatch(article.text, node.evidence);
    const metWith = entity.relations.edges.find((e: any) => e.node.type === 'MET_WITH')?.node;
    expect(metWith?.to.name).toBe('Vladimir Putin');
    expectQuotesMatch(article.text, entity.mentions);
  });

  it('Entities, NodeById and Search answer with real names', async () => {
    expect((await op('Entities', { kind: 'COUNTRY' })).entities.edges.map((e: any) => e.node.name)).toEqual([
      'China',
      'Nazi Germany',
      'Russia',
      'Saudi Arabia',
      'Soviet Union',
      'Ukraine',
      'United States',
    ]);
    expect((await op('NodeById')).node).toEqual({ __typename: 'Event', id: 'event:2025-02-24-xi-putin-call', name: 'Xi–Putin phone call', kind: 'EVENT' });
    const { search } = await op('Search');
    expect(search[0].node.id).toBe('event:2022-02-china-russia-no-limits-announcement');
    expect(search.map((h: any) => h.snippet).join(' ')).toMatch(/no limits/);
  });

  it('MostMentioned: people and countries by how often the article names them, each count its mentions', async () => {
    const { entities } = await op('MostMentioned');
    // Counted here from the annotations: distinct mention spans; ties by id, reversed like the whole order.
    const expected = article.entities
      .filter((e) => e.kind === 'PERSON' || e.kind === 'COUNTRY')
      .map((e) => ({ id: e.id, mentionCount: new Set(e.mentions.map((m) => `${m.start}-${m.end}`)).size }))
      .sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? 1 : -1))
      .slice(0, 10);
    expect(entities.totalCount).toBe(article.entities.filter((e) => e.kind === 'PERSON' || e.kind === 'COUNTRY').length);
    expect(entities.edges.map((e: any) => ({ id: e.node.id, mentionCount: e.node.mentionCount }))).toEqual(expected);
    expect(entities.edges[0].node).toMatchObject({ __typename: 'Country', name: 'China' });
    for (const { node } of entities.edges) expect(node.mentions).toHaveLength(node.mentionCount);
  });

  it("StatementsBySpeaker and SearchWhatXiSaid: statements by speaker name, and a search within Xi's words", async () => {
    const { statements } = await op('StatementsBySpeaker');
    expect(statements.totalCount).toBe(article.statements.length);
    const names = statements.edges.map((e: any) => e.node.speaker.name);
    expect(names[0]).toBe('Alexander Gabuev');
    expect(names).toEqual([...names].sort());
    const next = await op('StatementsBySpeaker', { after: statements.pageInfo.endCursor, first: 100 });
    const last = next.statements.edges[next.statements.edges.length - 1].node;
    expect(last.speaker).toBeNull();

    const { search } = await op('SearchWhatXiSaid');
    expect(search.length).toBeGreaterThan(1);
    expect(search.map((h: any) => h.node.speaker.name)).toEqual(search.map(() => 'Xi Jinping'));
    expect(search.map((h: any) => h.node.id)).toContain('statement:xi-partnership-long-term-not-altered-by-third-party');
  });

  it('Neighborhood and PathBetween answer explorer-ready shapes', async () => {
    const { neighborhood } = await op('Neighborhood');
    const ids = neighborhood.nodes.map((n: any) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['person:vladimir-putin', 'event:2025-02-24-xi-putin-call']));
    for (const edge of neighborhood.edges) expect(ids).toEqual(expect.arrayContaining([edge.source, edge.target]));
    const { paths } = await op('PathBetween');
    expect(paths[0].nodes.map((n: any) => n.id)).toEqual(['person:wang-yi', 'country:china', paths[0].nodes[2].id, 'person:alexander-gabuev']);
    for (const path of paths) for (const step of path.relations) expectQuotesMatch(article.text, step.evidence);
  });
});
