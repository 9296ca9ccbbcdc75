// Fragment (src/db/queries.ts expandFragments; not a statement): the map entries a statement row `{{owner}}`
// carries besides its properties, as $include asks: `links`, one list per link the selection reads, named by
// its GraphQL field ('speaker', 'addressees', 'about', 'event', 'reportedBy', 'respondsTo', 'responses'; a list
// is null when not asked for), each target as cypher/fragments/link-target.cypher projects it (`whole`: whether
// targets are whole, 'targets'); and `evidence`
// (cypher/fragments/evidence-spans.cypher). Written inside a map projection (cypher/fragments/statement-row.cypher).
links: {
  whole: 'targets' IN $include,
  speakers: (CASE WHEN 'speaker' IN $include THEN [({{owner}})-[:SAID_BY]->(t) | {{> link-target t}}] END),
  addressees: (CASE WHEN 'addressees' IN $include THEN [({{owner}})-[:ADDRESSED_TO]->(t) | {{> link-target t}}] END),
  about: (CASE WHEN 'about' IN $include THEN [({{owner}})-[:ABOUT]->(t) | {{> link-target t}}] END),
  events: (CASE WHEN 'event' IN $include THEN [({{owner}})-[:MADE_AT]->(t) | {{> link-target t}}] END),
  reportedBy: (CASE WHEN 'reportedBy' IN $include THEN [({{owner}})-[:REPORTED_BY]->(t) | {{> link-target t}}] END),
  respondsTo: (CASE WHEN 'respondsTo' IN $include THEN [({{owner}})-[:RESPONDS_TO]->(t) | {{> link-target t}}] END),
  responses: (CASE WHEN 'responses' IN $include THEN [({{owner}})<-[:RESPONDS_TO]-(t) | {{> link-target t}}] END)
},
evidence: {{> evidence-spans {{owner}}}}
