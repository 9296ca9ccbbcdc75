import { expandVariants, QueryCatalog } from '../../../src/db/queries';
import { MAX_HOPS, PATHS_MAX } from '../../../src/path/path.args';
import { shortestPathQuery } from '../../../src/path/path.repository';

describe('the query API’s Cypher files', () => {
  it('all load with headers that match their parameters', () => {
    const catalog = QueryCatalog.load();
    for (const name of [
      'entity/by-ids',
      'entity/page',
      'entity/page-matching',
      'entity/mentions',
      'relation/by-entities',
      'statement/by-ids',
      'statement/page',
      'statement/page-linked',
      'statement/count-by-act',
      'statement/count-by-form',
      'statement/by-entities',
      'statement/links',
      'evidence/by-ids',
      'search/fulltext',
      'timeline/page',
      'timeline/count',
      'neighborhood/subgraph',
    ]) {
      expect(catalog.get(name).columns.length).toBeGreaterThan(0);
    }
  });

  it('send page sizes as $limit parameters, never spliced into the text', () => {
    const catalog = QueryCatalog.load();
    for (const name of catalog.names().filter((n) => /^(entity|relation|statement|search|timeline)\//.test(n))) {
      expect(catalog.get(name).text).not.toMatch(/LIMIT\s+\d/);
    }
  });

  it('have a path statement for every maxHops and first, searching exactly that deep and at least 2×first wide', () => {
    const catalog = QueryCatalog.load();
    for (let maxHops = 1; maxHops <= MAX_HOPS; maxHops += 1) {
      for (let first = 1; first <= PATHS_MAX; first += 1) {
        const query = catalog.get(shortestPathQuery(maxHops, first));
        const [, walks, hops] = /SHORTEST (\d+) .*\{1,(\d+)\}/.exec(query.text)!;
        expect(Number(hops)).toBe(maxHops);
        expect(Number(walks)).toBeGreaterThanOrEqual(2 * first);
        expect(Number(walks)).toBeLessThanOrEqual(Math.max(2, 2 * first) * 3);
        expect(query.text).not.toContain('{{');
      }
    }
    expect(catalog.names().filter((n) => n.startsWith('path/shortest?'))).toHaveLength(6 * 3);
  });

  it('expand declared variants with literals from the header only, and refuse an undeclared one', () => {
    const source = ['// A family.', '// variants: depth=1..2, k=2|5', '// params: $id', '// columns: n', 'MATCH p = SHORTEST {{k}} (a {id: $id})--{1,{{depth}}}(b) RETURN b AS n'].join('\n');
    const queries = expandVariants('test/family', source);
    expect(queries.map((q) => q.name)).toEqual(['test/family?depth=1&k=2', 'test/family?depth=1&k=5', 'test/family?depth=2&k=2', 'test/family?depth=2&k=5']);
    expect(queries[3].text).toContain('SHORTEST 5 (a {id: $id})--{1,2}(b)');
    expect(queries[3].params).toEqual(['id']);
    expect(() => expandVariants('test/bad', source.replace('{{k}}', '{{width}}'))).toThrow('{{width}} is not a declared variant');
  });
});
