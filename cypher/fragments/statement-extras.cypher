// Fragment (src/db/queries.ts expandFragments; not a statement): the map entries a statement row `{{owner}}`
// carries besides its properties, as $include asks: `links`, one list of targets per link field $include names
// ('speaker', 'addressees', 'about', 'event', 'reportedBy', 'respondsTo', 'responses'), in STATEMENT_LINK_FIELDS
// order (statementLinkFields in src/graph/rows.ts reads them back), each target as
// cypher/fragments/link-target.cypher projects it (whole when $include holds 'targets'); and `evidence`
// (cypher/fragments/evidence-spans.cypher). Written inside a map projection (cypher/fragments/statement-row.cypher).
// A list rather than a map of every link: a row then carries neither the links' names nor a null for each link
// not asked for. Each link asked for is one pattern comprehension over its relationship type, rendered only when
// asked for (src/db/queries.ts): Neo4j expands only those types. Only RESPONDS_TO counts both ways ('respondsTo'
// out, 'responses' in); another link coming in (a statement about this one) is the other statement's.
links: []{{#if speaker}} + [[({{owner}})-[:SAID_BY]->(t) | {{> link-target t}}]]{{/if}}{{#if addressees}}
  + [[({{owner}})-[:ADDRESSED_TO]->(t) | {{> link-target t}}]]{{/if}}{{#if about}}
  + [[({{owner}})-[:ABOUT]->(t) | {{> link-target t}}]]{{/if}}{{#if event}}
  + [[({{owner}})-[:MADE_AT]->(t) | {{> link-target t}}]]{{/if}}{{#if reportedBy}}
  + [[({{owner}})-[:REPORTED_BY]->(t) | {{> link-target t}}]]{{/if}}{{#if respondsTo}}
  + [[({{owner}})-[:RESPONDS_TO]->(t) | {{> link-target t}}]]{{/if}}{{#if responses}}
  + [[({{owner}})<-[:RESPONDS_TO]-(t) | {{> link-target t}}]]{{/if}},
evidence: {{> evidence-spans {{owner}}}}
