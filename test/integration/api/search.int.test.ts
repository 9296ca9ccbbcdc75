/** Full-text search with scores, snippets and Lucene-safe input. */
import { useTestApp } from '../harness';
import { run, runError } from './helpers';

const SEARCH = `query ($query: String!, $kinds: [SearchKind!], $first: Int) {
  search(query: $query, kinds: $kinds, first: $first) { kind score snippet node { __typename id } }
}`;

describe('search', () => {
  const app = useTestApp();

  it('finds Xi Jinping first for his name, best score first, with a snippet', async () => {
    const { search } = await run(app, SEARCH, { query: 'Xi Jinping' });
    expect(search[0]).toMatchObject({ kind: 'PERSON', node: { __typename: 'Person', id: 'person:xi-jinping' } });
    expect(search[0].snippet).toContain('Xi Jinping');
    const scores = search.map((h: any) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(search.length).toBeLessThanOrEqual(10);
  });

  it('matches a prefix of the last word, so a half-typed name finds the person', async () => {
    const { search } = await run(app, SEARCH, { query: 'Gabu', kinds: ['PERSON'] });
    expect(search.map((h: any) => h.node.id)).toEqual(['person:alexander-gabuev']);
  });

  it('searches statement text and cuts the snippet around the words', async () => {
    const { search } = await run(app, SEARCH, { query: 'good neighbors', kinds: ['STATEMENT'], first: 3 });
    expect(search[0].node.id).toBe('statement:xi-good-neighbors-cannot-be-moved-apart');
    expect(search[0].snippet).toMatch(/good neighbors/i);
    for (const hit of search) expect(hit.kind).toBe('STATEMENT');
  });

  it('treats Lucene syntax in the input as plain text instead of failing', async () => {
    for (const query of ['Xi AND (', 'Putin) OR [', 'title:"no limits"~2', 'U.S.-led', '\\', '*?']) {
      const result = await app.execute(SEARCH, { query });
      expect(result.errors).toBeUndefined();
    }
    const { search } = await run(app, SEARCH, { query: 'Xi AND (' });
    expect(search.map((h: any) => h.node.id)).toContain('person:xi-jinping');
    expect((await run(app, SEARCH, { query: '"' })).search).toEqual([]);
  });

  it('bounds the query length and the page size', async () => {
    expect((await runError(app, SEARCH, { query: '' })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await runError(app, SEARCH, { query: 'x'.repeat(201) })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await runError(app, SEARCH, { query: 'Xi', first: 51 })).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
