import { QueryCatalog } from '../../../src/db/queries';

describe('the query API’s Cypher files', () => {
  it('all load with headers that match their parameters', () => {
    const catalog = QueryCatalog.load();
    for (const name of [
      'entity/by-ids',
      'entity/page',
      'entity/mentions',
      'relation/by-entities',
      'statement/by-ids',
      'statement/page',
      'statement/by-entities',
      'statement/links',
      'evidence/by-ids',
      'search/fulltext',
      'timeline/page',
      'path/shortest',
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
});
