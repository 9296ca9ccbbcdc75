import {
  expandFragments,
  expandVariants,
  MAX_RENDERINGS,
  parseCypherFile,
  parseSections,
  QueryCatalog,
  renderSections,
  usedParams,
} from '../../../src/db/queries';
import { INCLUDES, STATEMENT_LINK_FIELDS, STATEMENT_PROPERTIES } from '../../../src/graph';

describe('Cypher query files', () => {
  it('all load, and each header declares exactly the parameters its statement uses', () => {
    const catalog = QueryCatalog.load();
    expect(catalog.names()).toEqual(expect.arrayContaining(['constraints', 'system/ping', 'article/all', 'seed/relations']));
    for (const name of catalog.names()) {
      const query = catalog.get(name);
      // `$include` is read where the statement is rendered (its sections) and may be absent from what Neo4j reads.
      const used = query.sections ? [...new Set([...usedParams(query.text), 'include'])].sort() : usedParams(query.text);
      expect(used).toEqual(query.params);
    }
  });

  it('reads into a statement row exactly the properties src/graph/rows.ts knows, by their stored names, in its order', () => {
    // cypher/fragments/statement-row.cypher lists them again in Cypher: statementProperties zips its values with them.
    const page = QueryCatalog.load().statementFor('statement/page?key=dateKey&direction=ASC', { include: [...STATEMENT_PROPERTIES].reverse() });
    const listed = /properties: \[\]((?: \+ \[s\.\w+\])*)/.exec(page)?.[1];
    expect([...(listed ?? '').matchAll(/s\.(\w+)/g)].map((m) => m[1])).toEqual([...STATEMENT_PROPERTIES]);
  });

  it('reads a statement row’s links in STATEMENT_LINK_FIELDS order, each over its relationship type', () => {
    const page = QueryCatalog.load().statementFor('statement/page?key=dateKey&direction=ASC', { include: [...STATEMENT_LINK_FIELDS].reverse() });
    const links = page.slice(page.indexOf('links:'), page.indexOf('evidence:'));
    const patterns = [...links.matchAll(/\[\(s\)(<?-\[:\w+\]->?)\(t\)/g)].map((m) => m[1]);
    expect(patterns).toEqual([
      '-[:SAID_BY]->',
      '-[:ADDRESSED_TO]->',
      '-[:ABOUT]->',
      '-[:MADE_AT]->',
      '-[:REPORTED_BY]->',
      '-[:RESPONDS_TO]->',
      '<-[:RESPONDS_TO]-',
    ]);
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

  it('sends Neo4j the statement without its comment lines, under one line that names the file', () => {
    const query = parseCypherFile(
      'x/page',
      "// One page of things.\n// params: $limit: Integer\n// columns: ids: string[]\nMATCH (n:Thing)\n  // the index yields them in order\nWITH n ORDER BY n.id LIMIT $limit\nRETURN collect(n.id + '//') AS ids\n",
    );
    expect(query.statement).toBe("// cypher/x/page\nMATCH (n:Thing)\nWITH n ORDER BY n.id LIMIT $limit\nRETURN collect(n.id + '//') AS ids");
    expect(query.text).toContain('// params: $limit: Integer');
    const page = QueryCatalog.load().get('statement/page?key=dateKey&direction=ASC');
    expect(page.statement.split('\n')[0]).toBe('// cypher/statement/page?key=dateKey&direction=ASC');
    expect(
      page.statement
        .split('\n')
        .slice(1)
        .filter((line) => line.trimStart().startsWith('//')),
    ).toEqual([]);
    expect(page.statement.length).toBeLessThan(page.text.length);
  });

  it('fails clearly for an unknown query name', () => {
    expect(() => QueryCatalog.load().get('nope/missing')).toThrow('unknown Cypher query "nope/missing" (no file cypher/nope/missing.cypher)');
  });
});

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
      'statement/page?key=dateKey&direction=ASC',
      'statement/page?key=speakerKey&direction=DESC',
      'statement/page-linked?key=dateKey&direction=DESC',
      'statement/page-linked?key=speakerKey&direction=ASC',
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

  it('expand declared variants with literals from the header only, and refuse an undeclared one', () => {
    const source = [
      '// A family.',
      '// variants: depth=1..2, k=2|5',
      '// params: $id',
      '// columns: n',
      'MATCH p = SHORTEST {{k}} (a {id: $id})--{1,{{depth}}}(b) RETURN b AS n',
    ].join('\n');
    const queries = expandVariants('test/family', source);
    expect(queries.map((q) => q.name)).toEqual(['test/family?depth=1&k=2', 'test/family?depth=1&k=5', 'test/family?depth=2&k=2', 'test/family?depth=2&k=5']);
    expect(queries[3].text).toContain('SHORTEST 5 (a {id: $id})--{1,2}(b)');
    expect(queries[3].params).toEqual(['id']);
    expect(() => expandVariants('test/bad', source.replace('{{k}}', '{{width}}'))).toThrow('{{width}} is not a declared variant');
  });

  it('expand word variants (an ORDER BY property and direction) from the header only', () => {
    const source = [
      '// variants: key=mentionsKey|degreeKey, dir=ASC|DESC',
      '// params: $limit',
      '// columns: n',
      'MATCH (n:Entity) WHERE n.{{key}} > "" RETURN n ORDER BY n.{{key}} {{dir}} LIMIT $limit',
    ].join('\n');
    const queries = expandVariants('test/orders', source);
    expect(queries.map((q) => q.name)).toEqual([
      'test/orders?key=mentionsKey&dir=ASC',
      'test/orders?key=mentionsKey&dir=DESC',
      'test/orders?key=degreeKey&dir=ASC',
      'test/orders?key=degreeKey&dir=DESC',
    ]);
    expect(queries[3].text).toContain('ORDER BY n.degreeKey DESC LIMIT $limit');
    expect(() => expandVariants('test/bad', source.replace('dir=ASC|DESC', 'dir=ASC|DESC;'))).toThrow('cannot read the variant');
  });

  it('expand word variants (an ORDER BY key and direction) from an allow-list of identifiers', () => {
    const source = [
      '// variants: key=dateKey|speakerKey, direction=ASC|DESC',
      '// params: $limit',
      '// columns: s',
      'MATCH (s:S) RETURN s ORDER BY s.{{key}} {{direction}} LIMIT $limit',
    ].join('\n');
    const queries = expandVariants('test/order', source);
    expect(queries.map((q) => q.name)).toEqual([
      'test/order?key=dateKey&direction=ASC',
      'test/order?key=dateKey&direction=DESC',
      'test/order?key=speakerKey&direction=ASC',
      'test/order?key=speakerKey&direction=DESC',
    ]);
    expect(queries[3].text).toContain('ORDER BY s.speakerKey DESC LIMIT $limit');
    expect(() => expandVariants('test/bad', source.replace('ASC|DESC', 'ASC|DESC; DROP'))).toThrow('cannot read the variant');
  });
});

describe('sections of a statement, by its $include', () => {
  const sections = parseSections('x/q', 'RETURN {{#if evidence}}e{{#if passages}}+p{{/if}}{{#else}}null{{/if}}, {{#if ends}}[a, b]{{/if}}');

  it('render the parts the include names and the else parts of the others, nested', () => {
    expect(renderSections(sections, new Set())).toBe('RETURN null, ');
    expect(renderSections(sections, new Set(['evidence']))).toBe('RETURN e, ');
    expect(renderSections(sections, new Set(['evidence', 'passages', 'ends']))).toBe('RETURN e+p, [a, b]');
    expect(renderSections(sections, new Set(['passages']))).toBe('RETURN null, ');
  });

  it('refuse a name that is no $include value and tags that do not pair up', () => {
    expect(() => parseSections('x/q', '{{#if evidense}}x{{/if}}')).toThrow('cypher/x/q.cypher: {{#if evidense}} names no $include value');
    expect(() => parseSections('x/q', '{{#if evidence}}x')).toThrow('{{#if evidence}} is not closed');
    expect(() => parseSections('x/q', 'x{{/if}}')).toThrow('{{/if}} without its {{#if}}');
    expect(() => parseSections('x/q', '{{#if evidence}}a{{#else}}b{{#else}}c{{/if}}')).toThrow('{{#else}} outside an {{#if}}, or twice in one');
  });

  it('are sent to Neo4j rendered for the statement’s include: only the links, properties and spans it asks for', () => {
    const catalog = QueryCatalog.load();
    const name = 'statement/page?key=dateKey&direction=ASC';
    const page = catalog.statementFor(name, { include: ['act', 'speaker', 'evidence', 'quotesOnly'] });
    expect(page).not.toMatch(/\{\{|\$include/);
    expect(page).toContain('properties: [] + [s.act],');
    expect(page).toContain('(s)-[:SAID_BY]->(t)');
    expect(page).not.toContain(':ADDRESSED_TO');
    expect(page).toContain('RETURN ev { .start, .end, .quote }');
    expect(page).toContain('cursorKeys: null');
    const bare = catalog.statementFor(name, { include: [] });
    expect(bare).toContain('links: [],');
    expect(bare).toContain('evidence: null }');
    // Whole targets and whole evidence with passages: the alternatives.
    const whole = catalog.statementFor(name, { include: [...INCLUDES].filter((i) => i !== 'quotesOnly') });
    expect(whole).toContain('passage: [(ev)-[:IN_PASSAGE]->(p:Passage) | p { .* }][0]');
    expect(whole).toContain('dateEarliest: toString(t.dateEarliest)');
    expect(catalog.statementFor('system/ping')).toBe(catalog.get('system/ping').statement);
  });

  it('are rendered once per include, and only the latest MAX_RENDERINGS kept', () => {
    const catalog = QueryCatalog.load();
    const name = 'entity/by-ids';
    const first = catalog.statementFor(name, { include: ['mentions'] });
    expect(catalog.statementFor(name, { include: ['mentions'] })).toBe(first);
    const kept = (catalog as unknown as { renderings: Map<string, Map<string, string>> }).renderings;
    for (let i = 0; i < MAX_RENDERINGS + 10; i += 1) catalog.statementFor(name, { include: ['mentions', ...Array(i).fill('ends')] });
    expect(kept.get(name)!.size).toBe(MAX_RENDERINGS);
    expect(kept.get(name)!.has('mentions')).toBe(false);
  });
});

describe('Cypher fragments', () => {
  const fragments = new Map([
    ['spans', '// A fragment.\n[({{owner}})-[:HAS]->(x) | x.id]'],
    ['row', '// Reads {{owner}}.\nspans: {{> spans {{owner}}}}'],
  ]);

  it('inline a fragment without its comments, reading the variable the statement names, also inside another fragment', () => {
    expect(expandFragments('x/q', 'MATCH (s) RETURN s { .*, {{> row s}} }', fragments)).toBe('MATCH (s) RETURN s { .*, spans: [(s)-[:HAS]->(x) | x.id] }');
  });

  it('refuse an unknown fragment and a fragment that needs a variable without one', () => {
    expect(() => expandFragments('x/q', 'RETURN {{> nope s}}', fragments)).toThrow('cypher/x/q.cypher: no fragment cypher/fragments/nope.cypher');
    expect(() => expandFragments('x/q', 'RETURN {{> spans}}', fragments)).toThrow('fragment spans needs a variable');
  });

  it('are not statements of the catalog', () => {
    expect(
      QueryCatalog.load()
        .names()
        .filter((name) => name.startsWith('fragments/')),
    ).toEqual([]);
  });
});
