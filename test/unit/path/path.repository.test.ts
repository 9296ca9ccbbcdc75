import { QueryCatalog } from '../../../src/db/queries';
import { MAX_HOPS, PATHS_MAX } from '../../../src/path/path.args';
import { shortestPathQuery } from '../../../src/path/path.repository';

describe('the query API’s Cypher files', () => {
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
});
