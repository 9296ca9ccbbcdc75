// Fragment (src/db/queries.ts expandFragments; not a statement): a statement row `{{owner}}` as the API reads it,
// a map of its properties (the list order keys included: cursors are built from them) and what $include asks
// for (cypher/fragments/statement-extras.cypher). Listed rather than `.*`, so properties that only indexes read
// (the search scope tokens) stay in the database: a page carries every row's properties. The DATE properties go
// as the ISO strings src/db/values.ts would make of them: the driver decodes a DATE with 64-bit Integer arithmetic
// (neo4j-driver-bolt-connection temporal-factory.js), a measurable share of a page's cost.
{{owner}} { .id, .text, .form, .act, .evidenceIds, .date, .datePrecision, dateEarliest: toString({{owner}}.dateEarliest),
  dateLatest: toString({{owner}}.dateLatest), .dateText, .sortDay, .dateKey, .speakerKey,
  {{> statement-extras {{owner}}}} }
