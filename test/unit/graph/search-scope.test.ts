import { entityScope, scopeToken, statementScope } from '../../../src/graph';

describe('search scope tokens', () => {
  it('are one alphanumeric word per facet and value, distinct across facets and values', () => {
    const tokens = [
      scopeToken('speaker', 'person:xi-jinping'),
      scopeToken('speaker', 'person:xi-jinping-junior'),
      scopeToken('article', 'person:xi-jinping'),
      scopeToken('kind', 'PERSON'),
      scopeToken('speaker', 'x'.repeat(300)),
    ];
    for (const token of tokens) expect(token).toMatch(/^[a-z][0-9a-f]{32}$/);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(scopeToken('speaker', 'person:xi-jinping')).toBe(tokens[0]);
  });

  it("give an entity its kind and article, a statement its kind, article and speaker (none for the narrator's)", () => {
    expect(entityScope('PERSON', 'article:a')).toEqual([scopeToken('kind', 'PERSON'), scopeToken('article', 'article:a')]);
    expect(statementScope('article:a', 'person:x')).toEqual([
      scopeToken('kind', 'STATEMENT'),
      scopeToken('article', 'article:a'),
      scopeToken('speaker', 'person:x'),
    ]);
    expect(statementScope('article:a', null)).toHaveLength(2);
  });
});
