// Fragment (src/db/queries.ts expandFragments; not a statement): a statement row `{{owner}}` as the API reads it.
// Its id always; its list order keys (`cursorKeys`, what cursors are built from) only when $include holds
// 'cursors'; its other properties only as $include names them, as one list of values in STATEMENT_PROPERTIES
// order (`properties`: StatementRow and statementProperties in src/graph/rows.ts); then what $include asks for
// besides (cypher/fragments/statement-extras.cypher). So a row carries what the client's selection reads, and no
// property names: on a page of 33 statements that read only their act, leaving out the other properties and the
// names took about a seventh off the client's CPU and a tenth or more off Neo4j's (measured in a loop of this
// statement); then leaving out the order keys (two of them some 60 characters long) when no cursor is read, and
// the links' names and nulls (statement-extras.cypher), about another seventh off the client's and a twelfth off
// Neo4j's. The dates' first and last days are not read: they follow from the date and its precision. Properties
// only indexes read (the search scope tokens) stay in the database. The sections (`{{#if …}}`) are rendered for
// the statement's $include before Neo4j sees it (src/db/queries.ts).
{{owner}} { .id,
  cursorKeys: {{#if cursors}}{{owner}} { .sortDay, .dateKey, .speakerKey }{{#else}}null{{/if}},
  properties: []{{#if text}} + [{{owner}}.text]{{/if}}{{#if form}} + [{{owner}}.form]{{/if}}{{#if act}} + [{{owner}}.act]{{/if}}{{#if date}} + [{{owner}}.date]{{/if}}{{#if datePrecision}} + [{{owner}}.datePrecision]{{/if}}{{#if dateText}} + [{{owner}}.dateText]{{/if}}{{#if evidenceIds}} + [{{owner}}.evidenceIds]{{/if}},
  {{> statement-extras {{owner}}}} }
