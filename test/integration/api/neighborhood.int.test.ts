/** Neighbourhood subgraphs shaped for graph explorers. */
import { useTestApp } from '../harness';
import { run, runError } from './helpers';

const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    center truncated
    nodes { id label kind type name depth node { __typename id } }
    edges { id source target type label role }
  }
}`;

/** What Cytoscape / vis / d3 need: unique ids, every edge's ends among the nodes. */
function expectWellFormed(subgraph: any): void {
  const ids = subgraph.nodes.map((n: any) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  const edgeIds = subgraph.edges.map((e: any) => e.id);
  expect(new Set(edgeIds).size).toBe(edgeIds.length);
  for (const edge of subgraph.edges) {
    expect(ids).toContain(edge.source);
    expect(ids).toContain(edge.target);
  }
  for (const node of subgraph.nodes) {
    expect(['Person', 'Country', 'Organization', 'Event', 'Statement']).toContain(node.type);
    expect(node.node).toEqual({ __typename: node.type, id: node.id });
  }
}

describe('neighborhood', () => {
  const app = useTestApp();

  it('puts Xi Jinping in the centre with Putin, China and the call one hop away', async () => {
    const { neighborhood } = await run(app, NEIGHBORHOOD, { id: 'person:xi-jinping' });
    expectWellFormed(neighborhood);
    expect(neighborhood.center).toBe('person:xi-jinping');
    expect(neighborhood.nodes[0]).toMatchObject({ id: 'person:xi-jinping', label: 'Xi Jinping', kind: 'PERSON', depth: 0 });
    const ids = neighborhood.nodes.map((n: any) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['person:vladimir-putin', 'country:china', 'event:2025-02-24-xi-putin-call', 'statement:xi-no-third-party']));
    expect(ids).not.toContain('person:alexander-gabuev');
    for (const node of neighborhood.nodes.slice(1)) expect(node.depth).toBe(1);
    expect(neighborhood.truncated).toBe(false);
    expect(neighborhood.edges).toContainEqual({
      id: 'LEADS:person:xi-jinping->country:china',
      source: 'person:xi-jinping',
      target: 'country:china',
      type: 'LEADS',
      label: 'leads (President)',
      role: 'President',
    });
    expect(neighborhood.edges).toContainEqual(
      expect.objectContaining({
        id: 'statement:xi-no-third-party|SAID_BY|person:xi-jinping',
        source: 'statement:xi-no-third-party',
        target: 'person:xi-jinping',
        type: 'SAID_BY',
      }),
    );
  });

  it('grows with depth, nearest first, and marks a cut at the limit', async () => {
    const one = (await run(app, NEIGHBORHOOD, { id: 'person:xi-jinping', depth: 1 })).neighborhood;
    const two = (await run(app, NEIGHBORHOOD, { id: 'person:xi-jinping', depth: 2, limit: 500 })).neighborhood;
    expectWellFormed(two);
    expect(two.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(one.nodes.map((n: any) => n.id)));
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const depths = two.nodes.map((n: any) => n.depth);
    expect(depths).toEqual([...depths].sort());
    expect(Math.max(...depths)).toBe(2);

    const cut = (await run(app, NEIGHBORHOOD, { id: 'person:xi-jinping', depth: 2, limit: 5 })).neighborhood;
    expectWellFormed(cut);
    expect(cut.nodes).toHaveLength(5);
    expect(cut.truncated).toBe(true);
  });

  it('centres on a statement too', async () => {
    const { neighborhood } = await run(app, NEIGHBORHOOD, { id: 'statement:china-denies-backing-russian-industrial-military-complex' });
    expectWellFormed(neighborhood);
    expect(neighborhood.nodes[0]).toMatchObject({
      kind: 'STATEMENT',
      type: 'Statement',
      name: null,
      label: 'China has denied backing Russia’s industrial-military compl…',
    });
    expect(neighborhood.nodes.map((n: any) => n.id)).toEqual(
      expect.arrayContaining(['country:china', 'statement:west-accuses-china-of-aiding-russia', 'organization:russian-industrial-military-complex']),
    );
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT out of bounds', async () => {
    expect((await runError(app, NEIGHBORHOOD, { id: 'person:nobody' })).extensions).toEqual({ code: 'NOT_FOUND', id: 'person:nobody' });
    expect((await runError(app, NEIGHBORHOOD, { id: 'person:xi-jinping', depth: 4 })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await runError(app, NEIGHBORHOOD, { id: 'person:xi-jinping', limit: 501 })).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
