// Fragment (src/db/queries.ts expandFragments; not a statement): a statement row `{{owner}}` as the API reads it.
// Its id and list order keys (cursors are built from them) always; each other property only when $include names
// the GraphQL field that reads it ('text', 'form', 'act', 'date' for every date property; 'evidenceIds'), else
// null; then what $include asks for besides (cypher/fragments/statement-extras.cypher). A page of 50 statements
// whose selection reads none of them was about a third smaller to send, and to decode in the driver
// (bench/results/latest.json notes). Listed rather than `.*`, so properties that only indexes read (the search
// scope tokens) stay in the database. The DATE properties go as the ISO strings src/db/values.ts would make of
// them: the driver decodes a DATE with 64-bit Integer arithmetic (neo4j-driver-bolt-connection
// temporal-factory.js), a measurable share of a page's cost.
{{owner}} { .id, .sortDay, .dateKey, .speakerKey,
  text: (CASE WHEN 'text' IN $include THEN {{owner}}.text END),
  form: (CASE WHEN 'form' IN $include THEN {{owner}}.form END),
  act: (CASE WHEN 'act' IN $include THEN {{owner}}.act END),
  evidenceIds: (CASE WHEN 'evidenceIds' IN $include THEN {{owner}}.evidenceIds END),
  date: (CASE WHEN 'date' IN $include THEN {{owner}}.date END),
  datePrecision: (CASE WHEN 'date' IN $include THEN {{owner}}.datePrecision END),
  dateEarliest: (CASE WHEN 'date' IN $include THEN toString({{owner}}.dateEarliest) END),
  dateLatest: (CASE WHEN 'date' IN $include THEN toString({{owner}}.dateLatest) END),
  dateText: (CASE WHEN 'date' IN $include THEN {{owner}}.dateText END),
  {{> statement-extras {{owner}}}} }
