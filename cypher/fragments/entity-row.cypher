// Fragment (src/db/queries.ts expandFragments; not a statement): the entity `{{owner}}` as the API reads it
// (src/entity/entity.type.ts toEntity), a property map; null when `{{owner}}` is null. Listed rather than `.*`,
// so what only indexes and list orders read (aliasText, searchKey, scopeTokens, searchScope, mentionsKey,
// degreeKey: most of a person's bytes) stays in the database, and only events carry event properties, their DATE
// properties as ISO strings (as in cypher/fragments/statement-row.cypher). Where a statement adds entries, it
// names the map and projects it: `WITH n, {{> entity-row n}} AS row RETURN row { .*, mentions: … }`.
(CASE
  WHEN {{owner}}:Event THEN {{owner}} { .id, .kind, .name, .aliases, .description, .mentionCount, .degree, .eventType, .evidenceIds,
    .date, .datePrecision, dateEarliest: toString({{owner}}.dateEarliest), dateLatest: toString({{owner}}.dateLatest), .dateText }
  ELSE {{owner}} { .id, .kind, .name, .aliases, .description, .mentionCount, .degree }
END)
