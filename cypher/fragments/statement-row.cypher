// Fragment (src/db/queries.ts expandFragments; not a statement): a statement row `{{owner}}` as the API reads it,
// a map of its properties (the list order keys included: cursors are built from them) and what $include asks
// for (cypher/fragments/statement-extras.cypher). Listed rather than `.*`, so properties that only indexes read
// (the search scope tokens) stay in the database: a page carries every row's properties.
{{owner}} { .id, .text, .form, .act, .evidenceIds, .date, .datePrecision, .dateEarliest, .dateLatest, .dateText, .sortDay, .dateKey, .speakerKey,
  {{> statement-extras {{owner}}}} }
