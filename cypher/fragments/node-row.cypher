// Fragment (src/db/queries.ts expandFragments; not a statement): the entity or statement `{{owner}}` whole, as the
// API reads it (src/statement/statement.type.ts toEntityOrStatement: a row with `kind` is an entity), for lists
// that hold both (paths, neighbourhoods, search hits, links to whole targets). An entity as
// cypher/fragments/entity-row.cypher projects it; a statement with the properties its GraphQL fields read, DATE
// properties as ISO strings, its list order keys and search scope tokens left in the database.
(CASE
  WHEN {{owner}}:Statement THEN {{owner}} { .id, .text, .form, .act, .evidenceIds, .date, .datePrecision,
    dateEarliest: toString({{owner}}.dateEarliest), dateLatest: toString({{owner}}.dateLatest), .dateText }
  ELSE {{> entity-row {{owner}}}}
END)
