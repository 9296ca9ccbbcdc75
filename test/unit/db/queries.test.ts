import { parseCypherFile, QueryCatalog, usedParams } from '../../../src/db/queries';

describe('Cypher query files', () => {
  it('all load, and each header declares exactly the parameters its statement uses', () => {
    const catalog = QueryCatalog.load();
    expect(catalog.names()).toEqual(expect.arrayContaining(['constraints', 'system/ping', 'article/all', 'seed/relations']));
    for (const name of catalog.names()) {
      const query = catalog.get(name);
      expect(usedParams(query.text)).toEqual(query.params);
    }
  });

  it('ignores $ inside strings and comments and finds dynamic-type parameters', () => {
    expect(usedParams("// uses $nothing\nMATCH (n {name: '$literal'}) WHERE n.id = $id SET n:$(x.label) RETURN $limit")).toEqual(['id', 'limit']);
  });

  it('rejects a file whose header and statement disagree', () => {
    expect(() => parseCypherFile('x/bad', '// params: $id\nMATCH (n {id: $ident}) RETURN n')).toThrow(
      'cypher/x/bad.cypher: header declares params [id] but the statement uses [ident]',
    );
    expect(() => parseCypherFile('x/none', 'RETURN 1')).toThrow('has no "// params:" line');
  });

  it('fails clearly for an unknown query name', () => {
    expect(() => QueryCatalog.load().get('nope/missing')).toThrow('unknown Cypher query "nope/missing" (no file cypher/nope/missing.cypher)');
  });
});
